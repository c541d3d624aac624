"""Monitoring in the desktop app: the health view, its status bar badge, the exception
hook and the feedback and diagnostics dialogs (`app.monitor` does the work)."""
