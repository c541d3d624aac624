"""Adding and changing an account: name, kind and opening balance; archiving.

Errors from the services show under the field they name (`BadInput.field`); nothing
is half-saved: each change is one operation (`ui.common.operations.accounts`), one
service call, one transaction — a new name and opening balance are saved together or
not at all. Every change tells the hub, so the accounts list, the register title and
the balances follow.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from app.errors import BadInput, CuentasError
from app.ledger.accounts import AccountView
from app.store.book import Book
from app.store.models import ACCOUNT_KINDS
from ui.common import operations
from ui.common.formats import Formats
from ui.common.operations import accounts as ops
from ui.common.translate import tr
from ui.settings.fields import ErrorLines, field_row

log = logging.getLogger(__name__)


def kind_name(kind: str) -> str:
    return {"bank": tr("Bank account"), "cash": tr("Cash"), "credit_card": tr("Credit card"),
            "other": tr("Other (a processor's balance, say)")}.get(kind, kind)


class AccountDialog(QDialog):
    """New account (`account` None) or the account's name, kind and opening balance."""

    def __init__(self, book: Book, formats: Formats, account: AccountView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.formats = formats
        self.account = account
        self.saved: AccountView | None = None
        self.setObjectName("accountDialog")
        self.setWindowTitle(tr("New account") if account is None else tr("Account"))
        self.errors = ErrorLines()
        self.name = QLineEdit(account.name if account else "")
        self.name.setPlaceholderText(tr("like BBVA Empresarial or Caja chica"))
        self.kind = QComboBox()
        for kind in ACCOUNT_KINDS:
            self.kind.addItem(kind_name(kind), kind)
        if account is not None:
            self.kind.setCurrentIndex(ACCOUNT_KINDS.index(account.kind))
            self.kind.setEnabled(False)  # the kind groups the list; it does not change
        self.opening = QLineEdit(formats.amount(account.opening_cents) if account else "")
        self.opening.setPlaceholderText(formats.amount(0))
        form = QFormLayout(self)
        form.addRow(tr("&Name:"), field_row(self.name, self.errors.for_field("name")))
        form.addRow(tr("&Kind:"), field_row(self.kind, self.errors.for_field("kind")))
        form.addRow(tr("&Opening balance:"),
                    field_row(self.opening, self.errors.for_field("opening")))
        form.addRow(self.errors.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(440, self.sizeHint().height())

    def save(self) -> bool:
        self.errors.clear()
        try:
            text = self.opening.text().strip()
            opening = self.formats.parse_amount(text, "opening") if text else 0
            if self.account is None:
                op = ops.add_account(self, self.book, self.name.text(),
                                     str(self.kind.currentData()), opening)
            else:
                op = ops.change_account(self, self.book, self.account.id, self.name.text(),
                                        opening)
            self.saved = op.run_now()
        except BadInput as exc:
            self.errors.show_error(exc)
            return False
        except CuentasError as exc:
            self.errors.show_message(str(exc))
            return False
        except Exception as exc:  # a failure half-way: the transaction wrote nothing
            log.error("saving an account failed", exc_info=exc)
            self.errors.show_error(exc)  # "Something went wrong … Nothing was changed."
            return False
        self.accept()
        return True


def set_archived(book: Book, account: AccountView, archived: bool,
                 parent: QWidget | None = None) -> AccountView | None:
    """Archive (hide from the list, keep every transaction) or bring an account back."""
    return (ops.set_archived(parent, book, account.id, archived)
            .failure(lambda exc: operations.show_error(parent, exc)).run_now())
