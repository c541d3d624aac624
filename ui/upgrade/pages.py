"""The first pages of the upgrade wizard (`ui.upgrade.wizard`), and what they share.

*What's new* (splits, the guide, the book's size and the time it will take),
*Backup* (where, progress, the verification; no way forward without it), *Upgrade*
(the engine's steps with their counts, off the UI thread). *Check*, *Done* and the
page when it failed are in `ui.upgrade.results`. The wizard owns the work and the
state; pages show it. No page writes to the book itself.
"""

from __future__ import annotations

import re
import time
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app import i18n
from app.money import format_amount, format_count
from app.store import db
from app.store.schema import HEAD
from ui.common.disclosure import DetailsText
from ui.common.style import ERROR_COLOR, MUTED_COLOR, MUTED_STYLE, OK_COLOR
from ui.common.translate import plural, tr

if TYPE_CHECKING:
    from ui.upgrade.wizard import UpgradeWizard

#: Measured on the 2-core development machine (tests/benchmarks/bench_upgrade.py and
#: the wizard's own backup on a 200,000-transaction legacy book): the verified backup
#: takes about 2 s per million transactions, the upgrade itself about 5.5 s.
BACKUP_SECONDS_PER_MILLION = 2.0
UPGRADE_SECONDS_PER_MILLION = 5.5
TICK = "✓"
CROSS = "✗"


class PageId(IntEnum):
    """The wizard's pages; `UpgradeWizard.nextId` routes between them."""

    WHATS_NEW = 0
    BACKUP = 1
    UPGRADE = 2
    CHECK = 3
    DONE = 4
    FAILED = 5


def estimate_seconds(transactions: int) -> float:
    """How long the backup and the upgrade of a book of this size take, about."""
    per_million = BACKUP_SECONDS_PER_MILLION + UPGRADE_SECONDS_PER_MILLION
    return 1.0 + transactions * per_million / 1_000_000


def count(n: int) -> str:
    """A count in the interface language's locale: the book's own is read only once it
    is upgraded."""
    return format_count(n, i18n.locale())


def describe_duration(seconds: float) -> str:
    if seconds < 10:
        return tr("a few seconds")
    if seconds < 90:
        return tr("about {n} seconds").format(n=int(round(seconds, -1)))
    return tr("about {n} minutes").format(n=max(2, round(seconds / 60)))


def describe_size(size: int) -> str:
    for unit, scale in (("GB", 1_000_000_000), ("MB", 1_000_000), ("kB", 1000)):
        if size >= scale:
            return f"{size / scale:,.1f} {unit}"
    return f"{size} B"


