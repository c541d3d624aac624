"""Shared by the import dialog tests: a small statement, counting rows, a wizard on
a file."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from app.store.models import Transaction
from ui.imports.wizard import SOURCE, ImportWizard

QIF = """!Type:Bank
D03/02/2026
T95.82
PCLIP DEPOSITO 1
^
D03/03/2026
T-1,160.00
PPapelera
LGastos:Nueva
^
D03/45/2026
T-5.00
PMal
^
"""


def transactions(book) -> int:
    with book.read() as session:
        return session.scalar(select(func.count()).select_from(Transaction)) or 0


def wizard_on(qtbot, ctx, path: Path, account_id: int) -> ImportWizard:
    wizard = ImportWizard(ctx, account_id=account_id, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentId() == SOURCE
    return wizard
