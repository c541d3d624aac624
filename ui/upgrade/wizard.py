"""The upgrade wizard: the face of `app.upgrade` for a book an earlier Cuentas wrote.

Pages (`ui.upgrade.pages`): *What's new* → *Backup* → *Upgrade* → *Check* → *Done*, or
the calm *restored* page when the upgrade failed. The Backup page takes the verified
pre-upgrade backup itself (`app.upgrade.prepared.prepare_backup`), so the person sees
it made and checked before anything about the schema changes; the engine is handed
that backup and uses it while the book's files are provably untouched (else it
backs up again), proving it once more before it commits (see `app.upgrade`).

Work runs on threads of its own (the operations of `ui.common.operations.books`,
`run_in_thread`), so the window stays responsive. Closing the window during the
backup or the upgrade asks first; *Stop* makes the engine roll back at its next step
(the book stays as it was), and is refused once the upgrade is being saved. Even a
kill is safe: the engine's transaction and crash marker leave either the old book or
the upgraded one, and the next launch settles which (`ui.launch.flow`). No button is
a default button, so Enter never starts anything. F1 (and the Help button) open
`admin-upgrading`.

After `exec()`, `result_` is the `UpgradeResult` when the book was upgraded (it is
then current), and `failure` the exception otherwise.
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget, QWizard

from app import __version__, i18n
from app.backup import BackupError, BackupInfo, default_dir
from app.errors import BookStateError, NotAllowed
from app.store import db
from app.store.inspect import BookState, inspect_book
from app.store.schema import HEAD
from app.upgrade import UpgradeFailed, UpgradeResult
from app.upgrade.prepared import PreparedBackup
from ui.common.background import Stopped, Task
from ui.common.translate import tr
from ui.docs import autopilot
from ui.upgrade.pages import BackupPage, PageId, UpgradePage, WhatsNewPage
from ui.upgrade.results import CheckPage, DonePage, FailedPage

#: Steps after which the upgrade can no longer be stopped (it is being saved).
SAVING_STEPS = ("Saving the upgraded book", "Checking the upgraded file", "Finishing")
#: How long "Finished" stays on the Upgrade page before the Check page shows.
ADVANCE_MS = 600


def book_locale(location: str) -> str:
    """The upgraded book's locale, for its amounts on the Check page."""
    from app.store.book import open_book

    book = open_book(location, pool=False)
    try:
        return book.info.locale
    finally:
        book.close()


