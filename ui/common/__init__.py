"""What every window shares: operations off the UI thread, the change hub, the per-book
context, formats, targets, tr(), prompts, delegates.
"""
