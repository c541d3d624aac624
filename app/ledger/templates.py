"""Split templates: fill a transaction's lines from its bank amount.

Each built-in template solves from whichever amount is known (usually the bank
movement) and leaves the rounding residue on one named line, using only the
arithmetic of `app.splits`. The worked cases of ../shared/scenarios/splits.json are
their acceptance examples:

* `purchase-iva` / `sale-iva`: base + IVA from a tax-inclusive total (residue on IVA);
* `card-deposit`: gross sale, IVA on the sale, processor fee (x % + fixed) and IVA on
  the fee, solved from the deposit; or, given the processor's `gross`, the deduction
  split into fee and IVA (the processor rounded the whole deduction, scenario S6);
* `fee-withholding`: fees, IVA, ISR withheld, two-thirds of the IVA withheld;
* `combined-payment`: several invoices, each base + IVA rounded per invoice;
* `partial-payment`: proportional IVA so the payments' IVA adds up to the invoice's.

Users save their own templates (fixed amounts, percentages and one remainder line).
Templates read the book (categories by role, the tax preset's rates) but never write
transactions: the editor or the command line decides what to do with the lines.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import select

from app.dates import now_iso
from app.errors import BadInput
from app.i18n import QT_TR_NOOP, plural, tr
from app.money import format_plain, parse_cli_amount, parse_percent, plain_number
from app.splits import allocate, extract_tax, rate, round_half_up, tax_on
from app.store.book import Book

SEARCH_CENTS = 50  # how far around the estimate a solver looks for an exact solution


@dataclass(frozen=True)
class TemplateParam:
    key: str
    label: str
    default: str
    kind: str  # percent | amount | fraction | category | invoices | categories


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    title: str
    description: str
    params: tuple[TemplateParam, ...] = ()
    builtin: bool = True


@dataclass(frozen=True)
class TemplateLine:
    category_id: int | None
    category: str
    role: str
    amount: int
    memo: str = ""
    tax_rate_bp: int | None = None
    taxable_base: int | None = None


@dataclass(frozen=True)
class UserLine:
    """A line of a saved template: `kind` is fixed (an amount), percent (of the total)
    or remainder (what the other lines leave; exactly one per template)."""

    category: str
    kind: str
    value: str = ""
    memo: str = ""


@dataclass
class Context:
    """What a template needs to know of the book."""

    exp: int = 2
    by_role: dict[str, tuple[int, str]] = field(default_factory=dict)
    by_name: dict[str, int] = field(default_factory=dict)
    defaults: dict[str, str] = field(default_factory=dict)
    general_rate: str = "16"

    @classmethod
    def of(cls, book: Book) -> Context:
        from app.presets import PRESETS
        from app.store.models import Category, TaxRate

        ctx = cls(exp=book.info.exp)
        with book.read() as session:
            cats = session.execute(
                select(Category.id, Category.full_name, Category.role)
                .where(Category.archived == 0)
                .order_by(Category.full_name)
            ).all()
            today = date.today().isoformat()
            general = session.scalar(
                select(TaxRate.rate_bp)
                .where(TaxRate.code == "iva_general", TaxRate.valid_from <= today)
                .where((TaxRate.valid_to.is_(None)) | (TaxRate.valid_to >= today))
                .order_by(TaxRate.valid_from.desc())
            )
        for cid, name, role in cats:
            ctx.by_name[name] = cid
            if role != "none":
                ctx.by_role.setdefault(role, (cid, name))
        preset = PRESETS.get(book.info.tax_preset, PRESETS["none"])
        ctx.defaults = {k: v for k, v in preset.defaults if v in ctx.by_name}
        if general is not None:
            ctx.general_rate = str(Decimal(general) / 100)
        return ctx

    def line(self, role: str, amount: int, *, category: str = "", purpose: str = "",
             memo: str = "", rate_bp: int | None = None, base: int | None = None,
             field_name: str = "category") -> TemplateLine:
        """A line for `role`: the named category if given (must exist), else the book's
        category with that role, else the preset's default for `purpose`, else none."""
        if category:
            if category not in self.by_name:
                raise BadInput(field_name, category, tr("is not a category of this book"))
            return TemplateLine(self.by_name[category], category, role, amount, memo, rate_bp,
                                base)
        if role != "none" and role in self.by_role:
            cid, name = self.by_role[role]
            return TemplateLine(cid, name, role, amount, memo, rate_bp, base)
        name = self.defaults.get(purpose, "")
        return TemplateLine(self.by_name.get(name), name, role, amount, memo, rate_bp, base)


