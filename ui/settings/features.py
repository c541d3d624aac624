"""The *Features* page, written for the owner of a shop (issue 13): one card per
feature flag saying what it does for her (`Flag.helps`), whether she has it, who else
has it by name ("You and Ana have it", "Everyone who uses this book has it"), and a
button to turn it on or off for the book — asking first before turning off a feature
she is using herself.

The administrator's rollout controls (each flag's stage in the book, why it is on or
off for you, this computer's preview override) stay available under the page's
*Administrator* disclosure, closed at first. Its fields are built with
`ui.settings.fields`; the dialog lists the page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.admin import flags
from ui.common import prompts
from ui.common.disclosure import Disclosure
from ui.common.operations import settings as ops
from ui.common.translate import plural, tr
from ui.docs import autopilot
from ui.settings.fields import (
    LOCAL_FRAME_STYLE,
    MUTED_STYLE,
    OFF_STYLE,
    ON_STYLE,
    SectionPage,
    combo,
    group_name,
    select_data,
    wrapped,
)

if TYPE_CHECKING:
    from ui.settings.dialog import SettingsContext

#: At most this many names in "You, Ana, Irene and Pablo have it"; more are counted.
MAX_NAMES = 4


def join_names(names: tuple[str, ...] | list[str]) -> str:
    """"Ana", "Ana and Irene", "Ana, Irene and Pablo", "Ana, Irene, Pablo, Sara and 3
    others"."""
    names = list(names)
    if len(names) > MAX_NAMES:
        rest = len(names) - MAX_NAMES
        names = [*names[:MAX_NAMES],
                 plural(rest, tr("1 other"), tr("{n} others")).format(n=rest)]
    if len(names) <= 1:
        return "".join(names)
    return tr("{names} and {last}").format(names=", ".join(names[:-1]),
                                                     last=names[-1])


def who_has_it(audience: flags.Audience) -> str:
    """Who has a feature now, in a sentence: "You and Ana have it. Not yet: Pablo."."""
    if audience.nobody:
        return tr("Nobody has it: it is turned off.")
    if audience.everyone:
        return tr("Everyone who uses this book has it.")
    if audience.you:
        said = (tr("You and {names} have it.").format(names=join_names(audience.others))
                if audience.others else tr("You have it."))
    elif len(audience.others) == 1:
        said = tr("{name} has it; you do not yet.").format(name=audience.others[0])
    elif audience.others:
        said = tr("{names} have it; you do not yet.").format(
            names=join_names(audience.others))
    else:
        return tr("Nobody in this book has it yet.")
    if audience.waiting:
        said += " " + tr("Not yet: {names}.").format(names=join_names(audience.waiting))
    return said


def confirm_turn_off(parent: QWidget, title: str) -> bool:
    """Ask before turning off a feature the owner uses herself; *Cancel* is the
    default and the escape (tests replace this function)."""
    return prompts.confirm_action(
        parent, tr("Turn off “{feature}”?").format(feature=title),
        tr("You are using “{feature}” yourself. Turn it off for everyone who uses this "
           "book?").format(feature=title),
        tr("Nothing you entered is lost: Cuentas only stops offering it, and you can turn it "
           "on again here at any time."),
        tr("Turn off"), destructive=True, autoclick=autopilot.active())


