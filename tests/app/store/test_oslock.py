"""The operating system's file locks (`app/store/oslock.py`), with real processes.

The contract tests use no /proc, no fcntl and no POSIX signal, so they run unchanged
on Windows, where they are the check that the `LockFileEx` backend works. Here (Linux)
they run the `flock` backend; the Windows backend is checked only against a stand-in
for kernel32 that records its calls (the last tests): it has not run on Windows.
"""

from __future__ import annotations

import ast
import ctypes
import importlib.util
import json
import os
import struct
import subprocess
import sys
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.store import lock, oslock
from app.store.lock import BookLock, BookLocked, gate_path, lock_path
from tests.books import ROOT, held_by_another_process

#: Another process with a lock file open, doing what it is told, one line at a time.
CHILD = r"""
import os, sys
from pathlib import Path
from app.store import oslock
path = Path(sys.argv[1])
fd = oslock.open_file(path, os.O_RDWR | os.O_CREAT)
print("ready", flush=True)
for line in sys.stdin:
    command, _, arg = line.strip().partition(" ")
    try:
        if command == "shared":
            oslock.lock_shared(fd)
        elif command == "exclusive":
            oslock.lock_exclusive(fd)
        elif command == "unlock":
            oslock.unlock(fd)
        elif command == "write":
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, arg.encode())
        elif command == "read":  # through a file of its own, as `holder()` does
            print(path.read_text(encoding="utf-8"), flush=True)
            continue
        elif command == "same":  # is `path` still the file this process has open?
            try:
                here, mine = os.stat(path), os.fstat(fd)
                print((here.st_dev, here.st_ino) == (mine.st_dev, mine.st_ino), flush=True)
            except FileNotFoundError:
                print(False, flush=True)
            continue
    except oslock.Held:
        print("held", flush=True)
        continue
    print("ok", flush=True)
"""


