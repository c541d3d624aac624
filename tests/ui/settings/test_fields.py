"""Fields of the settings panel built from the declarations of `book_settings.SETTINGS`."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton, QSpinBox

from app.admin import book_settings
from app.errors import BadInput
from ui.settings.fields import Combo, ErrorLines, setting_field


def test_each_declared_setting_gets_the_editor_of_its_kind(qtbot) -> None:
    expected = {"text": QLineEdit, "folder": QLineEdit, "choice": Combo, "currency": Combo,
                "locale": Combo, "int": QSpinBox}
    for spec in book_settings.SETTINGS:
        errors = ErrorLines()
        field = setting_field(errors, spec.key, f"field_{spec.key}")
        qtbot.addWidget(field.row)
        assert type(field.editor) is expected[spec.kind], spec.key
        assert field.editor.objectName() == f"field_{spec.key}"
        assert (field.choose is not None) == (spec.kind == "folder"), spec.key
        if spec.kind == "folder":
            assert isinstance(field.choose, QPushButton) and field.choose.text() == "Choose…"
        if isinstance(field.editor, QSpinBox):
            assert (field.editor.minimum(), field.editor.maximum()) == (spec.minimum, spec.maximum)
        # A BadInput naming the setting shows under its field, nowhere else.
        field.row.show()
        errors.show_error(BadInput(spec.key, "x", "is wrong"))
        assert not field.error.isHidden() and "is wrong" in field.error.text()
        assert errors.message.isHidden()


def test_the_keep_field_takes_the_declared_range(qtbot) -> None:
    spec = book_settings.REGISTRY["backup_keep_scheduled"]
    field = setting_field(ErrorLines(), spec.key, "backupKeep")
    qtbot.addWidget(field.row)
    assert isinstance(field.editor, QSpinBox)
    field.editor.setValue(10**6)
    assert field.editor.value() == spec.maximum
