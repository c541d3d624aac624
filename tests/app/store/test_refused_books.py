"""Refused books keep every byte; damaged, read-only, unreachable books and full disks are
clean refusals (issue 11 item 3 and its "clean refusals"; issue 12 item 1).

Every command runs as a real process: one driver process per book imports the command
line once, then forks a child per command (so a dozen commands cost one start-up),
and reports each child's exit code, stderr, the book's sha256 before and after, and
the files beside the book. The read-only cases run that driver as an unprivileged
user when the tests run as root (root writes through chmod).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.books import (
    ROOT,
    cuentas,
    file_digest,
    held_by_another_process,
    make_legacy,
    side_files,
)

DRIVER = r"""
import hashlib, importlib, json, os, sys
from pathlib import Path
from app.cli import build_parser, main  # imports only: no book is opened here

build_parser()  # every command module, and what the commands load, imported once here
for name in ("app.store.book", "app.upgrade.recovery", "app.upgrade", "app.store.verify",
             "app.ledger.transactions", "app.ledger.accounts", "app.ledger.categories",
             "app.admin.flags", "app.admin.audit", "app.admin.users", "app.reports",
             "app.ledger.search", "sqlalchemy.orm"):
    importlib.import_module(name)

book, runs = Path(sys.argv[1]), json.loads(sys.argv[2])

def digest():
    return hashlib.sha256(book.read_bytes()).hexdigest() if book.is_file() else None

def side():
    if not book.parent.is_dir():  # a PostgreSQL URL
        return []
    return sorted(p.name for p in book.parent.iterdir()
                  if p.name.startswith(book.name) and p.name != book.name)

out = []
for argv in runs:
    before, side_before = digest(), side()
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 70
        try:
            os.close(r)
            os.dup2(w, 2)
            os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
            code = main(argv)
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    os.close(w)
    err = b""
    while chunk := os.read(r, 65536):
        err += chunk
    os.close(r)
    _, status = os.waitpid(pid, 0)
    out.append({"argv": argv, "code": os.waitstatus_to_exitcode(status),
                "stderr": err.decode("utf-8", "replace"), "same": digest() == before,
                "side_before": side_before, "side_after": side()})
print(json.dumps(out))
"""

#: Commands that need a current book: each must refuse any other book (exit 1).
REFUSING = [
    ["list"],
    ["list", "--format", "json"],
    ["report", "categories"],
    ["report", "accounts", "--format", "csv"],
    ["accounts", "list"],
    ["accounts", "add", "Nueva cuenta"],
    ["categories", "list"],
    ["categories", "add", "Gastos:Nuevos", "--kind", "expense"],
    ["add", "--account", "BBVA Empresarial", "--date", "2026-01-05", "--payee", "Papelería",
     "--amount", "-116.00", "--category", "Gastos:Compras"],
    ["verify"],
    ["flags", "list"],
    ["flags", "set", "split_editor", "everyone"],
    ["audit"],
    ["users", "list"],
]


def run_all(book: Path | str, commands: list[list[str]], *,
            as_user: list[str] | None = None, write_wait: float | None = None,
            ) -> list[dict[str, Any]]:
    """Each command (with `--db book`) in a child process of one driver process;
    `write_wait`: how long a write waits for a restore or upgrade (CUENTAS_WRITE_WAIT)."""
    runs = [["--db", str(book), *argv] for argv in commands]
    env = dict(os.environ)
    env.pop("CUENTAS_TEST_FAULT", None)
    if write_wait is not None:
        env["CUENTAS_WRITE_WAIT"] = str(write_wait)
    done = subprocess.run([*(as_user or []), sys.executable, "-c", DRIVER, str(book),
                           json.dumps(runs)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout))


def one_clean_line(result: dict[str, Any]) -> str:
    """The command's stderr, asserted to be one line with no traceback and no SQL."""
    err = str(result["stderr"])
    lines = err.strip().splitlines()
    assert len(lines) == 1, (result["argv"], err)
    for leak in ("Traceback", "internal error", "[SQL", "SELECT ", "sqlalche.me", "Errno"):
        assert leak not in err, (result["argv"], err)
    return lines[0]


