"""The standing defence: the command line against hostile input (issue 11).

Every case below must end as the contract says (DESIGN.md section 8): exit 2 (bad
input) or 1 (refused), exactly one line on stderr, no traceback and no "internal
error", and the book exactly as it was (every row of every table compared). The
catalogue holds the inputs found by attacking the command line by hand; the
hypothesis tests generate more over every command's options (text, amounts, dates,
numbers, names), each time with one option made hostile and the others valid, so
that any acceptance or crash is a finding. Everything runs in-process through
`app.cli.main` for speed, on SQLite and on PostgreSQL (the `location` fixture); a few
cases run as real processes with real bytes in argv.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli import main

REPO = Path(__file__).resolve().parents[3]
NOT_UTF8 = "caf\udce9"  # what Python makes of the bytes b"caf\xe9" in argv
HUGE = "x" * 100_000
ESC = "\x1b[2J\x1b[31mred"

Case = tuple[str, ...]


def dump(location: str) -> list[tuple[str, list[str]]]:
    """Every row of every table of the book (sorted), to prove nothing was written."""
    from sqlalchemy import create_engine, inspect, text

    from app.store.db import is_postgres, sqlalchemy_url

    if not is_postgres(location):
        import sqlite3

        conn = sqlite3.connect(location)
        try:
            return [("sqlite", list(conn.iterdump()))]
        finally:
            conn.close()
    engine = create_engine(sqlalchemy_url(location))
    try:
        with engine.connect() as conn:
            out = []
            for table in sorted(inspect(conn).get_table_names()):
                rows = conn.execute(text(f'SELECT * FROM "{table}"')).all()
                out.append((table, sorted(repr(tuple(r)) for r in rows)))
            return out
    finally:
        engine.dispose()


def run(capsys: pytest.CaptureFixture[str], location: str, args: Sequence[str]
        ) -> tuple[int, str, str]:
    code = main(["--db", location, *args])
    out, err = capsys.readouterr()
    return code, out, err


def problems(code: int, err: str, *, accepted: Sequence[int] = (1, 2)) -> list[str]:
    """What is wrong with how a hostile input ended ([] when it ended as it must)."""
    found = []
    if code not in accepted:
        found.append(f"exit {code}")
    lines = err.splitlines()
    if len(lines) != 1 or not err.endswith("\n"):
        found.append(f"{len(lines)} lines on stderr")
    if "Traceback" in err or "internal error" in err:
        found.append("an internal error")
    if len(err) > 600:
        found.append(f"{len(err)} characters on stderr")
    if any((ch < " " and ch != "\n") or "\x7f" <= ch <= "\x9f" for ch in err):
        found.append("control characters on stderr")
    return found


@pytest.fixture
def hostile_book(location: str, capsys: pytest.CaptureFixture[str]) -> str:
    """An MXN book with the Mexican preset, two accounts, a profile, a few transactions."""
    for args in (
        ["new", "--currency", "MXN", "--tax-preset", "mx"],
        ["accounts", "add", "Banco", "--opening", "1000"],
        ["accounts", "add", "Caja", "--kind", "cash"],
        ["users", "add", "Ana", "--role", "bookkeeper", "--login", "ana"],
        ["add", "--account", "Banco", "--date", "2026-01-05", "--payee", "Renta",
         "--amount", "-1160", "--split", "Gastos:Renta=-1000", "--split",
         "Impuestos:IVA acreditable=-160"],
        ["add", "--account", "Banco", "--date", "2026-01-06", "--payee", "Retiro",
         "--amount", "-200", "--category", "[Caja]"],
    ):
        code, _out, err = run(capsys, location, args)
        assert code == 0, (args, err)
    return location


ADD = ("add", "--account", "Banco", "--date", "2026-02-01", "--amount", "-10")

CATALOGUE: list[Case] = [
    # text that is not UTF-8, in every kind of text argument
    (*ADD, "--payee", NOT_UTF8),
    (*ADD, "--memo", NOT_UTF8),
    (*ADD, "--reference", NOT_UTF8),
    (*ADD, "--split", f"Gastos:Renta=-10:{NOT_UTF8}"),
    (*ADD, "--category", NOT_UTF8),
    ("add", "--account", NOT_UTF8, "--date", "2026-02-01", "--amount", "-10"),
    ("accounts", "add", NOT_UTF8),
    ("categories", "add", f"Gastos:{NOT_UTF8}", "--kind", "expense"),
    ("users", "add", NOT_UTF8, "--role", "viewer"),
    ("users", "add", "Beto", "--role", "viewer", "--login", NOT_UTF8),
    ("list", "--search", NOT_UTF8),
    ("list", "--account", NOT_UTF8),
    ("list", "--category", NOT_UTF8),
    ("report", "categories", "--account", NOT_UTF8),
    ("audit", "--user", NOT_UTF8),
    ("audit", "--entity", NOT_UTF8),
    ("templates", "apply", NOT_UTF8, "--amount", "100"),
    ("templates", "apply", "purchase-iva", "--amount", "-116", "--set", f"rate={NOT_UTF8}"),
    ("flags", "set", NOT_UTF8, "off"),
    # NUL (an in-process caller can pass one; PostgreSQL takes none)
    (*ADD, "--payee", "a\x00b"),
    ("list", "--search", "\x00"),
    ("audit", "--entity", "\x00"),
    # numbers out of range or not ASCII
    ("list", "--limit", "10000000000000000000000"),
    ("list", "--limit", "-1"),
    ("list", "--limit", "١٠"),
    ("list", "--limit", "1_000"),
    ("list", "--limit", "1e3"),
    ("list", "--limit", ""),
    ("demo", "--transactions", "-5"),
    ("demo", "--transactions", "٥"),
    ("templates", "apply", "purchase-iva", "--amount", "-116", "--set", "rate=NaN"),
    ("templates", "apply", "purchase-iva", "--amount", "-116", "--set", "rate=1/0"),
    ("templates", "apply", "purchase-iva", "--amount", "-116", "--set", "rate=NaN/1"),
    ("templates", "apply", "purchase-iva", "--amount", "-116", "--set", "rate=1/NaN"),
    ("templates", "apply", "purchase-iva", "--amount", "-116", "--set", "rate=Infinity"),
    ("templates", "apply", "purchase-iva", "--amount", "-116", "--set", "rate=1e-999999999"),
    ("templates", "apply", "purchase-iva", "--amount", "-116", "--set", "rate=١٦"),
    ("templates", "apply", "purchase-iva", "--amount", "-116", "--set", "rate=200"),
    ("templates", "apply", "fee-withholding", "--amount", "100", "--set",
     "iva_withheld_fraction=NaN"),
    ("templates", "apply", "fee-withholding", "--amount", "100", "--set",
     "iva_withheld_fraction=1/0"),
    ("templates", "apply", "fee-withholding", "--amount", "100", "--set",
     "iva_withheld_fraction=١/٣"),
    ("templates", "apply", "fee-withholding", "--amount", "100", "--set",
     "iva_withheld_fraction=1e-99999999"),
    ("templates", "apply", "purchase-iva", "--amount", "١٢٣"),
    # amounts: ASCII digits, '.', at most the currency's decimals, never 0
    *[("add", "--account", "Banco", "--date", "2026-02-01", "--amount", amount)
      for amount in ("١٢٣", "１２３", "0", "-0", "0.00", "+0", "1e5", "NaN", "Infinity",
                     "12.345", "1,000.00", "99999999999999999999999999999999", "100000000000000",
                     "", " ", "--5", "+-5", "5.", ".5", "٫5", "5\x00")],
    (*ADD, "--split", "Gastos:Renta=-10", "--split", "=0"),
    (*ADD, "--split", "Gastos:Renta=-١٠"),
    (*ADD, "--split", "Gastos:Renta"),
    (*ADD, "--split", "[Nope]=-10"),
    (*ADD, "--split", "[Banco]=-10"),
    (*ADD, "--split", "=-9"),
    ("accounts", "add", "Otra", "--opening", "١٠"),
    ("accounts", "add", "Otra", "--opening", "NaN"),
    ("list", "--min", "١"),
    ("list", "--max", "NaN"),
    ("list", "--min", "10", "--max", "1"),
    # dates
    *[("add", "--account", "Banco", "--date", day, "--amount", "-10")
      for day in ("٢٠٢٦-٠١-٠١", "2026-13-01", "2026-02-30", "", "20260101", "2026-1-1",
                  "2026-01-01\n", "2026-01-01T00:00", "0000-01-01")],
    ("list", "--from", ""),
    ("list", "--to", "2026-13-01"),
    ("list", "--from", "2026-02-01", "--to", "2026-01-01"),
    ("report", "categories", "--from", ""),
    ("report", "categories", "--to", "٢٠٢٦-٠١-٠١"),
    ("audit", "--since", ""),
    ("audit", "--since", "2026-13-01"),
    ("audit", "--until", "yesterday"),
    # filters that name nothing (or are empty)
    ("audit", "--user", "Nope"),
    ("audit", "--entity", "nope"),
    ("audit", "--id", "abc"),
    ("audit", "--entity", "transaction", "--id", "99999"),
    ("audit", "--entity", "transaction", "--id", ""),
    ("list", "--account", "Nope"),
    ("list", "--account", ""),
    ("list", "--category", "Nope"),
    ("list", "--category", ""),
    ("list", "--search", "   "),
    ("report", "categories", "--account", "Nope"),
    ("report", "categories", "--account", ""),
    (*ADD, "--category", ""),
    (*ADD, "--category", "Nope"),
    # names
    ("accounts", "add", "banco"),
    ("accounts", "add", "BANCO"),
    ("accounts", "add", "a=b"),
    ("accounts", "add", "[x]"),
    ("accounts", "add", "a\x1bb"),
    ("accounts", "add", ""),
    ("accounts", "add", "  "),
    ("accounts", "add", "y" * 201),
    ("categories", "add", "Gastos:a=b", "--kind", "expense"),
    ("categories", "add", "Gastos:Nuevo", "--kind", "income"),
    ("categories", "add", "Gastos:Nuevo", "--kind", "expense", "--role", "iva_input"),
    ("categories", "add", "Impuestos:Nuevo", "--kind", "tax", "--role", "commission"),
    ("categories", "add", "Otros", "--kind", "income", "--role", "iva_output"),
    ("categories", "add", "[A:B]", "--kind", "expense"),
    ("categories", "add", "Gastos::X", "--kind", "expense"),
    ("categories", "add", ":", "--kind", "expense"),
    ("categories", "add", "Gastos:\x1b[31m", "--kind", "expense"),
    ("categories", "add", "Gastos:Renta", "--kind", "income"),
    ("users", "add", "ana", "--role", "viewer"),
    ("users", "add", "Beto", "--role", "king"),
    ("users", "set-role", "Nope", "owner"),
    # echoed values: cut, escaped, one line
    (*ADD, "--payee", HUGE),
    (*ADD, "--memo", HUGE),
    ("accounts", "add", HUGE),
    ("list", "--account", HUGE),
    ("list", "--account", ESC),
    ("list", "--account", "a\nb\rc"),
    ("list", "--category", "a\u2028b"),
    ("audit", "--user", ESC),
    ("list", "--bogus", "a\nb"),
    ("report", "nope"),
    ("list", "--format", "xml\n"),
    ("templates", "apply", "nope", "--amount", "5"),
    ("restore",),
    ("flags", "set", "nope", "off"),
    # statements (issue 15): not a file, not text, not a statement, names that are not
    # there; nothing imported, exported over something it must not be, or undone
    ("import", NOT_UTF8, "--account", "Banco"),
    ("import", "/nonexistent/marzo.qif", "--account", "Banco"),
    ("import", "/dev/zero", "--account", "Banco"),
    ("import", "/dev/null", "--account", "Banco", "--format", "qif"),
    ("import", str(REPO / "ui" / "icons" / "cuentas-256.png"), "--account", "Banco"),
    ("import", str(REPO / "pyproject.toml"), "--account", "Banco"),
    ("import", str(REPO / "README.md"), "--account", "Banco", "--format", "qif"),
    ("import", str(REPO / "README.md"), "--account", "Nope"),
    ("import", str(REPO / "README.md"), "--account", "Banco", "--mapping", "nope"),
    ("import", str(REPO / "README.md"), "--account", "Banco", "--format", "ofx",
     "--mapping", "x"),
    ("export", "--format", "qif", "--out", NOT_UTF8),
    ("export", "--format", "qif", "--out", "/dev/null"),
    ("export", "--format", "qif", "--out", "/"),
    ("export", "--format", "csv", "--out", "/tmp/x.csv", "--account", "Nope"),
    ("imports", "undo", "999"),
    ("imports", "undo", "-1"),
    ("imports", "undo", "١"),
    ("rules", "add", "X", "--match", "x", "--template", "nope"),
    ("rules", "add", "X", "--match", " ", "--template", "card-deposit"),
    ("rules", "add", "X", "--match", "x", "--template", "card-deposit", "--set",
     "fee_rate=NaN"),
    ("rules", "add", "X", "--match", "x", "--template", "card-deposit", "--set", "nokey"),
    ("rules", "add", "", "--match", "x", "--template", "card-deposit"),
    ("rules", "add", "X", "--match", "x", "--template", "card-deposit", "--account", "Nope"),
    ("rules", "remove", "nope"),
]


def test_the_catalogue_of_hostile_inputs(hostile_book: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """Each case: exit 1 or 2, one line on stderr, no traceback, the book unchanged."""
    failures = []
    before = dump(hostile_book)
    for case in CATALOGUE:
        code, _out, err = run(capsys, hostile_book, case)
        found = problems(code, err)
        after = dump(hostile_book)
        if after != before:
            found.append("the book changed")
            before = after
        if found:
            failures.append(f"{[a[:60] for a in case]}: {', '.join(found)}: {err[:300]!r}")
    assert not failures, "\n".join(failures)


def test_echoed_values_are_cut_and_name_the_field(hostile_book: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, hostile_book, (*ADD, "--payee", HUGE))
    assert code == 2 and err.startswith("cuentas: error: payee: 'xxx")
    assert "(100,000 characters)" in err and len(err) < 250
    code, _out, err = run(capsys, hostile_book, ("list", "--account", ESC))
    assert code == 2 and "--account" in err and "\\x1b[2J" in err and "\x1b" not in err
    code, _out, err = run(capsys, hostile_book, (*ADD, "--payee", NOT_UTF8))
    assert code == 2 and err == ("cuentas: error: --payee: 'caf\\xe9' is not valid UTF-8 "
                                 "text (Cuentas reads names and text as UTF-8)\n")


def test_stored_control_characters_are_escaped_in_tables_and_csv(
        hostile_book: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A payee written by another program (an import, the desktop app) cannot drive the
    terminal or break a row; JSON keeps it exact."""
    import json

    payee = "Evil\x1b[2J\nnext\rline\x9b31m\u2028end\ttab"
    code, _out, err = run(capsys, hostile_book, (*ADD, "--payee", payee, "--memo", "m\x07"))
    assert code == 0, err
    for args in (("list",), ("list", "--format", "csv"),
                 ("report", "payees"), ("report", "payees", "--format", "csv"),
                 ("audit",), ("audit", "--format", "csv")):
        code, out, err = run(capsys, hostile_book, args)
        assert code == 0, err
        assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]", out), (args, out)
        assert "Evil\\x1b[2J\\nnext\\rline\\x9b31m\\u2028end\\ttab" in out or \
            args[0] == "audit", (args, out)
    code, out, _err = run(capsys, hostile_book, ("list", "--format", "json"))
    assert [t["payee"] for t in json.loads(out)][-1] == payee


