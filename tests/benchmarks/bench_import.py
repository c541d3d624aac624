"""Importing a 100,000-transaction QIF with splits (issue 15): <= 5 s, de-duplication
included, from the file on disk to the committed batch.

The file is generated (two years of a shop's bank account: one movement in three is a
split of two to four lines, one in twenty a transfer to a savings account, 30
categories, CRLF line ends, thousands separators) and imported into a fresh book
three times; the figure is the median. Each run is read + parse, preview (the book's
accounts, categories and transactions of the file's dates read, every row
classified), and commit (one unit of work), into a book with its text-search index
(app.ledger.search_index, which the desktop app builds when a book opens). A second
import of the same file into the book that now holds it — every row a duplicate,
found among 105,000 transactions — is timed too, as is Undo import of the whole batch.
Each phase also reports its CPU time: on a machine shared with other work the wall
time is the CPU time plus the waiting.

`test_import_a_50_mb_csv` (or `--50mb` as a script) imports a 50 MB bank CSV, about
750,000 rows, and reports its time and peak memory: the issue's "a 50 MB file" is a
statement that imports, not one that is refused.

Not part of the suite: `pytest -q -s --timeout=0 -o python_files='bench_*.py'
tests/benchmarks/bench_import.py`, or run it as a script.

Figures of 2026-12-05, 2 shared cores at load 1-2 (two runs): the import 4.31 s and
4.53 s (median of three; CPU 4.14 s and 4.19 s), of which preview 2.5-2.6 s and
commit 1.8-1.9 s; the second import (all duplicates) 3.2-3.3 s; Undo import 3.0-3.7 s;
the 50 MB CSV (830,246 rows) 17.3 s preview + 16.2 s commit, peak memory 1.1 GB. At
load 3 or more the same import takes 7-10 s of wall time for the same ~4.2-4.7 s of CPU.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from timing import report_line

N = 100_000
RESULTS: list[str] = []
CATEGORIES = [f"Gastos:Grupo {g}:Cuenta {c}" for g in range(5) for c in range(5)] + [
    "Ingresos:Ventas", "Ingresos:Honorarios", "Impuestos:IVA trasladado",
    "Impuestos:IVA acreditable", "Gastos:Comisiones"]


def _amount(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}{whole:,}.{part:02d}"


def write_qif(path: Path, n: int = N, seed: int = 15) -> int:
    rng = random.Random(seed)
    out = ["!Type:Bank"]
    splits = 0
    for i in range(n):
        day = 1 + i * 730 // n
        month, dom = divmod(day % 365, 28)
        year = 2024 + day // 365
        out.append(f"D{month % 12 + 1}/{dom + 1}/{year}")
        pick = rng.random()
        if pick < 0.05:
            amount = -rng.randint(1000, 500000)
            out += [f"T{_amount(amount)}", f"PTraspaso {i}", "L[Ahorro]"]
        elif pick < 0.38:
            parts = [-rng.randint(100, 90000) for _ in range(rng.randint(2, 4))]
            out += [f"T{_amount(sum(parts))}", f"PProveedor {i % 900}", f"N{i}"]
            for part in parts:
                out += [f"S{rng.choice(CATEGORIES)}", f"EFactura {i}", f"${_amount(part)}"]
            splits += len(parts)
        else:
            amount = rng.choice((-1, 1)) * rng.randint(100, 250000)
            out += [f"T{_amount(amount)}", f"PCliente {i % 3000}", f"L{rng.choice(CATEGORIES)}",
                    f"MMovimiento {i}"]
        out.append("C*" if i % 3 else "")
        out.append("^")
    path.write_bytes(("\r\n".join(line for line in out if line) + "\r\n").encode())
    return splits


def run_once(folder: Path, source: Path) -> tuple[float, float, float, object, float]:
    from app.imports import preview_file
    from app.imports.commit import commit_import
    from app.ledger import search_index
    from app.ledger.accounts import add_account
    from app.store.book import open_book
    from app.store.create import create_book

    location = str(folder / f"b{time.monotonic_ns()}.cuentas")
    create_book(location, currency="MXN", tax_preset="mx")
    book = open_book(location)
    account = add_account(book, "BBVA")
    # The desktop app builds the search index in the background when a book opens:
    # import into a book that has it, as Sandy's has.
    assert search_index.build(book)
    start, cpu = time.perf_counter(), time.process_time()
    preview = preview_file(book, source, account.id)
    parsed = time.perf_counter()
    result = commit_import(book, preview, create_missing=True)
    done = time.perf_counter()
    assert result.imported == N, result
    return (parsed - start, done - parsed, done - start, (book, account.id),
            time.process_time() - cpu)


def test_import_100k_qif_with_splits() -> None:
    from app.imports import preview_file
    from app.imports.commit import undo_import

    folder = Path(tempfile.mkdtemp(prefix="cuentas-bench-import-"))
    source = folder / "100k.qif"
    splits = write_qif(source)
    print(f"\n{N:,} transactions, {splits:,} split lines, "
          f"{source.stat().st_size / 1e6:.1f} MB")
    runs = [run_once(folder, source) for _ in range(3)]
    report_line(RESULTS, "read + parse + preview (de-duplication included)",
                statistics.median(r[0] for r in runs) * 1000)
    report_line(RESULTS, "commit (one unit of work)", statistics.median(r[1] for r in runs) * 1000)
    total = statistics.median(r[2] for r in runs) * 1000
    report_line(RESULTS, "import of a 100,000-transaction QIF with splits", total, 5000)
    report_line(RESULTS, "  the same, CPU time of this process",
                statistics.median(r[4] for r in runs) * 1000)
    book, account_id = runs[-1][3]  # type: ignore[misc]
    start = time.perf_counter()
    again = preview_file(book, source, account_id)
    report_line(RESULTS, "second import: preview finds every row a duplicate",
                (time.perf_counter() - start) * 1000)
    assert again.count("new") == 0 and again.count("duplicate") == N
    from app.imports.commit import list_batches

    start = time.perf_counter()
    undo_import(book, list_batches(book)[0].id)
    report_line(RESULTS, "Undo import of the 100,000-transaction batch",
                (time.perf_counter() - start) * 1000)
    for run in runs:
        run[3][0].close()  # type: ignore[index]
    assert total <= 5000, f"{total:.0f} ms"


def write_csv(path: Path, size: int = 50_000_000, seed: int = 50) -> int:
    """A bank's CSV of about `size` bytes (day/month/year, decimal commas, a reference)."""
    rng = random.Random(seed)
    rows = ["Fecha;Concepto;Cargo;Abono;Referencia"]
    written = 0
    while written < size:
        i = len(rows)
        cents = rng.randint(100, 2_500_000)
        money = f"{cents // 100:,}".replace(",", ".") + f",{cents % 100:02d}"
        debit, credit = (money, "") if rng.random() < 0.7 else ("", money)
        row = (f"{1 + i % 28:02d}/{1 + i // 28 % 12:02d}/{2020 + i // 336 % 6};"
               f"Proveedor {i % 7000} sucursal centro;{debit};{credit};R{i}")
        rows.append(row)
        written += len(row) + 1
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return len(rows) - 1


