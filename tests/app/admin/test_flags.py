"""Feature flags: declarations, stage × group, local overrides, owner-only stages."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from app.admin import flags, local_settings
from app.admin.flags import FLAGS, STAGES, explain, is_enabled, set_stage, split_editing
from app.admin.users import add_user, set_group
from app.cli import main
from app.errors import BadInput, NotAllowed
from app.store.book import open_book
from app.store.models import AuditEntry, FeatureFlag

#: The rollout rule written out by hand (not derived from the code under test).
EXPECTED = {
    ("off", "internal"): False, ("off", "primary"): False, ("off", "standard"): False,
    ("internal", "internal"): True, ("internal", "primary"): False,
    ("internal", "standard"): False,
    ("primary", "internal"): True, ("primary", "primary"): True,
    ("primary", "standard"): False,
    ("everyone", "internal"): True, ("everyone", "primary"): True,
    ("everyone", "standard"): True,
}


def audit_count(book) -> int:
    with book.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry)))


# ---------------------------------------------------------------- declarations


def test_every_declaration_is_sound() -> None:
    assert flags.check_declarations() == []
    keys = [f.key for f in FLAGS]
    assert len(keys) == len(set(keys))
    assert {"split_editor", "split_templates", "split_reports",
            "auto_split_suggestions"} <= set(keys)
    for flag in FLAGS:
        assert flag.default_stage in STAGES, flag.key
        assert len(flag.description) >= 20 and flag.title, flag.key
        date.fromisoformat(flag.retire_after)  # a real date, past or future
    assert list(STAGES) == ["off", "internal", "primary", "everyone"]


def test_declaration_checker_catches_mistakes(monkeypatch: pytest.MonkeyPatch) -> None:
    bad = (*FLAGS, flags.Flag("split_editor", "Again", "short", "sometimes", "2027-02-30"))
    monkeypatch.setattr(flags, "FLAGS", bad)
    problems = " ".join(flags.check_declarations())
    assert "declared twice" in problems and "unknown default stage" in problems
    assert "description" in problems and "not a valid calendar date" in problems
    assert "needs `helps`, one plain sentence" in problems


def test_each_flag_says_in_one_plain_sentence_what_it_does_for_her() -> None:
    """Issue 13, defect 8: Settings ▸ Features leads with this sentence."""
    for flag in FLAGS:
        assert flag.helps.endswith(".") and flag.helps.count(". ") == 0, flag.key
        assert not {"stage", "group", "flag", "preview"} & set(flag.helps.lower().split())


def test_overdue_flags_are_listed() -> None:
    assert flags.overdue(date(2000, 1, 1)) == []
    assert {f.key for f in flags.overdue(date(2100, 1, 1))} == {f.key for f in FLAGS}


# ---------------------------------------------------------------- evaluation


@pytest.mark.parametrize(("stage", "group"), sorted(EXPECTED))
def test_stage_reaches_group(stage: str, group: str) -> None:
    assert flags.reaches(stage, group) is EXPECTED[(stage, group)]


def test_every_stage_and_group_through_the_book(book) -> None:
    me = book.actor.name
    for group in ("internal", "primary", "standard"):
        set_group(book, me, group)
        for stage in STAGES:
            set_stage(book, "split_reports", stage)
            status = explain(book, "split_reports")
            assert status.group == group and status.stage == stage
            assert status.enabled is EXPECTED[(stage, group)], (stage, group, status.reason)
            assert is_enabled(book, "split_reports") is status.enabled
            assert status.override is None and not status.stage_is_default
            assert ("On" if status.enabled else "Off") in status.reason
            assert stage in status.reason
            assert group in status.reason or stage in ("off", "everyone")


def test_absent_row_means_the_declared_default(sqlite_book) -> None:
    with sqlite_book.read() as s:
        assert s.scalar(select(func.count()).select_from(FeatureFlag)) == 0
    for flag in FLAGS:
        status = explain(sqlite_book, flag.key)
        assert status.stage == flag.default_stage and status.stage_is_default
        assert "(the default)" in status.reason
    # The owner of a new book is in the primary group: the split feature is on for her.
    assert is_enabled(sqlite_book, "split_editor")


def test_env_override_wins_and_is_called_local(sqlite_book, monkeypatch) -> None:
    set_stage(sqlite_book, "split_editor", "off")
    set_stage(sqlite_book, "split_reports", "everyone")
    monkeypatch.setenv("CUENTAS_FLAGS", "split_editor=on, split_reports=off,bogus=on,x")
    on, off = explain(sqlite_book, "split_editor"), explain(sqlite_book, "split_reports")
    assert on.enabled and on.override == "env" and not on.by_stage and on.is_local
    assert not off.enabled and off.override == "env" and off.by_stage
    assert "CUENTAS_FLAGS" in on.reason and "local" in on.reason
    assert "would be off" in on.reason and "would be on" in off.reason
    assert flags.env_problems() == ["bogus=on", "x"]


def test_preview_override_is_local_and_env_beats_it(sqlite_book, monkeypatch) -> None:
    set_stage(sqlite_book, "auto_split_suggestions", "off")
    before = audit_count(sqlite_book)
    flags.set_preview("auto_split_suggestions", True)
    status = explain(sqlite_book, "auto_split_suggestions")
    assert status.enabled and status.override == "preview"
    assert "local preview override" in status.reason
    # Local: kept in this desktop's settings, the book is untouched.
    assert local_settings.get(flags.PREVIEW_KEY) == {"auto_split_suggestions": True}
    assert audit_count(sqlite_book) == before
    assert flags.book_stages(sqlite_book)["auto_split_suggestions"] == "off"

    monkeypatch.setenv("CUENTAS_FLAGS", "auto_split_suggestions=off")
    assert explain(sqlite_book, "auto_split_suggestions").override == "env"
    assert not is_enabled(sqlite_book, "auto_split_suggestions")
    monkeypatch.delenv("CUENTAS_FLAGS")

    flags.set_preview("auto_split_suggestions", False)
    assert not is_enabled(sqlite_book, "auto_split_suggestions")
    flags.set_preview("auto_split_suggestions", None)
    status = explain(sqlite_book, "auto_split_suggestions")
    assert status.override is None and not status.enabled
    with pytest.raises(BadInput):
        flags.set_preview("nope", True)


def test_who_has_each_feature_by_name(book) -> None:
    """The people a flag's stage reaches, you apart (issue 13, defect 8: "You and Ana
    have it"), on both backends."""
    add_user(book, "Ana", "bookkeeper", "primary")
    add_user(book, "Irene", "bookkeeper", "internal")
    add_user(book, "Pablo", "viewer", "standard")
    set_stage(book, "split_reports", "everyone")
    set_stage(book, "split_templates", "off")
    found = flags.audiences(book)
    assert set(found) == {f.key for f in FLAGS}
    you = book.actor.name
    assert book.actor.group == "primary"
    editor = found["split_editor"]  # primary, the default
    assert (editor.you, editor.others, editor.waiting) == (True, ("Ana", "Irene"), ("Pablo",))
    assert not editor.everyone and not editor.nobody
    suggestions = found["auto_split_suggestions"]  # internal testers only
    assert (suggestions.you, suggestions.others, suggestions.waiting) == (
        False, ("Irene",), ("Ana", "Pablo"))
    assert found["split_reports"].everyone and found["split_reports"].waiting == ()
    assert found["split_templates"].nobody and not found["split_templates"].you
    assert you not in editor.others + editor.waiting


