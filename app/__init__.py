"""Cuentas: everything that is not a widget (money, splits, services, upgrade, reports).

Never imports PySide6 or `ui`; a test imports `app` in a fresh interpreter and checks.
"""

__version__ = "2.0.0"