# ---------------------------------------------------------------- parameters


def _percent(params: Mapping[str, str], key: str, field: str = "") -> Fraction:
    value = parse_percent(params[key], field or key)
    if not 0 <= value <= 100:
        raise BadInput(field or key, params[key], tr("is not a percentage between 0 and 100"))
    return rate(value)


def _fraction(params: Mapping[str, str], key: str) -> Fraction:
    raw = params[key].strip()
    num, slash, den = raw.partition("/")
    n, d = plain_number(num), plain_number(den) if slash else Decimal(1)
    if n is None or d is None or d == 0:  # ASCII digits, no NaN, no exponent
        raise BadInput(key, raw, tr("is not a fraction like 2/3"))
    value = Fraction(n) / Fraction(d)
    if not 0 <= value <= 1:
        raise BadInput(key, raw, tr("is not between 0 and 1"))
    return value


def _amount(params: Mapping[str, str], key: str, ctx: Context) -> int:
    return parse_cli_amount(params[key], ctx.exp, key)


def _bp(r: Fraction) -> int:
    return round_half_up(r * 10000)


def _solve(target: int, estimate: Fraction, produce: Callable[[int], int]) -> list[int]:
    """Whole-cent inputs near `estimate` whose result is exactly `target`, nearest first."""
    centre = round_half_up(estimate)
    found = [
        g for g in range(centre - SEARCH_CENTS, centre + SEARCH_CENTS + 1) if produce(g) == target
    ]
    return sorted(found, key=lambda g: (abs(g - estimate), g))


# ---------------------------------------------------------------- built-ins


def _purchase_sale(output: bool) -> Callable[[Context, int, Mapping[str, str]], list[
        TemplateLine]]:
    def build(ctx: Context, amount: int, p: Mapping[str, str]) -> list[TemplateLine]:
        r = _percent(p, "rate")
        base, tax = extract_tax(amount, r)
        purpose = "sale" if output else "purchase"
        return [
            ctx.line("none", base, category=p["category"], purpose=purpose, rate_bp=_bp(r)),
            ctx.line("iva_output" if output else "iva_input", tax, rate_bp=_bp(r), base=base,
                     memo=f"IVA {_pct(r)}"),
        ]

    return build


def _pct(r: Fraction) -> str:
    value = Decimal(r.numerator * 100) / Decimal(r.denominator)
    return f"{value.normalize():f} %"


@dataclass(frozen=True)
class GrossCheck:
    """A card deposit given the processor's gross sale: the gross and the deposit
    decide the lines (the statement and the bank are facts; the fee rate is what
    the contract says), and this compares them with what the fee rate gives on the
    same gross, so the editor can say which figure wins and by how much they differ."""

    gross: int
    deduction: int  # what the processor kept: gross - deposit
    fee: int  # the deduction without its IVA: the commission line
    fee_iva: int  # the IVA line on the commission
    fee_rate: Fraction
    fixed_fee: int
    rate_fee: int  # the commission the fee rate and the fixed fee give on the gross
    rate_fee_iva: int

    @property
    def rate_deduction(self) -> int:
        return self.rate_fee + self.rate_fee_iva

    @property
    def difference(self) -> int:
        """Positive when the processor kept more than the fee rate says."""
        return self.deduction - self.rate_deduction


