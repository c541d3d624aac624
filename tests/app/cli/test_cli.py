"""The command line contract (DESIGN.md section 8): outputs, exit codes, bad input."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest

from app.cli import main
from app.store.schema import HEAD


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: str) -> bytes:
    """The book's content, to prove a refused command wrote nothing."""
    import sqlite3

    conn = sqlite3.connect(path)
    dump = "\n".join(conn.iterdump()).encode()
    conn.close()
    return dump


@pytest.fixture
def mxbook(tmp_path: Path, capsys) -> str:
    db = str(tmp_path / "shop.cuentas")
    assert cli(capsys, "--db", db, "new", "--currency", "MXN", "--tax-preset", "mx")[0] == 0
    assert cli(capsys, "--db", db, "accounts", "add", "Banco", "--opening", "1000")[0] == 0
    return db


def test_demo_legacy_is_unversioned_and_demo_verifies(tmp_path: Path, capsys) -> None:
    legacy, current = str(tmp_path / "x.db"), str(tmp_path / "y.db")
    assert cli(capsys, "--db", legacy, "demo", "--legacy", "--transactions", "50")[0] == 0
    status = json.loads(cli(capsys, "--db", legacy, "status", "--json")[1])
    assert status["state"] == "unversioned-legacy" and status["head"] == HEAD
    assert status["counts"]["transactions"] >= 50 and status["counts"]["splits"] == 0
    assert cli(capsys, "--db", legacy, "verify")[0] == 1

    assert cli(capsys, "--db", current, "demo", "--transactions", "80", "--seed", "7")[0] == 0
    code, out, _ = cli(capsys, "--db", current, "verify", "--json")
    assert code == 0 and json.loads(out)["ok"] is True
    status = json.loads(cli(capsys, "--db", current, "status", "--json")[1])
    assert status["state"] == "current"
    assert set(status["counts"]) == {"transactions", "splits", "accounts", "categories"}
    assert status["counts"]["splits"] > status["counts"]["transactions"]


