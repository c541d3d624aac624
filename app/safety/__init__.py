"""What guards a book: the crash marker, read-only inspection, the invariants check, fault
hooks for tests.
"""
