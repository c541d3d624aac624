"""Screenshots of importing and exporting, for the guide `importing-and-exporting`.

On the demo book: a March statement of BBVA Empresarial as QIF (two movements already
in the book, one with a date that does not exist, three Clip deposits that a split
rule turns into four lines), a bank's CSV with its own columns, the rule editor, the
export dialog and the list of imports. The import is undone again before the end, so
the book is as it was for the other pictures.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.store.book import Book
from ui.docs.screenshots import grab

CSV_TEXT = """Banco Azteca — Estado de cuenta
Cuenta: 0123 4567 8901
Fecha;Concepto;Referencia;Cargo;Abono;Saldo
02/03/2026;PAGO PROVEEDOR PAPELERA;F-1042;1.160,00;;48.840,00
03/03/2026;DEPOSITO CLIP LIQ 2291;;;958,20;49.798,20
05/03/2026;COMISION MANEJO DE CUENTA;;174,00;;49.624,20
06/03/2026;TRASPASO A SANTANDER;T-88;5.000,00;;44.624,20
"""


def _wait(predicate: Any, seconds: float = 20.0) -> None:
    from ui.common import operations

    end = time.monotonic() + seconds
    while not predicate() and time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    while not operations.idle() and time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _statement(book: Book, folder: Path) -> Path:
    """A QIF of March for BBVA Empresarial: two movements the book has, one broken
    date, three Clip deposits, and a few new movements."""
    from app.exports import rows

    bbva = next(a for a in rows.accounts(book) if a.name == "BBVA Empresarial")
    known = [(t.date, t.amount, t.payee) for t in rows.transactions(book, bbva)][-2:]
    lines = ["!Type:Bank"]
    for day, amount, payee in known:
        y, m, d = day.split("-")
        lines += [f"D{m}/{d}/{y}", f"T{amount / 100:.2f}", f"P{payee}", "^"]
    rows = [("04/01/2026", "95.82", "CLIP DEPOSITO 2291", ""),
            ("04/02/2026", "-1,435.00", "Telmex", "Gastos:Servicios:Internet"),
            ("04/03/2026", "191.65", "CLIP DEPOSITO 2304", ""),
            ("04/03/2026", "-18,560.00", "Inmobiliaria Centro", "Gastos:Renta"),
            ("04/31/2026", "-250.00", "Papelera del Norte", "Gastos:Papelería"),
            ("04/06/2026", "479.12", "CLIP DEPOSITO 2317", ""),
            ("04/07/2026", "-3,480.00", "Cartonajes del Bajío", "Gastos:Empaque nuevo")]
    for day, amount, payee, category in rows:
        lines += [f"D{day}", f"T{amount}", f"P{payee}"] + (
            [f"L{category}"] if category else []) + ["^"]
    path = folder / "bbva-abril.qif"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def screenshots(book: Any, out_dir: Path) -> list[Path]:
    from app.imports.commit import list_batches, undo_import
    from app.imports.rules import SplitRule, list_rules, save_rule
    from ui.common.context import BookContext
    from ui.imports.batches_dialog import BatchesDialog
    from ui.imports.export_dialog import ExportDialog
    from ui.imports.rules_dialog import RuleEditor
    from ui.imports.wizard import ImportWizard

    assert isinstance(book, Book)
    # Beside the scratch book, so the path the pictures show is the same every time.
    folder = Path(book.location).parent / "Descargas"
    if not Path(book.location).is_file():
        folder = Path(tempfile.mkdtemp(prefix="cuentas-import-shots-"))
    folder.mkdir(exist_ok=True)
    ctx = BookContext.open(book)
    shots: list[Path] = []
    if not any(r.name == "Clip" for r in list_rules(book)):
        save_rule(book, SplitRule(name="Clip", pattern="CLIP", template="card-deposit",
                                  params={"fee_rate": "3.6", "fixed_fee": "0"}))
    rule = next(r for r in list_rules(book) if r.name == "Clip")
    editor = RuleEditor(ctx, rule)
    editor.show()
    shots.append(grab(editor, out_dir / "import-rule-editor.png"))
    editor.close()

    accounts = {a.name: a.id for a in _accounts(book)}
    statement = _statement(book, folder)
    wizard = ImportWizard(ctx, account_id=accounts.get("BBVA Empresarial"),
                          path=str(statement))
    wizard.resize(1180, 720)
    wizard.show()
    shots.append(grab(wizard, out_dir / "import-source.png"))
    wizard.next()
    _wait(lambda: wizard.currentId() == 2)
    wizard.preview_page.create.setChecked(True)
    clip = next(i for i, r in enumerate(wizard.model.rows) if r.rule)
    wizard.preview_page.table.selectRow(clip)
    shots.append(grab(wizard, out_dir / "import-preview.png"))
    wizard.next()  # Import
    _wait(lambda: wizard.committed is not None)
    wizard.close()

    csv_path = folder / "azteca-marzo.csv"
    csv_path.write_text(CSV_TEXT, encoding="cp1252")
    bank = accounts.get("Santander Ahorro") or next(iter(accounts.values()))
    csv_wizard = ImportWizard(ctx, account_id=bank, path=str(csv_path))
    csv_wizard.resize(1180, 720)
    csv_wizard.show()
    csv_wizard.next()
    _wait(lambda: csv_wizard.currentId() == 1)
    csv_wizard.csv.save_as.setText("Banco Azteca CSV")
    shots.append(grab(csv_wizard, out_dir / "import-csv-columns.png"))
    csv_wizard.close()

    batches = BatchesDialog(ctx)
    batches.show()
    shots.append(grab(batches, out_dir / "import-batches.png"))
    batches.close()
    for batch in list_batches(book):
        if not batch.undone:
            undo_import(book, batch.id)

    export = ExportDialog(ctx)
    export.path.setText("/home/sandy/Documentos/Papelería Sandy.qif")
    export.show()
    shots.append(grab(export, out_dir / "export-dialog.png"))
    export.close()
    for widget in (editor, wizard, csv_wizard, batches, export):
        widget.deleteLater()
    # The import's command goes now, while the stack and the command's Python side are
    # both alive: left to the garbage collector, the stack (deleting its commands) and
    # the command (which holds the stack through its BookUndo) could be torn down in
    # either order, and the other order crashed a later test.
    ctx.undo.stack.clear()
    ctx.close()
    return shots


def _accounts(book: Book) -> list[Any]:
    from app.ledger.accounts import list_accounts

    return list_accounts(book)
