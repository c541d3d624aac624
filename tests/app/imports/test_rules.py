"""Split rules: checked against the templates, kept in order, matched by payee or
text, audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.errors import BadInput
from app.imports.rules import SplitRule, delete_rule, list_rules, save_rule
from app.store.book import Book
from app.store.models import AuditEntry


def test_rules_are_checked_kept_in_order_and_audited(book: Book) -> None:
    with pytest.raises(BadInput, match="template"):
        save_rule(book, SplitRule(name="X", pattern="x", template="nope"))
    with pytest.raises(BadInput, match="not a key"):
        save_rule(book, SplitRule(name="X", pattern="x", template="card-deposit",
                                  params={"rate": "1"}))
    with pytest.raises(BadInput, match="between 0 and 100"):
        save_rule(book, SplitRule(name="X", pattern="x", template="card-deposit",
                                  params={"fee_rate": "300"}))
    with pytest.raises(BadInput, match="pattern"):
        save_rule(book, SplitRule(name="X", pattern=" ", template="card-deposit"))
    a = save_rule(book, SplitRule(name="A", pattern="clip", template="card-deposit"))
    b = save_rule(book, SplitRule(name="B", pattern="Mercado Pago", template="card-deposit",
                                  match="payee"))
    assert [r.name for r in list_rules(book)] == ["A", "B"]
    assert b.matches("mercado  pago", "", None) and not b.matches("Mercado Pago 2", "", None)
    assert a.matches("Depósito", "ref CLIP 1", None)
    with pytest.raises(BadInput, match="already the name"):
        save_rule(book, SplitRule(name="A", pattern="y", template="card-deposit", id=b.id))
    delete_rule(book, a.id or 0)
    assert [r.name for r in list_rules(book)] == ["B"]
    with book.read() as session:
        actions = session.scalars(select(AuditEntry.action).where(
            AuditEntry.entity == "split_rule").order_by(AuditEntry.id)).all()
    assert actions == ["create", "create", "delete"]
