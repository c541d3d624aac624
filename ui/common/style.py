"""The few colours every window shares, so an error looks the same everywhere.

Errors are red text next to their field (`ERROR_STYLE`) or a red cell (`ERROR` /
`ERROR_BACKGROUND`); quiet explanations are grey (`MUTED_STYLE`); greyed-out rows
(archived accounts, unassigned amounts) use `DIM`; a split transaction's summary is
`SPLIT_BLUE`; a passed check is `OK`.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

ERROR_COLOR = "#b3261e"
ERROR_BACKGROUND_COLOR = "#f9dedc"
OK_COLOR = "#2e7d32"
MUTED_COLOR = "#5f6368"
DIM_COLOR = "#7a7a7a"
SPLIT_BLUE_COLOR = "#1f5fa8"

#: Style sheets of a label.
ERROR_STYLE = f"color: {ERROR_COLOR};"
MUTED_STYLE = f"color: {MUTED_COLOR};"


ERROR = QColor(ERROR_COLOR)
ERROR_BACKGROUND = QColor(ERROR_BACKGROUND_COLOR)
OK = QColor(OK_COLOR)
DIM = QColor(DIM_COLOR)
SPLIT_BLUE = QColor(SPLIT_BLUE_COLOR)
