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
    assert not badge.isHidden() and badge.text() == "1 alert"
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


#: What the view says for one and for two of each count, in each language.
HEALTH_COUNTED = {
    "en": {"backups": ("(less than an hour ago). 1 backup in all.",
                       "(yesterday). 2 backups in all."),
           "errors": ("1 unexpected error in the last day, 1 in the last 7 days. 0 of 1 "
                      "measured operation failed last week",
                      "2 unexpected errors in the last day, 2 in the last 7 days. 0 of 2 "
                      "measured operations failed last week"),
           "checks": ("1 → 1 transaction; 1 balance equal; 1 category total equal",
                      "2 → 2 transactions; 2 balances equal; 2 category totals DIFFERENT"),
           "editor": ("The split editor was opened once, saved 1 and cancelled 0",
                      "The split editor was opened 2 times, saved 1 and cancelled 1")},
    "es": {"backups": ("(hace menos de una hora). 1 respaldo en total.",
                       "(ayer). 2 respaldos en total."),
           "errors": ("1 error inesperado en el último día, 1 en los últimos 7 días. 0 de 1 "
                      "operación medida falló la semana pasada",
                      "2 errores inesperados en el último día, 2 en los últimos 7 días. 0 de 2 "
                      "operaciones medidas fallaron la semana pasada"),
           "checks": ("1 → 1 movimiento; 1 saldo igual; 1 total por categoría igual",
                      "2 → 2 movimientos; 2 saldos iguales; 2 totales por categoría "
                      "DISTINTOS"),
           "editor": ("El editor de división se abrió una vez, se guardó 1 y se canceló 0",
                      "El editor de división se abrió 2 veces, se guardó 1 y se canceló 1")},
}


def test_counts_read_one_and_two_and_backups_say_how_long_ago(
        language, upgraded, qtbot) -> None:
    """Issue 13's leftovers: "1 backup(s)" and "(0.0 days ago)" are gone."""
    from dataclasses import replace
    from datetime import datetime, timedelta

    from app.monitor.adoption import EditorUse
    from app.monitor.health import iso
    from ui.health.window import HealthWindow

    window = HealthWindow(upgraded, synchronous=True)
    qtbot.addWidget(window)
    h = window.health
    assert h is not None and h.backups is not None and h.adoption is not None
    now = datetime(2026, 3, 31, 15, 0).timestamp()
    yesterday = (datetime(2026, 3, 31, 15, 0) - timedelta(days=1)).timestamp()
    (run,) = h.upgrades
    expected = HEALTH_COUNTED[language]
    for i, (made, n) in enumerate(((now - 600, 1), (yesterday, 2))):
        window.show_health(replace(
            h, generated=now,
            backups=replace(h.backups, verified=iso(made), count=n),
            errors=replace(h.errors, last_day=n, last_week=n, operations=n, failed=0),
            upgrades=(replace(run, transactions_before=n, transactions_after=n, accounts=n,
                              categories=n, categories_equal=n == 1),),
            adoption=replace(h.adoption, editor=EditorUse(n, 1, n - 1))))
        assert window.backup_text.text().endswith(expected["backups"][i])
        assert window.errors_text.text().startswith(expected["errors"][i])
        assert window.upgrades.texts()[0][4] == expected["checks"][i]
        assert window.editor_text.text().startswith(expected["editor"][i])


ALERTS = {"en": ("1 alert", "2 alerts"), "es": ("1 aviso", "2 avisos")}


def test_the_badge_counts_one_alert_and_two_alerts(language, upgraded, qtbot) -> None:
    from app.monitor.health import Alert
    from ui.main.window import MainWindow

    main = MainWindow(upgraded, load_in_background=False)
    qtbot.addWidget(main)
    badge = main.health_badge
    alert = Alert("backup", "problem", "This book has no verified backup")
    badge.show_alerts([alert])
    assert badge.text() == ALERTS[language][0]
    badge.show_alerts([alert, alert])
    assert badge.text() == ALERTS[language][1]
