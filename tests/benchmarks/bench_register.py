"""Register speed (DESIGN.md section 9): an account of 200,000 transactions shows its
first screen, with running balances, in <= 100 ms; scrolling loads a page at a time.

Not part of the suite: `make bench` or `pytest tests/benchmarks/bench_register.py -s`
(also runs as a script). Books are generated once with `app.store.demo.write_current` and
cached under $CUENTAS_BENCH_DIR (default /tmp): one of 470,000 transactions whose
biggest account (BBVA) holds about 200,000, and the 1,000,000-transaction book of
bench_reports.py, whose BBVA holds about 430,000 (a harder case than the target).
Figures are medians on a warm cache; the machine is shared (2 cores), so expect tens
of percent of noise between runs.

Measured: the service (`open_register` + the newest page) and the whole register
widget (`RegisterPanel.show_account` until the first screen is painted, offscreen),
scrolling back a screen at a time, a jump to a far page, a sort by payee and a quick
filter (both take the ids of the whole account, off the UI thread in the app).

Figures of 2026-11-25 (load ~0.7; under the load of other work they double):
account of 198,663: service 55 ms, first screen painted 77 ms (target 100), PageUp
16 ms, far jump 47 ms, sort by payee 470 ms, filter 430 ms; account of 467,552 in the
1M book: service 117 ms, first screen 136 ms, PageUp 17 ms. Most of the first screen
is the account's one `count + sum` (the `(account_id, date)` index does not cover
`amount_cents`): a covering index `(account_id, date, id, amount_cents)` took it
from 83 to 22 ms on the 198,663 account in a side test.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import timing

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SEED = 42
END = date(2025, 12, 31)
RESULTS: list[str] = []


def bench_book(n: int) -> str:
    from app.store.schema import HEAD

    folder = Path(os.environ.get("CUENTAS_BENCH_DIR", "/tmp"))
    name = "reports" if n == 1_000_000 else "register"
    path = folder / f"cuentas-bench-{name}-{n}-{SEED}-{HEAD}.cuentas"
    if not path.exists():
        from app.store.demo import write_current

        tmp = path.with_suffix(".part")
        for suffix in ("", "-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        started = time.perf_counter()
        write_current(str(tmp), n, SEED, end=END)
        tmp.rename(path)
        print(f"generated {path} in {time.perf_counter() - started:.0f} s")
    return str(path)


def median_ms(fn: Callable[[], object], runs: int = 9, warmup: int = 2) -> float:
    return timing.median_ms(fn, runs, warmup)


def report(name: str, ms: float, target: float | None = None) -> None:
    timing.report_line(RESULTS, name, ms, target)


def biggest_account(book: object) -> tuple[int, int]:
    from app.ledger.accounts import list_accounts

    top = max(list_accounts(book), key=lambda a: a.transactions)  # type: ignore[arg-type]
    return top.id, top.transactions


def measure(n: int, target: float | None) -> None:
    from PySide6.QtWidgets import QApplication

    from app.ledger.register import RegisterQuery, load_page, open_register
    from app.store.book import open_book
    from ui.common.context import BookContext
    from ui.main.register_model import PAGE
    from ui.main.register_view import RegisterPanel

    app = QApplication.instance() or QApplication([])
    book = open_book(bench_book(n))
    account, count = biggest_account(book)
    label = f"{count:,} txns"

    def service() -> None:
        snap = open_register(book, RegisterQuery(account))
        load_page(book, snap, snap.count - PAGE, PAGE)

    report(f"service: open + newest page, account of {label}", median_ms(service), target)

    ctx = BookContext.open(book)
    panel = RegisterPanel(book, ctx.formats, ctx.undo, ctx.targets)
    panel.resize(1200, 800)
    panel.show()
    app.processEvents()

    def first_screen() -> None:
        panel.show_account(None)
        panel.show_account(account, "bench")
        panel.view.viewport().repaint()  # paint now: every visible row's data is read
        app.processEvents()

    report(f"register widget: first screen painted, account of {label}",
           median_ms(first_screen), target)
    assert panel.model.page_loads and panel.view.currentIndex().row() == count - 1

    model = panel.model
    first_screen()
    bar = panel.view.verticalScrollBar()

    def page_up() -> None:  # scrolling back through the account, a screen at a time
        bar.setValue(bar.value() - bar.pageStep())
        panel.view.viewport().repaint()

    report(f"scroll up one screen (PageUp, paint), account of {label}",
           median_ms(page_up, runs=41, warmup=0), 16)
    rows = iter(range(count // 3, count, 997))

    def jump() -> None:
        panel.view.scrollTo(model.index(next(rows), 0))
        panel.view.viewport().repaint()

    report(f"jump to a far, unseen page (paint), account of {label}", median_ms(jump))
    snap = open_register(book, RegisterQuery(account))
    middle = iter(range(count // 4, count, 4999))
    report(f"service: one page deep in the middle, account of {label}",
           median_ms(lambda: load_page(book, snap, next(middle), PAGE)))
    report(f"sort by payee (ids of the whole account), account of {label}",
           median_ms(lambda: open_register(book, RegisterQuery(account, sort="payee")),
                     runs=3, warmup=1))
    report(f"quick filter 'clip', account of {label}",
           median_ms(lambda: open_register(book, RegisterQuery(account, text="clip")),
                     runs=3, warmup=1))
    panel.close()
    ctx.close()
    book.close()


def test_register_200k() -> None:
    measure(470_000, 100)


def test_register_1m_book() -> None:
    measure(1_000_000, None)


if __name__ == "__main__":
    test_register_200k()
    test_register_1m_book()
    print("\n".join(RESULTS), file=sys.stderr)