def test_import_a_50_mb_csv() -> None:
    """Issue 15's "a 50 MB file": a real statement that big is read, previewed and
    imported (not refused, not a crash); its time and this process's peak memory are
    reported (no target)."""
    import resource

    from app.imports import preview_file
    from app.imports.commit import commit_import
    from app.ledger.accounts import add_account
    from app.store.book import open_book
    from app.store.create import create_book

    folder = Path(tempfile.mkdtemp(prefix="cuentas-bench-import-"))
    source = folder / "50mb.csv"
    n = write_csv(source)
    print(f"\n{n:,} rows, {source.stat().st_size / 1e6:.1f} MB")
    location = str(folder / "csv.cuentas")
    create_book(location, currency="MXN", tax_preset="mx")
    book = open_book(location)
    account = add_account(book, "Banco")
    start = time.perf_counter()
    preview = preview_file(book, source, account.id)
    report_line(RESULTS, "50 MB CSV: read + parse + preview", (time.perf_counter() - start)
                * 1000)
    start = time.perf_counter()
    result = commit_import(book, preview, create_missing=True)
    report_line(RESULTS, "50 MB CSV: commit", (time.perf_counter() - start) * 1000)
    assert result.imported == n, result
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    RESULTS.append(f"{'50 MB CSV: peak memory of this process':<62} {peak:8.0f} MB")
    print(RESULTS[-1])
    book.close()


if __name__ == "__main__":
    missed: AssertionError | None = None
    try:
        test_import_100k_qif_with_splits()
    except AssertionError as exc:  # the other figures are still worth having
        missed = exc
    if "--50mb" in sys.argv:
        test_import_a_50_mb_csv()
    print("\n".join(RESULTS))
    if missed is not None:
        raise missed
