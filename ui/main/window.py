"""The main window: accounts with balances on the left, the register of the chosen
account on the right, menus, toolbar and status bar.

Every edit goes through `ui.common.undo` commands on the book's undo stack (Edit › Undo);
views refresh when the hub (`ui.common.events`) says the book changed, and other windows
(settings, reports, flags) can ask the same with `hub().notify(...)` or by calling
`refresh()`. Window geometry and splitter state are kept in QSettings under the
user's config folder. Everything is reachable from the keyboard: Ctrl+1 accounts,
Ctrl+2 register, Ctrl+F filter, Ctrl+N new, Enter or Ctrl+E edit, Ctrl+S split,
Del delete, Ctrl+K cleared, F1 help.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.errors import CuentasError
from app.ledger.accounts import AccountView
from app.ledger.transactions import LineInput, get_transaction
from app.ledger.transactions import TransactionView as TxnView
from app.store.book import Book
from ui.common import operations
from ui.common.context import BookContext
from ui.common.events import OpChanges, hub
from ui.common.translate import plural, tr
from ui.common.undo import (
    BookCommand,
    ConvertToSingle,
    DeleteTransaction,
    SetCleared,
    edit_command,
    redo_shortcuts,
)
from ui.editing.split_editor import SplitEditor
from ui.editing.transaction_editor import TransactionEditor
from ui.main.accounts_view import AccountsView
from ui.main.category_manager import CategoryManager
from ui.main.register_view import RegisterPanel


def window_settings() -> QSettings:
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    def __init__(self, book: Book, *, switch_book: Callable[[str], None] | None = None,
                 load_in_background: bool = True, background_work: bool = False) -> None:
        """`background_work` (the running app, not tests or screenshots) starts the
        book's daily backup, its on-close backup and the search index build."""
        super().__init__()
        self.book = book
        self.background_work = background_work
        self._tasks: list[Any] = []
        self._index_task: Any = None
        self._closed = False
        # The undo stack belongs to the book's context, not to the window: Qt would
        # otherwise delete it (emitting indexChanged) half-way through the window.
        self.ctx = BookContext.open(book)
        self.switch_book = switch_book
        self.setObjectName("mainWindow")
        self.setWindowTitle(tr("{book} — Cuentas").format(book=book.display_name))
        self.accounts = AccountsView(book, self.ctx.formats)
        self.accounts.account_selected.connect(self._account_selected)
        self.accounts.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.accounts.customContextMenuRequested.connect(self._account_menu)
        self.accounts.accounts_loaded.connect(self._update_status)
        self.archived_box = QCheckBox(tr("Show archived"))
        self.archived_box.toggled.connect(self._set_show_archived)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.accounts, 1)
        left_layout.addWidget(self.archived_box)
        self.register = RegisterPanel(book, self.ctx.formats, self.ctx.undo, self.ctx.targets,
                                      features=lambda: self.ctx.features)
        self.register.open_requested.connect(self.edit_transaction)
        self.register.new_account_requested.connect(self.new_account)
        self.register.context_requested.connect(self._context_menu)
        self.register.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.register.view.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_actions())
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.register)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([270, 1010])
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.splitter)
        self.setCentralWidget(container)

        self.acts: dict[str, QAction] = {}
        self.windows: dict[str, QWidget] = {}
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.status_book = QLabel()
        self.status_count = QLabel()
        self.status_user = QLabel()
        for label in (self.status_book, self.status_count, self.status_user):
            self.statusBar().addPermanentWidget(label)
        from ui.health.badge import install_badge

        self.health_badge = install_badge(self, start=background_work)  # alerts
        self.ctx.undo.stack.indexChanged.connect(self._undo_moved)
        self.register.model.modelReset.connect(self._update_actions)
        hub().operation_did_execute.connect(self._on_operation)
        self._restore_state()
        self._update_status()
        self._update_actions()
        self.accounts.load(background=load_in_background)
        if background_work:
            QTimer.singleShot(1500, self._start_background_work)
            self._daily = QTimer(self)
            self._daily.timeout.connect(self._daily_backup)
            self._daily.start(60 * 60 * 1000)  # a book left open past midnight still gets it

    # ---------------------------------------------------------------- background work
    def _start_background_work(self) -> None:
        """After the window shows: today's backup when due, and the search index."""
        self._daily_backup()
        self._build_search_index()

    def _build_search_index(self) -> None:
        """Build (or catch up with) the text-search index in the background, unless a
        build is running already (SQLite books; an import leaves its rows to this)."""
        running = self._index_task is not None and not self._index_task.finished
        if self.book.engine.dialect.name != "sqlite" or running:
            return
        from app.ledger.search_index import build
        from ui.common.background import Task

        book = self.book
        self._index_task = Task(lambda p: build(book, p), self,
                                name="cuentas-search-index").start()
        self._tasks.append(self._index_task)

    def _daily_backup(self) -> None:
        from ui.backup.dialogs import maybe_daily_backup

        self._tasks = [t for t in self._tasks if not t.finished]
        self._tasks.append(maybe_daily_backup(self.book))

    def backup_now(self) -> None:
        from ui.backup.dialogs import backup_now

        self._tasks.append(backup_now(self))

    def restore_from_backup(self) -> None:
        from ui.backup.dialogs import restore_from_backup

        self.windows["restore"] = restore_from_backup(self)

    # ---------------------------------------------------------------- actions
    def _action(self, key: str, text: str, slot: Callable[..., object], shortcut: object = None,
                icon: QStyle.StandardPixmap | None = None, tip: str = "",
                checkable: bool = False) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"action_{key}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if tip:
            action.setStatusTip(tip)
        action.setCheckable(checkable)
        if checkable:
            action.toggled.connect(slot)
        else:  # never pass `checked` (False) on: it would land in the slot's first argument
            action.triggered.connect(lambda _checked=False: slot())
        self.acts[key] = action
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        keys = QKeySequence.StandardKey
        self._action("new_book", tr("&New book…"), self.new_book, "Ctrl+Shift+N")
        self._action("open", tr("&Open…"), self.open_book_file, keys.Open, sp.SP_DialogOpenButton)
        self._action("open_demo", tr("Open &demo book"), self.open_demo)
        self._action("backup_now", tr("&Backup now"), self.backup_now, "Ctrl+Shift+B",
                     sp.SP_DialogSaveButton, tr("Make a verified copy of the book now"))
        self._action("restore", tr("&Restore from backup…"), self.restore_from_backup)
        self._action("import", tr("&Import…"), self.import_statement, "Ctrl+I", None,
                     tr("Import a QIF, OFX/QFX or CSV statement into an account"))
        self._action("export", tr("E&xport…"), self.export_book)
        self._action("imports", tr("Undo i&mport…"), self.open_imports)
        self._action("quit", tr("&Quit"), self.close, "Ctrl+Q")
        undo = self.ctx.undo.stack.createUndoAction(self, tr("&Undo"))
        undo.setShortcut(QKeySequence(keys.Undo))
        undo.setIcon(self.style().standardIcon(sp.SP_ArrowBack))
        redo = self.ctx.undo.stack.createRedoAction(self, tr("&Redo"))
        redo.setShortcuts(redo_shortcuts(QKeySequence.keyBindings(keys.Redo)))
        redo.setIcon(self.style().standardIcon(sp.SP_ArrowForward))
        self.acts["undo"], self.acts["redo"] = undo, redo
        self.addActions([undo, redo])
        self._action("new_txn", tr("&New transaction…"), self.new_transaction, keys.New,
                     sp.SP_FileIcon, tr("Enter a new movement in this account"))
        self._action("edit_txn", tr("&Edit transaction…"), self.edit_transaction, "Ctrl+E",
                     sp.SP_FileDialogDetailedView)
        self._action("delete_txn", tr("&Delete transaction"), self.delete_transactions,
                     keys.Delete, sp.SP_TrashIcon)
        self._action("split", tr("&Split…"), self.split_transaction, "Ctrl+S",
                     sp.SP_FileDialogListView, tr("Spread the movement over several categories"))
        self._action("to_single", tr("Convert to single &category"), self.convert_to_single)
        self._action("cleared", tr("Mark c&leared / not cleared"), self.toggle_cleared, "Ctrl+K")
        self._action("show_archived", tr("Show &archived accounts"), self._set_show_archived,
                     checkable=True)
        self._action("filter", tr("&Filter…"), self.focus_filter, keys.Find)
        self._action("focus_accounts", tr("Go to &accounts"), self.accounts.setFocus, "Ctrl+1")
        self._action("focus_register", tr("Go to &register"), self.register.view.setFocus,
                     "Ctrl+2")
        self._action("refresh", tr("&Refresh"), self.refresh, keys.Refresh)
        self._action("new_account", tr("New &account…"), self.new_account, "Ctrl+Shift+A")
        self._action("edit_account", tr("Account &details…"), self.edit_account)
        self._action("archive_account", tr("A&rchive account"), self.toggle_archived)
        self._action("categories", tr("&Categories…"), self.open_categories, "Ctrl+Shift+C",
                     sp.SP_DirIcon)
        # Windows of their own modules, imported when first opened (start-up stays light).
        for key, text, shortcut in (
            ("reports", tr("&Reports…"), "Ctrl+R"),
            ("search", tr("&Search transactions…"), "Ctrl+Shift+F"),
            ("settings", tr("Se&ttings…"), "Ctrl+,"),
            ("history", tr("Transaction &history…"), "Ctrl+H"),
            ("audit", tr("&Audit log…"), ""),
            ("health", tr("&Health…"), ""),
            ("feedback", tr("Send &feedback…"), ""),
        ):
            self._action(key, text, lambda _c=False, k=key: self.open_window(k), shortcut,
                         sp.SP_FileDialogContentsView if key == "reports" else None)
        self._action("help", tr("&Contents"), self.show_help, keys.HelpContents,
                     sp.SP_DialogHelpButton)
        self._action("changes", tr("&What changed in this version"), self.show_changes)
        self._action("about", tr("&About Cuentas"), self.about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        a = self.acts
        for name, title, keys in (
                ("file", tr("&File"), ["new_book", "open", "open_demo", None, "import",
                                       "export", None, "backup_now", "restore", None,
                                       "quit"]),
                ("edit", tr("&Edit"), ["undo", "redo", "imports", None, "new_txn", "edit_txn",
                                       "delete_txn", None, "split", "to_single", "cleared",
                                       "history", None, "new_account", "edit_account",
                                       "archive_account"]),
                ("view", tr("&View"), ["show_archived", "filter", None, "focus_accounts",
                                       "focus_register", None, "refresh"]),
                ("tools", tr("&Tools"), ["categories", "reports", "search", None, "audit",
                                         "settings"]),
                ("help", tr("&Help"), ["help", "changes", None, "health", "feedback", None,
                                       "about"])):
            menu = bar.addMenu(title)
            menu.setObjectName(f"menu_{name}")  # the same in every language
            for key in keys:
                if key is None:
                    menu.addSeparator()
                elif key in a:
                    menu.addAction(a[key])
        self.menus = {m.objectName(): m for m in bar.findChildren(QMenu)}

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for key in ("new_txn", "edit_txn", "split", "delete_txn", None, "undo", "redo", None,
                    "categories", "reports"):
            if key is None:
                toolbar.addSeparator()
            elif key in self.acts:
                toolbar.addAction(self.acts[key])
        for key in ("undo", "redo"):  # "Undo Apply template …" would push the toolbar about
            button = toolbar.widgetForAction(self.acts[key])
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.addToolBar(toolbar)

    def _update_actions(self) -> None:
        writable = self.ctx.can_write
        account = self.accounts.account(self.accounts.selected_id)
        self.acts["new_account"].setEnabled(writable)
        self.acts["import"].setEnabled(writable)
        self.acts["edit_account"].setEnabled(writable and account is not None)
        self.acts["archive_account"].setEnabled(writable and account is not None)
        self.acts["archive_account"].setText(
            tr("Un&archive account") if account is not None and account.archived
            else tr("A&rchive account"))
        has_account = self.register.account_id is not None
        row = self.register.model.row_at(self.register.view.currentIndex().row())
        allows = self.ctx.features.for_lines(len(row.lines)) if row is not None else None
        for key in ("new_txn",):
            self.acts[key].setEnabled(writable and has_account)
        for key in ("edit_txn", "history"):
            if key in self.acts:
                self.acts[key].setEnabled(row is not None)
        editable = row is not None and allows is not None and allows.editable
        for key in ("delete_txn", "cleared"):
            self.acts[key].setEnabled(writable and editable)
        self.acts["split"].setEnabled(writable and editable and allows is not None
                                      and allows.can_split)
        self.acts["to_single"].setEnabled(writable and editable and row is not None
                                          and row.is_split)
        reason = allows.reason if allows is not None else ""
        self.acts["split"].setToolTip(reason or self.acts["split"].text().replace("&", ""))
        stack = self.ctx.undo.stack
        self.acts["undo"].setEnabled(writable and stack.canUndo())
        self.acts["redo"].setEnabled(writable and stack.canRedo())

    def _undo_moved(self, _index: int) -> None:
        import shiboken6

        if shiboken6.isValid(self.ctx.undo.stack) and shiboken6.isValid(self):
            self._update_actions()

    def _update_status(self) -> None:
        n = sum(a.transactions for a in self.accounts.accounts)
        self.status_book.setText(self.book.display_name)
        self.status_book.setToolTip(self.book.location if not self.book.is_shared else "")
        self.status_count.setText(plural(n, tr("1 transaction"), tr("{n} transactions"))
                                  .format(n=self.ctx.formats.count(n)))
        actor = self.book.actor
        roles = {"owner": tr("owner"), "bookkeeper": tr("bookkeeper"), "viewer": tr("viewer")}
        self.status_user.setText(tr("{name} ({role})").format(
            name=actor.name, role=roles.get(actor.role, actor.role)))

    # ---------------------------------------------------------------- views
    def refresh(self) -> None:
        """Reload everything from the book (other windows call this after writes)."""
        self.ctx.targets.reload()
        self.accounts.load()
        self.register.refresh()

    def _on_operation(self, changes: OpChanges, initiator: object) -> None:
        if changes.book:
            self.setWindowTitle(tr("{book} — Cuentas").format(book=self.book.display_name))
            self._update_status()
        if isinstance(initiator, BookCommand):
            message = initiator.text()
            if initiator.undone:  # not "… — Ctrl+Z to undo" of what was just undone
                redo = self.acts["redo"].shortcut().toString(
                    QKeySequence.SequenceFormat.NativeText)
                self.statusBar().showMessage(tr("Undone: {what} — {key} to redo").format(
                    what=message, key=redo), 5000)
            else:
                self.statusBar().showMessage(
                    tr("{what} — Ctrl+Z to undo").format(what=message), 5000)
            from ui.common.operations.imports import ImportCommand

            if isinstance(initiator, ImportCommand) and self.background_work:
                self._build_search_index()  # the import left its rows to the build
        self._update_actions()

    def _account_selected(self, account: AccountView | None) -> None:
        if account is None:
            self.register.show_account(None, tr("No account yet"))
        else:
            self.register.show_account(account.id, account.name)
        self._update_actions()

    def _set_show_archived(self, show: bool) -> None:
        for widget in (self.archived_box, self.acts["show_archived"]):
            widget.blockSignals(True)
            widget.setChecked(show)
            widget.blockSignals(False)
        self.accounts.set_show_archived(show)

    def focus_filter(self) -> None:
        self.register.filter.setFocus()
        self.register.filter.selectAll()

    def _account_name(self) -> str:
        account = self.accounts.account(self.register.account_id)
        return account.name if account else ""

    # ---------------------------------------------------------------- editing
    def new_transaction(self) -> None:
        if self.register.account_id is None:
            return
        self.register.discard_draft()
        editor = TransactionEditor(self.ctx, self.register.account_id, None, self,
                                   account_name=self._account_name())
        editor.accepted.connect(lambda: self._select_saved(editor.command))
        editor.open()
        self.editor = editor

    def edit_transaction(self, txn_id: int | None = None) -> None:
        if txn_id is None or isinstance(txn_id, bool):  # bool: an `int` that is no id
            txn_id = self.register.current_txn_id()
        if txn_id is None or self.register.account_id is None:
            return
        if not self.register.save_draft():
            return
        editor = TransactionEditor(self.ctx, self.register.account_id, txn_id, self,
                                   account_name=self._account_name())
        editor.accepted.connect(lambda: self._select_saved(editor.command))
        editor.open()
        self.editor = editor

    def _select_saved(self, command: BookCommand | None) -> None:
        txn_id = command.focus_id() if command is not None else None
        if txn_id is not None:
            self.register.select_txn(txn_id)

    def split_transaction(self, template: str | None = None) -> None:
        txn_id = self.register.current_txn_id()
        if txn_id is None or not self.register.save_draft():
            return
        view = get_transaction(self.book, txn_id)

        def save(total: int, lines: tuple[LineInput, ...]) -> None:
            self.ctx.undo.push(self._split_command(view, total, lines, editor.template_used))

        editor = SplitEditor(self.ctx, total=view.amount,
                             lines=[line.as_input() for line in view.lines],
                             account_id=view.account_id, payee=view.payee, date=view.date,
                             save=save, template=template if isinstance(template, str) else None,
                             parent=self)
        editor.open()
        self.split_editor = editor

    def _split_command(self, view: TxnView, total: int, lines: tuple[LineInput, ...],
                       template: str | None) -> BookCommand:
        from dataclasses import replace

        return edit_command(self.ctx.undo, view, replace(view.as_input(), amount=total,
                                                          lines=lines),
                            template=template, edit_text=tr("Edit split"))

    def convert_to_single(self) -> None:
        self._push(lambda txn_id: ConvertToSingle(self.ctx.undo, txn_id))

    def delete_transactions(self) -> None:
        ids = self.register.selected_txn_ids()
        if not ids:
            return
        stack = self.ctx.undo.stack
        if len(ids) > 1:
            stack.beginMacro(tr("Delete {n} transactions").format(n=len(ids)))
        try:
            for txn_id in ids:
                self.ctx.undo.push(DeleteTransaction(self.ctx.undo, txn_id))
        except CuentasError as exc:
            operations.show_error(self, exc)
        finally:
            if len(ids) > 1:
                stack.endMacro()

    def toggle_cleared(self) -> None:
        ids = self.register.selected_txn_ids()
        if not ids:
            return
        first = self.register.model.row_at(self.register.view.currentIndex().row())
        cleared = not (first.cleared if first else False)
        try:
            self.ctx.undo.push(SetCleared(self.ctx.undo, ids, cleared))
        except CuentasError as exc:
            operations.show_error(self, exc)

    def _push(self, make: Callable[[int], BookCommand]) -> None:
        txn_id = self.register.current_txn_id()
        if txn_id is None:
            return
        try:
            self.ctx.undo.push(make(txn_id))
        except CuentasError as exc:
            self.register.show_error(exc)

    def _context_menu(self, pos: object) -> None:
        menu = QMenu(self)
        for key in ("edit_txn", "split", "to_single"):
            menu.addAction(self.acts[key])
        templates = menu.addMenu(tr("Apply &template"))
        templates.setEnabled(self.acts["split"].isEnabled())
        from app.ledger.templates import list_templates

        for info in list_templates(self.book):
            action = templates.addAction(info.title)
            action.triggered.connect(lambda _c=False, n=info.name: self.split_transaction(n))
        menu.addSeparator()
        for key in ("cleared", "delete_txn"):
            menu.addAction(self.acts[key])
        menu.popup(pos)  # type: ignore[arg-type]
        self.context_menu = menu

    # ---------------------------------------------------------------- import and export
    def import_statement(self) -> None:
        from ui.imports.wizard import open_import

        self.windows["import"] = open_import(self.ctx, self, self.register.account_id)

    def export_book(self) -> None:
        from ui.imports.export_dialog import ExportDialog

        dialog = ExportDialog(self.ctx, self)
        dialog.open()
        self.windows["export"] = dialog

    def open_imports(self) -> None:
        from ui.imports.batches_dialog import BatchesDialog

        dialog = BatchesDialog(self.ctx, self)
        dialog.open()
        self.windows["imports"] = dialog

    # ---------------------------------------------------------------- accounts
    def new_account(self) -> None:
        from ui.main.account_dialog import AccountDialog

        dialog = AccountDialog(self.book, self.ctx.formats, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self.accounts.select_account_when_loaded(dialog.saved.id)

    def edit_account(self) -> None:
        from ui.main.account_dialog import AccountDialog

        account = self.accounts.account(self.accounts.selected_id)
        if account is None:
            return
        dialog = AccountDialog(self.book, self.ctx.formats, account, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self._account_selected(dialog.saved)  # the register's title follows a rename

    def toggle_archived(self) -> None:
        from ui.main.account_dialog import set_archived

        account = self.accounts.account(self.accounts.selected_id)
        if account is not None:
            set_archived(self.book, account, not account.archived, self)

    def _account_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for key in ("new_account", "edit_account", "archive_account"):
            menu.addAction(self.acts[key])
        menu.exec(self.accounts.viewport().mapToGlobal(pos))

    def open_categories(self) -> None:
        manager = CategoryManager(self.ctx, self)
        manager.open()
        self.category_manager = manager

    def open_window(self, key: str) -> None:
        """Reports, search, settings, history and the audit log (modules of their own)."""
        book = self.book
        if key == "reports":
            from ui.reports.window import open_reports

            reports = open_reports(self, book)
            reports.transaction_activated.connect(self.show_transaction)
            self.windows[key] = reports
        elif key == "search":
            from ui.search.window import open_search

            search = open_search(self, book)
            search.transaction_activated.connect(self.show_transaction)
            self.windows[key] = search
        elif key == "settings":
            from ui.settings.dialog import SettingsDialog

            settings = SettingsDialog(book, self)
            settings.open()
            self.windows[key] = settings
        elif key == "history":
            from ui.editing.history_dialog import HistoryDialog

            txn_id = self.register.current_txn_id()
            if txn_id is None:
                return
            history = HistoryDialog(book, txn_id, self)
            history.open()
            self.windows[key] = history
        elif key == "audit":
            from ui.settings.audit_log_view import AuditLogDialog

            audit = AuditLogDialog(book, self)
            audit.show()
            self.windows[key] = audit
        elif key in ("health", "feedback"):  # ui.health: monitoring (issue 14)
            from ui.health.window import open_health, send_feedback

            self.windows[key] = (open_health(self, book) if key == "health"
                                 else send_feedback(self, book))

    def show_transaction(self, txn_id: int) -> None:
        """Bring the main window forward on `txn_id` in its account's register."""
        from app.errors import BadInput
        from app.ledger.transactions import get_transaction

        try:
            view = get_transaction(self.book, txn_id)
        except BadInput:  # deleted meanwhile
            self.statusBar().showMessage(tr("That transaction no longer exists."), 5000)
            return
        self.accounts.select_account(view.account_id)
        self.register.select_txn(txn_id)
        self.raise_()
        self.activateWindow()

    def show_help(self) -> None:
        try:
            from ui.help.browser import show_help  # type: ignore[import-not-found,unused-ignore]
        except ImportError:
            self.statusBar().showMessage(tr("The help is not installed."), 5000)
            return
        show_help(self, "getting-started", None)

    def show_changes(self) -> None:
        from ui.help.browser import show_help

        show_help(self, "changes", None)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from app.release import describe

        QMessageBox.about(self, tr("About Cuentas"), tr(
            "<b>Cuentas {version}</b><p>Bookkeeping for a small business, with split "
            "transactions.</p>").format(version=describe()))

    # ---------------------------------------------------------------- books
    def _switch(self, location: str) -> None:
        if self.switch_book is not None:
            self.switch_book(location)

    def open_book_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Open a book"), str(paths.books_dir()),
            tr("Cuentas books (*.cuentas *.db *.sqlite);;All files (*)"))
        if path:
            self._switch(path)

    def open_demo(self) -> None:
        from ui.common.operations.books import demo_book

        self._switch(str(demo_book(self).run_now()))

    def new_book(self) -> None:
        from ui.launch.first_start import NewBookDialog

        dialog = NewBookDialog(self)
        dialog.created.connect(self._switch)
        dialog.open()
        self.new_book_dialog = dialog

    # ---------------------------------------------------------------- state
    def _restore_state(self) -> None:
        settings = window_settings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = settings.value("main/state")
        if state is not None:
            self.restoreState(state)
        splitter = settings.value("main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        settings = window_settings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        settings.setValue("main/splitter", self.splitter.saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:  # a second close (the application's, after the window's own)
            super().closeEvent(event)
            return
        if self.register.model.draft is not None and not self.register.save_draft():
            event.ignore()
            return
        self.save_state()
        for task in self._tasks:  # the index build stops at its next step; a backup ends
            task.request_stop()
        for task in self._tasks:
            task.join()
        if self.background_work:
            from ui.backup.dialogs import changed_since_open, forget_changes, on_book_closing

            on_book_closing(self.book, changed_since_open(self.book))
            forget_changes(self.book)
        hub().operation_did_execute.disconnect(self._on_operation)
        self.ctx.undo.stack.indexChanged.disconnect(self._undo_moved)
        self.ctx.close()
        self._closed = True
        super().closeEvent(event)
