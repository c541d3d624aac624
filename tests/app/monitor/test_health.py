"""Health figures: thresholds raise alerts; adoption on a book with known splits; errors
are counted and logged without financial values; `cuentas health --json` after an
upgrade and a few splits (issue 14's "Done when")."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

import pytest

from app.errors import BadInput
from app.monitor import errors, health, logs, metrics, thresholds

# ---------------------------------------------------------------- thresholds

def make_legacy(path: Path, n: int = 300, seed: int = 11) -> Path:
    """A revision-0001 book as the pre-split Cuentas wrote it."""
    from datetime import date

    from app.store.demo import write_legacy

    write_legacy(path, n, seed, end=date(2026, 3, 1))
    return path


def test_thresholds_are_declared_as_data_and_checked() -> None:
    keys = [g.key for g in thresholds.GROUPS]
    assert len(keys) == len(set(keys))
    for group in thresholds.GROUPS:
        assert group.title and group.prefixes and group.default_ms > 0
        assert group.unit in ("ms", "s")
        assert group.unit != "s" or group.default_ms % 1000 == 0
    for op in thresholds.OPERATIONS:  # every named operation is judged by some group
        assert thresholds.group_of(op) is not None, op
    assert thresholds.group_of("import.ofx").key == "import"  # type: ignore[union-attr]
    assert thresholds.group_of("searching") is None


def test_thresholds_live_in_the_local_settings() -> None:
    from app.admin import local_settings

    assert thresholds.load() == thresholds.MonitorSettings()
    thresholds.set_threshold("save", 40)
    assert local_settings.get("monitoring")["thresholds_ms"]["save"] == 40
    assert thresholds.load().threshold_for("split.create") == 40
    assert thresholds.load().threshold_for("report.iva") == 1500
    for key, value in (("save", 0), ("save", True), ("nope", 5)):
        with pytest.raises(BadInput):
            thresholds.set_threshold(key, value)  # type: ignore[arg-type]
    with pytest.raises(BadInput, match="backup_days"):
        thresholds.save(thresholds.MonitorSettings(backup_days=0))
    local_settings.put("monitoring", {"thresholds_ms": {"save": "fast", "report": 900},
                                      "backup_days": -3})
    loaded = thresholds.load()
    assert loaded.thresholds_ms["save"] == 100 and loaded.thresholds_ms["report"] == 900
    assert loaded.backup_days == 7
    assert thresholds.reset() == thresholds.MonitorSettings()


# ---------------------------------------------------------------- alerts


def slow(op: str, ms: float, n: int = 6) -> None:
    for _ in range(n):
        metrics.record(op, ms)


def alert_keys(book) -> list[str]:
    return [a.key for a in health.alerts_for(book)]


def test_a_slow_operation_raises_an_alert_only_past_its_threshold(sqlite_book) -> None:
    from app.backup import backup_book

    backup_book(sqlite_book.location, "manual")  # no backup alert in the way
    slow("split.create", 80.0)
    assert alert_keys(sqlite_book) == []
    slow("split.create", 250.0, n=2)  # 2 of 8 over: the 95th percentile is over
    assert alert_keys(sqlite_book) == ["slow:split.create"]
    thresholds.set_threshold("save", 300)
    assert alert_keys(sqlite_book) == []
    slow("report.iva", 9000.0, n=4)  # too few runs to judge
    assert alert_keys(sqlite_book) == []
    (alert,) = health.alerts_for(sqlite_book) or [None]  # type: ignore[misc]
    del alert


def test_failures_errors_backups_checks_and_upgrades_raise_alerts(sqlite_book) -> None:
    from sqlalchemy import insert

    from app.backup import backup_book
    from app.monitor.errors import record_error
    from app.store.models import UpgradeRun

    assert alert_keys(sqlite_book) == ["backup"]  # no verified backup at all
    backup_book(sqlite_book.location, "manual")
    assert alert_keys(sqlite_book) == []
    later = time.time() + 9 * 86400
    assert [a.key for a in health.alerts_for(sqlite_book, now=later)] == ["backup"]
    slow("search", 10.0, n=10)
    metrics.record("search", 10.0, "failed")
    assert "failures" in alert_keys(sqlite_book)  # 1 of 11 is over 2 %
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        record_error(exc, source="desktop")
    assert "errors" in alert_keys(sqlite_book)
    metrics.event("check", book=sqlite_book.location, outcome="failed",
                  detail="lines add up to amounts: 2 transactions do not add up")
    assert "check" in alert_keys(sqlite_book)
    with sqlite_book.engine.begin() as conn:
        conn.execute(insert(UpgradeRun).values(
            from_revision="0005", to_revision="0005", started_at="2026-03-01T10:00:00Z",
            finished_at="2026-03-01T10:00:02Z", outcome="failed", message="disk full"))
    found = health.alerts_for(sqlite_book)
    assert "upgrade" in [a.key for a in found]
    messages = " ".join(a.message for a in found)
    assert "2 transactions do not add up" in messages and "{" not in messages


# ---------------------------------------------------------------- adoption


def test_adoption_on_a_book_with_known_splits(book) -> None:
    from datetime import date

    from app.ledger.accounts import add_account
    from app.ledger.categories import add_category
    from app.ledger.transactions import LineInput, TransactionInput, save_transaction
    from app.monitor.adoption import compute, first_month

    bank = add_account(book, "Banco", "bank").id
    cash = add_account(book, "Caja", "cash").id
    paper = add_category(book, "Gastos:Papelería", "expense").id
    iva = add_category(book, "Impuestos:IVA acreditable", "tax", "iva_input").id
    sales = add_category(book, "Ingresos:Ventas", "income").id
    fee = add_category(book, "Gastos:Comisiones", "expense", "commission").id

    def txn(day: str, *lines: LineInput) -> None:
        save_transaction(book, TransactionInput(bank, day, sum(x.amount for x in lines),
                                                tuple(lines)))

    for day in ("2026-02-03", "2026-02-10", "2026-02-17"):  # February: 3 single
        txn(day, LineInput(50000, sales))
    txn("2026-02-20", LineInput(-100000, paper), LineInput(-16000, iva))  # + 1 split
    for day in ("2026-03-02", "2026-03-09"):  # March: 2 paper+IVA, 1 sale-fee, 1 transfer
        txn(day, LineInput(-50000, paper), LineInput(-8000, iva))
    txn("2026-03-12", LineInput(100000, sales), LineInput(-3500, fee))
    txn("2026-03-20", LineInput(-20000, paper), LineInput(-10000, None, cash))
    txn("2025-01-05", LineInput(-1000, paper), LineInput(-160, iva))  # before the window
    metrics.count("template.applied", label="card-deposit")
    metrics.count("template.applied", label="card-deposit")
    metrics.count("template.applied", label="last-split")
    for name, n in (("opened", 5), ("saved", 3), ("cancelled", 1)):
        metrics.count(f"split_editor.{name}", n)

    a = compute(book, months=2, today=date(2026, 3, 31))
    assert first_month(date(2026, 3, 31), 2) == "2026-02-01" == a.since
    months = {m.month: (m.transactions, m.split, str(m.percent)) for m in a.months}
    # the transfer's mirror in Caja is a transaction of one line
    assert months == {"2026-02": (4, 1, "25.0"), "2026-03": (5, 4, "80.0")}
    assert (a.transactions, a.split, str(a.percent)) == (9, 5, "55.6")
    configs = [(c.targets, c.transactions) for c in a.configurations]
    assert configs[0] == (("Gastos:Papelería", "Impuestos:IVA acreditable"), 3)
    assert (("Gastos:Comisiones", "Ingresos:Ventas"), 1) in configs
    assert (("Gastos:Papelería", "[Caja]"), 1) in configs
    uses = {t.name: (t.title, t.uses) for t in a.templates}
    assert uses["card-deposit"][1] == 2 and uses["card-deposit"][0] != "card-deposit"
    assert uses["last-split"] == ("The payee's last split", 1)
    assert (a.editor.opened, a.editor.saved, a.editor.cancelled) == (5, 3, 1)
    assert str(a.editor.completion_percent) == "75.0"
    assert [u.users for u in a.active_users] == [(book.actor.name,)]


# ---------------------------------------------------------------- errors and logs


def test_scrubbing_leaves_no_amount_payee_or_memo() -> None:
    text = ("amount: '1,160.00' is out of range; payee \"Papelería Lumen\" memo «hojas» "
            "total 116000 cents, 1.234,56 and 3 lines")
    clean = logs.scrub(text)
    for value in ("1,160.00", "Papelería", "Lumen", "hojas", "116000", "1.234,56"):
        assert value not in clean
    assert "3 lines" in clean


def test_an_error_is_counted_and_logged_without_values(tmp_path: Path) -> None:
    from app.monitor.errors import count_by_kind, recent_errors, record_error

    log_file = errors.setup("desktop")
    try:
        try:
            raise BadInput("payee", "Papelería Lumen", "has 1160.00 in it")
        except BadInput as exc:
            report = record_error(exc, source="desktop")
        try:
            raise KeyError("memo: pago de renta 2,500.00")
        except KeyError as exc:
            logging.getLogger("ui.common.operations").error("operation failed", exc_info=exc)
        logging.getLogger("cuentas.test").info("saved %s", "'Papelería' for 1160.00",
                                               extra={"fields": {"ms": 3.5, "payee": "'X'"}})
    finally:
        logs.teardown()
    assert "Papelería Lumen" in report.details  # Copy details: for the user's clipboard
    assert report.place.startswith("tests/app/monitor/test_health.py")
    text = log_file.read_text(encoding="utf-8")
    for value in ("Papelería", "Lumen", "1160.00", "2,500.00", "renta"):
        assert value not in text, value
    entries = [json.loads(line) for line in text.splitlines()]
    kinds = [e.get("error", {}).get("kind") for e in entries]
    assert kinds[:2] == ["BadInput", "KeyError"]
    assert entries[0]["error"]["frames"][-1].startswith("tests/app/monitor/test_health.py")
    assert entries[2]["fields"] == {"ms": 3.5, "payee": "'…'"}
    assert count_by_kind(0) == {"BadInput": 1, "KeyError": 1}
    sources = {e.kind: e.source for e in recent_errors(0)}
    assert sources == {"BadInput": "desktop", "KeyError": "operation"}
    assert log_file.stat().st_mode & 0o777 == 0o600


def test_the_log_rotates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    log_file = logs.setup("test")
    try:
        for i in range(100):
            logging.getLogger("cuentas.test").warning("line %d", i)
    finally:
        logs.teardown()
    rotated = sorted(p.name for p in log_file.parent.glob(logs.LOG_NAME + ".*"))
    assert rotated and len(rotated) <= logs.KEEP


ALERT_TEXTS = {
    "en": ("1 unexpected error in the last day", "2 unexpected errors in the last day",
           "The newest verified backup is 1.5 days old (more than 1 day)",
           "The newest verified backup is 9 days old (more than 7)"),
    "es": ("1 error inesperado en el último día", "2 errores inesperados en el último día",
           "El respaldo verificado más reciente tiene 1.5 días (más de 1 día)",
           "El respaldo verificado más reciente tiene 9 días (más de 7)"),
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_alerts_count_one_and_two(language: str) -> None:
    from app import i18n

    now = time.time()

    def said(errors: int, days: float, limit: int) -> list[str]:
        found = health.alerts(thresholds.MonitorSettings(backup_days=limit), [],
                              health.ErrorFigures(errors, errors, {}, 0, 0, ()),
                              health.BackupFigures(None, "", False, "",
                                                   health.iso(now - days * 86400), 1, ()),
                              None, [], now)
        return [a.message for a in found]

    with i18n.speaking(language):
        one, two, a_day, a_week = ALERT_TEXTS[language]
        assert said(1, 1.5, 1) == [one, a_day]
        assert said(2, 9.2, 7) == [two, a_week]
