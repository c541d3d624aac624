"""app.i18n: the language of the process, from the system or the choice, and app's
catalogue read without Qt; messages made in the language in force (issue 13)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app import i18n
from app.errors import BadInput

ROOT = Path(__file__).resolve().parents[3]


def test_app_speaks_spanish_without_qt() -> None:
    """app's catalogue is read with the standard library, in a process without Qt."""
    code = ("from app import i18n; i18n.set_language('es');"
            "from app.reports.tables import report_title;"
            "import sys; print(report_title('iva'), i18n.tr('is not an amount'),"
            " 'PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout.strip()
    assert out == "Resumen de IVA no es un importe False"


def test_the_language_follows_the_system_and_the_choice(monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    for env, expected in (({"LANG": "es_MX.UTF-8"}, "es"), ({"LANG": "es_ES.UTF-8"}, "es"),
                          ({"LANG": "en_US.UTF-8"}, "en"), ({"LANG": "fr_FR.UTF-8"}, "en"),
                          ({"LANG": "C"}, "en"),
                          ({"LANG": "en_US.UTF-8", "LC_ALL": "es_MX.UTF-8"}, "es"),
                          ({"LANG": "es_MX.UTF-8", "LANGUAGE": "en_US:en"}, "en")):
        for key in ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"):
            monkeypatch.delenv(key, raising=False)
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        assert i18n.system_language() == expected, env
    assert [i18n.language_of(n) for n in ("es-419", "Spanish_Mexico", "pt_BR", "")] == [
        "es", "es", "en", "en"]



def test_messages_are_translated_where_they_are_made(spanish) -> None:
    from app.money import parse_cli_amount

    with pytest.raises(BadInput) as err:
        parse_cli_amount("12,3x", 2, "--amount")
    assert err.value.reason == "no es un importe (use los dígitos 0-9 y '.', como -1160.00)"
    assert err.value.field == "--amount"  # fields and values stay as typed
    i18n.set_language("en")
    with pytest.raises(BadInput) as err:
        parse_cli_amount("12,3x", 2, "--amount")
    assert err.value.reason == "is not an amount (use the digits 0-9 and '.', like -1160.00)"


def test_plural_takes_the_singular_for_one_only() -> None:
    """English and Spanish: 1 takes the singular, 0 and 2 the plural."""
    forms = ("1 transaction", "{n} transactions")
    assert [i18n.plural(n, *forms).format(n=n) for n in (0, 1, 2, 1000)] == [
        "0 transactions", "1 transaction", "2 transactions", "1000 transactions"]


@pytest.mark.parametrize(("language", "expected"), [
    ("en", ["less than an hour ago", "today", "yesterday", "3 days ago",
            "less than an hour ago"]),
    ("es", ["hace menos de una hora", "hoy", "ayer", "hace 3 días", "hace menos de una hora"]),
])
def test_how_long_ago_in_words(language: str, expected: list[str]) -> None:
    from datetime import datetime

    now = datetime(2026, 3, 31, 15, 0).timestamp()
    then = [now - 59 * 60, datetime(2026, 3, 31, 9, 0).timestamp(),
            datetime(2026, 3, 30, 23, 0).timestamp(), datetime(2026, 3, 28, 16, 0).timestamp(),
            now + 3600]  # a clock set wrong: not "in the future"
    with i18n.speaking(language):
        assert [i18n.ago(t, now) for t in then] == expected