def _gross_check(ctx: Context, amount: int, p: Mapping[str, str]) -> GrossCheck | None:
    if amount <= 0:
        raise BadInput("amount", format_plain(amount, ctx.exp),
                       tr("is not a deposit; a card deposit is money in (positive)"))
    fee_rate, iva = _percent(p, "fee_rate"), _percent(p, "iva_rate")
    fixed = _amount(p, "fixed_fee", ctx)
    if not p.get("gross"):
        return None
    gross = _amount(p, "gross", ctx)
    deduction = gross - amount
    if deduction < 0:
        raise BadInput("gross", p["gross"], tr("is less than the deposit"))
    fee, fee_iva = extract_tax(deduction, iva)
    rate_fee = round_half_up(gross * fee_rate + fixed)
    return GrossCheck(gross, deduction, fee, fee_iva, fee_rate, fixed, rate_fee,
                      tax_on(rate_fee, iva))


def _card_deposit(ctx: Context, amount: int, p: Mapping[str, str]) -> list[TemplateLine]:
    check = _gross_check(ctx, amount, p)
    fee_rate, iva = _percent(p, "fee_rate"), _percent(p, "iva_rate")
    fixed = _amount(p, "fixed_fee", ctx)
    if check is not None:  # the gross on the statement wins over the fee rate
        gross, fee, fee_iva = check.gross, check.fee, check.fee_iva
    else:
        def deposit(g: int) -> int:
            f = round_half_up(g * fee_rate + fixed)
            return g - f - tax_on(f, iva)

        estimate = (amount + fixed * (1 + iva)) / (1 - fee_rate * (1 + iva))
        found = _solve(amount, estimate, deposit)
        if not found:
            raise BadInput(
                "amount", format_plain(amount, ctx.exp),
                tr("is not what any gross sale leaves at {fee_rate} + {fixed_fee} and IVA "
                   "{iva_rate}; give the processor's gross sale (gross=...)").format(
                       fee_rate=_pct(fee_rate), fixed_fee=format_plain(fixed, ctx.exp),
                       iva_rate=_pct(iva)),
            )
        gross = found[0]
        fee = round_half_up(gross * fee_rate + fixed)
        fee_iva = tax_on(fee, iva)
    base, sale_iva = extract_tax(gross, iva)
    return [
        ctx.line("none", base, category=p["sale_category"], purpose="sale", rate_bp=_bp(iva),
                 field_name="sale_category"),
        ctx.line("iva_output", sale_iva, rate_bp=_bp(iva), base=base, memo="IVA de la venta"),
        ctx.line("commission", -fee, category=p["fee_category"], rate_bp=_bp(iva),
                 field_name="fee_category", memo="Comisión"),
        ctx.line("iva_input", -fee_iva, rate_bp=_bp(iva), base=-fee, memo="IVA de la comisión"),
    ]


def _fee_withholding(ctx: Context, amount: int, p: Mapping[str, str]) -> list[TemplateLine]:
    iva, isr = _percent(p, "iva_rate"), _percent(p, "isr_rate")
    share = _fraction(p, "iva_withheld_fraction")
    sign = 1 if amount >= 0 else -1

    def parts(fees: int) -> tuple[int, int, int, int]:
        tax = tax_on(fees, iva)
        return fees, tax, tax_on(fees, isr), round_half_up(tax * share)

    def net(fees: int) -> int:
        f, tax, isr_w, iva_w = parts(fees)
        return f + tax - isr_w - iva_w

    if p.get("fees"):
        fees = abs(_amount(p, "fees", ctx))
        if net(fees) != abs(amount):
            raise BadInput("fees", p["fees"], tr(
                "leave {net} after withholdings, not the amount {amount}").format(
                    net=format_plain(sign * net(fees), ctx.exp),
                    amount=format_plain(amount, ctx.exp)))
    else:
        found = _solve(abs(amount), abs(amount) / (1 + iva - isr - iva * share), net)
        if not found:
            raise BadInput("amount", format_plain(amount, ctx.exp),
                           tr("is not what any fee leaves after these withholdings; give fees=..."))
        fees = found[0]
    f, tax, isr_w, iva_w = parts(fees)
    if sign > 0:  # Sandy invoiced a company that withheld: credits for her
        return [
            ctx.line("none", f, category=p["category"], purpose="fees", rate_bp=_bp(iva)),
            ctx.line("iva_output", tax, rate_bp=_bp(iva), base=f, memo=f"IVA {_pct(iva)}"),
            ctx.line("income_tax_withheld_credit", -isr_w, memo=f"ISR retenido {_pct(isr)}"),
            ctx.line("iva_withheld_credit", -iva_w, memo="IVA retenido"),
        ]
    return [  # Sandy paid a professional and withheld: she owes it to the tax office
        ctx.line("none", -f, category=p["category"], rate_bp=_bp(iva)),
        ctx.line("iva_input", -tax, rate_bp=_bp(iva), base=-f, memo=f"IVA {_pct(iva)}"),
        ctx.line("income_tax_withheld_payable", isr_w, memo=f"ISR retenido {_pct(isr)}"),
        ctx.line("iva_withheld_payable", iva_w, memo="IVA retenido"),
    ]


