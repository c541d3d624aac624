"""Editing transactions: the transaction and split editors, templates, a transaction's
history (its undo commands are `ui.common.undo`).
"""
