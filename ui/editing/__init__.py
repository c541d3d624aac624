"""Editing transactions: the transaction and split editors, templates, undo, a
transaction's history.
"""
