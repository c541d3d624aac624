"""The upgrade wizard and its pages."""
