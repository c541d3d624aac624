"""Feature flags: declared once as data, staged per book, overridable per desktop.

A flag is declared here (key, description, default stage, the date it may be
retired, and `helps`: what it does for the person using it, one plain sentence for
Settings ▸ Features) and nowhere else. Its *stage* is kept in the book (`feature_flags`; no row
means the declared default), so a shared book rolls a feature out to all its users
at once. Stages reach rollout groups in order (DESIGN.md section 7):

    off       nobody
    internal  the internal group (testers)
    primary   the internal and primary groups (Sandy and her primary users)
    everyone  every group

On one desktop a flag can be forced on or off for testing, locally: the
`CUENTAS_FLAGS` environment variable (`split_editor=on,split_reports=off`) and the
*Preview* choice of the settings panel (kept in the local settings, not in the
book). The environment wins over the preview; both win over the book's stage, and
`explain` says so in plain words.

Flags decide what the *interface* offers, never how data is written: a service
writes a split transaction the same way whatever the flags say. Retiring a flag
means deleting its declaration together with the old path it guarded.

Setting a stage needs the `admin` permission (owners) and is audited.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.admin import local_settings
from app.dates import check_date, now_iso
from app.errors import BadInput
from app.i18n import QT_TR_NOOP, tr
from app.store.book import Book
from app.store.identity import GROUPS, Actor, resolve_actor
from app.store.models import FeatureFlag, User

STAGES: tuple[str, ...] = ("off", "internal", "primary", "everyone")

#: Which rollout groups each stage reaches.
STAGE_REACH: dict[str, frozenset[str]] = {
    "off": frozenset(),
    "internal": frozenset({"internal"}),
    "primary": frozenset({"internal", "primary"}),
    "everyone": frozenset(GROUPS),
}

ENV_VAR = "CUENTAS_FLAGS"
#: Key of the local settings (`app.admin.local_settings`) holding the Preview overrides.
PREVIEW_KEY = "flag_preview"

_TRUE = {"on", "1", "true", "yes"}
_FALSE = {"off", "0", "false", "no"}


@dataclass(frozen=True)
class Flag:
    """A flag's declaration. `retire_after`: the date after which the flag and its
    old path should be removed from the code (ISO `YYYY-MM-DD`); `description` says
    what it turns on for an administrator, `helps` what it does for the owner of a shop,
    in one plain sentence (Settings ▸ Features shows it first)."""

    key: str
    title: str
    description: str
    default_stage: str
    retire_after: str
    helps: str = ""


#: Every flag, declared once. tests/app/admin/test_flags.py checks each declaration. Titles,
#: descriptions and `helps` are source text: `statuses()` gives the first two in the
#: interface's language, and Settings ▸ Features translates `helps` (`app.i18n.tr`).
FLAGS: tuple[Flag, ...] = (
    Flag(
        "split_editor",
        QT_TR_NOOP("Split editor"),
        QT_TR_NOOP("Create and edit transactions split over several lines (categories, "
                   "transfers, taxes). When off, split transactions stay visible and read-only."),
        "primary",
        "2027-06-30",
        helps=QT_TR_NOOP(
            "Lets you spread one payment over several categories: a purchase and its "
            "IVA, a card deposit less its commission, one transfer that pays three "
            "invoices."),
    ),
    Flag(
        "split_templates",
        QT_TR_NOOP("Split templates"),
        QT_TR_NOOP("Fill a split from a template: purchases and sales with IVA, card deposits, "
                   "withholdings, combined and partial payments."),
        "primary",
        "2027-06-30",
        helps=QT_TR_NOOP(
            "Fills in the lines of everyday movements for you: a purchase or sale "
            "with IVA, a card deposit with its commission, a payment with "
            "withholdings."),
    ),
    Flag(
        "split_reports",
        QT_TR_NOOP("IVA and commission reports"),
        QT_TR_NOOP("Reports that read tax and commission lines of split transactions: IVA by "
                   "month or quarter, commissions by processor."),
        "primary",
        "2027-06-30",
        helps=QT_TR_NOOP(
            "Shows the IVA you charged and paid, month by month or by quarter, and "
            "what the card processors took in commissions."),
    ),
    Flag(
        "auto_split_suggestions",
        QT_TR_NOOP("Split suggestions"),
        QT_TR_NOOP("Suggest the lines of a new transaction from the payee's last split "
                   "transaction."),
        "internal",
        "2027-12-31",
        helps=QT_TR_NOOP(
            "When you enter a movement for someone you split a payment with before, "
            "offers the same lines again, so you only check the amounts."),
    ),
)

REGISTRY: dict[str, Flag] = {flag.key: flag for flag in FLAGS}


@dataclass(frozen=True)
class FlagStatus:
    """How a flag stands for the acting user, and why, in plain words."""

    key: str
    title: str
    description: str
    #: The book's stage (the declared default when the book has none stored).
    stage: str
    stage_is_default: bool
    default_stage: str
    retire_after: str
    user: str
    group: str
    #: What the book's stage alone gives this user.
    by_stage: bool
    #: A local override on this desktop: "env" (CUENTAS_FLAGS), "preview", or None.
    override: str | None
    enabled: bool
    reason: str

    @property
    def is_local(self) -> bool:
        return self.override is not None


# ---------------------------------------------------------------- evaluation


def reaches(stage: str, group: str) -> bool:
    """Is a flag at `stage` on for a user of rollout `group`?"""
    return group in STAGE_REACH[stage]


def get_flag(key: str, field: str = "key") -> Flag:
    flag = REGISTRY.get(key)
    if flag is None:
        raise BadInput(field, key, tr("is not a feature flag (known: {items})").format(
            items=', '.join(REGISTRY)))
    return flag


def check_stage(stage: str, field: str = "stage") -> str:
    if stage not in STAGES:
        raise BadInput(field, stage, tr("is not a stage (one of {items})").format(
            items=', '.join(STAGES)))
    return stage


def parse_overrides(text: str) -> tuple[dict[str, bool], list[str]]:
    """`split_editor=on,split_reports=off` -> ({key: on}, [entries that were ignored])."""
    found: dict[str, bool] = {}
    ignored: list[str] = []
    for raw in text.split(","):
        entry = raw.strip()
        if not entry:
            continue
        key, sep, value = entry.partition("=")
        key, value = key.strip(), value.strip().lower()
        if not sep or key not in REGISTRY or value not in _TRUE | _FALSE:
            ignored.append(entry)
            continue
        found[key] = value in _TRUE
    return found, ignored


def env_overrides() -> dict[str, bool]:
    return parse_overrides(os.environ.get(ENV_VAR, ""))[0]


def env_problems() -> list[str]:
    """Entries of CUENTAS_FLAGS that were ignored (unknown flag, not on/off)."""
    return parse_overrides(os.environ.get(ENV_VAR, ""))[1]


def preview_overrides() -> dict[str, bool]:
    """The Preview choices of this desktop (local settings), known flags only."""
    stored = local_settings.get(PREVIEW_KEY, {})
    if not isinstance(stored, dict):
        return {}
    return {k: v for k, v in stored.items() if k in REGISTRY and isinstance(v, bool)}


def set_preview(key: str, value: bool | None) -> None:
    """Force `key` on or off on this desktop only (None: follow the book again).

    Local settings are this person's own file: no role is needed, nothing in the
    book changes, and nothing is audited.
    """
    get_flag(key)
    data = local_settings.load()
    stored = data.get(PREVIEW_KEY)
    previews = dict(stored) if isinstance(stored, dict) else {}
    if value is None:
        previews.pop(key, None)
    else:
        previews[key] = bool(value)
    data[PREVIEW_KEY] = previews
    local_settings.save(data)


def _stored_stages(book: Book) -> tuple[dict[str, str], Actor]:
    """The stages stored in the book (valid ones) and the acting user, in one visit.

    The acting user is resolved again rather than taken from `book.actor`, so a
    group changed in the settings panel (or by an owner on a shared book) counts at
    once.
    """
    with book.engine.connect() as conn:
        rows = conn.execute(select(FeatureFlag.key, FeatureFlag.stage)).all()
        actor = resolve_actor(conn, shared=book.is_shared)
    return {k: v for k, v in rows if k in REGISTRY and v in STAGE_REACH}, actor


def book_stages(book: Book) -> dict[str, str]:
    """Every declared flag's stage in this book (stored, else the default)."""
    stored, _ = _stored_stages(book)
    return {key: stored.get(key, flag.default_stage) for key, flag in REGISTRY.items()}


