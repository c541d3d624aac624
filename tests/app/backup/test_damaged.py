"""Damaged backups are seen, named and never restored (issue 11, item 4).

`restore --latest` restores the newest backup only when it proves good. When newer
backups are damaged (truncated, empty, a checksum that differs, a manifest missing or
garbled) it names each one it passed over and why, one line each on stderr, and
refuses (exit 1, naming the damaged newest and the newest good one) unless
`--skip-damaged` asks for the older good one. `backups` lists damaged ones as damaged.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from app import faults
from app.backup import (
    BackupInfo,
    backup_book,
    choose_latest,
    list_backups,
    manifest_path,
    read_backup,
)
from app.cli import main
from tests.books import content, file_digest, make_legacy


@pytest.fixture(autouse=True)
def _no_faults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(faults.ENV, raising=False)
    faults.reset()


def _truncate(info: BackupInfo) -> None:
    with open(info.path, "r+b") as fh:
        fh.truncate(4096)


def _empty(info: BackupInfo) -> None:
    info.path.write_bytes(b"")


def _flip(info: BackupInfo) -> None:
    """Same size, other bytes: only the checksum tells."""
    with open(info.path, "r+b") as fh:
        fh.seek(info.size // 2)
        byte = fh.read(1)
        fh.seek(info.size // 2)
        fh.write(bytes([byte[0] ^ 0xFF]))


def _no_manifest(info: BackupInfo) -> None:
    manifest_path(info.path).unlink()


def _garbled(info: BackupInfo) -> None:
    manifest_path(info.path).write_text('{"size": 12, "sha256": "ab', encoding="utf-8")


def _wrong_kinds(info: BackupInfo) -> None:
    """Valid JSON whose fields are not what a manifest holds."""
    data = json.loads(manifest_path(info.path).read_text(encoding="utf-8"))
    data["size"] = "large"
    manifest_path(info.path).write_text(json.dumps(data), encoding="utf-8")


def _not_an_object(info: BackupInfo) -> None:
    manifest_path(info.path).write_text("[1, 2, 3]", encoding="utf-8")


#: (how the newer backup is damaged, what `problem` says, seen by the cheap listing)
DAMAGES: list[tuple[Callable[[BackupInfo], None], str, bool]] = [
    (_truncate, "the file is truncated (4.1 kB of ", True),
    (_empty, "the file is empty", True),
    (_flip, "its checksum differs from its manifest", False),
    (_no_manifest, "its manifest is missing", True),
    (_garbled, "its manifest is garbled", True),
    (_wrong_kinds, "its manifest is garbled", True),
    (_not_an_object, "its manifest is garbled", True),
]
IDS = ["truncated", "empty", "checksum", "no-manifest", "garbled", "wrong-kinds", "list"]


def _add_account(book: Path, name: str) -> None:
    conn = sqlite3.connect(book)
    conn.execute("INSERT INTO accounts (name, kind) VALUES (?, 'bank')", (name,))
    conn.commit()
    conn.close()


def _two_backups(tmp_path: Path) -> tuple[Path, BackupInfo, BackupInfo]:
    """A book, an older good backup, a newer one (to be damaged), then more work."""
    book = make_legacy(tmp_path / "shop.cuentas", n=400)
    older = backup_book(str(book), "manual")
    _add_account(book, "Abierta después")
    newer = backup_book(str(book), "manual")
    _add_account(book, "Más tarde")
    return book, older, newer


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("spoil, problem, cheap", DAMAGES, ids=IDS)
def test_restore_latest_names_a_damaged_newest_and_changes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        spoil: Callable[[BackupInfo], None], problem: str, cheap: bool) -> None:
    book, older, newer = _two_backups(tmp_path)
    spoil(newer)
    before, digest = content(book), file_digest(book)

    code, out, err = _cli(capsys, "--db", str(book), "restore", "--latest", "--yes")
    lines = err.strip().splitlines()
    assert code == 1, (out, err)
    assert len(lines) == 2, err
    assert lines[0].startswith(f"cuentas: skipped {newer.path} (")
    assert ", manual): " + problem in lines[0]
    assert newer.path.name in lines[1] and str(older.path) in lines[1]
    assert "--skip-damaged" in lines[1] and "nothing was changed" in lines[1]
    assert "Restored" not in out
    assert file_digest(book) == digest and content(book) == before
    assert "pre-restore" not in {b.reason for b in list_backups(str(book))}

    # the listing shows it damaged, with the reason (a checksum needs --verify)
    code, out, _ = _cli(capsys, "--db", str(book), "backups")
    assert code == 0
    row = next(line for line in out.splitlines() if line.endswith(str(newer.path)))
    assert ("DAMAGED" in row) is cheap
    assert (f"{newer.path.name}: {problem}" in out) is cheap
    code, out, _ = _cli(capsys, "--db", str(book), "backups", "--verify")
    row = next(line for line in out.splitlines() if line.endswith(str(newer.path)))
    assert code == 0 and "DAMAGED" in row and f"{newer.path.name}: {problem}" in out
    row = next(line for line in out.splitlines() if line.endswith(str(older.path)))
    assert "verified" in row

    # naming the damaged file: refused with the reason, nothing changed
    code, out, err = _cli(capsys, "--db", str(book), "restore", str(newer.path), "--yes")
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert problem in err and str(newer.path) in err and "nothing was changed" in err
    assert file_digest(book) == digest

    # asked for: the older good one, with a line naming both
    code, out, err = _cli(capsys, "--db", str(book), "restore", "--latest", "--skip-damaged",
                          "--yes")
    assert code == 0, err
    assert err.strip().splitlines() == [lines[0]]
    note = next(line for line in out.splitlines() if "instead" in line)
    assert newer.path.name in note and older.path.name in note
    assert f"Restored {older.path.name}" in out
    assert content(book) == content(older.path)


def test_a_good_newest_is_restored_without_a_word_about_older_damage(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book, older, newer = _two_backups(tmp_path)
    _truncate(older)
    code, out, err = _cli(capsys, "--db", str(book), "restore", "--latest", "--yes")
    assert code == 0 and err == "", err
    assert f"Restored {newer.path.name}" in out and content(book) == content(newer.path)


def test_reason_filters_before_choosing(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    book = make_legacy(tmp_path / "shop.cuentas", n=300)
    upgrade_copy = backup_book(str(book), "pre-upgrade")
    _add_account(book, "Después")
    _truncate(backup_book(str(book), "manual"))  # newer, damaged, of another reason
    code, _, err = _cli(capsys, "--db", str(book), "restore", "--latest", "--reason",
                          "pre-upgrade", "--yes")
    assert code == 0 and err == "", err
    assert content(book) == content(upgrade_copy.path)
    # and a damaged newest *of that reason* is named and refused
    _empty(backup_book(str(book), "pre-upgrade"))
    code, _, err = _cli(capsys, "--db", str(book), "restore", "--latest", "--reason",
                          "pre-upgrade", "--yes")
    assert code == 1 and "the file is empty" in err
    assert "manual" not in err  # the damaged manual one is not of the reason asked


def test_when_every_backup_is_damaged_nothing_is_restored(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book, older, newer = _two_backups(tmp_path)
    _no_manifest(older)
    _flip(newer)
    digest = file_digest(book)
    for extra in ([], ["--skip-damaged"]):
        code, _, err = _cli(capsys, "--db", str(book), "restore", "--latest", *extra, "--yes")
        lines = err.strip().splitlines()
        assert code == 1 and len(lines) == 3, err
        assert "checksum differs" in lines[0] and "manifest is missing" in lines[1]
        assert "no good backup" in lines[2] and "nothing was changed" in lines[2]
    assert file_digest(book) == digest


def test_skip_damaged_goes_only_with_latest(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    book, older, _newer = _two_backups(tmp_path)
    code, _, err = _cli(capsys, "--db", str(book), "restore", str(older.path),
                        "--skip-damaged", "--yes")
    assert code == 2 and "--skip-damaged" in err and len(err.strip().splitlines()) == 1


def test_a_backup_without_manifest_still_says_when_and_why_by_its_name(
        tmp_path: Path) -> None:
    book, older, newer = _two_backups(tmp_path)
    _no_manifest(newer)
    info = read_backup(newer.path)
    assert info.damaged and info.reason == "manual" and info.problem == "its manifest is missing"
    assert info.created > older.created  # sorted where it belongs: the newest
    choice = choose_latest(str(book))
    assert [b.path for b in choice.skipped] == [newer.path]
    assert choice.chosen is not None and choice.chosen.path == older.path
    assert choice.newest is not None and choice.newest.path == newer.path
    stray = newer.path.with_name("copia.cuentas")
    stray.write_bytes(older.path.read_bytes())
    assert read_backup(stray).reason == "unknown" and read_backup(stray).damaged


def test_the_command_line_help_names_the_contract() -> None:
    import subprocess

    from tests.books import CLI, ROOT

    out = subprocess.run([*CLI, "restore", "--help"], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    assert "--skip-damaged" in out and "damaged" in out
