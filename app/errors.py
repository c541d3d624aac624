"""The error types that services raise and every front end understands.

`BadInput` is the only error for invalid user input: it carries the field and the
offending value so the command line can print one line naming both and a dialog
can put the message next to the right widget. Services raise it *before* writing,
so bad input never changes a book.
"""

from __future__ import annotations

#: Values echoed in messages are cut to this many characters (a 100 kB payee is not
#: printed back whole; a file's full path usually is).
ECHO_LIMIT = 160


def shown(value: object, limit: int = ECHO_LIMIT) -> str:
    """A value as a message echoes it: quoted, with newlines, escapes and other
    unprintable characters escaped (`repr`); a longer text keeps its beginning and its
    end (where a path has its file name) around a `…` and says how long it was, so a
    message stays one line."""
    if isinstance(value, str) and len(value) > limit:
        half = (limit - 1) // 2
        return f"{value[:half] + '…' + value[-half:]!r} ({len(value):,} characters)"
    text = repr(value)
    return text if len(text) <= limit + 2 else text[:limit + 1] + "…"


def has_control(text: str) -> bool:
    """Control characters (C0, DEL, C1) or line/paragraph separators: never in a name."""
    return any(ch < " " or "\x7f" <= ch <= "\x9f" or ch in "\u2028\u2029" for ch in text)


class CuentasError(Exception):
    """Base class of every error a service raises on purpose."""


class BadInput(CuentasError):
    """Invalid input for a service: nothing was written.

    `field` names the input (`amount`, `date`, `lines[2].amount`, `--currency`);
    `value` is what the user gave, shown back as typed.
    """

    def __init__(self, field: str, value: object, reason: str) -> None:
        self.field = field
        self.value = value
        self.reason = reason
        super().__init__(f"{field}: {shown(value)} {reason}" if value != ""
                         else f"{field}: {reason}")


class NotAllowed(CuentasError):
    """The acting user's role does not permit this action (nothing was written)."""


class BookStateError(CuentasError):
    """The book is not in a state this action can work on (ahead, corrupt, locked...).

    `state` is one of the inspection states of `app.store.inspect`.
    """

    def __init__(self, state: str, message: str) -> None:
        self.state = state
        super().__init__(message)


class CheckFailed(CuentasError):
    """A verification found a problem; the message says which."""