#: Stages as people read them (source text: `stage_title` translates).
STAGE_TITLES = {"off": QT_TR_NOOP("off"), "internal": QT_TR_NOOP("internal testers"),
                "primary": QT_TR_NOOP("primary users"), "everyone": QT_TR_NOOP("everyone")}


def stage_title(stage: str) -> str:
    return tr(STAGE_TITLES[stage]) if stage in STAGE_TITLES else stage


def _reason(stage: str, is_default: bool, group: str, by_stage: bool,
            override: str | None, enabled: bool) -> str:
    """Why a flag is on or off for this user, in whole sentences of the interface's
    language (each sentence is one string of the catalogue)."""
    from app.store.identity import group_title

    stage_text = (tr("the book's stage is {stage} (the default)") if is_default
                  else tr("the book's stage is {stage}")).format(stage=stage_title(stage))
    if stage == "off":
        stage_part = tr("{stage_text}, so it is off for everyone").format(stage_text=stage_text)
    elif stage == "everyone":
        stage_part = tr("{stage_text}, so it is on for every group").format(
            stage_text=stage_text)
    else:
        reached = [group_title(g) for g in sorted(STAGE_REACH[stage], key=GROUPS.index)]
        reach = (tr("only the {group} group").format(group=reached[0]) if len(reached) == 1
                 else tr("the {groups} groups").format(groups=tr(" and ").join(reached)))
        stage_part = (tr("{stage_text}, which reaches {reach}; yours ({group}) is one of them")
                      if by_stage else tr("{stage_text}, which reaches {reach}; yours is "
                                          "{group}")).format(
            stage_text=stage_text, reach=reach, group=group_title(group))
    state = tr("On") if enabled else tr("Off")
    if override is None:
        return tr("{state}: {reason}.").format(state=state, reason=stage_part)
    would = tr("on") if by_stage else tr("off")
    if override == "env":
        return tr("{state} by the local override from CUENTAS_FLAGS on this computer. "
                  "Without it, it would be {would}: {reason}.").format(
                      state=state, would=would, reason=stage_part)
    return tr("{state} by the local preview override on this computer. Without it, it "
              "would be {would}: {reason}.").format(state=state, would=would, reason=stage_part)


