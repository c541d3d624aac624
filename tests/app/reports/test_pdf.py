"""PDF export read back (pypdf): title, book, period, the totals in the book's locale,
page numbers; `--format pdf` needs `--out`; the cold report path stays light."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main
from app.ledger.accounts import add_account
from app.ledger.categories import add_category, find_category
from app.ledger.transactions import LineInput, TransactionInput, save_transaction
from app.reports import Period
from app.reports.pdf import render_pdf
from app.reports.tables import REPORTS, build_table

ROOT = Path(__file__).resolve().parents[3]


def text_of(path: Path) -> str:
    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def shop(sqlite_book, scenarios):
    """The scenarios file's period (S1, S4, S5, S9, S10, S11a) booked in March 2026."""
    book = sqlite_book
    for cat in scenarios["categories"]:
        add_category(book, cat["name"], cat["kind"], cat["role"])
    bank = add_account(book, "Banco", "bank", 1_000_000).id
    by_id = {sc["id"]: sc for sc in scenarios["scenarios"]}
    for n, sid in enumerate(scenarios["periods"][0]["scenarios"], start=2):
        sc = by_id[sid]
        lines = tuple(LineInput(int(round_cents(x["amount"])),
                                category_id=find_category(book, x["category"]).id)
                      for x in sc["lines"])
        save_transaction(book, TransactionInput(bank, f"2026-03-{n:02d}",
                                                round_cents(sc["amount"]), lines,
                                                payee=sc["title"][:40]))
    return book


def round_cents(text: str) -> int:
    from app.money import parse_cli_amount

    return parse_cli_amount(text, 2)


def test_iva_pdf_has_the_figures_with_thousands_separators(shop, tmp_path) -> None:
    table = build_table(shop, "iva", Period("2026-03-01", "2026-03-31"))
    out = render_pdf(table, tmp_path / "iva.pdf", book_name="Papelería Sandy", exp=2,
                     locale="es_MX")
    text = text_of(out)
    assert "IVA summary" in text and "Papelería Sandy" in text
    assert "01/03/2026" in text and "31/03/2026" in text  # as the book writes dates
    for figure in ("4,093.79", "1,318.73", "2,613.34", "161.72", "2,450.00"):
        assert figure in text, figure
    assert "Page 1 of 1" in text
    assert not (tmp_path / "iva.pdf.part").exists()


def test_locale_decides_the_separators(shop, tmp_path) -> None:
    table = build_table(shop, "iva", Period("2026-03-01", "2026-03-31"))
    text = text_of(render_pdf(table, tmp_path / "es.pdf", book_name="B", exp=2,
                              locale="es_ES"))
    assert "4.093,79" in text and "1.318,73" in text


def test_every_report_renders_and_long_ones_number_their_pages(shop, tmp_path) -> None:
    bank = add_account(shop, "Otro banco", "bank").id
    for i in range(90):  # enough payees for a second page
        save_transaction(shop, TransactionInput(bank, "2026-03-20", -100 - i,
                                                (LineInput(-100 - i),), payee=f"Payee {i:03d}"))
    for report in REPORTS:
        path = render_pdf(build_table(shop, report, Period("2026-01-01", "2026-12-31")),
                          tmp_path / f"{report}.pdf", book_name="B", exp=2, locale="es_MX")
        reader = PdfReader(str(path))
        pages = len(reader.pages)
        assert f"Page {pages} of {pages}" in reader.pages[-1].extract_text()
        if report == "payees":
            assert pages >= 2


def test_category_pdf_contains_the_section_totals(shop, tmp_path) -> None:
    from app.reports.categories import category_report

    period = Period("2026-03-01", "2026-03-31")
    report = category_report(shop, period)
    text = text_of(render_pdf(build_table(shop, "categories", period), tmp_path / "c.pdf",
                              book_name="B", exp=2, locale="es_MX"))
    from app.money import format_amount

    for section in report.sections:
        assert format_amount(section.total, 2, "es_MX") in text
    assert format_amount(report.total, 2, "es_MX") in text


def test_cli_pdf_needs_out_and_writes_the_file(shop, tmp_path, capsys) -> None:
    code = main(["--db", shop.location, "report", "iva", "--format", "pdf"])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1 and "--out" in err
    out = tmp_path / "iva-marzo.pdf"
    code = main(["--db", shop.location, "report", "iva", "--from", "2026-03-01", "--to",
                 "2026-03-31", "--format", "pdf", "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    assert "161.72" in text_of(out)
    code = main(["--db", shop.location, "report", "iva", "--format", "pdf", "--out",
                 str(tmp_path / "missing" / "x.pdf")])
    assert code == 2


@pytest.mark.parametrize(("args", "field"), [
    (["report", "iva", "--by", "week"], "--by"),
    (["report", "iva", "--from", "2026-13-01"], "--from"),
    (["report", "iva", "--from", "2026-03-02", "--to", "2026-03-01"], "--to"),
    (["report", "monthly", "--account", "Nope"], "--account"),
    (["report", "budget"], "report"),
])
def test_cli_report_bad_input(shop, capsys, args, field) -> None:
    code = main(["--db", shop.location, *args])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1 and field in err


def loaded(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join("
                          "sys.modules))"], capture_output=True, text=True, check=True,
                         cwd=ROOT).stdout
    return set(out.split())


def test_report_path_imports_reportlab_only_for_pdf(shop, tmp_path) -> None:
    for report in ("iva", "commissions", "monthly", "categories"):
        for fmt in ("csv", "table", "json"):
            modules = loaded(f"from app.cli import main\nmain(['--db', {shop.location!r}, "
                             f"'report', {report!r}, '--format', {fmt!r}])")
            assert not {m for m in modules if m.startswith(("PySide6", "alembic",
                                                            "reportlab"))}, (report, fmt)
    pdf = str(tmp_path / "r.pdf")
    modules = loaded(f"from app.cli import main\nmain(['--db', {shop.location!r}, 'report', "
                     f"'iva', '--format', 'pdf', '--out', {pdf!r}])")
    assert "reportlab" in modules
    assert not {m for m in modules if m.startswith(("PySide6", "alembic"))}


# ------------------------------------------------------------------ paper


def test_paper_follows_the_book_locale() -> None:
    from app.presets import paper_size

    for locale in ("es_MX", "en_US", "es-MX", "es_MX.UTF-8", "en_CA", "es_CO", "es_CL"):
        assert paper_size(locale) == "letter", locale
    for locale in ("es_ES", "es_AR", "en_GB", "pt_PT", "it_IT", "de_DE.UTF-8"):
        assert paper_size(locale) == "a4", locale


def test_report_pdfs_print_on_the_book_paper(shop, tmp_path) -> None:
    """Letter for es_MX (as the handouts), A4 for es_ES; wide tables turned to landscape."""
    letter, a4 = (612, 792), (595, 842)
    for locale, paper in (("es_MX", letter), ("en_US", letter), ("es_ES", a4)):
        for report, landscape in (("categories", False), ("iva", True)):
            out = render_pdf(build_table(shop, report, Period()), tmp_path / "r.pdf",
                             book_name="Sandy", exp=2, locale=locale, force=True)
            box = PdfReader(str(out)).pages[0].mediabox
            size = (round(float(box.width)), round(float(box.height)))
            assert size == (paper[::-1] if landscape else paper), (locale, report)
