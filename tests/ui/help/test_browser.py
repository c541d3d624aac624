"""The help browser: opening guides, links, history, search, find, context help (F1)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from app.docs.guides import HelpIndex, load_index, parse_guide
from ui.help import browser as help_browser
from ui.help.browser import CONTEXT_HELP, HelpBrowser, install_context_help, show_help


@pytest.fixture(autouse=True)
def no_shared_window() -> Iterator[None]:
    yield
    window = help_browser._window
    if help_browser._alive(window):
        assert window is not None
        window.close()
        window.deleteLater()
    help_browser._window = None


@pytest.fixture
def browser(qtbot) -> HelpBrowser:
    window = HelpBrowser()
    qtbot.addWidget(window)
    window.show()
    assert window.current == ("getting-started", "")
    return window


def click_link(qtbot, browser: HelpBrowser, href: str) -> None:
    """Click the first link to `href` in the page, with the mouse, where it is drawn."""
    from PySide6.QtGui import QTextCursor

    document = browser.view.document()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + min(2, fragment.length() - 1))
                browser.view.setTextCursor(cursor)
                browser.view.ensureCursorVisible()
                point = browser.view.cursorRect(cursor).center()
                qtbot.mouseClick(browser.view.viewport(), Qt.MouseButton.LeftButton,
                                 pos=QPoint(point.x(), point.y()))
                return
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href} in {browser.current}")


def test_opens_a_guide_at_a_section(browser: HelpBrowser) -> None:
    browser.open_guide("split-transactions", "the-remaining-bar")
    assert browser.current == ("split-transactions", "the-remaining-bar")
    assert browser.view.verticalScrollBar().value() > 0  # scrolled to the section
    assert "Creating split transactions" in browser.windowTitle()
    assert "Balanced" in browser.view.toPlainText()
    selected = browser.contents.currentItem()
    assert selected.data(0, Qt.ItemDataRole.UserRole) == ("split-transactions",
                                                          "the-remaining-bar")


def test_follows_a_link_between_guides_and_goes_back(qtbot, browser: HelpBrowser) -> None:
    browser.open_guide("getting-started")
    click_link(qtbot, browser, "guide:split-transactions")
    qtbot.waitUntil(lambda: browser.current == ("split-transactions", ""))
    assert browser.actions_by_name["back"].isEnabled()
    click_link(qtbot, browser, "guide:split-templates#card-and-processor-deposits")
    qtbot.waitUntil(lambda: browser.current[0] == "split-templates")
    assert browser.current == ("split-templates", "card-and-processor-deposits")
    browser.actions_by_name["back"].trigger()
    assert browser.current == ("split-transactions", "")
    browser.back()
    assert browser.current == ("getting-started", "")
    browser.forward()
    assert browser.current == ("split-transactions", "")
    browser.actions_by_name["home"].trigger()
    assert browser.current == ("getting-started", "")


def test_links_within_a_page_and_to_the_web(browser: HelpBrowser,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(browser, "open_externally", lambda url: opened.append(url.toString()))
    browser.open_guide("split-transactions")
    browser.follow_link(QUrl("guide:split-transactions#undo-and-redo"))
    assert browser.current == ("split-transactions", "undo-and-redo")
    browser.follow_link(QUrl("https://www.sat.gob.mx/"))
    assert opened == ["https://www.sat.gob.mx/"]
    assert browser.current == ("split-transactions", "undo-and-redo")


def test_every_context_help_id_and_anchor_resolves(qtbot) -> None:
    index = load_index()
    for key, (guide_id, anchor) in CONTEXT_HELP.items():
        assert index.has_anchor(guide_id, anchor), key
        window = help_browser.show_context_help(None, key)
        assert window.current == (guide_id, anchor), key
        assert window.isVisible()
    assert {"main_window", "split_editor", "templates", "category_manager", "reports",
            "upgrade_wizard", "backups", "settings"} <= set(CONTEXT_HELP)


def test_show_help_reuses_one_window(qtbot) -> None:
    caller = QWidget()
    qtbot.addWidget(caller)
    first = show_help(caller, "split-transactions", "the-remaining-bar")
    second = show_help(caller, "categories", None)
    assert first is second and second.current == ("categories", "")
    assert first.parent() is None  # stays usable while the caller's dialog is open


def test_f1_from_a_dialog_lands_on_its_section(qtbot) -> None:
    dialog = QWidget()
    qtbot.addWidget(dialog)
    action = install_context_help(dialog, "split_editor")
    assert action.shortcut().toString()  # F1 on this platform
    action.trigger()
    assert help_browser._window is not None
    assert help_browser._window.current == ("split-transactions", "the-remaining-bar")


def test_unknown_pages_fall_back_politely(browser: HelpBrowser) -> None:
    browser.open_guide("no-such-guide")
    assert browser.current == ("getting-started", "")
    assert "no-such-guide" in browser.statusBar().currentMessage()
    browser.open_guide("categories", "no-such-section")
    assert browser.current == ("categories", "")


def test_search_lists_ranked_results_and_opens_them(qtbot, browser: HelpBrowser) -> None:
    qtbot.keyClicks(browser.search_box, "IVA")
    qtbot.waitUntil(lambda: browser.results.count() > 3)
    first = browser.results.item(0)
    assert first.data(Qt.ItemDataRole.UserRole)[0] == "split-templates"
    browser.results.itemActivated.emit(first)
    assert browser.current[0] == "split-templates"
    assert browser.view.extraSelections()  # the word is highlighted in the page
    browser.search_box.clear()
    browser.run_search()
    assert browser.results.isHidden()


def test_search_with_no_result_says_so(browser: HelpBrowser) -> None:
    browser.search_box.setText("zzzzqx")
    assert browser.run_search() == []
    assert browser.results.count() == 1 and "Nothing found" in browser.results.item(0).text()


def test_find_in_page_and_zoom(browser: HelpBrowser) -> None:
    browser.open_guide("split-transactions")
    assert browser.find_in_page("remaining bar")
    assert browser.view.textCursor().selectedText().lower() == "remaining bar"
    assert browser.find_in_page("remaining bar", again=True)
    assert not browser.find_in_page("zzzzqx")
    assert browser.find_status.text() == "Not found"
    size = browser.view.font().pointSizeF()
    browser.actions_by_name["zoom_in"].trigger()
    assert browser.view.font().pointSizeF() > size
    browser.actions_by_name["zoom_reset"].trigger()
    assert browser.view.font().pointSizeF() == size


def test_save_as_pdf_handout(qtbot, browser: HelpBrowser, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from ui.common import operations

    browser.open_guide("split-templates")
    target = tmp_path / "handout.pdf"
    browser.save_handout(target, "split-templates", open_after=False)
    qtbot.waitUntil(lambda: operations.idle() and browser.handout_saved == target,
                    timeout=20_000)
    assert "Templates for IVA" in PdfReader(str(target)).pages[0].extract_text()


def test_walkthroughs_play_and_pause(qtbot, tmp_path: Path) -> None:
    from PIL import Image

    (tmp_path / "images").mkdir()
    frames = [Image.new("RGB", (200, 120), colour) for colour in ("red", "green", "blue")]
    frames[0].save(tmp_path / "images" / "walkthrough-demo.gif", save_all=True,
                   append_images=frames[1:], duration=100, loop=0)
    text = ("---\nid: getting-started\ntitle: Demo\naudience: user\norder: 1\n---\n\n"
            "[![Walkthrough: demo](images/walkthrough-demo.gif)]"
            "(images/walkthrough-demo.gif)\n")
    window = HelpBrowser(HelpIndex([parse_guide(text, "getting-started.md")], tmp_path))
    qtbot.addWidget(window)
    window.show()
    window.follow_link(QUrl("images/walkthrough-demo.gif"))
    player = window.player
    assert player.isVisible() and player.playing
    qtbot.waitUntil(lambda: player.movie is not None and player.movie.currentFrameNumber() > 0)
    player.toggle()
    assert not player.playing and player.play_button.text() == "Play"
    player.toggle()
    assert player.playing
    window.open_guide("getting-started")  # leaving the page stops it
    assert not player.isVisible() and player.movie is None


def test_screenshots_of_the_help_browser(qtbot, tmp_path: Path) -> None:
    from PIL import Image

    from ui.docs.shots.help import screenshots

    [path] = screenshots(None, tmp_path)
    with Image.open(path) as picture:
        assert picture.size[0] >= 900


def test_f1_in_the_split_editor_lands_on_the_remaining_bar(qtbot, sqlite_book) -> None:
    from ui.common.context import BookContext
    from ui.editing.split_editor import SplitEditor

    ctx = BookContext.open(sqlite_book)
    try:
        editor = SplitEditor(ctx, total=-116000, lines=[])
        qtbot.addWidget(editor)
        editor.show()
        f1 = QKeySequence(QKeySequence.StandardKey.HelpContents)
        # the action bound to F1 (offscreen there is no active window to send keys to)
        [help_action] = [a for a in editor.actions() if a.shortcut() == f1]
        help_action.trigger()
        window = help_browser._window
        assert window is not None and window.isVisible()
        assert window.current == ("split-transactions", "the-remaining-bar")
        assert "remaining bar" in window.view.toPlainText()
    finally:
        ctx.close()


def test_handouts_print_on_the_paper_of_the_callers_book(qtbot, sqlite_book,
                                                         tmp_path: Path) -> None:
    """F1 from a window of a book: its handouts are on the book's paper, like its
    reports (es_MX: Letter; a Spanish es_ES book: A4)."""
    from types import SimpleNamespace

    from pypdf import PdfReader

    from ui.common import operations

    window = QWidget()
    qtbot.addWidget(window)
    dialog = QWidget(window)  # F1 in a dialog of the window that has the book
    window.book = sqlite_book  # type: ignore[attr-defined]
    browser = show_help(dialog, "split-templates", "")
    assert sqlite_book.info.locale == "es_MX" and browser.paper_locale == "es_MX"
    window.book = SimpleNamespace(info=SimpleNamespace(locale="es_ES"))  # type: ignore[attr-defined]
    assert show_help(dialog, "split-templates", "").paper_locale == "es_ES"
    target = tmp_path / "handout.pdf"
    browser.save_handout(target, "split-templates", open_after=False)
    qtbot.waitUntil(lambda: operations.idle() and browser.handout_saved == target,
                    timeout=20_000)
    box = PdfReader(str(target)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
