"""Split rules: imported movements whose payee matches get a template's lines.

A rule says *which* movements (`match`: `payee` — the payee is the pattern, ignoring
case and spacing; `contains` — the payee or memo contains it), optionally only in one
account, and *what* they become: a split template (built-in, like `card-deposit`, or
one the user saved) with its parameters. Every "CLIP" deposit becomes the gross sale,
its IVA, Clip's commission and the IVA on the commission, solved from the deposit by
`app.ledger.templates` — the same arithmetic as the split editor.

Rules are kept in the book (`import_rules`), in order: the first enabled rule that
matches wins. The preview applies them to new movements with one line (a split the
file already gives is never replaced) and shows which rule made which lines; when a
template cannot solve an amount (a card deposit that is money out), the movement keeps
its line and the preview says why.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import delete, func, select

from app.errors import BadInput
from app.i18n import QT_TR_NOOP, tr
from app.money import parse_percent
from app.store.book import Book
from app.store.models import Account, ImportRule

MATCHES = ("payee", "contains")


@dataclass(frozen=True)
class SplitRule:
    name: str
    pattern: str
    template: str
    match: str = "contains"
    params: dict[str, str] = field(default_factory=dict)
    account_id: int | None = None
    enabled: bool = True
    position: int = 0
    id: int | None = None

    def matches(self, payee: str, memo: str, account_id: int | None) -> bool:
        if not self.enabled or not self.pattern.strip():
            return False
        if self.account_id is not None and account_id != self.account_id:
            return False
        wanted = _fold(self.pattern)
        if self.match == "payee":
            return _fold(payee) == wanted
        return wanted in _fold(payee) or wanted in _fold(memo)

    @property
    def describe(self) -> str:
        """`contains "CLIP" → card-deposit (fee_rate=3.6)` for lists and the preview."""
        how = (tr('payee is "{pattern}" → {template}') if self.match == "payee"
               else tr('contains "{pattern}" → {template}'))
        params = ", ".join(f"{k}={v}" for k, v in sorted(self.params.items()))
        text = how.format(pattern=self.pattern, template=self.template)
        return f"{text} ({params})" if params else text


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _view(row: ImportRule) -> SplitRule:
    return SplitRule(name=row.name, pattern=row.pattern, template=row.template, match=row.match,
                     params=dict(json.loads(row.params or "{}")), account_id=row.account_id,
                     enabled=bool(row.enabled), position=row.position, id=row.id)


def list_rules(book: Book) -> list[SplitRule]:
    with book.read() as session:
        rows = session.scalars(select(ImportRule).order_by(ImportRule.position,
                                                           ImportRule.id)).all()
        return [_view(r) for r in rows]


def check_rule(book: Book, rule: SplitRule) -> SplitRule:
    """The rule cleaned, or BadInput naming the field: the name, pattern and match kind,
    the template, its keys and its percentages."""
    from app.ledger.templates import BUILTINS, list_templates

    name = " ".join(rule.name.split())
    if not name:
        raise BadInput("name", rule.name, tr("is empty; a rule needs a name"))
    pattern = " ".join(rule.pattern.split())
    if not pattern:
        raise BadInput("pattern", rule.pattern, tr("is empty; say which payees the rule is for"))
    if rule.match not in MATCHES:
        raise BadInput("match", rule.match, tr("is not one of {items}").format(
            items=", ".join(MATCHES)))
    names = {t.name for t in list_templates(book)}
    if rule.template not in names:
        raise BadInput("template", rule.template,
                       tr("is not a template (see `cuentas templates list`)"))
    params = {str(k).strip(): str(v).strip() for k, v in rule.params.items()}
    if rule.template in BUILTINS:
        keys = {p.key for p in BUILTINS[rule.template][0].params}
        unknown = sorted(set(params) - keys)
        if unknown:
            raise BadInput("params", unknown[0], tr("is not a key of {name} (keys: {items})"
                                                    ).format(name=rule.template,
                                                             items=", ".join(sorted(keys))))
        for param in BUILTINS[rule.template][0].params:
            if param.kind == "percent" and params.get(param.key):
                value = parse_percent(params[param.key], param.key)
                if not 0 <= value <= 100:
                    raise BadInput(param.key, params[param.key],
                                   tr("is not a percentage between 0 and 100"))
    elif params:
        raise BadInput("params", next(iter(params)),
                       tr("{name} takes no keys").format(name=rule.template))
    if rule.account_id is not None:
        with book.read() as session:
            if session.get(Account, rule.account_id) is None:
                raise BadInput("account", rule.account_id, tr("does not exist"))
    return replace(rule, name=name, pattern=pattern, params=params)


def save_rule(book: Book, rule: SplitRule) -> SplitRule:
    """Add a rule (no `id`: it goes last) or change one."""
    clean = check_rule(book, rule)
    with book.write(action=QT_TR_NOOP("change split rules")) as uow:
        session = uow.session
        clash = session.scalar(select(ImportRule.id).where(ImportRule.name == clean.name))
        if clash is not None and clash != clean.id:
            raise BadInput("name", clean.name, tr("is already the name of a rule"))
        payload: dict[str, Any] = {
            "name": clean.name, "match": clean.match, "pattern": clean.pattern,
            "template": clean.template,
            "params": json.dumps(clean.params, ensure_ascii=False, sort_keys=True),
            "account_id": clean.account_id, "enabled": int(clean.enabled),
        }
        if clean.id is None:
            last = session.scalar(select(func.max(ImportRule.position)))
            row = ImportRule(position=(last or 0) + 1, **payload)
            session.add(row)
            session.flush()
            uow.record("create", "split_rule", row.id, {k: [None, v] for k, v in payload.items()})
        else:
            found = session.get(ImportRule, clean.id)
            if found is None:
                raise BadInput("rule", clean.id, tr("does not exist"))
            row = found
            changes = {k: [getattr(row, k), v] for k, v in payload.items()
                       if getattr(row, k) != v}
            for key, value in payload.items():
                setattr(row, key, value)
            if changes:
                uow.record("update", "split_rule", row.id, changes)
        session.flush()
        return _view(row)


def delete_rule(book: Book, rule_id: int) -> None:
    with book.write(action=QT_TR_NOOP("change split rules")) as uow:
        row = uow.session.get(ImportRule, rule_id)
        if row is None:
            raise BadInput("rule", rule_id, tr("does not exist"))
        uow.record("delete", "split_rule", rule_id, {"name": [row.name, None]})
        uow.session.execute(delete(ImportRule).where(ImportRule.id == rule_id))


def find_rule(book: Book, name: str) -> SplitRule:
    wanted = _fold(name)
    for rule in list_rules(book):
        if _fold(rule.name) == wanted:
            return rule
    raise BadInput("rule", name, tr("is not a split rule of this book"))


def first_match(rules: list[SplitRule], payee: str, memo: str,
                account_id: int | None) -> SplitRule | None:
    return next((r for r in rules if r.matches(payee, memo, account_id)), None)