def test_scenarios_through_add_split_report_exact_sums(tmp_path: Path, capsys, scenarios) -> None:
    for currency in ("MXN", "EUR"):
        db = str(tmp_path / f"{currency}.cuentas")
        assert cli(capsys, "--db", db, "new", "--currency", currency)[0] == 0
        assert cli(capsys, "--db", db, "accounts", "add", "Banco")[0] == 0
        for cat in scenarios["categories"]:
            assert cli(capsys, "--db", db, "categories", "add", cat["name"], "--kind",
                       cat["kind"], "--role", cat["role"])[0] == 0
        expected: dict[str, Decimal] = defaultdict(Decimal)
        for sc in scenarios["scenarios"]:
            if sc["currency"] != currency:
                continue
            splits = []
            for line in sc["lines"]:
                splits += ["--split", f"{line['category']}={line['amount']}"]
                expected[line["category"]] += Decimal(line["amount"])
            code, _, err = cli(capsys, "--db", db, "add", "--account", "Banco", "--date",
                               "2026-03-10", "--payee", sc["title"], "--amount", sc["amount"],
                               *splits)
            assert code == 0, err
        code, out, _ = cli(capsys, "--db", db, "report", "categories", "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows and list(rows[0]) == ["category", "kind", "amount"]
        assert {r["category"]: Decimal(r["amount"]) for r in rows} == dict(expected)
        assert all(len(r["amount"].split(".")[1]) == 2 for r in rows)


def test_report_accounts_csv_includes_archived(mxbook: str, capsys) -> None:
    cli(capsys, "--db", mxbook, "add", "--account", "Banco", "--date", "2026-01-02",
        "--payee", "Renta", "--amount", "-250.5", "--category", "Gastos:Renta")
    out = cli(capsys, "--db", mxbook, "report", "accounts", "--format", "csv")[1]
    assert out.splitlines() == ["account,balance", "Banco,749.50"]


def test_list_json_shape(mxbook: str, capsys) -> None:
    cli(capsys, "--db", mxbook, "accounts", "add", "Caja", "--kind", "cash")
    code, _, err = cli(capsys, "--db", mxbook, "add", "--account", "Banco", "--date",
                       "2026-01-02", "--payee", "Mixto", "--amount", "-300", "--split",
                       "Gastos:Renta=-100:local", "--split", "[Caja]=-150", "--split", "=-50")
    assert code == 0, err
    rows = json.loads(cli(capsys, "--db", mxbook, "list", "--format", "json",
                          "--account", "Banco")[1])
    assert rows == [{"id": 1, "account": "Banco", "date": "2026-01-02", "payee": "Mixto",
                     "memo": "", "reference": "", "amount": "-300.00",
                     "lines": [{"category": "Gastos:Renta", "amount": "-100.00", "memo": "local"},
                               {"account": "Caja", "amount": "-150.00", "memo": ""},
                               {"category": "", "amount": "-50.00", "memo": ""}]}]
    caja = json.loads(cli(capsys, "--db", mxbook, "list", "--format", "json", "--account",
                          "Caja")[1])
    assert caja[0]["amount"] == "150.00" and caja[0]["lines"][0] == {
        "account": "Banco", "amount": "150.00", "memo": ""}


BAD_INPUT = [
    (["add", "--account", "Nope", "--date", "2026-01-01", "--amount", "1"], "--account", "Nope"),
    (["add", "--account", "Banco", "--date", "2026-13-01", "--amount", "1"], "date",
     "2026-13-01"),
    (["add", "--account", "Banco", "--date", "2026-01-01", "--amount", "12.345"], "--amount",
     "12.345"),
    (["add", "--account", "Banco", "--date", "2026-01-01", "--amount", "-10", "--split",
      "Gastos:Renta=-4", "--split", "Gastos:Renta=-5"], "lines", "-9.00"),
    (["add", "--account", "Banco", "--date", "2026-01-01", "--amount", "-10", "--split",
      "Gastos:Nada=-10"], "--split", "Gastos:Nada"),
    (["add", "--account", "Banco", "--date", "2026-01-01", "--amount", "-10", "--split",
      "Gastos:Renta-10"], "--split", "Gastos:Renta-10"),
    (["categories", "add", "Gastos:Renta", "--kind", "income"], "category", "Gastos:Renta"),
    (["categories", "add", "Gastos:X", "--kind", "expense", "--role", "vat"], "--role", "vat"),
    (["accounts", "add", "Banco"], "name", "Banco"),
    (["accounts", "add", "Otra", "--opening", "1,000"], "--opening", "1,000"),
    (["report", "categories", "--from", "2026-02-31"], "--from", "2026-02-31"),
    (["list", "--category", "Nada"], "--category", "Nada"),
    (["add", "--account", "Banco", "--date", "2026-01-01"], "--amount", ""),
    (["new", "--currency", "MXN"], "--db", ""),
]


@pytest.mark.parametrize(("args", "field", "value"), BAD_INPUT)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(mxbook: str, capsys, args, field,
                                                            value) -> None:
    before = digest(mxbook)
    code, _out, err = cli(capsys, "--db", mxbook, *args)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert field in lines[0] and value in lines[0]
    assert digest(mxbook) == before


def test_new_rejects_bad_currency_locale_and_leaves_no_file(tmp_path: Path, capsys) -> None:
    db = tmp_path / "n.cuentas"
    for args, field in ((["--currency", "PESOS"], "--currency"),
                        (["--currency", "MXN", "--locale", "xx_YY"], "--locale")):
        code, _, err = cli(capsys, "--db", str(db), "new", *args)
        assert code == 2 and field in err and len(err.strip().splitlines()) == 1
        assert not db.exists()
    assert main(["--db", str(db), "new", "--currency", "MXN", "--tax-preset", "fr"]) == 2
    assert "--tax-preset" in capsys.readouterr().err


def test_clp_takes_no_decimals(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "cl.cuentas")
    cli(capsys, "--db", db, "new", "--currency", "CLP")
    cli(capsys, "--db", db, "accounts", "add", "Banco")
    assert cli(capsys, "--db", db, "add", "--account", "Banco", "--date", "2026-01-01",
               "--amount", "1500")[0] == 0
    assert cli(capsys, "--db", db, "add", "--account", "Banco", "--date", "2026-01-01",
               "--amount", "1500.5")[0] == 2
    assert cli(capsys, "--db", db, "report", "accounts", "--format", "csv")[1].splitlines()[1] \
        == "Banco,1500"


def test_the_installed_entry_point_runs(tmp_path: Path) -> None:
    db = str(tmp_path / "e.cuentas")
    result = subprocess.run([sys.executable, "-m", "app.cli", "--db", db, "status", "--json"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["state"] == "new"


def test_a_file_that_is_not_a_book_is_reported_corrupt(tmp_path: Path, capsys) -> None:
    from app.errors import BookStateError
    from app.store.book import open_book

    junk = tmp_path / "junk.cuentas"
    junk.write_bytes(b"not a database at all, just some bytes" * 10)
    before = junk.read_bytes()
    code, out, _ = cli(capsys, "--db", str(junk), "status", "--json")
    assert code == 0 and json.loads(out)["state"] == "corrupt"
    code, _, err = cli(capsys, "--db", str(junk), "list")
    assert code == 1 and err.startswith("cuentas: corrupt:")
    with pytest.raises(BookStateError) as exc:
        open_book(str(junk))
    assert exc.value.state == "corrupt"
    assert junk.read_bytes() == before


def test_text_the_output_encoding_cannot_carry_is_replaced_not_a_crash(tmp_path: Path) -> None:
    """Windows writes a redirected stdout in cp1252 (PYTHONIOENCODING stands in for it
    here): a payee with "Ł" and "→" is saved, acknowledged and listed, shown with "?"
    where cp1252 has no such letter, instead of `add` failing after it saved."""
    import os

    db = str(tmp_path / "w.cuentas")
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        result = subprocess.run([sys.executable, "-m", "app.cli", "--db", db, *args],
                                capture_output=True, env=env, check=False,
                                encoding=env.get("PYTHONIOENCODING", "utf-8"))
        assert result.returncode == 0, result.stderr
        return result

    run("new", "--currency", "MXN")
    run("accounts", "add", "Banco")
    added = run("add", "--account", "Banco", "--date", "2026-01-08", "--payee",
                "Łódź → ñandú", "--amount", "1.00")
    assert "Added transaction 1" in added.stdout and "?ód? ? ñandú" in added.stdout
    assert "?ód? ? ñandú" in run("list").stdout
    del env["PYTHONIOENCODING"]  # UTF-8 again: the payee was saved as typed
    assert json.loads(run("list", "--format", "json").stdout)[0]["payee"] == "Łódź → ñandú"
