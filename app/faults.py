"""Fault injection for the failure tests of upgrade, backup and restore.

The failure tests must prove what happens when a disk fills up, a folder cannot be
written, a revision fails half-way or the process is killed at an exact stage — in
real subprocesses, where monkeypatching is not possible. So the engine calls
`point(name)` at the moments that matter, and the environment variable
`CUENTAS_TEST_FAULT` says which point misbehaves and how:

    CUENTAS_TEST_FAULT="NAME:ACTION[=ARG][@N][,NAME:ACTION...]"

`NAME` is a point (list below); `@N` fires on the N-th time the point is reached
(default: the first). Actions:

- `fail`   raise `InjectedFault` (a bug or an unexpected error at that moment)
- `enospc` raise `OSError(ENOSPC)` (the disk is full)
- `eacces` raise `PermissionError(EACCES)` (a folder or file cannot be written;
           tests run as root, where chmod cannot simulate it)
- `kill`   SIGKILL this process on the spot (a crash or a power cut)
- `sleep=S` sleep S seconds (hold a lock long enough for another process to try)
- `flip`   overwrite a page in the middle of the file handed to the point (damage)

Points: `backup.folder`, `backup.space`, `backup.copy` (every copied chunk),
`backup.copied` (the temporary copy, before verification), `backup.renamed`,
`upgrade.locked`, `upgrade.backed-up`, `upgrade.migrate.<revision>.<step>` (each
progress report of a revision's data step), `upgrade.applied.<revision>`,
`upgrade.validate`, `upgrade.commit`, `upgrade.committed`, `upgrade.checked`,
`restore.copied`, `restore.swapped`, `outfile.write` (an output file written, before it
is synced and renamed: app/store/outfiles.py), `accounts.change` (an account renamed, its
opening balance not yet set, inside the one transaction of `change_account`).

When the variable is unset a point costs one dictionary lookup; nothing else in
Cuentas reads it. Never set it outside tests.
"""

from __future__ import annotations

import errno
import os
import signal
import time
from pathlib import Path

ENV = "CUENTAS_TEST_FAULT"

_hits: dict[str, int] = {}


class InjectedFault(RuntimeError):
    """The failure a test asked for with `CUENTAS_TEST_FAULT`."""


def point(name: str, *, path: Path | None = None) -> None:
    """Misbehave here if the test environment says so; otherwise do nothing."""
    spec = os.environ.get(ENV)
    if not spec:
        return
    for item in spec.split(","):
        where, _, action = item.strip().rpartition(":")
        nth = 1
        if "@" in action:
            action, _, count = action.partition("@")
            nth = int(count)
        if where != name:
            continue
        _hits[item] = _hits.get(item, 0) + 1
        if _hits[item] == nth:
            _act(name, action, path)


def _act(name: str, action: str, path: Path | None) -> None:
    verb, _, arg = action.partition("=")
    if verb == "fail":
        raise InjectedFault(f"injected failure at {name}")
    if verb == "enospc":
        raise OSError(errno.ENOSPC, "No space left on device (injected)")
    if verb == "eacces":
        raise PermissionError(errno.EACCES, "Permission denied (injected)")
    if verb == "kill":
        # Windows has no SIGKILL; os.kill there is TerminateProcess, just as abrupt.
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
    if verb == "sleep":
        time.sleep(float(arg or "1"))
        return
    if verb == "flip" and path is not None:
        size = path.stat().st_size
        with open(path, "r+b") as fh:
            # Overwrite the middle of a page (past any page header) with garbage:
            # the b-tree structure breaks, which quick_check must notice.
            page = max(size // 2 // 4096, 1) * 4096
            fh.seek(min(page, max(size - 4096, 0)))
            fh.write(b"\xa5" * 4096)
            fh.flush()
            os.fsync(fh.fileno())
        return
    if verb != "flip":
        raise ValueError(f"{ENV}: unknown action {action!r} at {name}")


def reset() -> None:
    """Forget how often each point was reached (tests that set the variable twice)."""
    _hits.clear()
