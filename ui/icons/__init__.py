"""The Cuentas logo: `cuentas.svg` (drawn by hand) and its PNG sizes, rendered from it
by `packaging/render_icons.py` and committed. Package data, read through
`importlib.resources` (`ui.application.app_icon`) and copied by the installers."""