# ---------------------------------------------------------------- generated inputs

ASCII_AMOUNT = re.compile(r"[+-]?[0-9]+(?:\.[0-9]{1,2})?")
ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

#: Text as hostile users type it: any Unicode (controls, separators, other digits)
#: and bytes that are not UTF-8.
not_utf8 = st.binary(min_size=1, max_size=12).filter(
    lambda b: not _decodes(b)).map(lambda b: b.decode("utf-8", "surrogateescape"))
any_text = st.one_of(st.text(max_size=40), not_utf8, st.text(
    st.characters(codec="utf-8", categories=("Cc", "Zl", "Zp", "Nd", "No", "Cf")),
    max_size=12))
#: Amounts that must be refused: not the plain ASCII form, or zero, or too big.
bad_amounts = st.one_of(
    any_text.filter(lambda t: not ASCII_AMOUNT.fullmatch(t.strip())),
    st.from_regex(r"\A[+-]?0+(\.0{1,2})?\Z"),
    st.from_regex(r"\A-?[0-9]{1,6}\.[0-9]{3,6}\Z"),
    st.integers(10**11 + 1, 10**40).map(str),  # over 10^13 minor units
    st.text(st.characters(categories=("Nd",)), min_size=1, max_size=6).filter(
        lambda t: not t.isascii()),
)
bad_days = any_text.filter(lambda t: not _is_day(t))
#: Names that are not in the book (the book's are all ASCII words of 4+ letters).
unknown_names = any_text.filter(lambda t: len(t.strip()) < 4 or not t.strip().isascii()
                                or "=" in t or "\x00" in t)
