"""What every window shares: operations off the UI thread and the book's undo stack
(the one write path), the change hub, the per-book context, formats, targets, tr(),
prompts, delegates.
"""
