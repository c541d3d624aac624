"""The post-deployment report PDF and the diagnostics bundle."""

from __future__ import annotations

import contextlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.monitor import metrics
from app.store.schema import HEAD


def make_legacy(path: Path, n: int = 300, seed: int = 11) -> Path:
    """A revision-0001 book as the pre-split Cuentas wrote it."""
    from datetime import date

    from app.store.demo import write_legacy

    write_legacy(path, n, seed, end=date(2026, 3, 1))
    return path


def cli(*args: str) -> tuple[int, str, str]:
    from app.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def text_of(path: Path) -> str:
    reader = PdfReader(str(path))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


@pytest.fixture
def upgraded(tmp_path: Path) -> str:
    """A legacy book upgraded, with two splits, a verify, a restore and a note."""
    from app.backup import backup_book
    from app.backup.restore import restore_backup
    from app.monitor.feedback import save_feedback

    book = str(make_legacy(tmp_path / "Tienda.cuentas", n=80))
    assert cli("--db", book, "upgrade", "--yes")[0] == 0
    assert cli("--db", book, "categories", "add", "Impuestos:IVA acreditable", "--kind",
               "tax", "--role", "iva_input")[0] == 0
    account = cli("--db", book, "accounts", "list")[1].splitlines()[2].split("  ")[0]
    for day in ("2026-03-02", "2026-03-03"):
        assert cli("--db", book, "add", "--account", account, "--date", day, "--payee",
                   "Papelería Lumen", "--amount", "-1160.00", "--split",
                   "Gastos:Papelería=-1000.00", "--split",
                   "Impuestos:IVA acreditable=-160.00")[0] == 0
    restore_backup(book, backup_book(book, "manual"))
    assert cli("--db", book, "verify")[0] == 0
    save_feedback("Splitting the card deposit is quick now", b"\x89PNG\r\n\x1a\n" + b"0" * 64,
                  window="Tienda — Cuentas", book=book)
    metrics.flush()
    return book


