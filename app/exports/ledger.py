"""A plain-text journal that ledger and hledger read, with the same totals as Cuentas.

Accounts become `Assets:<name>` (`Liabilities:<name>` for credit cards); categories
`Income:…`, `Expenses:…`, `Taxes:…` by kind, keeping their `Parent:Child` tree; lines
to no category go to `Uncategorized`; opening balances are a transaction against
`Equity:Opening Balances` on the account's first date. Each transaction posts its
amount to its own account and each line's amount, with the opposite sign, to the
line's category (double entry: Cuentas' lines are signed from the bank's side, so an
expense of −1,000.00 is `Expenses:… 1000.00`). Plain-text accounting shows income
negative: `hledger bal Income:Ventas` is minus Cuentas' category total, to the cent.

A transfer is two transactions in Cuentas (one per account, lines paired as
counterparts); the journal posts it once, at the line written first (the lower line
id), and the other side keeps only its other lines — a transaction left with none is
not written. Amounts are `-1160.00 MXN`; dates ISO; `*` marks cleared transactions,
the reference is the `(code)`, memos are `;` comments.
"""

from __future__ import annotations

from app.exports import rows
from app.money import format_plain
from app.store.book import Book

ROOTS = {"income": "Income", "expense": "Expenses", "tax": "Taxes"}
EQUITY = "Equity:Opening Balances"
UNCATEGORIZED = "Uncategorized"


def _name(text: str) -> str:
    """An account-name part ledger reads back as written: no runs of spaces, tabs or
    newlines (two spaces end a name), no leading bracket or parenthesis (virtual)."""
    clean = " ".join(text.split())
    return clean.lstrip("([").strip() or "?"


def account_name(name: str, kind: str) -> str:
    root = "Liabilities" if kind == "credit_card" else "Assets"
    return f"{root}:{_name(name.replace(':', '-'))}"


def category_name(full_name: str, kind: str) -> str:
    if not full_name:
        return UNCATEGORIZED
    parts = [_name(part) for part in full_name.split(":")]
    return ":".join([ROOTS.get(kind, "Expenses"), *parts])


def _text(value: str) -> str:
    return " ".join(value.split())


def write_ledger(book: Book, account_id: int | None = None) -> str:
    exp = book.info.exp
    currency = book.info.currency
    all_accounts = rows.accounts(book)
    kinds = {a.name: a.kind for a in all_accounts}
    chosen = [a for a in all_accounts if account_id is None or a.id == account_id]
    exported = set()
    entries: list[tuple[str, int, list[str]]] = []
    txns = []
    for account in chosen:
        first_date = ""
        for txn in rows.transactions(book, account):
            first_date = first_date or txn.date
            txns.append(txn)
            exported.add(txn.id)
        if account.opening:
            own = account_name(account.name, account.kind)
            day = first_date or "2000-01-01"
            entries.append((day, -1, [
                f"{day} * Opening balance", _posting(own, account.opening, exp, currency),
                _posting(EQUITY, -account.opening, exp, currency)]))
    for txn in txns:
        kept = [line for line in txn.lines
                if not (line.transfer is not None and line.counterpart_txn in exported
                        and line.counterpart_id is not None and line.counterpart_id < line.id)]
        if not kept:
            continue
        own = account_name(txn.account.name, txn.account.kind)
        head = txn.date + (" *" if txn.cleared else "")
        if txn.reference:
            head += f" ({_text(txn.reference).replace(')', ']')})"
        payee = _text(txn.payee)
        if payee.startswith("(") and not txn.reference:
            payee = "[" + payee[1:]
        lines = [f"{head} {payee}".rstrip()]
        if txn.memo:
            lines.append(f"    ; {_text(txn.memo)}")
        lines.append(_posting(own, sum(line.amount for line in kept), exp, currency))
        for line in kept:
            if line.transfer is not None:
                target = account_name(line.transfer, kinds.get(line.transfer, "bank"))
            else:
                target = category_name(line.category, line.category_kind)
            lines.append(_posting(target, -line.amount, exp, currency, line.memo))
        entries.append((txn.date, txn.id, lines))
    entries.sort(key=lambda e: (e[0], e[1]))
    title = [f"; Exported from Cuentas: {_text(book.display_name)} ({currency})", ""]
    return "\n".join(title + ["\n".join(lines) + "\n" for _d, _i, lines in entries])


def _posting(account: str, amount: int, exp: int, currency: str, memo: str = "") -> str:
    text = f"    {account}  {format_plain(amount, exp)} {currency}"
    return text + (f"  ; {_text(memo)}" if memo.strip() else "")
