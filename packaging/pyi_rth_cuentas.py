"""PyInstaller runtime hook of the Cuentas build (packaging/cuentas.spec): runs in the
frozen program before Cuentas itself. The handouts' DejaVu fonts travel in the bundle's
`fonts/` folder; app/docs/handouts.py looks in $CUENTAS_FONT_DIR first."""

import os
import sys

_fonts = os.path.join(getattr(sys, "_MEIPASS", ""), "fonts")
if os.path.isdir(_fonts):
    os.environ.setdefault("CUENTAS_FONT_DIR", _fonts)