bad_counts = st.one_of(any_text.filter(lambda t: not re.fullmatch(r"[0-9]{1,9}", t.strip())),
                       st.integers(10**9 + 1, 10**30).map(str),
                       st.integers(-(10**30), -1).map(str))


def _decodes(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _is_day(text: str) -> bool:
    from datetime import date

    if not ISO_DAY.fullmatch(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


#: (command, option, strategy): the command line with one option made hostile; the
#: others are valid, so any exit 0 or crash is the hostile value's doing.
GENERATED: list[tuple[Case, str, st.SearchStrategy[str]]] = [
    (ADD, "--amount", bad_amounts),
    (ADD, "--date", bad_days),
    (ADD, "--account", unknown_names),
    (ADD, "--category", unknown_names),
    (ADD, "--payee", not_utf8),
    (ADD, "--memo", not_utf8),
    ((*ADD, "--split", "Gastos:Renta=-10"), "--split", bad_amounts.map(lambda a: f"={a}")),
    (("list",), "--account", unknown_names),
    (("list",), "--category", unknown_names),
    (("list",), "--from", bad_days),
    (("list",), "--to", bad_days),
    (("list",), "--min", bad_amounts.filter(lambda a: not re.fullmatch(
        r"[+-]?0+(\.0*)?", a.strip()) and len(a.strip()) < 12)),
    (("list",), "--limit", bad_counts),
    (("list",), "--search", not_utf8),
    (("report", "categories"), "--from", bad_days),
    (("report", "iva"), "--account", unknown_names),
    (("audit",), "--user", unknown_names),
    (("audit",), "--since", bad_days.filter(lambda t: not _iso_like(t))),
    (("accounts", "add", "Otra"), "--opening", bad_amounts.filter(
        lambda a: not re.fullmatch(r"[+-]?0+(\.0{1,2})?", a.strip()) and len(a.strip()) < 12)),
    (("templates", "apply", "purchase-iva", "--amount", "-116"), "--set",
     any_text.filter(lambda t: _bad_percent(t)).map(lambda t: f"rate={t}")),
]


def _iso_like(text: str) -> bool:
    """What `date.fromisoformat` also takes (20260101, 2026-W01-1): fine for --since."""
    from datetime import date

    try:
        date.fromisoformat(text.strip())
    except ValueError:
        return False
    return True


def _bad_percent(text: str) -> bool:
    from decimal import Decimal

    raw = text.strip().rstrip("%").strip().replace(",", ".")
    if not re.fullmatch(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)", raw) or len(raw) > 40:
        return True
    return not 0 <= Decimal(raw) <= 100


def _arguments(base: Case, option: str, value: str) -> list[str]:
    args = list(base)
    if option in args and option not in ("--split",):
        args[args.index(option) + 1] = value
        return args
    if option == "--category":
        return [*args, f"--category={value}"]
    return [*args, f"{option}={value}"]


@pytest.mark.parametrize(("base", "option", "values"), GENERATED,
                         ids=[f"{' '.join(b[:2])} {o}" for b, o, _ in GENERATED])
def test_generated_hostile_values(hostile_book: str, capsys: pytest.CaptureFixture[str],
                                  base: Case, option: str,
                                  values: st.SearchStrategy[str]) -> None:
    before = dump(hostile_book)

    @settings(max_examples=int(os.environ.get("CUENTAS_HOSTILE_EXAMPLES", "12")),
              deadline=None, database=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture,
                                     HealthCheck.filter_too_much, HealthCheck.too_slow])
    @given(value=values)
    def attack(value: str) -> None:
        args = _arguments(base, option, value)
        code, _out, err = run(capsys, hostile_book, args)
        assert not problems(code, err), (args, code, err)

    attack()
    assert dump(hostile_book) == before


# ---------------------------------------------------------------- real processes

def _process(location: str, *args: bytes | str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "app.cli", "--db", location, *args],
                          capture_output=True, check=False, timeout=60,
                          cwd=Path(__file__).resolve().parents[3])


