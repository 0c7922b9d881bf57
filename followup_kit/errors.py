"""The kit's own error types.

Every mistake a user can make (a bad date, an unknown status word, a missing
tracker) raises a :class:`FollowupKitError` whose message is one clear sentence;
the CLI prints it without a traceback and exits with status 1.

Examples
--------
>>> err = InputError("not a date", field="applied_on", value="31/31/2024", row=4, file="jobs.csv")
>>> print(err)
jobs.csv, row 4, column 'applied_on', value '31/31/2024': not a date
>>> isinstance(err, ValueError)
True
"""

from __future__ import annotations

import re


class FollowupKitError(Exception):
    """Base class of every error the kit raises on purpose."""


class TrackerError(FollowupKitError):
    """The tracker file is missing, not a tracker, or from a newer kit."""


class InputError(FollowupKitError, ValueError):
    """A value the user gave (typed, passed or imported) cannot be used.

    The message names, where known, the file, row, column (or field) and value.
    """

    def __init__(self, reason, *, field=None, value=None, row=None, file=None):
        self.reason = reason
        self.field = field
        self.value = value
        self.row = row
        self.file = file
        #: For an unknown status word in a sheet: the word (the import lists such words together).
        self.status_word: str | None = None
        super().__init__(self._message())

    def renamed(self, file) -> InputError:
        """This error, its message naming ``file`` instead ("jobs.xlsx, sheet 'Feb'" for one sheet of many)."""
        self.file = file
        self.args = (self._message(),)
        return self

    def _message(self) -> str:
        where = []
        if self.file is not None:
            where.append(str(self.file))
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.field is not None:
            where.append(f"column {self.field!r}" if self.file is not None else f"field {self.field!r}")
        if self.value is not None or self.field is not None:
            where.append(f"value {_show(self.value)}")
        return (", ".join(where) + ": " if where else "") + str(self.reason)


class DuplicateError(InputError):
    """The same thing was recorded before; ``existing_id`` says which row holds it."""

    def __init__(self, reason, *, existing_id=None, **kwargs):
        self.existing_id = existing_id
        super().__init__(reason, **kwargs)


def _show(value, limit: int = 80) -> str:
    """Quote a value for a message, shortened so a 10 MB cell stays readable.

    Both ends are kept: a long path still ends with its file's name.

    >>> _show("/tmp/" + "deep/" * 30 + "jobs.csv")
    "'/tmp/deep/deep/deep/deep/deep/deep/de...eep/deep/deep/deep/deep/deep/jobs.csv' (163 characters)"
    """
    text = repr(value)
    if len(text) > limit:
        keep = (limit - 3) // 2
        text = text[:keep] + "..." + text[-keep:] + f" ({len(str(value)):,} characters)"
    return text


_SEPARATORS = re.compile(r"""([\s\x00-\x1f\x7f<>"',;:()\[\]]+)""")
_ADDRESS = re.compile(r"[^@]+@[^@]+\.[^\W\d_]{2,}")


def mask_addresses(value):
    """A cell's text for an error message, e-mail addresses replaced: messages name cells, not people.

    Linear in the length of the text (a 10 MB cell stays quick).

    >>> mask_addresses("ask ada@example.com\\x07")
    'ask <e-mail address>\\x07'
    """
    if not isinstance(value, str) or "@" not in value:
        return value
    parts = _SEPARATORS.split(value)
    return "".join("<e-mail address>" if "@" in p and _ADDRESS.fullmatch(p) else p for p in parts)
