"""`cuentas --self-test`: proof, in a few seconds and without a screen, that this
installation of Cuentas works.

It runs from source (`python -m ui.launch --self-test`) and from the frozen build
(`dist/cuentas/cuentas --self-test`, packaging/README.md) and exercises what a build
most easily gets wrong: files that must travel with the program (the migrations, the
guides and their images, the Qt plugins, fonts), and the paths that load them.

Everything happens in a temporary folder: `CUENTAS_HOME` points there and it is the
current folder while the test runs, so no book, setting or backup of the user is read
or written, and nothing is found by accident through the folder it was started from.

The steps, in order; the first failure stops the run:
- this part (`app`): the migrations and the guides are found (inside the bundle when
  frozen), a legacy demo book (revision 0001) is written, upgraded through the engine
  (verified backup, before/after comparison) and verified; an OFX statement is read
  through ofxtools and a QIF one with splits;
- the desktop part (`ui/launch/self_test.py`, handed in by `ui.launch`): the main
  window on the upgraded book, the split editor with a template, a handout PDF
  written through the help window, all on Qt's offscreen platform.

It prints one line per step and a summary; exit 0 when every step passed, 1 otherwise
(the folder is then kept and named, for a look at what was left). The step lines are a
technical record for whoever builds or installs Cuentas (versions, paths, counts; the
build script and the tests read their columns): they stay in English, as the logs do.
The summary line and the notes speak the interface's language.
"""

from __future__ import annotations

import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from app.i18n import tr

#: Transactions in the legacy demo book: enough for every kind of movement.
TRANSACTIONS = 400
SEED = 16


@dataclass(frozen=True)
class Step:
    name: str
    ok: bool
    detail: str
    seconds: float


class SelfTest:
    """Runs named steps, prints a line for each, and remembers the first failure."""

    def __init__(self, folder: Path, out: TextIO) -> None:
        self.folder = folder
        self.out = out
        self.steps: list[Step] = []
        self.location = ""
        self.started = time.perf_counter()

    @property
    def failed(self) -> bool:
        return any(not s.ok for s in self.steps)

    def step(self, name: str, action: Callable[[], str]) -> bool:
        """Run `action` (it returns the detail to show, or raises); False when it
        failed, or when an earlier step did (then it is not run)."""
        if self.failed:
            return False
        began = time.perf_counter()
        try:
            detail, ok = action(), True
        except Exception as exc:
            detail, ok = f"{type(exc).__name__}: {exc}", False
            if os.environ.get("CUENTAS_DEBUG"):
                traceback.print_exc(file=self.out)
        step = Step(name, ok, detail, time.perf_counter() - began)
        self.steps.append(step)
        self.out.write(f"  {'ok  ' if ok else 'FAIL'} {step.seconds:6.2f} s  {name:<26} "
                       f"{detail}\n")
        self.out.flush()
        return ok

    def summary(self) -> str:
        seconds = time.perf_counter() - self.started
        if self.failed:
            failed = next(s for s in self.steps if not s.ok)
            return tr("Self-test FAILED at '{step}' after {seconds} s; its files are kept "
                      "in {folder}").format(step=failed.name, seconds=f"{seconds:.1f}",
                                            folder=self.folder)
        return tr("Self-test passed: {n} steps in {seconds} s.").format(
            n=len(self.steps), seconds=f"{seconds:.1f}")


def _program() -> tuple[str, Path]:
    """What runs: a frozen build, a checkout, or an installed wheel; and its folder."""
    from app.release import bundle_dir

    bundle = bundle_dir()
    if bundle is not None:
        return "bundle", bundle
    base = Path(__file__).resolve().parents[2]
    return ("source" if (base / "pyproject.toml").is_file() else "installed"), base


def _where(path: Path) -> str:
    """A path shown inside the bundle, checkout or installation it belongs to."""
    kind, base = _program()
    try:
        return f"<{kind}>/{path.resolve().relative_to(base).as_posix()}"
    except ValueError:
        return str(path)


def _inside_program(path: Path, what: str) -> None:
    """Files of the program come from the program, never from the current folder."""
    _kind, base = _program()
    if not path.resolve().is_relative_to(base.resolve()):
        raise RuntimeError(f"{what} found at {path}, outside the program ({base})")