def test_a_changed_group_counts_at_once(sqlite_book) -> None:
    set_stage(sqlite_book, "split_editor", "internal")
    assert not is_enabled(sqlite_book, "split_editor")
    set_group(sqlite_book, "Sandy", "internal")
    assert is_enabled(sqlite_book, "split_editor")


# ---------------------------------------------------------------- setting a stage


def test_set_stage_is_audited_and_idempotent(book) -> None:
    before = audit_count(book)
    status = set_stage(book, "split_editor", "internal")
    assert status.stage == "internal"
    set_stage(book, "split_editor", "internal")  # no change, no entry
    set_stage(book, "split_editor", "everyone")
    with book.read() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.entity == "feature_flag")
                         .order_by(AuditEntry.id)).all()
        stored = s.get(FeatureFlag, "split_editor")
        assert stored.stage == "everyone" and stored.updated_by == book.actor.name
    assert audit_count(book) == before + 2
    assert [json.loads(r.changes)["stage"] for r in rows] == [["primary", "internal"],
                                                              ["internal", "everyone"]]
    assert all(r.user_name == book.actor.name for r in rows)


@pytest.mark.parametrize(("key", "stage", "field"), [
    ("split_editor", "beta", "stage"), ("split_editor", "", "stage"),
    ("Split_Editor", "primary", "key"), ("nope", "off", "key"),
])
def test_unknown_stage_or_key_is_bad_input(sqlite_book, key: str, stage: str,
                                           field: str) -> None:
    before = audit_count(sqlite_book)
    with pytest.raises(BadInput) as err:
        set_stage(sqlite_book, key, stage)
    assert err.value.field == field
    assert audit_count(sqlite_book) == before
    with sqlite_book.read() as s:
        assert s.scalar(select(func.count()).select_from(FeatureFlag)) == 0


