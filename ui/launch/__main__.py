"""`python -m ui.launch`: the `cuentas` command from a checkout; also the frozen
build's entry script (packaging/cuentas.spec)."""

from ui.launch import main

raise SystemExit(main())
