"""Demo books: a small Mexican shop's year (or decade) of realistic movements.

Cash sales with IVA, card-processor deposits net of commission and the IVA on it,
supplier invoices with IVA, one transfer paying several invoices, payroll, rent,
utilities, transfers to petty cash and card payments. `legacy=True` writes the book
an older Cuentas would have written: revision 0001, no `alembic_version`, each
movement with a single category (or none), transfers as two uncategorized rows.

Rows are generated in date order and written in batches with `executemany` (or
SQLAlchemy Core for PostgreSQL), so a million-transaction benchmark book takes
seconds, not hours. The generator is deterministic for a given seed.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

from app.splits import extract_tax, rate, round_half_up, tax_on

if TYPE_CHECKING:
    from sqlalchemy import Connection

ACCOUNTS = (
    # name, kind, opening balance (cents)
    ("BBVA Empresarial", "bank", 8_500_000),
    ("Caja chica", "cash", 500_000),
    ("Tarjeta Amex", "credit_card", 0),
    ("Santander Ahorro", "bank", 20_000_000),
    ("Mercado Pago", "other", 0),
)
BANK, CASH, CARD, SAVINGS, MPAGO = range(1, 6)

#: full name, kind, role
CATEGORIES = (
    ("Ingresos", "income", "none"),
    ("Ingresos:Ventas", "income", "none"),
    ("Ingresos:Honorarios", "income", "none"),
    ("Gastos", "expense", "none"),
    ("Gastos:Mercancía", "expense", "none"),
    ("Gastos:Renta", "expense", "none"),
    ("Gastos:Nómina", "expense", "none"),
    ("Gastos:Servicios", "expense", "none"),
    ("Gastos:Servicios:Luz", "expense", "none"),
    ("Gastos:Servicios:Internet", "expense", "none"),
    ("Gastos:Papelería", "expense", "none"),
    ("Gastos:Empaque", "expense", "none"),
    ("Gastos:Comisiones", "expense", "commission"),
    ("Impuestos", "tax", "none"),
    ("Impuestos:IVA trasladado", "tax", "iva_output"),
    ("Impuestos:IVA acreditable", "tax", "iva_input"),
    ("Impuestos:IVA retenido a favor", "tax", "iva_withheld_credit"),
    ("Impuestos:ISR retenido a favor", "tax", "income_tax_withheld_credit"),
)
CAT = {name: i + 1 for i, (name, _k, _r) in enumerate(CATEGORIES)}
#: In a legacy book only income and expense categories existed.
LEGACY_CATEGORIES = tuple(c for c in CATEGORIES if c[1] != "tax")

SUPPLIERS = (
    "Distribuidora Jalisco", "Papelería Lumen", "Empaques del Bajío", "Abarrotes Doña Pepa",
    "Importadora Núñez & Hijos", "Café Ñandú",
)
CUSTOMERS = (
    "Venta mostrador", "Hotel Los Arcos", "Restaurante La Güera", "Consultora Peña",
    "Cliente: María Ibáñez",
)
IVA = rate(16)

Line = tuple[int | None, int | None, int, str]  # category, transfer account, amount, memo


@dataclass(frozen=True)
class DemoTxn:
    account: int
    day: date
    payee: str
    memo: str
    amount: int
    lines: tuple[Line, ...]
    reference: str = ""
    cleared: bool = True


def _cents(rng: random.Random, low: int, high: int) -> int:
    return rng.randint(low * 100, high * 100)


def _taxed(account: int, payee: str, memo: str, total: int, category: str,
           reference: str = "") -> tuple[int, str, str, int, tuple[Line, ...], str]:
    base, iva = extract_tax(total, IVA)
    role = "Impuestos:IVA trasladado" if total > 0 else "Impuestos:IVA acreditable"
    return account, payee, memo, total, ((CAT[category], None, base, ""),
                                         (CAT[role], None, iva, "")), reference


def _transfer(source: int, target: int, payee: str, amount: int
              ) -> tuple[int, str, str, int, tuple[Line, ...], str]:
    return source, payee, "", amount, ((None, target, amount, ""),), ""


Kind = Callable[[random.Random, int], tuple[int, str, str, int, tuple[Line, ...], str]]


def _cash_sale(rng: random.Random, i: int) -> tuple[int, str, str, int, tuple[Line, ...], str]:
    return _taxed(CASH, rng.choice(CUSTOMERS), "Venta del día", _cents(rng, 80, 2500),
                  "Ingresos:Ventas")


def _card_deposit(rng: random.Random, i: int) -> tuple[int, str, str, int, tuple[Line, ...],
                                                        str]:
    gross = _cents(rng, 200, 9000)
    clip = rng.random() < 0.6
    fee_rate, fixed, processor, account = (
        (rate("3.6"), 0, "Clip", BANK) if clip else (rate("3.49"), 400, "Mercado Pago", MPAGO))
    fee = round_half_up(gross * fee_rate + fixed)
    fee_iva = tax_on(fee, IVA)
    base, iva = extract_tax(gross, IVA)
    return account, processor, "Depósito de ventas con tarjeta", gross - fee - fee_iva, (
        (CAT["Ingresos:Ventas"], None, base, ""),
        (CAT["Impuestos:IVA trasladado"], None, iva, ""),
        (CAT["Gastos:Comisiones"], None, -fee, f"Comisión {processor}"),
        (CAT["Impuestos:IVA acreditable"], None, -fee_iva, "IVA comisión"),
    ), f"LIQ-{i:07d}"


def _supplier(rng: random.Random, i: int) -> tuple[int, str, str, int, tuple[Line, ...], str]:
    category = rng.choice(("Gastos:Mercancía", "Gastos:Empaque", "Gastos:Papelería"))
    return _taxed(BANK if rng.random() < 0.7 else CARD, rng.choice(SUPPLIERS), "Factura",
                  -_cents(rng, 150, 9000), category, f"F-{rng.randint(1000, 99999)}")


def _combined(rng: random.Random, i: int) -> tuple[int, str, str, int, tuple[Line, ...], str]:
    lines: list[Line] = []
    for j, category in enumerate(("Gastos:Papelería", "Gastos:Servicios:Internet",
                                  "Gastos:Empaque")[: rng.randint(2, 3)]):
        invoice_base = -_cents(rng, 200, 3000)
        lines.append((CAT[category], None, invoice_base, f"Factura {j + 1}"))
        lines.append((CAT["Impuestos:IVA acreditable"], None, tax_on(invoice_base, IVA),
                      f"IVA factura {j + 1}"))
    return BANK, "Pago a proveedores", "Pago de varias facturas", sum(x[2] for x in lines), \
        tuple(lines), ""


def _payroll(rng: random.Random, i: int) -> tuple[int, str, str, int, tuple[Line, ...], str]:
    amount = -_cents(rng, 5000, 9000)
    return BANK, "Nómina quincenal", "", amount, ((CAT["Gastos:Nómina"], None, amount, ""),), ""


def _rent(rng: random.Random, i: int) -> tuple[int, str, str, int, tuple[Line, ...], str]:
    return _taxed(BANK, "Inmobiliaria Centro", "Renta del local", -1_856_000, "Gastos:Renta")


def _utility(rng: random.Random, i: int) -> tuple[int, str, str, int, tuple[Line, ...], str]:
    light = rng.random() < 0.5
    return _taxed(BANK, "CFE Suministrador" if light else "Telmex", "", -_cents(rng, 400, 2500),
                  "Gastos:Servicios:Luz" if light else "Gastos:Servicios:Internet")


def _fees(rng: random.Random, i: int) -> tuple[int, str, str, int, tuple[Line, ...], str]:
    fees = _cents(rng, 5000, 20000)
    iva = tax_on(fees, IVA)
    isr = tax_on(fees, rate(10))
    withheld = round_half_up(iva * Fraction(2, 3))
    return BANK, "Consultora Peña", "Honorarios", fees + iva - isr - withheld, (
        (CAT["Ingresos:Honorarios"], None, fees, ""),
        (CAT["Impuestos:IVA trasladado"], None, iva, ""),
        (CAT["Impuestos:ISR retenido a favor"], None, -isr, ""),
        (CAT["Impuestos:IVA retenido a favor"], None, -withheld, ""),
    ), ""


def _petty(rng: random.Random, i: int) -> tuple[int, str, str, int, tuple[Line, ...], str]:
    amount = -_cents(rng, 50, 600)
    return CASH, rng.choice(("Taxi", "Garrafón de agua", "Limpieza")), "", amount, (
        (None, None, amount, ""),), ""


#: (weight, kind of movement). Transfers between the shop's accounts are not random:
#: they follow the balances (see `_housekeeping`).
KINDS: tuple[tuple[float, Kind], ...] = (
    (0.34, _cash_sale),
    (0.26, _card_deposit),
    (0.16, _supplier),
    (0.03, _combined),
    (0.04, _fees),
    (0.02, _petty),
)


def _housekeeping(balances: dict[int, int]) -> list[tuple[int, str, str, int,
                                                           tuple[Line, ...], str]]:
    """What Sandy does at the start of a week: deposit the cash, withdraw the
    processor's balance, pay the card, and put money aside."""
    moves = []
    if balances[CASH] > 1_000_000:
        moves.append(_transfer(CASH, BANK, "Depósito de efectivo", -(balances[CASH] - 300_000)))
    if balances[MPAGO] > 500_000:
        moves.append(_transfer(MPAGO, BANK, "Retiro Mercado Pago", -balances[MPAGO]))
    if balances[CARD] < -500_000:
        moves.append(_transfer(BANK, CARD, "Pago tarjeta Amex", balances[CARD]))
    if balances[BANK] > 25_000_000:
        moves.append(_transfer(BANK, SAVINGS, "Ahorro", -5_000_000))
    return moves


