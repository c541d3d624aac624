"""The restore/add race of issue 11 (item 2), run many times with real processes.

Each round: `cuentas restore --latest --reason manual --yes` is held open after copying
the backup (fault hook `restore.copied:sleep=S`) while `cuentas add … --payee LOSTWRITE-n`
starts at a random moment from just before the restore to just after its window.
Every outcome of the add is classified:

- `in the book`: it exited 0 and its transaction is in the restored book (it waited
  for the restore, or ran after it);
- `in the safety backup`: it exited 0 before the restore took the book, so the restore
  replaced it — but the restore's own `pre-restore` backup holds it (nothing lost: the
  restore is what the owner asked for);
- `refused`: it exited 1 with one line naming who holds the book; nothing written;
- `LOST`: it exited 0 and its transaction is in neither the book nor the safety backup
  (the bug; must be 0).

Not part of the suite (it takes minutes):

    .venv/bin/python tests/benchmarks/stress_restore_race.py [--rounds 200] [--sleep 0.6]

Figures of 2026-12-05 (2 cores, other sessions running): see the end of this file's
run in the report of branch h2-writegate.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CLI = [sys.executable, "-m", "app.cli"]


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          check=False, timeout=300)


def has_payee(path: Path, payee: str) -> bool:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return bool(conn.execute("SELECT count(*) FROM transactions WHERE payee = ?",
                                 (payee,)).fetchone()[0])
    finally:
        conn.close()


def one_round(env: dict[str, str], book: Path, n: int, window: float,
              rng: random.Random) -> tuple[str, str]:
    payee = f"LOSTWRITE-{n}"
    fault_env = dict(env, CUENTAS_TEST_FAULT=f"restore.copied:sleep={window}")
    restore = subprocess.Popen(
        [*CLI, "--db", str(book), "restore", "--latest", "--reason", "manual", "--yes"],
        cwd=ROOT, env=fault_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # from "the add runs before the restore locks" to "the add starts after it is done"
    time.sleep(rng.uniform(0.0, 1.0 + window))
    added = run(env, "--db", str(book), "add", "--account", "Bank", "--date", "2026-01-05",
                "--payee", payee, "--amount", "-10.00", "--split", "=-10.00")
    out, err = restore.communicate(timeout=300)
    if restore.returncode != 0:
        return "restore failed", err.strip()
    if added.returncode != 0:
        lines = added.stderr.strip().splitlines()
        clear = len(lines) == 1 and "locked" in lines[0]
        return ("refused" if clear else "add failed unclearly"), added.stderr.strip()
    if has_payee(book, payee):
        return "in the book", ""
    safety = out.split("kept in the backup ")[-1].strip().rstrip(".")
    if safety and Path(safety).is_file() and has_payee(Path(safety), payee):
        return "in the safety backup", ""
    return "LOST", added.stdout.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--sleep", type=float, default=0.6,
                        help="seconds the restore is held after copying (its window)")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="cuentas-race-") as tmp:
        env = dict(os.environ, CUENTAS_HOME=str(Path(tmp) / "home"))
        env.pop("CUENTAS_TEST_FAULT", None)
        env.pop("CUENTAS_DB", None)
        book = Path(tmp) / "B.cuentas"
        for step in (["new", "--currency", "MXN"], ["accounts", "add", "Bank", "--kind", "bank"],
                     ["backup"]):
            result = run(env, "--db", str(book), *step)
            assert result.returncode == 0, result.stderr
        counts: Counter[str] = Counter()
        examples: dict[str, str] = {}
        started = time.monotonic()
        for n in range(args.rounds):
            outcome, detail = one_round(env, book, n, args.sleep, rng)
            counts[outcome] += 1
            examples.setdefault(outcome, detail)
            if (n + 1) % 20 == 0:
                print(f"  {n + 1} rounds: {dict(counts)}", flush=True)
        seconds = time.monotonic() - started
    print(f"\n{args.rounds} rounds in {seconds:.0f} s (restore window {args.sleep} s):")
    for outcome in ("in the book", "in the safety backup", "refused", "LOST",
                    "add failed unclearly", "restore failed"):
        print(f"  {outcome:<22} {counts.get(outcome, 0):>4}")
    for outcome, detail in examples.items():
        if detail:
            print(f"  e.g. {outcome}: {detail[:200]}")
    return 1 if counts.get("LOST") or counts.get("add failed unclearly") else 0


if __name__ == "__main__":
    raise SystemExit(main())
