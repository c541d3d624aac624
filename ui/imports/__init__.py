"""Importing and exporting from the desktop app: File ▸ Import… (`wizard`, with the
CSV `mapping_page`, the `preview_model` table and the split `rules_dialog`), File ▸
Export… (`export_dialog`), Edit ▸ Undo import… (`batches_dialog`). They write through
`ui.common.operations.imports` (the import is an undoable command on the book's
stack); the work itself is `app.imports` and `app.exports`."""