def assert_refused_unchanged(results: list[dict[str, Any]], state: str) -> None:
    for r in results:
        assert r["same"], (r["argv"], "the book's file changed")
        assert r["side_after"] == r["side_before"], (r["argv"], r["side_after"])
        assert r["code"] == 1, (r["argv"], r["code"], r["stderr"])
        if r["argv"][2] != "verify":  # verify prints its table of checks on stdout
            line = one_clean_line(r)
            assert line.startswith(f"cuentas: {state}"), (r["argv"], line)


# --- the books --------------------------------------------------------------------------


def current_book(path: Path, n: int = 200) -> Path:
    done = cuentas("--db", str(path), "demo", "--transactions", str(n))
    assert done.returncode == 0, done.stderr
    return path


def behind_book(path: Path) -> Path:
    """A book one revision behind, as the previous Cuentas left it: in WAL mode."""
    from app.store import db
    from app.store.schema import REVISIONS, downgrade_schema

    current_book(path)
    engine = db.create_book_engine(str(path), for_migration=True, pool=False, wal=False)
    with engine.connect() as conn, conn.begin():
        downgrade_schema(conn, REVISIONS[-2])
    engine.dispose()
    return path


def ahead_book(path: Path) -> Path:
    current_book(path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    return path


def random_bytes(path: Path) -> Path:
    path.write_bytes(random.Random(7).randbytes(64 * 1024))
    return path


def not_a_book(path: Path) -> Path:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO recipes (name) VALUES ('mole')")
    conn.close()
    return path


BOOKS = {
    "unversioned-legacy": lambda p: make_legacy(p, n=120),
    "behind": behind_book,
    "ahead": ahead_book,
    "corrupt": random_bytes,
}


# --- 1. a refused book keeps every byte --------------------------------------------------


@pytest.mark.parametrize("state", sorted(BOOKS))
def test_every_refusing_command_leaves_the_book_byte_identical(
        tmp_path: Path, state: str) -> None:
    book = BOOKS[state](tmp_path / "shop.cuentas")
    assert side_files(book) == []
    before = file_digest(book)
    header = book.read_bytes()[18:20]
    # `upgrade` refuses these two; it upgrades the others (that is its job).
    commands = REFUSING + ([["upgrade", "--yes"]] if state in ("ahead", "corrupt") else [])
    results = run_all(book, commands)
    assert_refused_unchanged(results, state)
    assert file_digest(book) == before and book.read_bytes()[18:20] == header
    assert side_files(book) == []  # no -wal, -shm or journal left behind


def test_a_sqlite_file_that_is_not_a_book_keeps_every_byte(tmp_path: Path) -> None:
    book = not_a_book(tmp_path / "recipes.db")
    before = file_digest(book)
    results = run_all(book, [*REFUSING, ["upgrade", "--yes"]])
    assert_refused_unchanged(results, "corrupt")
    assert file_digest(book) == before and side_files(book) == []


def test_a_book_being_upgraded_elsewhere_keeps_every_byte(tmp_path: Path) -> None:
    book = make_legacy(tmp_path / "shop.cuentas", n=120)
    before = file_digest(book)
    with held_by_another_process(str(book), "upgrade"):
        # the writes wait for the upgrade (2 s here, 30 s by default), then refuse
        results = run_all(book, [*REFUSING, ["upgrade", "--yes"]], write_wait=2)
    assert_refused_unchanged(results, "locked")
    assert file_digest(book) == before


def test_an_interrupted_upgrade_is_not_settled_by_commands_that_refuse(tmp_path: Path) -> None:
    """Only status, verify, upgrade and the desktop app settle a crash; the others say
    so and change nothing (the marker stays for them)."""
    from app.store.marker import write_marker

    book = make_legacy(tmp_path / "shop.cuentas", n=120)
    write_marker(str(book), "upgrade", "migrating", from_revision="0001", unversioned=True)
    before = file_digest(book)
    results = run_all(book, [c for c in REFUSING if c[0] != "verify"])
    assert_refused_unchanged(results, "interrupted")
    assert file_digest(book) == before and side_files(book) == ["shop.cuentas.pending"]


def test_inspect_book_never_writes_and_imports_nothing_that_does(tmp_path: Path) -> None:
    """issue 12 item 1: the look settles nothing (the marker and the book stay); the
    inspect → recovery → restore → inspect cycle is gone."""
    from app.store.inspect import inspect_book
    from app.store.marker import read_marker, write_marker

    book = make_legacy(tmp_path / "shop.cuentas", n=50)
    write_marker(str(book), "upgrade", "migrating", from_revision="0001", unversioned=True)
    before = file_digest(book)
    assert inspect_book(str(book)).state == "interrupted"
    assert read_marker(str(book)) is not None and file_digest(book) == before
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, app.store.inspect; print(' '.join(sys.modules))"],
        cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    settling = {"app.upgrade.recovery", "app.backup.restore", "app.upgrade", "alembic"}
    assert not settling & set(loaded)


def test_a_current_book_still_opens_for_work_and_switches_to_wal(tmp_path: Path) -> None:
    """The other side of the rule: a current book is opened normally (WAL)."""
    book = current_book(tmp_path / "shop.cuentas", n=20)
    conn = sqlite3.connect(book)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    results = run_all(book, [["add", "--account", "BBVA Empresarial", "--date",
                              "2026-01-05", "--payee", "Papelería", "--amount", "-116.00",
                              "--category", "Gastos:Compras"]])
    assert results[0]["code"] == 0, results[0]["stderr"]
    assert book.read_bytes()[18:20] == b"\x02\x02"


# --- 2. clean refusals ------------------------------------------------------------------


def test_a_folder_as_the_book_is_bad_input_for_every_command(tmp_path: Path) -> None:
    """Exit 2 naming --db: the person typed a folder where a book's file goes; no
    command can do anything with it, and nothing is created in it."""
    folder = tmp_path / "Documentos"
    folder.mkdir()
    commands = [*REFUSING, ["status"], ["status", "--json"], ["upgrade", "--yes"],
                ["backup"], ["backups"], ["restore", "--latest", "--yes"],
                ["templates", "list"], ["new", "--currency", "MXN"], ["demo"]]
    for r in run_all(folder, commands):
        line = one_clean_line(r)
        assert r["code"] == 2, (r["argv"], r["stderr"])
        assert "--db" in line and str(folder) in line and "folder" in line, line
    assert list(folder.iterdir()) == []
    env = {**os.environ, "CUENTAS_DB": str(folder)}
    done = subprocess.run([sys.executable, "-m", "app.cli", "status"], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 2 and "CUENTAS_DB" in done.stderr, done.stderr


def damage_pages(book: Path, tables: tuple[str, ...] | None) -> None:
    """Overwrite the root pages of these tables and indexes (None: every page after the
    first three — the header, the schema and alembic_version stay readable)."""
    conn = sqlite3.connect(f"file:{book}?mode=ro", uri=True)
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    count = conn.execute("PRAGMA page_count").fetchone()[0]
    marks = ",".join("?" * len(tables or ()))
    roots = [r[0] for r in conn.execute(
        f"SELECT rootpage FROM sqlite_master WHERE tbl_name IN ({marks})", tables or ())]
    conn.close()
    with open(book, "r+b") as fh:
        for page in (roots if tables is not None else range(4, count + 1)):
            fh.seek((page - 1) * size)
            fh.write(b"\x5a" * size)


DAMAGED_COMMANDS = [
    ["list"], ["report", "categories"], ["report", "accounts"], ["accounts", "list"],
    ["add", "--account", "BBVA Empresarial", "--date", "2026-01-05", "--payee", "Papelería",
     "--amount", "-116.00", "--category", "Gastos:Compras"],
]


@pytest.mark.parametrize("where", ["ledger", "everything"])
def test_a_book_with_damaged_pages_is_corrupt_in_one_line(tmp_path: Path, where: str) -> None:
    """`ledger`: the book opens and each command meets the damage while it reads;
    `everything`: the damage is met while opening. Either way `corrupt: …`, one line."""
    book = current_book(tmp_path / "shop.cuentas", n=600)
    damage_pages(book, ("transactions", "splits") if where == "ledger" else None)
    assert book.read_bytes()[:16] == b"SQLite format 3\x00"  # the header is intact
    before = file_digest(book)
    for r in run_all(book, [*DAMAGED_COMMANDS, ["status"]]):
        if r["argv"][2] == "status":
            assert r["code"] == 0 and r["stderr"] == ""
            continue
        line = one_clean_line(r)
        assert r["code"] == 1 and line.startswith("cuentas: corrupt: "), (r["argv"], line)
        assert r["same"], r["argv"]
    assert file_digest(book) == before


def test_an_unreachable_server_is_a_state_and_one_line(tmp_path: Path) -> None:
    url = "postgresql+psycopg://nobody:s3cret-pw@127.0.0.1:1/x"
    results = run_all(url, [["status"], ["status", "--json"], ["list"],
                            ["report", "categories"], ["accounts", "list"], ["verify"],
                            ["upgrade", "--yes"], ["add", "--account", "A", "--date",
                                                   "2026-01-05", "--payee", "p",
                                                   "--amount", "1", "--category", "C"]])
    for r in results:
        assert "s3cret-pw" not in r["stderr"], r
    status = subprocess.run([sys.executable, "-m", "app.cli", "--db", url, "status"],
                            cwd=ROOT, capture_output=True, text=True, check=False)
    assert "unreachable" in status.stdout and "127.0.0.1:1" in status.stdout, status
    assert "s3cret-pw" not in status.stdout + status.stderr
    as_json = subprocess.run([sys.executable, "-m", "app.cli", "--db", url, "status",
                              "--json"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert json.loads(as_json.stdout)["state"] == "unreachable"
    for r in results[2:]:
        if r["argv"][2] == "verify":
            assert r["code"] == 1
            continue
        line = one_clean_line(r)
        assert r["code"] == 1 and line.startswith("cuentas: unreachable: "), (r["argv"], line)
        assert "127.0.0.1:1" in line, line


# --- read-only books ----------------------------------------------------------------------

READING = [["list"], ["report", "categories"], ["status"], ["accounts", "list"], ["verify"]]
WRITING = [
    ["add", "--account", "BBVA Empresarial", "--date", "2026-01-05", "--payee", "Papelería",
     "--amount", "-116.00", "--category", "Gastos:Compras"],
    ["accounts", "add", "Nueva cuenta"],
    ["categories", "add", "Gastos:Nuevos", "--kind", "expense"],
    ["flags", "set", "split_editor", "everyone"],
]


def _unprivileged() -> list[str]:
    """The prefix that runs a process as a user chmod applies to ([] when not root)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("tests run as root, where chmod does not stop writes, and setpriv "
                    "(util-linux) is missing to run the check as another user")
    prefix = [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
    probe = subprocess.run([*prefix, sys.executable, "-c", "import app.cli"], cwd=ROOT,
                           capture_output=True, text=True, check=False)
    if probe.returncode != 0:
        pytest.skip("tests run as root and the user nobody cannot run this checkout's "
                    f"Python: {probe.stderr.strip()[-200:]}")
    return prefix


@pytest.fixture
def shared_folder(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder another user can reach (pytest's tmp_path is private to its owner), with
    CUENTAS_HOME inside it writable by that user."""
    folder = Path(tempfile.mkdtemp(prefix="cuentas-readonly-"))
    folder.chmod(0o755)
    home = folder / "home"
    home.mkdir(mode=0o777)
    home.chmod(0o777)
    monkeypatch.setenv("CUENTAS_HOME", str(home))
    try:
        yield folder
    finally:
        for p in folder.rglob("*"):
            if p.is_dir():
                p.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


def _readable_by_all(path: Path) -> None:
    """The books folder readable by the other user, and CUENTAS_HOME (filled as root
    while the book was made) writable by them."""
    for p in [path, *path.rglob("*")]:
        p.chmod(0o755 if p.is_dir() else 0o644)
    home = Path(os.environ["CUENTAS_HOME"])
    for p in [home, *home.rglob("*")]:
        p.chmod(0o777 if p.is_dir() else 0o666)


def _check_read_only(book: Path, prefix: list[str]) -> None:
    before = file_digest(book)
    results = run_all(book, [*READING, *WRITING], as_user=prefix)
    for r in results[:len(READING)]:
        assert r["code"] == 0, (r["argv"], r["stderr"])
        assert r["stderr"] == "", (r["argv"], r["stderr"])
    for r in results[len(READING):]:
        line = one_clean_line(r)
        assert r["code"] == 1 and line.startswith("cuentas: read-only: "), (r["argv"], line)
        assert "corrupt" not in line
    assert all(r["same"] for r in results) and file_digest(book) == before


def test_a_read_only_book_file_reads_and_refuses_writes(shared_folder: Path) -> None:
    prefix = _unprivileged()
    folder = shared_folder / "books"
    folder.mkdir()
    book = current_book(folder / "shop.cuentas")
    _readable_by_all(folder)
    folder.chmod(0o777)
    book.chmod(0o444)
    _check_read_only(book, prefix)


def test_a_book_in_a_read_only_folder_reads_and_refuses_writes(shared_folder: Path) -> None:
    prefix = _unprivileged()
    folder = shared_folder / "books"
    folder.mkdir()
    book = current_book(folder / "shop.cuentas")
    assert side_files(book) == []
    _readable_by_all(folder)
    if prefix:
        os.chown(book, *_nobody())  # the person's own file, in a folder they cannot write
    folder.chmod(0o555)
    _check_read_only(book, prefix)
    assert side_files(book) == []


def test_upgrading_a_read_only_book_says_read_only(shared_folder: Path) -> None:
    """Never 'corrupt — restore a backup' for a healthy book that cannot be written."""
    prefix = _unprivileged()
    folder = shared_folder / "books"
    folder.mkdir()
    book = make_legacy(folder / "shop.cuentas", n=50)
    _readable_by_all(folder)
    folder.chmod(0o555)
    before = file_digest(book)
    results = run_all(book, [["upgrade", "--yes"], ["status"]], as_user=prefix)
    line = one_clean_line(results[0])
    assert results[0]["code"] == 1 and line.startswith("cuentas: read-only: "), line
    assert "restore" not in line.lower() and "corrupt" not in line
    assert results[1]["code"] == 0
    assert file_digest(book) == before and side_files(book) == []


def _nobody() -> tuple[int, int]:
    import grp
    import pwd

    return pwd.getpwnam("nobody").pw_uid, grp.getgrnam("nogroup").gr_gid


# --- a full disk during an upgrade --------------------------------------------------------


@pytest.mark.parametrize("fault", [
    "backup.copy:enospc",                          # writing the backup
    "upgrade.backed-up:enospc",                    # the crash marker after the backup
    "upgrade.migrate.0002.copy-lines:enospc@2",    # half-way through the migration
    "upgrade.validate:enospc",                     # validating
])
def test_a_full_disk_during_an_upgrade_says_so_and_the_book_is_unchanged(
        tmp_path: Path, fault: str) -> None:
    book = make_legacy(tmp_path / "shop.cuentas", n=300)
    before = file_digest(book)
    done = cuentas("--db", str(book), "upgrade", "--yes", fault=fault)
    assert done.returncode == 1, done.stderr
    err = done.stderr.strip()
    assert len(err.splitlines()) == 1, err
    assert "the disk is full (about " in err and " MB needed" in err, err
    assert "internal error" not in err and "Errno" not in err and "_alembic_tmp" not in err
    assert "could not be proven" not in err and "restore it" not in err
    assert ("exactly as it was" in err) or ("the book and the older backups are untouched"
                                             in err), err
    assert file_digest(book) == before and side_files(book) == []
