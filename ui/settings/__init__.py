"""The settings panel and the audit log view."""
