"""What the exporters read: one account at a time, its transactions by date with their
lines in order, a transfer line named `[Account]` with its mirror's transaction."""

from __future__ import annotations

from app.exports import rows
from app.ledger.accounts import add_account
from app.ledger.categories import add_category
from app.ledger.transactions import LineInput, TransactionInput, save_transaction
from app.store.book import Book


def test_an_account_its_transactions_and_their_lines(book: Book) -> None:
    bank = add_account(book, "Banco", opening_cents=50000)
    cash = add_account(book, "Caja", kind="cash")
    rent = add_category(book, "Gastos:Renta", "expense")
    later = save_transaction(book, TransactionInput(bank.id, "2026-02-01", -30000, payee="Renta",
                                                    lines=(
        LineInput(-25000, category_id=rent.id, memo="febrero"),
        LineInput(-5000, transfer_account_id=cash.id))))
    earlier = save_transaction(book, TransactionInput(bank.id, "2026-01-15", -1000,
                                                      payee="Sin categoría"))
    assert [(a.name, a.kind, a.opening) for a in rows.accounts(book)] == [
        ("Banco", "bank", 50000), ("Caja", "cash", 0)]
    only = rows.accounts(book, cash.id)
    assert [a.name for a in only] == ["Caja"]
    txns = list(rows.transactions(book, rows.accounts(book, bank.id)[0]))
    assert [t.id for t in txns] == [earlier.id, later.id]
    assert [line.target for line in txns[0].lines] == [""]
    first, second = txns[1].lines
    assert (first.target, first.category_kind, first.amount, first.memo) == (
        "Gastos:Renta", "expense", -25000, "febrero")
    assert (second.target, second.transfer, second.amount) == ("[Caja]", "Caja", -5000)
    mirror = list(rows.transactions(book, only[0]))
    assert second.counterpart_txn == mirror[0].id
    assert mirror[0].lines[0].target == "[Banco]" and mirror[0].amount == 5000
    assert "Gastos:Renta" in {c.full_name for c in rows.categories(book)}