@dataclass(frozen=True)
class Invoice:
    """One invoice of a combined payment: what it says (its total with IVA, as printed,
    or its base when `with_tax` is False; a magnitude, the movement gives the sign),
    its IVA rate in percent as typed (empty: the book's current rate) and its category
    (empty: the book's default for purchases or sales)."""

    amount: int
    rate: str = ""
    category: str = ""
    with_tax: bool = True


def invoice_parts(amount: int, r: Fraction, with_tax: bool = True) -> tuple[int, int]:
    """(base, IVA) of one invoice, rounded half-up per invoice as the invoice does: from
    its total, base = round(total / (1 + rate)) and the IVA the rest (the invoice's own
    base comes back whenever its IVA was rounded half-up); from its base, IVA on it."""
    if with_tax:
        return extract_tax(amount, r)
    return amount, tax_on(amount, r)


def _invoice_lines(ctx: Context, amount: int, invoices: Sequence[Invoice], *,
                   rows: bool) -> list[TemplateLine]:
    """The lines of a payment of `invoices`: per invoice its base and its IVA. BadInput
    names the invoice (`invoices[2].rate`) when `rows`, else the command line's keys."""
    sign = -1 if amount < 0 else 1
    output = amount > 0
    lines: list[TemplateLine] = []
    for n, invoice in enumerate(invoices, start=1):
        where = f"invoices[{n}]"
        rate_text = invoice.rate.strip() or ctx.general_rate
        r = _percent({"rate": rate_text}, "rate", f"{where}.rate" if rows else "invoices")
        if invoice.amount == 0:
            raise BadInput(f"{where}.total" if rows else "invoices", "0", tr("is zero"))
        base, tax = invoice_parts(abs(invoice.amount), r, invoice.with_tax)
        base, tax = sign * base, sign * tax
        lines.append(ctx.line("none", base, category=invoice.category,
                              purpose="sale" if output else "purchase", rate_bp=_bp(r),
                              memo=f"Factura {n}",
                              field_name=f"{where}.category" if rows else "categories"))
        if tax:
            lines.append(ctx.line("iva_output" if output else "iva_input", tax, rate_bp=_bp(r),
                                  base=base, memo=f"IVA factura {n}"))
    return lines


def _invoices_add_up(ctx: Context, amount: int, lines: Sequence[TemplateLine], field: str,
                     value: str) -> None:
    total = sum(line.amount for line in lines)
    if total != amount:
        raise BadInput(field, value,
                       tr("add up to {total} with their IVA, not to the amount "
                          "{amount}").format(total=format_plain(total, ctx.exp),
                                             amount=format_plain(amount, ctx.exp)))


