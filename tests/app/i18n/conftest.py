"""The process in Spanish, for the tests of app in Spanish."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app import i18n


@pytest.fixture
def spanish(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This process in Spanish, as the command line starts with CUENTAS_LANG=es."""
    monkeypatch.setenv("CUENTAS_LANG", "es")
    i18n.set_language("es")
    yield
    i18n.set_language("en")
