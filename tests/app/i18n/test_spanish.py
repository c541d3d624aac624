"""Spanish without Qt (issue 13): app's messages, the Spanish guides and their search,
the handouts and the booklet in Spanish, reports in Spanish for people while the
command line's CSV and JSON keys stay those of DESIGN.md section 8."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import i18n
from app.cli import main
from app.docs.guides import load_index
from app.errors import BadInput


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)



def test_unbalanced_lines_are_one_sentence_in_the_books_format(spanish, sqlite_book) -> None:
    """Issue 13, defect 10: one clear sentence, amounts as the book writes them, no
    value repeated after it."""
    from app.ledger.accounts import add_account
    from app.ledger.transactions import LineInput, TransactionInput, save_transaction

    bank = add_account(sqlite_book, "Banco", "bank").id
    with pytest.raises(BadInput) as err:
        save_transaction(sqlite_book, TransactionInput(
            bank, "2026-03-05", -120_000, (LineInput(-100_000), LineInput(-16_000))))
    assert str(err.value) == ("lines: suman -1,160.00, no el importe del movimiento, "
                              "-1,200.00: 40.00 sin asignar")
    i18n.set_language("en")
    with pytest.raises(BadInput) as err:
        save_transaction(sqlite_book, TransactionInput(
            bank, "2026-03-05", -120_000, (LineInput(-100_000), LineInput(-30_000))))
    assert err.value.reason == "add up to -1,300.00, not to the amount -1,200.00: 100.00 over"


def test_the_spanish_guides_load_link_and_search() -> None:
    spanish = load_index("es")
    english = load_index("en")
    assert spanish.ids() == english.ids() and spanish.language == "es"
    assert spanish.problems() == []
    assert "GLOSSARY" not in " ".join(g.filename for g in spanish.guides)
    assert spanish.get("getting-started").title == "Primeros pasos con Cuentas"
    # context help keeps its English anchors: they find the Spanish section
    assert spanish.local_anchor("split-transactions", "the-remaining-bar") == \
        "la-barra-de-cuadre"
    assert english.local_anchor("split-transactions", "the-remaining-bar") == \
        "the-remaining-bar"
    boxes = [t.meta.get("box") for t in spanish.tokens("split-transactions")
             if t.type == "blockquote_open"]
    assert boxes and all(boxes)  # **Nota:**, **Advertencia:** are boxes
    # pictures: the Spanish interface's own, the English one only where it has none
    picture = spanish.image("main-window.png")
    assert picture is not None and "/es/images/" in str(picture).replace("\\", "/")
    hits = spanish.search("barra de cuadre")
    assert hits and hits[0].guide_id == "split-transactions"
    assert spanish.search("comision")[0].guide_id  # accents ignored


def test_the_interface_language_picks_the_guides(spanish) -> None:
    assert load_index().language == "es"
    i18n.set_language("en")
    assert load_index().language == "en"


def test_the_spanish_booklet_reads_as_a_spanish_document(tmp_path: Path) -> None:
    from app.docs.handouts import write_booklet, write_guide_pdf

    index = load_index("es")
    booklet = write_booklet(tmp_path / "manual.pdf", index)
    reader = PdfReader(str(booklet))
    cover = reader.pages[0].extract_text()
    assert "Manual de capacitación" in cover and "guías" in cover
    month = i18n.month_year(__import__("datetime").date.today(), "es")
    assert month.split()[0] in cover  # the month in Spanish, like "marzo de 2026"
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Qué contiene este manual" in text and f"Página 2 de {len(reader.pages)}" in text
    for english in ("Page ", "See also", "User guide", "Training booklet", "Note:"):
        assert english not in text, english
    assert "Guía de uso" in text and "Nota:" in text
    guide = pdf_text(write_guide_pdf("split-templates", tmp_path / "p.pdf", index))
    assert "Plantillas" in guide and "Vea también:" in guide
    assert i18n.language() == "en"  # the handout spoke Spanish only while it was written


def test_cuentas_handouts_lang_es(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["handouts", "--lang", "es", "--guide", "getting-started", "--out",
                 str(tmp_path)])
    assert code == 0
    assert "Primeros pasos con Cuentas" in pdf_text(tmp_path / "getting-started.pdf")
    assert "Se escribió 1 PDF" in capsys.readouterr().out
    assert main(["handouts", "--lang", "fr", "--out", str(tmp_path)]) == 2


def test_reports_speak_spanish_and_keep_their_keys(spanish, sqlite_book, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from app.reports import Period
    from app.reports.export import csv_rows, for_people
    from app.reports.pdf import render_pdf
    from app.reports.tables import build_table

    table = build_table(sqlite_book, "iva", Period("2026-01-01", "2026-03-31"))
    assert table.title == "Resumen de IVA"
    assert [c.title for c in table.columns] == [
        "Periodo", "IVA trasladado", "IVA acreditable", "IVA retenido a favor",
        "IVA por pagar", "IVA retenido por pagar", "ISR retenido a favor",
        "ISR retenido por pagar"]
    text = pdf_text(render_pdf(table, tmp_path / "iva.pdf", book_name="Tienda", exp=2,
                               locale="es_MX"))
    assert "Resumen de IVA" in text and "01/01/2026 – 31/03/2026" in text
    assert "IVA trasladado" in text and "Página 1 de 1" in text and "Page" not in text
    # the desktop's CSV for a spreadsheet: headings for people
    header, _rows = csv_rows(sqlite_book, "iva", Period())
    assert for_people("iva", header, [])[0][:3] == [
        "Periodo", "IVA trasladado", "IVA acreditable"]
    # the command line: words for people, keys for scripts
    capsys.readouterr()
    assert main(["--db", sqlite_book.location, "report", "iva", "--format", "csv"]) == 0
    keys = next(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert keys == ["period", "output_iva", "input_iva", "iva_withheld_credit", "net_iva",
                    "iva_withheld_payable", "income_tax_withheld_credit",
                    "income_tax_withheld_payable"]
    assert main(["--db", sqlite_book.location, "report", "iva"]) == 0
    assert capsys.readouterr().out.startswith("Periodo  IVA trasladado")
    assert main(["--db", sqlite_book.location, "status", "--json"]) == 0
    assert '"state": "current"' in capsys.readouterr().out  # states stay codes


def test_the_command_line_speaks_spanish(spanish, sqlite_book,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", sqlite_book.location, "list", "--account", "Nadie"]) == 2
    assert capsys.readouterr().err == (
        "cuentas: error: --account: 'Nadie' no es una cuenta de este libro\n")
    assert main(["--db", sqlite_book.location, "report", "iva", "--by", "week"]) == 2
    err = capsys.readouterr().err
    assert "opción no válida: 'week'" in err and "argumento --by" in err
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("uso: cuentas") and "crear un libro nuevo" in out
