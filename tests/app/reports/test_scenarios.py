"""Every worked scenario and period of ../shared/scenarios/splits.json through the
report engine and through `cuentas report`, on SQLite and PostgreSQL: the IVA figures
must come out exactly; categories, commissions and the drill-down follow from the
same lines."""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from decimal import Decimal

import pytest

from app.cli import main
from app.ledger.accounts import add_account
from app.ledger.categories import add_category, find_category
from app.ledger.transactions import LineInput, TransactionInput, save_transaction
from app.money import format_plain, parse_cli_amount
from app.reports import Period
from app.reports.categories import category_report, category_totals
from app.reports.commissions import commission_report
from app.reports.iva import CSV_COLUMNS, iva_summary
from app.reports.lines import LineQuery, find_lines, lines_total
from app.reports.tables import build_table

FIELDS = ("output_iva", "input_iva", "iva_withheld_credit", "iva_withheld_payable",
          "income_tax_withheld_credit", "income_tax_withheld_payable", "net_iva")
#: Each MXN scenario alone in a month of 2025; the scenarios file's period in 2026-03.
MONTH_OF = {"S1": "2025-01", "S4": "2025-02", "S5": "2025-03", "S6": "2025-04",
            "S9": "2025-05", "S10": "2025-06", "S11a": "2025-07", "S11b": "2025-08",
            "S12": "2025-01", "S13": "2025-02"}
PERIOD_MONTH = "2026-03"
PAYEE = {"S4": "Clip", "S5": "Mercado Pago", "S6": "Clip"}


def cents(text: str, exp: int = 2) -> int:
    return parse_cli_amount(text, exp)


def book_scenario(book, account_id: int, sc: dict, day: str) -> int:
    exp = book.info.exp
    lines = tuple(
        LineInput(amount=cents(line["amount"], exp),
                  category_id=find_category(book, line["category"]).id)
        for line in sc["lines"])
    view = save_transaction(book, TransactionInput(
        account_id=account_id, date=day, amount=cents(sc["amount"], exp), lines=lines,
        payee=PAYEE.get(sc["id"], sc["title"]), memo=sc["id"]))
    return view.id


def setup_book(book, scenarios: dict, currency: str) -> int:
    """The scenario categories, an account, every scenario of `currency` in its month
    and (MXN) the scenarios file's period booked again in PERIOD_MONTH."""
    for cat in scenarios["categories"]:
        add_category(book, cat["name"], cat["kind"], cat["role"])
    bank = add_account(book, "Banco", "bank", 500_000).id
    for sc in scenarios["scenarios"]:
        if sc["currency"] == currency:
            book_scenario(book, bank, sc, f"{MONTH_OF[sc['id']]}-15")
    if currency == "MXN":
        by_id = {sc["id"]: sc for sc in scenarios["scenarios"]}
        for period in scenarios["periods"]:
            for n, sid in enumerate(period["scenarios"], start=2):
                book_scenario(book, bank, by_id[sid], f"{PERIOD_MONTH}-{n:02d}")
    return bank


@pytest.fixture
def mx(book, scenarios):
    setup_book(book, scenarios, "MXN")
    return book


@pytest.fixture
def other_location(location, tmp_path):
    """A second place for a book, on the same backend as `location`."""
    if not location.startswith("postgresql"):
        yield str(tmp_path / "other.cuentas")
        return
    import os
    import uuid

    import sqlalchemy as sa

    url = os.environ["CUENTAS_TEST_PG_URL"]
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with admin.begin() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    yield f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


@pytest.fixture
def eur(other_location, make_book, scenarios):
    eur_book = make_book(other_location, "EUR", "none")
    setup_book(eur_book, scenarios, "EUR")
    return eur_book


def expected_rows(scenarios: dict, currency: str) -> dict[str, dict[str, int]]:
    rows: dict[str, dict[str, int]] = {}
    for sc in scenarios["scenarios"]:
        if sc["currency"] == currency:
            rows[MONTH_OF[sc["id"]]] = {k: cents(v) for k, v in sc["expected_iva"].items()}
    if currency == "MXN":
        for period in scenarios["periods"]:
            rows[PERIOD_MONTH] = {k: cents(v) for k, v in period["expected_iva"].items()}
    return rows


def as_dict(row) -> dict[str, int]:
    return {f: getattr(row, f) for f in FIELDS}


def test_every_scenario_and_period_through_the_engine(mx, eur, scenarios) -> None:
    for book, currency in ((mx, "MXN"), (eur, "EUR")):
        report = iva_summary(book, Period(), by="month")
        got = {row.period: as_dict(row) for row in report.rows}
        assert got == expected_rows(scenarios, currency)
        assert all(r.lines > 0 for r in report.rows)


