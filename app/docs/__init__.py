"""The guides of help/: their index and search, and the PDF handouts."""