def statuses(book: Book) -> list[FlagStatus]:
    """Every flag as it stands for the acting user, in declaration order."""
    return _statuses(*_stored_stages(book))


def _statuses(stored: dict[str, str], actor: Actor) -> list[FlagStatus]:
    env = env_overrides()
    preview = preview_overrides()
    out: list[FlagStatus] = []
    for flag in FLAGS:
        stage = stored.get(flag.key, flag.default_stage)
        is_default = flag.key not in stored
        by_stage = reaches(stage, actor.group)
        override: str | None = None
        enabled = by_stage
        if flag.key in env:
            override, enabled = "env", env[flag.key]
        elif flag.key in preview:
            override, enabled = "preview", preview[flag.key]
        out.append(FlagStatus(
            key=flag.key, title=tr(flag.title), description=tr(flag.description), stage=stage,
            stage_is_default=is_default, default_stage=flag.default_stage,
            retire_after=flag.retire_after, user=actor.name, group=actor.group,
            by_stage=by_stage, override=override, enabled=enabled,
            reason=_reason(stage, is_default, actor.group, by_stage, override, enabled),
        ))
    return out


@dataclass(frozen=True)
class Audience:
    """Who has a feature now by the book's stage (a local override on one computer
    aside): the acting user (`you`), the other profiles it reaches (`others`) and those
    it does not reach yet (`waiting`), by name."""

    stage: str
    you: bool
    others: tuple[str, ...]
    waiting: tuple[str, ...]

    @property
    def everyone(self) -> bool:
        return self.stage == "everyone"

    @property
    def nobody(self) -> bool:
        return self.stage == "off"


def audiences(book: Book) -> dict[str, Audience]:
    """Every flag's `Audience`, by key: who has it in this book now (Settings ▸ Features
    says it in plain words: "You and Ana have it")."""
    stored, actor = _stored_stages(book)
    with book.engine.connect() as conn:
        people = conn.execute(select(User.id, User.name, User.rollout_group)
                              .order_by(User.name)).all()
    others = [(name, group) for user_id, name, group in people if user_id != actor.user_id]
    out: dict[str, Audience] = {}
    for flag in FLAGS:
        stage = stored.get(flag.key, flag.default_stage)
        out[flag.key] = Audience(
            stage, reaches(stage, actor.group),
            tuple(name for name, group in others if reaches(stage, group)),
            tuple(name for name, group in others if not reaches(stage, group)))
    return out


def explain(book: Book, key: str) -> FlagStatus:
    """Stage, your group, on/off and why, for one flag."""
    get_flag(key)
    return next(s for s in statuses(book) if s.key == key)