def _calendar(rng: random.Random, i: int, day: date, last: date | None
              ) -> list[tuple[int, str, str, int, tuple[Line, ...], str]]:
    """The movements that come with the calendar: rent and the month's bills on the
    first business day of a month, payroll every fortnight."""
    moves = []
    if last is None or (day.year, day.month) != (last.year, last.month):
        moves.append(_rent(rng, i))
        moves.append(_payroll(rng, i))
        moves.append(_utility(rng, i))
    elif day.day >= 15 > last.day:
        moves.append(_payroll(rng, i))
    return moves


def _generate(n: int, seed: int, end: date) -> Iterator[DemoTxn]:
    """Yield `n` movements in date order (a transfer counts as one)."""
    rng = random.Random(seed)
    span_days = 365 if n <= 5000 else 3652
    start = end - timedelta(days=span_days - 1)
    kinds = [kind for _w, kind in KINDS]
    weights = [w for w, _kind in KINDS]
    balances = {i + 1: opening for i, (_n, _k, opening) in enumerate(ACCOUNTS)}
    queue: list[tuple[int, str, str, int, tuple[Line, ...], str]] = []
    week = None
    last: date | None = None
    for i in range(n):
        day = start + timedelta(days=(i * span_days) // max(n, 1))
        if day != last:
            queue.extend(_calendar(rng, i, day, last))
            last = day
        if day.isocalendar()[:2] != week:
            week = day.isocalendar()[:2]
            queue.extend(_housekeeping(balances))
        account, payee, memo, amount, lines, reference = (
            queue.pop(0) if queue else rng.choices(kinds, weights)[0](rng, i))
        balances[account] += amount
        if lines[0][1] is not None:
            balances[lines[0][1]] -= amount
        yield DemoTxn(account, day, payee, memo, amount, lines, reference,
                      cleared=day < end - timedelta(days=10))


#: DESIGN.md's legacy schema, as the pre-split Cuentas wrote it. Revision 0001 keeps its
#: own frozen copy (revisions import nothing from app/); tests/migrations compares them.
LEGACY_DDL = """
CREATE TABLE accounts (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  currency TEXT NOT NULL DEFAULT 'MXN',
  opening_balance_cents INTEGER NOT NULL DEFAULT 0,
  archived INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE categories (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  parent_id INTEGER REFERENCES categories(id),
  kind TEXT NOT NULL,
  UNIQUE (parent_id, name)
);
CREATE TABLE transactions (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  date TEXT NOT NULL,
  payee TEXT NOT NULL DEFAULT '',
  memo TEXT NOT NULL DEFAULT '',
  amount_cents INTEGER NOT NULL,
  category_id INTEGER REFERENCES categories(id),
  reference TEXT NOT NULL DEFAULT '',
  cleared INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX ix_transactions_account_date ON transactions (account_id, date);
"""

RowsWritten = Callable[[int, int], None]
BATCH = 20_000
#: How many movements the desktop app's demo book holds (small: written in about a second).
DEMO_TRANSACTIONS = 1200


def _legacy_category(txn: DemoTxn) -> int | None:
    """The one category an older Cuentas would have given this movement."""
    first = txn.lines[0]
    if first[1] is not None or first[0] is None:
        return None
    return first[0]


def write_legacy(path: Path, n: int, seed: int, *, end: date, progress: RowsWritten | None = None
                 ) -> None:
    """A revision-0001 book exactly as the pre-split Cuentas wrote it (no alembic_version)."""
    stamp = f"{end.isoformat()}T09:00:00Z"
    from app.store.outfiles import create_private

    create_private(path)  # owner-only (0600) whatever the umask, like every new book
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("BEGIN")
        for statement in LEGACY_DDL.split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.executemany(
            "INSERT INTO accounts (id, name, kind, currency, opening_balance_cents) "
            "VALUES (?, ?, ?, 'MXN', ?)",
            [(i + 1, name, kind, opening) for i, (name, kind, opening) in enumerate(ACCOUNTS)],
        )
        ids = {name: i + 1 for i, (name, _k, _r) in enumerate(LEGACY_CATEGORIES)}
        conn.executemany(
            "INSERT INTO categories (id, name, parent_id, kind) VALUES (?, ?, ?, ?)",
            [
                (ids[name], name.rpartition(":")[2], ids.get(name.rpartition(":")[0]), kind)
                for name, kind, _role in LEGACY_CATEGORIES
            ],
        )
        legacy_id = {CAT[name]: ids[name] for name in ids}
        rows: list[tuple[object, ...]] = []
        done = 0
        for txn in _generate(n, seed, end):
            category = _legacy_category(txn)
            rows.append((txn.account, txn.day.isoformat(), txn.payee, txn.memo, txn.amount,
                         legacy_id.get(category) if category else None, txn.reference,
                         int(txn.cleared), stamp, stamp))
            transfer_to = txn.lines[0][1]
            if transfer_to is not None:
                rows.append((transfer_to, txn.day.isoformat(), txn.payee, txn.memo, -txn.amount,
                             None, txn.reference, int(txn.cleared), stamp, stamp))
            if len(rows) >= BATCH:
                done += _flush_legacy(conn, rows)
                if progress:
                    progress(done, n)
        done += _flush_legacy(conn, rows)
        conn.execute("COMMIT")
        if progress:
            progress(n, n)
    finally:
        conn.close()


def _flush_legacy(conn: sqlite3.Connection, rows: list[tuple[object, ...]]) -> int:
    conn.executemany(
        "INSERT INTO transactions (account_id, date, payee, memo, amount_cents, category_id, "
        "reference, cleared, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    count = len(rows)
    rows.clear()
    return count


def write_current(location: str, n: int, seed: int, *, end: date,
                  progress: RowsWritten | None = None) -> None:
    """A head-revision demo book (created with the Mexican preset, then filled)."""
    from sqlalchemy import insert, update

    from app.store import db
    from app.store.create import apply_preset, create_book
    from app.store.models import Account, BookSetting, Category

    create_book(location, currency="MXN", locale="es_MX", tax_preset="none",
                name="Papelería y Regalos Sandy (demo)")
    engine = db.create_book_engine(location, pool=False)
    stamp = f"{end.isoformat()}T09:00:00Z"
    try:
        with engine.begin() as conn:
            conn.execute(insert(Account), [
                {"id": i + 1, "name": name, "kind": kind, "currency": "MXN",
                 "opening_balance_cents": opening, "archived": 0}
                for i, (name, kind, opening) in enumerate(ACCOUNTS)
            ])
            conn.execute(insert(Category), [
                {"id": CAT[name], "name": name.rpartition(":")[2],
                 "parent_id": CAT.get(name.rpartition(":")[0]), "kind": kind, "role": role,
                 "archived": 0, "full_name": name}
                for name, kind, role in CATEGORIES
            ])
            if conn.dialect.name == "postgresql":
                _bump_sequences(conn, ("accounts", "categories"))
            apply_preset(conn, "mx")
            conn.execute(
                update(BookSetting).where(BookSetting.key == "tax_preset").values(value="mx")
            )
            txns: list[dict[str, object]] = []
            splits: list[dict[str, object]] = []
            txn_id = split_id = 0
            pairs: list[dict[str, int]] = []
            for done, txn in enumerate(_generate(n, seed, end), start=1):
                txn_id += 1
                first_split = split_id + 1
                txns.append({"id": txn_id, "account_id": txn.account, "date": txn.day.isoformat(),
                             "payee": txn.payee, "memo": txn.memo, "amount_cents": txn.amount,
                             "reference": txn.reference, "cleared": int(txn.cleared),
                             "created_at": stamp, "updated_at": stamp})
                for pos, (cat, transfer, amount, memo) in enumerate(txn.lines):
                    split_id += 1
                    rate_bp, base = _iva_of(txn.lines, pos)
                    splits.append({"id": split_id, "transaction_id": txn_id, "position": pos,
                                   "category_id": cat, "transfer_account_id": transfer,
                                   "counterpart_id": None, "amount_cents": amount, "memo": memo,
                                   "tax_rate_bp": rate_bp, "taxable_base_cents": base})
                if txn.lines[0][1] is not None:
                    transfer_to = txn.lines[0][1]
                    txn_id += 1
                    split_id += 1
                    pairs.append({"sid": first_split, "cp": split_id})
                    txns.append({"id": txn_id, "account_id": transfer_to,
                                 "date": txn.day.isoformat(), "payee": txn.payee, "memo": txn.memo,
                                 "amount_cents": -txn.amount, "reference": txn.reference,
                                 "cleared": int(txn.cleared), "created_at": stamp,
                                 "updated_at": stamp})
                    splits.append({"id": split_id, "transaction_id": txn_id, "position": 0,
                                   "category_id": None, "transfer_account_id": txn.account,
                                   "counterpart_id": first_split, "amount_cents": -txn.amount,
                                   "memo": "", "tax_rate_bp": None, "taxable_base_cents": None})
                if len(txns) >= BATCH:
                    _flush_current(conn, txns, splits, pairs)
                    if progress:
                        progress(done, n)
            _flush_current(conn, txns, splits, pairs)
            if conn.dialect.name == "postgresql":
                _bump_sequences(conn, ("transactions", "splits"))
        if progress:
            progress(n, n)
    finally:
        engine.dispose()


IVA_BP = round_half_up(IVA * 10000)
IVA_LINES = frozenset((CAT["Impuestos:IVA trasladado"], CAT["Impuestos:IVA acreditable"]))


def _iva_of(lines: tuple[Line, ...], pos: int) -> tuple[int | None, int | None]:
    """The rate and taxable base of line `pos`, as the templates record them: an IVA line
    right after the line it is the tax of gets 16 % and that line's amount as its base
    (so the IVA summary's table per rate adds up), and that line gets the rate too."""
    def taxed_pair(i: int) -> bool:
        return (0 < i < len(lines) and lines[i][0] in IVA_LINES
                and lines[i - 1][0] not in IVA_LINES and lines[i - 1][1] is None
                and abs(tax_on(lines[i - 1][2], IVA) - lines[i][2]) <= 1)  # a total's IVA

    if taxed_pair(pos):
        return IVA_BP, lines[pos - 1][2]
    if taxed_pair(pos + 1):
        return IVA_BP, None
    return None, None


def _flush_current(conn: Connection, txns: list[dict[str, object]],
                   splits: list[dict[str, object]], pairs: list[dict[str, int]]) -> None:
    """Insert a batch; a transfer's first line learns its counterpart once both exist."""
    from sqlalchemy import bindparam, insert, update

    from app.store.models import Split, Transaction

    if txns:
        conn.execute(insert(Transaction), txns)
    if splits:
        conn.execute(insert(Split), splits)
    if pairs:
        conn.execute(
            update(Split).where(Split.id == bindparam("sid")).values(
                counterpart_id=bindparam("cp")),
            pairs,
        )
    txns.clear()
    splits.clear()
    pairs.clear()


def _bump_sequences(conn: Connection, tables: tuple[str, ...]) -> None:
    """After inserting explicit ids on PostgreSQL, move each id sequence past them."""
    from sqlalchemy import text

    for table in tables:
        conn.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"COALESCE((SELECT max(id) FROM {table}), 1))"
        ))


def ensure_demo_book(path: Path | None = None, *, transactions: int = DEMO_TRANSACTIONS,
                     end: date | None = None) -> Path:
    """The demo book of the desktop app (`paths.demo_book_path()` unless `path` says
    otherwise), written the first time it is asked for and left alone after that.

    It is written under a temporary name beside its place and renamed into place once
    complete, so a start cut short (the computer going off half-way) never leaves a
    half-written demo book that later starts would take for the real one.
    """
    import os

    from app import paths
    from app.store import db
    from app.store.create import remove_sqlite_files
    from app.store.outfiles import replace_file

    target = path if path is not None else paths.demo_book_path()
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    remove_sqlite_files(tmp)  # the leftovers of a start cut short
    try:
        write_current(str(tmp), transactions, 2026, end=end or date.today())
        db.close_wal(tmp)  # every change in the file itself before it moves
        replace_file(tmp, target)
    except BaseException:
        remove_sqlite_files(tmp)
        raise
    return target
