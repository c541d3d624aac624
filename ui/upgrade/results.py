"""The upgrade wizard's last pages: *Check* (before and after, each with a tick),
*Done* (where the backup is, how long it is kept, the guide), and the calm page when
the upgrade failed (the book as it was, why, the backup, *Copy details*).

They show what `UpgradeWizard` holds (`result_`, `failure`); nothing here writes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
)

from app import i18n
from app.money import format_amount, format_count
from ui.common.style import MUTED_STYLE
from ui.upgrade.pages import (
    CROSS,
    ERROR_COLOR,
    OK_COLOR,
    TICK,
    _Page,
    details_box,
    path_label,
    tr,
    wrapped,
)

# ---------------------------------------------------------------- Check


class CheckPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("page_check")
        self.setTitle(tr("Check"))
        self.setSubTitle(tr("Every total after the upgrade, against the same total before it."))
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("checkTable")
        self.table.setHorizontalHeaderLabels(["", tr("Before"), tr("After"), ""])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        # Room between the Before and After figures (ResizeToContents fits them tightly).
        self.table.setStyleSheet("QTableWidget::item { padding-left: 14px; padding-right: 4px; }")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(3, 36)
        self.summary = wrapped("")
        self.summary.setObjectName("checkSummary")
        self.notes = wrapped("", muted=True)
        self.details = details_box()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.details)

    def initializePage(self) -> None:
        w = self.wiz()
        result = w.result_
        assert result is not None
        self.table.setRowCount(0)
        locale = w.amount_locale

        def amount(cents: int) -> str:
            return format_amount(cents, result.exp, locale)

        sections = {"account": tr("Account balances"), "category": tr("Category totals")}
        seen: set[str] = set()
        all_match = True
        for row in result.rows:
            if row.kind in sections and row.kind not in seen:
                seen.add(row.kind)
                self._section(sections[row.kind])
            if row.kind in ("transactions", "transfers"):
                before, after = format_count(row.before, locale), format_count(row.after,
                                                                               locale)
            else:
                before, after = amount(row.before), amount(row.after)
            label = row.label  # in the interface's language already (app.upgrade.steps)
            self._row(label, before, after, row.matches, indent=row.kind in sections)
            all_match = all_match and row.matches
        self._section(tr("Integrity checks"))
        for text, before, after in (
            (tr("Every transaction has lines that add up to its amount"), "", tr("checked")),
            (tr("No line points to a missing account or category"), "", tr("checked")),
            (tr("The upgraded file reads back complete and undamaged"), "", tr("checked")),
            (tr("Backup verified against the book's totals"), "", tr("verified")),
        ):
            self._row(text, before, after, True, indent=True)
        # The engine room's words, for whoever asks (issue 13: plain words first).
        self.details.set_lines([
            "{}: {}".format(tr("Integrity check of the file (SQLite quick_check)"),
                            tr("passed")),
            "{}: {} → {}".format(tr("Schema revision"), result.from_revision or "?",
                                 result.to_revision)])
        self.summary.setText(
            tr("Every total is the same as before the upgrade ({currency}).").format(
                currency=result.currency) if all_match else
            tr("Some totals differ; see the rows without a tick."))
        notes = [tr("Note: {note}").format(note=n) for n in result.notes]
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))

    def _section(self, title: str) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        item = QTableWidgetItem(title)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.table.setItem(r, 0, item)
        self.table.setSpan(r, 0, 1, 4)

    def _row(self, label: str, before: str, after: str, ok: bool, *, indent: bool) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(("    " if indent else "") + label))
        for column, text in ((1, before), (2, after)):
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, column, item)
        tick = QTableWidgetItem(TICK if ok else CROSS)
        tick.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        tick.setForeground(QColor(OK_COLOR if ok else ERROR_COLOR))
        tick.setToolTip(tr("the same") if ok else tr("different"))
        self.table.setItem(r, 3, tick)


# ---------------------------------------------------------------- Done / restored


class DonePage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("page_done")
        self.setTitle(tr("Done"))
        self.setSubTitle(tr("The book is upgraded to split transactions."))
        self.setFinalPage(True)
        self.summary = wrapped("")
        self.details = details_box()
        self.backup = path_label()
        self.backup.setObjectName("doneBackup")
        self.kept = wrapped(tr(
            "Backups made before an upgrade are never deleted automatically. Keep this one "
            "at least until your next tax return is filed; restoring it is how you would go "
            "back (File › Restore from backup…)."), muted=True)
        self.folder = QPushButton(tr("Show the backup folder"))
        self.folder.setAutoDefault(False)
        self.folder.clicked.connect(self._show_folder)
        self.guide = QPushButton(tr("Open the split transactions guide"))
        self.guide.setObjectName("openGuide")
        self.guide.setAutoDefault(False)
        self.guide.clicked.connect(self._open_guide)
        buttons = QHBoxLayout()
        buttons.addWidget(self.guide)
        buttons.addWidget(self.folder)
        buttons.addStretch(1)
        # An upgraded book has no IVA categories: the templates' IVA lines need them.
        self.tax_note = wrapped("")
        self.tax_note.setObjectName("taxNote")
        self.add_taxes = QPushButton()
        self.add_taxes.setObjectName("addTaxCategories")
        self.add_taxes.setAutoDefault(False)
        self.add_taxes.clicked.connect(self._add_tax_categories)
        self.preset: str | None = None
        tax_row = QHBoxLayout()
        tax_row.addWidget(self.add_taxes)
        tax_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addSpacing(8)
        layout.addWidget(QLabel(tr("The backup taken just before the upgrade is at:")))
        layout.addWidget(self.backup)
        layout.addWidget(self.kept)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(self.tax_note)
        layout.addLayout(tax_row)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Open the book"))
        result = self.wiz().result_
        assert result is not None
        self.summary.setText(tr(
            "The book is upgraded, and every total is the same as before. Each movement "
            "keeps its one category; split one whenever a movement really has several."))
        self.details.set_lines([tr(
            "Upgraded from revision {old} to {new} in {seconds} s.").format(
                old=result.from_revision, new=result.to_revision,
                seconds=f"{result.seconds:.1f}")])
        self.backup.setText(str(result.backup.path) if result.backup else tr("(none)"))
        self._offer_tax_categories()

    def _offer_tax_categories(self) -> None:
        from app.admin.book_settings import suggested_tax_preset
        from app.errors import CuentasError
        from app.presets import PRESETS
        from app.store.book import open_book

        try:
            book = open_book(self.wiz().location, pool=False)
        except CuentasError:
            self.preset = None
        else:
            try:
                self.preset = suggested_tax_preset(book) if book.actor.can("admin") else None
            finally:
                book.close()
        show = self.preset is not None
        self.tax_note.setVisible(show)
        self.add_taxes.setVisible(show)
        if self.preset is not None:
            self.tax_note.setText(tr(
                "Your book has no IVA categories yet. The templates for purchases and sales "
                "with IVA, card deposits and withholdings put their tax lines in them, and "
                "the IVA report reads them."))
            self.add_taxes.setText(tr("Add the tax categories: {preset}").format(
                preset=i18n.tr(PRESETS[self.preset].title)))

    def _add_tax_categories(self) -> None:
        from app.errors import CuentasError
        from ui.common.operations.books import add_tax_categories

        if self.preset is None:
            return
        try:
            add_tax_categories(self, self.wiz().location, self.preset).run_now()
        except CuentasError as exc:
            self.tax_note.setText(tr("The tax categories could not be added: {why}").format(
                why=exc))
            return
        self.add_taxes.setEnabled(False)
        self.tax_note.setText(tr(
            "The tax categories were added, each with its role (Tools › Categories shows "
            "them; Settings › General shows the rates)."))

    def _show_folder(self) -> None:
        result = self.wiz().result_
        if result is not None and result.backup is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.backup.path.parent)))

    def _open_guide(self) -> None:
        from ui.help.browser import show_help

        show_help(self, "split-transactions", "")


class FailedPage(_Page):
    """The calm page: the book is as it was, why, where the backup is, details to copy."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("page_failed")
        self.setFinalPage(True)
        self.setTitle(tr("Your book was not changed"))
        self.what = wrapped("")
        self.what.setObjectName("failedWhat")
        self.reason = wrapped("")
        self.reason.setObjectName("failedReason")
        self.backup = path_label()
        self.backup_title = QLabel(tr("A verified backup taken just before is at:"))
        self.next_steps = wrapped("", muted=True)
        self.copy = QPushButton(tr("Copy details"))
        self.copy.setObjectName("copyDetails")
        self.copy.setAutoDefault(False)
        self.copy.clicked.connect(self.copy_details)
        self.copied = QLabel()
        self.copied.setStyleSheet(MUTED_STYLE)
        row = QHBoxLayout()
        row.addWidget(self.copy)
        row.addWidget(self.copied, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addSpacing(6)
        layout.addWidget(QLabel("<b>" + tr("Why") + "</b>"))
        layout.addWidget(self.reason)
        layout.addSpacing(6)
        layout.addWidget(self.backup_title)
        layout.addWidget(self.backup)
        layout.addSpacing(6)
        layout.addWidget(self.next_steps)
        layout.addStretch(1)
        layout.addLayout(row)

    def initializePage(self) -> None:
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Close"))
        w = self.wiz()
        failure = w.failure
        restored = bool(getattr(failure, "restored", False))
        self.setTitle(tr("Your book was restored unchanged") if restored
                      else tr("Your book was not changed"))
        self.setSubTitle(tr("The upgrade did not complete, and nothing of it was kept."))
        self.what.setText(tr(
            "The upgrade could not be completed, so Cuentas put everything back: the book is "
            "exactly as it was before, every movement and every total. It can be opened again "
            "by the Cuentas that wrote it, or upgraded again here once the reason below is "
            "dealt with."))
        self.reason.setText(w.failure_reason())
        backup = w.failure_backup()
        self.backup_title.setVisible(backup is not None)
        self.backup.setVisible(backup is not None)
        self.backup.setText(str(backup or ""))
        self.next_steps.setText(tr(
            "Copy the details with the button below if you ask for help. The guide "
            "“Upgrading books” (F1) explains what each check means."))

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.wiz().failure_details())
        self.copied.setText(tr("Copied to the clipboard."))
