"""Reports equal a brute-force recomputation in Python on random books (hypothesis).

Each example writes a small random book through the services — lines to categories
of every kind and role (and a child whose kind differs from its parent's), to
nothing, and to other accounts — then reads the raw rows back with sqlite3 and
recomputes every report with plain loops. The SQL reports must agree to the cent.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.ledger.accounts import add_account
from app.ledger.categories import add_category
from app.ledger.search import Filters, search_ids, summarize
from app.ledger.transactions import LineInput, TransactionInput, save_transaction
from app.reports import TAX_ROLES, Period, period_label
from app.reports.balances import account_balances
from app.reports.categories import category_report, category_totals
from app.reports.commissions import commission_report
from app.reports.iva import COLUMNS, iva_summary
from app.reports.lines import LineQuery, lines_total
from app.reports.monthly import monthly_report
from app.reports.payees import payee_report
from app.store.book import open_book
from app.store.create import create_book

CATEGORIES = (
    ("Ingresos:Ventas", "income", "none"),
    ("Ingresos:Devoluciones", "expense", "none"),  # a child of another kind than its parent
    ("Gastos:Renta", "expense", "none"),
    ("Gastos:Servicios:Luz", "expense", "none"),
    ("Gastos:Comisiones", "expense", "commission"),
    ("Impuestos:IVA trasladado", "tax", "iva_output"),
    ("Impuestos:IVA acreditable", "tax", "iva_input"),
    ("Impuestos:IVA retenido a favor", "tax", "iva_withheld_credit"),
    ("Impuestos:IVA retenido por pagar", "tax", "iva_withheld_payable"),
    ("Impuestos:ISR retenido a favor", "tax", "income_tax_withheld_credit"),
    ("Impuestos:ISR retenido por pagar", "tax", "income_tax_withheld_payable"),
)
ACCOUNTS = (("Banco", 100_000), ("Caja", 0), ("Tarjeta", -5_000))
PAYEES = ("Clip", "Telmex", "Renta Centro", "")
START = date(2025, 11, 1)

amounts = st.integers(-(10**7), 10**7)
targets = st.one_of(
    st.integers(0, len(CATEGORIES) - 1).map(lambda i: ("category", i)),
    st.just(("none", 0)),
    st.integers(0, len(ACCOUNTS) - 1).map(lambda i: ("transfer", i)),
)
txns = st.lists(
    st.tuples(
        st.integers(0, len(ACCOUNTS) - 1),
        st.integers(0, 200),  # day offset: Nov 2025 .. May 2026 (three quarters)
        st.sampled_from(PAYEES),
        st.lists(st.tuples(targets, amounts), min_size=1, max_size=4),
        st.booleans(),
    ),
    min_size=1, max_size=12,
)
day_or_none = st.one_of(st.none(), st.integers(0, 200))


def make(tmp: Path, data) -> tuple[object, dict]:
    location = str(tmp / "random.cuentas")
    create_book(location, currency="MXN", tax_preset="none", name="Random")
    book = open_book(location)
    for name, kind, role in CATEGORIES:
        if name == "Ingresos:Devoluciones":
            # Refused today (a subcategory has its parent's kind), but books written
            # before that rule hold such trees, and their reports must stay right.
            conn = sqlite3.connect(location)
            with conn:
                parent = conn.execute("SELECT id FROM categories WHERE full_name = ?",
                                      (name.split(":")[0],)).fetchone()[0]
                conn.execute("INSERT INTO categories (name, parent_id, kind, role, full_name,"
                             " archived) VALUES (?, ?, ?, ?, ?, 0)",
                             (name.split(":")[1], parent, kind, role, name))
            conn.close()
            continue
        add_category(book, name, kind, role)
    ids = [add_account(book, name, "bank", opening).id for name, opening in ACCOUNTS]
    from app.ledger.categories import find_category

    cat_ids = [find_category(book, name).id for name, _k, _r in CATEGORIES]
    for account, offset, payee, lines, cleared in data:
        built = []
        for (kind, index), amount in lines:
            if kind == "category":
                built.append(LineInput(amount, category_id=cat_ids[index]))
            elif kind == "transfer" and index != account:
                built.append(LineInput(amount, transfer_account_id=ids[index]))
            else:
                built.append(LineInput(amount))
        total = sum(line.amount for line in built)
        save_transaction(book, TransactionInput(
            account_id=ids[account], date=(START + timedelta(days=offset)).isoformat(),
            amount=total, lines=tuple(built), payee=payee, cleared=cleared))
    return book, {"accounts": ids, "categories": cat_ids}


def raw(book) -> tuple[list, list, dict, dict]:
    """Every row, straight from the file: the brute force's only source."""
    conn = sqlite3.connect(book.location)
    txn = {r[0]: r for r in conn.execute(
        "SELECT id, account_id, date, payee, amount_cents, cleared FROM transactions")}
    lines = [(txn[r[0]], *r[1:]) for r in conn.execute(
        "SELECT transaction_id, category_id, transfer_account_id, amount_cents FROM splits")]
    cats = {r[0]: r[1:] for r in conn.execute(
        "SELECT id, full_name, kind, role FROM categories")}
    accounts = {r[0]: r[1:] for r in conn.execute(
        "SELECT id, name, opening_balance_cents FROM accounts")}
    conn.close()
    return list(txn.values()), lines, cats, accounts