def test_only_owners_set_stages(sqlite_book, sqlite_location, monkeypatch) -> None:
    add_user(sqlite_book, "Berta", "bookkeeper", "internal", login="berta")
    monkeypatch.setenv("LOGNAME", "berta")
    berta = open_book(sqlite_location)
    try:
        before = audit_count(berta)
        with pytest.raises(NotAllowed):
            set_stage(berta, "split_editor", "everyone")
        assert audit_count(berta) == before
        assert flags.book_stages(berta)["split_editor"] == "primary"
    finally:
        berta.close()


# ---------------------------------------------------------------- the split editor decision


def test_split_editor_off_leaves_split_transactions_read_only(sqlite_book) -> None:
    set_stage(sqlite_book, "split_editor", "internal")  # Sandy is primary
    split = split_editing(sqlite_book, 3)
    assert not split.editable and not split.can_split
    assert "3 lines" in split.reason and "read-only" in split.reason
    assert "Nothing is lost" in split.reason and "primary" in split.reason
    single = split_editing(sqlite_book, 1)
    assert single.editable and not single.can_split and single.reason

    set_stage(sqlite_book, "split_editor", "primary")
    assert split_editing(sqlite_book, 3) == flags.SplitEditing(True, True, "")

    set_stage(sqlite_book, "split_editor", "off")
    assert "turned off in this book" in split_editing(sqlite_book, 2).reason
    flags.set_preview("split_editor", True)
    assert split_editing(sqlite_book, 2).editable


def test_split_editor_reason_names_the_local_override(sqlite_book, monkeypatch) -> None:
    monkeypatch.setenv("CUENTAS_FLAGS", "split_editor=off")
    decision = split_editing(sqlite_book, 2)
    assert not decision.editable and "CUENTAS_FLAGS" in decision.reason


def test_viewers_get_no_editing_at_all(sqlite_book, sqlite_location, monkeypatch) -> None:
    add_user(sqlite_book, "Vera", "viewer", "internal", login="vera")
    monkeypatch.setenv("LOGNAME", "vera")
    vera = open_book(sqlite_location)
    try:
        decision = split_editing(vera, 1)
        assert not decision.editable and "viewer" in decision.reason
    finally:
        vera.close()


# ---------------------------------------------------------------- command line


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_flags_list_and_set(sqlite_location, capsys) -> None:
    db = ["--db", sqlite_location]
    assert cli(capsys, *db, "new", "--currency", "MXN")[0] == 0
    code, out, _ = cli(capsys, *db, "flags", "list", "--format", "json")
    listed = json.loads(out)
    assert code == 0 and [o["key"] for o in listed] == [f.key for f in FLAGS]
    assert all(set(o) == {"key", "description", "stage"} for o in listed)
    assert listed[0]["stage"] == "primary"

    code, out, _ = cli(capsys, *db, "flags", "set", "split_editor", "everyone")
    assert code == 0 and "primary -> everyone" in out
    code, out, _ = cli(capsys, *db, "flags")
    assert code == 0 and "split_editor" in out and "everyone" in out and "On:" in out
    code, out, _ = cli(capsys, *db, "audit", "--format", "csv")
    assert "feature_flag,split_editor" in out


@pytest.mark.parametrize(("args", "names"), [
    (("split_editor", "later"), ("stage", "later")),
    (("nope", "everyone"), ("key", "nope")),
])
def test_cli_bad_stage_or_key_exits_2(sqlite_location, capsys, args, names) -> None:
    db = ["--db", sqlite_location]
    assert cli(capsys, *db, "new", "--currency", "MXN")[0] == 0
    code, out, err = cli(capsys, *db, "flags", "set", *args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and all(n in err for n in names)
    assert json.loads(cli(capsys, *db, "flags", "list", "--format", "json")[1])[0][
        "stage"] == "primary"


def test_cli_acts_as_the_desktop_user(sqlite_location, capsys, monkeypatch) -> None:
    db = ["--db", sqlite_location]
    assert cli(capsys, *db, "new", "--currency", "MXN")[0] == 0
    assert cli(capsys, *db, "users", "add", "Berta", "--role", "bookkeeper",
               "--login", "berta")[0] == 0
    monkeypatch.setenv("LOGNAME", "berta")
    code, _, err = cli(capsys, *db, "flags", "set", "split_editor", "off")
    assert code == 1 and "not allowed" in err and "Berta" in err
    monkeypatch.setenv("LOGNAME", "someone-new")  # unmapped on a local file: the owner
    assert cli(capsys, *db, "flags", "set", "split_editor", "off")[0] == 0