class Other:
    """Another process that has the lock file open."""

    def __init__(self, path: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], cwd=ROOT,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True)
        assert self.readline() == "ready"

    def readline(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def __call__(self, command: str) -> str:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self.readline()

    def kill(self) -> None:
        self.proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows
        self.proc.wait()
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()


@pytest.fixture
def lock_file(tmp_path: Path) -> Path:
    return tmp_path / "b.cuentas.lock"


@pytest.fixture
def other(lock_file: Path) -> Iterator[Callable[[], Other]]:
    started: list[Other] = []

    def start() -> Other:
        started.append(Other(lock_file))
        return started[-1]

    yield start
    for proc in started:
        proc.kill()


@pytest.fixture
def mine(lock_file: Path) -> Iterator[int]:
    """This process's own descriptor of the lock file."""
    fd = oslock.open_file(lock_file, os.O_RDWR | os.O_CREAT)
    yield fd
    os.close(fd)


def test_the_backend_is_the_systems() -> None:
    expected = "LockFileEx" if os.name == "nt" else "flock"
    assert expected == oslock.BACKEND


def test_shared_holders_coexist_and_keep_out_an_exclusive_one(
        other: Callable[[], Other], mine: int) -> None:
    a, b, c = other(), other(), other()
    assert a("shared") == "ok"
    assert b("shared") == "ok"
    assert c("exclusive") == "held"
    with pytest.raises(oslock.Held):
        oslock.lock_exclusive(mine)
    oslock.lock_shared(mine)  # a third sharer, in this process
    oslock.unlock(mine)
    assert a("unlock") == "ok"
    assert c("exclusive") == "held"  # b still shares it
    assert b("unlock") == "ok"
    assert c("exclusive") == "ok"


def test_an_exclusive_holder_keeps_out_everyone(other: Callable[[], Other], mine: int) -> None:
    a, b = other(), other()
    assert a("exclusive") == "ok"
    assert b("shared") == "held"
    assert b("exclusive") == "held"
    with pytest.raises(oslock.Held):
        oslock.lock_shared(mine)
    with pytest.raises(oslock.Held):
        oslock.lock_exclusive(mine)
    assert a("unlock") == "ok"
    assert b("shared") == "ok"
    assert a("exclusive") == "held"  # and the other way round


def test_a_killed_holders_lock_is_gone(other: Callable[[], Other]) -> None:
    a, b = other(), other()
    assert a("exclusive") == "ok"
    assert b("exclusive") == "held"
    a.kill()
    # Windows frees a dead process's locks "when resources allow": give it a moment.
    for _ in range(250):
        if b("exclusive") == "ok":
            break
    else:
        raise AssertionError("the killed holder's lock is still held")
    assert b("unlock") == "ok"


def test_unlocking_what_is_not_locked_is_harmless(other: Callable[[], Other],
                                                   mine: int) -> None:
    oslock.unlock(mine)
    oslock.unlock(mine)
    oslock.lock_exclusive(mine)
    oslock.unlock(mine)
    oslock.unlock(mine)
    a = other()
    assert a("unlock") == "ok"
    assert a("exclusive") == "ok"  # nothing was left behind by the unlocks
    with pytest.raises(oslock.Held):
        oslock.lock_shared(mine)


def test_a_conversion_is_unlock_then_lock(other: Callable[[], Other], mine: int) -> None:
    a, b, c = other(), other(), other()
    # exclusive -> shared
    assert a("exclusive") == "ok"
    assert a("unlock") == "ok"
    assert a("shared") == "ok"
    assert b("shared") == "ok"  # another sharer gets in
    assert c("exclusive") == "held"  # an exclusive one does not
    # shared -> exclusive, while b still shares: refused, and a holds nothing then
    assert a("unlock") == "ok"
    assert a("exclusive") == "held"
    assert b("unlock") == "ok"
    assert a("exclusive") == "ok"
    assert b("shared") == "held"
    oslock.unlock(mine)
    with pytest.raises(oslock.Held):
        oslock.lock_shared(mine)


def test_what_the_holder_wrote_stays_readable_while_it_holds_the_lock(
        other: Callable[[], Other], lock_file: Path) -> None:
    """Windows locks are mandatory: were the lock on the first bytes, nobody could read
    who holds the book. (Here, with flock, this passes either way; on Windows it is
    the test that the lock byte lies past the content.)"""
    a, b = other(), other()
    words = json.dumps({"pid": 4242, "host": "caja", "purpose": "upgrade"})
    assert a("exclusive") == "ok"
    assert a("write " + words) == "ok"
    assert b("read") == words  # another process
    assert lock_file.read_text(encoding="utf-8") == words  # this one
    assert a("unlock") == "ok"
    # shared holders may still write and read the content
    assert a("shared") == "ok"
    assert b("shared") == "ok"
    assert a("write " + words.replace("upgrade", "session")) == "ok"
    assert json.loads(b("read"))["purpose"] == "session"


def test_the_book_lock_names_its_holder_to_another_process(tmp_path: Path) -> None:
    book = tmp_path / "b.cuentas"
    book.write_bytes(b"")
    with held_by_another_process(str(book), "upgrade") as pid:
        assert json.loads(lock_path(str(book)).read_text(encoding="utf-8"))["pid"] == pid
        found = lock.other_holder(str(book))
        assert found is not None and found.pid == pid and found.purpose == "upgrade"
        with pytest.raises(BookLocked, match=f"process {pid}"):
            BookLock.acquire(str(book), "restore", wait=0.1)
        assert json.loads(lock_path(str(book)).read_text(encoding="utf-8"))["pid"] == pid


def test_who_holds_a_shared_lock_is_told_where_the_system_says(
        other: Callable[[], Other], lock_file: Path) -> None:
    """Linux names a process holding a shared lock (for the refusal that names the
    writer); other systems do not, and then nobody is named."""
    a = other()
    assert oslock.shared_holder_pid(lock_file) is None
    assert a("shared") == "ok"
    if sys.platform.startswith("linux"):
        assert oslock.shared_holder_pid(lock_file) == a.proc.pid
        assert oslock.process_user(a.proc.pid) == oslock.process_user(os.getpid()) != ""
    else:
        assert oslock.shared_holder_pid(lock_file) is None
    assert oslock.shared_holder_pid(lock_file.with_name("nothing.lock")) is None


def test_remove_and_close_never_leaves_a_lock_on_a_file_gone_unnoticed(
        other: Callable[[], Other], lock_file: Path) -> None:
    """Another process has the file open (about to lock it) while this one removes it.
    POSIX removes it: the other then finds its file is not the one at the path any
    more (and starts again). Windows refuses to delete an open file: it stays, and is
    still the other's. Either way the one that gets the lock can tell."""
    a = other()
    mine = oslock.open_file(lock_file, os.O_RDWR)
    oslock.lock_exclusive(mine)
    assert a("exclusive") == "held"
    oslock.remove_and_close(lock_file, mine)
    assert a("exclusive") == "ok"
    assert a("same") == str(lock_file.exists())
    if oslock.BACKEND == "flock":
        assert not lock_file.exists()
    else:
        assert lock_file.exists()


def test_a_write_gate_another_process_holds_is_left_to_it(tmp_path: Path) -> None:
    """Another program writes (holds the gate shared); this one writes too and lets go:
    the gate must stay the file the other holds, or a restore would get in."""
    book = tmp_path / "b.cuentas"
    book.write_bytes(b"")
    with held_by_another_process(str(book), "write"):
        with BookLock.acquire(str(book), "write", wait=1):
            assert gate_path(str(book)).exists()
        assert gate_path(str(book)).exists()
        with pytest.raises(BookLocked, match="writes in progress"):
            BookLock.acquire(str(book), "restore", wait=1, write_wait=0.3)
        assert gate_path(str(book)).exists()
    with BookLock.acquire(str(book), "restore", wait=1, write_wait=1):
        pass  # once the other has gone
    assert not gate_path(str(book)).exists() and not lock_path(str(book)).exists()


#: Holds the book for `purpose` until told to let go.
RELEASER = r"""
import sys
from app.store.lock import BookLock
lock = BookLock.acquire(sys.argv[1], sys.argv[2])
print("held", flush=True)
sys.stdin.readline()
lock.release()
print("released", flush=True)
sys.stdin.readline()
"""


def _try(book: Path, purpose: str) -> str:
    """Whether another process can take the book for `purpose` right now."""
    code = ("import sys\nfrom app.store.lock import BookLock, BookLocked\n"
            "try:\n    BookLock.acquire(sys.argv[1], sys.argv[2], wait=0.2, write_wait=0.2)\n"
            "except BookLocked:\n    print('refused')\nelse:\n    print('taken')\n")
    result = subprocess.run([sys.executable, "-c", code, str(book), purpose], cwd=ROOT,
                            capture_output=True, text=True, timeout=60, check=True)
    return result.stdout.strip()


@pytest.mark.parametrize(("theirs", "ours", "step"), [
    ("upgrade", "session", "lock_exclusive"),  # the `.lock`
    ("restore", "write", "lock_shared"),  # the write gate
])
def test_a_lock_file_removed_between_our_open_and_our_lock_is_noticed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, theirs: str, ours: str,
        step: str) -> None:
    """The other holder lets go (and, the last one out, removes the file) right after
    this process opened the file and before it locks it. POSIX: this process then
    locks a file that has no name any more, notices, and takes the new one. Windows:
    the file stays (this process has it open), and is the one it locks. Either way
    this process holds the file at the book's name, so a third one is kept out."""
    book = tmp_path / "b.cuentas"
    book.write_bytes(b"")
    proc = subprocess.Popen([sys.executable, "-c", RELEASER, str(book), theirs], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdin is not None and proc.stdout is not None
        assert proc.stdout.readline().strip() == "held"
        real = getattr(oslock, step)
        calls: list[int] = []

        def let_them_go_first(fd: int) -> None:
            calls.append(fd)
            if len(calls) == 1:
                assert proc.stdin is not None and proc.stdout is not None
                proc.stdin.write("go\n")
                proc.stdin.flush()
                assert proc.stdout.readline().strip() == "released"
            real(fd)

        monkeypatch.setattr(oslock, step, let_them_go_first)
        with BookLock.acquire(str(book), ours, wait=5):
            monkeypatch.setattr(oslock, step, real)
            assert len(calls) >= 1
            # a writer gets in beside a session and beside another writer; a recovery not
            assert _try(book, "write") == "taken"
            assert _try(book, "recovery") == "refused"
            if ours == "session":
                assert json.loads(lock_path(str(book)).read_text())["pid"] == os.getpid()
            else:
                assert gate_path(str(book)).exists()
    finally:
        proc.kill()
        proc.wait()
        for pipe in (proc.stdin, proc.stdout):
            if pipe is not None:
                pipe.close()


def _write_and_let_go(book: Path) -> None:
    """Another process writes and lets go: the last one out removes the gate."""
    code = ("import sys\nfrom app.store.lock import BookLock\n"
            "with BookLock.acquire(sys.argv[1], 'write', wait=5):\n    pass\n")
    subprocess.run([sys.executable, "-c", code, str(book)], cwd=ROOT, timeout=60, check=True)


def test_a_gate_removed_during_a_conversion_is_noticed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A thread that writes takes the book for recovery (its shared hold on the gate
    becomes exclusive) and gives it back (exclusive becomes shared again). Each
    conversion is unlock-then-lock; in the gap another writer may be the last one out
    and remove the gate file. The thread must then hold the new gate, not the removed
    one: a third process is kept out either way."""
    book = tmp_path / "b.cuentas"
    book.write_bytes(b"")
    real_exclusive, real_shared = oslock.lock_exclusive, oslock.lock_shared
    writer = subprocess.Popen([sys.executable, "-c", RELEASER, str(book), "write"], cwd=ROOT,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdin is not None and writer.stdout is not None
        assert writer.stdout.readline().strip() == "held"
        with BookLock.acquire(str(book), "write", wait=5):
            gaps: list[str] = []

            def is_the_gate(fd: int) -> bool:
                here, mine = os.stat(gate_path(str(book))), os.fstat(fd)
                return (here.st_dev, here.st_ino) == (mine.st_dev, mine.st_ino)

            def shared_to_exclusive(fd: int) -> None:
                if not gaps and is_the_gate(fd):  # in the gap: the other writer, last out, goes
                    gaps.append("to exclusive")
                    assert writer.stdin is not None and writer.stdout is not None
                    writer.stdin.write("go\n")
                    writer.stdin.flush()
                    assert writer.stdout.readline().strip() == "released"
                    if oslock.BACKEND == "flock":
                        assert not gate_path(str(book)).exists()  # it did remove it
                real_exclusive(fd)

            def exclusive_to_shared(fd: int) -> None:
                if gaps == ["to exclusive"]:
                    gaps.append("to shared")
                    _write_and_let_go(book)  # in the gap, and the last one out
                real_shared(fd)

            monkeypatch.setattr(oslock, "lock_exclusive", shared_to_exclusive)
            with BookLock.acquire(str(book), "recovery", wait=5, write_wait=5):
                monkeypatch.setattr(oslock, "lock_exclusive", real_exclusive)
                assert gaps == ["to exclusive"]
                assert _try(book, "write") == "refused"  # held exclusively: the gate there
                monkeypatch.setattr(oslock, "lock_shared", exclusive_to_shared)
            # ... and back to shared when the recovery ended
            monkeypatch.setattr(oslock, "lock_shared", real_shared)
            assert gaps == ["to exclusive", "to shared"]
            assert _try(book, "write") == "taken"
            assert _try(book, "recovery") == "refused"  # this thread still writes
        assert _try(book, "recovery") == "taken"
    finally:
        writer.kill()
        writer.wait()
        for pipe in (writer.stdin, writer.stdout):
            if pipe is not None:
                pipe.close()


#: Takes the book over and over, for `purpose`, checking nobody else is inside with it.
CHURN = r"""
import os, sys, time
from pathlib import Path
from app.store.lock import BookLock, lock_path
book, purpose, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
inside = Path(book).parent / "inside"
me = f"{purpose}-{os.getpid()}"
for n in range(rounds):
    with BookLock.acquire(book, purpose, wait=60, write_wait=60):
        if purpose == "write":
            (inside / me).write_text("")
            assert not (inside / "exclusive").exists(), "a write beside an exclusive holder"
        else:
            os.close(os.open(inside / "exclusive", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            others = [p.name for p in inside.iterdir() if p.name != "exclusive"]
            assert not others, f"an exclusive holder beside {others}"
            # the lock file at the book's name is the one this process wrote
            import json
            assert json.loads(lock_path(book).read_text())["pid"] == os.getpid()
        time.sleep(0.002)
        os.remove(inside / (me if purpose == "write" else "exclusive"))
    time.sleep(0.005)
print("done", flush=True)
"""


def test_under_churn_exclusion_holds_and_no_holder_loses_its_file(tmp_path: Path) -> None:
    """Real processes take and let go of one book again and again: exclusive holders
    (`.lock`, then the gate exclusively) and writers (the gate shared). Each lock file
    is removed by its last holder and made anew by the next: if a removal ever took a
    file from under a holder, two would be inside at once."""
    book = tmp_path / "b.cuentas"
    book.write_bytes(b"")
    (tmp_path / "inside").mkdir()
    jobs = [("recovery", 25), ("restore", 25), ("write", 60), ("write", 60)]
    procs = [subprocess.Popen([sys.executable, "-c", CHURN, str(book), purpose, str(rounds)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for purpose, rounds in jobs]
    for proc in procs:
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0 and out.strip() == "done", err
    assert not lock_path(str(book)).exists() and not gate_path(str(book)).exists()


def test_lock_py_reaches_the_operating_system_only_through_oslock() -> None:
    """No `fcntl` (or msvcrt, pwd, /proc, os.pread/pwrite: POSIX-only) in lock.py."""
    source = (ROOT / "app" / "store" / "lock.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    imported = {alias.name.split(".")[0] for node in ast.walk(tree)
                if isinstance(node, ast.Import) for alias in node.names}
    imported |= {(node.module or "").split(".")[0] for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom)}
    assert not imported & {"fcntl", "msvcrt", "pwd", "ctypes", "portalocker"}
    names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    assert "fcntl" not in names and "msvcrt" not in names
    attributes = {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    assert not attributes & {"flock", "lockf", "pread", "pwrite", "LockFileEx", "kill"}
    strings = [node.value for node in ast.walk(tree)
               if isinstance(node, ast.Constant) and isinstance(node.value, str)]
    assert not [s for s in strings if "/proc" in s]
    assert "oslock" in imported or "app" in imported


# --- the Windows backend, against a stand-in for kernel32 ---------------------------------


class FakeFunction:
    """A kernel32 function: records its calls; fails with `fail` (an error code) once."""

    def __init__(self, kernel32: FakeKernel32, name: str) -> None:
        self.kernel32, self.name = kernel32, name
        self.argtypes: list[Any] | None = None
        self.restype: Any = None
        self.calls: list[tuple[Any, ...]] = []
        self.fail: int | None = None

    def __call__(self, *args: Any) -> int:
        *plain, overlapped = args
        # ctypes.byref(OVERLAPPED): read the structure's bytes, as kernel32 would
        raw = bytes(overlapped._obj)
        word = ctypes.sizeof(ctypes.c_void_p)
        offset, offset_high = struct.unpack_from("<II", raw, 2 * word)
        [event] = struct.unpack_from("<Q" if word == 8 else "<I", raw, 3 * word)
        self.calls.append((*plain, offset, offset_high, event))
        if self.fail is not None:
            self.kernel32.last_error, self.fail = self.fail, None
            return 0
        return 1


class FakeKernel32:
    def __init__(self) -> None:
        self.loaded: list[tuple[str, bool]] = []
        self.last_error = 0
        self.LockFileEx = FakeFunction(self, "LockFileEx")
        self.UnlockFileEx = FakeFunction(self, "UnlockFileEx")


@pytest.fixture
def on_windows(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Any, FakeKernel32]]:
    """app/store/oslock.py imported as on Windows: os.name "nt", msvcrt's
    get_osfhandle, and kernel32 a stand-in that records the calls."""
    kernel32 = FakeKernel32()

    def windll(name: str, use_last_error: bool = False) -> FakeKernel32:
        kernel32.loaded.append((name, use_last_error))
        return kernel32

    monkeypatch.setattr(ctypes, "WinDLL", windll, raising=False)
    monkeypatch.setattr(ctypes, "get_last_error", lambda: kernel32.last_error, raising=False)
    monkeypatch.setitem(sys.modules, "msvcrt",
                        types.SimpleNamespace(get_osfhandle=lambda fd: 0x7000 + fd))
    spec = importlib.util.spec_from_file_location("oslock_as_on_windows", oslock.__file__)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    with monkeypatch.context() as patched:
        patched.setattr(os, "name", "nt")
        spec.loader.exec_module(module)
    yield module, kernel32


def test_overlapped_has_the_windows_layout() -> None:
    """minwinbase.h: ULONG_PTR Internal, InternalHigh; union {DWORD Offset, OffsetHigh;
    PVOID Pointer}; HANDLE hEvent."""
    word = ctypes.sizeof(ctypes.c_void_p)
    overlapped = oslock.OVERLAPPED
    assert ctypes.sizeof(overlapped) == (32 if word == 8 else 20)
    assert overlapped.Internal.offset == 0
    assert overlapped.InternalHigh.offset == word
    assert overlapped.Offset.offset == 2 * word and overlapped.Offset.size == 4
    assert overlapped.OffsetHigh.offset == 2 * word + 4 and overlapped.OffsetHigh.size == 4
    assert overlapped.Pointer.offset == 2 * word
    assert overlapped.hEvent.offset == 3 * word and overlapped.hEvent.size == word


def test_on_windows_the_lockfileex_backend_is_chosen_and_declared(
        on_windows: tuple[Any, FakeKernel32]) -> None:
    module, kernel32 = on_windows
    assert module.BACKEND == "LockFileEx"
    assert kernel32.loaded == [("kernel32", True)]  # use_last_error=True
    dword, handle = ctypes.c_uint32, ctypes.c_void_p
    lock_types = kernel32.LockFileEx.argtypes
    assert lock_types is not None and lock_types[:5] == [handle, dword, dword, dword, dword]
    assert lock_types[5] is ctypes.POINTER(module.OVERLAPPED)
    unlock_types = kernel32.UnlockFileEx.argtypes
    assert unlock_types is not None and unlock_types[:4] == [handle, dword, dword, dword]
    assert unlock_types[4] is ctypes.POINTER(module.OVERLAPPED)
    for function in (kernel32.LockFileEx, kernel32.UnlockFileEx):
        assert ctypes.sizeof(function.restype) == 4  # BOOL
    expected = "LockFileEx" if os.name == "nt" else "flock"
    assert expected == oslock.BACKEND  # this process's own module is untouched


def test_on_windows_one_byte_at_1_gib_is_locked_shared_or_exclusive(
        on_windows: tuple[Any, FakeKernel32]) -> None:
    module, kernel32 = on_windows
    module.lock_shared(5)
    module.lock_exclusive(6)
    module.unlock(6)
    fail_immediately, exclusive = 0x1, 0x2
    # (handle, flags, reserved, length low, length high, Offset, OffsetHigh, hEvent)
    assert kernel32.LockFileEx.calls == [
        (0x7005, fail_immediately, 0, 1, 0, 0x40000000, 0, 0),
        (0x7006, fail_immediately | exclusive, 0, 1, 0, 0x40000000, 0, 0),
    ]
    # (handle, reserved, length low, length high, Offset, OffsetHigh, hEvent)
    assert kernel32.UnlockFileEx.calls == [(0x7006, 0, 1, 0, 0x40000000, 0, 0)]


def test_on_windows_a_lock_violation_means_held(on_windows: tuple[Any, FakeKernel32]) -> None:
    module, kernel32 = on_windows
    for code in (33, 997):  # ERROR_LOCK_VIOLATION, ERROR_IO_PENDING
        kernel32.LockFileEx.fail = code
        with pytest.raises(module.Held):
            module.lock_exclusive(3)
    kernel32.LockFileEx.fail = 6  # ERROR_INVALID_HANDLE: a real failure, not "held"
    with pytest.raises(OSError, match=r"LockFileEx failed \(Windows error 6\)"):
        module.lock_shared(3)
    kernel32.UnlockFileEx.fail = 158  # ERROR_NOT_LOCKED: harmless
    module.unlock(3)
    kernel32.UnlockFileEx.fail = 33  # what Wine answers for the same: harmless too
    module.unlock(3)
    kernel32.UnlockFileEx.fail = 6
    with pytest.raises(OSError, match=r"UnlockFileEx failed \(Windows error 6\)"):
        module.unlock(3)


def test_on_windows_a_lock_file_is_closed_before_it_is_removed(
        on_windows: tuple[Any, FakeKernel32], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    module, kernel32 = on_windows
    path = tmp_path / "b.cuentas.write-lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT)
    closed: list[int] = []
    real_close, real_remove = os.close, os.remove

    def close(n: int) -> None:
        closed.append(n)
        real_close(n)

    def remove(p: Any) -> None:
        assert closed == [fd], "removed while still open"
        real_remove(p)

    monkeypatch.setattr(os, "close", close)
    monkeypatch.setattr(os, "remove", remove)
    module.remove_and_close(path, fd)
    assert not path.exists()
    assert kernel32.UnlockFileEx.calls[-1][0] == 0x7000 + fd  # let go before closing
    # Another process has it open (Windows: PermissionError): it is left to that one.
    fd = os.open(path, os.O_RDWR | os.O_CREAT)
    closed.clear()

    def refuse(p: Any) -> None:
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(os, "remove", refuse)
    module.remove_and_close(path, fd)
    assert closed == [fd] and path.exists()


def test_on_windows_an_open_refused_while_a_deletion_is_pending_is_retried(
        on_windows: tuple[Any, FakeKernel32], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    module, _ = on_windows
    path = tmp_path / "b.cuentas.lock"
    refusals = [PermissionError(13, "Access is denied")] * 2
    real_open = os.open

    def open_(p: Any, flags: int, mode: int = 0o777) -> int:
        if refusals:
            raise refusals.pop()
        return real_open(p, flags, mode)

    monkeypatch.setattr(os, "open", open_)
    os.close(module.open_file(path, os.O_RDWR | os.O_CREAT))
    assert path.exists()
    monkeypatch.setattr(module, "DELETE_PENDING_WAIT", 0.1)
    refusals.extend([PermissionError(13, "Access is denied")] * 1000)
    with pytest.raises(PermissionError):
        module.open_file(path, os.O_RDWR)
