"""The preview of an import: every row of the file as new, duplicate or invalid, with
the reason, the split rules applied, and what the book is missing.

Nothing is written here. `build_preview` reads the book once (accounts, categories,
and the transactions of the file's accounts and dates) and decides, row by row:

* **invalid** — what the parser found (a date that does not exist, an amount that is
  not one, a record cut short), splits that do not add up to the total (unless the
  user chose to take the splits' sum), an archived category or account, a transfer to
  the row's own account;
* **duplicate** — the same FITID as a transaction imported before or earlier in the
  file; else the same date, amount and payee (spacing and case aside) as a
  transaction in the account, each one in the book standing for one row of the file,
  so two real coffees of the same price on the same day stay two; else the other side
  of a transfer that is in the book already, or that a row earlier in this file
  creates (QIF exports of several accounts and Monefy's CSV give each transfer twice);
* **new** — everything else; split rules (`app.imports.rules`) turn the new rows whose
  payee they match into the template's lines.

Categories and accounts the new rows need and the book lacks are listed with the kind
they would get (the file's category list says income or expense, else the sign of the
line); they are created only when the user confirms (`app.imports.commit`). An
opening-balance record sets the account's opening balance when it has none.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from app.errors import BadInput
from app.i18n import QT_TR_NOOP, tr
from app.imports.model import ImportedLine, ImportedTransaction, ParsedFile, Skipped
from app.imports.rules import SplitRule, first_match
from app.money import format_plain
from app.store.book import Book
from app.store.models import Account, Category, ImportLink, Split, Transaction

NEW, DUPLICATE, INVALID = "new", "duplicate", "invalid"
STATUSES = (NEW, DUPLICATE, INVALID)
SPLIT_MISMATCH = ("reject", "take-splits")
MAX_TEXT = 2000


@dataclass(frozen=True)
class ImportOptions:
    """The user's choices: what to do with splits that do not add up to the total
    (`reject` the row, or `take-splits`: the sum of the splits becomes the amount),
    and whether split rules apply."""

    split_mismatch: str = "reject"
    apply_rules: bool = True


#: A line of the preview is a line of the file, its target made the book's spelling.
PreviewLine = ImportedLine


@dataclass(slots=True)
class PreviewRow:
    """One row of the file as the import would take it (slotted, not frozen, for speed
    like `app.imports.model`; read-only by convention)."""

    index: int
    line: int
    account: str
    date: str
    amount: int | None
    payee: str
    memo: str
    reference: str
    cleared: bool
    fitid: str
    lines: tuple[PreviewLine, ...]
    status: str
    reason: str = ""
    rule: str = ""
    opening: bool = False
    warnings: tuple[str, ...] = ()


@dataclass
class Preview:
    """What an import would do. `rows` in file order; `account` is the chosen one."""

    file_name: str
    format: str
    encoding: str
    sha256: str
    account_id: int
    account: str
    options: ImportOptions
    rows: list[PreviewRow] = field(default_factory=list)
    missing_categories: list[tuple[str, str]] = field(default_factory=list)
    missing_accounts: list[tuple[str, str]] = field(default_factory=list)
    memorized: list[ImportedTransaction] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    rules: list[SplitRule] = field(default_factory=list)
    exp: int = 2
    #: Folded category name -> tax role for categories the import would create.
    category_roles: dict[str, str] = field(default_factory=dict)

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)

    @property
    def ruled(self) -> int:
        return sum(1 for row in self.rows if row.rule and row.status == NEW)


# ---------------------------------------------------------------- the book's names


@dataclass
class Names:
    """The book's accounts and categories by folded name (read once per preview)."""

    accounts: dict[str, tuple[int, str, bool, int]] = field(default_factory=dict)
    categories: dict[str, tuple[int, str, str, bool]] = field(default_factory=dict)
    account_by_id: dict[int, str] = field(default_factory=dict)

    @classmethod
    def read(cls, session: Session) -> Names:
        names = cls()
        for acc_id, name, archived, opening in session.execute(
                select(Account.id, Account.name, Account.archived,
                       Account.opening_balance_cents)):
            names.accounts[fold(name)] = (acc_id, name, bool(archived), opening)
            names.account_by_id[acc_id] = name
        for cat_id, full, kind, archived in session.execute(
                select(Category.id, Category.full_name, Category.kind, Category.archived)):
            names.categories[fold(full)] = (cat_id, full, kind, bool(archived))
        return names


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """A name as compared: case and runs of spaces aside."""
    return " ".join(text.casefold().split())


