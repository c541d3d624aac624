"""The training guides and administrator procedures (Markdown, with images in `images/`).

Package data, not code: `app.docs.guides` reads these files through
`importlib.resources`, so they travel inside the wheel and the frozen build. See
README.md in this folder for how a guide is written.
"""
