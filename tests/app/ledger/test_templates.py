"""Templates against the worked scenarios; the command line's `templates` contract."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.cli import main
from app.errors import BadInput
from app.ledger.categories import add_category, find_category
from app.ledger.templates import (
    Invoice,
    UserLine,
    apply_invoices,
    apply_template,
    check_gross,
    invoice_parts,
    last_split_for_payee,
    list_templates,
    save_user_template,
    scale_lines,
)
from app.money import format_plain

#: scenario id -> (template, amount, keys): the scenarios the built-ins cover.
COVERED = {
    "S1": ("fee-withholding", {"iva_rate": "16", "isr_rate": "10",
                               "iva_withheld_fraction": "2/3"}),
    "S4": ("card-deposit", {"fee_rate": "3.6", "fixed_fee": "0", "iva_rate": "16"}),
    "S5": ("card-deposit", {"fee_rate": "3.49", "fixed_fee": "4", "iva_rate": "16"}),
    "S6": ("card-deposit", {"gross": "116.00", "iva_rate": "16"}),
    "S9": ("combined-payment", {"invoices": "1234.56@16;499.03@16;2150.03@16",
                                "categories": "Gastos:Papelería|Gastos:Internet|Gastos:Empaque"}),
    "S11a": ("partial-payment", {"invoice_total": "11600.00", "invoice_iva": "1600.00",
                                 "category": "Gastos:Mercancía"}),
    "S11b": ("partial-payment", {"invoice_total": "11600.00", "invoice_iva": "1600.00",
                                 "paid_before": "5000", "category": "Gastos:Mercancía"}),
}


def cents(text: str) -> int:
    return int(Decimal(text) * 100)


@pytest.fixture
def scenario_book(sqlite_book, scenarios):
    for cat in scenarios["categories"]:
        add_category(sqlite_book, cat["name"], cat["kind"], cat["role"])
    return sqlite_book


@pytest.mark.parametrize("sid", sorted(COVERED))
def test_templates_reproduce_the_scenarios(scenario_book, scenarios, sid: str) -> None:
    sc = next(s for s in scenarios["scenarios"] if s["id"] == sid)
    name, keys = COVERED[sid]
    lines = apply_template(scenario_book, name, cents(sc["amount"]), keys)
    assert [line.amount for line in lines] == [cents(x["amount"]) for x in sc["lines"]]
    roles = {c["name"]: c["role"] for c in scenarios["categories"]}
    assert [line.role for line in lines] == [roles[x["category"]] for x in sc["lines"]]


def test_worked_examples_of_the_issue() -> None:
    def amounts(name: str, amount: str, **keys: str) -> list[str]:
        return [format_plain(x.amount, 2) for x in apply_template(None, name, cents(amount),
                                                                     keys)]

    assert amounts("purchase-iva", "-1234.57", rate="16") == ["-1064.28", "-170.29"]
    assert amounts("sale-iva", "-1234.57", rate="16") == ["-1064.28", "-170.29"]
    assert amounts("card-deposit", "95.82", fee_rate="3.6", fixed_fee="0",
                   iva_rate="16") == ["86.21", "13.79", "-3.60", "-0.58"]
    assert amounts("fee-withholding", "9533.33", iva_rate="16", isr_rate="10",
                   iva_withheld_fraction="2/3") == ["10000.00", "1600.00", "-1000.00", "-1066.67"]
    assert amounts("partial-payment", "-5000.00", invoice_total="11600.00",
                   invoice_iva="1600.00") == ["-4310.34", "-689.66"]
    assert amounts("partial-payment", "-6600.00", invoice_total="11600.00",
                   invoice_iva="1600.00", paid_before="5000") == ["-5689.66", "-910.34"]


def test_an_unreachable_deposit_asks_for_the_gross(monkeypatch, tmp_path: Path,
                                                  capsys) -> None:
    # Every deposit is reachable at real fee rates (each cent of gross moves the deposit
    # by -1, 0 or +1 cent); the refusal path is still the contract when none is found.
    import app.ledger.templates

    monkeypatch.setattr(app.ledger.templates, "_solve", lambda *a: [])
    with pytest.raises(BadInput, match="gross=") as err:
        apply_template(None, "card-deposit", 9582, {})
    assert err.value.field == "amount"
    db = str(tmp_path / "u.cuentas")
    assert main(["--db", db, "new", "--currency", "MXN"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "templates", "apply", "card-deposit", "--amount", "95.82"]) == 2
    assert "gross" in capsys.readouterr().err


def test_a_gross_that_disagrees_with_the_fee_rate_wins_and_the_gap_is_known() -> None:
    """Issue 13, defect 2: rate 4 %, gross 10,000.00, deposit 9,535.20. The gross on
    the statement (with the deposit) makes the lines; the check says what the fee rate
    would have made of the same gross (400.00 + 64.00) and the difference, 0.80."""
    keys = {"fee_rate": "4", "iva_rate": "16", "gross": "10000.00"}
    lines = apply_template(None, "card-deposit", cents("9535.20"), keys)
    assert [format_plain(x.amount, 2) for x in lines] == ["8620.69", "1379.31", "-400.69",
                                                         "-64.11"]
    check = check_gross(None, cents("9535.20"), keys)
    assert check is not None
    assert (check.gross, check.deduction, check.fee, check.fee_iva) == (1_000_000, 46480,
                                                                         40069, 6411)
    assert (check.rate_fee, check.rate_fee_iva, check.rate_deduction) == (40000, 6400, 46400)
    assert check.difference == 80
    agreeing = check_gross(None, cents("9536.00"), keys)
    assert agreeing is not None and agreeing.difference == 0
    assert check_gross(None, cents("9536.50"), keys).difference == -50  # kept less
    s6 = check_gross(None, cents("111.16"), {"gross": "116.00", "iva_rate": "16"})
    assert s6 is not None and (s6.fee, s6.fee_iva, s6.difference) == (417, 67, -1)
    assert check_gross(None, cents("9535.20"), {"fee_rate": "4"}) is None  # no gross
    with pytest.raises(BadInput) as err:
        check_gross(None, cents("9535.20"), {"gross": "9000"})
    assert err.value.field == "gross"


def test_combined_payment_rounds_per_invoice() -> None:
    lines = apply_template(None, "combined-payment", cents("-4504.99"),
                           {"invoices": "1234.56@16;499.03@16;2150.03@16"})
    iva = -sum(x.amount for x in lines if x.role == "iva_input")
    assert iva == cents("621.37")  # not 621.38 (IVA on the combined total)


def test_combined_payment_from_the_invoices_totals(scenario_book, scenarios) -> None:
    """Issue 13, defect 4: the invoices as printed (1,432.09, 578.87 and 2,494.03, IVA
    included) give S9's bases and IVA, per invoice, adding up to the transfer exactly;
    the same from the command line's `totals=`."""
    sc = next(s for s in scenarios["scenarios"] if s["id"] == "S9")
    want = [(x["category"], cents(x["amount"])) for x in sc["lines"]]
    invoices = [Invoice(cents("1432.09"), "16", "Gastos:Papelería"),
                Invoice(cents("578.87"), "", "Gastos:Internet"),  # empty: the book's 16 %
                Invoice(cents("2494.03"), "16 %", "Gastos:Empaque")]
    lines = apply_invoices(scenario_book, cents(sc["amount"]), invoices)
    assert [(x.category, x.amount) for x in lines] == want
    assert [x.taxable_base for x in lines if x.role == "iva_input"] == [-123456, -49903,
                                                                        -215003]
    cli = apply_template(scenario_book, "combined-payment", cents(sc["amount"]), {
        "totals": "1432.09@16;578.87@16;2494.03@16",
        "categories": "Gastos:Papelería|Gastos:Internet|Gastos:Empaque"})
    assert [(x.category, x.amount) for x in cli] == want
    # a deposit of two invoices, one at 0 %: money in, no IVA line for the second
    sale = apply_invoices(scenario_book, cents("1660.00"), [Invoice(cents("1160.00"), "16"),
                                                           Invoice(cents("500.00"), "0")])
    assert [(x.role, x.amount) for x in sale] == [("none", 100000), ("iva_output", 16000),
                                                  ("none", 50000)]


