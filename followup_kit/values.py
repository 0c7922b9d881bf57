"""Turn what a user types into dates, times and choices, or say clearly why not.

The tracker, the widgets and the CLI share these helpers, so a bad value gets
the same message wherever it was typed.  Naive dates and times are read in the
tracker's time zone.

Examples
--------
>>> to_date("2026-03-02", field="applied_on")
datetime.date(2026, 3, 2)
>>> to_instant("2026-03-29 10:30", field="starts_at", tz="Europe/Berlin").isoformat()
'2026-03-29T10:30:00+02:00'
>>> to_date("03/02/2026", field="applied_on")
Traceback (most recent call last):
...
followup_kit.errors.InputError: field 'applied_on', value '03/02/2026': not a date; write it as YYYY-MM-DD (for example 2026-03-02)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pandas as pd

from followup_kit.errors import InputError
from followup_kit.vocabulary import DEFAULT_INTERVIEW_TIME

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Edges:
    """The edges of what the tracker accepts: values outside are refused at the door (issue 26).

    Every importer and every write of the API read a value through :func:`check_day`,
    :func:`check_moment`, :func:`check_integer` and :func:`to_text`, so a calendar invitation
    dated in year 1, a mail dated 9999 or a SEQUENCE beyond 64 bits is one unreadable record
    with its reason, never a tracker that no longer reads.
    """

    #: First and last year of a date: a job search happens in a person's working life; 1900
    #: and 2200 leave room for old records and far deadlines, and stay far from the limits of
    #: Python's ``datetime`` (years 1 to 9999) and pandas' nanosecond range (1677 to 2262), so
    #: converting to any time zone (a day at most) cannot overflow.
    first_year: int = 1900
    last_year: int = 2200
    #: The widest integer any column stores: RFC 5545's SEQUENCE is an ``integer`` (section
    #: 3.3.8: a signed 32-bit value), and SQLite's INTEGER is 64 bits (signed).
    largest_integer: int = 2**31 - 1
    #: A name (company, role, person) and a longer text (notes, a subject).
    name_chars: int = 300
    text_chars: int = 10_000


#: The one set of edges the kit uses.
EDGES = Edges()


def check_day(value: dt.date, *, field: str) -> dt.date:
    """Return ``value`` if its year is between :data:`EDGES` ``first_year`` and ``last_year``.

    Examples
    --------
    >>> check_day(dt.date(2026, 3, 2), field="on")
    datetime.date(2026, 3, 2)
    >>> check_day(dt.date(1, 12, 3), field="DTSTART")
    Traceback (most recent call last):
    ...
    followup_kit.errors.InputError: field 'DTSTART', value '0001-12-03': is outside the years 1900 to 2200
    """
    if not EDGES.first_year <= value.year <= EDGES.last_year:
        shown = f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
        if isinstance(value, dt.datetime):
            shown += f" {value.hour:02d}:{value.minute:02d}"
        raise InputError(f"is outside the years {EDGES.first_year} to {EDGES.last_year}", field=field, value=shown)
    return value


def check_moment(value: dt.datetime | None, *, field: str) -> dt.datetime | None:
    """Return ``value`` (a datetime, or ``None``) if it lies within the years of :data:`EDGES`.

    The year is read in the value's own offset: a moment inside the edges converts to
    any time zone without overflowing (9999-12-31 23:59 UTC is refused before anything
    turns it into Europe/Berlin's year 10000).

    Examples
    --------
    >>> check_moment(dt.datetime(9999, 12, 31, 23, 59, tzinfo=dt.UTC), field="Date")
    Traceback (most recent call last):
    ...
    followup_kit.errors.InputError: field 'Date', value '9999-12-31 23:59': is outside the years 1900 to 2200
    """
    if value is None:
        return None
    check_day(value, field=field)
    return value


def check_integer(value, *, field: str, minimum: int | None = None, maximum: int | None = None) -> int:
    """Return ``value`` as an ``int`` if it is a whole number that fits its column.

    The default range is that of :data:`EDGES` ``largest_integer`` (negative or positive).

    Examples
    --------
    >>> check_integer(3, field="SEQUENCE", minimum=0)
    3
    >>> check_integer(2**70, field="SEQUENCE", minimum=0)
    Traceback (most recent call last):
    ...
    followup_kit.errors.InputError: field 'SEQUENCE', value 1180591620717411303424: must be a whole number from 0 to 2,147,483,647
    """
    low = -EDGES.largest_integer if minimum is None else minimum
    high = EDGES.largest_integer if maximum is None else maximum
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InputError(f"must be a whole number from {low:,} to {high:,}", field=field, value=value)
    return int(value)


#: Characters that steer a terminal or reorder text instead of showing: C0 and C1 controls,
#: DEL, and the Unicode bidirectional controls (U+202E turns "exe.txt" around).
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


#: Characters the tracker never stores (:func:`to_text` refuses them): C0 controls but tab and
#: line ends, and DEL.  (C1 and bidirectional controls may stand in stored text; the terminal
#: shows them escaped, :mod:`followup_kit.terminal`.)
UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: str) -> str:
    """``value`` without control characters (tab and newline stay): for text read from files.

    A mail header or an invitation's name is data; a NUL or an escape sequence in it
    carries no meaning worth keeping, and the tracker refuses them (:func:`to_text`).

    Examples
    --------
    >>> clean_text("Ana\\x00 Example\\x1b[2J")
    'Ana Example[2J'
    """
    return CONTROL_CHARACTERS.sub("", value)


_ONE_DIGIT_HOUR = re.compile(r"^(\d{4}-\d{2}-\d{2}) (\d:\d{2})")


def local_timezone_name() -> str:
    """Return the IANA name of this machine's time zone (``"UTC"`` if unknown).

    Looks at ``TZ``, ``/etc/timezone`` and the ``/etc/localtime`` link, in that order.
    """
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        if name and _is_zone(name):
            return name
    return "UTC"


def _is_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def check_timezone(name, field: str = "timezone") -> str:
    """Return ``name`` if it is a known IANA time zone, else raise :class:`InputError`."""
    if not isinstance(name, str) or not _is_zone(name):
        raise InputError(
            "not a time zone; use an IANA name such as Europe/Berlin or America/New_York",
            field=field,
            value=name,
        )
    return name


def to_date(value, *, field: str, tz: str | None = None, required: bool = False):
    """Read a calendar date: a ``date``, ``datetime``, ``Timestamp`` or ``YYYY-MM-DD`` text.

    An aware datetime is first converted to ``tz``.  ``None``, ``""`` and NaT
    give ``None`` unless ``required``.
    """
    if _is_missing(value):
        if required:
            raise InputError("is required", field=field, value=value)
        return None
    if isinstance(value, dt.datetime):  # includes pandas.Timestamp
        check_day(value, field=field)
        if value.tzinfo is not None and tz:
            value = value.astimezone(ZoneInfo(tz))
        return value.date()
    if isinstance(value, dt.date):
        return check_day(value, field=field)
    if isinstance(value, str):
        text = value.strip()
        if _ISO_DATE.match(text):
            try:
                day = dt.date.fromisoformat(text)
            except ValueError:
                raise InputError("no such day in the calendar", field=field, value=value) from None
            return check_day(day, field=field)
    raise InputError("not a date; write it as YYYY-MM-DD (for example 2026-03-02)", field=field, value=value)


def to_instant(value, *, field: str, tz: str, required: bool = True) -> dt.datetime | None:
    """Read a point in time; naive values are local times in ``tz``.

    A bare date means :data:`~followup_kit.vocabulary.DEFAULT_INTERVIEW_TIME` that day.
    A local time that a daylight-saving change skips is moved forward by the gap;
    a repeated one means its first occurrence.
    """
    if _is_missing(value):
        if required:
            raise InputError("is required", field=field, value=value)
        return None
    zone = ZoneInfo(tz)
    if isinstance(value, str):
        text = value.strip().replace("T", " ")
        text = _ONE_DIGIT_HOUR.sub(r"\1 0\2", text)  # "2026-03-02 9:30" reads as 09:30
        try:
            parsed = dt.datetime.fromisoformat(text)
        except ValueError:
            raise InputError(
                "not a date and time; write it as YYYY-MM-DD HH:MM (for example 2026-03-02 14:30)",
                field=field,
                value=value,
            ) from None
        if _ISO_DATE.match(text):
            parsed = dt.datetime.combine(parsed.date(), DEFAULT_INTERVIEW_TIME)
        value = parsed
    if isinstance(value, dt.date):
        check_day(value, field=field)
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            return _localize(value, zone)
        return value.astimezone(zone)
    if isinstance(value, dt.date):
        return _localize(dt.datetime.combine(value, DEFAULT_INTERVIEW_TIME), zone)
    raise InputError("not a date and time", field=field, value=value)


def _localize(naive: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    # fold=0 reads a repeated wall time as its first occurrence, and a skipped one
    # with the offset before the change, which lands after the gap (02:30 -> 03:30).
    aware = naive.replace(tzinfo=zone, fold=0)
    return aware.astimezone(dt.UTC).astimezone(zone)


def to_bool(value, *, field: str) -> bool:
    """Read yes/no values: booleans, 0/1, and words such as yes, no, true, false, y, n."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _BOOL_WORDS:
        return _BOOL_WORDS[value.strip().lower()]
    raise InputError("not yes or no", field=field, value=value)


_BOOL_WORDS = {
    "yes": True, "y": True, "true": True, "1": True, "t": True,
    "no": False, "n": False, "false": False, "0": False, "f": False,
}  # fmt: skip


def check_choice(value, choices, *, field: str) -> str:
    """Return ``value`` if it is one of ``choices``, else name the choices in the error."""
    if value not in choices:
        raise InputError("must be one of " + ", ".join(choices), field=field, value=value)
    return value


def to_text(value, *, field: str, required: bool = False, max_length: int = 100_000):
    """Strip a text value; ``None``/blank gives ``None`` unless ``required``.

    Control characters other than tab and newline are refused, as is text over
    ``max_length`` characters.
    """
    if _is_missing(value) or (isinstance(value, str) and not value.strip()):
        if required:
            raise InputError("is required and cannot be blank", field=field, value=value)
        return None
    if not isinstance(value, str):
        value = str(value)
    text = value.strip()
    if len(text) > max_length:
        raise InputError(f"is longer than {max_length:,} characters", field=field, value=text)
    bad = UNSTORABLE.search(text)
    if bad:
        raise InputError(f"contains a control character ({ord(bad.group()):#04x})", field=field, value=text)
    return text


def to_positive_int(value, *, field: str, required: bool = False, maximum: int = 1_000_000):
    """Read a whole number from 1 to ``maximum``."""
    if _is_missing(value):
        if required:
            raise InputError("is required", field=field, value=value)
        return None
    try:
        number = int(str(value).replace(",", "").strip()) if not isinstance(value, int) else value
    except ValueError:
        raise InputError("not a whole number", field=field, value=value) from None
    if isinstance(value, bool) or not 1 <= number <= maximum:
        raise InputError(f"must be a whole number from 1 to {maximum:,}", field=field, value=value)
    return number


def _is_missing(value) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip() == ""
    try:
        return bool(pd.isna(value)) if not isinstance(value, (list, tuple, dict)) else False
    except (TypeError, ValueError):
        return False
