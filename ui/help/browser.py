"""The help browser: the guides of help/ inside Cuentas, with context help (F1).

One shared window (`show_help`) shows a guide rendered by `app.docs.guides` in a
QTextBrowser, with a contents tree (user guides, then administrator procedures),
full-text search with ranked results, back/forward/home, zoom, find in page, print,
and *Save as PDF handout* (app/docs/handouts.py, built off the UI thread). Pages are
addressed as `guide:ID#anchor`; the browser loads them through `loadResource`, so
QTextBrowser's own history and anchor scrolling work. Links to web addresses open in
the system browser; a walkthrough animation (a GIF linked around its poster image)
plays in a panel above the page with play/pause.

The guides are in the interface's language (`app.docs.guides.load_index()`); anchors are
written in English and find the translated section (`HelpIndex.local_anchor`).
Other windows call `show_help(self, "split-transactions", "the-remaining-bar")`, or
`show_context_help(self, "split_editor")` with a key of `CONTEXT_HELP`, or
`install_context_help(widget, key)` to bind F1.
"""

from __future__ import annotations

import logging
from html import escape, unescape
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QGuiApplication,
    QImage,
    QImageReader,
    QKeySequence,
    QMovie,
    QPainter,
    QPolygonF,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTextEdit,
    QToolBar,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.docs.guides import GUIDE_SCHEME, HelpIndex, guide_url, load_index, resolve_link
from ui.common.translate import tr

log = logging.getLogger(__name__)

HOME = "getting-started"
IMAGE_SCHEME = "help-image"
MAX_IMAGE_WIDTH = 640  # pixels in the page; the PDF scales to the paper instead

#: Where F1 lands from each window and dialog: context key -> (guide id, anchor).
CONTEXT_HELP: dict[str, tuple[str, str]] = {
    "main_window": ("getting-started", ""),
    "split_editor": ("split-transactions", "the-remaining-bar"),
    "templates": ("split-templates", ""),
    "category_manager": ("categories", ""),
    "reports": ("reports-and-search", ""),
    "imports": ("importing-and-exporting", ""),
    "upgrade_wizard": ("admin-upgrading", ""),
    "backups": ("admin-backup-restore", ""),
    "settings": ("admin-feature-flags", ""),
}

#: No absolute font sizes: headings scale from the view's font, so zoom scales all.
STYLE_SHEET = """
body { color: #1d2430; }
h1 { color: #1d2430; margin-bottom: 8px; }
h2 { color: #1f5a8a; margin-top: 18px; margin-bottom: 6px; }
h3 { margin-top: 12px; margin-bottom: 4px; }
h4 { font-style: italic; }
p, li { line-height: 135%; }
code { font-family: monospace; background-color: #f0f2f4; }
pre { font-family: monospace; background-color: #f3f5f7; padding: 8px; }
table { border-collapse: collapse; margin-top: 4px; margin-bottom: 10px; }
th { background-color: #1f5a8a; color: white; text-align: left; }
td { border-bottom: 1px solid #d5dbe1; }
a { color: #1f5a8a; }
.external { text-decoration: underline; }
"""


