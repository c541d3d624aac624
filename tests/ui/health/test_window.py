"""The health view (Help ▸ Health…) on an upgraded book with splits, and its status
bar badge (issue 14)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from app.monitor import metrics, thresholds
from app.store.schema import HEAD


def test_the_health_view_shows_timings_adoption_and_the_upgrade_run(
        upgraded, qtbot, tmp_path: Path) -> None:
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
    assert run[1] == f"0001 → {HEAD}" and run[2] == "upgraded"
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
        upgraded, qtbot) -> None:
    from ui.main.window import MainWindow

    main = MainWindow(upgraded, load_in_background=False)
    qtbot.addWidget(main)
    from ui.health.badge import HealthBadge

    badge = main.health_badge
    assert isinstance(badge, HealthBadge)
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


def test_the_help_menu_has_health_and_feedback(upgraded, qtbot) -> None:
    from ui.main.window import MainWindow

    main = MainWindow(upgraded, load_in_background=False)
    qtbot.addWidget(main)
    help_menu = main.menus["menu_help"]
    texts = [a.text() for a in help_menu.actions() if a.text()]
    assert texts[:4] == ["&Contents", "&What changed in this version", "&Health…",
                         "Send &feedback…"]
    main.acts["feedback"].trigger()
    dialog = main.windows["feedback"]
    assert dialog.isVisible() and dialog.window_title == main.windowTitle()
    dialog.reject()


def test_the_report_button_writes_the_pdf(upgraded, qtbot, tmp_path: Path) -> None:
    from ui.health.window import HealthWindow

    window = HealthWindow(upgraded, synchronous=True)
    qtbot.addWidget(window)
    out = tmp_path / "report.pdf"
    window.write_report(str(out))
    assert out.read_bytes().startswith(b"%PDF")
    assert str(out) in window.status.text()
