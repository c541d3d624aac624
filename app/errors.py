"""The error types that services raise and every front end understands.

`BadInput` is the only error for invalid user input: it carries the field and the
offending value so the command line can print one line naming both and a dialog
can put the message next to the right widget. Services raise it *before* writing,
so bad input never changes a book.
"""

from __future__ import annotations


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
        super().__init__(f"{field}: {value!r} {reason}" if value != "" else f"{field}: {reason}")


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