def check_migrations() -> str:
    from importlib import resources

    from app.store.schema import REVISIONS, script_heads

    folder = Path(str(resources.files("migrations")))
    _inside_program(folder, "the migrations")
    scripts = sorted(p.name for p in (folder / "versions").glob("[0-9]*.py"))
    if len(scripts) != len(REVISIONS) or not (folder / "env.py").is_file():
        raise RuntimeError(f"{len(scripts)} revision scripts in {folder}, "
                           f"expected {len(REVISIONS)} and env.py")
    if script_heads() != (REVISIONS[-1],):
        raise RuntimeError(f"the scripts' head is {script_heads()}, expected {REVISIONS[-1]}")
    return f"{len(scripts)} revisions, head {REVISIONS[-1]}, in {_where(folder)}"


def check_guides() -> str:
    from app.docs.guides import help_root, load_index

    root = help_root()
    _inside_program(Path(str(root)), "the guides")
    index = load_index()
    problems = index.problems()
    if problems or not index.ids():
        raise RuntimeError("; ".join(problems[:3]) or "no guides")
    images = sum(len(g.images) for g in index.guides)
    return f"{len(index.ids())} guides, {images} pictures, in {_where(Path(str(root)))}"


def check_drivers() -> str:
    """SQLite for local books, psycopg with its own libpq for shared ones."""
    import sqlite3

    import psycopg

    from app.store.db import create_book_engine

    engine = create_book_engine("postgresql+psycopg://nobody@localhost/none", pool=False)
    engine.dispose()  # the dialect and driver load; nothing connects
    libpq = divmod(psycopg.pq.version(), 10000)
    return (f"SQLite {sqlite3.sqlite_version}; psycopg {psycopg.__version__} "
            f"({psycopg.pq.__impl__}, libpq {libpq[0]}.{libpq[1]})")


def write_legacy_demo(test: SelfTest) -> str:
    from datetime import date

    from app.store.demo import write_legacy
    from app.store.inspect import inspect_book

    path = test.folder / "books" / "Legacy demo.cuentas"
    path.parent.mkdir(parents=True, exist_ok=True)
    write_legacy(path, TRANSACTIONS, SEED, end=date(2026, 6, 30))
    test.location = str(path)
    state = inspect_book(test.location)
    if state.state != "unversioned-legacy":
        raise RuntimeError(f"the new legacy book is {state.state}: {state.message}")
    return f"revision 0001 (no version table), {TRANSACTIONS} transactions"


def upgrade_demo(test: SelfTest) -> str:
    from app.upgrade import upgrade_book

    result = upgrade_book(test.location, test.folder / "backups")
    different = [row.label for row in result.rows if not row.matches]
    if result.outcome != "upgraded" or different:
        raise RuntimeError(f"{result.outcome}; different after: {', '.join(different)}")
    backup = "verified backup" if result.backup is not None else "no backup"
    return (f"0001 -> {result.to_revision}, {backup}, {len(result.rows)} totals "
            f"the same before and after")


def verify_demo(test: SelfTest) -> str:
    from app.store.verify import verify_book

    checks = verify_book(test.location, full=True)
    bad = [f"{c.name}: {c.detail}" for c in checks if not c.ok]
    if bad:
        raise RuntimeError("; ".join(bad))
    return f"{len(checks)} checks passed"


#: A two-transaction OFX 1.x (SGML) statement, as a bank writes it.
_OFX = """OFXHEADER:100
DATA:OFXSGML
VERSION:102
SECURITY:NONE
ENCODING:USASCII
CHARSET:1252
COMPRESSION:NONE
OLDFILEUID:NONE
NEWFILEUID:NONE

<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>
<DTSERVER>20260701120000<LANGUAGE>SPA</SONRS></SIGNONMSGSRSV1>
<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>
<STMTRS><CURDEF>MXN<BANKACCTFROM><BANKID>012<ACCTID>0123456789<ACCTTYPE>CHECKING
</BANKACCTFROM><BANKTRANLIST><DTSTART>20260601<DTEND>20260630
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260605<TRNAMT>-1160.00<FITID>st-1<NAME>Papeleria Lopez
</STMTTRN><STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260610<TRNAMT>5000.00<FITID>st-2<NAME>Cliente
</STMTTRN></BANKTRANLIST><LEDGERBAL><BALAMT>3840.00<DTASOF>20260630</LEDGERBAL>
</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
"""

