"""The desktop in Spanish (issue 13): with the interface in Spanish, the main window,
the split editor, the upgrade wizard, the reports and the settings show Spanish only —
our words from `ui/i18n/cuentas_es.ts`, app's from `app/i18n/cuentas_es.ts` and Qt's own
buttons from `qtbase_es.qm` — and no English word is left in a button, menu, label,
header or field hint; no button is narrower than its (longer) Spanish text.

The catalogues themselves are checked by tests/test_translations.py."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTreeView,
    QWidget,
    QWizard,
)

from app import i18n
from app.ledger.transactions import LineInput
from ui import application

#: Words that are English and not Spanish. A text with one of them has a leftover.
ENGLISH = frozenset(re.findall(r"\w+", """
    the of and to is for with this that your you not from by on at it be are was will can
    has have or an all any into its new open save close cancel edit delete add file view
    help tools settings account accounts transaction transactions amount date payee memo
    category categories balance report reports backup backups upgrade split search filter
    next back finish done yes ok apply template lines line remainder unassigned over
    balanced rate tax income expense expenses deposit payment cleared show hide undo redo
    quit about contents what when who why here book books restore stop keep choose change
    until now today only more less none other some each every first last before after
    owner viewer bookkeeper features users period reference kind role stage
    checking backing upgrading saving finishing looking locking border region
