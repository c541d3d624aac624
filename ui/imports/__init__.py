"""Importing and exporting from the desktop app: File ▸ Import… (`wizard`, with the
CSV `mapping_page`, the `preview_model` table and the split `rules_dialog`), File ▸
Export… (`export_dialog`), Edit ▸ Undo import… (`batches_dialog`), and the import as
an undoable command on the book's stack (`commands`). The work itself is
`app.imports` and `app.exports`."""
