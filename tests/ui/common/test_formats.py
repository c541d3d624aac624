"""Amounts, dates and rates in the book's locale."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import BadInput
from app.store.book import BookInfo
from ui.common.formats import Formats

MX = Formats(BookInfo("x", "MXN", "es_MX", "mx"))
ES = Formats(BookInfo("x", "EUR", "es_ES", "es"))
US = Formats(BookInfo("x", "USD", "en_US", "none"))
CL = Formats(BookInfo("x", "CLP", "es_CL", "none"))


def test_amounts() -> None:
    assert MX.amount(-123456) == "-1,234.56" and ES.amount(-123456) == "-1.234,56"
    assert CL.amount(123456) == "123.456"
    assert MX.parse_amount("1,234.56") == 123456 and ES.parse_amount("1.234,56") == 123456
    assert MX.money(-5) == "-$0.05"
    assert MX.amount(0, blank_zero=True) == "" and MX.amount(None) == ""
    with pytest.raises(BadInput):
        MX.parse_amount("1.234,56")


def test_dates_follow_the_locale_order() -> None:
    assert MX.date("2026-03-05") == "05/03/2026" and US.date("2026-03-05") == "03/05/2026"
    assert MX.date_hint == "dd/mm/yyyy" and US.date_hint == "mm/dd/yyyy"
    today = date(2026, 7, 1)
    assert MX.parse_date("5/3/2026") == "2026-03-05"
    assert MX.parse_date("05/03/26") == "2026-03-05"
    assert MX.parse_date("5/3", today=today) == "2026-03-05"
    assert US.parse_date("3/5/2026") == "2026-03-05"
    assert ES.parse_date("2026-03-05") == "2026-03-05"
    for bad in ("", "31/02/2026", "hoy", "1/2/3/4"):
        with pytest.raises(BadInput) as err:
            MX.parse_date(bad)
        assert err.value.field == "date"


def test_rates() -> None:
    assert Formats.rate(1600) == "16 %" and Formats.rate(1050) == "10.5 %"
    assert Formats.rate(None) == ""
    assert Formats.parse_rate("16") == 1600 and Formats.parse_rate("10.5 %") == 1050
    assert Formats.parse_rate("  ") is None
    for bad in ("101", "16.125", "x"):
        with pytest.raises(BadInput):
            Formats.parse_rate(bad)


@pytest.mark.parametrize("locale", ["es_MX", "es_ES", "en_US", "fr_FR", "sv_SE", "de_CH",
                                    "en_IN", "ar_EG"])
@pytest.mark.parametrize("currency", ["MXN", "CLP", "KWD"])
def test_the_quick_format_is_babel_s(locale: str, currency: str) -> None:
    from app.money import exponent, format_amount

    f = Formats(BookInfo("x", currency, locale, "none"))
    exp = exponent(currency)
    for minor in (0, 1, -1, 99, -1000, 123456, -98765432, 10**12 + 7):
        assert f.amount(minor) == format_amount(minor, exp, locale)


def test_date_pickers_show_the_same_pattern_as_the_tables(qtbot) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit

    for formats, shown in ((MX, "05/12/2026"), (US, "12/05/2026")):
        edit = QDateEdit(QDate(2026, 12, 5))
        qtbot.addWidget(edit)
        edit.setDisplayFormat(formats.qt_date_format)
        assert edit.text() == formats.date("2026-12-05") == shown


def test_counts() -> None:
    assert MX.count(12345) == "12,345" and ES.count(12345) == "12.345"
    assert Formats(BookInfo("x", "EUR", "fr_FR", "none")).count(12345) == "12\u202f345"