def test_a_period_alone_and_by_quarter(mx, scenarios) -> None:
    expected = expected_rows(scenarios, "MXN")
    only = iva_summary(mx, Period("2026-03-01", "2026-03-31"))
    assert [r.period for r in only.rows] == ["2026-03"]
    assert as_dict(only.rows[0]) == expected["2026-03"] == as_dict(only.total)
    quarters = {r.period: as_dict(r) for r in iva_summary(mx, Period(), by="quarter").rows}
    for quarter, months in (("2025-Q1", ("2025-01", "2025-02", "2025-03")),
                            ("2025-Q2", ("2025-04", "2025-05", "2025-06")),
                            ("2025-Q3", ("2025-07", "2025-08")), ("2026-Q1", ("2026-03",))):
        assert quarters[quarter] == {f: sum(expected[m][f] for m in months) for f in FIELDS}
    assert set(quarters) == {"2025-Q1", "2025-Q2", "2025-Q3", "2026-Q1"}


def test_iva_of_one_account_only(mx, scenarios) -> None:
    other = add_account(mx, "Otra", "bank").id
    by_id = {sc["id"]: sc for sc in scenarios["scenarios"]}
    book_scenario(mx, other, by_id["S1"], "2026-03-20")
    banco = next(a for a in _accounts(mx) if a.name == "Banco").id
    expected = expected_rows(scenarios, "MXN")["2026-03"]
    month = Period("2026-03-01", "2026-03-31")
    assert as_dict(iva_summary(mx, month, banco).rows[0]) == expected
    alone = as_dict(iva_summary(mx, month, other).rows[0])
    assert alone == {k: cents(v) for k, v in by_id["S1"]["expected_iva"].items()}


def _accounts(book):
    from app.ledger.accounts import list_accounts

    return list_accounts(book)


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_every_scenario_and_period_through_the_command_line(mx, eur, scenarios, capsys) -> None:
    for book, currency in ((mx, "MXN"), (eur, "EUR")):
        code, out, err = cli(capsys, "--db", book.location, "report", "iva", "--format", "csv")
        assert code == 0, err
        rows = list(csv.reader(io.StringIO(out)))
        assert rows[0] == list(CSV_COLUMNS)
        expected = expected_rows(scenarios, currency)
        assert [r[0] for r in rows[1:]] == sorted(expected)
        for row in rows[1:]:
            got = dict(zip(CSV_COLUMNS, row, strict=True))
            for field in FIELDS:
                assert got[field] == format_plain(expected[row[0]][field], 2), (row[0], field)
                assert len(got[field].split(".")[1]) == 2
        code, out, _ = cli(capsys, "--db", book.location, "report", "iva", "--format", "json",
                           "--from", "2025-01-01", "--to", "2025-01-31")
        assert code == 0
        [only] = json.loads(out)
        first = expected["2025-01"]
        assert {f: only[f] for f in FIELDS} == {f: format_plain(first[f], 2) for f in FIELDS}


def test_the_period_by_quarter_on_the_command_line(mx, scenarios, capsys) -> None:
    code, out, err = cli(capsys, "--db", mx.location, "report", "iva", "--by", "quarter",
                         "--from", "2026-01-01", "--to", "2026-12-31", "--format", "csv")
    assert code == 0, err
    expected = scenarios["periods"][0]["expected_iva"]
    lines = out.splitlines()
    assert lines[0] == ",".join(CSV_COLUMNS) and len(lines) == 2
    assert lines[1] == ",".join(["2026-Q1"] + [format_plain(cents(expected[c]), 2)
                                              for c in CSV_COLUMNS[1:]])
    code, out, _ = cli(capsys, "--db", mx.location, "report", "iva", "--from", "2026-03-01")
    assert code == 0 and "161.72" in out and "4,093.79" in out


def test_categories_count_each_line_in_its_own_category(mx, scenarios) -> None:
    month = Period("2026-03-01", "2026-03-31")
    by_id = {sc["id"]: sc for sc in scenarios["scenarios"]}
    expected: dict[str, int] = defaultdict(int)
    for sid in scenarios["periods"][0]["scenarios"]:
        for line in by_id[sid]["lines"]:
            expected[line["category"]] += cents(line["amount"])
    assert {t.category: t.amount for t in category_totals(mx, month)} == dict(expected)
    report = category_report(mx, month)
    kinds = {c["name"]: c["kind"] for c in scenarios["categories"]}
    for section in report.sections:
        assert section.total == sum(v for k, v in expected.items() if kinds[k] == section.kind)
        for root in section.roots:
            assert root.subtotal == sum(v for k, v in expected.items()
                                        if k.startswith(root.full_name + ":")
                                        and kinds[k] == section.kind)
    assert report.total == sum(expected.values()) and report.uncategorized == 0
    iva_in = report.node("Impuestos:IVA acreditable")
    assert iva_in is not None and iva_in.own == -cents("1318.73")


