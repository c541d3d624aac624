"""The desktop app's demo book: written once, complete or not at all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app import paths
from app.store import demo
from app.store.book import open_book
from app.store.demo import ensure_demo_book


def test_the_demo_book_is_written_once_in_the_data_folder() -> None:
    path = ensure_demo_book(transactions=60, end=date(2026, 3, 31))
    assert path == paths.demo_book_path()
    book = open_book(str(path))
    try:
        from app.ledger.accounts import list_accounts

        assert book.info.name == "Papelería y Regalos Sandy (demo)"
        assert sum(a.transactions for a in list_accounts(book)) >= 60
    finally:
        book.close()
    stamp = path.stat().st_mtime_ns
    assert ensure_demo_book(transactions=60) == path
    assert path.stat().st_mtime_ns == stamp  # there already: left alone
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # nothing beside it


def test_a_demo_book_cut_short_leaves_nothing_behind(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "books" / "Demo.cuentas"
    real = demo._flush_current
    calls = []

    def flush_then_fail(*args, **kw) -> None:
        real(*args, **kw)  # rows really reach the temporary file
        calls.append(1)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(demo, "_flush_current", flush_then_fail)
    with pytest.raises(OSError, match="No space left"):
        ensure_demo_book(target, transactions=40, end=date(2026, 3, 31))
    assert calls and list(target.parent.iterdir()) == []  # no half-written demo book
    monkeypatch.setattr(demo, "_flush_current", real)
    assert ensure_demo_book(target, transactions=40, end=date(2026, 3, 31)) == target
    book = open_book(str(target))  # the next start writes it whole
    book.close()


def test_the_demo_book_records_the_iva_rate_and_base_as_the_templates_do(
        tmp_path: Path) -> None:
    """Every IVA line of the demo has its rate and taxable base, so the IVA summary's
    table per rate has no 'no rate' row and adds up to the IVA columns."""
    from app.reports.iva import iva_summary

    path = ensure_demo_book(tmp_path / "demo.cuentas", transactions=400,
                            end=date(2026, 3, 31))
    book = open_book(str(path))
    try:
        report = iva_summary(book, by="month")
    finally:
        book.close()
    assert report.bases and all(b.rate_bp == 1600 for b in report.bases)
    sales = sum(b.tax for b in report.bases if b.side == "output")
    purchases = sum(b.tax for b in report.bases if b.side == "input")
    assert (sales, purchases) == (report.total.output_iva, report.total.input_iva)
    for b in report.bases:  # 16 % of the base, to the cent per invoice
        assert abs(b.tax - b.base * 16 // 100) <= b.lines