@pytest.mark.parametrize(
    ("invoices", "amount", "field"),
    [([Invoice(100000, "16"), Invoice(50000, "dieciséis")], "-1500", "invoices[2].rate"),
     ([Invoice(100000, "160")], "-1000", "invoices[1].rate"),
     ([Invoice(116000, "16"), Invoice(0, "16")], "-1160", "invoices[2].total"),
     ([Invoice(116000, "16", "Gastos:Nada")], "-1160", "invoices[1].category"),
     ([Invoice(116000, "16"), Invoice(11600, "16")], "-1160", "invoices"),
     ([], "-1160", "invoices")],
)
def test_a_bad_invoice_is_named_by_its_row(scenario_book, invoices, amount, field) -> None:
    with pytest.raises(BadInput) as err:
        apply_invoices(scenario_book, cents(amount), invoices)
    assert err.value.field == field


@given(st.integers(min_value=1, max_value=10**11), st.sampled_from(["0", "8", "10.5", "16",
                                                                    "21"]))
def test_an_invoice_s_total_gives_back_its_base(base: int, pct: str) -> None:
    """An invoice's IVA is rounded half-up on its base, so its total always gives the
    base back: typing totals instead of bases loses nothing."""
    from app.splits import rate, tax_on

    r = rate(pct)
    total = base + tax_on(base, r)
    assert invoice_parts(total, r) == (base, tax_on(base, r))
    assert invoice_parts(base, r, with_tax=False) == (base, tax_on(base, r))


