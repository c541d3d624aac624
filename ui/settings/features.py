"""The *Features* page: one card per feature flag, with its stage and switch.

Its fields are built with `ui.settings.fields`; the dialog lists it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
)

from app import i18n
from app.admin import flags
from ui.common.operations import settings as ops
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


class FlagCard(QGroupBox):
    """One flag: what it does, its stage in the book, whether it is on for you and
    why, and this computer's preview override (marked as local)."""

    def __init__(self, page: FeaturesPage, flag: flags.Flag) -> None:
        super().__init__(i18n.tr(flag.title))
        self.page, self.flag = page, flag
        self.setObjectName(f"flag_{flag.key}")
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(wrapped(i18n.tr(flag.description)))

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Stage in this book:")))
        self.stage = combo()
        self.stage.setObjectName("stage")
        for stage, label in zip(flags.STAGES, (self.tr("Off"), self.tr("Internal (testers)"),
                                               self.tr("Primary users"), self.tr("Everyone")),
                                strict=True):
            self.stage.addItem(label, stage)
        self.stage.activated.connect(self._stage_chosen)
        row.addWidget(self.stage)
        self.default_mark = QLabel()
        self.default_mark.setStyleSheet(MUTED_STYLE)
        row.addWidget(self.default_mark)
        row.addStretch(1)
        layout.addLayout(row)

        status_row = QHBoxLayout()
        self.state = QLabel()
        self.state.setObjectName("state")
        status_row.addWidget(self.state, 0, Qt.AlignmentFlag.AlignTop)
        self.reason = wrapped("", muted=True)
        self.reason.setObjectName("reason")
        status_row.addWidget(self.reason, 1)
        layout.addLayout(status_row)

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
        layout.addWidget(local)

        self.retire = wrapped("", muted=True)
        layout.addWidget(self.retire)

    def show_status(self, status: flags.FlagStatus, can_admin: bool) -> None:
        select_data(self.stage, status.stage)
        self.stage.setEnabled(can_admin)
        self.default_mark.setText(self.tr("(the default)") if status.stage_is_default else "")
        self.state.setText(self.tr("● On for you") if status.enabled
                           else self.tr("○ Off for you"))
        self.state.setStyleSheet(ON_STYLE if status.enabled else OFF_STYLE)
        self.reason.setText(status.reason)
        previews = flags.preview_overrides()
        select_data(self.preview, previews.get(self.flag.key))
        env = status.override == "env"
        self.preview.setEnabled(not env)
        self.env_note.setText(self.tr("Set to {state} by CUENTAS_FLAGS on this computer.").format(
            state=self.tr("on") if status.enabled else self.tr("off")) if env else "")
        overdue = self.flag in flags.overdue()
        self.retire.setText(self.tr("Past its retire date ({day}): this flag and its old "
                                    "behaviour are due to be removed from Cuentas.").format(
            day=self.page.ctx.formats.date(self.flag.retire_after)) if overdue else "")
        self.retire.setVisible(overdue)

    def _stage_chosen(self, _index: int) -> None:
        stage = self.stage.currentData()
        ctx = self.page.ctx
        if ctx.apply(self.page.errors, ops.set_flag_stage(ctx.dialog, ctx.book, self.flag.key,
                                                          stage)) is None:
            self.page.refresh()

    def _preview_chosen(self, _index: int) -> None:
        value = self.preview.currentData()
        # Local only: nothing in the book changes, but views must re-read the flag.
        ctx = self.page.ctx
        ctx.apply(self.page.errors, ops.set_flag_preview(ctx.dialog, self.flag.key, value))


class FeaturesPage(SectionPage):
    def __init__(self, ctx: SettingsContext) -> None:
        super().__init__(ctx, self.tr("Features"), self.tr(
            "New features reach people in stages: internal testers first, then the owner "
            "and primary users, then everyone. The stage is kept in the book, so everyone "
            "who uses it gets a feature at the same time. Each person's rollout group is "
            "set under Users."))
        self.you = wrapped("")
        self.you.setObjectName("youAre")
        self.body.addWidget(self.you)
        self.cards = {flag.key: FlagCard(self, flag) for flag in flags.FLAGS}
        for card in self.cards.values():
            self.body.addWidget(card)

    def refresh(self) -> None:
        can = self.show_locked_note_unless_admin(self.tr("the stage of a feature"))
        statuses = flags.statuses(self.book)
        if statuses:
            self.you.setText(self.tr("You are {name}, in the {group} group.").format(
                name=statuses[0].user, group=group_name(statuses[0].group)))
        for status in statuses:
            self.cards[status.key].show_status(status, can)
