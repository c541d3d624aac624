"""The reports window."""
