"""Help ▸ Send feedback… and the health view's diagnostics bundle: two small dialogs.

`FeedbackDialog` keeps a note, and if the user ticks it a picture of the window they
were in, on this computer (`app.monitor.feedback`); nothing is sent. The picture is
taken when the dialog opens, of the window behind it, so the dialog is not in it.

`BundleDialog` asks what goes in the diagnostics zip — by default no book data: the
copy of the book and the pictures of windows are ticked by the user — then where to
save it, and writes it off the UI thread (`app.monitor.bundle.write_bundle`).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import CuentasError
from app.store.book import Book
from ui.common.translate import tr

ERROR_STYLE = "color: #b3261e;"


def png_bytes(pixmap: QPixmap) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #5f6368;")
    return label


class FeedbackDialog(QDialog):
    """Write a note about Cuentas; optionally with a picture of `screenshot_of`'s window."""

    saved = Signal(int)

    def __init__(self, book: Book | None, parent: QWidget | None = None, *,
                 screenshot_of: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.setObjectName("feedbackDialog")
        self.setWindowTitle(tr("Send feedback"))
        self.resize(620, 520)
        source = (screenshot_of or parent)
        window = source.window() if source is not None else None
        self.window_title = window.windowTitle() if window is not None else ""
        self.picture = window.grab() if window is not None else QPixmap()
        self.note_id: int | None = None

        intro = QLabel(tr("What works, what does not, what you expected? Your note is "
                          "kept on this computer — nothing is sent anywhere. Whoever "
                          "supports you sees it in Help ▸ Health and in the diagnostics "
                          "bundle."))
        intro.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("feedbackText")
        self.text.setPlaceholderText(tr("For example: splitting the card deposit took me "
                                        "three tries because…"))
        self.attach = QCheckBox(tr("&Attach a picture of the window"))
        self.attach.setObjectName("feedbackAttach")
        self.attach.setEnabled(not self.picture.isNull())
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedHeight(150)
        if not self.picture.isNull():
            self.preview.setPixmap(self.picture.scaledToHeight(
                150, Qt.TransformationMode.SmoothTransformation))
        self.preview.hide()
        self.attach.toggled.connect(self.preview.setVisible)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("&Keep the note"))
        buttons.accepted.connect(self.keep)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.attach)
        layout.addWidget(_hint(tr("The picture shows what was on the screen, figures "
                                  "included.")))
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.text.setFocus()

    def keep(self) -> None:
        from app.monitor.feedback import save_feedback

        png = png_bytes(self.picture) if self.attach.isChecked() else None
        try:
            self.note_id = save_feedback(self.text.toPlainText(), png,
                                         window=self.window_title,
                                         book=self.book.location if self.book else "")
        except CuentasError as exc:
            from ui.common.operations import describe_error

            self.error.setText(describe_error(exc))
            self.error.show()
            return
        self.saved.emit(self.note_id)
        self.accept()


class BundleDialog(QDialog):
    """What goes into the diagnostics bundle, then where it is saved."""

    written = Signal(object)

    def __init__(self, book: Book | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.setObjectName("bundleDialog")
        self.setWindowTitle(tr("Diagnostics bundle"))
        intro = QLabel(tr("One zip file for whoever supports you: the log, the measurements, "
                          "the errors counted, the feedback notes, the versions and the "
                          "settings. It holds no amounts, payees or memos unless you tick "
                          "one of the boxes below. Nothing is sent: you pass the file on."))
        intro.setWordWrap(True)
        self.with_book = QCheckBox(tr("Include a &copy of the book"))
        self.with_book.setObjectName("bundleWithBook")
        self.with_screenshots = QCheckBox(tr("Include the &pictures attached to feedback"))
        self.with_screenshots.setObjectName("bundleWithPictures")
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("&Save as…"))
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.with_book)
        layout.addWidget(_hint(tr("Every transaction, payee and amount: only for someone "
                                  "you would hand your books to.")))
        layout.addWidget(self.with_screenshots)
        layout.addWidget(_hint(tr("Pictures of windows show the figures that were on the "
                                  "screen.")))
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 300)

    def choose_file(self) -> None:
        from app.monitor.bundle import default_name

        path, _ = QFileDialog.getSaveFileName(self, tr("Save the diagnostics bundle"),
                                              default_name(), tr("Zip files (*.zip)"))
        if path:
            self.write(path)

    def write(self, path: str, *, synchronous: bool = False) -> None:
        """Write the bundle at `path` (the save dialog asked before replacing a file)."""
        import PySide6
        from PySide6.QtCore import qVersion

        from app.monitor.bundle import write_bundle
        from ui.common.operations import QueryOp

        location = self.book.location if self.book else None
        with_book, pictures = self.with_book.isChecked(), self.with_screenshots.isChecked()
        extra = {"qt": qVersion(), "pyside": PySide6.__version__}

        def work(progress: object) -> object:
            return write_bundle(path, location=location, include_book=with_book,
                                include_screenshots=pictures, extra=extra, force=True,
                                field="file", progress=progress)  # type: ignore[arg-type]

        if synchronous:
            self._done(work(None))
            return
        (QueryOp(self, work).success(self._done).failure(self._failed)
         .with_progress(tr("Making the diagnostics bundle…")).run_in_background())

    def _done(self, path: object) -> None:
        self.written.emit(path)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from ui.common.operations import describe_error

        self.error.setText(describe_error(exc))
        self.error.show()