def _combined_payment(ctx: Context, amount: int, p: Mapping[str, str]) -> list[TemplateLine]:
    """From the command line: `totals=TOTAL@RATE;...` (the invoices' totals, IVA
    included) or `invoices=BASE@RATE;...` (their bases), and `categories=C1|C2|...`."""
    if p.get("totals") and p.get("invoices"):
        raise BadInput("totals", p["totals"],
                       tr("and invoices= both list the invoices; give one"))
    key = "totals" if p.get("totals") else "invoices"
    specs = [s for s in (part.strip() for part in p[key].split(";")) if s]
    if not specs:
        raise BadInput(key, p[key], tr("is empty; give TOTAL@RATE;TOTAL@RATE;...")
                       if key == "totals" else tr("is empty; give BASE@RATE;BASE@RATE;..."))
    categories = [c.strip() for c in p["categories"].split("|")] if p["categories"] else []
    if categories and len(categories) != len(specs):
        raise BadInput("categories", p["categories"],
                       tr("names {categories} for {invoices}").format(
                           categories=plural(len(categories), tr("1 category"),
                                             tr("{n} categories")).format(n=len(categories)),
                           invoices=plural(len(specs), tr("1 invoice"),
                                           tr("{n} invoices")).format(n=len(specs))))
    invoices = []
    for i, spec in enumerate(specs):
        figure, at, rate_text = spec.partition("@")
        if not at:
            raise BadInput(key, spec, tr("is not TOTAL@RATE (like 1432.09@16)")
                           if key == "totals" else tr("is not BASE@RATE (like 1234.56@16)"))
        invoices.append(Invoice(parse_cli_amount(figure, ctx.exp, key), rate_text,
                                categories[i] if categories else "", with_tax=key == "totals"))
    lines = _invoice_lines(ctx, amount, invoices, rows=False)
    _invoices_add_up(ctx, amount, lines, key, p[key])
    return lines


def _partial_payment(ctx: Context, amount: int, p: Mapping[str, str]) -> list[TemplateLine]:
    total = abs(_amount(p, "invoice_total", ctx))
    invoice_iva = abs(_amount(p, "invoice_iva", ctx))
    before = abs(_amount(p, "paid_before", ctx))
    paid = abs(amount)
    if total == 0:
        raise BadInput("invoice_total", p["invoice_total"], tr("must not be zero"))
    if invoice_iva > total:
        raise BadInput("invoice_iva", p["invoice_iva"], tr("is more than the invoice total"))
    if before + paid > total:
        raise BadInput("amount", format_plain(amount, ctx.exp),
                       tr("is more than what is left of the invoice ({left})").format(
                           left=format_plain(total - before, ctx.exp)))
    share = Fraction(invoice_iva, total)
    tax = round_half_up((before + paid) * share) - round_half_up(before * share)
    sign = -1 if amount < 0 else 1
    output = amount > 0
    return [
        ctx.line("none", sign * (paid - tax), category=p["category"],
                 purpose="sale" if output else "purchase"),
        ctx.line("iva_output" if output else "iva_input", sign * tax,
                 base=sign * (paid - tax), memo="IVA proporcional"),
    ]


def _params(*items: tuple[str, str, str, str]) -> tuple[TemplateParam, ...]:
    return tuple(TemplateParam(*item) for item in items)


