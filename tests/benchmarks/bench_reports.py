"""Report and search speed on a 1,000,000-transaction book (DESIGN.md section 9).

Not part of the suite: `make bench` (or `pytest tests/benchmarks/bench_reports.py -s`).
The book is generated once with `app.store.demo.write_current` (about a minute, ~2.5M
lines) and cached under $CUENTAS_BENCH_DIR (default /tmp); set CUENTAS_BENCH_N to try
another size. Every figure printed is a median of several runs on a warm cache; the
machine is shared, so expect noise of tens of percent between runs.

Targets: category report for one year <= 250 ms and for all years <= 1 s; IVA summary
for a year by month <= 300 ms; text search, first 200 hits <= 150 ms; a cold
`cuentas report categories` for one year within 3x a bare Python + sqlite3 script
doing the same sum.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
import timing

N = int(os.environ.get("CUENTAS_BENCH_N", "1000000"))
SEED = 42
END = date(2025, 12, 31)
YEAR = ("2025-01-01", "2025-12-31")
ROOT = Path(__file__).resolve().parents[2]
RESULTS: list[str] = []


def median_ms(fn: Callable[[], object], runs: int = 7, warmup: int = 1) -> float:
    return timing.median_ms(fn, runs, warmup)


def report(name: str, ms: float, target: float | None = None) -> None:
    timing.report_line(RESULTS, name, ms, target)


@pytest.fixture(scope="module")
def bench_book() -> Iterator[str]:
    from app.store.schema import HEAD

    folder = Path(os.environ.get("CUENTAS_BENCH_DIR", "/tmp"))
    path = folder / f"cuentas-bench-reports-{N}-{SEED}-{HEAD}.cuentas"
    if not path.exists():
        from app.store.demo import write_current

        tmp = path.with_name(path.name + ".part")
        for leftover in folder.glob(tmp.name + "*"):
            leftover.unlink()
        start = time.perf_counter()
        write_current(str(tmp), N, SEED, end=END)
        for suffix in ("-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        tmp.rename(path)
        print(f"\ngenerated {path} in {time.perf_counter() - start:.0f} s")
    yield str(path)
    print("\n" + "\n".join(RESULTS))


BARE = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute(
    "SELECT c.full_name, c.kind, sum(s.amount_cents) FROM splits s "
    "JOIN transactions t ON t.id = s.transaction_id "
    "LEFT JOIN categories c ON c.id = s.category_id "
    "WHERE s.transfer_account_id IS NULL AND t.date >= ? AND t.date <= ? "
    "GROUP BY s.category_id", (sys.argv[2], sys.argv[3])).fetchall()
for name, kind, total in sorted(rows, key=lambda r: r[0] or ''):
    print(f"{name or ''},{kind or ''},{total / 100:.2f}")
"""


def _cold(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, cwd=ROOT)
    return (time.perf_counter() - start) * 1000


def test_cold_command_line(bench_book: str) -> None:
    """Runs first (before any test keeps the book open in this process), alternating the
    two commands so a burst of load on the shared machine hits both alike."""
    bare_cmd = [sys.executable, "-c", BARE, bench_book, *YEAR]
    cli_cmd = [sys.executable, "-m", "app.cli", "--db", bench_book, "report", "categories",
               "--from", YEAR[0], "--to", YEAR[1], "--format", "csv"]
    _cold(bare_cmd), _cold(cli_cmd)  # warm the page cache and the .pyc files
    bare_times, cli_times = [], []
    for _ in range(7):
        bare_times.append(_cold(bare_cmd))
        cli_times.append(_cold(cli_cmd))
    bare, cli = statistics.median(bare_times), statistics.median(cli_times)
    report("bare python + sqlite3, one-year category sum (cold process)", bare)
    report(f"cuentas report categories, one year (cold; {cli / bare:.2f}x bare)", cli,
           3 * bare)
    assert cli <= 3 * bare


@pytest.fixture(scope="module")
def opened(bench_book: str) -> Iterator[object]:
    from app.store.book import open_book

    book = open_book(bench_book)
    yield book
    book.close()


def test_category_report(opened) -> None:
    from app.reports import Period
    from app.reports.categories import category_report

    year = median_ms(lambda: category_report(opened, Period(*YEAR)))
    report("category report, one year", year, 250)
    every = median_ms(lambda: category_report(opened, Period()), runs=5)
    report("category report, all years", every, 1000)
    ranged = median_ms(lambda: category_report(opened, Period("2016-01-01", "2025-12-31")),
                       runs=3)
    report("category report, all years given as a date range", ranged)
    assert year <= 250 and every <= 1000


def test_iva_summary(opened) -> None:
    from app.reports import Period
    from app.reports.iva import iva_summary

    ms = median_ms(lambda: iva_summary(opened, Period(*YEAR), by="month"))
    report("IVA summary, one year by month", ms, 300)
    assert ms <= 300


def test_other_reports(opened) -> None:
    from app.reports import Period
    from app.reports.balances import balance_history
    from app.reports.commissions import commission_report
    from app.reports.monthly import monthly_report
    from app.reports.payees import payee_report

    report("commissions, one year", median_ms(
        lambda: commission_report(opened, Period(*YEAR)), runs=5))
    report("monthly income and expenses, one year", median_ms(
        lambda: monthly_report(opened, Period(*YEAR)), runs=5))
    report("payees, one year", median_ms(lambda: payee_report(opened, Period(*YEAR)), runs=5))
    report("balances over time, one year by month", median_ms(
        lambda: balance_history(opened, Period(*YEAR)), runs=3))


TERMS = ("Telmex", "factura 2", "LIQ-0123456", "Ñandú", "zzzz", "a")


def test_text_search(opened) -> None:
    from app.ledger import search_index
    from app.ledger.search import Filters, search

    def first_page(term: str) -> Callable[[], object]:
        return lambda: search(opened, Filters(text=term), limit=200)

    if search_index.index_state(opened) != "ready":
        for term in TERMS[:3]:
            report(f"text search '{term}', scan (no index yet)", median_ms(
                first_page(term), runs=3))
        start = time.perf_counter()
        assert search_index.build(opened)
        report("building the search index (background, chunked)",
               (time.perf_counter() - start) * 1000)
    worst = 0.0
    for term in TERMS:
        ms = median_ms(first_page(term))
        worst = max(worst, ms)
        report(f"text search '{term}', first 200 hits", ms, 150)
    ms = median_ms(lambda: search(opened, Filters(text="Telmex", account_id=1,
                                                  date_from=YEAR[0], date_to=YEAR[1])))
    report("text search 'Telmex' in one account and year", ms, 150)
    assert worst <= 150


