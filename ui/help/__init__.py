"""The help browser."""