def test_drill_down_gives_the_lines_of_each_row(mx) -> None:
    month = Period("2026-03-01", "2026-03-31")
    table = build_table(mx, "categories", month)
    for row in table.rows:
        if row.drill is None:
            continue
        total, count = lines_total(mx, row.drill)
        assert (count, total) == (row.cells[1], row.cells[2]), row.label
        lines = find_lines(mx, row.drill)
        assert sum(x.amount for x in lines) == total and len(lines) == count
    lines = find_lines(mx, LineQuery(month, roles=("iva_input",)))
    # S9's three invoices each keep their own IVA line (never recomputed on the total)
    assert sorted(x.amount for x in lines if x.transaction_memo == "S9") == [
        -cents("344.00"), -cents("197.53"), -cents("79.84")]


def test_commissions_per_payee(mx) -> None:
    report = commission_report(mx, Period("2025-01-01", "2025-12-31"))
    rows = {r.payee: r for r in report.rows}
    assert set(rows) == {"Clip", "Mercado Pago"}
    clip, mp = rows["Clip"], rows["Mercado Pago"]
    # S4 (100.00 gross, fee 3.60 + IVA 0.58) and S6 (116.00, 4.17 + 0.67)
    assert (clip.transactions, clip.gross, clip.commission, clip.commission_iva, clip.net) == (
        2, cents("216.00"), cents("7.77"), cents("1.25"), cents("206.98"))
    assert (mp.gross, mp.commission, mp.commission_iva, mp.net) == (
        cents("1160.00"), cents("44.48"), cents("7.12"), cents("1108.40"))
    assert mp.effective_rate == Decimal("3.8345")
    alone = commission_report(mx, Period("2025-02-01", "2025-02-28")).rows[0]
    assert alone.effective_rate == Decimal("3.6000")
    assert report.total.commission == cents("52.25")
    drill = LineQuery(Period("2025-01-01", "2025-12-31"), payee="Clip",
                      with_role_in_transaction="commission")
    assert lines_total(mx, drill) == (clip.net, 8)


def test_transfers_are_never_income_or_expense(mx) -> None:
    from app.reports.balances import account_balances
    from app.reports.monthly import monthly_report

    banco = next(a for a in _accounts(mx) if a.name == "Banco").id
    caja = add_account(mx, "Caja", "cash").id
    before = category_report(mx)
    monthly_before = monthly_report(mx).total
    save_transaction(mx, TransactionInput(
        account_id=banco, date="2026-03-28", amount=-20_000, payee="A caja",
        lines=(LineInput(-20_000, transfer_account_id=caja),)))
    assert category_report(mx) == before
    assert monthly_report(mx).total == monthly_before
    balances = {r.account: r.balance for r in account_balances(mx).rows}
    assert balances["Caja"] == 20_000


def test_cli_reports_run_in_every_format(mx, tmp_path, capsys) -> None:
    for report in ("accounts", "categories", "iva", "commissions", "monthly", "payees"):
        for fmt in ("table", "csv", "json"):
            code, out, err = cli(capsys, "--db", mx.location, "report", report,
                                 "--format", fmt, "--from", "2025-01-01")
            assert code == 0 and out and not err, (report, fmt, err)
        out_file = tmp_path / f"{report}.csv"
        code, out, err = cli(capsys, "--db", mx.location, "report", report, "--format", "csv",
                             "--out", str(out_file))
        assert code == 0 and out == "" and out_file.read_text().count("\n") >= 2
    code, out, _ = cli(capsys, "--db", mx.location, "report", "commissions", "--format", "csv",
                       "--from", "2025-02-01", "--to", "2025-02-28")
    assert out.splitlines() == [
        "payee,transactions,gross,commission,commission_iva,net,effective_rate_pct",
        "Clip,1,100.00,3.60,0.58,95.82,3.60"]


