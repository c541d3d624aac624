"""The first time a login opens a local book with several profiles, it says who it is."""

from __future__ import annotations

from app.admin.users import add_user
from app.store.book import open_book
from ui import application
from ui.launch import profile_choice


def test_a_new_login_chooses_its_profile_once(make_book, tmp_path, monkeypatch) -> None:
    where = str(tmp_path / "shop.cuentas")
    book = make_book(where)
    add_user(book, "Lucía", role="bookkeeper", group="primary")
    add_user(book, "Pepe", role="viewer", group="standard")
    book.close()
    asked = []

    def choose_lucia(dialog) -> bool:
        names = [p.name for p in dialog.profiles]
        asked.append(names)
        dialog.list.setCurrentRow(names.index("Lucía"))
        return True

    monkeypatch.setattr(profile_choice, "_exec", choose_lucia)
    monkeypatch.setenv("LOGNAME", "lucia")
    opened = application.open_or_explain(where)
    assert opened is not None and asked and "Lucía" in asked[0]
    assert (opened.book.actor.name, opened.book.actor.role) == ("Lucía", "bookkeeper")
    opened.close()

    again = application.open_or_explain(where)  # remembered: not asked again
    assert again is not None and len(asked) == 1 and again.book.actor.name == "Lucía"
    again.close()
    assert open_book(where).actor.name == "Lucía"


def test_not_now_keeps_acting_as_the_owner(make_book, tmp_path, monkeypatch) -> None:
    where = str(tmp_path / "shop.cuentas")
    book = make_book(where)
    add_user(book, "Lucía", role="bookkeeper", group="primary")
    book.close()
    monkeypatch.setattr(profile_choice, "_exec", lambda dialog: False)
    monkeypatch.setenv("LOGNAME", "someone")
    opened = application.open_or_explain(where)
    assert opened is not None and opened.book.actor.role == "owner"
    opened.close()