_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f]")


def _plain(value: str) -> bool:
    """Text that needs no cleaning (most of it: checked in C, no regular expression)."""
    return value.isprintable() and len(value) <= MAX_TEXT


CUT = {"payee": QT_TR_NOOP("line {line}: the payee is cut to {n} characters"),
       "memo": QT_TR_NOOP("line {line}: the memo is cut to {n} characters"),
       "line memo": QT_TR_NOOP("line {line}: the line memo is cut to {n} characters"),
       "reference": QT_TR_NOOP("line {line}: the reference is cut to {n} characters")}


def _clean_text(value: str, what: str, warnings: list[str], line: int) -> str:
    """`value` without control characters and at most MAX_TEXT long (`what`: a key of
    CUT, saying which text it is)."""
    what = CUT[what]
    if _CONTROL.search(value):
        value = _CONTROL.sub(" ", value)
    if len(value) > MAX_TEXT:
        warnings.append(tr(what).format(line=line, n=f"{MAX_TEXT:,}"))
        value = value[:MAX_TEXT]
    return value


# ---------------------------------------------------------------- building


def build_preview(book: Book, parsed: ParsedFile, account_id: int, *,
                  options: ImportOptions = ImportOptions(),
                  rules: Sequence[SplitRule] | None = None, file_name: str = "",
                  encoding: str = "", sha256: str = "") -> Preview:
    """Classify every row of `parsed` for an import into `account_id` (see the module
    docstring). `rules` default to the book's own."""
    if options.split_mismatch not in SPLIT_MISMATCH:
        raise BadInput("split_mismatch", options.split_mismatch,
                       tr("is not one of {items}").format(items=", ".join(SPLIT_MISMATCH)))
    from app.imports.rules import list_rules

    active = list(rules) if rules is not None else list_rules(book)
    with book.read() as session:
        names = Names.read(session)
        if account_id not in names.account_by_id:
            raise BadInput("--account", account_id, "is not an account of this book")
        chosen = names.account_by_id[account_id]
        preview = Preview(file_name, parsed.format, encoding or parsed.encoding, sha256,
                          account_id, chosen, options, memorized=list(parsed.memorized),
                          skipped=list(parsed.skipped), notes=list(parsed.notes),
                          rules=active, exp=book.info.exp,
                          category_roles={fold(k): v for k, v in
                                          parsed.category_roles.items()})
        rows = _prepare(parsed, names, chosen, options, book.info.exp)
        rows = classify(session, rows, names)
    if options.apply_rules and active:
        rows = _apply_rules(book, rows, active, names)
    preview.rows = rows
    preview.missing_categories, preview.missing_accounts = missing(rows, names, parsed)
    return preview


def _aliases(parsed: ParsedFile, chosen: str) -> dict[str, str]:
    """A file that names one account only (a QIF `!Account`, a CSV account column with
    one value) is that account's statement: it goes into the chosen account."""
    named = {fold(t.account) for t in parsed.transactions if t.account}
    named |= {fold(a) for a in parsed.accounts}
    if len(named) == 1:
        return {named.pop(): chosen}
    return {}