class HelpView(QTextBrowser):
    """A QTextBrowser that loads `guide:` pages and `help-image:` pictures from the
    help index (package data), never from files relative to the current folder."""

    def __init__(self, index: HelpIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(STYLE_SHEET)
        self.document().setDocumentMargin(18)
        self._sizes: dict[str, tuple[int, int] | None] = {}

    def page_html(self, guide_id: str) -> str:
        return self.index.render_html(
            guide_id, image_src=lambda name: f"{IMAGE_SCHEME}:{name}",
            image_size=self._display_size, for_qt=True)

    def _display_size(self, name: str) -> tuple[int, int] | None:
        if name not in self._sizes:
            data = self.index.image_bytes(name)
            size = None
            if data is not None:
                native = _image_size(data)
                if native.isValid() and native.width() > 0:
                    width = min(native.width(), MAX_IMAGE_WIDTH)
                    size = (width, round(native.height() * width / native.width()))
            self._sizes[name] = size
        return self._sizes[name]

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        url = QUrl(url)
        if url.scheme() == GUIDE_SCHEME:
            guide_id = url.path()
            if guide_id in self.index:
                return self.page_html(guide_id)
            return "<h1>{}</h1><p>{}</p>".format(
                tr("Page not found"), tr("This page of the help does not exist."))
        if url.scheme() == IMAGE_SCHEME:
            data = self.index.image_bytes(url.path())
            if data is not None:
                image = QImage.fromData(data)
                if url.path().lower().endswith(".gif"):
                    _draw_play_badge(image)
                return image
            return None
        return super().loadResource(kind, url)


def _image_size(data: bytes) -> QSize:
    """An image's size from its header, without decoding it."""
    buffer = QBuffer()  # kept alive while the reader uses it
    buffer.setData(QByteArray(data))
    return QImageReader(buffer).size()


def _draw_play_badge(image: QImage) -> None:
    """A round play sign over a walkthrough's poster: it is clickable and plays."""
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    radius = max(22, min(image.width(), image.height()) // 9)
    centre = QPointF(image.width() / 2, image.height() / 2)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(20, 40, 60, 170))
    painter.drawEllipse(centre, radius, radius)
    painter.setBrush(QColor("white"))
    side = radius * 0.9
    painter.drawPolygon(QPolygonF([
        QPointF(centre.x() - side * 0.35, centre.y() - side * 0.5),
        QPointF(centre.x() - side * 0.35, centre.y() + side * 0.5),
        QPointF(centre.x() + side * 0.55, centre.y())]))
    painter.end()


class WalkthroughPlayer(QFrame):
    """Plays an animated walkthrough (QMovie over a GIF from the help package)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walkthroughPlayer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.display = QLabel()
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.play_button = QToolButton()
        self.play_button.clicked.connect(self.toggle)
        restart = QToolButton()
        restart.setText(tr("Restart"))
        restart.clicked.connect(self.restart)
        close = QToolButton()
        close.setText(tr("Close"))
        close.clicked.connect(self.stop)
        self.position = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addStretch(1)
        for widget in (self.position, self.play_button, restart, close):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.display)
        self.movie: QMovie | None = None
        self._buffer: QBuffer | None = None
        self.hide()

    def play(self, data: bytes, title: str, max_width: int) -> None:
        self.stop()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        movie = QMovie(self._buffer, QByteArray(b"gif"), self)
        movie.setCacheMode(QMovie.CacheMode.CacheAll)
        size = _image_size(data)
        if size.isValid() and size.width() > max_width > 0:
            movie.setScaledSize(QSize(max_width, size.height() * max_width // size.width()))
        movie.frameChanged.connect(self._frame_changed)
        movie.stateChanged.connect(self._state_changed)
        self.movie = movie
        self.title.setText(title)
        self.display.setMovie(movie)
        self.show()
        movie.start()

    def toggle(self) -> None:
        if self.movie is None:
            return
        if self.movie.state() == QMovie.MovieState.Running:
            self.movie.setPaused(True)
        elif self.movie.state() == QMovie.MovieState.Paused:
            self.movie.setPaused(False)
        else:
            self.movie.start()

    def restart(self) -> None:
        if self.movie is not None:
            self.movie.stop()
            self.movie.start()

    def stop(self) -> None:
        if self.movie is not None:
            self.movie.stop()
            self.display.clear()
            self.movie.deleteLater()
            self.movie = None
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self.hide()

    @property
    def playing(self) -> bool:
        return self.movie is not None and self.movie.state() == QMovie.MovieState.Running

    def _frame_changed(self, frame: int) -> None:
        if self.movie is not None and self.movie.frameCount() > 0:
            self.position.setText(tr("{n} of {total}").format(
                n=frame + 1, total=self.movie.frameCount()))

    def _state_changed(self, state: QMovie.MovieState) -> None:
        running = state == QMovie.MovieState.Running
        self.play_button.setText(tr("Pause") if running else tr("Play"))


class ResultDelegate(QStyledItemDelegate):
    """Draws a search result as rich text: title, section, snippet with the matches."""

    HTML_ROLE = Qt.ItemDataRole.UserRole + 1

    def _document(self, option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(5)
        document.setDefaultFont(option.font)
        document.setHtml(index.data(self.HTML_ROLE) or escape(index.data() or ""))
        document.setTextWidth(max(option.rect.width(), 120))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        painter.save()
        painter.translate(option.rect.topLeft())
        document.drawContents(painter)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = option.widget
        width = view.viewport().width() if isinstance(view, QListWidget) else 240
        option.rect.setWidth(width)
        document = self._document(option, index)
        return QSize(width, int(document.size().height()) + 2)


class HelpBrowser(QMainWindow):
    """The help window. Navigation: `open_guide`, `back`, `forward`, `home`."""

    def __init__(self, index: HelpIndex | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index or load_index()
        self.setObjectName("helpBrowser")
        self.setWindowTitle(tr("Cuentas Help"))
        self.resize(1080, 760)
        self.zoom = 0
        self.handout_saved: Path | None = None
        #: The open book's locale: handouts print on its paper, as its reports do
        #: (`show_help` sets it from the calling window; None: this computer's).
        self.paper_locale: str | None = None

        self.view = HelpView(self.index)
        self.view.anchorClicked.connect(self.follow_link)
        self.view.sourceChanged.connect(self._source_changed)
        self.view.highlighted.connect(self._hovered)
        self.player = WalkthroughPlayer()

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(tr("Search the guides"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._search_later)
        self.search_box.returnPressed.connect(self._open_first_result)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.run_search)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.itemActivated.connect(self._result_activated)
        self.results.itemClicked.connect(self._result_activated)
        self.results.hide()
        self.contents = QTreeWidget()
        self.contents.setHeaderHidden(True)
        self.contents.itemClicked.connect(self._contents_clicked)
        self.contents.itemActivated.connect(self._contents_clicked)
        self._fill_contents()

        self.find_box = QLineEdit()
        self.find_box.setPlaceholderText(tr("Find in page"))
        self.find_box.textChanged.connect(lambda words: self.find_in_page(words))
        self.find_box.returnPressed.connect(lambda: self.find_in_page(self.find_box.displayText(),
                                                                      again=True))
        self.find_status = QLabel()
        self.find_bar = QWidget()
        find_layout = QHBoxLayout(self.find_bar)
        find_layout.setContentsMargins(6, 2, 6, 2)
        find_layout.addWidget(QLabel(tr("Find:")))
        find_layout.addWidget(self.find_box, 1)
        find_layout.addWidget(self.find_status)
        for label, backward in ((tr("Previous"), True), (tr("Next"), False)):
            button = QToolButton()
            button.setText(label)
            button.clicked.connect(lambda _=False, b=backward: self.find_in_page(
                self.find_box.displayText(), again=True, backward=b))
            find_layout.addWidget(button)
        close_find = QToolButton()
        close_find.setText(tr("Close"))
        close_find.clicked.connect(self.find_bar.hide)
        find_layout.addWidget(close_find)
        self.find_bar.hide()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.search_box)
        left_layout.addWidget(self.results, 2)
        left_layout.addWidget(self.contents, 3)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 6, 6, 6)
        right_layout.addWidget(self.player)
        right_layout.addWidget(self.view, 1)
        right_layout.addWidget(self.find_bar)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([290, 790])
        self.setCentralWidget(splitter)
        self._build_actions()
        self.statusBar()
        self.home()

    # ---------------------------------------------------------------- building
    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        toolbar = QToolBar(tr("Navigation"))
        toolbar.setObjectName("helpToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(toolbar)
        self.actions_by_name: dict[str, QAction] = {}

        def action(name: str, label: str, slot: Any, shortcut: Any = None,
                   on_toolbar: bool = True) -> QAction:
            act = QAction(label, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            self.addAction(act)
            if on_toolbar:
                toolbar.addAction(act)
            self.actions_by_name[name] = act
            return act

        action("back", tr("Back"), self.back, keys.Back)
        action("forward", tr("Forward"), self.forward, keys.Forward)
        action("home", tr("Home"), self.home, "Alt+Home")
        toolbar.addSeparator()
        action("zoom_in", tr("Larger"), lambda: self.set_zoom(self.zoom + 1), keys.ZoomIn)
        action("zoom_out", tr("Smaller"), lambda: self.set_zoom(self.zoom - 1), keys.ZoomOut)
        action("zoom_reset", tr("Normal size"), lambda: self.set_zoom(0), "Ctrl+0",
               on_toolbar=False)
        toolbar.addSeparator()
        action("find", tr("Find in page"), self.show_find, keys.Find)
        action("find_next", tr("Find next"), lambda: self.find_in_page(
            self.find_box.displayText(), again=True), keys.FindNext, on_toolbar=False)
        action("search", tr("Search"), self.focus_search, "Ctrl+K", on_toolbar=False)
        toolbar.addSeparator()
        action("print", tr("Print…"), self.print_page, keys.Print)
        handout = action("handout", tr("Save as PDF handout…"), self.save_handout_as,
                         keys.Save)
        menu = QMenu(self)
        menu.addAction(handout)
        menu.addAction(tr("Save the training booklet (all guides)…"), self.save_booklet_as)
        handout.setMenu(menu)
        action("close", tr("Close"), self.close, keys.Close, on_toolbar=False)
        self.view.backwardAvailable.connect(self.actions_by_name["back"].setEnabled)
        self.view.forwardAvailable.connect(self.actions_by_name["forward"].setEnabled)
        self.actions_by_name["back"].setEnabled(False)
        self.actions_by_name["forward"].setEnabled(False)

    def _fill_contents(self) -> None:
        self._items: dict[tuple[str, str], QTreeWidgetItem] = {}
        groups = {"user": tr("User guides"), "admin": tr("Administrator procedures")}
        for audience, label in groups.items():
            top = QTreeWidgetItem(self.contents, [label])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setExpanded(True)
            for guide in self.index.guides:
                if guide.audience != audience:
                    continue
                item = QTreeWidgetItem(top, [guide.title])
                item.setData(0, Qt.ItemDataRole.UserRole, (guide.id, ""))
                item.setToolTip(0, guide.summary)
                self._items[(guide.id, "")] = item
                for heading in guide.headings:
                    if heading.level == 2:
                        child = QTreeWidgetItem(item, [heading.text])
                        child.setData(0, Qt.ItemDataRole.UserRole, (guide.id, heading.anchor))
                        self._items[(guide.id, heading.anchor)] = child

    # ---------------------------------------------------------------- navigation
    @property
    def current(self) -> tuple[str, str]:
        """(guide id, anchor) of the page on show."""
        url = self.view.source()
        return url.path(), url.fragment()

    def open_guide(self, guide_id: str, anchor: str | None = "") -> bool:
        """Show a guide, at a section when `anchor` names one. An unknown guide or
        section opens what exists and says so in the status bar."""
        anchor = anchor or ""
        if guide_id in self.index and anchor:  # an English anchor in a translated guide
            anchor = self.index.local_anchor(guide_id, anchor) or anchor
        if guide_id not in self.index:
            self.statusBar().showMessage(tr("There is no help page “{page}”.").format(
                page=guide_id), 6000)
            guide_id, anchor = HOME, ""
        elif not self.index.has_anchor(guide_id, anchor):
            self.statusBar().showMessage(tr("That section is not in this guide any more."),
                                         6000)
            anchor = ""
        url = QUrl(guide_url(guide_id, anchor))
        if url == self.view.source():
            self.view.reload()
            if anchor:
                self.view.scrollToAnchor(anchor)
        else:
            self.view.setSource(url, QTextDocument.ResourceType.HtmlResource)
        if not anchor:
            self.view.verticalScrollBar().setValue(0)
        return True

    def back(self) -> None:
        self.view.backward()

    def forward(self) -> None:
        self.view.forward()

    def home(self) -> None:
        self.open_guide(HOME)

    def follow_link(self, url: QUrl) -> None:
        href = url.toString()
        target = resolve_link(href, self.current[0])
        if target.kind == "guide":
            self.open_guide(target.guide_id, target.anchor)
        elif target.kind == "external":
            self.open_externally(url)
        elif url.scheme() == IMAGE_SCHEME or target.kind == "image":
            name = url.path() if url.scheme() == IMAGE_SCHEME else target.url
            self.play_walkthrough(name)

    def open_externally(self, url: QUrl) -> None:
        """Web addresses go to the system browser (a seam tests replace)."""
        QDesktopServices.openUrl(url)

    def _source_changed(self, url: QUrl) -> None:
        self.player.stop()
        guide_id = url.path()
        if guide_id in self.index:
            self.setWindowTitle(tr("{title} — Cuentas Help").format(
                title=self.index.get(guide_id).title))
        item = self._items.get((guide_id, url.fragment())) or self._items.get((guide_id, ""))
        if item is not None:
            self.contents.setCurrentItem(item)
            self.contents.scrollToItem(item)
        self._highlight(self._last_query)

    def _hovered(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            self.statusBar().showMessage(url.toString())
        else:
            self.statusBar().clearMessage()

    def _contents_clicked(self, item: QTreeWidgetItem) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if data:
            self.open_guide(*data)

    # ---------------------------------------------------------------- search
    _last_query = ""

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _search_later(self, _words: str) -> None:
        self._search_timer.start()

    def run_search(self) -> list[Any]:
        query = self.search_box.displayText().strip()
        self._last_query = query
        self.results.clear()
        if not query:
            self.results.hide()
            self._highlight("")
            return []
        hits = self.index.search(query)
        for hit in hits:
            item = QListWidgetItem(hit.title)
            item.setData(Qt.ItemDataRole.UserRole, (hit.guide_id, hit.anchor))
            item.setData(ResultDelegate.HTML_ROLE, (
                f"<b>{escape(hit.title)}</b>"
                + (f"<br/><span style='color:#1f5a8a'>{escape(hit.heading)}</span>"
                   if hit.heading else "")
                + f"<br/><span style='color:#5e6673'>{hit.snippet_html}</span>"))
            item.setToolTip(_plain(hit.snippet_html))
            self.results.addItem(item)
        if not hits:
            item = QListWidgetItem(tr("Nothing found. Try another word."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
        self.results.show()
        return hits

    def _open_first_result(self) -> None:
        self._search_timer.stop()
        self.run_search()
        first = self.results.item(0)
        if first is not None and first.data(Qt.ItemDataRole.UserRole):
            self._result_activated(first)

    def _result_activated(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data:
            self.open_guide(*data)
            self._highlight(self._last_query)

    def _highlight(self, query: str) -> None:
        """Mark every word of the search in the page (like a highlighter pen)."""
        selections = []
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#fff0a8"))
        document = self.view.document()
        for word in {w for w in query.split() if len(w) > 1}:
            cursor = document.find(word)
            while not cursor.isNull():
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
                cursor = document.find(word, cursor)
        self.view.setExtraSelections(selections)

    # ---------------------------------------------------------------- page tools
    def set_zoom(self, level: int) -> None:
        level = max(-4, min(8, level))
        self.view.zoomOut(self.zoom)  # back to the base size, then to the new level
        self.view.zoomIn(level)
        self.zoom = level

    def show_find(self) -> None:
        self.find_bar.show()
        self.find_box.setFocus()
        self.find_box.selectAll()

    def find_in_page(self, words: str, *, again: bool = False, backward: bool = False) -> bool:
        """Select the next match of `words` in the page, wrapping round at the end."""
        if not words:
            self.find_status.clear()
            return False
        if not again:  # typing: search from the top of the current match
            cursor = self.view.textCursor()
            cursor.setPosition(cursor.selectionStart())
            self.view.setTextCursor(cursor)
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self.view.find(words, flags)
        if not found:
            cursor = self.view.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End if backward
                                else QTextCursor.MoveOperation.Start)
            self.view.setTextCursor(cursor)
            found = self.view.find(words, flags)
        self.find_status.setText("" if found else tr("Not found"))
        return found

    def play_walkthrough(self, name: str) -> bool:
        data = self.index.image_bytes(name)
        if data is None or not name.lower().endswith(".gif"):
            return False
        title = name.removesuffix(".gif").removeprefix("walkthrough-").replace("-", " ")
        self.player.play(data, tr("Walkthrough: {name}").format(name=title),
                         max(320, self.view.viewport().width() - 40))
        return True

    def print_page(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.view.print_(printer)

    def save_handout_as(self) -> None:
        guide_id = self.current[0]
        path = self._ask_pdf_path(f"{guide_id}.pdf", tr("Save as PDF handout"))
        if path is not None:
            self.save_handout(path, guide_id)

    def save_booklet_as(self) -> None:
        from app.docs.handouts import BOOKLET_NAME

        path = self._ask_pdf_path(BOOKLET_NAME, tr("Save the training booklet"))
        if path is not None:
            self.save_handout(path, None)

    def _ask_pdf_path(self, name: str, caption: str) -> Path | None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        chosen, _ = QFileDialog.getSaveFileName(self, caption, str(Path(folder) / name),
                                                tr("PDF files (*.pdf)"))
        return Path(chosen) if chosen else None

    def save_handout(self, path: Path, guide_id: str | None, *, open_after: bool = True) -> None:
        """Write a guide's handout (or the booklet, `guide_id=None`) off the UI thread,
        then open it in the system's PDF viewer to print."""
        from app.docs import handouts
        from ui.common.operations import QueryOp
        from ui.common.prompts import save_target

        if save_target(self, path) is None:
            return
        index, locale = self.index, self.paper_locale

        def build(progress: Any) -> Path:
            # the save dialog asked before replacing a file; a book is never replaced
            if guide_id is None:
                return handouts.write_booklet(path, index, force=True, field=tr("File"),
                                              locale=locale)
            return handouts.write_guide_pdf(guide_id, path, index, force=True,
                                            field=tr("File"), locale=locale)

        def done(written: Path) -> None:
            self.statusBar().showMessage(tr("Saved {file}").format(file=written), 8000)
            self.handout_saved = written
            if open_after:
                self.open_externally(QUrl.fromLocalFile(str(written)))

        self.handout_saved = None
        QueryOp(self, build).success(done).with_progress(tr("Preparing the PDF…")) \
            .run_in_background()


def _plain(snippet_html: str) -> str:
    """A search snippet without its <b> marks, for the tooltip."""
    return unescape(snippet_html.replace("<b>", "").replace("</b>", ""))


# -------------------------------------------------------------------- public API

_window: HelpBrowser | None = None


def _alive(window: HelpBrowser | None) -> bool:
    if window is None:
        return False
    import shiboken6

    return bool(shiboken6.isValid(window))


def _book_locale(widget: QWidget | None) -> str | None:
    """The locale of the book a window (or one of its parents) shows, if any."""
    while widget is not None:
        book = getattr(widget, "book", None)
        locale = getattr(getattr(book, "info", None), "locale", None)
        if isinstance(locale, str) and locale:
            return locale
        widget = widget.parentWidget()
    return None


def show_help(parent: QWidget | None, guide_id: str, anchor: str | None = "") -> HelpBrowser:
    """Open the shared help window at a guide (and section), brought to the front.

    The window has no Qt parent, so it stays open and usable while the caller's
    dialog is open (window-modal) or after it closes; `parent` only places it the
    first time."""
    global _window
    if not _alive(_window):
        _window = HelpBrowser()
        if parent is not None:
            centre = parent.window().frameGeometry().center()
            _window.move(centre - _window.rect().center())
    assert _window is not None
    _window.paper_locale = _book_locale(parent) or _window.paper_locale
    _window.open_guide(guide_id, anchor or "")
    if _window.isMinimized():
        _window.showNormal()
    _window.show()
    if QGuiApplication.platformName() != "offscreen":  # it has no stacking, and says so
        _window.raise_()
    _window.activateWindow()
    return _window


def show_context_help(parent: QWidget | None, context: str) -> HelpBrowser:
    """F1 for a window or dialog named in `CONTEXT_HELP` (an unknown key: the start)."""
    guide_id, anchor = CONTEXT_HELP.get(context, (HOME, ""))
    return show_help(parent, guide_id, anchor)


def install_context_help(widget: QWidget, context: str) -> QAction:
    """Bind F1 (the platform's help key) in `widget` and its children to its guide."""
    act = QAction(tr("Help"), widget)
    act.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    act.triggered.connect(lambda: show_context_help(widget, context))
    widget.addAction(act)
    return act
