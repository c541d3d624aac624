"""Edit ▸ Undo import…: the list of imports, one undone after asking."""

from __future__ import annotations

from pathlib import Path

from tests.ui.imports.helpers import transactions
from ui.common import operations, prompts
from ui.imports.batches_dialog import BatchesDialog


def test_undo_import_from_the_list(qtbot, ctx, ledger, tmp_path: Path, monkeypatch) -> None:
    book, bank, _cash = ledger
    source = tmp_path / "uno.qif"
    source.write_text("!Type:Bank\nD03/02/2026\nT-45.00\nPCafé\n^\n")
    from app.imports import preview_file
    from app.imports.commit import commit_import

    before = transactions(book)
    commit_import(book, preview_file(book, source, bank.id))
    dialog = BatchesDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.undo_button.isEnabled()
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    dialog.undo_selected()
    qtbot.waitUntil(lambda: operations.idle() and "undone" in dialog.message.text(),
                    timeout=10000)
    assert transactions(book) == before
    assert not dialog.undo_button.isEnabled()
    assert dialog.table.item(0, 5).text().startswith("undone")


UNDONE = {"en": (("Remove the transaction imported from 1.qif into Banco?",
                  "Import undone: 1 transaction removed. It was a transfer: it left both "
                  "accounts."),
                 ("Remove the 2 transactions imported from 2.qif into Banco?",
                  "Import undone: 2 transactions removed. 1 of them was a transfer: it left "
                  "both accounts.")),
          "es": (("¿Quitar el movimiento importado de 1.qif a Banco?",
                  "Importación deshecha: se quitó 1 movimiento. Era una transferencia: salió "
                  "de las dos cuentas."),
                 ("¿Quitar los 2 movimientos importados de 2.qif a Banco?",
                  "Importación deshecha: se quitaron 2 movimientos. 1 de ellos era una "
                  "transferencia: salió de las dos cuentas."))}


def test_undo_counts_what_the_import_counted(language, qtbot, ctx, ledger, tmp_path: Path,
                                             monkeypatch) -> None:
    """A transfer is one transaction of the file, recorded in both accounts: undone, it is
    counted once and said to leave both (issue 15's closing note)."""
    from app.imports import preview_file
    from app.imports.commit import commit_import

    book, bank, _cash = ledger
    transfer = "D03/04/2026\nT-500.00\nPTraspaso\nL[Caja]\n^\n"
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text, **k: asked.append(text) or True)
    for batch, body in enumerate((transfer, "D03/05/2026\nT-100.00\nPRenta\n^\n"
                                  + transfer.replace("03/04", "03/06")), start=1):
        source = tmp_path / f"{batch}.qif"
        source.write_text("!Type:Bank\n" + body)
        commit_import(book, preview_file(book, source, bank.id))
        dialog = BatchesDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.undo_selected()
        qtbot.waitUntil(lambda d=dialog: operations.idle() and bool(d.message.text()),
                        timeout=10000)
        question, said = UNDONE[language][batch - 1]
        assert asked[-1] == question and dialog.message.text() == said
