"""`cuentas import`, `export`, `imports` and `rules` (DESIGN.md section 8, issue 15)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.cli import main


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def counts(out: str) -> dict[str, int]:
    """The preview's new/duplicate/invalid counts as printed."""
    found = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in ("new", "duplicate", "invalid"):
            found[parts[0]] = int(parts[1].replace(",", ""))
    return found


def digest(path: str) -> bytes:
    conn = sqlite3.connect(path)
    dump = "\n".join(conn.iterdump()).encode()
    conn.close()
    return dump


@pytest.fixture
def shop(tmp_path: Path, capsys) -> str:
    db = str(tmp_path / "shop.cuentas")
    assert cli(capsys, "--db", db, "new", "--currency", "MXN", "--tax-preset", "mx")[0] == 0
    assert cli(capsys, "--db", db, "accounts", "add", "Banco")[0] == 0
    return db


STATEMENT = """!Type:Bank
D03/02/2026
T95.82
PCLIP DEPOSITO
^
D03/03/2026
T-1,160.00
PPapelera del Centro
LGastos:Papelería nueva
^
D03/04/2026
T-500.00
PTraspaso
L[Ahorro]
^
D13/45/2026
T-1.00
PMal
^
"""


def test_import_lists_what_is_missing_and_imports_only_with_yes(
        shop: str, tmp_path: Path, capsys) -> None:
    source = tmp_path / "marzo.qif"
    source.write_text(STATEMENT)
    before = digest(shop)
    code, out, _ = cli(capsys, "--db", shop, "import", str(source), "--account", "Banco")
    assert code == 1
    assert counts(out) == {"new": 3, "duplicate": 0, "invalid": 1}
    assert "line 16: the date '13/45/2026' has 13 as its month" in out
    assert "Categories to create: Gastos:Papelería nueva (expense)" in out
    assert "Accounts to create: Ahorro (bank)" in out
    assert "Nothing imported: 1 category and 1 account do not exist yet" in out
    assert digest(shop) == before
    code, out, _ = cli(capsys, "--db", shop, "import", str(source), "--account", "Banco",
                       "--dry-run", "--yes")
    assert code == 0 and "Dry run: nothing was written." in out
    assert digest(shop) == before
    code, out, _ = cli(capsys, "--db", shop, "import", str(source), "--account", "banco",
                       "--yes")
    assert code == 0 and ("Imported 3 transactions into Banco (import 1; undo with "
                          "`cuentas imports undo 1`); 1 of them a transfer, recorded in both "
                          "accounts.") in out
    code, out, _ = cli(capsys, "--db", shop, "import", str(source), "--account", "Banco",
                       "--yes")
    assert code == 0 and counts(out) == {"new": 0, "duplicate": 3, "invalid": 1}
    listed = json.loads(cli(capsys, "--db", shop, "list", "--format", "json")[1])
    assert sorted(t["amount"] for t in listed) == sorted(["-1160.00", "-500.00", "95.82", "500.00"])
    code, out, _ = cli(capsys, "--db", shop, "verify")
    assert code == 0


def test_rules_split_processor_deposits(shop: str, tmp_path: Path, capsys) -> None:
    code, out, _ = cli(capsys, "--db", shop, "rules", "add", "Clip", "--match", "clip",
                       "--template", "card-deposit", "--set", "fee_rate=3.6")
    assert code == 0 and 'contains "clip" → card-deposit (fee_rate=3.6)' in out
    code, _, err = cli(capsys, "--db", shop, "rules", "add", "X", "--match", "x",
                       "--template", "card-deposit", "--set", "rate")
    assert code == 2 and "--set" in err
    source = tmp_path / "clip.qif"
    source.write_text("!Type:Bank\nD03/02/2026\nT95.82\nPCLIP DEPOSITO\n^\n")
    code, out, _ = cli(capsys, "--db", shop, "import", str(source), "--account", "Banco")
    assert code == 0 and "Split rules applied: Clip (1)" in out
    txn = json.loads(cli(capsys, "--db", shop, "list", "--format", "json")[1])[0]
    assert [line["amount"] for line in txn["lines"]] == ["86.21", "13.79", "-3.60", "-0.58"]
    assert "Clip" in cli(capsys, "--db", shop, "rules", "list")[1]
    assert cli(capsys, "--db", shop, "rules", "remove", "clip")[0] == 0
    assert cli(capsys, "--db", shop, "rules", "remove", "clip")[0] == 2