def _prepare(parsed: ParsedFile, names: Names, chosen: str, options: ImportOptions,
             exp: int) -> list[PreviewRow]:
    aliases = _aliases(parsed, chosen)

    def account_name(name: str) -> str:
        if not name:
            return chosen
        name = aliases.get(fold(name), name)
        found = names.accounts.get(fold(name))
        return found[1] if found else " ".join(name.split())

    openings: set[str] = set()
    rows = []
    for index, t in enumerate(parsed.transactions):
        warnings = list(t.warnings)
        errors = list(t.errors)
        account = account_name(t.account)
        lines = []
        for line in t.lines:
            target = line.target
            other = line.transfer
            if other is not None:
                other = account_name(other)
                target = f"[{other}]"
                if fold(other) == fold(account):
                    errors.append(tr("line {line}: a line transfers to the row's own "
                                     "account {account}").format(line=t.line, account=account))
                elif (found := names.accounts.get(fold(other))) and found[2]:
                    errors.append(tr("line {line}: the account {account} is archived").format(
                        line=t.line, account=other))
            elif target:
                cat = names.categories.get(fold(target))
                if cat is not None:
                    target = cat[1]
                    if cat[3]:
                        errors.append(tr("line {line}: the category {category} is archived"
                                         ).format(line=t.line, category=target))
            memo = line.memo
            if not (memo.isprintable() and len(memo) <= MAX_TEXT):  # the rare case
                memo = _clean_text(memo, "line memo", warnings, t.line)
            lines.append(line if target == line.target and memo is line.memo
                         else ImportedLine(target, line.amount, memo))
        amount = t.amount
        if t.stated_total is not None and amount is not None:
            total = sum(x.amount for x in lines)
            if options.split_mismatch == "take-splits":
                warnings.append(tr("line {line}: the splits add up to {sum}, not the total "
                                   "{total}; the splits' sum is taken").format(
                    line=t.line, sum=format_plain(total, exp), total=format_plain(amount, exp)))
                amount = total
            else:
                errors.append(tr("line {line}: the splits add up to {sum}, not the total "
                                 "{total} (choose to take the splits' sum to import it)"
                                 ).format(line=t.line, sum=format_plain(total, exp),
                                          total=format_plain(amount, exp)))
        if t.kind == "transaction" and not errors and amount is not None and not lines:
            lines = [ImportedLine("", amount)]
        opening = t.kind == "opening"
        if opening and not errors:
            if fold(account) in openings:
                errors.append(tr("line {line}: a second opening balance for {account}").format(
                    line=t.line, account=account))
            openings.add(fold(account))
        status = INVALID if errors or amount is None else NEW
        rows.append(PreviewRow(
            index=index, line=t.line, account=account, date=t.date, amount=amount,
            payee=t.payee if _plain(t.payee) else _clean_text(t.payee, "payee", warnings,
                                                                t.line),
            memo=t.memo if _plain(t.memo) else _clean_text(t.memo, "memo", warnings, t.line),
            reference=(t.reference if _plain(t.reference) else _clean_text(
                t.reference, "reference", warnings, t.line))[:200],
            cleared=t.cleared, fitid=t.fitid[:255], lines=tuple(lines), status=status,
            reason="; ".join(errors), opening=opening, warnings=tuple(warnings)))
    return rows


# ---------------------------------------------------------------- duplicates


