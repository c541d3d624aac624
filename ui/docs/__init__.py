"""Screenshots and walkthroughs of the real windows, for the guides."""
