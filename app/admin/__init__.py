"""Running a book: user profiles, feature flags, the audit trail, sessions, the book's
settings and this computer's settings.
"""
