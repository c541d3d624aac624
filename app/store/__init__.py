"""How a book is kept: engines, models, schema revisions, opening a book and its unit of
work, creating books, fingerprints, who is acting, the book's lock, safe file writes,
the read-only look at a book's state (inspect), the crash marker and the invariants check.
"""