def test_taxable_base_per_rate_where_lines_carry_a_rate(book, capsys) -> None:
    bank = add_account(book, "Banco", "bank").id
    cat = {n: find_category(book, n).id for n in (
        "Ingresos:Ventas", "Impuestos:IVA trasladado", "Gastos:Compras",
        "Impuestos:IVA acreditable")}
    day = "2026-05-06"
    save_transaction(book, TransactionInput(bank, day, 116000, lines=(
        LineInput(100000, cat["Ingresos:Ventas"], tax_rate_bp=1600),
        LineInput(16000, cat["Impuestos:IVA trasladado"], tax_rate_bp=1600,
                  taxable_base=100000))))
    save_transaction(book, TransactionInput(bank, day, 50000, lines=(  # tasa 0 %
        LineInput(50000, cat["Ingresos:Ventas"], tax_rate_bp=0),
        LineInput(0, cat["Impuestos:IVA trasladado"], tax_rate_bp=0, taxable_base=50000))))
    save_transaction(book, TransactionInput(bank, day, -10800, lines=(  # border rate 8 %
        LineInput(-10000, cat["Gastos:Compras"], tax_rate_bp=800),
        LineInput(-800, cat["Impuestos:IVA acreditable"], tax_rate_bp=800,
                  taxable_base=-10000))))
    save_transaction(book, TransactionInput(bank, day, -1160, lines=(  # no rate recorded
        LineInput(-1000, cat["Gastos:Compras"]),
        LineInput(-160, cat["Impuestos:IVA acreditable"]))))
    report = iva_summary(book, Period("2026-05-01", "2026-05-31"))
    [row] = report.rows
    assert (row.output_iva, row.input_iva, row.net_iva) == (16000, 960, 15040)
    assert [(b.side, b.rate_bp, b.base, b.tax, b.lines) for b in report.bases] == [
        ("output", 1600, 100000, 16000, 1), ("output", 0, 50000, 0, 1),
        ("input", 800, 10000, 800, 1), ("input", None, 0, 160, 1)]
    # the rows of each side reconcile with the summary's column (issue 13 defect 3)
    assert sum(b.tax for b in report.bases if b.side == "output") == row.output_iva
    assert sum(b.tax for b in report.bases if b.side == "input") == row.input_iva
    table = build_table(book, "iva", Period("2026-05-01", "2026-05-31"))
    [bases] = table.extra
    assert bases.rows[-1].cells[2:5] == ("no rate", None, 160)
    for base_row in bases.rows:
        assert base_row.drill is not None
        assert lines_total(book, base_row.drill)[1] == 1
    assert lines_total(book, bases.rows[-1].drill)[0] == -160  # the line without a rate
    assert main(["--db", book.location, "report", "iva", "--format", "json"]) == 0
    [item] = json.loads(capsys.readouterr().out)
    assert item["taxable_bases"][2] == {"side": "input", "rate": "8", "base": "100.00",
                                        "iva": "8.00", "lines": 1}
    assert item["taxable_bases"][3] == {"side": "input", "rate": "", "base": "0.00",
                                        "iva": "1.60", "lines": 1}


def test_one_period_is_charted_by_what_is_inside_it(mx) -> None:
    """A report of one period (This month) charts what makes it up — income and expenses
    by category, each figure of the IVA summary, each account's opening and closing
    balance — never one lone bar pair; several periods keep a bar pair per period."""
    march = Period("2026-03-01", "2026-03-31")
    monthly = build_table(mx, "monthly", march)
    assert [r.cells[0] for r in monthly.rows][:-1] == ["2026-03"]
    chart = monthly.chart
    assert chart is not None and chart.kind == "hbar" and len(chart.labels) >= 4
    totals = {r.category: r.amount for r in category_totals(mx, march)
              if r.kind in ("income", "expense")}
    (_, income), (_, expenses) = chart.series
    for label, earned, spent in zip(chart.labels, income, expenses, strict=True):
        assert (earned, -spent) in ((totals[label], 0), (0, totals[label])), label
    assert set(chart.labels) <= set(totals) and "Ingresos:Ventas" in chart.labels

    iva = build_table(mx, "iva", march)
    figures = dict(zip(iva.chart.labels, iva.chart.series[0][1], strict=True))
    row = dict(zip((c.title for c in iva.columns), iva.rows[0].cells, strict=True))
    assert iva.chart.kind == "hbar" and len(iva.chart.series) == 1
    assert {"Output IVA", "Input IVA", "Net IVA"} <= set(figures)
    assert all(figures[name] == row[name] for name in figures)

    balances = build_table(mx, "accounts", march)
    assert balances.chart.kind == "hbar" and balances.chart.labels == ("Banco",)
    assert not balances.chart.stacked and monthly.chart.stacked
    (_, opening), (_, closing) = balances.chart.series
    assert (opening[0], closing[0]) == balances.rows[0].cells[2:5:2]

    months = build_table(mx, "monthly", Period("2025-01-01", "2026-12-31"))
    assert months.chart.kind == "bar" and len(months.chart.labels) == 9
    assert build_table(mx, "iva", Period()).chart.kind == "bar"
