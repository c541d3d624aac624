"""The CSV columns page: the mapping guessed from the header, the sample under it,
the page complete only with a date and an amount, the mapping saved by name."""

from __future__ import annotations

from pathlib import Path

from app.imports.mappings import list_mappings
from tests.ui.imports.helpers import wizard_on
from ui.imports.wizard import MAPPING, PREVIEW


def test_a_csv_goes_through_its_columns_and_the_mapping_is_saved(
        qtbot, ctx, ledger, tmp_path: Path) -> None:
    book, bank, _cash = ledger
    source = tmp_path / "banco.csv"
    source.write_text("Estado de cuenta\nFecha;Concepto;Cargo;Abono\n"
                      "02/03/2026;Renta;1.000,00;\n03/03/2026;Venta;;250,50\n",
                      encoding="cp1252")
    wizard = wizard_on(qtbot, ctx, source, bank.id)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING, timeout=10000)
    page = wizard.csv
    mapping = page.mapping()
    assert (mapping.skip_rows, mapping.date, mapping.debit, mapping.credit,
            mapping.decimal_mark) == (1, "Fecha", "Cargo", "Abono", ",")
    assert page.sample.rowCount() == 2
    assert page.sample.horizontalHeaderItem(0).text() == "Fecha\n→ Date"
    page.columns["payee"].setCurrentIndex(0)  # not in the file: still complete
    assert page.isComplete()
    page.columns["date"].setCurrentIndex(0)
    assert not page.isComplete()
    page.columns["date"].setCurrentIndex(page.columns["date"].findData("Fecha"))
    page.save_as.setText("Mi banco")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW, timeout=10000)
    assert [wizard.model.row_at(r).amount for r in range(2)] == [-100000, 25050]  # type: ignore[union-attr]
    saved = list_mappings(book)
    assert [(m.name, m.account_id) for m in saved] == [("Mi banco", bank.id)]


def test_the_page_follows_the_reading_options_and_saved_mappings(
        qtbot, tmp_path: Path) -> None:
    from app.imports.csv import CsvMapping
    from app.imports.mappings import SavedMapping
    from ui.imports.mapping_page import MappingPage

    source = tmp_path / "tarjeta.csv"
    source.write_text("Date|Amount|Description\n2026-03-02|7.99|Cafe\n2026-03-03|2.00|Pan\n")
    page = MappingPage()
    qtbot.addWidget(page)
    saved = SavedMapping("Tarjeta", None, CsvMapping(name="Tarjeta", delimiter="|",
                                                     date="Date", amount="Amount",
                                                     payee="Description", negate=True), "")
    page.load(source, [saved], None)  # nothing saved for the account: a guess
    assert page.mapping().date == "Date" and not page.mapping().negate
    assert page.sample.columnCount() == 3 and page.sample.rowCount() == 2
    chosen = page.saved_combo.findData("Tarjeta")
    page.saved_combo.setCurrentIndex(chosen)
    page.saved_combo.activated.emit(chosen)  # as a click on it does
    assert page.mapping().negate and page.mapping().delimiter == "|"
    page.header.setChecked(False)  # the first row is data now: columns are numbers
    assert page.sample.rowCount() == 3
    assert page.columns["date"].currentData() in ("", None) and not page.isComplete()
    assert page.error.text() == "Choose the column with the date."