#: Titles, descriptions and parameter labels are source text: `list_templates` gives
#: them in the interface's language.
BUILTINS: dict[str, tuple[TemplateInfo, Callable[[Context, int, Mapping[str, str]],
                                                  list[TemplateLine]]]] = {
    "purchase-iva": (
        TemplateInfo("purchase-iva", QT_TR_NOOP("Purchase with IVA"), QT_TR_NOOP(
            "Expense and IVA paid (acreditable) from a tax-inclusive total."),
            _params(("rate", QT_TR_NOOP("IVA rate (%)"), "", "percent"),
                    ("category", QT_TR_NOOP("Expense category"), "", "category"))),
        _purchase_sale(output=False),
    ),
    "sale-iva": (
        TemplateInfo("sale-iva", QT_TR_NOOP("Sale with IVA"), QT_TR_NOOP(
            "Income and IVA charged (trasladado) from a tax-inclusive total."),
            _params(("rate", QT_TR_NOOP("IVA rate (%)"), "", "percent"),
                    ("category", QT_TR_NOOP("Income category"), "", "category"))),
        _purchase_sale(output=True),
    ),
    "card-deposit": (
        TemplateInfo("card-deposit", QT_TR_NOOP("Card/processor deposit"), QT_TR_NOOP(
            "Gross sale and its IVA, minus the processor's fee and the IVA on the fee, "
            "solved from the deposit (or from the gross on the statement)."),
            _params(("fee_rate", QT_TR_NOOP("Fee rate (%)"), "3.6", "percent"),
                    ("fixed_fee", QT_TR_NOOP("Fixed fee"), "0", "amount"),
                    ("iva_rate", QT_TR_NOOP("IVA rate (%)"), "", "percent"),
                    ("gross", QT_TR_NOOP("Gross sale (optional)"), "", "amount"),
                    ("sale_category", QT_TR_NOOP("Sales category"), "", "category"),
                    ("fee_category", QT_TR_NOOP("Fee category"), "", "category"))),
        _card_deposit,
    ),
    "fee-withholding": (
        TemplateInfo("fee-withholding", QT_TR_NOOP("Fee invoice with withholdings"), QT_TR_NOOP(
            "Professional fees with IVA, ISR withheld and part of the IVA withheld "
            "(positive: a client paid you; negative: you paid a professional)."),
            _params(("iva_rate", QT_TR_NOOP("IVA rate (%)"), "", "percent"),
                    ("isr_rate", QT_TR_NOOP("ISR withheld (%)"), "10", "percent"),
                    ("iva_withheld_fraction", QT_TR_NOOP("Share of IVA withheld"), "2/3",
                     "fraction"),
                    ("fees", QT_TR_NOOP("Fees before taxes (optional)"), "", "amount"),
                    ("category", QT_TR_NOOP("Fees category"), "", "category"))),
        _fee_withholding,
    ),
    "combined-payment": (
        TemplateInfo("combined-payment", QT_TR_NOOP("Combined payment"), QT_TR_NOOP(
            "One movement paying several invoices, each base plus IVA at its rate, rounded "
            "per invoice (never IVA on the combined total)."),
            _params(("invoices", QT_TR_NOOP("Invoices (BASE@RATE;...)"), "", "invoices"),
                    ("categories", QT_TR_NOOP("Categories (C1|C2|...)"), "", "categories"),
                    ("totals", QT_TR_NOOP("Invoice totals (TOTAL@RATE;...)"), "",
                     "invoices"))),
        _combined_payment,
    ),
    "partial-payment": (
        TemplateInfo("partial-payment", QT_TR_NOOP("Partial payment"), QT_TR_NOOP(
            "A payment of part of an invoice with its proportional IVA; the payments' IVA "
            "always adds up to the invoice's."),
            _params(("invoice_total", QT_TR_NOOP("Invoice total"), "", "amount"),
                    ("invoice_iva", QT_TR_NOOP("IVA of the invoice"), "", "amount"),
                    ("paid_before", QT_TR_NOOP("Paid before"), "0", "amount"),
                    ("category", QT_TR_NOOP("Category"), "", "category"))),
        _partial_payment,
    ),
}


# ---------------------------------------------------------------- user templates


def _user_templates(book: Book) -> dict[str, tuple[TemplateInfo, list[UserLine]]]:
    from app.store.models import SplitTemplate

    with book.read() as session:
        rows = session.execute(select(SplitTemplate.name, SplitTemplate.payload)).all()
    out = {}
    for name, payload in rows:
        data = json.loads(payload)
        lines = [UserLine(**line) for line in data.get("lines", [])]
        out[name] = (TemplateInfo(name, name, data.get("description", ""), (), builtin=False),
                     lines)
    return out


def _apply_user(ctx: Context, amount: int, lines: Sequence[UserLine]) -> list[TemplateLine]:
    amounts: list[int | None] = []
    for line in lines:
        if line.kind == "fixed":
            amounts.append(parse_cli_amount(line.value, ctx.exp, "value"))
        elif line.kind == "percent":
            amounts.append(round_half_up(amount * _percent({"v": line.value}, "v")))
        else:
            amounts.append(None)
    rest = amount - sum(a for a in amounts if a is not None)
    result = []
    for line, value in zip(lines, amounts, strict=True):
        role = "none"
        if line.category and line.category in ctx.by_name:
            role = next((r for r, (_cid, n) in ctx.by_role.items() if n == line.category), "none")
        cid = ctx.by_name.get(line.category)
        result.append(TemplateLine(cid, line.category if cid else "", role,
                                   rest if value is None else value, line.memo))
    return result