def wrapped(text: str, *, muted: bool = False, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if muted:
        label.setStyleSheet(MUTED_STYLE)
    return label


def path_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("font-family: monospace;")
    return label


def check_line(text: str, ok: bool = True) -> QLabel:
    mark, color = (TICK, OK_COLOR) if ok else (CROSS, ERROR_COLOR)
    label = QLabel(f"<span style='color:{color}; font-weight:bold'>{mark}</span>&nbsp; "
                   f"{_escape(text)}")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    return label


def _escape(text: str) -> str:
    from html import escape

    return escape(text)


#: The engine's steps (`app.upgrade`) in the words of the Upgrade page.
STEP_TEXT = {
    "Checking the book": QT_TRANSLATE_NOOP("", "Looking at the book"),
    "Locking the book": QT_TRANSLATE_NOOP(
        "", "Locking the book (no other Cuentas can open it meanwhile)"),
    "Checking free space": QT_TRANSLATE_NOOP("", "Checking there is room on the disk"),
    "Backing up": QT_TRANSLATE_NOOP("", "Backing up the book"),
    "Verifying the backup": QT_TRANSLATE_NOOP(
        "", "Checking the backup once more, alongside the upgrade"),
    "Upgrading: copying lines": QT_TRANSLATE_NOOP(
        "", "Copying each movement into its first split line"),
    "Upgrading: indexing lines": QT_TRANSLATE_NOOP("", "Indexing the split lines"),
    "Upgrading: removing the old category column": QT_TRANSLATE_NOOP(
        "", "Removing the old category column"),
    "Upgrading: indexing category totals": QT_TRANSLATE_NOOP(
        "", "Indexing the category totals for reports"),
    "Backup verified": QT_TRANSLATE_NOOP("", "Backup verified: its totals are the book's"),
    "Checking references": QT_TRANSLATE_NOOP(
        "", "Checking that nothing points to a missing account or category"),
    "Checking totals": QT_TRANSLATE_NOOP("", "Checking every total against the backup"),
    "Checking every transaction's lines": QT_TRANSLATE_NOOP(
        "", "Checking that every movement's lines add up"),
    "Saving the upgraded book": QT_TRANSLATE_NOOP("", "Saving the upgraded book"),
    "Checking the upgraded file": QT_TRANSLATE_NOOP("", "Checking the saved file"),
    "Finishing": QT_TRANSLATE_NOOP("", "Finishing"),
}
APPLIED = re.compile(r"^Upgrading: revision (\w+) applied$")


def step_text(step: str) -> str:
    applied = APPLIED.match(step)
    if applied:
        return tr("Revision {revision} done").format(revision=applied.group(1))
    if step in STEP_TEXT:
        return tr(str(STEP_TEXT[step]))
    return i18n.tr(step)  # the backup's and restore's own steps, in app's catalogue


class _Page(QWizardPage):
    def setTitle(self, title: str) -> None:
        super().setTitle(f"<span style='font-size:14pt; font-weight:600'>{_escape(title)}"
                         "</span>")

    def plain_title(self) -> str:
        return re.sub(r"<[^>]+>", "", self.title()).replace("&#x27;", "'")

    def wiz(self) -> UpgradeWizard:
        # Pages only live in an UpgradeWizard; importing it here would be a cycle.
        return cast("UpgradeWizard", self.wizard())


# ---------------------------------------------------------------- What's new


class WhatsNewPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("page_whats_new")
        self.setTitle(tr("What's new: split transactions"))
        self.setSubTitle(tr("This book was written by an earlier Cuentas. Upgrade it once "
                            "to use split transactions; nothing you entered changes."))
        # Right after a restore: what came back, before anything else (issue 13).
        self.restored = wrapped("")
        self.restored.setObjectName("restoredNote")
        self.restored.setStyleSheet(
            "QLabel#restoredNote { background: #e8f5e9; color: #1b5e20; border: 1px solid "
            "#a5d6a7; border-radius: 4px; padding: 6px 8px; }")
        self.restored.hide()
        intro = wrapped(tr(
            "A split transaction spreads one movement over several categories: a supplier's "
            "invoice and its IVA, a card deposit net of the commission and the IVA on it, "
            "one transfer that pays three invoices. Every movement you have keeps its one "
            "category, exactly as before, until you choose to split it."))
        self.example = QLabel(split_example())
        self.example.setObjectName("splitExample")
        self.example.setTextFormat(Qt.TextFormat.RichText)
        self.example.setStyleSheet("QLabel#splitExample { background: #ffffff; border: 1px "
                                   "solid #d5dbe1; border-radius: 4px; padding: 8px 12px; }")
        self.guide = QLabel("<a href='guide'>" + tr("Read the guide: split transactions")
                            + "</a>")
        self.guide.setObjectName("guideLink")
        self.guide.linkActivated.connect(self._open_guide)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.book_name = path_label()
        self.size_label = QLabel()
        self.contents = QLabel()
        self.written = QLabel()
        self.estimate = QLabel()
        self.estimate.setObjectName("estimate")
        for label, widget in ((tr("Book:"), self.book_name), (tr("Size:"), self.size_label),
                              (tr("Contains:"), self.contents),
                              (tr("Written by:"), self.written),
                              (tr("The upgrade takes:"), self.estimate)):
            self.form.addRow(label, widget)
        self.details = details_box()
        steps = wrapped(tr(
            "What happens next: a verified backup of the book, then the upgrade, then every "
            "total is checked against the backup. If anything fails, the book is put back "
            "exactly as it was."), muted=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.restored)
        layout.addWidget(intro)
        layout.addWidget(self.example)
        layout.addWidget(self.guide)
        layout.addSpacing(10)
        layout.addLayout(self.form)
        layout.addWidget(self.details)
        layout.addSpacing(4)
        layout.addWidget(steps)
        layout.addStretch(1)

    def initializePage(self) -> None:
        w = self.wiz()
        if w.restored is not None:
            self.restored.setText(" ".join((
                TICK + " " + tr("The backup is restored."), w.restored_text(),
                tr("An earlier Cuentas wrote that backup, so the book needs this upgrade "
                   "before this Cuentas can open it. Cancel leaves it as it is."))))
        self.restored.setVisible(w.restored is not None)
        state = w.state
        counts = state.counts if state is not None else {}
        n = counts.get("transactions", 0)
        self.book_name.setText(w.display_location)
        self.size_label.setText(describe_size(w.book_size()) if w.book_size()
                                else tr("kept on the database server"))
        accounts, categories = counts.get("accounts", 0), counts.get("categories", 0)
        self.contents.setText(", ".join((
            plural(n, tr("1 transaction"), tr("{n} transactions")).format(n=count(n)),
            plural(accounts, tr("1 account"), tr("{n} accounts")).format(n=count(accounts)),
            plural(categories, tr("1 category"), tr("{n} categories")).format(
                n=count(categories)))))
        # Plain words here; the schema revisions under Details (issue 13).
        if state is not None and state.state == "unversioned-legacy":
            self.written.setText(tr("an earlier Cuentas, before split transactions"))
            self.details.set_lines([tr("Cuentas before split transactions (revision {r})")
                                    .format(r=state.revision or "0001")])
        else:
            self.written.setText(tr("an earlier Cuentas"))
            self.details.set_lines([tr("an earlier Cuentas 2 (revision {r}; this one: {head})")
                                    .format(r=state.revision if state else "?", head=HEAD)])
        self.estimate.setText(describe_duration(estimate_seconds(n)))

    def _open_guide(self, _link: str = "") -> None:
        from ui.help.browser import show_help

        show_help(self, "split-transactions", "")


def details_box() -> DetailsText:
    """A page's *Details*: the technical words (how the backup was copied, its checksum,
    the schema revisions), closed until asked for; the page says it plainly above."""
    box = DetailsText(tr("Details"))
    box.setObjectName("details")
    return box


def split_example() -> str:
    """One supplier invoice split into the purchase and its IVA (es_MX amounts)."""
    def amount(cents: int) -> str:
        return format_amount(cents, 2, "es_MX")

    rows = [(tr("Papelería Lumen — invoice A-311"), amount(-116_000), True),
            (tr("Gastos:Papelería"), amount(-100_000), False),
            (tr("Impuestos:IVA acreditable"), amount(-16_000), False)]
    cells = "".join(
        f"<tr><td style='padding-right:40px'>{'<b>' if top else '&nbsp;&nbsp;&nbsp;↳ '}"
        f"{_escape(text)}{'</b>' if top else ''}</td>"
        f"<td align='right'>{'<b>' if top else ''}{value}{'</b>' if top else ''}</td></tr>"
        for text, value, top in rows)
    caption = tr("For example, one movement, two lines:")
    return (f"<div style='color:{MUTED_COLOR}'>{_escape(caption)}</div>"
            f"<table style='margin-top:4px'>{cells}</table>")


# ---------------------------------------------------------------- Backup


class BackupPage(_Page):
    """The verified backup, made here and shown before the schema is touched."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("page_backup")
        self.setTitle(tr("Backup"))
        self.setSubTitle(tr("First, a copy of the book that Cuentas checks. The upgrade "
                            "starts only after this copy has passed every check."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("Upgrade now"))
        self.folder = QLineEdit()
        self.folder.setObjectName("backupFolder")
        self.folder.textEdited.connect(self._folder_edited)
        self.change = QPushButton(tr("Change…"))
        self.change.setAutoDefault(False)
        self.change.clicked.connect(self.choose_folder)
        self.folder_error = QLabel()
        self.folder_error.setObjectName("folderError")
        self.folder_error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.folder_error.setWordWrap(True)
        self.folder_error.hide()
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.change)
        self.start = QPushButton(tr("Back up now"))
        self.start.setObjectName("backupNow")
        self.start.setAutoDefault(False)
        self.start.clicked.connect(self.back_up)
        self.start.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.status = wrapped(tr(
            "Cuentas copies the book, reads the copy back to be sure it is complete, and "
            "compares its totals with the book's: the number of movements, every account's "
            "balance and every category's total."), muted=True)
        self.checks = QVBoxLayout()
        self.saved = path_label()
        self.saved.setObjectName("backupSaved")
        self.saved.hide()
        self.details = details_box()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("The backup goes to this folder:")))
        layout.addLayout(row)
        layout.addWidget(self.folder_error)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start)
        start_row.addWidget(self.bar, 1)
        start_row.addStretch(0)
        layout.addSpacing(6)
        layout.addLayout(start_row)
        layout.addWidget(self.status)
        layout.addLayout(self.checks)
        layout.addWidget(self.saved)
        layout.addWidget(self.details)
        layout.addStretch(1)

    def initializePage(self) -> None:
        w = self.wiz()
        if not self.folder.text():
            self.folder.setText(str(w.folder))
        if self.details.text.text() == "":
            self.details.set_lines([self._how()])

    def _how(self) -> str:
        if db.is_postgres(self.wiz().location):
            return tr("The book's rows are read from the database server in one consistent "
                      "moment into a Cuentas file of the same revision (a snapshot), and its "
                      "totals are compared with the book's.")
        return tr(
            "Cuentas copies the book with SQLite's online backup, checks the integrity of "
            "the copy, and compares its totals with the book's: the number of movements, "
            "every account's balance and every category's total.")

    def isComplete(self) -> bool:
        w = self.wiz()
        return (w.prepared is not None and w.backup_task is None
                and Path(self.folder.text()).expanduser() == w.prepared.info.path.parent)

    def validatePage(self) -> bool:
        # `QWizard.next()` does not ask `isComplete`: no way forward without the backup.
        return self.isComplete()

    def _folder_edited(self, _text: str) -> None:
        self.folder_error.hide()
        self.completeChanged.emit()

    def choose_folder(self) -> None:
        chosen = choose_directory(self, tr("Where should the backup go?"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)
            self._folder_edited(chosen)

    def show_error(self, message: str) -> None:
        self.folder_error.setText(message)
        self.folder_error.show()

    def back_up(self) -> None:
        from app.backup import check_folder_argument
        from app.errors import BadInput

        text = self.folder.text().strip()
        if not text or not Path(text).expanduser().is_absolute():
            self.show_error(tr("Choose a folder (a full path, such as /home/sandy/backups)."))
            return
        try:
            folder = check_folder_argument("folder", text)
        except BadInput as exc:
            self.show_error(tr("This folder {reason}. Choose another one.").format(
                reason=exc.reason))
            return
        self.folder_error.hide()
        self._clear_checks()
        self.saved.clear()
        self.saved.hide()
        self.details.set_lines([self._how()])
        self.start.setEnabled(False)
        self.change.setEnabled(False)
        self.folder.setEnabled(False)
        self.bar.setRange(0, 0)
        self.bar.show()
        self.status.setText(tr("Backing up…"))
        self.wiz().start_backup(folder)
        self.completeChanged.emit()

    def progressed(self, step: str, detail: str, done: int, total: int) -> None:
        self.status.setText(step_text(step) + (f" — {detail}" if detail else ""))
        self.bar.setRange(0, max(total, 0))
        if total:
            self.bar.setValue(min(done, total))

    def finished(self, error: BaseException | None) -> None:
        self.bar.hide()
        self.start.setEnabled(True)
        self.change.setEnabled(True)
        self.folder.setEnabled(True)
        w = self.wiz()
        if error is not None:
            self.status.setText("")
            self.start.setText(tr("Try again"))
            from ui.common.background import Stopped

            if not isinstance(error, Stopped):
                self.show_error(tr("No backup could be made: {reason}. The book was not "
                                   "changed.").format(reason=str(error)))
        elif w.prepared is not None:
            self.show_verified()
        self.completeChanged.emit()

    def show_verified(self) -> None:
        w = self.wiz()
        assert w.prepared is not None
        info = w.prepared.info
        fp = info.fingerprint
        self.start.setText(tr("Back up again"))
        self.status.setText(tr("The backup is made and verified:"))
        self._clear_checks()
        size = describe_size(info.size)
        lines = [tr("A copy of the book is made ({size})").format(size=size),
                 tr("The copy reads back complete and undamaged")]
        if fp is not None:
            t, a, c = fp.transactions, len(fp.balances), len(fp.categories)
            lines.append(tr("Totals equal the book's: {figures}").format(figures=", ".join((
                plural(t, tr("1 transaction"), tr("{n} transactions")).format(n=count(t)),
                plural(a, tr("1 account balance"), tr("{n} account balances")).format(
                    n=count(a)),
                plural(c, tr("1 category total"), tr("{n} category totals")).format(
                    n=count(c))))))
        for line in lines:
            self.checks.addWidget(check_line(line))
        self.saved.setText(tr("Saved as {path}").format(path=info.path))
        self.saved.show()
        # How it was copied and proven, for whoever asks (issue 13: plain words first).
        how = (tr("Copied with SQLite's online backup: {size}").format(size=size)
               if not db.is_postgres(w.location) else self._how())
        self.details.set_lines([how, tr("Integrity check of the copy: passed"),
                                tr("Checksum recorded (sha256 {digest}…)").format(
                                    digest=info.sha256[:12])])

    def _clear_checks(self) -> None:
        while self.checks.count():
            item = self.checks.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()


def choose_directory(parent: QWidget, title: str, start: str) -> str:
    """The folder chooser (tests replace it)."""
    return QFileDialog.getExistingDirectory(parent, title, start)


# ---------------------------------------------------------------- Upgrade


class UpgradePage(_Page):
    """The engine's steps as they happen, each with its counts."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("page_upgrade")
        self.setCommitPage(True)  # no way back to it from the Check page
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("Next >"))
        self.setTitle(tr("Upgrade"))
        self.setSubTitle(tr("Cuentas is upgrading the book. The window stays usable, and "
                            "closing it is safe: Cuentas asks first, and the book is never "
                            "left half-upgraded."))
        self.steps = QListWidget()
        self.steps.setObjectName("upgradeSteps")
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setIconSize(QSize(16, 16))
        self.steps.setSpacing(2)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.status = wrapped("", muted=True)
        self.status.setObjectName("upgradeStatus")
        self.elapsed = QLabel()
        self.elapsed.setStyleSheet(MUTED_STYLE)
        self._started = 0.0
        self._clock = QTimer(self)
        self._clock.timeout.connect(self._tick)
        self._current: QListWidgetItem | None = None
        self._step = ""
        self.finished = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.bar)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.elapsed)
        layout.addLayout(bottom)

    def initializePage(self) -> None:
        if self._started:
            return
        self._started = time.monotonic()
        self._clock.start(500)
        self._tick()
        self.wiz().start_upgrade()

    def isComplete(self) -> bool:
        return self.finished

    def _tick(self) -> None:
        self.elapsed.setText(tr("Elapsed: {n} s").format(
            n=int(time.monotonic() - self._started)))

    def progressed(self, step: str, detail: str, done: int, total: int) -> None:
        style = self.style()
        if step != self._step or self._current is None:
            if self._current is not None:
                self._current.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton))
            self._step = step
            self._current = QListWidgetItem(step_text(step))
            self._current.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowRight))
            self.steps.addItem(self._current)
            self.steps.scrollToItem(self._current)
        text = step_text(step)
        if total > 1:
            text += " — " + tr("{done} of {total}").format(done=f"{done:,}", total=f"{total:,}")
        self._current.setText(text)
        self.bar.setRange(0, total if total > 0 else 0)
        if total > 0:
            self.bar.setValue(min(done, total))
        self.status.setText(tr("Working… the book stays exactly as it was until the upgrade "
                               "is saved, at the end."))

    def stopping(self) -> None:
        self.status.setText(tr("Stopping: Cuentas is undoing what was done so far…"))

    def done_(self, ok: bool) -> None:
        self._clock.stop()
        self._tick()
        self.finished = True
        if self._current is not None and ok:
            self._current.setIcon(self.style().standardIcon(
                QStyle.StandardPixmap.SP_DialogApplyButton))
        self.bar.setRange(0, 1)
        self.bar.setValue(1 if ok else 0)
        self.status.setText(tr("Finished.") if ok else tr("The upgrade did not complete."))
        self.completeChanged.emit()
