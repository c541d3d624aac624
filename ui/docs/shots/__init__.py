"""The screenshots for the guides, one module per area of the app; each defines
`screenshots(book, out_dir) -> list[Path]` (`ui.docs.screenshots.render_all` runs them)."""