def classify(session: Session, rows: list[PreviewRow], names: Names) -> list[PreviewRow]:
    """Mark duplicates among the `new` rows (module docstring), in file order."""
    candidates = [r for r in rows if r.status == NEW and not r.opening]
    ids = {fold(r.account): names.accounts[fold(r.account)][0] for r in candidates
           if fold(r.account) in names.accounts}
    book_rows: dict[tuple[int, str, int, str], list[str]] = defaultdict(list)
    book_transfers: Counter[tuple[int, str, int, int]] = Counter()
    book_fitids: dict[tuple[int, str], str] = {}
    if ids:
        dates = [r.date for r in candidates if fold(r.account) in ids]
        low, high = min(dates), max(dates)
        accounts = sorted(set(ids.values()))
        for acc_, day, amount, payee, fitid in session.execute(
                select(Transaction.account_id, Transaction.date, Transaction.amount_cents,
                       Transaction.payee, ImportLink.fitid)
                .outerjoin(ImportLink, ImportLink.transaction_id == Transaction.id)
                .where(Transaction.account_id.in_(accounts),
                       Transaction.date.between(low, high))):
            book_rows[(acc_, day, amount, fold(payee))].append(fitid or "")
        for acc_, fitid, day in session.execute(
                select(Transaction.account_id, ImportLink.fitid, Transaction.date)
                .join(ImportLink, ImportLink.transaction_id == Transaction.id)
                .where(Transaction.account_id.in_(accounts), ImportLink.fitid != "")):
            book_fitids[(acc_, fitid)] = day
        for acc_, day, amount, other in session.execute(
                select(Transaction.account_id, Transaction.date, Split.amount_cents,
                       Split.transfer_account_id)
                .join(Split, and_(Split.transaction_id == Transaction.id,
                                  Split.transfer_account_id.is_not(None),
                                  Split.amount_cents == Transaction.amount_cents))
                .where(Transaction.account_id.in_(accounts),
                       Transaction.date.between(low, high))):
            book_transfers[(acc_, day, amount, other or -1)] += 1
    seen_fitids: dict[tuple[str, str], int] = {}
    out = []
    for row in rows:
        if row.status != NEW or row.opening:
            out.append(_opening(row, names) if row.opening and row.status == NEW else row)
            continue
        acc = fold(row.account)
        acc_id = ids.get(acc)
        reason = ""
        assert row.amount is not None
        if row.fitid and (acc, row.fitid) in seen_fitids:
            reason = tr("the same FITID as line {line}").format(
                line=seen_fitids[(acc, row.fitid)])
        elif row.fitid and acc_id is not None and (acc_id, row.fitid) in book_fitids:
            reason = tr("the same FITID as a transaction of {date} imported before").format(
                date=book_fitids[(acc_id, row.fitid)])
        elif acc_id is not None:
            found = book_rows.get((acc_id, row.date, row.amount, fold(row.payee)))
            if found:
                usable = [i for i, f in enumerate(found)
                          if not f or not row.fitid or f == row.fitid]
                if usable:
                    found.pop(usable[0])
                    reason = tr("the same date, amount and payee as a transaction in the "
                                "book")
        single = _single_transfer(row)
        if not reason and single is not None and acc_id is not None:
            key = (acc_id, row.date, row.amount,
                   names.accounts[fold(single)][0] if fold(single) in names.accounts else -1)
            if book_transfers[key] > 0:
                book_transfers[key] -= 1
                reason = tr("the other side of a transfer already in the book")
        if row.fitid:
            seen_fitids.setdefault((acc, row.fitid), row.line)
        out.append(replace(row, status=DUPLICATE, reason=reason) if reason else row)
    return _pair_transfers(out)


def _pair_transfers(rows: list[PreviewRow]) -> list[PreviewRow]:
    """A transfer the file gives from both sides is written once: a row that is a lone
    transfer line matching a transfer line of another new row (other account, same
    date, opposite amount) is the other side. Of two lone transfers, the later in the
    file goes; against a split, the lone transfer goes wherever it stands."""
    new = [r for r in rows if r.status == NEW and not r.opening]
    by_index = {r.index: r for r in new}
    lines: dict[tuple[str, str, str, int], list[int]] = defaultdict(list)
    for r in new:
        for line in r.lines:
            if line.transfer is not None:
                lines[(fold(r.account), fold(line.transfer), r.date, line.amount)].append(r.index)
    dropped: dict[int, int] = {}
    for s in new:
        other = _single_transfer(s)
        if other is None or s.index in dropped:
            continue
        assert s.amount is not None
        own = (fold(s.account), fold(other), s.date, s.amount)
        partner_key = (fold(other), fold(s.account), s.date, -s.amount)
        pick = next((i for i in lines.get(partner_key, ())
                     if i != s.index and i not in dropped
                     and (_single_transfer(by_index[i]) is None or i < s.index)), None)
        if pick is None:
            continue
        dropped[s.index] = pick
        lines[partner_key].remove(pick)
        lines[own].remove(s.index)
    return [replace(r, status=DUPLICATE, reason=tr(
        "the other side of the transfer on line {line}").format(
            line=by_index[dropped[r.index]].line)) if r.index in dropped else r
            for r in rows]