@pytest.mark.parametrize(
    ("name", "amount", "keys", "field"),
    [("card-deposit", "-95.82", {}, "amount"),
     ("card-deposit", "95.82", {"gross": "90.00"}, "gross"),
     ("purchase-iva", "-100", {"rate": "160"}, "rate"),
     ("purchase-iva", "-100", {"vat": "16"}, "--set"),
     ("combined-payment", "-100", {"invoices": "50@16"}, "invoices"),
     ("combined-payment", "-116", {"invoices": "100"}, "invoices"),
     ("combined-payment", "-116", {"totals": "116@16", "invoices": "100@16"}, "totals"),
     ("combined-payment", "-116", {"totals": "116@16", "categories": "A|B"}, "categories"),
     ("partial-payment", "-20000", {"invoice_total": "11600", "invoice_iva": "1600"}, "amount"),
     ("fee-withholding", "1", {"iva_withheld_fraction": "x"}, "iva_withheld_fraction"),
     ("nope", "1", {}, "template")],
)
def test_bad_keys_and_impossible_amounts_are_named(name, amount, keys, field) -> None:
    with pytest.raises(BadInput) as err:
        apply_template(None, name, cents(amount), keys)
    assert err.value.field == field


@given(st.integers(min_value=-(10**11), max_value=10**11).filter(bool),
       st.sampled_from(["0", "8", "16", "21"]))
def test_purchase_lines_always_add_up(amount: int, pct: str) -> None:
    lines = apply_template(None, "purchase-iva", amount, {"rate": pct})
    assert sum(x.amount for x in lines) == amount


@given(st.integers(min_value=100, max_value=10**9))
def test_card_deposit_from_gross_always_adds_up(gross: int) -> None:
    deposit = gross - gross // 25
    lines = apply_template(None, "card-deposit", deposit,
                           {"gross": format_plain(gross, 2), "iva_rate": "16"})
    assert sum(x.amount for x in lines) == deposit


def test_categories_follow_roles_and_preset(sqlite_book) -> None:
    lines = apply_template(sqlite_book, "card-deposit", cents("95.82"), {})
    assert [x.category for x in lines] == ["Ingresos:Ventas", "Impuestos:IVA trasladado",
                                           "Gastos:Comisiones", "Impuestos:IVA acreditable"]
    assert lines[1].taxable_base == lines[0].amount and lines[1].tax_rate_bp == 1600