#: One QIF transaction split into a purchase and its IVA.
_QIF = """!Type:Bank
D06/05/2026
T-1,160.00
PPapeleria Lopez
SOffice supplies
$-1,000.00
SIVA paid
$-160.00
^
"""


def read_statements(test: SelfTest) -> str:
    """The statement readers travel with the program: OFX through ofxtools (not the
    tolerant fallback, which would hide a build without it) and QIF with splits."""
    import ofxtools

    from app.imports import read_statement

    folder = test.folder / "statements"
    folder.mkdir(exist_ok=True)
    (folder / "june.ofx").write_text(_OFX, encoding="ascii")
    (folder / "june.qif").write_text(_QIF, encoding="ascii")
    ofx = read_statement(folder / "june.ofx", currency="MXN").parsed
    if tr("read with ofxtools") not in ofx.notes or len(ofx.transactions) != 2:
        raise RuntimeError(f"OFX: {len(ofx.transactions)} transactions; {'; '.join(ofx.notes)}")
    qif = read_statement(folder / "june.qif", date_order="mdy").parsed
    lines = sum(len(t.lines) for t in qif.transactions)
    if len(qif.transactions) != 1 or lines != 2 or any(t.errors for t in qif.transactions):
        raise RuntimeError(f"QIF: {len(qif.transactions)} transactions, {lines} split lines")
    version = getattr(ofxtools, "__version__", "") or "?"
    return (f"OFX: 2 transactions (ofxtools {version}); QIF: 1 transaction, "
            f"{lines} split lines")


def header() -> str:
    import sqlite3

    import alembic
    import sqlalchemy

    from app.release import describe

    kind, base = _program()
    where = {"bundle": f"frozen build in {base.parent}", "source": f"from source in {base}",
             "installed": f"installed in {base}"}[kind]
    return (f"Cuentas {describe()} self-test, {where}\n"
            f"Python {platform.python_version()} on {platform.system()} {platform.machine()}, "
            f"SQLite {sqlite3.sqlite_version}, SQLAlchemy {sqlalchemy.__version__}, "
            f"Alembic {alembic.__version__}\n")


def run(desktop: Callable[[SelfTest], None] | None = None, out: TextIO | None = None) -> int:
    """The whole self-test; `desktop(test)` adds the desktop steps (from `ui.launch`).
    Returns the exit code. Without a console (Windows' `Cuentas.exe`) the report goes
    to `self-test.txt` in the log folder."""
    if out is None and sys.stdout is None:
        from app import paths

        with open(paths.log_dir() / "self-test.txt", "w", encoding="utf-8") as report:
            return run(desktop, report)
    out = out or sys.stdout
    folder = Path(tempfile.mkdtemp(prefix="cuentas-self-test-"))
    saved_env = {k: os.environ.get(k) for k in ("CUENTAS_HOME", "CUENTAS_DB")}
    saved_cwd = os.getcwd()
    os.environ["CUENTAS_HOME"] = str(folder / "home")
    os.environ.pop("CUENTAS_DB", None)
    os.chdir(folder)
    test = SelfTest(folder, out)
    try:
        out.write(header())
        test.step("migrations", check_migrations)
        test.step("guides", check_guides)
        test.step("database drivers", check_drivers)
        test.step("legacy demo book", lambda: write_legacy_demo(test))
        test.step("upgrade through the engine", lambda: upgrade_demo(test))
        test.step("verify the upgraded book", lambda: verify_demo(test))
        test.step("statement readers", lambda: read_statements(test))
        if desktop is not None:
            desktop(test)
        else:
            out.write("  " + tr("(the desktop steps run only through the `cuentas` command)")
                      + "\n")
    finally:
        os.chdir(saved_cwd)
        for key, value in saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    out.write(test.summary() + "\n")
    if test.failed:
        return 1
    shutil.rmtree(folder, ignore_errors=True)
    return 0
