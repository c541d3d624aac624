"""File ▸ Import…: a statement into an account, in three steps.

1. **Statement** — the file, the account it is for, the format (read from the file
   unless chosen);
2. **Columns** — CSV files only (`ui.imports.mapping_page`);
3. **Preview** — every row as new, duplicate or invalid with the reason, the split
   rules applied (editable: *Split rules…* re-reads the preview), what the book lacks
   (created only when the box is ticked), memorized transactions offered as
   templates; *Import* writes the ticked rows as one batch.

The file is read and classified off the UI thread (`operations.QueryOp`), and the batch
written by `operations.BookOp`; the import then goes on the book's undo stack
(`ui.common.operations.imports.ImportCommand`), so Edit ▸ Undo takes it back like any
edit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.imports.commit import ImportResult
from app.imports.preview import DUPLICATE, INVALID, NEW, ImportOptions, Preview
from ui.common import operations
from ui.common.context import BookContext
from ui.common.translate import plural, tr
from ui.imports.mapping_page import MappingPage
from ui.imports.preview_model import PreviewModel

SOURCE, MAPPING, PREVIEW = range(3)
PATTERNS = "*.qif *.QIF *.ofx *.OFX *.qfx *.QFX *.csv *.CSV *.txt"


class SourcePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setObjectName("sourcePage")
        self.setTitle(tr("Statement to import"))
        self.setSubTitle(tr("A QIF, OFX/QFX or CSV file from your bank, card processor or "
                            "another program. Nothing is written before the preview."))
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(tr("the statement file"))
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(tr("&Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.account = QComboBox()
        self.account.setObjectName("importAccount")
        for view in wizard.accounts:
            self.account.addItem(view.name, view.id)
        self.format = QComboBox()
        self.format.setObjectName("importFormat")
        for label, value in ((tr("Read it from the file"), None), ("QIF", "qif"),
                             ("OFX / QFX", "ofx"), ("CSV", "csv")):
            self.format.addItem(label, value)
        self.error = QLabel()
        self.error.setObjectName("sourceError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e")
        form = QFormLayout(self)
        file_label = QLabel(tr("&File:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        form.addRow(tr("&Into the account:"), self.account)
        form.addRow(tr("F&ormat:"), self.format)
        form.addRow(self.error)
        self._ready = False

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Import a statement"), "",
            tr("Statements (QIF, OFX, QFX, CSV)") + f" ({PATTERNS});;" + tr("All files (*)"))
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and self.account.count() > 0

    def validatePage(self) -> bool:
        """Read the file off the UI thread; the wizard moves on when it is read."""
        if self._ready:
            self._ready = False
            return True
        self.error.clear()
        self.w.read_source(Path(self.path.text().strip()).expanduser(),
                           int(self.account.currentData()), self.format.currentData())
        return False

    def nextId(self) -> int:
        return MAPPING if self.w.format == "csv" else PREVIEW


class CsvPage(MappingPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self._ready = False

    def validatePage(self) -> bool:
        if self._ready:
            self._ready = False
            return True
        self.error.clear()
        self.w.build_preview(self.mapping(), self.save_as.text().strip())
        return False

    def nextId(self) -> int:
        return PREVIEW


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setObjectName("previewPage")
        self.setTitle(tr("Preview"))
        self.setSubTitle(tr("Ticked rows are imported, all together or none. Duplicates are "
                            "left out unless you tick them; invalid rows say why."))
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.filter = QComboBox()
        self.filter.setObjectName("previewFilter")
        for label, value in ((tr("All rows"), ""), (tr("New"), NEW),
                             (tr("Duplicates"), DUPLICATE), (tr("Invalid"), INVALID)):
            self.filter.addItem(label, value)
        self.filter.currentIndexChanged.connect(
            lambda: self.w.model.set_filter(str(self.filter.currentData())))
        self.rules = QCheckBox(tr("Apply split &rules"))
        self.rules.setObjectName("applyRules")
        self.rules.setChecked(True)
        self.rules.toggled.connect(lambda _on: self.w.refresh_preview())
        edit_rules = QPushButton(tr("Split rules…"))
        edit_rules.setObjectName("editRules")
        edit_rules.clicked.connect(self.w.edit_rules)
        self.mismatch = QComboBox()
        self.mismatch.setObjectName("splitMismatch")
        self.mismatch.addItem(tr("Splits that do not add up: reject the row"), "reject")
        self.mismatch.addItem(tr("Splits that do not add up: take their sum"), "take-splits")
        self.mismatch.currentIndexChanged.connect(lambda _i: self.w.refresh_preview())
        tools = QHBoxLayout()
        tools.addWidget(QLabel(tr("&Show:")))
        tools.itemAt(0).widget().setBuddy(self.filter)  # type: ignore[union-attr]
        tools.addWidget(self.filter)
        tools.addSpacing(12)
        tools.addWidget(self.rules)
        tools.addWidget(edit_rules)
        tools.addStretch(1)
        tools.addWidget(self.mismatch)
        self.table = QTableView()
        self.table.setObjectName("previewTable")
        self.table.setModel(self.w.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((56, 80, 50, 92, 220, 100, 260)):
            # never narrower than its heading (the Spanish ones are longer)
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_lines())
        self.detail = QLabel()
        self.detail.setObjectName("previewDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.missing = QLabel()
        self.missing.setObjectName("missingList")
        self.missing.setWordWrap(True)
        self.create = QCheckBox()
        self.create.setObjectName("createMissing")
        self.create.toggled.connect(self.completeChanged)
        self.templates = QCheckBox()
        self.templates.setObjectName("saveTemplates")
        self.notes = QLabel()
        self.notes.setObjectName("previewNotes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #555")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e")
        column = QVBoxLayout(self)
        column.addWidget(self.summary)
        column.addLayout(tools)
        column.addWidget(self.table, 1)
        column.addWidget(self.detail)
        column.addWidget(self.missing)
        column.addWidget(self.create)
        column.addWidget(self.templates)
        column.addWidget(self.notes)
        column.addWidget(self.error)
        self.w.model.dataChanged.connect(lambda *_: self._update_button())
        self.w.model.modelReset.connect(self._update_button)

    def show_preview(self, preview: Preview) -> None:
        w = self.w
        count = w.ctx.formats.count
        counts = {s: preview.count(s) for s in (NEW, DUPLICATE, INVALID)}
        parts = [plural(len(preview.rows),
                        tr("1 row — new: {new}, duplicates: {dup}, invalid: {bad}."),
                        tr("{n} rows — new: {new}, duplicates: {dup}, invalid: {bad}.")).format(
            n=count(len(preview.rows)), new=count(counts[NEW]), dup=count(counts[DUPLICATE]),
            bad=count(counts[INVALID]))]
        if preview.ruled:
            parts.append(plural(preview.ruled, tr("Split rules made the lines of 1 row."),
                                tr("Split rules made the lines of {n} rows.")).format(
                n=count(preview.ruled)))
        self.summary.setText(" ".join(parts))
        lacking = [f"{name} ({w.kind_word(kind)})" for name, kind in preview.missing_categories]
        lacking += [tr("{name} (account)").format(name=name)
                    for name, _k in preview.missing_accounts]
        self.missing.setVisible(bool(lacking))
        self.create.setVisible(bool(lacking))
        if lacking:
            self.missing.setText(tr("The book does not have: {names}.").format(
                names=", ".join(lacking)))
            what = []
            if preview.missing_categories:
                n = len(preview.missing_categories)
                what.append(plural(n, tr("1 category"), tr("{n} categories")).format(n=n))
            if preview.missing_accounts:
                n = len(preview.missing_accounts)
                what.append(plural(n, tr("1 account"), tr("{n} accounts")).format(n=n))
            self.create.setText(tr("Create {what} when importing (nothing is created "
                                   "otherwise)").format(what=tr(" and ").join(what)))
        self.templates.setVisible(bool(preview.memorized))
        self.templates.setText(plural(
            len(preview.memorized),
            tr("Save the file's memorized transaction as a split template (it is never "
               "booked)"),
            tr("Save the file's {n} memorized transactions as split templates (they are "
               "never booked)")).format(n=count(len(preview.memorized))))
        notes = [tr("Read as {format}").format(format=preview.format.upper())
                 + (f" — {'; '.join(preview.notes)}" if preview.notes else "")]
        for skipped in preview.skipped:
            records = plural(skipped.count, tr("1 record"), tr("{n} records")).format(
                n=count(skipped.count))
            notes.append(tr("Skipped at line {line}: {what}, {records} — {why}").format(
                line=skipped.line, what=skipped.what, records=records, why=skipped.reason))
        self.notes.setText("\n".join(notes))
        self.error.clear()
        self._update_button()

    def _show_lines(self) -> None:
        """The selected row's lines with their amounts (a rule's work, line by line)."""
        row = self.w.model.row_at(self.table.currentIndex().row())
        if row is None or row.opening or not row.lines:
            self.detail.setText(row.reason if row is not None and row.reason else "")
            return
        formats = self.w.ctx.formats
        lines = "   ·   ".join(f"{line.target or tr('Uncategorized')} "
                               f"{formats.amount(line.amount)}" for line in row.lines)
        text = tr("Line {line}, {payee}: {lines}").format(line=row.line, payee=row.payee,
                                                          lines=lines)
        if row.rule:
            text += "   " + tr("(split rule {rule})").format(rule=row.rule)
        if row.reason or row.warnings:
            text += "\n" + "; ".join(([row.reason] if row.reason else []) + list(row.warnings))
        self.detail.setText(text)

    def _update_button(self) -> None:
        n = len(self.w.model.included)
        self.w.setButtonText(QWizard.WizardButton.FinishButton,
                             plural(n, tr("&Import 1 transaction"),
                                    tr("&Import {n} transactions")).format(
                                 n=self.w.ctx.formats.count(n)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        preview = self.w.preview
        if preview is None or not self.w.model.included:
            return False
        lacking = preview.missing_categories or preview.missing_accounts
        return not lacking or self.create.isChecked()

    def validatePage(self) -> bool:
        """Write the ticked rows off the UI thread; the wizard closes when they are in."""
        if self.w.committed is not None:
            return True
        self.w.commit()
        return False


class ImportWizard(QWizard):
    def __init__(self, ctx: BookContext, parent: QWidget | None = None, *,
                 account_id: int | None = None, path: str | None = None) -> None:
        super().__init__(parent)
        from app.ledger.accounts import list_accounts

        self.ctx = ctx
        self.book = ctx.book
        self.setObjectName("importWizard")
        self.setWindowTitle(tr("Import a statement"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        self.helpRequested.connect(self.show_help)
        self.accounts = [a for a in list_accounts(self.book) if not a.archived]
        self.path: Path | None = None
        self.account_id = 0
        self.format = ""
        self.mapping: Any = None
        self.preview: Preview | None = None
        self.committed: ImportResult | None = None
        self.model = PreviewModel(ctx.formats, self)
        self.source = SourcePage(self)
        self.csv = CsvPage(self)
        self.preview_page = PreviewPage(self)
        self.setPage(SOURCE, self.source)
        self.setPage(MAPPING, self.csv)
        self.setPage(PREVIEW, self.preview_page)
        if account_id is not None:
            self.source.account.setCurrentIndex(max(0, self.source.account.findData(account_id)))
        if path:
            self.source.path.setText(path)
        self.resize(1040, 700)

    def show_help(self) -> None:
        from ui.help.browser import show_context_help

        show_context_help(self, "imports")

    @staticmethod
    def kind_word(kind: str) -> str:
        return {"income": tr("income"), "expense": tr("expense"), "tax": tr("tax")}.get(kind,
                                                                                       kind)

    # ---------------------------------------------------------------- steps
    def read_source(self, path: Path, account_id: int, fmt: str | None) -> None:
        """Step 1 → 2 or 3: detect the format; CSV shows its columns, others preview."""
        from app.imports import detect_format
        from app.imports.text import read_file

        self.path, self.account_id = path, account_id

        def work(_progress: object) -> tuple[str, Any, Any]:
            from app.imports.mappings import list_mappings, mapping_for_account

            text, _enc, _data = read_file(path)
            kind = fmt or detect_format(path, text)
            if kind != "csv":
                return kind, None, None
            return kind, list_mappings(self.book), mapping_for_account(self.book, account_id)

        def done(result: tuple[str, Any, Any]) -> None:
            self.format = result[0]
            if self.format == "csv":
                self.csv.load(path, result[1], result[2])
                self._advance(self.source)
            else:
                self.build_preview(None, "")

        (operations.QueryOp(self, work).success(done)
         .failure(lambda exc: self._failed(self.source, exc))
         .with_progress(tr("Reading the statement…")).run_in_background())

    def build_preview(self, mapping: Any, save_as: str) -> None:
        """Step 2 or 1 → 3: save the mapping when named, then read and classify."""
        self.mapping = mapping
        if mapping is not None and save_as:
            from app.errors import CuentasError
            from ui.common.operations.imports import save_mapping

            try:
                save_mapping(self, self.book, save_as, mapping, self.account_id).run_now()
            except CuentasError as exc:
                self._failed(self.csv, exc)
                return
        self.refresh_preview(advance=True)

    def refresh_preview(self, advance: bool = False) -> None:
        if self.path is None:
            return
        from app.imports import preview_file

        page = self.preview_page
        options = ImportOptions(split_mismatch=str(page.mismatch.currentData()),
                                apply_rules=page.rules.isChecked())
        path, account_id, fmt, mapping = self.path, self.account_id, self.format, self.mapping
        asker = self.currentPage()

        def work(_progress: object) -> Preview:
            return preview_file(self.book, path, account_id, format=fmt, mapping=mapping,
                                options=options)

        def done(preview: Preview) -> None:
            self.preview = preview
            self.model.set_preview(preview)
            page.show_preview(preview)
            if advance:
                self._advance(asker)

        (operations.QueryOp(self, work).success(done)
         .failure(lambda exc: self._failed(asker, exc))
         .with_progress(tr("Reading the statement…")).run_in_background())

    def edit_rules(self) -> None:
        from ui.imports.rules_dialog import RulesDialog

        dialog = RulesDialog(self.ctx, self)
        dialog.finished.connect(lambda _r: self.refresh_preview())
        dialog.open()
        self.rules_dialog = dialog

    def commit(self) -> None:
        """Step 3: one batch, off the UI thread; then onto the undo stack."""
        from ui.common.operations.imports import ImportCommand, import_op

        assert self.preview is not None
        page = self.preview_page
        command = ImportCommand(self.ctx.undo, self.preview, self.model.chosen,
                                create_missing=page.create.isChecked(),
                                save_templates=page.templates.isChecked()
                                and page.templates.isVisible())

        def done(result: ImportResult) -> None:
            self.committed = result
            command.done(result)
            self.accept()

        (import_op(self, command)
         .success(done).failure(lambda exc: self._failed(page, exc))
         .with_progress(tr("Importing…")).run_in_background())

    # ---------------------------------------------------------------- helpers
    def _advance(self, page: QWizardPage) -> None:
        if self.currentPage() is page and hasattr(page, "_ready"):
            page._ready = True
            self.next()

    def _failed(self, page: QWizardPage, exc: BaseException) -> None:
        label = getattr(page, "error", None)
        if isinstance(label, QLabel):
            label.setText(operations.describe_error(exc))
            label.show()
        else:
            operations.show_error(self, exc)


def open_import(ctx: BookContext, parent: QWidget | None = None,
                account_id: int | None = None) -> ImportWizard:
    wizard = ImportWizard(ctx, parent, account_id=account_id)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard
