"""The first start, and creating a book: what Sandy sees when Cuentas has no book yet.

`FirstStartDialog` offers the demo book, a new book, or a book file; `NewBookDialog`
asks for the name, the file, the currency, the locale and a tax preset (Mexico,
Spain, none) and creates the book (`ui.common.operations.books.create_book`: one call
of `app.store.create.create_book`), showing a `BadInput` next to the field it names.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.errors import BadInput, CuentasError
from app.presets import LOCALE_BY_CURRENCY, default_locale
from app.store.outfiles import is_book_name, portable_stem
from ui.common.style import ERROR_STYLE
from ui.common.translate import tr

CURRENCIES = ("MXN", "EUR", "USD", "ARS", "CLP", "COP", "PEN", "UYU", "GBP")
LOCALES = ("es_MX", "es_ES", "es_AR", "es_CL", "es_CO", "es_PE", "es_UY", "en_US", "en_GB")


class FirstStartDialog(QDialog):
    """Returns the chosen book in `location` (None when the user quits)."""

    def __init__(self, parent: QWidget | None = None, message: str = "") -> None:
        super().__init__(parent)
        self.location: str | None = None
        self.setObjectName("firstStart")
        self.setWindowTitle(tr("Welcome to Cuentas"))
        title = QLabel(tr("<h2>Welcome to Cuentas</h2>"))
        intro = QLabel(message or tr(
            "Cuentas keeps the books of a small business: every bank, cash and card "
            "movement, split over as many categories as it really has."))
        intro.setWordWrap(True)
        self.demo = QCommandLinkButton(tr("Open the demo book"), tr(
            "A small shop's year of sales, card deposits, supplier invoices with IVA — "
            "try everything without risk."))
        self.new = QCommandLinkButton(tr("Create a new book…"), tr(
            "Your own book: its currency, its locale, and the tax categories of Mexico, "
            "Spain, or none."))
        self.open_file = QCommandLinkButton(tr("Open a book file…"), tr(
            "A book you already have (.cuentas), such as a copy from your bookkeeper."))
        for button in (self.demo, self.new, self.open_file):
            button.setAutoDefault(False)
        self.demo.clicked.connect(self._demo)
        self.new.clicked.connect(self._new)
        self.open_file.clicked.connect(self._open)
        quit_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        quit_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(8)
        for button in (self.demo, self.new, self.open_file):
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(quit_box)
        self.resize(560, 420)

    def _demo(self) -> None:
        from ui.common.operations.books import demo_book

        self.location = str(demo_book(self).run_now())
        self.accept()

    def _new(self) -> None:
        dialog = NewBookDialog(self)
        dialog.created.connect(self._created)
        dialog.open()
        self.new_dialog = dialog

    def _created(self, location: str) -> None:
        self.location = location
        self.accept()

    def _open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Open a book"), str(paths.books_dir()),
            tr("Cuentas books (*.cuentas *.db *.sqlite);;All files (*)"))
        if path:
            self.location = path
            self.accept()


# The widest the file field of a new book grows to show its suggested path whole.
FILE_FIELD_MAX = 600


class NewBookDialog(QDialog):
    created = Signal(str)

    PRESETS = (("mx", QT_TRANSLATE_NOOP("", "Mexico — IVA 16 %, 8 % border zone, 0 %")),
               ("es", QT_TRANSLATE_NOOP("", "Spain — IVA 21 %, 10 %, 4 %")),
               ("none", QT_TRANSLATE_NOOP("", "None — I will add my own tax categories")))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newBook")
        self.setWindowTitle(tr("New book"))
        self.name = QLineEdit()
        self.name.setObjectName("bookName")
        self.name.setPlaceholderText(tr("My shop"))
        self.file = QLineEdit()
        self.file.setObjectName("bookFile")
        browse = QPushButton(tr("&Browse…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        self._file_edited = False
        self.file.textEdited.connect(lambda _t: setattr(self, "_file_edited", True))
        self.name.textChanged.connect(self._suggest_file)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.currentTextChanged.connect(self._currency_changed)
        self.locale_box = QComboBox()
        self.locale_box.setEditable(True)
        self.locale_box.addItems(LOCALES)
        self.presets = QButtonGroup(self)
        preset_box = QWidget()
        preset_layout = QVBoxLayout(preset_box)
        preset_layout.setContentsMargins(0, 0, 0, 0)
        for i, (key, label) in enumerate(self.PRESETS):
            radio = QRadioButton(tr(label))
            radio.setProperty("preset", key)
            self.presets.addButton(radio, i)
            preset_layout.addWidget(radio)
        self.presets.button(0).setChecked(True)

        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        for key, label, field in (("name", tr("&Name:"), self.name),
                                  ("--db", tr("&File:"), file_row),
                                  ("--currency", tr("&Currency:"), self.currency),
                                  ("--locale", tr("&Locale:"), self.locale_box),
                                  ("--tax-preset", tr("&Taxes:"), preset_box)):
            host = QWidget()
            box = QVBoxLayout(host)
            box.setContentsMargins(0, 0, 0, 0)
            if isinstance(field, QWidget):
                box.addWidget(field)
            else:
                box.addLayout(field)
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            box.addWidget(error)
            self.errors[key] = error
            label_widget = QLabel(label)
            label_widget.setBuddy(field if isinstance(field, QWidget) else self.file)
            form.addRow(label_widget, host)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(tr("C&reate book"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.create_book)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name.setText(tr("My shop"))
        self._currency_changed("MXN")
        # The suggested file shows whole at first, in any language (the Spanish labels
        # are wider), up to FILE_FIELD_MAX; the field may be narrowed afterwards.
        room = self.file.fontMetrics().horizontalAdvance(self.file.text()) + 16
        self.file.setMinimumWidth(min(room, FILE_FIELD_MAX))
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())
        self.file.setMinimumWidth(0)

    def _suggest_file(self, name: str) -> None:
        if self._file_edited:
            return
        stem = "".join(ch if ch.isalnum() or ch in " -_" else "" for ch in name).strip() \
            or tr("Book")
        self.file.setText(str(paths.books_dir() / f"{portable_stem(stem)}.cuentas"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("New book file"), self.file.text(),
                                              tr("Cuentas books (*.cuentas)"))
        if path:
            self.file.setText(path if is_book_name(path) else path + ".cuentas")
            self._file_edited = True

    def _currency_changed(self, code: str) -> None:
        if code.upper() in LOCALE_BY_CURRENCY:
            self.locale_box.setCurrentText(default_locale(code))
        preset = {"MXN": 0, "EUR": 1}.get(code.upper())
        if preset is not None:
            self.presets.button(preset).setChecked(True)

    def preset(self) -> str:
        button = self.presets.checkedButton()
        return str(button.property("preset")) if button else "none"

    def create_book(self) -> None:
        from ui.common.operations.books import create_book

        for label in self.errors.values():
            label.hide()
        location = str(Path(self.file.text().strip()).expanduser())
        try:
            if not self.file.text().strip():
                raise BadInput("--db", "", tr("is empty: choose where to keep the book"))
            create_book(self, location, currency=self.currency.currentText().strip(),
                        locale=self.locale_box.currentText().strip() or None,
                        tax_preset=self.preset(), name=self.name.text().strip()).run_now()
        except BadInput as exc:
            label = self.errors.get(exc.field, self.errors["name"])
            shown = f" ({exc.value})" if exc.value not in ("", None) else ""
            label.setText(f"{exc.reason}{shown}")
            label.show()
            return
        except (CuentasError, OSError) as exc:
            label = self.errors["--db"]
            label.setText(str(exc))
            label.show()
            return
        self.accept()
        self.created.emit(location)