class UpgradeWizard(QWizard):
    WHATS_NEW, BACKUP, UPGRADE = PageId.WHATS_NEW, PageId.BACKUP, PageId.UPGRADE
    CHECK, DONE, FAILED = PageId.CHECK, PageId.DONE, PageId.FAILED
    #: Where *Next* leads from each page, when the way on does not depend on the run.
    ROUTE: dict[int, PageId] = {PageId.WHATS_NEW: PageId.BACKUP, PageId.BACKUP: PageId.UPGRADE,
             PageId.CHECK: PageId.DONE}

    def __init__(self, location: str, state: BookState | None = None,
                 parent: QWidget | None = None, *, backup_dir: Path | None = None,
                 restored: BackupInfo | None = None) -> None:
        super().__init__(parent)
        self.location = location
        #: The backup just restored, when the wizard opens right after a restore (its
        #: What's new page says so first).
        self.restored = restored
        self.state = state if state is not None else inspect_book(location, quick_check=False)
        self.display_location = db.display_name(location)
        self.folder = Path(backup_dir) if backup_dir is not None else default_dir(location)
        self.prepared: PreparedBackup | None = None
        self.backup_task: Task | None = None
        self.upgrade_task: Task | None = None
        self.result_: UpgradeResult | None = None
        self.failure: BaseException | None = None
        self.amount_locale = "es_MX"
        #: (seconds since the upgrade started, step, detail, done, total)
        self.steps_seen: list[tuple[float, str, str, int, int]] = []
        self._upgrade_started = 0.0
        self._close_when_idle = False
        self.setObjectName("upgradeWizard")
        name = Path(self.display_location).name if not db.is_postgres(location) else (
            self.display_location)
        self.setWindowTitle(tr("Upgrade {book} — Cuentas").format(book=name))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoDefaultButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setTitleFormat(Qt.TextFormat.RichText)
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        self.helpRequested.connect(self.show_guide)
        self.pages = {
            self.WHATS_NEW: WhatsNewPage(), self.BACKUP: BackupPage(),
            self.UPGRADE: UpgradePage(), self.CHECK: CheckPage(), self.DONE: DonePage(),
            self.FAILED: FailedPage(),
        }
        for page_id, page in self.pages.items():
            self.setPage(page_id, page)
        self.setStartId(self.WHATS_NEW)
        self.currentIdChanged.connect(self._page_changed)
        self._no_default_buttons()
        from ui.help.browser import install_context_help

        install_context_help(self, "upgrade_wizard")
        self.resize(780, 600)

    # ------------------------------------------------------------ pages and buttons
    def nextId(self) -> int:
        """The page *Next* leads to: after the upgrade, *Check* when it worked and the
        *failed* page when not; *Done* and *failed* are last (-1)."""
        current = self.currentId()
        if current == PageId.UPGRADE:
            return PageId.CHECK if self.result_ is not None else PageId.FAILED
        return int(self.ROUTE.get(current, -1))

    @property
    def backup_page(self) -> BackupPage:
        page = self.pages[self.BACKUP]
        assert isinstance(page, BackupPage)
        return page

    @property
    def upgrade_page(self) -> UpgradePage:
        page = self.pages[self.UPGRADE]
        assert isinstance(page, UpgradePage)
        return page

    def book_size(self) -> int:
        if db.is_postgres(self.location):
            return 0
        path = Path(self.location).expanduser()
        wal = path.with_name(path.name + "-wal")
        try:
            return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
        except OSError:
            return 0

    def restored_text(self) -> str:
        """The backup just restored, in one sentence ('' when none)."""
        from ui.backup.restore_dialog import restored_text

        return restored_text(self.location, self.restored) if self.restored else ""

    def show_guide(self) -> None:
        from ui.help.browser import show_help

        show_help(self, "admin-upgrading", "")

    def _no_default_buttons(self) -> None:
        # NoDefaultButton alone still lets Qt make the focused push button the default.
        for which in QWizard.WizardButton:
            button = self.button(which) if 0 <= which.value <= 5 else None
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)

    def _page_changed(self, page_id: int) -> None:
        self._no_default_buttons()
        running = page_id == self.UPGRADE and not self.upgrade_page.finished
        self.setButtonText(QWizard.WizardButton.CancelButton,
                           tr("Stop…") if running else tr("Cancel"))
        names: dict[int, str] = {
            self.WHATS_NEW: "whats-new", self.BACKUP: "backup", self.UPGRADE: "upgrade",
            self.CHECK: "check", self.DONE: "done", self.FAILED: "failed"}
        if page_id in names:
            details = self.failure_reason() if page_id == self.FAILED else ""
            autopilot.announce(f"wizard {names[page_id]}", details)
        if not autopilot.active():
            return
        if page_id == self.WHATS_NEW:
            QTimer.singleShot(100, self.next)
        elif page_id == self.BACKUP:
            QTimer.singleShot(100, self.backup_page.back_up)
        elif page_id == self.CHECK:
            QTimer.singleShot(100, self.next)
        elif page_id in (self.DONE, self.FAILED):
            QTimer.singleShot(100, self.accept)

    # ------------------------------------------------------------ the backup
    def start_backup(self, folder: Path) -> None:
        from ui.common.operations.books import prepare_upgrade_backup

        self.prepared = None
        self.backup_task = (prepare_upgrade_backup(self, self.location, folder)
                            .on_progress(self.backup_page.progressed)
                            .success(lambda prepared: self._backup_done(folder, prepared))
                            .failure(self._backup_failed)
                            .run_in_thread("cuentas-pre-upgrade-backup"))

    def _backup_done(self, folder: Path, prepared: PreparedBackup) -> None:
        self.backup_task = None
        self.prepared = prepared
        self.folder = folder
        self.backup_page.finished(None)
        autopilot.announce("backup verified", str(prepared.info.path))
        if self._close_when_idle:
            self.reject()
        elif autopilot.active():
            QTimer.singleShot(100, self.next)

    def _backup_failed(self, error: BaseException) -> None:
        self.backup_task = None
        self.backup_page.finished(error)
        autopilot.announce("backup failed", str(error))
        if self._close_when_idle:
            self.reject()

    # ------------------------------------------------------------ the upgrade
    def start_upgrade(self) -> None:
        from ui.common.operations.books import upgrade

        self._upgrade_started = time.monotonic()
        task = (upgrade(self, self.location, self.folder, self.prepared)
                .on_progress(self._upgrade_progressed)
                .success(self._upgrade_done).failure(self._upgrade_failed)
                .run_in_thread("cuentas-upgrade"))
        task.stop_allowed = lambda step: step not in SAVING_STEPS
        self.upgrade_task = task
        self._page_changed(self.currentId())

    def _upgrade_progressed(self, step: str, detail: str, done: int, total: int) -> None:
        if not self.steps_seen or self.steps_seen[-1][1] != step:
            autopilot.announce("step", f"{step} {done}/{total}")
        self.steps_seen.append((time.monotonic() - self._upgrade_started, step, detail,
                                done, total))
        self.upgrade_page.progressed(step, detail, done, total)

    def _upgrade_done(self, result: UpgradeResult) -> None:
        self.upgrade_task = None
        self.result_ = result
        try:
            self.amount_locale = book_locale(self.location)
        except Exception:  # only the amounts' format depends on it
            self.amount_locale = "es_MX"
        self.upgrade_page.done_(True)
        self._page_changed(self.currentId())
        QTimer.singleShot(ADVANCE_MS, self._advance)

    def _upgrade_failed(self, error: BaseException) -> None:
        self.upgrade_task = None
        self.failure = error
        self.upgrade_page.done_(False)
        self._page_changed(self.currentId())
        QTimer.singleShot(ADVANCE_MS, self._advance)

    def _advance(self) -> None:
        if self.currentId() == self.UPGRADE:
            self.next()

    @property
    def busy(self) -> bool:
        return self.backup_task is not None or self.upgrade_task is not None

    # ------------------------------------------------------------ closing
    def reject(self) -> None:
        """Esc, Cancel, Stop… and the window's close button all come here."""
        if self.upgrade_task is not None:
            if self.upgrade_task.stop_requested:
                return
            if ask_to_stop(self):
                self.upgrade_task.request_stop()
                self.upgrade_page.stopping()
                autopilot.announce("stop requested")
            return
        if self.backup_task is not None:
            self._close_when_idle = True
            self.backup_task.request_stop()
            return
        super().reject()

    # ------------------------------------------------------------ what went wrong
    def failure_reason(self) -> str:
        exc = self.failure
        if exc is None:
            return ""
        if isinstance(exc, UpgradeFailed) and exc.cause == "you stopped it":
            return tr("You stopped the upgrade. Everything it had done was undone.")
        if isinstance(exc, Stopped):
            return tr("You stopped the upgrade before it changed anything.")
        if isinstance(exc, UpgradeFailed):
            cause = exc.cause or str(exc)
            return tr("{cause} (while {stage}).").format(
                cause=cause[:1].upper() + cause[1:].rstrip("."), stage=i18n.tr(exc.stage))
        if isinstance(exc, BackupError | BookStateError | NotAllowed):
            return str(exc) + ("" if str(exc).endswith(".") else ".")
        return tr("Something unexpected went wrong ({error}); the book was not changed.").format(
            error=f"{type(exc).__name__}: {exc}")

    def failure_backup(self) -> Path | None:
        exc = self.failure
        if isinstance(exc, UpgradeFailed) and exc.backup is not None:
            return Path(exc.backup)
        if self.prepared is not None and self.prepared.info.path.exists():
            return self.prepared.info.path
        return None

    def failure_details(self) -> str:
        """Everything support needs, as plain text (*Copy details*)."""
        exc = self.failure
        state = self.state
        lines = [
            tr("Cuentas {version}: upgrade of {book}").format(
                version=__version__, book=self.display_location),
            tr("When: {time}").format(
                time=datetime.now().astimezone().isoformat(timespec="seconds")),
            tr("Book: state {state}, revision {revision} -> {head}, {counts}").format(
                state=state.state if state else "?",
                revision=state.revision if state else "?", head=HEAD,
                counts=", ".join(f"{v} {k}" for k, v in (state.counts if state else {})
                                 .items())),
            tr("Outcome: {outcome}").format(
                outcome=tr("restored from the backup") if getattr(exc, "restored", False)
                else tr("rolled back, unchanged")),
            tr("Stage: {stage}").format(stage=i18n.tr(getattr(exc, "stage", "-"))),
            tr("Reason: {reason}").format(reason=getattr(exc, "cause", "") or exc),
            tr("Message: {message}").format(message=exc),
            tr("Error type: {name}").format(
                name=type(exc).__name__ if exc is not None else "-"),
            tr("Backup: {path}").format(path=self.failure_backup() or "-"),
            tr("Steps:"),
        ]
        last: dict[str, Any] = {}
        for seconds, step, detail, done, total in self.steps_seen:
            last[step] = (seconds, detail, done, total)
        for step, (seconds, detail, done, total) in last.items():
            lines.append(f"  {seconds:7.2f} s  {i18n.tr(step)}"
                         + (f" {done}/{total}" if total else "")
                         + (f" ({detail})" if detail else ""))
        return "\n".join(lines)


def ask_to_stop(parent: QWidget) -> bool:
    """Ask before stopping a running upgrade; *Keep upgrading* is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Stop the upgrade?"), tr(
        "The upgrade is still running. If you stop it, Cuentas undoes what it has done so "
        "far and the book stays exactly as it was."), parent=parent)
    box.setInformativeText(tr(
        "Even if Cuentas were closed by force, the book would be safe: the next start "
        "finds out how far the upgrade got and settles it."))
    keep = box.addButton(tr("Keep upgrading"), QMessageBox.ButtonRole.RejectRole)
    stop = box.addButton(tr("Stop the upgrade"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is stop


def run_wizard(location: str, state: BookState | None = None,
               parent: QWidget | None = None, *,
               restored: BackupInfo | None = None) -> UpgradeResult | None:
    """Show the wizard (modal) and return the result when the book was upgraded;
    `restored`: the backup just restored (said on the first page)."""
    wizard = UpgradeWizard(location, state, parent, restored=restored)
    exec_wizard(wizard)
    result = wizard.result_
    wizard.deleteLater()
    return result


def exec_wizard(wizard: UpgradeWizard) -> int:
    """`wizard.exec()` (tests replace it to drive the pages)."""
    return wizard.exec()
