"""`cuentas health`: the figures as text and JSON after an upgrade and a few splits
(issue 14's "Done when"), a book that cannot be opened, and a command's crash counted."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from app.monitor import logs


def make_legacy(path: Path, n: int = 300, seed: int = 11) -> Path:
    """A revision-0001 book as the pre-split Cuentas wrote it."""
    from datetime import date

    from app.store.demo import write_legacy

    write_legacy(path, n, seed, end=date(2026, 3, 1))
    return path


def test_a_command_line_crash_is_counted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.cli import main
    from app.monitor.errors import count_by_kind

    def explode(_args: object) -> int:
        raise RuntimeError("unexpected")

    import app.cli.health_cmds as health_cmds

    monkeypatch.setattr(health_cmds, "cmd_health", explode)
    with contextlib.redirect_stderr(io.StringIO()) as err:
        code = main(["--db", str(tmp_path / "x.cuentas"), "health"])
    logs.teardown()
    assert code == 1 and "internal error" in err.getvalue()
    assert count_by_kind(0) == {"RuntimeError": 1}


# ---------------------------------------------------------------- the whole


def run_cli(*args: str) -> tuple[int, str]:
    from app.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(list(args))
    return code, out.getvalue()


def test_health_json_after_an_upgrade_and_a_few_splits(tmp_path: Path) -> None:
    """Issue 14, done when: real timings, adoption and the upgrade run."""
    book = str(make_legacy(tmp_path / "legacy.cuentas", n=120))
    assert run_cli("--db", book, "upgrade", "--yes")[0] == 0
    assert run_cli("--db", book, "categories", "add", "Impuestos:IVA acreditable", "--kind",
                   "tax", "--role", "iva_input")[0] == 0
    _code, listing = run_cli("--db", book, "accounts", "list")
    account = listing.splitlines()[2].split("  ")[0]
    for day in ("2026-03-02", "2026-03-03", "2026-03-04"):
        assert run_cli("--db", book, "add", "--account", account, "--date", day, "--payee",
                       "Papelería Lumen", "--amount", "-1160.00", "--split",
                       "Gastos:Papelería=-1000.00", "--split",
                       "Impuestos:IVA acreditable=-160.00")[0] == 0
    code, out = run_cli("--db", book, "health", "--json")
    assert code == 0
    data = json.loads(out)
    ops = {s["op"]: s for s in data["performance"]["last_week"]}
    assert ops["split.create"]["count"] == 3 and ops["split.create"]["median_ms"] > 0
    assert ops["upgrade"]["count"] == 1
    (run,) = data["upgrade_runs"]
    assert (run["from_revision"], run["outcome"]) == ("0001", "upgraded")
    before = data["book"]["counts"]["transactions"] - 3
    assert run["checks"]["passed"] and run["checks"]["transactions_before"] == before
    assert run["seconds"] > 0
    adoption = data["adoption"]
    assert adoption["split_transactions"] == 3
    assert adoption["configurations"][0] == {
        "targets": ["Gastos:Papelería", "Impuestos:IVA acreditable"], "transactions": 3}
    assert data["backups"]["newest_reason"] == "pre-upgrade"
    assert data["alerts"] == []
    assert "1160" not in out and "Lumen" not in out  # no amounts or payees
    code, text = run_cli("--db", book, "health")
    assert code == 0 and "New split transaction" in text and "checks passed" in text


def test_health_of_a_book_that_cannot_be_opened(tmp_path: Path) -> None:
    book = str(make_legacy(tmp_path / "legacy.cuentas", n=20))
    code, out = run_cli("--db", book, "health", "--json")
    data = json.loads(out)
    assert code == 0 and data["book"] is None and "legacy" in data["book_problem"]
    assert data["adoption"] is None and data["performance"]["last_week"] == []


HEALTH_LINES = {
    "en": ("1 transaction, 1 split line, 1 account", "(less than an hour ago)", "1 note",
           "2 transactions, 2 split lines, 1 account", "2 notes"),
    "es": ("1 movimiento, 1 línea, 1 cuenta", "(hace menos de una hora)", "1 nota",
           "2 movimientos, 2 líneas, 1 cuenta", "2 notas"),
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_health_counts_one_and_two_and_says_how_long_ago(
        language: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 13's leftovers: "(0.0 days ago)" and "note(s)" are gone."""
    from app import i18n
    from app.monitor.feedback import save_feedback

    book = str(tmp_path / "uno.cuentas")
    assert run_cli("--db", book, "new", "--currency", "MXN")[0] == 0
    assert run_cli("--db", book, "accounts", "add", "Banco")[0] == 0
    assert run_cli("--db", book, "backup")[0] == 0
    monkeypatch.setenv("CUENTAS_LANG", language)
    one, ago, note, two, notes = HEALTH_LINES[language]
    try:
        for n in (1, 2):
            assert run_cli("--db", book, "add", "--account", "Banco", "--date", "2026-03-02",
                           "--amount", "-10.00")[0] == 0
            save_feedback(f"note {n}", None, window="Cuentas", book=book)
            code, text = run_cli("--db", book, "health")
            assert code == 0
            assert (one if n == 1 else two) in text and ago in text
            assert text.rstrip().endswith(note if n == 1 else notes)
    finally:
        i18n.set_language("en")
