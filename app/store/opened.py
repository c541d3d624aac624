"""A book open for work: the `Book` and the `session` lock that goes with it.

While the desktop app has a book open it holds the book's `session` lock
(`app.store.lock`), so no other program upgrades or restores the book behind its back.
`OpenBook` keeps the two together: whoever opened the book hands one object on, and
`close()` lets go of both — the book's connections first, then the lock. Nothing else
needs to know where the lock is kept.

The launch flow (`ui.launch.flow`) takes the lock before it looks at the book and
makes the `OpenBook` once the book has opened; `OpenBook.open(location)` does both in
one step for callers that need no dialogs (a book that is not `current` raises
`BookStateError`, and the lock is given back).
"""

from __future__ import annotations

from types import TracebackType

from app.store.book import Book, open_book
from app.store.lock import BookLock


class OpenBook:
    """An open `Book` and the `session` lock this process holds on it."""

    def __init__(self, book: Book, lock: BookLock) -> None:
        self.book = book
        self.lock = lock
        self._closed = False

    @classmethod
    def open(cls, location: str) -> OpenBook:
        """Take the book's session lock, then open it (`BookLocked`, `BookStateError`
        as `BookLock.acquire` and `open_book` raise them; nothing stays held)."""
        lock = BookLock.acquire(location, "session")
        try:
            book = open_book(location)
        except BaseException:
            lock.release()
            raise
        return cls(book, lock)

    @property
    def location(self) -> str:
        return self.book.location

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Close the book's connections and give its lock back (once; again is a no-op)."""
        if self._closed:
            return
        self._closed = True
        try:
            self.book.close()
        finally:
            self.lock.release()

    def __enter__(self) -> OpenBook:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open"
        return f"<OpenBook {self.book.display_name!r} ({state})>"