def test_undo_an_import(shop: str, tmp_path: Path, capsys) -> None:
    source = tmp_path / "marzo.qif"
    source.write_text(STATEMENT)
    cli(capsys, "--db", shop, "import", str(source), "--account", "Banco", "--yes")
    code, out, _ = cli(capsys, "--db", shop, "imports", "list")
    assert code == 0 and "marzo.qif" in out
    code, out, _ = cli(capsys, "--db", shop, "imports", "undo", "1")
    assert code == 0
    # The 3 transactions the import said, one of them the transfer to Ahorro (issue 15's
    # closing note: this said "4 removed", counting the transfer's other side).
    assert out.startswith("Undid import 1: 3 transactions removed (1 of them a transfer, "
                          "removed from both accounts; categories removed: "
                          "Gastos:Papelería nueva; accounts removed: Ahorro)")
    assert json.loads(cli(capsys, "--db", shop, "list", "--format", "json")[1]) == []
    code, _, err = cli(capsys, "--db", shop, "imports", "undo", "1")
    assert code == 2 and "was undone already" in err


def test_csv_mapping_saved_and_used_by_name(shop: str, tmp_path: Path, capsys) -> None:
    source = tmp_path / "banco.csv"
    source.write_text("Fecha;Concepto;Importe\n02/03/2026;Renta;-1.000,00\n")
    code, out, _ = cli(capsys, "--db", shop, "import", str(source), "--account", "Banco",
                       "--save-mapping", "Mi banco", "--dry-run")
    assert code == 0 and "Saved the mapping 'Mi banco'" in out
    code, out, _ = cli(capsys, "--db", shop, "import", str(source), "--account", "Banco",
                       "--mapping", "mi banco")
    assert code == 0 and "Imported 1 transaction into" in out
    listed = json.loads(cli(capsys, "--db", shop, "list", "--format", "json")[1])
    assert (listed[0]["date"], listed[0]["amount"]) == ("2026-03-02", "-1000.00")
    code, _, err = cli(capsys, "--db", shop, "import", str(source), "--account", "Banco",
                       "--mapping", "otro")
    assert code == 2 and "--mapping: 'otro' is not a saved mapping" in err


@pytest.mark.parametrize("content", [b"\x00\x01\x02binary" * 100, b"", b"hello world\n"])
def test_bad_files_are_one_line_and_exit_2(shop: str, tmp_path: Path, capsys,
                                           content: bytes) -> None:
    source = tmp_path / "bad.qif"
    source.write_bytes(content)
    before = digest(shop)
    code, _out, err = cli(capsys, "--db", shop, "import", str(source), "--account", "Banco")
    assert code == 2 and err.startswith("cuentas: error: file: ") and err.count("\n") == 1
    assert digest(shop) == before


def test_export_formats_and_out_rules(shop: str, tmp_path: Path, capsys) -> None:
    source = tmp_path / "marzo.qif"
    source.write_text(STATEMENT)
    cli(capsys, "--db", shop, "import", str(source), "--account", "Banco", "--yes")
    for fmt in ("qif", "csv", "ledger"):
        out_file = tmp_path / f"out.{fmt}"
        code, _out, _ = cli(capsys, "--db", shop, "export", "--format", fmt, "--out",
                           str(out_file))
        assert code == 0 and out_file.exists(), fmt
        code, _, err = cli(capsys, "--db", shop, "export", "--format", fmt, "--out",
                           str(out_file))
        assert code == 2 and "--out" in err and "--force" in err
        assert cli(capsys, "--db", shop, "export", "--format", fmt, "--out", str(out_file),
                   "--force")[0] == 0
    code, _, err = cli(capsys, "--db", shop, "export", "--format", "qif", "--out", shop)
    assert code == 2 and "--out" in err
    code, _, err = cli(capsys, "--db", shop, "export", "--format", "qif", "--out",
                       str(tmp_path))
    assert code == 2 and "folder" in err
    only = tmp_path / "ahorro.qif"
    assert cli(capsys, "--db", shop, "export", "--format", "qif", "--out", str(only),
               "--account", "Ahorro")[0] == 0
    assert "NAhorro" in only.read_text() and "NBanco\nTBank\n^\n!Type" not in only.read_text()