"""))
TAG = re.compile(r"<[^>]+>|&\w+;")
#: A file's path or a web address: the user's, not words of the interface.
PATH = re.compile(r"\S*[/\\]\S*")
#: A locale's code (`it_IT`), a currency's (`MXN`) or a setting's key: not words.
CODE = re.compile(r"\b[a-z]{2}_[A-Z]{2}\b|\b[A-Z]{3}\b|\b\w+_\w+\b")


@pytest.fixture
def spanish(qapp) -> Iterator[None]:
    """The interface in Spanish, as `cuentas` starts with the system or the setting in
    Spanish: the real catalogues (compiled on first use, `ui.i18n`)."""
    installed = application.install_translators(qapp, "es")
    assert i18n.language() == "es" and len(installed) == 2  # Qt's qtbase and ours
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


def words_of(widget: QWidget) -> list[str]:
    """Every text a person reads in `widget` and its children: titles, labels, buttons,
    menus and their actions, group titles, field hints, combo entries, tooltips and the
    headers of tables (not their data: payees and categories are the book's)."""
    texts = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
        elif isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        elif isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        elif isinstance(child, QMenu):
            texts.append(child.title())
        elif isinstance(child, QTableView | QTreeView) and child.model() is not None:
            model = child.model()
            texts += [str(model.headerData(i, Qt.Orientation.Horizontal) or "")
                      for i in range(model.columnCount(QModelIndex()))]
        elif isinstance(child, QHeaderView):
            continue
        texts.append(child.toolTip())
        if isinstance(child, QWizard):
            page = child.currentPage()
            if page is not None:
                texts += [page.title(), page.subTitle()]
    for action in widget.findChildren(QAction):
        texts += [action.text(), action.statusTip()]
    return [t for t in texts if t]


def english_in(texts: list[str]) -> list[str]:
    found = []
    for text in texts:
        plain = CODE.sub(" ", PATH.sub(" ", TAG.sub(" ", text))).replace("&", "")
        tokens = {w.lower() for w in re.findall(r"[^\W\d_]+", plain)}  # canceló is one word
        if tokens & ENGLISH:
            found.append(f"{plain!r}: {sorted(tokens & ENGLISH)}")
    return found


def narrow_buttons(widget: QWidget) -> list[str]:
    """Visible buttons narrower than their text needs (Spanish is about a quarter
    longer: a fixed width made for English cuts it)."""
    return [button.text() for button in widget.findChildren(QAbstractButton)
            if button.isVisible() and button.text()
            and button.width() + 1 < button.sizeHint().width()]


def check(widget: QWidget) -> None:
    assert english_in(words_of(widget)) == []
    assert narrow_buttons(widget) == []


def test_the_detector_sees_english(spanish, qtbot) -> None:
    """The checks can fail: an English label and a squeezed button are found."""
    box = QWidget()
    qtbot.addWidget(box)
    QLabel("Saldo inicial", box)
    label = QLabel("Save the <b>file</b>", box)
    label.move(0, 30)
    from PySide6.QtWidgets import QPushButton

    button = QPushButton("Guardar como plantilla…", box)
    button.setFixedWidth(40)
    box.show()
    assert english_in(words_of(box)) == ["'Save the  file ': ['file', 'save', 'the']"]
    assert narrow_buttons(box) == ["Guardar como plantilla…"]


def test_the_main_window_in_spanish(spanish, qtbot, demo_book) -> None:
    from ui.main.window import MainWindow

    window = MainWindow(demo_book, load_in_background=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Archivo", "&Editar", "&Ver", "&Herramientas", "A&yuda"]
    headers = [window.register.model.headerData(i, Qt.Orientation.Horizontal)
               for i in range(window.register.model.columnCount())]
    assert headers[:3] == ["Fecha", "Ref.", "Beneficiario"] and "Cargo" in headers
    assert "movimientos" in window.status_count.text()
    check(window)


def test_the_split_editor_in_spanish(spanish, qtbot, ctx) -> None:
    from ui.editing.split_editor import SplitEditor

    editor = SplitEditor(ctx, total=9582, lines=[LineInput(9582)], payee="Clip",
                         template="card-deposit")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.templates.fields["fee_rate"].setText("3.6")
    assert editor.templates.apply()
    assert editor.bar.text() == "Cuadra"
    assert editor.templates.combo.currentText() == "Depósito de tarjeta o terminal"
    buttons = editor.findChild(QDialogButtonBox)
    assert buttons is not None and {b.text() for b in buttons.buttons()} >= {
        "Aceptar", "Cancelar"}  # Qt's own, from qtbase_es
    check(editor)
    editor.model.set_total(9619)
    assert editor.bar.text() == "0.37 sin asignar"


def test_the_editor_s_invoices_signs_and_bases_in_spanish(spanish, qtbot, ctx) -> None:
    """Issue 13's editor: the combined payment's table of invoices, the gross-sale note,
    the remaining bar's hint on a line that goes the other way, the taxable base."""
    from ui.editing.split_editor import SplitEditor
    from ui.editing.split_lines import AMOUNT

    editor = SplitEditor(ctx, total=-116000, lines=[LineInput(-116000)],
                         template="combined-payment")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    invoices = editor.templates.invoices
    assert invoices is not None
    invoices.rows[0].total.setText("1,000.00")
    second = invoices.add_row()
    assert invoices.summary.text() == "Las facturas suman lo mismo que el movimiento: 1,160.00."
    second.total.setText("100")
    second.rate.setText("dieciséis")
    assert not editor.templates.apply()
    assert invoices.rows[1].error.text().startswith("Tasa de IVA:")
    assert invoices.summary.text() == "Las facturas suman 1,100.00 de 1,160.00: faltan 60.00."
    check(editor)
    editor.model.setData(editor.model.index(0, AMOUNT), "+500")
    assert editor.bar.hint.text().startswith("La línea 1 es dinero que entra (+500.00)")
    assert english_in([editor.bar.hint.text(), editor.notice.text()]) == []
    deposit = SplitEditor(ctx, total=953520, lines=[LineInput(953520)],
                          template="card-deposit")
    qtbot.addWidget(deposit)
    deposit.show()
    for key, value in (("fee_rate", "4"), ("iva_rate", "16"), ("gross", "10,000.00")):
        deposit.templates.fields[key].setText(value)
    assert deposit.templates.note.text().startswith("Se toma la venta total")
    assert deposit.templates.apply()
    deposit.model.setData(deposit.model.index(3, AMOUNT), "-64")
    assert deposit.notice.text() == ("Línea 4: base gravable -400.00, calculada del importe "
                                     "a la tasa de 16 %.")
    check(deposit)


def test_the_upgrade_wizard_in_spanish(spanish, qtbot, tmp_path: Path) -> None:
    from app.store.demo import write_legacy
    from ui.common import background
    from ui.upgrade.wizard import UpgradeWizard

    legacy = tmp_path / "tienda.cuentas"
    write_legacy(legacy, 200, 3, end=date(2026, 3, 31))
    wizard = UpgradeWizard(str(legacy), backup_dir=tmp_path / "respaldos")
    qtbot.addWidget(wizard)
    wizard.show()
    seen = []
    try:
        check(wizard)  # What's new
        seen.append(wizard.currentPage().title())
        wizard.next()
        qtbot.mouseClick(wizard.backup_page.start, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: wizard.prepared is not None and wizard.backup_task is None,
                        timeout=30_000)
        check(wizard)  # Backup, done
        seen.append(wizard.currentPage().title())
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentId() == UpgradeWizard.CHECK, timeout=60_000)
        check(wizard)
        seen.append(wizard.currentPage().title())
        wizard.next()
        check(wizard)
        seen.append(wizard.currentPage().title())
    finally:
        for task in (wizard.backup_task, wizard.upgrade_task):
            if task is not None:
                task.join(30)
        qtbot.waitUntil(background.idle, timeout=10_000)
    assert [TAG.sub("", t) for t in seen] == ["Novedades: movimientos divididos", "Respaldo",
                                             "Comprobación", "Listo"]


def test_reports_and_settings_in_spanish(spanish, qtbot, demo_book) -> None:
    from app.reports import Period
    from ui.reports.window import ReportsWindow
    from ui.settings.dialog import SettingsDialog

    reports = ReportsWindow(demo_book, synchronous=True)
    qtbot.addWidget(reports)
    reports.resize(1280, 800)
    reports.show()
    reports.report.setCurrentIndex(reports.report.findData("iva"))
    reports.refresh()
    assert reports.table is not None and reports.table.title == "Resumen de IVA"
    assert [c.title for c in reports.table.columns][1:4] == [
        "IVA trasladado", "IVA acreditable", "IVA retenido a favor"]
    assert reports.table.period != Period() or True
    check(reports)
    dialog = SettingsDialog(demo_book)
    qtbot.addWidget(dialog)
    dialog.show()
    for row in range(dialog.sections.count()):
        dialog.sections.setCurrentRow(row)
        check(dialog)
    assert [dialog.sections.item(i).text() for i in range(dialog.sections.count())] == [
        "General", "Funciones", "Usuarios", "Respaldos", "Monitoreo"]


def test_the_health_view_and_its_dialogs_in_spanish(spanish, qtbot, demo_book) -> None:
    """Help ▸ Health (every tab, with a book in use), feedback, the diagnostics bundle,
    the crash dialog and the PostgreSQL password prompt."""
    import time

    from app.monitor.errors import ErrorReport
    from app.monitor.health import gather
    from ui.docs.shots.health import sample_health
    from ui.health.crash import CrashDialog
    from ui.health.feedback import BundleDialog, FeedbackDialog
    from ui.health.window import HealthWindow
    from ui.launch.password import PasswordDialog

    window = HealthWindow(demo_book, synchronous=True)
    qtbot.addWidget(window)
    window.resize(1180, 780)
    window.show_health(sample_health(gather(demo_book, now=time.time())))
    window.show()
    assert window.windowTitle().startswith("Diagnóstico")
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        check(window)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Resumen", "Rendimiento", "Errores", "Adopción", "Comentarios"]
    report = ErrorReport(1, "KeyError", "ui/main/window.py:1", "", "Traceback …")
    dialogs = [FeedbackDialog(demo_book), BundleDialog(demo_book), CrashDialog(report),
               PasswordDialog("postgresql+psycopg://sandy@servidor/tienda", refused=True)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        check(dialog)


def test_the_import_dialogs_in_spanish(spanish, qtbot, ctx, ledger, tmp_path: Path) -> None:
    """File ▸ Import… (the statement, a CSV's columns, the preview with its reasons from
    app), the split rules, Edit ▸ Undo import… and File ▸ Export…."""
    from ui.common import operations
    from ui.imports.batches_dialog import BatchesDialog
    from ui.imports.export_dialog import ExportDialog
    from ui.imports.rules_dialog import RuleEditor, RulesDialog
    from ui.imports.wizard import MAPPING, PREVIEW, ImportWizard

    bank = ledger[1]
    source = tmp_path / "marzo.qif"
    source.write_text("!Type:Bank\nD03/02/2026\nT-45.00\nPCafé\nLGastos:Nuevos\n^\n"
                      "D03/45/2026\nT-5.00\nPMal\n^\n")
    wizard = ImportWizard(ctx, path=str(source), account_id=bank.id)
    qtbot.addWidget(wizard)
    wizard.show()
    check(wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW, timeout=10000)
    qtbot.waitUntil(operations.idle, timeout=10000)
    page = wizard.preview_page
    assert page.summary.text().startswith("2 filas — nuevas: 1")
    assert wizard.model.data(wizard.model.index(1, 7)).startswith(  # app's reason
        "línea 7: la fecha '03/45/2026' tiene 45 como día")
    assert "Gastos:Nuevos (gasto)" in page.missing.text()
    check(wizard)
    csv_file = tmp_path / "banco.csv"
    csv_file.write_text("Fecha;Concepto;Cargo;Abono\n02/03/2026;Renta;1.000,00;\n")
    columns = ImportWizard(ctx, path=str(csv_file))
    qtbot.addWidget(columns)
    columns.show()
    columns.next()
    qtbot.waitUntil(lambda: columns.currentId() == MAPPING, timeout=10000)
    qtbot.waitUntil(operations.idle, timeout=10000)
    check(columns)
    rules = RulesDialog(ctx)
    qtbot.addWidget(rules)
    rules.show()
    check(rules)
    editor = RuleEditor(ctx, None, rules)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.template.currentText() == "Depósito de tarjeta o terminal"
    check(editor)
    for dialog in (BatchesDialog(ctx), ExportDialog(ctx)):
        qtbot.addWidget(dialog)
        dialog.show()
        check(dialog)