def is_enabled(book: Book, key: str) -> bool:
    """Is flag `key` on for the acting user? (One small query; call it once per view
    refresh, not once per row.)"""
    return explain(book, key).enabled


def overdue(today: date | None = None) -> list[Flag]:
    """Flags past their retire date: time to remove them and their old path."""
    day = (today or date.today()).isoformat()
    return [flag for flag in FLAGS if flag.retire_after < day]


# ---------------------------------------------------------------- changing a stage


def set_stage(book: Book, key: str, stage: str) -> FlagStatus:
    """Move flag `key` to `stage` in this book (owners only; audited)."""
    get_flag(key)
    check_stage(stage)
    with book.write("admin", QT_TR_NOOP("change feature flags")) as uow:
        row = uow.session.get(FeatureFlag, key)
        before = (row.stage if row is not None and row.stage in STAGE_REACH
                  else REGISTRY[key].default_stage)
        if row is None:
            uow.session.add(FeatureFlag(key=key, stage=stage, updated_at=now_iso(),
                                        updated_by=uow.actor.name))
        elif row.stage != stage:
            row.stage, row.updated_at, row.updated_by = stage, now_iso(), uow.actor.name
        if before != stage:
            uow.record("update", "feature_flag", key, {"stage": [before, stage]})
    return explain(book, key)


# ---------------------------------------------------------------- the split editor


@dataclass(frozen=True)
class SplitEditing:
    """What the register and the editor may offer for one transaction.

    `editable`: the transaction can be changed at all here; `can_split`: lines can
    be added (the split editor is available); `reason`: why not, for a tooltip
    ('' when everything is allowed).
    """

    editable: bool
    can_split: bool
    reason: str


def split_editing(book: Book, line_count: int = 1) -> SplitEditing:
    """The decision for a transaction of `line_count` lines, for the acting user.

    With `split_editor` off, a transaction of several lines stays visible and
    read-only (nothing is lost: its lines are kept as they are); a single-category
    transaction stays editable as before, without the option to split it.
    """
    stored, actor = _stored_stages(book)
    status = next(s for s in _statuses(stored, actor) if s.key == "split_editor")
    if not actor.can("write"):
        from app.store.identity import role_title

        return SplitEditing(False, False, tr(
            "{name} is a {role}: this book can be read, not changed.").format(
                name=actor.name, role=role_title(actor.role)))
    if status.enabled:
        return SplitEditing(True, True, "")
    why = split_editor_reason(status)
    if line_count > 1:
        return SplitEditing(
            False, False,
            tr("This transaction is split over {n} lines and is shown read-only: {why} "
               "Nothing is lost; its lines are kept as they are.").format(
                   n=line_count, why=why),
        )
    return SplitEditing(True, False, why)


def split_editor_reason(status: FlagStatus) -> str:
    """Why the split editor is off for this user, in one or two sentences."""
    from app.store.identity import group_title

    if status.enabled:
        return tr("The split editor is on for you.")
    if status.override is not None:
        return tr("The split editor is turned off on this computer ({how}).").format(
            how="CUENTAS_FLAGS" if status.override == "env" else tr("local preview"))
    if status.stage == "off":
        return tr("The split editor is turned off in this book.")
    return tr("The split editor has not reached your rollout group ({group}) yet; the "
              "book's owner can move it on in Settings › Features.").format(
                  group=group_title(status.group))


def check_declarations(today: date | None = None) -> list[str]:
    """Problems with the declarations (the test asserts there are none)."""
    problems: list[str] = []
    seen: set[str] = set()
    for flag in FLAGS:
        if flag.key in seen:
            problems.append(f"{flag.key}: declared twice")
        seen.add(flag.key)
        if not re.fullmatch(r"[a-z][a-z0-9_]*", flag.key) or len(flag.key) > 64:
            problems.append(f"{flag.key}: key must be lowercase_with_underscores, ≤ 64")
        if flag.default_stage not in STAGES:
            problems.append(f"{flag.key}: unknown default stage {flag.default_stage!r}")
        if not flag.title.strip() or len(flag.description.strip()) < 20:
            problems.append(f"{flag.key}: needs a title and a description people understand")
        if len(flag.helps.strip()) < 20 or flag.helps.strip().count(". ") > 0:
            problems.append(f"{flag.key}: needs `helps`, one plain sentence of what it does "
                            "for the person using it")
        try:
            check_date(flag.retire_after, "retire_after")
        except BadInput as exc:
            problems.append(f"{flag.key}: {exc}")
    return problems