def inside(day: str, period: Period) -> bool:
    return (not period.date_from or day >= period.date_from) and (
        not period.date_to or day <= period.date_to)


def klass(cat: tuple | None) -> str:  # type: ignore[type-arg]
    if cat is None:
        return "uncategorized"
    _name, kind, role = cat
    if role in TAX_ROLES or kind == "tax":
        return "tax"
    return kind


@settings(max_examples=20, deadline=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(txns, day_or_none, day_or_none, st.one_of(st.none(), st.integers(0, 2)),
       st.sampled_from(["month", "quarter"]), st.integers(0, len(CATEGORIES) - 1),
       st.booleans())
def test_reports_equal_a_brute_force_recomputation(tmp_path_factory, data, first, last,
                                                   account, by, pick, below) -> None:
    book, ids = make(tmp_path_factory.mktemp("random"), data)
    try:
        days = sorted(d for d in (first, last) if d is not None)
        period = Period(
            (START + timedelta(days=days[0])).isoformat() if first is not None else None,
            (START + timedelta(days=days[-1])).isoformat() if last is not None else None)
        if first is not None and last is None:
            period = Period((START + timedelta(days=first)).isoformat(), None)
        account_id = ids["accounts"][account] if account is not None else None
        txns_, lines, cats, accounts = raw(book)
        mine = [
            (t, cid, xfer, amount) for t, cid, xfer, amount in lines
            if inside(t[2], period) and (account_id is None or t[1] == account_id)
        ]
        categorized = [x for x in mine if x[2] is None]

        # categories: each category's own lines
        totals: dict = defaultdict(lambda: [0, 0])
        for _t, cid, _x, amount in categorized:
            totals[cid][0] += amount
            totals[cid][1] += 1
        got = {r.category_id: [r.amount, r.lines] for r in category_totals(book, period,
                                                                          account_id)}
        assert got == dict(totals)

        # the tree: every node's subtotal is its subtree's lines of the section's kind
        report = category_report(book, period, account_id)
        for section in report.sections:
            for node in section.walk():
                expected = sum(
                    amount for _t, cid, _x, amount in categorized
                    if cid is not None and cats[cid][1] == section.kind
                    and (cats[cid][0] == node.full_name
                         or cats[cid][0].startswith(node.full_name + ":")))
                assert node.subtotal == expected, node.full_name
            assert section.total == sum(a for _t, cid, _x, a in categorized
                                        if cid is not None and cats[cid][1] == section.kind)
        assert report.total == sum(a for *_r, a in categorized)
        assert report.uncategorized == sum(a for _t, cid, _x, a in categorized if cid is None)

        # IVA by role, per month or quarter, rows only where tax lines are
        iva: dict = defaultdict(lambda: defaultdict(int))
        for t, cid, _x, amount in categorized:
            if cid is not None and cats[cid][2] in TAX_ROLES:
                column, sign = next((c, s) for c, (r, s) in COLUMNS.items()
                                    if r == cats[cid][2])
                iva[period_label(t[2], by)][column] += sign * amount
        summary = iva_summary(book, period, account_id, by)
        assert [r.period for r in summary.rows] == sorted(iva)
        for row in summary.rows:
            for column in COLUMNS:
                assert getattr(row, column) == iva[row.period][column]
            assert row.net_iva == (iva[row.period]["output_iva"] - iva[row.period]["input_iva"]
                                   - iva[row.period]["iva_withheld_credit"])

        # monthly income and expenses, tax lines apart
        monthly: dict = defaultdict(lambda: defaultdict(int))
        for t, cid, _x, amount in categorized:
            monthly[period_label(t[2], by)][klass(cats.get(cid) if cid else None)] += amount
        got_monthly = {r.period: (r.income, r.expenses, r.taxes, r.uncategorized)
                       for r in monthly_report(book, period, account_id, by).rows}
        assert got_monthly == {k: (v["income"], -v["expense"], v["tax"], v["uncategorized"])
                               for k, v in monthly.items()}

        # payees
        payees: dict = defaultdict(lambda: defaultdict(int))
        for t, cid, _x, amount in categorized:
            payees[t[3]][klass(cats.get(cid) if cid else None)] += amount
        got_payees = {r.payee: (r.income, r.expenses, r.taxes, r.uncategorized)
                      for r in payee_report(book, period, account_id).rows}
        assert got_payees == {k: (v["income"], -v["expense"], v["tax"], v["uncategorized"])
                              for k, v in payees.items()}

        # commissions: transactions (in the period) with a commission line
        flagged = {t[0] for t, cid, _x, _a in lines
                   if cid is not None and cats[cid][2] == "commission"}
        commissions: dict = defaultdict(lambda: [set(), 0, 0, 0, 0])
        for t, cid, _x, amount in mine:
            if t[0] not in flagged:
                continue
            row = commissions[t[3]]
            row[0].add(t[0])
            cat = cats.get(cid) if cid else None
            if cat and ((cat[1] == "income" and cat[2] == "none") or cat[2] == "iva_output"):
                row[1] += amount
            if cat and cat[2] == "commission":
                row[2] -= amount
            if cat and cat[2] == "iva_input":
                row[3] -= amount
            row[4] += amount
        got_commissions = {r.payee: (r.transactions, r.gross, r.commission, r.commission_iva,
                                     r.net) for r in commission_report(book, period,
                                                                       account_id).rows}
        assert got_commissions == {k: (len(v[0]), *v[1:]) for k, v in commissions.items()}

        # balances: opening + every amount up to the period's end (transfers included)
        for row in account_balances(book, period, account_id).rows:
            amounts = [t[4] for t in txns_ if t[1] == row.account_id]
            dated = [(t[2], t[4]) for t in txns_ if t[1] == row.account_id]
            assert row.start == accounts[row.account_id][1] + sum(
                a for d, a in dated if period.date_from and d < period.date_from)
            assert row.balance == accounts[row.account_id][1] + sum(
                a for d, a in dated if not period.date_to or d <= period.date_to)
            assert len(amounts) >= row.transactions

        # a category filter: the matching lines only, never whole transactions
        chosen = ids["categories"][pick]
        name = cats[chosen][0]
        wanted = {cid for cid, c in cats.items()
                  if c[0] == name or (below and c[0].startswith(name + ":"))}
        filters = Filters(category_id=chosen, include_subcategories=below,
                          account_id=account_id, date_from=period.date_from,
                          date_to=period.date_to)
        hits = {t[0] for t, cid, _x, _a in mine if cid in wanted}
        assert set(search_ids(book, filters)) == hits
        summary_ = summarize(book, filters)
        assert summary_.count == len(hits)
        assert summary_.total == sum(a for _t, cid, _x, a in mine if cid in wanted)
        assert lines_total(book, LineQuery(period, account_id, category_ids=tuple(wanted))) == (
            summary_.total, sum(1 for _t, cid, _x, _a in mine if cid in wanted))
    finally:
        book.close()  # type: ignore[attr-defined]
