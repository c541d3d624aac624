"""What every window shares: the one write path (`operations` and its per-domain
modules, the book's undo stack in `undo`), work off the UI thread (`background`), the
change hub, the per-book context, formats, targets, tr(), prompts, delegates.
"""