class FlagCard(QGroupBox):
    """One feature: what it does for you, whether you have it and who else does, the
    button to turn it on or off for the book; under it (shown with the page's
    *Administrator*) its stage in the book, why it is on or off for you, and this
    computer's preview override (marked as local)."""

    def __init__(self, page: FeaturesPage, flag: flags.Flag) -> None:
        super().__init__(i18n.tr(flag.title))
        self.page, self.flag = page, flag
        self.setObjectName(f"flag_{flag.key}")
        self.status: flags.FlagStatus | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        self.helps = wrapped(i18n.tr(flag.helps))
        self.helps.setObjectName("helps")
        layout.addWidget(self.helps)

        row = QHBoxLayout()
        self.state = QLabel()
        self.state.setObjectName("state")
        row.addWidget(self.state, 0, Qt.AlignmentFlag.AlignVCenter)
        self.who = wrapped("")
        self.who.setObjectName("whoHasIt")
        row.addWidget(self.who, 1)
        self.turn_on = QPushButton()
        self.turn_on.setObjectName("turnOn")
        self.turn_on.setAutoDefault(False)
        self.turn_on.clicked.connect(lambda: self.change_stage("everyone"))
        self.turn_off = QPushButton(self.tr("Turn off"))
        self.turn_off.setObjectName("turnOff")
        self.turn_off.setAutoDefault(False)
        self.turn_off.clicked.connect(lambda: self.change_stage("off"))
        row.addWidget(self.turn_on, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.turn_off, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(row)
        self.local_note = wrapped("", muted=True)
        self.local_note.setObjectName("localNote")
        layout.addWidget(self.local_note)

        # ---- the administrator's part: shown with the page's disclosure
        self.admin = QFrame()
        self.admin.setObjectName("adminPart")
        self.admin.setStyleSheet("QFrame#adminPart { border-top: 1px solid #d5dbe1; }")
        admin = QVBoxLayout(self.admin)
        admin.setContentsMargins(0, 8, 0, 0)
        admin.setSpacing(6)
        admin.addWidget(wrapped(i18n.tr(flag.description), muted=True))
        stage_row = QHBoxLayout()
        stage_row.addWidget(QLabel(self.tr("Stage in this book:")))
        self.stage = combo()
        self.stage.setObjectName("stage")
        for stage, label in zip(flags.STAGES, (self.tr("Off"), self.tr("Internal (testers)"),
                                               self.tr("Primary users"), self.tr("Everyone")),
                                strict=True):
            self.stage.addItem(label, stage)
        self.stage.activated.connect(self._stage_chosen)
        stage_row.addWidget(self.stage)
        self.default_mark = QLabel()
        self.default_mark.setStyleSheet(MUTED_STYLE)
        stage_row.addWidget(self.default_mark)
        stage_row.addStretch(1)
        admin.addLayout(stage_row)
        self.reason = wrapped("", muted=True)
        self.reason.setObjectName("reason")
        admin.addWidget(self.reason)

        local = QFrame()
        local.setObjectName("localPreview")
        local.setStyleSheet(LOCAL_FRAME_STYLE)
        local_row = QHBoxLayout(local)
        local_row.setContentsMargins(8, 6, 8, 6)
        badge = QLabel(self.tr("This computer only"))
        badge.setStyleSheet("color: #7a5900; font-weight: bold; background: transparent;")
        local_row.addWidget(badge)
        local_row.addWidget(QLabel(self.tr("Preview:")))
        self.preview = combo()
        self.preview.setObjectName("preview")
        self.preview.addItem(self.tr("Follow the book"), None)
        self.preview.addItem(self.tr("On here"), True)
        self.preview.addItem(self.tr("Off here"), False)
        self.preview.activated.connect(self._preview_chosen)
        local_row.addWidget(self.preview)
        self.env_note = QLabel()
        self.env_note.setStyleSheet("color: #7a5900; background: transparent;")
        local_row.addWidget(self.env_note, 1)
        admin.addWidget(local)

        self.retire = wrapped("", muted=True)
        admin.addWidget(self.retire)
        layout.addWidget(self.admin)
        self.admin.setVisible(page.admin.is_open())

    def show_status(self, status: flags.FlagStatus, audience: flags.Audience,
                    can_admin: bool) -> None:
        self.status = status
        self.state.setText(self.tr("● On for you") if status.enabled
                           else self.tr("○ Off for you"))
        self.state.setStyleSheet(ON_STYLE if status.enabled else OFF_STYLE)
        self.who.setText(who_has_it(audience))
        stage = status.stage
        self.turn_on.setText(self.tr("Turn on") if stage == "off"
                             else self.tr("Turn on for everyone"))
        self.turn_on.setVisible(stage != "everyone")
        self.turn_off.setVisible(stage != "off")
        for button in (self.turn_on, self.turn_off):
            button.setEnabled(can_admin)
        env = status.override == "env"
        if env:
            note = self.tr("Set to {state} by CUENTAS_FLAGS on this computer.").format(
                state=self.tr("on") if status.enabled else self.tr("off"))
        elif status.override == "preview":
            note = (self.tr("On for you on this computer only: a preview (see Administrator).")
                    if status.enabled else
                    self.tr("Off for you on this computer only: a preview (see "
                            "Administrator)."))
        else:
            note = ""
        self.local_note.setText(note)
        self.local_note.setVisible(bool(note))

        select_data(self.stage, stage)
        self.stage.setEnabled(can_admin)
        self.default_mark.setText(self.tr("(the default)") if status.stage_is_default else "")
        self.reason.setText(status.reason)
        previews = flags.preview_overrides()
        select_data(self.preview, previews.get(self.flag.key))
        self.preview.setEnabled(not env)
        self.env_note.setText(self.tr("Set to {state} by CUENTAS_FLAGS on this computer.").format(
            state=self.tr("on") if status.enabled else self.tr("off")) if env else "")
        overdue = self.flag in flags.overdue()
        self.retire.setText(self.tr("Past its retire date ({day}): this flag and its old "
                                    "behaviour are due to be removed from Cuentas.").format(
            day=self.page.ctx.formats.date(self.flag.retire_after)) if overdue else "")
        self.retire.setVisible(overdue)

    def takes_it_from_you(self, stage: str) -> bool:
        """Would `stage` turn off, for you, a feature you are using now?"""
        status = self.status
        return (status is not None and status.enabled and status.by_stage
                and not flags.reaches(stage, status.group))

    def change_stage(self, stage: str) -> None:
        """Move the flag to `stage` in the book (owners only), asking first when that
        turns off a feature you are using yourself."""
        status = self.status
        if status is not None and stage == status.stage:
            return
        if self.takes_it_from_you(stage) and not confirm_turn_off(self, self.title()):
            if status is not None:
                select_data(self.stage, status.stage)
            return
        ctx = self.page.ctx
        ctx.apply(self.page.errors, ops.set_flag_stage(ctx.dialog, ctx.book, self.flag.key,
                                                       stage))
        self.page.refresh()  # at once: the next click reads the stage it set (or kept)

    def _stage_chosen(self, _index: int) -> None:
        self.change_stage(self.stage.currentData())

    def _preview_chosen(self, _index: int) -> None:
        value = self.preview.currentData()
        # Local only: nothing in the book changes, but views must re-read the flag.
        ctx = self.page.ctx
        ctx.apply(self.page.errors, ops.set_flag_preview(ctx.dialog, self.flag.key, value))


class FeaturesPage(SectionPage):
    def __init__(self, ctx: SettingsContext) -> None:
        super().__init__(ctx, self.tr("Features"), self.tr(
            "What Cuentas offers in this book. Turning a feature off never loses anything "
            "you entered: Cuentas only stops offering it, and you can turn it on again "
            "here."))
        self.admin = Disclosure(self.tr("Administrator: rollout stages and previews"))
        self.admin.setObjectName("administrator")
        self.admin.add_widget(wrapped(self.tr(
            "New features reach people in stages: internal testers first, then the owner "
            "and primary users, then everyone. The stage is kept in the book, so everyone "
            "who uses it gets a feature at the same time. Each person's rollout group is "
            "set under Users."), muted=True))
        self.you = wrapped("")
        self.you.setObjectName("youAre")
        self.admin.add_widget(self.you)
        self.body.addWidget(self.admin)
        self.cards = {flag.key: FlagCard(self, flag) for flag in flags.FLAGS}
        for card in self.cards.values():
            self.body.addWidget(card)
        self.admin.expanded.connect(self._show_admin)

    def _show_admin(self, shown: bool) -> None:
        for card in self.cards.values():
            card.admin.setVisible(shown)

    def refresh(self) -> None:
        can = self.show_locked_note_unless_admin(self.tr("the features of this book"))
        statuses = flags.statuses(self.book)
        audiences = flags.audiences(self.book)
        if statuses:
            self.you.setText(self.tr("You are {name}, in the {group} group.").format(
                name=statuses[0].user, group=group_name(statuses[0].group)))
        for status in statuses:
            self.cards[status.key].show_status(status, audiences[status.key], can)
