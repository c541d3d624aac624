"""The health view, its badge, the exception hook, feedback and the bundle dialog,
Settings ▸ Monitoring and the split editor's counters (issue 14)."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QLabel

from app.ledger.transactions import LineInput, TransactionInput, save_transaction
from app.monitor import metrics, thresholds


def make_legacy(path: Path, n: int = 300, seed: int = 11) -> Path:
    """A revision-0001 book as the pre-split Cuentas wrote it."""
    from datetime import date

    from app.store.demo import write_legacy

    write_legacy(path, n, seed, end=date(2026, 3, 1))
    return path


@pytest.fixture
def upgraded(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A legacy book upgraded, then a few splits entered through the service."""
    from app.ledger.accounts import list_accounts
    from app.ledger.categories import add_category, find_category
    from app.store.book import open_book
    from app.upgrade import upgrade_book

    location = str(make_legacy(tmp_path / "Tienda.cuentas", n=80))
    upgrade_book(location)
    book = open_book(location)
    bank = list_accounts(book)[0].id
    paper = find_category(book, "Gastos:Papelería").id
    iva = add_category(book, "Impuestos:IVA acreditable", "tax", "iva_input").id
    for day in ("2026-02-02", "2026-02-09", "2026-02-16", "2026-02-23", "2026-03-02",
                "2026-03-09"):
        save_transaction(book, TransactionInput(bank, day, -116000, (
            LineInput(-100000, paper), LineInput(-16000, iva))))
    metrics.flush()
    yield book
    book.close()