def test_writing_commands_hold_the_books_write_lock(shop: str, tmp_path: Path, capsys,
                                                    monkeypatch) -> None:
    """An import, an undo and a rule change wait for a restore in another process and
    are then refused naming it (nothing written); the desktop app's session does not
    stop them, and a dry run takes no write lock."""
    from app.cli import import_cmds
    from app.store import lock
    from tests.books import held_by_another_process

    assert import_cmds.cmd_import is not None
    monkeypatch.setattr(lock, "WRITE_WAIT", 0.4)
    source = tmp_path / "marzo.qif"
    source.write_text(STATEMENT)
    before = digest(shop)
    with held_by_another_process(shop, "restore") as pid:
        for args in (("import", str(source), "--account", "Banco", "--yes"),
                     ("imports", "undo", "1"),
                     ("rules", "add", "Clip", "--match", "clip", "--template", "card-deposit"),
                     ("rules", "remove", "Clip")):
            code, _out, err = cli(capsys, "--db", shop, *args)
            assert code == 1 and f"process {pid}" in err and "restoring" in err, (args, err)
            assert err.count("\n") == 1
        # A dry run only reads: it answers at once, restore or not.
        code, out, _ = cli(capsys, "--db", shop, "import", str(source), "--account", "Banco",
                           "--dry-run")
        assert code == 0 and "Dry run" in out
    assert digest(shop) == before
    with held_by_another_process(shop, "session"):
        code, out, err = cli(capsys, "--db", shop, "import", str(source), "--account", "Banco",
                             "--yes")
        assert code == 0, err
        assert "Imported 3 transactions" in out


SAID = {
    "en": ("Imported 1 transaction into Banco (import {id}; undo with `cuentas imports undo "
           "{id}`); a transfer, recorded in both accounts.",
           "Undid import {id}: 1 transaction removed (a transfer, removed from both "
           "accounts).",
           "Imported 2 transactions into Banco (import {id}; undo with `cuentas imports undo "
           "{id}`); 1 of them a transfer, recorded in both accounts.",
           "Undid import {id}: 2 transactions removed (1 of them a transfer, removed from "
           "both accounts)."),
    "es": ("Se importó 1 movimiento a Banco (importación {id}; se deshace con `cuentas "
           "imports undo {id}`); una transferencia, registrada en las dos cuentas.",
           "Se deshizo la importación {id}: se quitó 1 movimiento (una transferencia, "
           "quitada de las dos cuentas).",
           "Se importaron 2 movimientos a Banco (importación {id}; se deshace con `cuentas "
           "imports undo {id}`); 1 de ellos una transferencia, registrada en las dos "
           "cuentas.",
           "Se deshizo la importación {id}: se quitaron 2 movimientos (1 de ellos una "
           "transferencia, quitada de las dos cuentas)."),
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_import_and_undo_count_a_transfer_once_in_both_languages(
        language: str, shop: str, tmp_path: Path, capsys, monkeypatch) -> None:
    from app import i18n

    assert cli(capsys, "--db", shop, "accounts", "add", "Ahorro")[0] == 0
    monkeypatch.setenv("CUENTAS_LANG", language)
    transfer = "D03/04/2026\nT-500.00\nPTraspaso\nL[Ahorro]\n^\n"
    rent = "D03/05/2026\nT-100.00\nPRenta\nLGastos:Renta\n^\n"
    try:
        for batch, body in enumerate((transfer, rent + transfer.replace("03/04", "03/06")),
                                     start=1):
            source = tmp_path / f"{batch}.qif"
            source.write_text("!Type:Bank\n" + body)
            code, out, _ = cli(capsys, "--db", shop, "import", str(source), "--account",
                               "Banco")
            imported, undone = SAID[language][2 * batch - 2: 2 * batch]
            assert code == 0 and imported.format(id=batch) in out
            code, out, _ = cli(capsys, "--db", shop, "imports", "undo", str(batch))
            assert code == 0 and out.strip() == undone.format(id=batch)
    finally:
        i18n.set_language("en")