REAL: list[tuple[tuple[bytes | str, ...], Callable[[str], bool]]] = [
    ((*ADD, "--payee", b"caf\xe9"), lambda err: "--payee: 'caf\\xe9' is not valid UTF-8" in err),
    (("accounts", "add", b"\xff\xfe"), lambda err: "NAME: '\\xff\\xfe'" in err),
    (("list", "--limit", "10000000000000000000000"), lambda err: "--limit" in err),
    ((*ADD[:-1], "١٢٣"), lambda err: "--amount: '١٢٣' is not an amount" in err),
    ((*ADD, "--payee", "p" * 100_000), lambda err: "(100,000 characters)" in err),
]


def test_hostile_input_in_real_processes(hostile_book: str) -> None:
    """Real argv bytes (not UTF-8) and a 100 kB argument, as a shell passes them."""
    before = dump(hostile_book)
    for args, says in REAL:
        result = _process(hostile_book, *args)
        err = result.stderr.decode("utf-8")
        assert not problems(result.returncode, err), (args[:4], err)
        assert result.returncode == 2 and says(err), (args[:4], err)
    env = {os.fsencode(k): os.fsencode(v) for k, v in os.environ.items()}
    env[b"CUENTAS_DB"] = b"/tmp/\xff.cuentas"
    result = subprocess.run([sys.executable, "-m", "app.cli", "list"], capture_output=True,
                            check=False, timeout=60, env=env,  # type: ignore[arg-type]
                            cwd=Path(__file__).resolve().parents[3])
    assert result.returncode == 2 and result.stderr == (
        b"cuentas: error: CUENTAS_DB: '/tmp/\\xff.cuentas' is not valid UTF-8 text "
        b"(Cuentas reads names and text as UTF-8)\n")
    assert dump(hostile_book) == before
