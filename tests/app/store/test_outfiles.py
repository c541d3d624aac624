"""Files that commands write (DESIGN.md section 8) and the modes of everything Cuentas
creates (issue 11: "report --out overwrites anything", "File modes").

A target is written to a temporary file beside it and renamed; a book (any SQLite
file), the open book under any name, a folder or a non-regular file is never a target
(exit 2 naming `--out`); another existing file is replaced only with `--force`.
Whatever the umask, what holds book data is owner-only: files 0600, folders 0700.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.cli import main
from tests.books import CLI, ROOT

HEADER = "category,kind,amount"


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(folder: Path) -> list[str]:
    """Temporary files a write left behind."""
    return sorted(p.name for p in folder.iterdir()
                  if p.name.endswith((".tmp", ".part")) or p.name.startswith("."))


def refused(code: int, err: str, field: str = "--out") -> bool:
    lines = err.strip().splitlines()
    return code == 2 and len(lines) == 1 and field in lines[0] and "Traceback" not in err


@pytest.fixture
def shop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    book = tmp_path / "shop.cuentas"
    code, _, err = cli(capsys, "--db", str(book), "demo", "--transactions", "40")
    assert code == 0, err
    return book


def report(capsys: pytest.CaptureFixture[str], book: Path, out: Path | str, *extra: str,
           fmt: str = "csv") -> tuple[int, str, str]:
    return cli(capsys, "--db", str(book), "report", "categories", "--format", fmt,
               "--out", str(out), *extra)


# ------------------------------------------------------------- report --out


@pytest.mark.parametrize("fmt", ["csv", "json", "table", "pdf"])
def test_report_out_onto_the_open_book_is_refused_and_the_book_still_verifies(
        shop: Path, capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    before = sha(shop)
    link = shop.with_name("link.csv")
    link.symlink_to(shop)
    other_name = shop.with_name("hard-link.csv")
    os.link(shop, other_name)
    for target in (shop, link, other_name, Path(f"{shop}-wal"), Path(f"{shop}.lock")):
        for extra in ((), ("--force",)):
            code, _, err = report(capsys, shop, target, *extra, fmt=fmt)
            assert refused(code, err), (target, extra, code, err)
            assert str(target) in err
    assert sha(shop) == before
    assert not Path(f"{shop}-wal").exists() and not Path(f"{shop}.lock").exists()
    code, out, err = cli(capsys, "--db", str(shop), "verify")
    assert code == 0, out + err
    assert leftovers(shop.parent) == []


def test_report_out_onto_another_book_or_any_sqlite_file_is_refused(
        shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.cuentas"
    assert cli(capsys, "--db", str(other), "new", "--currency", "EUR")[0] == 0
    plain = tmp_path / "notes.db"  # any SQLite file, not a Cuentas book
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    for target in (other, plain):
        before = sha(target)
        for fmt in ("csv", "pdf"):
            code, _, err = report(capsys, shop, target, "--force", fmt=fmt)
            assert refused(code, err) and "book" in err, err
        assert sha(target) == before
    assert cli(capsys, "--db", str(other), "verify")[0] == 0


def special_files(folder: Path) -> list[Path]:
    """Non-regular files of our own: a FIFO, a socket, a device node like /dev/full
    (where this user may make one), and a symlink to each. Never the real /dev/full:
    code with the bug, run as root, would put a report in its place."""
    import socket

    fifo = folder / "pipe.csv"
    os.mkfifo(fifo)
    made = [fifo]
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "socket.csv"))
    sock.close()
    made.append(folder / "socket.csv")
    try:
        os.mknod(folder / "full.csv", 0o600 | stat.S_IFCHR, os.makedev(1, 7))
        made.append(folder / "full.csv")
    except PermissionError:
        pass
    for special in list(made):
        link = folder / f"link-to-{special.name}"
        link.symlink_to(special)
        made.append(link)
    return made


def test_report_out_onto_a_device_a_fifo_or_a_folder_is_refused(
        shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    specials = tmp_path / "specials"
    specials.mkdir()
    made = special_files(specials)
    kinds = {p: stat.S_IFMT(p.lstat().st_mode) for p in made}
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    for target in (*made, folder, tmp_path):
        for extra in ((), ("--force",)):
            code, _, err = report(capsys, shop, target, *extra)
            assert refused(code, err), (target, err)
    assert {p: stat.S_IFMT(p.lstat().st_mode) for p in made} == kinds
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert sorted(p.name for p in specials.iterdir()) == sorted(p.name for p in made)


def test_an_existing_file_is_replaced_only_with_force(
        shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "categories.csv"
    out.write_text("mine\n")
    code, _, err = report(capsys, shop, out)
    assert refused(code, err) and "--force" in err
    assert out.read_text() == "mine\n"
    code, _, err = report(capsys, shop, out, "--force")
    assert code == 0, err
    assert out.read_text().splitlines()[0] == HEADER
    assert leftovers(tmp_path) == []
    code, _, err = report(capsys, shop, tmp_path / "missing" / "x.csv")
    assert refused(code, err) and "does not exist" in err


def test_a_symlink_to_a_file_replaces_the_file_and_keeps_the_link(
        shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old\n")
    os.chmod(real, 0o640)
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    code, _, err = report(capsys, shop, link, "--force")
    assert code == 0, err
    assert link.is_symlink() and real.read_text().splitlines()[0] == HEADER
    assert stat.S_IMODE(real.stat().st_mode) == 0o640  # a replaced file keeps its mode


def test_a_file_is_replaced_where_os_has_no_fchmod(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows (Python before 3.13) has no os.fchmod, and modes mean only read-only
    there: replacing a file must not need it."""
    from app.store import outfiles

    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    monkeypatch.setattr(outfiles, "WINDOWS", True)
    monkeypatch.delattr(os, "fchmod")
    data = bytes(range(256)) * 4  # every byte, \n and \r and ^Z among them
    assert outfiles.write_file(target, data, force=True) == target
    assert target.read_bytes() == data and leftovers(tmp_path) == []