def save_user_template(book: Book, name: str, lines: Sequence[UserLine],
                       description: str = "") -> TemplateInfo:
    from app.store.models import SplitTemplate

    clean = " ".join(name.split())
    if not clean:
        raise BadInput("name", name, tr("is empty"))
    if clean in BUILTINS:
        raise BadInput("name", name, tr("is the name of a built-in template"))
    if not lines:
        raise BadInput("lines", 0, tr("a template needs at least one line"))
    for i, line in enumerate(lines):
        if line.kind not in ("fixed", "percent", "remainder"):
            raise BadInput(f"lines[{i + 1}].kind", line.kind,
                           tr("is not fixed, percent or remainder"))
    if sum(1 for line in lines if line.kind == "remainder") != 1:
        raise BadInput("lines", len(lines), tr("need exactly one remainder line"))
    ctx = Context.of(book)
    for i, line in enumerate(lines):
        if line.category and line.category not in ctx.by_name:
            raise BadInput(f"lines[{i + 1}].category", line.category, tr("is not a category"))
    _apply_user(ctx, 0, lines)  # validates the values
    payload = json.dumps({"description": description, "lines": [asdict(x) for x in lines]},
                         ensure_ascii=False)
    with book.write(action=QT_TR_NOOP("save templates")) as uow:
        existing = uow.session.scalars(
            select(SplitTemplate).where(SplitTemplate.name == clean)).first()
        if existing is None:
            row = SplitTemplate(name=clean, payload=payload, created_by=book.actor.name,
                                created_at=now_iso())
            uow.session.add(row)
            uow.session.flush()
            uow.record("create", "template", row.id, {"name": [None, clean]})
        else:
            uow.record("update", "template", existing.id, {"payload": [existing.payload,
                                                                      payload]})
            existing.payload = payload
    return TemplateInfo(clean, clean, description, (), builtin=False)


# ---------------------------------------------------------------- entry points


def _shown(info: TemplateInfo) -> TemplateInfo:
    """A built-in template's title, description and parameter labels in the
    interface's language (a saved template is shown as its owner named it)."""
    from dataclasses import replace

    return replace(info, title=tr(info.title), description=tr(info.description),
                   params=tuple(replace(p, label=tr(p.label)) for p in info.params))


def list_templates(book: Book | None = None) -> list[TemplateInfo]:
    """Every template: the built-in ones (in the interface's language), then the book's."""
    infos = [_shown(info) for info, _fn in BUILTINS.values()]
    if book is not None:
        infos += [info for info, _lines in _user_templates(book).values()]
    return infos


def _builtin_values(ctx: Context, name: str, given: Mapping[str, str]) -> dict[str, str]:
    """A built-in's keys as given, with the defaults for the others (a percentage
    left empty is the book's current IVA rate). Unknown keys raise BadInput."""
    info, _build = BUILTINS[name]
    keys = {param.key for param in info.params}
    unknown = sorted(set(given) - keys)
    if unknown:
        raise BadInput("--set", unknown[0],
                       tr("is not a key of {name} (keys: {items})").format(
                           name=name, items=', '.join(sorted(keys))))
    values = {param.key: param.default for param in info.params}
    values.update({k: v for k, v in given.items()})
    for param in info.params:
        if param.kind == "percent" and not values[param.key]:
            values[param.key] = ctx.general_rate
    return values


def template_context(book: Book | None) -> Context:
    """What the templates read of `book`, read once (the editor checks the values as
    they are typed without reading the book at each key)."""
    return Context.of(book) if book is not None else Context()