def test_the_health_view_shows_timings_adoption_and_the_upgrade_run(
        upgraded, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.health.window import HealthWindow

    window = HealthWindow(upgraded, synchronous=True)
    qtbot.addWidget(window)
    window.resize(1180, 780)
    window.show()
    assert window.banner.property("kind") == "ok"
    perf = {row[0]: row for row in window.performance.texts()}
    assert perf["New split transaction"][1] == "6"
    assert perf["New split transaction"][-1] == "within"
    assert perf["Upgrade a book"][-1] == "too few runs"
    (run,) = window.upgrades.texts()
    assert run[1] == "0001 → 0006" and run[2] == "upgraded"
    assert "balances equal" in run[4] and "category totals equal" in run[4]
    counts = dict(window.counts.texts())  # type: ignore[arg-type]
    assert counts["Split lines"] != counts["Transactions"]
    configs = window.configurations.texts()
    assert configs[0] == ["Gastos:Papelería + Impuestos:IVA acreditable", "6"]
    assert "6 of" in window.adoption_text.text()
    assert window.share_chart.series() and window.perf_chart.series()
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        shot = tmp_path / f"health-{i}.png"
        window.grab().save(str(shot))
        image = QImage(str(shot))
        assert image.width() >= 1000 and image.height() >= 700


def test_a_crossed_threshold_shows_in_the_banner_and_the_badge(
        upgraded, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.main.window import MainWindow

    main = MainWindow(upgraded, load_in_background=False)
    qtbot.addWidget(main)
    badge = main.health_badge
    badge.check(synchronous=True)
    assert badge.isHidden()
    thresholds.set_threshold("save", 1)  # every split save is now "slow"
    for _ in range(6):
        metrics.record("split.create", 5.0)
    badge.check(synchronous=True)
    assert not badge.isHidden() and badge.text() == "1 alert(s)"
    assert "New split transaction is slow" in badge.toolTip()
    main.open_window("health")
    window = main.windows["health"]
    qtbot.waitUntil(lambda: window.health is not None, timeout=10000)
    assert window.banner.property("kind") == "warning"
    assert "New split transaction is slow" in window.banner.text()
    perf = {row[0]: row[-1] for row in window.performance.texts()}
    assert perf["New split transaction"] == "slow"
    thresholds.reset()
    window.refresh()
    qtbot.waitUntil(lambda: window.banner.property("kind") == "ok", timeout=10000)
    assert badge.isHidden()  # the view told the badge
    window.close()


def test_the_help_menu_has_health_and_feedback(upgraded, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.main.window import MainWindow

    main = MainWindow(upgraded, load_in_background=False)
    qtbot.addWidget(main)
    help_menu = main.menus["menu_help"]
    texts = [a.text() for a in help_menu.actions() if a.text()]
    assert texts[:3] == ["&Contents", "&Health…", "Send &feedback…"]
    main.acts["feedback"].trigger()
    dialog = main.windows["feedback"]
    assert dialog.isVisible() and dialog.window_title == main.windowTitle()
    dialog.reject()


def test_the_exception_hook_logs_counts_and_offers_the_details(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.monitor import logs
    from app.monitor.errors import count_by_kind
    from ui.health import crash

    hook = crash.install()
    assert sys.excepthook is hook
    try:
        raise ZeroDivisionError("payee 'Papelería Lumen' owes 1160.00")
    except ZeroDivisionError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible(), timeout=5000)
    dialog = hook.dialog
    assert "ZeroDivisionError" in dialog.message.text()
    assert "1160" not in dialog.message.text()  # plain words, not the message
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "Traceback" in copied and "test_health.py" in copied and "Cuentas" in copied
    assert dialog.copy_button.text() == "Copied"
    try:
        raise KeyError("again")
    except KeyError as exc:
        hook(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: dialog.more == 1, timeout=5000)
    assert "1 more problem" in dialog.others.text()
    assert [w for w in QApplication.topLevelWidgets()
            if w.objectName() == "crashDialog" and w.isVisible()] == [dialog]
    dialog.close()
    assert count_by_kind(0) == {"ZeroDivisionError": 1, "KeyError": 1}
    entries = [json.loads(line) for line in logs.log_file().read_text().splitlines()]
    kinds = [e["error"]["kind"] for e in entries if "error" in e]
    assert kinds == ["ZeroDivisionError", "KeyError"]
    assert "Lumen" not in logs.log_file().read_text()
    crash.uninstall()
    assert sys.excepthook is not hook


def test_an_error_on_a_worker_thread_reaches_the_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    import threading

    from ui.health import crash

    hook = crash.install()

    def work() -> None:
        raise RuntimeError("in a thread")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: hook.dialog is not None, timeout=5000)
    assert "RuntimeError" in hook.dialog.message.text()
    hook.dialog.close()


def test_feedback_is_kept_with_its_picture(upgraded, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.monitor.feedback import screenshot_of
    from app.monitor.health import feedback_notes
    from ui.health.feedback import FeedbackDialog
    from ui.health.window import HealthWindow

    window = HealthWindow(upgraded, synchronous=True)
    qtbot.addWidget(window)
    window.show()
    dialog = FeedbackDialog(upgraded, window, screenshot_of=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.keep()  # empty: refused, said next to the note
    assert dialog.error.isVisible() and "empty" in dialog.error.text()
    dialog.text.setPlainText("The IVA line could fill itself in")
    dialog.attach.setChecked(True)
    assert dialog.preview.isVisible()
    with qtbot.waitSignal(dialog.saved):
        dialog.keep()
    (note,) = feedback_notes()
    assert note.text == "The IVA line could fill itself in" and note.has_screenshot
    png = screenshot_of(note.id)
    assert png is not None and QImage.fromData(png).width() == window.width()
    window.refresh()
    window.tabs.setCurrentIndex(4)
    assert window.notes.count() == 1 and "(picture)" in window.notes.item(0).text()
    window.notes.setCurrentRow(0)
    assert window.picture.pixmap() is not None and not window.picture.pixmap().isNull()


def test_the_bundle_dialog_leaves_the_book_out_unless_ticked(
        upgraded, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.health.feedback import BundleDialog

    dialog = BundleDialog(upgraded)
    qtbot.addWidget(dialog)
    assert not dialog.with_book.isChecked() and not dialog.with_screenshots.isChecked()
    plain = tmp_path / "plain.zip"
    dialog.write(str(plain), synchronous=True)
    with zipfile.ZipFile(plain) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read("manifest.json"))
    assert not [n for n in names if n.startswith("book/")]
    assert manifest["qt"] and manifest["pyside"]
    dialog = BundleDialog(upgraded)
    qtbot.addWidget(dialog)
    dialog.with_book.setChecked(True)
    full = tmp_path / "full.zip"
    dialog.write(str(full), synchronous=True)
    with zipfile.ZipFile(full) as zf:
        assert "book/Tienda.cuentas" in zf.namelist()


def test_the_report_button_writes_the_pdf(upgraded, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.health.window import HealthWindow

    window = HealthWindow(upgraded, synchronous=True)
    qtbot.addWidget(window)
    out = tmp_path / "report.pdf"
    window.write_report(str(out))
    assert out.read_bytes().startswith(b"%PDF")
    assert str(out) in window.status.text()


def test_settings_monitoring_changes_the_thresholds_of_this_computer(
        upgraded, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.admin import local_settings
    from ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(upgraded, section="monitoring")
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.page("monitoring")
    assert dialog.stack.currentWidget().widget() is page  # type: ignore[attr-defined]
    assert page.spins["save"].value() == 100 and page.spins["backup"].value() == 120
    page.spins["save"].setValue(40)
    page.spins["save"].editingFinished.emit()
    page.spins["backup"].setValue(30)
    page.spins["backup"].editingFinished.emit()
    page.backup_days.setValue(3)
    page.backup_days.editingFinished.emit()
    stored = local_settings.get("monitoring")
    assert stored["thresholds_ms"]["save"] == 40
    assert stored["thresholds_ms"]["backup"] == 30_000
    assert stored["backup_days"] == 3
    qtbot.mouseClick(page.defaults, Qt.MouseButton.LeftButton)
    assert thresholds.load() == thresholds.MonitorSettings()
    assert page.spins["save"].value() == 100
    texts = [w.text() for w in page.findChildren(QLabel)]
    assert any("monitor.sqlite3" in t for t in texts)


def test_the_split_editor_counts_opened_saved_and_cancelled(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.monitor.adoption import counters
    from ui.editing.split_editor import SplitEditor

    for accept in (True, False, False):
        editor = SplitEditor(ctx, total=-116000, lines=[LineInput(-116000)])
        qtbot.addWidget(editor)
        editor.show()
        if accept:
            editor.try_accept()
        else:
            editor.reject()
    editor = SplitEditor(ctx, total=9582, lines=[LineInput(9582)], payee="Clip",
                         template="card-deposit")
    qtbot.addWidget(editor)
    editor.show()
    editor.templates.apply()
    editor.reject()
    found = counters(("split_editor.opened", "split_editor.saved", "split_editor.cancelled",
                      "template.applied"), "2000-01-01")
    assert found == {("split_editor.opened", ""): 4, ("split_editor.saved", ""): 1,
                     ("split_editor.cancelled", ""): 3,
                     ("template.applied", "card-deposit"): 1}
