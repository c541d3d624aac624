"""File ▸ Export…: the book, or one account, as QIF, CSV or a ledger journal.

The file is written by `app.exports.export_book` off the UI thread, with the rules of
every output file (never over a book or a folder; atomically). A file that exists is
replaced only when the person said so: the save dialog asked, or the confirmation
here did when the name was typed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.exports import SUFFIXES
from app.ledger.accounts import list_accounts
from app.store.outfiles import portable_stem
from ui.common import operations, prompts
from ui.common.context import BookContext
from ui.common.translate import tr


def format_names() -> dict[str, str]:
    return {"qif": tr("QIF — Quicken, GnuCash, KMyMoney (with splits)"),
            "csv": tr("CSV — one row per split line, for spreadsheets"),
            "ledger": tr("Ledger journal — ledger and hledger (plain-text accounting)")}


class ExportDialog(QDialog):
    def __init__(self, ctx: BookContext, parent: QWidget | None = None,
                 account_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.written: Path | None = None
        self.setObjectName("exportDialog")
        self.setWindowTitle(tr("Export"))
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        for key, label in format_names().items():
            self.format.addItem(label, key)
        self.format.currentIndexChanged.connect(self._suffix)
        self.account = QComboBox()
        self.account.setObjectName("exportAccount")
        self.account.addItem(tr("The whole book"), None)
        for view in list_accounts(ctx.book):
            self.account.addItem(view.name, view.id)
        if account_id is not None:
            self.account.setCurrentIndex(max(0, self.account.findData(account_id)))
        self.path = QLineEdit(str(Path.home() / f"{_safe(ctx.book.display_name)}.qif"))
        self.path.setObjectName("exportPath")
        browse = QPushButton(tr("&Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.message = QLabel()
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(tr("&Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("F&ormat:"), self.format)
        form.addRow(tr("&What:"), self.account)
        file_label = QLabel(tr("&File:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        form.addRow(self.message)
        form.addRow(self.buttons)
        self._confirmed: str | None = None
        self.resize(620, self.sizeHint().height())

    def _suffix(self) -> None:
        current = Path(self.path.text())
        wanted = SUFFIXES[str(self.format.currentData())]
        if current.suffix in SUFFIXES.values() and current.suffix != wanted:
            self.path.setText(str(current.with_suffix(wanted)))

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export to"), self.path.text())
        if path:
            self.path.setText(path)
            self._confirmed = path  # the save dialog asked before replacing

    def export(self, confirm_replace: bool = True) -> None:
        target = self.path.text().strip()
        if not target:
            return
        force = self._confirmed == target
        if not force and Path(target).expanduser().is_file() and confirm_replace:
            if not prompts.confirm(self, tr("Export"), tr("{file} exists. Replace it?").format(
                    file=Path(target).name)):
                return
            force = True
        book, fmt, account = self.ctx.book, str(self.format.currentData()), \
            self.account.currentData()

        def work(_progress: object) -> Path:
            from app.exports import export_book

            return export_book(book, fmt, target, account_id=account, force=force)

        def done(path: Path) -> None:
            self.written = path
            self.message.setStyleSheet("")
            self.message.setText(tr("Wrote {file}.").format(file=path))
            self.buttons.clear()
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)

        def failed(exc: BaseException) -> None:
            self.message.setStyleSheet("color: #b3261e")
            self.message.setText(operations.describe_error(exc))

        (operations.QueryOp(self, work).success(done).failure(failed)
         .with_progress(tr("Exporting…")).run_in_background())


def _safe(name: str) -> str:
    return portable_stem("".join(ch if ch.isalnum() or ch in " -_" else "_"
                                 for ch in name).strip()) or "book"
