"""The desktop app: PySide6 windows, dialogs and Qt item models over `app` services.

Never writes SQL and never opens the book's files itself; long work runs off the UI
thread through `ui.common.operations`.
"""
