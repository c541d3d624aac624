"""`tr()`: the one translation function of the modules' plain functions and strings,
and the system's language as the desktop sees it.

`pyside6-lupdate` files a bare `tr("...")` call under the empty context, so this
translates under that context: `ui/i18n/cuentas_es.ts`, made from the sources with
`make translations` and compiled to `cuentas_es.qm` (`ui.i18n`), matches at run time.
Methods of Qt classes may use `self.tr()` (their class name is the context, the same
for lupdate and Qt). A constant translated where it is shown is marked with Qt's
`QT_TRANSLATE_NOOP("", "...")` (or with the class's context) so that lupdate finds it.
Words that `app/` makes (messages, report headings, the steps of long work) come in the
interface's language from `app.i18n`; a key-like English string of app's that the code
also compares (a progress step) is shown through `app.i18n.tr(step)`.

A count a person reads picks its form with `plural` (app.i18n's, the same for app and
ui): `plural(n, tr("1 line"), tr("{n} lines")).format(n=formats.count(n))`.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLocale

from app import i18n
from app.i18n import plural

__all__ = ["plural", "system_language", "tr"]


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def system_language() -> str:
    """The interface language of this session: Qt's reading of the system settings on
    Windows and macOS (they are not in the environment), the environment's elsewhere
    (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`, as the command line reads it)."""
    if sys.platform in ("win32", "darwin"):
        languages = QLocale.system().uiLanguages()
        return i18n.language_of(languages[0] if languages else QLocale.system().name())
    return i18n.system_language()
