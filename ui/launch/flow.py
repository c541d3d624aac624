"""Opening a book at launch: look first, then open, upgrade, or explain and offer a way on.

`open_book_interactively(location, parent)` has the contract of
`ui.application.open_or_explain`: it returns an `app.store.opened.OpenBook` (the open
book and its `session` lock, both let go by its `close()`), or None after telling the
person, in plain words, why not. In between:

1. the book's `session` lock is taken first, so nothing else changes the book
   between the look and the opening (another Cuentas holding it: *locked*);
2. the look is cheap — header, schema, revision and counts through a read-only
   connection (`app.store.inspect`, ~20 ms at a million transactions). SQLite's
   `quick_check` runs only when the last session on this computer did not close
   cleanly (`app.admin.sessions`); an upgrade or restore cut short (crash marker) is
   settled first (`app.upgrade.recovery.settle_then_inspect`, the operation
   `ui.common.operations.books.settle`). Either of those runs off the UI thread with
   a progress dialog after 600 ms. The fuller checks (`app.store.verify`:
   quick_check, every transaction's lines, transfers, references) run in the
   background once the main window has shown, so start-up stays within its 1.5 s;
3. the state decides: `current` opens; `behind` / `unversioned-legacy` go through
   the upgrade wizard; `ahead` explains that a newer Cuentas wrote it and offers
   another book; `corrupt` explains, changes and deletes nothing, and offers the
   newest verified backup (the restore keeps the damaged file aside); `locked` names
   the computer, user and process that hold it and offers Retry or another book
   (not read-only: see `LOCKED_READ_ONLY`); `interrupted` (an upgrade left neither
   old nor new) offers the backup the engine names; a crash the inspection settled
   (`recovered`) is told in plain words before going on. A book whose file or folder
   this user cannot write is explained before anything else (`read-only`: the
   desktop app keeps a lock file beside the book and saves every change at once, so
   it does not open a book it cannot write; `cuentas list`/`report` read it).

Every dialog is a `ui.launch.dialogs.LaunchDialog` with a `kind` and named choices,
none of them a default button; tests replace `_exec` to read them and choose. With
`CUENTAS_UI_AUTOPILOT=1` (tests only, see `ui.docs.autopilot`) they choose by themselves.
The fuller checks after the window shows are `ui.launch.checks`.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.admin import sessions
from app.backup import BackupError, BackupInfo, read_backup
from app.backup.catalog import newest_verified_backup
from app.errors import BadInput, BookStateError, CuentasError, NotAllowed
from app.store import db
from app.store.book import Book, open_book
from app.store.files import reason_title
from app.store.inspect import BookState
from app.store.lock import BookLock, BookLocked, LockHolder, lock_path
from app.store.opened import OpenBook
from ui.common.operations.books import settle
from ui.common.translate import tr
from ui.launch import password
from ui.launch.dialogs import (
    LaunchDialog,
    choose_backup_file,
    choose_book_file,
    not_upgraded_dialog,
    show_dialog,
)

#: Shows a launch dialog and returns the key of the choice (tests replace it).
_exec = show_dialog
#: Why a book another Cuentas holds is not opened read-only (said in the dialog).
LOCKED_READ_ONLY = QT_TRANSLATE_NOOP(
    "", "Opening it read-only here is not offered: the other Cuentas may be changing it at "
    "this very moment, and this window could show balances half-way through a change "
    "without knowing it.")


@dataclass(frozen=True)
class _Again:
    """Start over with this location (Retry, another book, the book just restored:
    `restored` is then the backup that came back, for the upgrade wizard to say so)."""

    location: str
    restored: BackupInfo | None = None


# ---------------------------------------------------------------- the flow


def open_book_interactively(location: str, parent: QWidget | None = None) -> OpenBook | None:
    """Open `location` for work, or guide the person through its state (see the module
    docstring); None when it does not open. Same contract as `open_or_explain`."""
    restored: BackupInfo | None = None
    for _round in range(50):  # Retry / another book / restored: each starts over
        outcome = _attempt(location, parent, restored)
        if not isinstance(outcome, _Again):
            return outcome
        location, restored = outcome.location, outcome.restored
    return None


def _attempt(location: str, parent: QWidget | None,
             restored: BackupInfo | None = None) -> OpenBook | _Again | None:
    try:
        db.sqlalchemy_url(location)
    except BadInput as exc:
        return _cannot_open(location, f"{exc.value}: {exc.reason}", parent)
    location = password.with_known_password(location)  # typed earlier this session
    if not db.is_postgres(location) and not Path(location).expanduser().is_file():
        return _missing(location, parent)
    if not db.writable(location):
        return _read_only(location, parent)
    try:
        lock = BookLock.acquire(location, "session")
    except BookLocked as exc:
        return _locked(location, exc.holder, parent)
    except BookStateError as exc:  # the lock file cannot be written beside the book
        return _cannot_open(location, str(exc), parent)
    except Exception as exc:  # a server that does not answer, or asks for a password
        if db.needs_password(exc):
            return _ask_password(location, parent)
        return _cannot_open(location, _plain(exc), parent)
    opened = False
    try:
        try:
            state = _inspect(location, parent)
        except CuentasError as exc:
            return _cannot_open(location, str(exc), parent)
        except Exception as exc:  # a server that does not answer, a file that vanished
            if db.needs_password(exc):
                return _ask_password(location, parent)
            return _cannot_open(location, _plain(exc), parent)
        if state.recovered and _exec(_recovered_dialog(location, state, parent)) != "continue":
            return None
        outcome = _route(location, state, parent, restored)
        if isinstance(outcome, Book):
            result = _opened(outcome, lock)
            opened = True
            return result
        return outcome
    finally:
        if not opened:
            lock.release()


def _ask_password(location: str, parent: QWidget | None) -> _Again | None:
    """The server wants a password libpq did not find (or refused the one given): ask
    once, keep it in memory, try again; None when the person cancels."""
    again = password.ask_password(location, parent)
    return _Again(again) if again is not None else None


def _plain(exc: Exception) -> str:
    """One line for an unexpected error while opening: the book's problem in plain words
    when the database says one (`app.store.db.problem`: never SQL, never a password)."""
    found = db.problem(exc)
    return found[1] if found is not None else f"{type(exc).__name__}: {exc}"


def _inspect(location: str, parent: QWidget | None) -> BookState:
    """The cheap look, or (after an unclean end or an interrupted upgrade) the careful
    one, off the UI thread."""
    from app.store.marker import read_marker

    unclean = not sessions.closed_cleanly(location)
    marker = not db.is_postgres(location) and read_marker(location) is not None
    if not (unclean or marker):
        state = settle(parent, location, quick_check=False).run_now()
        assert state is not None  # run_now raises without a failure callback
        return state
    label = (tr("Finishing what was interrupted the last time…") if marker
             else tr("Cuentas did not close normally the last time: checking the book…"))
    return (settle(parent, location, quick_check=unclean).with_progress(label)
            .wait("cuentas-settle"))


def _route(location: str, state: BookState, parent: QWidget | None,
           restored: BackupInfo | None = None) -> Book | _Again | None:
    if state.state == "current":
        return _open_current(location, parent)
    if state.needs_upgrade:
        return _upgrade_then_open(location, state, parent, restored)
    if state.state == "ahead":
        return _ahead(location, state, parent)
    if state.state == "corrupt":
        return _corrupt(location, state, parent)
    if state.state == "locked":
        return _locked(location, state.holder, parent, message=state.message)
    if state.state == "interrupted":
        return _interrupted(location, state, parent)
    if state.state == "new":
        return _offer_another(LaunchDialog(
            "new", tr("Not a book yet"), tr("This file is empty: it is not a book yet."),
            tr("Create a new book instead (File › New book…), or open another one. The "
               "file was not changed."), _another_or_close(), parent,
            details=db.display_name(location)), parent)
    return _cannot_open(location, state.message, parent)


def _open_current(location: str, parent: QWidget | None) -> Book | _Again | None:
    try:
        return open_book(location)
    except CuentasError as exc:
        return _cannot_open(location, str(exc), parent)


def _upgrade_then_open(location: str, state: BookState, parent: QWidget | None,
                       restored: BackupInfo | None = None) -> Book | _Again | None:
    from app.store.identity import require_admin_at
    from ui.upgrade.wizard import run_wizard

    try:
        require_admin_at(location, "upgrade this book")
    except NotAllowed as exc:
        return _cannot_open(location, tr(
            "This book needs an upgrade before this Cuentas can open it, and only its owner "
            "can upgrade it ({reason}).").format(reason=exc), parent)
    if run_wizard(location, state, parent, restored=restored) is None:
        # Cancelled (or it could not finish): the book stays as it is; say so and how on.
        choice = _exec(not_upgraded_dialog(location, parent))
        if choice == "upgrade":
            return _Again(location, restored)
        if choice == "another":
            chosen = choose_book_file(parent)
            return _Again(chosen) if chosen else None
        return None
    return _open_current(location, parent)


def _opened(book: Book, lock: BookLock) -> OpenBook:
    from ui.backup.dialogs import watch_changes
    from ui.launch.checks import watch_for_window

    sessions.mark_open(book.location)
    watch_changes(book)
    watch_for_window(book)
    return OpenBook(book, lock)  # its close() lets go of the book and the lock


# ---------------------------------------------------------------- each state


def _another_or_close() -> list[tuple[str, str]]:
    return [("another", tr("Open another book…")), ("close", tr("Close"))]


def _offer_another(dialog: LaunchDialog, parent: QWidget | None) -> _Again | None:
    if _exec(dialog) == "another":
        chosen = choose_book_file(parent)
        return _Again(chosen) if chosen else None
    return None


def _missing(location: str, parent: QWidget | None) -> _Again | None:
    return _offer_another(LaunchDialog(
        "missing", tr("No book here"), tr("There is no book at this place."),
        tr("It may have been moved, renamed or deleted; open it from its new place."),
        _another_or_close(), parent, details=db.display_name(location)), parent)


def _read_only(location: str, parent: QWidget | None) -> _Again | None:
    return _offer_another(LaunchDialog(
        "read-only", tr("The book is read-only"),
        tr("This book cannot be changed here: its file or its folder is read-only for you."),
        tr("Cuentas opens a book only where it can save every change at once and keep its "
           "lock file beside the book, so it does not open this one. Make the file and its "
           "folder writable, or copy the book into a folder of yours (Documents) and open "
           "the copy. The book was not changed."),
        _another_or_close(), parent, details=db.display_name(location), warning=True), parent)


def _cannot_open(location: str, reason: str, parent: QWidget | None) -> _Again | None:
    return _offer_another(LaunchDialog(
        "error", tr("Cuentas cannot open this book"), tr("Cuentas cannot open this book."),
        tr("{reason} Nothing in the book was changed.").format(
            reason=reason[:1].upper() + reason[1:].rstrip(".") + "."),
        _another_or_close(), parent, details=db.display_name(location), warning=True), parent)


def _ahead(location: str, state: BookState, parent: QWidget | None) -> _Again | None:
    from app.store.schema import HEAD

    return _offer_another(LaunchDialog(
        "ahead", tr("A newer Cuentas wrote this book"),
        tr("This book was written by a newer version of Cuentas."),
        tr("It is at revision {revision}; this Cuentas knows revisions up to {head}, so it "
           "does not open the book: it could misread what the newer version wrote. Nothing "
           "in the book was changed. Open it with the newer Cuentas, or open another book."
           ).format(revision=state.revision or "?", head=HEAD),
        _another_or_close(), parent, details=db.display_name(location)), parent)


def _locked(location: str, holder: LockHolder | None, parent: QWidget | None, *,
            message: str = "") -> _Again | None:
    doing = {
        "upgrade": tr("Another Cuentas is upgrading this book."),
        "restore": tr("Another Cuentas is restoring a backup of this book."),
        "recovery": tr("Another Cuentas is checking this book after an interruption."),
    }.get(holder.purpose if holder else "", tr("Another Cuentas has this book open."))
    body = tr("Cuentas opens a book in one place at a time, so that two programs never change "
              "it behind each other's back. Close it there, or wait until it finishes, then "
              "press Retry.")
    read_only = tr(str(LOCKED_READ_ONLY))
    lines = [db.display_name(location)]
    if holder is not None:
        lines += [tr("Computer: {host}").format(host=holder.host),
                  tr("User: {user}").format(user=holder.user or "?"),
                  tr("Process: {pid}").format(pid=holder.pid)]
        if holder.started:
            lines.append(tr("Since: {when} UTC").format(
                when=holder.started[:19].replace("T", " ")))
        if holder.host != socket.gethostname() and not db.is_postgres(location):
            body += "\n\n" + tr(
                "It was opened on another computer, so Cuentas cannot tell from here whether "
                "it is still running there. If you are sure it is closed, delete the file "
                "{lock} and press Retry.").format(lock=lock_path(location))
    elif message:
        lines.append(message)
    body += "\n\n" + read_only
    dialog = LaunchDialog("locked", tr("The book is in use"), doing, body,
                          [("retry", tr("Retry")), *_another_or_close()], parent,
                          details="\n".join(lines), warning=True)
    choice = _exec(dialog)
    if choice == "retry":
        return _Again(location)
    if choice == "another":
        chosen = choose_book_file(parent)
        return _Again(chosen) if chosen else None
    return None


def _recovered_dialog(location: str, state: BookState, parent: QWidget | None) -> LaunchDialog:
    said = state.recovered
    if state.recovered_kind == "intact":  # app.upgrade.recovery
        headline = tr("The last upgrade of this book was interrupted.")
        body = tr("Cuentas was stopped while it was upgrading this book (the computer went "
                  "off, or Cuentas was closed by force). Nothing of that upgrade was kept: the "
                  "book is exactly as it was before it, and Cuentas has checked that every "
                  "total is the same.")
    elif state.recovered_kind == "completed":
        headline = tr("The last upgrade of this book had finished.")
        body = tr("Cuentas was stopped just after it had saved the upgrade of this book. It "
                  "has now run the last checks: every total is the same as before.")
    else:  # a restore completed, or a change SQLite rolled back
        headline = tr("Cuentas had stopped in the middle of its work the last time.")
        body = said  # in the interface's language (app.upgrade.recovery)
    then = {
        "current": tr("The book opens now."),
        "behind": tr("The upgrade wizard opens next, so you can run the upgrade again."),
        "unversioned-legacy": tr("The upgrade wizard opens next, so you can run the upgrade "
                                 "again."),
    }.get(state.state, "")
    return LaunchDialog(
        "recovered", tr("What happened last time"), headline, f"{body}\n\n{then}".strip(),
        [("continue", tr("Continue")), ("close", tr("Close"))], parent,
        details=f"{db.display_name(location)}\n{said}", autopilot_choice="continue")


def _corrupt(location: str, state: BookState, parent: QWidget | None) -> _Again | None:
    offered = newest_verified_backup(location)
    body = tr("Cuentas found that this book's file is damaged ({reason}), so it does not open "
              "it. Nothing was changed and nothing was deleted.").format(
                  reason=state.detail or state.message)
    details = [db.display_name(location)]
    if offered is not None:
        body += " " + tr(
            "The newest verified backup of this book is from {when} ({reason}). Restoring it "
            "keeps the damaged file aside, beside the book under a name of its own; movements "
            "entered after that backup must be entered again.").format(
                when=offered.created_local[:16],
                reason=reason_title(offered.reason).lower())
        details.append(tr("Backup: {path}").format(path=offered.path))
        choices = [("restore", tr("Restore this backup")),
                   ("choose", tr("Choose another backup…")), *_another_or_close()]
    else:
        body += " " + tr("Cuentas found no verified backup of this book on this computer; if "
                         "you keep backups elsewhere (a USB disk), choose one.")
        choices = [("choose", tr("Choose a backup…")), *_another_or_close()]
    dialog = LaunchDialog("corrupt", tr("The book is damaged"),
                          tr("This book's file is damaged."), body, choices, parent,
                          details="\n".join(details), warning=True,
                          autopilot_choice="restore" if offered else "close",
                          guide="admin-backup-restore")
    return _restore_choice(location, _exec(dialog), offered, parent)


def _interrupted(location: str, state: BookState, parent: QWidget | None) -> _Again | None:
    named = Path(state.backup) if state.backup else None
    offered = read_backup(named) if named is not None and named.is_file() else None
    if offered is None or not offered.verified:
        offered = newest_verified_backup(location)
    body = tr("Cuentas stopped while it was upgrading or restoring this book (the computer "
              "went off, or Cuentas was closed by force), at a moment that left the book "
              "neither as it was nor finished. Nothing has been deleted.")
    details = [db.display_name(location)]
    if offered is not None:
        body += " " + tr("The verified backup from {when} ({reason}) puts the book back as it "
                         "was then; the book as it is now is kept aside.").format(
                             when=offered.created_local[:16],
                             reason=reason_title(offered.reason).lower())
        details.append(tr("Backup: {path}").format(path=offered.path))
        choices = [("restore", tr("Restore this backup")),
                   ("choose", tr("Choose another backup…")), ("close", tr("Close"))]
    else:
        choices = [("choose", tr("Choose a backup…")), ("close", tr("Close"))]
    dialog = LaunchDialog("interrupted", tr("An upgrade was interrupted"),
                          tr("The last upgrade of this book did not finish."), body, choices,
                          parent, details="\n".join(details), warning=True,
                          autopilot_choice="restore" if offered else "close",
                          guide="admin-backup-restore")
    return _restore_choice(location, _exec(dialog), offered, parent)


def _restore_choice(location: str, choice: str, offered: BackupInfo | None,
                    parent: QWidget | None) -> _Again | None:
    if choice == "another":
        chosen = choose_book_file(parent)
        return _Again(chosen) if chosen else None
    if choice == "choose":
        picked = choose_backup_file(parent, offered.path.parent if offered else None)
        if picked is None:
            return None
        offered = read_backup(picked)
    elif choice != "restore" or offered is None:
        return None
    return _restore(location, offered, parent)


def _restore(location: str, info: BackupInfo, parent: QWidget | None) -> _Again | None:
    from ui.backup.restore_dialog import restored_text
    from ui.common.operations.backups import restore

    try:
        result = (restore(parent, location, info).with_progress(tr("Restoring the backup…"))
                  .wait("cuentas-restore"))
    except (BackupError, BookStateError, NotAllowed, OSError) as exc:
        _exec(LaunchDialog(
            "restore-failed", tr("The backup was not restored"),
            tr("The backup could not be restored."),
            tr("{reason}. The book was not changed.").format(reason=str(exc).rstrip(".")),
            [("close", tr("Close"))], parent, warning=True, guide="admin-backup-restore"))
        return None
    lines = [tr("Restored: {path}").format(path=info.path)]
    if result.safety_backup is not None:
        lines.append(tr("The book as it was: {path}").format(path=result.safety_backup.path))
    lines += [tr("Kept aside, as it was: {path}").format(path=p) for p in result.kept_aside]
    older = result.state in ("behind", "unversioned-legacy")
    again = _exec(LaunchDialog(
        "restored", tr("The backup is back"), tr("The backup is back in place."),
        restored_text(location, info)
        + (" " + tr("It was written by an earlier Cuentas: the upgrade wizard opens next.")
           if older else ""),
        [("continue", tr("Open the book")), ("close", tr("Close"))], parent,
        details="\n".join(lines), autopilot_choice="continue", guide="admin-backup-restore"))
    return _Again(location, info if older else None) if again == "continue" else None
