"""QIF export: every account's register with its splits, read back by `app.imports.qif`
(and by GnuCash, KMyMoney, Quicken) to the same books.

The file starts with the account list (`!Option:AutoSwitch`) and the category list
(`!Type:Cat`, `I` for income, `E` otherwise; the description `cuentas kind=… role=…`
keeps the kind and tax role for a Cuentas that reads it back), then, per account, an
`!Account` record and its register: an `Opening Balance` record (`L[Account]`, the
Quicken convention) when the account has one, then each transaction — `D` as
`MM/DD/YYYY`, `T`, `N`, `P`, `M`, `C*` when cleared, and `L` with the one category or
`[Account]`, or `S`/`$`/`E` lines for a split. A transfer appears in both accounts, as
in Quicken's own exports; the importer writes it once.
"""

from __future__ import annotations

from app.exports import rows
from app.money import format_plain
from app.store.book import Book

TYPES = {"bank": "Bank", "cash": "Cash", "credit_card": "CCard", "other": "Oth A"}


def _one_line(text: str) -> str:
    return " ".join(text.split()) if "\n" in text or "\r" in text else text


def _date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{month}/{day}/{year}"


def write_qif(book: Book, account_id: int | None = None) -> str:
    exp = book.info.exp
    accounts = rows.accounts(book, account_id)
    out: list[str] = []
    if account_id is None and len(accounts) > 1:
        out.append("!Option:AutoSwitch")
        for account in accounts:
            out += ["!Account", f"N{account.name}", f"T{TYPES.get(account.kind, 'Bank')}", "^"]
        out.append("!Clear:AutoSwitch")
    categories = rows.categories(book)
    if categories:
        out.append("!Type:Cat")
        for cat in categories:
            out += [f"N{cat.full_name}", f"Dcuentas kind={cat.kind} role={cat.role}",
                    "I" if cat.kind == "income" else "E", "^"]
    for account in accounts:
        kind = TYPES.get(account.kind, "Bank")
        out += ["!Account", f"N{account.name}", f"T{kind}", "^", f"!Type:{kind}"]
        txns = rows.transactions(book, account)
        first = next(txns, None)
        if account.opening:
            day = first.date if first is not None else "2000-01-01"
            out += [f"D{_date(day)}", f"T{format_plain(account.opening, exp)}", "CX",
                    "POpening Balance", f"L[{account.name}]", "^"]
        if first is None:
            continue
        for txn in (first, *txns):
            out.append(f"D{_date(txn.date)}")
            out.append(f"T{format_plain(txn.amount, exp)}")
            if txn.cleared:
                out.append("C*")
            if txn.reference:
                out.append(f"N{_one_line(txn.reference)}")
            if txn.payee:
                out.append(f"P{_one_line(txn.payee)}")
            if txn.memo:
                out.append(f"M{_one_line(txn.memo)}")
            if len(txn.lines) == 1:
                if txn.lines[0].target:
                    out.append(f"L{txn.lines[0].target}")
            else:
                for line in txn.lines:
                    out.append(f"S{line.target}")
                    if line.memo:
                        out.append(f"E{_one_line(line.memo)}")
                    out.append(f"${format_plain(line.amount, exp)}")
            out.append("^")
    return "\n".join(out) + "\n"
