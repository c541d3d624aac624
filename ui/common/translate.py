"""`tr()`: the one translation function of the modules' plain functions and strings.

`pyside6-lupdate` files a bare `tr("...")` call under the empty context, so this
translates under that context: a `.ts` file made from the sources and compiled to
`ui/i18n/cuentas_<lang>.qm` then matches at run time (tests/ui/common/test_translate.py
builds a Spanish one and checks it). Methods of Qt classes may use `self.tr()` (their class
name is the context, the same for lupdate and Qt).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)
