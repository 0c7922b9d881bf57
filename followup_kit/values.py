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
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pandas as pd

from followup_kit.errors import InputError
from followup_kit.vocabulary import DEFAULT_INTERVIEW_TIME

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
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
        if value.tzinfo is not None and tz:
            value = value.astimezone(ZoneInfo(tz))
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if _ISO_DATE.match(text):
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                raise InputError("no such day in the calendar", field=field, value=value) from None
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
    bad = [c for c in text if (ord(c) < 32 and c not in "\t\n\r") or ord(c) == 127]
    if bad:
        raise InputError(f"contains a control character ({ord(bad[0]):#04x})", field=field, value=text)
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