def test_the_report_contains_the_upgrade_run_and_the_figures(upgraded: str,
                                                             tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    code, printed, _err = cli("--db", upgraded, "health", "--report", str(out))
    assert code == 0 and f"Wrote {out}" in printed
    text = text_of(out)
    for expected in ("Post-deployment report", "Split transactions — Tienda", "Assessment",
                     f"Upgraded from revision 0001 to {HEAD}", "category totals equal",
                     "1. Upgrade runs", f"0001 → {HEAD}", "pre-upgrade",
                     "2. Backups, restores and integrity", "checksum, integrity and totals",
                     "every invariant holds", "3. Performance against the targets",
                     "New split transaction", "Upgrade a book", "4. Errors since",
                     "No unexpected error was recorded", "5. Adoption",
                     "Gastos:Papelería + Impuestos:IVA acreditable",
                     "6. Feedback received", "Splitting the card deposit is quick now",
                     "How these figures were gathered"):
        assert expected in text, expected
    assert "1160" not in text and "1,160" not in text and "Lumen" not in text
    assert len(PdfReader(str(out)).pages) >= 2
    assert out.stat().st_mode & 0o777 == 0o600


def test_the_report_follows_the_output_file_rule(upgraded: str, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    out.write_text("old")
    code, _o, err = cli("--db", upgraded, "health", "--report", str(out))
    assert code == 2 and "--report" in err and "--force" in err
    assert out.read_text() == "old"
    for target in (upgraded, str(tmp_path)):
        code, _o, err = cli("--db", upgraded, "health", "--report", target, "--force")
        assert code == 2 and "--report" in err
    assert cli("--db", upgraded, "health", "--report", str(out), "--force")[0] == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_report_without_an_upgrade_says_so(sqlite_book, tmp_path: Path) -> None:
    from app.monitor.health import gather
    from app.monitor.report import write_report

    out = write_report(gather(sqlite_book), tmp_path / "r.pdf", book_name="Prueba")
    text = text_of(out)
    assert "was not upgraded by Cuentas 2" in text
    assert "No verified backup of this book was found" in text


def test_the_bundle_excludes_book_data_by_default(upgraded: str, tmp_path: Path) -> None:
    from app.monitor import logs

    logs.setup("command line")
    import logging

    logging.getLogger("cuentas.test").warning("a line for the bundle")
    logs.teardown()
    out = tmp_path / "diag.zip"
    code, _o, _e = cli("--db", upgraded, "health", "--bundle", str(out))
    assert code == 0
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        assert {"README.txt", "manifest.json", "health.json", "metrics/timings.csv",
                "metrics/errors.csv", "metrics/feedback.csv", "settings/book.json",
                "logs/cuentas.jsonl"} <= names
        assert not [n for n in names if n.startswith(("book/", "feedback/"))]
        everything = b"".join(zf.read(n) for n in names)
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["includes_book"] is False and manifest["book"]["revision"] == HEAD
    assert b"SQLite format 3" not in everything
    for value in (b"1160", b"Lumen", b'"balances": {'):
        assert value not in everything, value
    assert b"Splitting the card deposit" in everything  # the notes' text


def test_the_bundle_carries_the_book_and_pictures_when_asked(upgraded: str,
                                                             tmp_path: Path) -> None:
    out = tmp_path / "diag.zip"
    code, _o, _e = cli("--db", upgraded, "health", "--bundle", str(out), "--with-book",
                       "--with-screenshots")
    assert code == 0
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        assert "book/Tienda.cuentas" in names
        assert [n for n in names if n.startswith("feedback/") and n.endswith(".png")]
        copy = tmp_path / "copy.cuentas"
        copy.write_bytes(zf.read("book/Tienda.cuentas"))
    import sqlite3

    with contextlib.closing(sqlite3.connect(copy)) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM splits").fetchone()[0] > 80
    assert cli("--db", upgraded, "health", "--bundle", upgraded, "--force")[0] == 2


def test_write_bundle_tells_its_progress_and_refuses_a_book_or_an_existing_file(
        sqlite_book, tmp_path: Path) -> None:
    from app.errors import BadInput
    from app.monitor.bundle import write_bundle

    steps: list[str] = []
    out = write_bundle(tmp_path / "b.zip", location=sqlite_book.location,
                       progress=lambda _s, detail, _d, _t: steps.append(detail))
    assert steps[0] == "health figures" and steps[-1] == "done"
    assert zipfile.is_zipfile(out)
    with pytest.raises(BadInput, match="--force"):
        write_bundle(out, location=sqlite_book.location)
    with pytest.raises(BadInput, match="book"):
        write_bundle(sqlite_book.location, location=sqlite_book.location, force=True)


def test_the_report_speaks_the_interfaces_language_and_breaks_no_word(
        sqlite_book, tmp_path: Path) -> None:
    """In Spanish (issue 13) the report's headings and verdicts are Spanish, and its
    narrow columns widen for the longer words: no `Restauracione` / `s`."""
    from app import i18n
    from app.backup import backup_book
    from app.backup.restore import restore_backup
    from app.monitor.health import gather
    from app.monitor.report import write_report

    info = backup_book(sqlite_book.location, "manual")
    sqlite_book.close()
    restore_backup(sqlite_book.location, info)
    with i18n.speaking("es"):
        out = write_report(gather(sqlite_book), tmp_path / "r.pdf", book_name="Prueba")
    lines = [line.strip() for page in PdfReader(str(out)).pages
             for line in (page.extract_text() or "").splitlines()]
    text = " ".join(lines)
    assert "Informe posterior a la implementación" in text and "Evaluación" in text
    assert "Este libro no lo actualizó Cuentas 2" in text
    assert "Restauraciones" in lines and "Restauracione" not in lines  # not broken
    for word in ("Ejecuciones", "Verificado"):
        assert word in text, word
    assert "no verified" not in text and "Assessment" not in text


#: The assessment's counted findings for one and for two, in each language.
FINDINGS = {
    "en": {"Backups": ("1 backup, verified, made 2026-03-31 14:50 (less than an hour ago).",
                       "2 backups; the newest verified one was made 2026-03-30 15:00 "
                       "(yesterday)."),
           "Restores": ("1 restore on this computer, verified", "2 restores on this computer, "
                        "each verified"),
           "Feedback": ("1 note received.", "2 notes received."),
           "Upgrade": ("1 transaction before, 1 after; 1 account balance equal; 1 category "
                       "total equal. 1 earlier run failed and was rolled back.",
                       "2 transactions before, 2 after; 2 account balances equal; 2 category "
                       "totals DIFFERENT. 2 earlier runs failed and were rolled back.")},
    "es": {"Respaldos": ("1 respaldo, verificado, hecho el 2026-03-31 14:50 (hace menos de "
                         "una hora).",
                         "2 respaldos; el verificado más reciente se hizo el 2026-03-30 15:00 "
                         "(ayer)."),
           "Restauraciones": ("1 restauración en esta computadora, verificada",
                              "2 restauraciones en esta computadora, cada una verificada"),
           "Comentarios": ("1 nota recibida.", "2 notas recibidas."),
           "Actualización": ("1 movimiento antes, 1 después; 1 saldo de cuenta igual; 1 total "
                             "por categoría igual. 1 intento anterior falló y se revirtió.",
                             "2 movimientos antes, 2 después; 2 saldos de cuentas iguales; 2 "
                             "totales por categoría DIFERENTES. 2 intentos anteriores fallaron "
                             "y se revirtieron.")},
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_assessment_counts_one_and_two_and_says_how_long_ago(
        language: str, sqlite_book) -> None:
    """Issue 13's leftovers: no "backup(s)", no "(0.0 days ago)"."""
    from dataclasses import replace
    from datetime import datetime

    from app import i18n
    from app.backup import backup_book
    from app.monitor.health import EventRow, FeedbackRow, UpgradeRunView, gather, iso
    from app.monitor.report import Report

    backup_book(sqlite_book.location, "manual")
    h = gather(sqlite_book)
    assert h.backups is not None
    now = datetime(2026, 3, 31, 15, 0).timestamp()
    made = {1: now - 600, 2: datetime(2026, 3, 30, 15, 0).timestamp()}

    def run(n: int, outcome: str) -> UpgradeRunView:
        return UpgradeRunView("0001", HEAD, iso(now - 900), iso(now - 890), outcome, "2.0",
                              "", "", n, n, n, True, n, n == 1)

    with i18n.speaking(language):
        for n in (1, 2):
            health = replace(
                h, generated=now, backups=replace(h.backups, verified=iso(made[n]), count=n),
                restores=(EventRow(now, "restore", "ok", ""),) * n,
                feedback=(FeedbackRow(1, now, "ok", False, "w"),) * n,
                upgrades=(*(run(n, "failed"),) * n, run(n, "upgraded")))
            found = {f.area: f.text for f in Report(health, book_name="x", locale="es_MX",
                                                    tr=i18n.tr).findings()}
            for area, texts in FINDINGS[language].items():
                assert texts[n - 1] in found[area], (area, found[area])
