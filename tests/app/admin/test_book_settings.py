"""Book settings declared as data, and dated tax rates."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from app.admin import book_settings
from app.admin.book_settings import SETTINGS, backup_settings, get_settings, set_setting
from app.errors import BadInput
from app.ledger import tax_rates
from app.ledger.accounts import add_account, list_accounts
from app.ledger.transactions import TransactionInput, save_transaction
from app.store.models import AuditEntry


def test_every_declaration_is_sound() -> None:
    keys = [s.key for s in SETTINGS]
    assert len(keys) == len(set(keys))
    assert {"name", "currency", "locale", "tax_preset", "backup_dir", "backup_schedule",
            "backup_keep_scheduled"} <= set(keys)
    for spec in SETTINGS:
        assert spec.title and len(spec.description) > 20, spec.key
        assert spec.kind in {"text", "choice", "int", "folder", "locale", "currency"}
        # The default passes the setting's own validation.
        assert book_settings.check_value(spec, spec.default) == spec.default, spec.key
        assert (spec.kind == "choice") == bool(spec.choices), spec.key


def test_defaults_and_backup_settings(sqlite_book, tmp_path) -> None:
    values = get_settings(sqlite_book)
    assert values["name"] == "Prueba" and values["backup_schedule"] == "daily"
    from app import backup

    backups = backup_settings(sqlite_book)
    assert backups.is_default_folder and backups.keep_scheduled == backup.DEFAULT_KEEP_SCHEDULED
    assert backups.folder == backup.default_dir(sqlite_book.location)
    set_setting(sqlite_book, "backup_dir", str(tmp_path / "copias"))
    set_setting(sqlite_book, "backup_schedule", "off")
    set_setting(sqlite_book, "backup_keep_scheduled", " 30 ")
    backups = backup_settings(sqlite_book)
    assert backups.folder == tmp_path / "copias" and not backups.is_default_folder
    assert (backups.schedule, backups.keep_scheduled) == ("off", 30)


def test_locale_applies_at_once_and_is_audited(book) -> None:
    set_setting(book, "locale", "es_ES")
    assert book.info.locale == "es_ES"
    assert book_settings.sample_amount("es_ES", "EUR") == "1.234,56"
    assert book_settings.sample_amount("es_MX", "MXN") == "1,234.56"
    assert book_settings.sample_amount("es_CL", "CLP") == "1.235"
    with book.read() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert (last.entity, last.entity_id) == ("setting", "locale")
    assert json.loads(last.changes) == {"value": ["es_MX", "es_ES"]}


@pytest.mark.parametrize(("key", "value"), [
    ("locale", "xx_QQ"), ("currency", "PESOS"), ("tax_preset", "fr"),
    ("backup_schedule", "hourly"), ("backup_keep_scheduled", "0"),
    ("backup_keep_scheduled", "many"), ("backup_dir", "relative/folder"), ("colour", "red"),
])
def test_bad_values_change_nothing(sqlite_book, key, value) -> None:
    before = get_settings(sqlite_book)
    with pytest.raises(BadInput) as err:
        set_setting(sqlite_book, key, value)
    expected = (key, value) if key != "colour" else ("key", "colour")
    assert (err.value.field, err.value.value) == expected
    assert get_settings(sqlite_book) == before


def test_currency_is_read_only_once_transactions_exist(sqlite_book) -> None:
    assert book_settings.currency_locked(sqlite_book) == ""
    bank = add_account(sqlite_book, "Banco")
    set_setting(sqlite_book, "currency", "eur")
    assert sqlite_book.info.currency == "EUR"
    assert [a.currency for a in list_accounts(sqlite_book)] == ["EUR"]
    save_transaction(sqlite_book, TransactionInput(account_id=bank.id, date="2026-01-02",
                                                   amount=100))
    assert "transactions" in book_settings.currency_locked(sqlite_book)
    with pytest.raises(BadInput, match="transactions"):
        set_setting(sqlite_book, "currency", "MXN")
    set_setting(sqlite_book, "currency", "EUR")  # the same value is no change
    assert sqlite_book.info.currency == "EUR"


def test_tax_preset_adds_what_is_missing(location, make_book) -> None:
    book = make_book(location, "EUR", "none")
    assert tax_rates.list_tax_rates(book) == []
    set_setting(book, "tax_preset", "es")
    assert book.info.tax_preset == "es"
    assert {r.code for r in tax_rates.list_tax_rates(book)} >= {"iva_general", "iva_reduced"}
    from app.ledger.categories import find_category

    assert find_category(book, "Impuestos:IVA soportado").role == "iva_input"


def test_tax_rates_dated_and_editable(book) -> None:
    rates = {r.code: r for r in tax_rates.list_tax_rates(book)}
    border = rates["iva_border"]
    assert (border.percent, border.valid_to) == ("8", "2025-12-31")
    assert border.status("2025-06-01") == "in effect" and border.status("2026-01-01") == "ended"
    assert rates["iva_general"].status("2026-01-01") == "in effect"
    assert "iva_general" in {r.code for r in tax_rates.rates_in_effect(book, "2026-01-01")}

    with pytest.raises(BadInput, match="overlaps"):
        tax_rates.add_tax_rate(book, "iva_general", "IVA 17 %", "17", "2027-01-01")
    tax_rates.end_tax_rate(book, rates["iva_general"].id, "2026-12-31")
    new = tax_rates.add_tax_rate(book, "iva_general", "IVA 17 %", "17", "2027-01-01")
    assert new.rate_bp == 1700 and new.status("2026-12-31") == "future"
    renewed = tax_rates.add_tax_rate(book, "iva_border", "IVA 8 % frontera", "8",
                                     "2026-01-01", "2030-12-31")
    assert renewed.status("2026-06-01") == "in effect"
    changed = tax_rates.update_tax_rate(book, renewed.id, percent="10.5", clear_end=True)
    assert (changed.percent, changed.valid_to) == ("10.5", None)

    with pytest.raises(BadInput) as err:
        tax_rates.add_tax_rate(book, "iva_x", "X", "101", "2026-01-01")
    assert err.value.field == "rate"
    with pytest.raises(BadInput) as err:
        tax_rates.add_tax_rate(book, "iva_x", "X", "16", "2026-01-01", "2025-01-01")
    assert err.value.field == "valid_to"
    with pytest.raises(BadInput) as err:
        tax_rates.add_tax_rate(book, "IVA X", "X", "16", "2026-01-01")
    assert err.value.field == "code"
    with pytest.raises(BadInput) as err:
        tax_rates.add_tax_rate(book, "iva_x", "X", "16.125", "2026-01-01")
    assert err.value.field == "rate"
    with book.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "tax_rate")).all()
    assert len(entries) == 4


def test_the_language_is_one_local_setting_for_interface_and_guides(
        sqlite_book, monkeypatch) -> None:
    """One choice on this computer (not in the book) for the interface and the guides:
    '' follows the system; CUENTAS_LANG overrides both (issue 13)."""
    from app.admin import local_settings
    from app.docs.guides import guide_language

    monkeypatch.delenv("CUENTAS_LANG", raising=False)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    assert local_settings.language_choice() == ""
    assert local_settings.interface_language() == "es"  # the system's
    assert local_settings.interface_language("en_GB") == "en"  # the desktop tells it
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert local_settings.interface_language() == "en"  # not Spanish: English
    assert local_settings.set_language_choice("es") == "es"
    assert local_settings.interface_language() == "es"
    with pytest.raises(BadInput) as err:
        local_settings.set_language_choice("fr")
    assert err.value.field == "language"
    assert local_settings.language_choice() == "es"
    monkeypatch.setenv("CUENTAS_LANG", "en")
    assert local_settings.interface_language() == "en"
    assert "language" not in book_settings.get_settings(sqlite_book)  # not the book's
    assert guide_language("es") == "es" and guide_language("fr") == "en"
