"""The language of the words `app/` gives people: error messages, report names and
columns, handouts, the command line's messages.

Cuentas speaks English (the source text) and Mexican Spanish (`es`). `app/` never
imports Qt, so it has its own catalogue, in Qt's format: `app/i18n/cuentas_es.ts`, made
by `pyside6-lupdate` over `app/` (`make translations`) and translated in Qt Linguist
or any editor, the same way as the desktop's `ui/i18n/cuentas_es.ts`. It is read here,
once per process and only when the language is not English, with the standard
library's XML parser (no compile step: no compiled file is needed by `app/`).

How a message is marked (lupdate finds these, a test checks every one is translated):

* `tr("Text with {fields}")` where the message is made — it returns the text in the
  process's language; `.format(...)` comes after `tr`, never inside (`tr(f"...")` is
  refused by tests/test_i18n_catalogues.py, since the catalogue could never match it);
* `QT_TR_NOOP("Text")` for a constant defined at import time (a report's title, a
  setting's description); it returns the text unchanged and the code that shows it
  calls `tr(constant)`.

Values that scripts read — `--format csv|json` keys, states, codes, command names —
are never translated.

The language is one per process: `set_language()` is called once at start, by the
command line (`app.cli.main`) and by the desktop (`ui.application`), with the choice of
`app.admin.local_settings.interface_language()` (the system's, unless chosen in
Settings ▸ General; `CUENTAS_LANG` overrides both). Until then it is English.
"""

from __future__ import annotations

import functools
import os
from importlib import resources

#: The languages of the interface: code -> its own name.
LANGUAGES = {"en": "English", "es": "Español"}
#: The language the source text is written in.
SOURCE = "en"
#: The locale each language's catalogue is written for.
LOCALES = {"en": "en_US", "es": "es_MX"}

_state = {"language": SOURCE}


def language_of(name: str | None) -> str:
    """The interface language for a locale or language name: `es_MX`, `es-419`, `es`,
    `Spanish_Mexico` (Windows) -> `es`; anything else -> `en`."""
    text = (name or "").strip().lower()
    return "es" if text.startswith(("es", "spanish", "español")) else SOURCE


def system_language() -> str:
    """The language of this session from its environment (`LANGUAGE`, `LC_ALL`,
    `LC_MESSAGES`, `LANG`, as gettext reads them), else Python's idea of the locale."""
    for key in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(key, "")
        if value:
            if value.split(".")[0] in ("C", "POSIX"):
                return SOURCE
            first = os.environ.get("LANGUAGE", "").split(":")[0]
            return language_of(first or value)
    import locale

    try:
        return language_of(locale.getlocale()[0])
    except ValueError:
        return SOURCE


def set_language(code: str) -> str:
    """Use `code` (`en`, `es`, or a locale like `es_MX`) from now on; returns the
    language set."""
    _state["language"] = language_of(code)
    return _state["language"]


def language() -> str:
    return _state["language"]


def locale() -> str:
    """The locale the language's texts are written for (`es_MX`, `en_US`): dates in
    running text and month names use it."""
    return LOCALES[language()]


def tr(text: str) -> str:
    """`text` in the process's language (the text itself when it has no translation)."""
    lang = _state["language"]
    if lang == SOURCE:
        return text
    return catalogue(lang).get(text) or text


def QT_TR_NOOP(text: str) -> str:  # the name lupdate looks for
    """Marks a constant for the catalogue; translate it with `tr()` where it is shown."""
    return text


def plural(n: int, one: str, other: str) -> str:
    """The form of a counted text for the count `n`: `one` for exactly 1, `other` for
    every other count (0 included: "0 transacciones") — the rule of English and of
    Spanish, kept here so that no caller writes it again.

    Both forms come translated and whole, the count formatted after:

        plural(n, tr("1 transaction"), tr("{n} transactions")).format(n=count_text)

    so the catalogue holds two sentences a translator reads as they are shown, and the
    count is written in the book's locale (`app.money.format_count`: 1,234 or 1 234).
    Qt's numerus forms (`tr("%n transaction(s)", "", n)`) would need an English
    catalogue too, a reader of them without Qt for app's messages, and would write the
    number in Qt's locale rather than the book's."""
    return one if n == 1 else other


def ago(then: float, now: float) -> str:
    """How long ago `then` was, seen at `now` (both seconds since the epoch), in words of
    the interface's language: "less than an hour ago", "today" (earlier on the same day
    in this computer's time), "yesterday", "3 days ago" (calendar days)."""
    from datetime import datetime

    if now - then < 3600:
        return tr("less than an hour ago")
    days = (datetime.fromtimestamp(now).date() - datetime.fromtimestamp(then).date()).days
    if days <= 0:
        return tr("today")
    if days == 1:
        return tr("yesterday")
    return tr("{n} days ago").format(n=days)


@functools.cache
def catalogue(lang: str) -> dict[str, str]:
    """Source text -> translation, from `cuentas_<lang>.ts` beside this module.

    Entries still marked unfinished, and those lupdate marked vanished or obsolete
    (their source text is gone), are left out: they show in English."""
    if lang == SOURCE:
        return {}
    try:
        data = resources.files(__name__).joinpath(f"cuentas_{lang}.ts").read_bytes()
    except (FileNotFoundError, OSError):
        return {}
    from xml.etree import ElementTree

    found: dict[str, str] = {}
    for message in ElementTree.fromstring(data).iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source is None or translation is None or translation.get("type"):
            continue
        if translation.text:
            found[source] = translation.text
    return found


def short_date(iso: str, locale: str) -> str:
    """An ISO date as `locale` writes it in figures, with a four-digit year
    (`31/03/2026` in es_MX, `3/31/2026` in en_US)."""
    from datetime import date

    from babel.dates import format_date, get_date_format

    pattern = get_date_format("short", locale=locale).pattern
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy") if "yy" in pattern else pattern.replace(
            "y", "yyyy")
    return str(format_date(date.fromisoformat(iso), pattern, locale=locale))


def long_date(day: object, language: str | None = None) -> str:
    """A date in words in the interface's language: `31 de marzo de 2026`,
    `March 31, 2026` (`day` is a `datetime.date` or an ISO string)."""
    from datetime import date

    from babel.dates import format_date

    when = date.fromisoformat(day) if isinstance(day, str) else day
    assert isinstance(when, date)
    return str(format_date(when, "long", locale=LOCALES[language or _state["language"]]))


class speaking:  # a context manager, named for how it reads: `with speaking("es"):`
    """`with speaking(lang):` — the process's language for a while (a command that
    writes documents in a language of its own, `cuentas handouts --lang es`)."""

    def __init__(self, language: str | None) -> None:
        self.language = language_of(language) if language else _state["language"]
        self.saved = _state["language"]

    def __enter__(self) -> str:
        self.saved = _state["language"]
        _state["language"] = self.language
        return self.language

    def __exit__(self, *exc: object) -> None:
        _state["language"] = self.saved


def month_year(day: object, language: str | None = None) -> str:
    """`marzo de 2026`, `March 2026` in the interface's language."""
    from datetime import date

    from babel.dates import format_skeleton

    when = date.fromisoformat(day) if isinstance(day, str) else day
    assert isinstance(when, date)
    return str(format_skeleton("yMMMM", when, locale=LOCALES[language or _state["language"]]))