def test_a_full_disk_while_writing_leaves_the_old_file_and_no_temporary(
        shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "categories.csv"
    out.write_text("mine\n")
    for fmt in ("csv", "pdf"):
        result = subprocess.run(
            [*CLI, "--db", str(shop), "report", "categories", "--format", fmt, "--out",
             str(out), "--force"], cwd=ROOT, capture_output=True, text=True, check=False,
            env={**os.environ, "CUENTAS_TEST_FAULT": "outfile.write:enospc"})
        assert result.returncode in (1, 2), result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "--out" in result.stderr and "disk is full" in result.stderr
        assert out.read_text() == "mine\n"
        assert leftovers(tmp_path) == []


def test_a_failure_in_the_middle_of_a_write_leaves_the_old_file(tmp_path: Path) -> None:
    from app.store.outfiles import write_file

    out = tmp_path / "report.pdf"
    out.write_bytes(b"old")

    def half_then_fail(fh):
        fh.write(b"half a PDF")
        raise RuntimeError("the renderer broke")

    with pytest.raises(RuntimeError):
        write_file(out, half_then_fail, force=True)
    assert out.read_bytes() == b"old" and leftovers(tmp_path) == []


def test_a_target_that_turns_into_a_book_while_it_is_written_is_not_replaced(
        tmp_path: Path) -> None:
    from app.errors import BadInput
    from app.store.outfiles import write_file

    out = tmp_path / "late.csv"

    def meanwhile(fh):
        fh.write(b"rows")
        sqlite3.connect(out).execute("CREATE TABLE t (x)").connection.commit()

    with pytest.raises(BadInput):
        write_file(out, meanwhile, force=True)
    assert out.read_bytes().startswith(b"SQLite format 3\x00")
    assert leftovers(tmp_path) == []


# ---------------------------------------------------------------- handouts


GUIDE = "split-transactions"


def test_handouts_are_written_atomically_and_replaced_only_with_force(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "new" / "handouts"  # created when missing
    code, _, err = cli(capsys, "handouts", "--out", str(folder), "--guide", GUIDE)
    assert code == 0, err
    pdf = folder / f"{GUIDE}.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    pdf.write_bytes(b"%PDF mine")
    code, _, err = cli(capsys, "handouts", "--out", str(folder), "--guide", GUIDE)
    assert refused(code, err) and "--force" in err and pdf.name in err
    assert pdf.read_bytes() == b"%PDF mine"
    code, _, err = cli(capsys, "handouts", "--out", str(folder), "--guide", GUIDE, "--force")
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.read_bytes() != b"%PDF mine"
    assert leftovers(folder) == []


def test_handouts_never_replace_a_book_a_folder_or_a_device(
        shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    book_named_pdf = folder / f"{GUIDE}.pdf"
    os.link(shop, book_named_pdf)
    before = sha(shop)
    code, _, err = cli(capsys, "handouts", "--out", str(folder), "--guide", GUIDE, "--force")
    assert refused(code, err) and "book" in err
    book_named_pdf.unlink()
    (folder / f"{GUIDE}.pdf").mkdir()
    code, _, err = cli(capsys, "handouts", "--out", str(folder), "--guide", GUIDE, "--force")
    assert refused(code, err) and "folder" in err
    (folder / f"{GUIDE}.pdf").rmdir()
    os.mkfifo(tmp_path / "pipe")
    (folder / f"{GUIDE}.pdf").symlink_to(tmp_path / "pipe")
    code, _, err = cli(capsys, "handouts", "--out", str(folder), "--guide", GUIDE, "--force")
    assert refused(code, err)
    # every target is checked before the first PDF is written
    assert sorted(p.name for p in folder.iterdir()) == [f"{GUIDE}.pdf"]
    for not_a_folder in (shop, Path("/dev/null")):
        code, _, err = cli(capsys, "handouts", "--out", str(not_a_folder), "--guide", GUIDE)
        assert refused(code, err)
    assert sha(shop) == before


# ------------------------------------------------------------------- modes


def run_umask0(*args: str, env: dict[str, str], fault: str | None = None
               ) -> subprocess.CompletedProcess[str]:
    full = {**env, **({"CUENTAS_TEST_FAULT": fault} if fault else {})}
    return subprocess.run([*CLI, *args], cwd=ROOT, env=full, capture_output=True, text=True,
                          check=False, preexec_fn=lambda: os.umask(0))


def modes(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root.parent)): oct(stat.S_IMODE(p.lstat().st_mode))
            for p in [root, *sorted(root.rglob("*"))]}


def test_everything_cuentas_creates_is_owner_only_whatever_the_umask(tmp_path: Path) -> None:
    home = tmp_path / "portable" / "cuentas-home"  # neither exists yet
    books = tmp_path / "books"
    books.mkdir(mode=0o755)
    os.chmod(books, 0o755)
    env = {k: v for k, v in os.environ.items() if k != "CUENTAS_TEST_FAULT"}
    env["CUENTAS_HOME"] = str(home)
    legacy, new, out = books / "legacy.cuentas", books / "new.cuentas", books / "report.csv"
    steps = [
        (("--db", str(legacy), "demo", "--legacy", "--transactions", "30"), None, 0),
        (("--db", str(legacy), "upgrade", "--yes"), "upgrade.validate:fail", 1),  # log
        (("--db", str(legacy), "upgrade", "--yes"), None, 0),
        (("--db", str(legacy), "backup"), None, 0),
        (("--db", str(legacy), "restore", "--latest", "--yes"), None, 0),
        (("--db", str(new), "new", "--currency", "MXN"), None, 0),
        (("demo", "--transactions", "20"), None, 0),  # into <home>/data/books
        (("--db", str(new), "report", "accounts", "--format", "csv", "--out", str(out)),
         None, 0),
        (("--db", str(new), "report", "accounts", "--format", "csv", "--out",
          str(books / "crash.csv")), "outfile.write:fail", 1),  # cli-errors.log
    ]
    for args, fault, expected in steps:
        result = run_umask0(*args, env=env, fault=fault)
        assert result.returncode == expected, (args, result.stdout, result.stderr)
    settings = subprocess.run(
        [sys.executable, "-c", "from app.admin import local_settings; "
         "local_settings.remember_book('/somewhere/x.cuentas')"],
        cwd=ROOT, env=env, check=False, preexec_fn=lambda: os.umask(0))
    assert settings.returncode == 0

    found = modes(home)
    assert (home / "logs" / "cli-errors.log").exists()
    assert (home / "logs" / "upgrades.jsonl").exists()
    assert (home / "config" / "settings.json").exists()
    assert list((home / "data" / "backups").rglob("*.cuentas.json"))
    assert (home / "data" / "books" / "Demo.cuentas").exists()
    wrong = {p: m for p, m in found.items()
             if m != ("0o700" if (tmp_path / "portable" / p).is_dir() else "0o600")}
    assert wrong == {}, json.dumps(found, indent=1)
    assert oct(stat.S_IMODE((tmp_path / "portable").stat().st_mode)) == "0o700"
    for path in (legacy, new, out):
        assert oct(stat.S_IMODE(path.stat().st_mode)) == "0o600", path
    assert oct(stat.S_IMODE(books.stat().st_mode)) == "0o755"  # not Cuentas' own folder
    assert not (books / "crash.csv").exists()


def test_upgrade_and_restore_keep_the_books_own_mode(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book = tmp_path / "mine.cuentas"
    assert cli(capsys, "--db", str(book), "demo", "--legacy", "--transactions", "20")[0] == 0
    os.chmod(book, 0o640)  # the user's own choice: Cuentas leaves it
    code, out, err = cli(capsys, "--db", str(book), "upgrade", "--yes")
    assert code == 0, out + err
    assert stat.S_IMODE(book.stat().st_mode) == 0o640
    assert cli(capsys, "--db", str(book), "backup")[0] == 0
    code, out, err = cli(capsys, "--db", str(book), "restore", "--latest", "--yes")
    assert code == 0, out + err
    assert stat.S_IMODE(book.stat().st_mode) == 0o640


def test_docs_screenshots_replace_images_in_out_only_with_force(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import argparse
    import tempfile

    from PIL import Image

    from app.cli.common import CliExit
    from app.cli.help_cmds import cmd_screenshots

    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path))  # not the shared /tmp
    monkeypatch.setattr("app.cli.help_cmds.SCREENSHOT_TRANSACTIONS", 10)

    def render(folder: Path, _book: str, _language: str) -> list[Path]:  # ui.docs.screenshots
        folder.mkdir(parents=True, exist_ok=True)
        Image.new("RGB", (8, 8), "red").save(folder / "shot.png")
        return [folder / "shot.png"]

    out = tmp_path / "shots"
    out.mkdir()
    (out / "shot.png").write_bytes(b"mine")
    args = argparse.Namespace(out=str(out), force=False, render_screenshots=render)
    with pytest.raises(CliExit) as refusal:
        cmd_screenshots(args)
    assert refusal.value.code == 2 and "--force" in refusal.value.message
    assert (out / "shot.png").read_bytes() == b"mine"
    args.force = True
    cmd_screenshots(args)
    assert (out / "shot.png").read_bytes().startswith(b"\x89PNG")
    assert sorted(p.name for p in out.iterdir()) == ["shot.png"]


# --- replace_file: Windows refuses to replace a file that is open ----------------------


def _flaky_replace(monkeypatch: pytest.MonkeyPatch, refusals: int,
                   winerror: int | None = 32) -> list[float]:
    """os.replace refusing `refusals` times as Windows does for an open file."""
    from tests.sharing import refusal

    calls: list[float] = []
    real = os.replace

    def replace(src: str, dst: str) -> None:
        calls.append(time.monotonic())
        if len(calls) <= refusals:
            if winerror is None:
                raise PermissionError(13, "Permission denied", str(dst))
            raise refusal(winerror, dst)
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    return calls


def test_replace_file_tries_again_while_the_file_is_open(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from app.store.outfiles import replace_file

    src, dst = tmp_path / ".new.tmp", tmp_path / "shop.cuentas"
    src.write_bytes(b"new")
    dst.write_bytes(b"old")
    calls = _flaky_replace(monkeypatch, 2)
    replace_file(src, dst)
    assert len(calls) == 3 and dst.read_bytes() == b"new" and not src.exists()


@pytest.mark.parametrize("winerror", [32, 5, 33])
def test_replace_file_gives_up_after_a_moment_and_changes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, winerror: int) -> None:
    from app.store import outfiles

    src, dst = tmp_path / ".new.tmp", tmp_path / "shop.cuentas"
    src.write_bytes(b"new")
    dst.write_bytes(b"old")
    monkeypatch.setattr(outfiles, "RETRY_SECONDS", 0.4)
    calls = _flaky_replace(monkeypatch, 10_000, winerror)
    with pytest.raises(outfiles.FileInUse) as caught:
        outfiles.replace_file(src, dst)
    assert 0.4 <= calls[-1] - calls[0] < 2 and len(calls) > 2
    assert caught.value.winerror == winerror and isinstance(caught.value, PermissionError)
    assert dst.read_bytes() == b"old" and src.read_bytes() == b"new"


def test_a_posix_permission_error_is_not_tried_again(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from app.store import outfiles

    src, dst = tmp_path / ".new.tmp", tmp_path / "shop.cuentas"
    src.write_bytes(b"new")
    calls = _flaky_replace(monkeypatch, 1, None)
    with pytest.raises(PermissionError) as caught:
        outfiles.replace_file(src, dst)
    assert len(calls) == 1 and not isinstance(caught.value, outfiles.FileInUse)


def test_a_report_open_in_another_program_is_refused_in_plain_words(
        shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows: a PDF open in a viewer cannot be replaced; `--out` says so (exit 2) and
    leaves the file and no temporary."""
    from app.store import outfiles
    from tests.sharing import held_open, install

    out = tmp_path / "categories.csv"
    out.write_text("mine\n")
    monkeypatch.setattr(outfiles, "RETRY_SECONDS", 0.3)
    install(monkeypatch)
    with held_open(out):
        code, _, err = report(capsys, shop, out, "--force")
    assert code == 2 and "open in another program" in err and "--out" in err, err
    assert out.read_text() == "mine\n" and leftovers(tmp_path) == []
    code, _, err = report(capsys, shop, out, "--force")  # closed there: written
    assert code == 0, err


def test_two_names_are_one_file_by_device_and_number_never_by_number_zero(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """(st_dev, st_ino) names a file on POSIX and on Windows (the file index); a file
    system that numbers no files (st_ino 0) says nothing, so no file is taken for the
    book there."""
    from app.store import outfiles

    book = tmp_path / "shop.cuentas"
    book.write_bytes(b"x")
    link = tmp_path / "other-name.cuentas"
    link.hardlink_to(book)
    other = tmp_path / "report.csv"
    other.write_bytes(b"y")
    assert outfiles._same_file(os.stat(link), book)
    assert not outfiles._same_file(os.stat(other), book)
    real_stat = os.stat

    def unnumbered(path: object, *args: object, **kwargs: object) -> os.stat_result:
        st = real_stat(path, *args, **kwargs)  # type: ignore[arg-type]
        values = list(st)
        values[1] = 0  # st_ino
        return os.stat_result(values)

    monkeypatch.setattr(os, "stat", unnumbered)
    assert not outfiles._same_file(os.stat(other), book)


@pytest.mark.parametrize(("stem", "portable"), [
    ("Tienda", "Tienda"), ("CON", "CON_"), ("nul", "nul_"), ("Com1", "Com1_"),
    ("lpt9.libro", "lpt9_.libro"), ("Aux ", "Aux_"), ("Console", "Console"),
    ("Tienda...", "Tienda"), ("COM10", "COM10"),
])
def test_suggested_names_are_valid_on_windows(stem: str, portable: str) -> None:
    """Windows keeps CON, PRN, AUX, NUL, COM1-9 and LPT1-9 for devices (whatever the
    case and what follows the first dot) and drops dots and spaces from a name's end."""
    from app.store.outfiles import portable_stem

    assert portable_stem(stem) == portable


def test_the_book_suffix_is_case_blind_only_where_the_file_system_is(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import ntpath
    import posixpath

    from app.store.outfiles import is_book_name

    windows, posix = ntpath.normcase, posixpath.normcase  # os.path is one of them
    monkeypatch.setattr(os.path, "normcase", posix)
    assert is_book_name("shop.cuentas") and not is_book_name("shop.CUENTAS")  # POSIX
    monkeypatch.setattr(os.path, "normcase", windows)
    assert is_book_name(r"C:\Libros\Shop.CUENTAS") and is_book_name("x.Cuentas")
    assert not is_book_name("shop.cuentas.json")
    monkeypatch.setattr(os.path, "normcase", posix)