def apply_template(book: Book | None, name: str, amount: int,
                   params: Mapping[str, str] | None = None, *,
                   context: Context | None = None) -> list[TemplateLine]:
    """The lines `name` gives for the bank `amount` (minor units). Unknown or bad
    parameters raise BadInput naming the key. Lines always add up to `amount`."""
    ctx = context or template_context(book)
    given = dict(params or {})
    if name in BUILTINS:
        lines = BUILTINS[name][1](ctx, amount, _builtin_values(ctx, name, given))
    else:
        users = _user_templates(book) if book is not None else {}
        if name not in users:
            raise BadInput("template", name, tr("is not a template (see `cuentas templates list`)"))
        if given:
            raise BadInput("--set", next(iter(given)), tr("{name} takes no keys").format(name=name))
        lines = _apply_user(ctx, amount, users[name][1])
    assert sum(line.amount for line in lines) == amount, (name, lines)
    return lines


def template_applier(book: Book | None) -> Callable[[str, int, Mapping[str, str] | None],
                                                     list[TemplateLine]]:
    """`apply_template` for many amounts: the book's categories, rates and saved
    templates are read once (the importer's split rules apply one per movement)."""
    ctx = template_context(book)
    users = _user_templates(book) if book is not None else {}

    def apply(name: str, amount: int, params: Mapping[str, str] | None = None
              ) -> list[TemplateLine]:
        given = dict(params or {})
        if name in BUILTINS:
            lines = BUILTINS[name][1](ctx, amount, _builtin_values(ctx, name, given))
        else:
            if name not in users:
                raise BadInput("template", name,
                               tr("is not a template (see `cuentas templates list`)"))
            if given:
                raise BadInput("--set", next(iter(given)),
                               tr("{name} takes no keys").format(name=name))
            lines = _apply_user(ctx, amount, users[name][1])
        assert sum(line.amount for line in lines) == amount, (name, lines)
        return lines

    return apply


def apply_invoices(book: Book | None, amount: int, invoices: Sequence[Invoice]
                   ) -> list[TemplateLine]:
    """`combined-payment` from a table of invoices (the editor's): the lines for the
    bank `amount`. BadInput names the invoice and its column (`invoices[2].category`),
    or `invoices` when they do not add up to the amount."""
    ctx = template_context(book)
    if not invoices:
        raise BadInput("invoices", 0, tr("list no invoice; give at least one"))
    lines = _invoice_lines(ctx, amount, invoices, rows=True)
    _invoices_add_up(ctx, amount, lines, "invoices", str(len(invoices)))
    return lines


def check_gross(book: Book | None, amount: int, params: Mapping[str, str] | None = None, *,
                context: Context | None = None) -> GrossCheck | None:
    """For `card-deposit` given a gross sale: how the gross and the fee rate compare
    (None without a gross). Raises BadInput as `apply_template` would."""
    ctx = context or template_context(book)
    return _gross_check(ctx, amount, _builtin_values(ctx, "card-deposit", dict(params or {})))


def scale_lines(lines: Sequence[TemplateLine], total: int) -> list[TemplateLine]:
    """The same lines in the same proportions for a new total (payee suggestions)."""
    weights = [line.amount for line in lines]
    if not lines or sum(weights) == 0:
        return list(lines)
    from dataclasses import replace

    return [replace(line, amount=a) for line, a in zip(lines, allocate(total, weights),
                                                       strict=True)]


def last_split_for_payee(book: Book, payee: str) -> list[TemplateLine] | None:
    """The lines of the payee's most recent split transaction, as a suggestion."""
    from sqlalchemy import exists, func, literal
    from sqlalchemy.orm import aliased

    from app.ledger.transactions import get_transaction
    from app.store.models import Split, Transaction

    wanted = payee.strip()
    if not wanted:
        return None
    second_line = aliased(Split)
    with book.read() as session:
        txn_id = session.scalar(
            select(Transaction.id)
            .where(func.lower(Transaction.payee) == func.lower(literal(wanted)))
            .where(exists().where(second_line.transaction_id == Transaction.id,
                                  second_line.position == 1))
            .order_by(Transaction.date.desc(), Transaction.id.desc())
            .limit(1)
        )
    if txn_id is None:
        return None
    view = get_transaction(book, txn_id)
    return [
        TemplateLine(line.category_id, line.category, line.category_role, line.amount, line.memo,
                     line.tax_rate_bp, line.taxable_base)
        for line in view.lines
        if line.transfer_account_id is None
    ] or None