def _single_transfer(row: PreviewRow) -> str | None:
    if len(row.lines) == 1 and row.lines[0].transfer is not None:
        return row.lines[0].transfer
    return None


def _opening(row: PreviewRow, names: Names) -> PreviewRow:
    found = names.accounts.get(fold(row.account))
    current = found[3] if found else 0
    if row.amount == current:
        return replace(row, status=DUPLICATE,
                       reason=tr("the account's opening balance is this amount already"))
    if current != 0:
        return replace(row, status=INVALID,
                       reason=tr("line {line}: the account has another opening balance; it "
                                 "is not changed").format(line=row.line))
    return row


# ---------------------------------------------------------------- rules and what is missing


def _apply_rules(book: Book, rows: list[PreviewRow], rules: Sequence[SplitRule],
                 names: Names) -> list[PreviewRow]:
    from app.ledger.templates import template_applier

    apply: Callable[[str, int, Mapping[str, str] | None], Any] | None = None
    out = []
    for row in rows:
        if (row.status != NEW or row.opening or len(row.lines) != 1
                or row.lines[0].transfer is not None or row.amount is None):
            out.append(row)
            continue
        acc = names.accounts.get(fold(row.account))
        rule = first_match(list(rules), row.payee, row.memo, acc[0] if acc else None)
        if rule is None:
            out.append(row)
            continue
        if apply is None:
            apply = template_applier(book)
        try:
            made = apply(rule.template, row.amount, rule.params)
        except BadInput as exc:
            out.append(replace(row, warnings=(*row.warnings, tr(
                "the rule {rule} does not apply: {reason}").format(rule=rule.name,
                                                                  reason=exc.reason))))
            continue
        lines = tuple(ImportedLine(t.category, t.amount, t.memo, t.tax_rate_bp, t.taxable_base)
                      for t in made)
        out.append(replace(row, lines=lines, rule=rule.name))
    return out


def missing(rows: Sequence[PreviewRow], names: Names, parsed: ParsedFile | None = None, *,
            decided: Sequence[tuple[str, str]] = ()
            ) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(categories, accounts) the new rows need and the book lacks, each with the kind
    it would be created with, in the order they first appear.

    A subcategory has its parent's kind (`app.ledger.categories`), so a whole tree has
    one: a new category under one the book has takes that one's kind; a new tree takes
    the kind the file's category list gives its top (or the category itself), else the
    sign of its first line — and every other new category of that tree follows it.
    `decided` (the preview's list) keeps the commit to the kinds the preview showed."""
    kinds = {fold(k): v for k, v in (parsed.categories if parsed else {}).items()}
    account_kinds = {fold(k): v for k, v in (parsed.accounts if parsed else {}).items()}
    categories: dict[str, tuple[str, str]] = {}
    accounts: dict[str, tuple[str, str]] = {}
    trees: dict[str, str] = {}  # the folded top of a new tree -> its kind
    for name, kind in decided:
        trees.setdefault(fold(name.split(":")[0]), kind)

    def kind_of(target: str, amount: int) -> str:
        parts = [fold(p) for p in target.split(":")]
        for depth in range(len(parts) - 1, 0, -1):
            found = names.categories.get(":".join(parts[:depth]))
            if found is not None:
                return found[2]
        top = parts[0]
        if top not in trees:
            trees[top] = (kinds.get(top) or kinds.get(":".join(parts))
                          or ("income" if amount > 0 else "expense"))
        return trees[top]

    def need_account(name: str) -> None:
        key = fold(name)
        if key not in names.accounts and key not in accounts:
            accounts[key] = (name, account_kinds.get(key, "bank"))

    for row in rows:
        if row.status != NEW:
            continue
        need_account(row.account)
        for line in row.lines:
            if line.transfer is not None:
                need_account(line.transfer)
            elif line.target:
                key = fold(line.target)
                if key not in names.categories and key not in categories:
                    categories[key] = (line.target, kind_of(line.target, line.amount))
    return list(categories.values()), list(accounts.values())