def test_user_templates_and_payee_suggestion(sqlite_book) -> None:
    from app.ledger.accounts import add_account
    from app.ledger.transactions import LineInput, TransactionInput, save_transaction

    save_user_template(sqlite_book, "Renta con IVA", [
        UserLine("Gastos:Renta", "remainder"),
        UserLine("Impuestos:IVA acreditable", "percent", "13.7931", "IVA"),
    ])
    assert "Renta con IVA" in [t.name for t in list_templates(sqlite_book)]
    lines = apply_template(sqlite_book, "Renta con IVA", cents("-11600"))
    assert [x.amount for x in lines] == [cents("-10000"), cents("-1600")]
    assert lines[1].role == "iva_input"
    with pytest.raises(BadInput):
        save_user_template(sqlite_book, "card-deposit", [UserLine("", "remainder")])
    with pytest.raises(BadInput):
        save_user_template(sqlite_book, "Dos restos", [UserLine("", "remainder"),
                                                       UserLine("", "remainder")])

    bank = add_account(sqlite_book, "Banco")
    renta = find_category(sqlite_book, "Gastos:Renta").id
    iva = find_category(sqlite_book, "Impuestos:IVA acreditable").id
    save_transaction(sqlite_book, TransactionInput(
        account_id=bank.id, date="2026-01-01", amount=-11600, payee="Inmobiliaria",
        lines=(LineInput(-10000, renta), LineInput(-1600, iva))))
    suggestion = last_split_for_payee(sqlite_book, "inmobiliaria")
    assert suggestion is not None and [x.amount for x in suggestion] == [-10000, -1600]
    assert [x.amount for x in scale_lines(suggestion, -23200)] == [-20000, -3200]
    assert last_split_for_payee(sqlite_book, "Nadie") is None


def test_cli_templates_apply_json(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "t.cuentas")
    assert main(["--db", db, "new", "--currency", "MXN", "--tax-preset", "mx"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "templates", "apply", "card-deposit", "--amount", "95.82",
                 "--set", "fee_rate=3.6", "--set", "fixed_fee=0", "--set", "iva_rate=16",
                 "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {"category": "Ingresos:Ventas", "role": "none", "amount": "86.21"},
        {"category": "Impuestos:IVA trasladado", "role": "iva_output", "amount": "13.79"},
        {"category": "Gastos:Comisiones", "role": "commission", "amount": "-3.60"},
        {"category": "Impuestos:IVA acreditable", "role": "iva_input", "amount": "-0.58"},
    ]
    # a book without tax categories: empty category, the role still says what it is
    bare = str(tmp_path / "bare.cuentas")
    assert main(["--db", bare, "new", "--currency", "MXN"]) == 0
    capsys.readouterr()
    assert main(["--db", bare, "templates", "apply", "purchase-iva", "--amount", "-1234.57",
                 "--set", "rate=16", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {"category": "", "role": "none", "amount": "-1064.28"},
        {"category": "", "role": "iva_input", "amount": "-170.29"},
    ]
    for args, field in ((["--set", "rate"], "--set"), (["--set", "bogus=1"], "--set"),
                        (["--amount", "1.234"], "--amount")):
        argv = ["--db", db, "templates", "apply", "purchase-iva", "--amount", "-10", *args]
        if args[0] == "--amount":
            argv = ["--db", db, "templates", "apply", "purchase-iva", *args]
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert field in err and len(err.strip().splitlines()) == 1
    assert main(["--db", db, "templates", "list", "--format", "json"]) == 0
    names = [t["name"] for t in json.loads(capsys.readouterr().out)]
    assert names[:6] == ["purchase-iva", "sale-iva", "card-deposit", "fee-withholding",
                         "combined-payment", "partial-payment"]


@pytest.mark.parametrize(("categories", "said"), [
    ("Gastos:Compras", "names 1 category for 2 invoices"),
    ("Gastos:Compras|Gastos:Renta", "names 2 categories for 1 invoice")])
def test_categories_that_do_not_match_the_invoices_are_counted(categories: str,
                                                               said: str) -> None:
    invoices = "1000@16;500@16" if said.endswith("2 invoices") else "1000@16"
    with pytest.raises(BadInput, match=said):
        apply_template(None, "combined-payment", cents("-1740.00"),
                       {"invoices": invoices, "categories": categories})
