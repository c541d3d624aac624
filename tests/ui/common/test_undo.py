"""Undo and redo of every edit: creation, edit, deletion, conversion to a split and
back, a template applied, cleared flags; commands follow re-created transactions."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.errors import BadInput
from app.ledger.templates import apply_template
from app.ledger.transactions import (
    LineInput,
    TransactionInput,
    get_transaction,
    get_transactions,
    save_transaction,
)
from ui.common import operations
from ui.common.events import hub
from ui.common.undo import (
    ConvertToSingle,
    ConvertToSplit,
    DeleteTransaction,
    SaveTransaction,
    SetCleared,
)


@pytest.fixture
def single(ctx, ledger, cat):
    """An old single-category purchase of -1,160.00."""
    book, bank, _cash = ledger
    return save_transaction(book, TransactionInput(
        account_id=bank.id, date="2026-03-05", amount=-116000, payee="Papelería Lumen",
        lines=(LineInput(-116000, category_id=cat("Gastos:Compras")),)))


def shape(book, txn_id: int) -> list[tuple[int | None, int]]:
    return [(line.category_id, line.amount) for line in get_transaction(book, txn_id).lines]


def test_convert_to_a_three_line_split_and_undo_it(ctx, single, cat) -> None:
    book, u = ctx.book, ctx.undo
    heard = []
    hub().operation_did_execute.connect(lambda changes, who: heard.append(changes))
    u.push(ConvertToSplit(u, single.id, (
        LineInput(-10000, category_id=cat("Gastos:Servicios"), memo="envío"),
        LineInput(-16000, category_id=cat("Impuestos:IVA acreditable")))))
    assert shape(book, single.id) == [(cat("Gastos:Compras"), -90000),
                                      (cat("Gastos:Servicios"), -10000),
                                      (cat("Impuestos:IVA acreditable"), -16000)]
    assert heard[-1].transactions and single.id in heard[-1].txn_ids
    assert u.stack.undoText() == "Convert to split"
    u.stack.undo()
    assert shape(book, single.id) == [(cat("Gastos:Compras"), -116000)]
    assert get_transaction(book, single.id).lines[0].id == single.lines[0].id  # the same line
    u.stack.redo()
    assert len(get_transaction(book, single.id).lines) == 3
    with pytest.raises(BadInput, match="remove lines"):
        u.push(ConvertToSingle(u, single.id))
    assert u.stack.count() == 1  # the refused command never reached the stack


def test_back_to_a_single_category(ctx, single, cat) -> None:
    book, u = ctx.book, ctx.undo
    u.push(ConvertToSplit(u, single.id, (LineInput(0, category_id=cat("Gastos:Servicios")),)))
    u.push(ConvertToSingle(u, single.id))
    assert shape(book, single.id) == [(cat("Gastos:Compras"), -116000)]
    u.stack.undo()
    assert len(get_transaction(book, single.id).lines) == 2


def test_a_template_applied_is_undone_and_redone(ctx, single, cat) -> None:
    book, u = ctx.book, ctx.undo
    lines = apply_template(book, "purchase-iva", single.amount, {"rate": "16"})
    data = replace(single.as_input(), lines=tuple(
        LineInput(t.amount, category_id=t.category_id, memo=t.memo, tax_rate_bp=t.tax_rate_bp,
                  taxable_base=t.taxable_base) for t in lines))
    u.push(SaveTransaction(u, data, single.id, "Apply template Purchase with IVA"))
    after = shape(book, single.id)
    assert [a for _c, a in after] == [-100000, -16000]
    assert u.stack.undoText() == "Apply template Purchase with IVA"
    u.stack.undo()
    assert shape(book, single.id) == [(cat("Gastos:Compras"), -116000)]
    u.stack.redo()
    assert shape(book, single.id) == after


def test_create_edit_delete_follow_the_same_transaction(ctx, ledger, cat) -> None:
    book, bank, _cash = ledger
    u = ctx.undo
    data = TransactionInput(account_id=bank.id, date="2026-03-10", amount=50000, payee="Venta",
                            lines=(LineInput(50000, category_id=cat("Ingresos:Ventas")),))
    create = SaveTransaction(u, data)
    u.push(create)
    first_id = create.saved.id
    u.push(SaveTransaction(u, replace(data, memo="mostrador"), first_id))
    u.stack.undo()
    u.stack.undo()
    assert get_transactions(book, [first_id]) == []
    u.stack.redo()  # created again (SQLite may give it the same id again)
    new_id = u.ids.current(create.key)
    assert get_transaction(book, new_id).memo == ""
    u.stack.redo()  # the edit follows it
    assert get_transaction(book, new_id).memo == "mostrador"
    delete = DeleteTransaction(u, new_id)
    u.push(delete)
    assert get_transactions(book, [new_id]) == []
    u.stack.undo()
    again = u.ids.current(create.key)
    assert get_transaction(book, again).memo == "mostrador"
    u.stack.undo()  # and the edit before the deletion still finds it
    assert get_transaction(book, again).memo == ""


def test_a_reused_id_never_confuses_two_transactions(ctx, ledger, cat) -> None:
    book, bank, _cash = ledger
    u = ctx.undo

    def data(payee: str) -> TransactionInput:
        return TransactionInput(account_id=bank.id, date="2026-03-10", amount=100,
                                payee=payee, lines=(LineInput(100),))

    x = save_transaction(book, data("X"))
    u.push(DeleteTransaction(u, x.id))
    create_y = SaveTransaction(u, data("Y"))
    u.push(create_y)
    assert create_y.saved.id == x.id  # SQLite handed X's id to Y
    u.push(SaveTransaction(u, replace(data("Y"), memo="edited"), create_y.saved.id))
    for _ in range(3):
        u.stack.undo()
    assert [v.payee for v in get_transactions(book, [x.id])] == ["X"]
    for _ in range(3):
        u.stack.redo()
    y = get_transaction(book, u.ids.current(create_y.key))
    assert (y.payee, y.memo) == ("Y", "edited")
    assert [v.payee for v in get_transactions(book, [x.id, y.id])] == ["Y"]


def test_deleting_a_transfer_and_undoing_it(ctx, ledger) -> None:
    book, bank, cash = ledger
    u = ctx.undo
    transfer = save_transaction(book, TransactionInput(
        account_id=bank.id, date="2026-03-10", amount=-20000, payee="Caja chica",
        lines=(LineInput(-20000, transfer_account_id=cash.id),)))
    u.push(DeleteTransaction(u, transfer.id))
    from app.ledger.accounts import get_account

    assert get_account(book, cash.id).balance_cents == 0
    u.stack.undo()
    assert get_account(book, cash.id).balance_cents == 20000
    assert get_account(book, bank.id).balance_cents == 1_000_000 - 20000


def test_cleared_flags(ctx, single) -> None:
    u = ctx.undo
    u.push(SetCleared(u, [single.id], True))
    assert get_transaction(ctx.book, single.id).cleared
    u.stack.undo()
    assert not get_transaction(ctx.book, single.id).cleared


def test_an_undo_that_cannot_be_done_is_said_and_dropped(ctx, single, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(operations, "show_error", lambda parent, exc: shown.append(exc))
    u = ctx.undo
    u.push(SaveTransaction(u, replace(single.as_input(), memo="x"), single.id))
    from app.ledger.transactions import delete_transaction

    delete_transaction(ctx.book, single.id)  # someone else, on a shared book
    u.stack.undo()
    assert shown and isinstance(shown[0], BadInput)
    assert u.stack.count() == 0


def test_writes_wait_for_a_background_write(ctx, single, monkeypatch) -> None:
    monkeypatch.setattr(operations, "busy", lambda: True)
    with pytest.raises(BadInput, match="busy"):
        ctx.undo.push(SetCleared(ctx.undo, [single.id], True))


def test_one_place_decides_between_a_conversion_and_a_save(ctx, single, cat) -> None:
    """`edit_command` converts only when the result is exactly what `convert_to_split`
    makes (the first line keeps its category, memo and tax; the amount stays); any other
    change is a plain save, so nothing the person changed is lost."""
    from ui.common.undo import edit_command

    u = ctx.undo
    first = single.lines[0].as_input()
    extra = LineInput(-16000, category_id=cat("Impuestos:IVA acreditable"))
    split = replace(single.as_input(), lines=(replace(first, amount=-100000), extra))
    assert isinstance(edit_command(u, single, split), ConvertToSplit)
    assert edit_command(u, single, split, template="IVA").text() == "Apply template IVA"

    bigger = replace(split, amount=-126000, lines=(replace(first, amount=-110000), extra))
    taxed = replace(split, lines=(replace(first, amount=-100000, tax_rate_bp=1600), extra))
    renamed = replace(split, payee="Otra papelería")
    for changed in (bigger, taxed, renamed):
        command = edit_command(u, single, changed)
        assert isinstance(command, SaveTransaction) and command.text() == "Convert to split"
    u.push(edit_command(u, single, bigger))  # the old editor kept -1,160.00 here
    assert get_transaction(ctx.book, single.id).amount == -126000

    assert edit_command(u, None, single.as_input()).text() == "New transaction"
    edited = replace(bigger, memo="x")
    assert edit_command(u, get_transaction(ctx.book, single.id), edited,
                        edit_text="Edit split").text() == "Edit split"
    back = edit_command(u, get_transaction(ctx.book, single.id), single.as_input())
    assert back.text() == "Convert to a single category"
