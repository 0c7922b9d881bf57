"""One rule per idea for what every public function receives: tables, ``as_of`` and day windows.

In the spirit of scikit-learn's ``utils.validation``: every function of the kit
reads its input through these helpers, so the desk, ``followup-kit due``, the
weekly report, the .ics and the statistics can never disagree.

**What a bare ``as_of`` date means.** "As of Friday" means *the start of Friday*
in the tracker's time zone (local midnight): whatever fell due before Friday is
overdue, whatever falls due during Friday is due today, and an interview on
Friday has not happened yet.  A time (``"2026-03-07 14:30"``) means that moment,
a timezone-aware value is converted to the tracker's zone, and ``None`` means
now.  Functions that work in whole days (waits, the funnel) use the local date
of that moment.

**The window "due in the next N days"** is today plus the ``N`` following days:
it ends at the local midnight after day ``as_of + N``.  ``N = 0`` is today only.

Examples
--------
>>> as_of_moment("2026-03-07", "America/New_York").isoformat()
'2026-03-07T00:00:00-05:00'
>>> as_of_day("2026-03-07 23:30", "America/New_York")
Timestamp('2026-03-07 00:00:00')
>>> window_end("2026-03-07", 7, "America/New_York").isoformat()
'2026-03-15T00:00:00-04:00'
"""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pandas as pd

from followup_kit.errors import InputError
from followup_kit.values import check_timezone

#: ``as_of`` text must be ISO (2026-03-08, 2026-03-08 14:30, with an optional offset): never 03/04/2026.
_ISO_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")

#: The tables every analysis needs.
REQUIRED_TABLES = ("applications", "interviews", "events")


def resolve_tables(data, timezone: str | None = None) -> tuple[dict, str | None]:
    """Return ``(tables, timezone)`` from a :class:`~followup_kit.store.tracker.Tracker` or its ``tables()`` dict.

    For a dict the time zone is ``timezone`` if given, else that of
    ``interviews["starts_at"]``; ``None`` when neither says.

    Examples
    --------
    >>> resolve_tables([1, 2])
    Traceback (most recent call last):
    ...
    TypeError: expected a Tracker or the dict from Tracker.tables(), got list
    """
    if isinstance(data, dict):
        tables = data
        tz = timezone
        if tz is None and "interviews" in tables:
            tz = getattr(tables["interviews"]["starts_at"].dtype, "tz", None)
            tz = None if tz is None else str(tz)
    elif hasattr(data, "tables") and hasattr(data, "timezone"):
        tables = data.tables()
        tz = timezone or data.timezone
    else:
        raise TypeError(f"expected a Tracker or the dict from Tracker.tables(), got {type(data).__name__}")
    for name in REQUIRED_TABLES:
        if name not in tables:
            raise InputError(
                "the tables need applications, interviews and events", field="tables", value=sorted(tables)
            )
    return tables, (check_timezone(tz) if tz is not None else None)


def held_interviews(interviews: pd.DataFrame) -> pd.DataFrame:
    """The interviews that count: those not cancelled (a cancelled invitation was never held).

    The tracker keeps cancelled interviews as history; the schedule, the status, the waits and
    the pipeline all read interviews through this one rule.

    Examples
    --------
    >>> iv = pd.DataFrame({"interview_id": [1, 2], "cancelled_at": [None, pd.Timestamp("2026-03-01", tz="UTC")]})
    >>> held_interviews(iv)["interview_id"].tolist()
    [1]
    """
    if "cancelled_at" not in interviews.columns:
        return interviews
    return interviews.loc[interviews["cancelled_at"].isna()]


def as_of_moment(as_of, tz: str | None) -> pd.Timestamp:
    """``as_of`` as a timezone-aware moment in ``tz``: ``None`` is now, a bare date its local midnight.

    Examples
    --------
    >>> as_of_moment(dt.date(2026, 3, 8), "Europe/Paris").isoformat()
    '2026-03-08T00:00:00+01:00'
    >>> as_of_moment("soon", "UTC")
    Traceback (most recent call last):
    ...
    followup_kit.errors.InputError: field 'as_of', value 'soon': not a date or time; write it as YYYY-MM-DD or YYYY-MM-DD HH:MM
    """
    if tz is None:
        if as_of is None or not (isinstance(as_of, pd.Timestamp | dt.datetime) and as_of.tzinfo is not None):
            raise InputError(
                "cannot tell the day without a time zone; pass as_of= or timezone=", field="as_of", value=as_of
            )
        tz = str(pd.Timestamp(as_of).tz)
    if as_of is None:
        return pd.Timestamp.now(tz=tz)
    if isinstance(as_of, str):
        text = as_of.strip()
        if not _ISO_MOMENT.match(text):
            raise InputError(
                "not a date or time; write it as YYYY-MM-DD or YYYY-MM-DD HH:MM", field="as_of", value=as_of
            )
        text = re.sub(r"([ T])(\d):", r"\g<1>0\2:", text)  # a one-digit hour: 2026-03-08 9:05
        as_of = text
    elif isinstance(as_of, np.datetime64):
        as_of = pd.Timestamp(as_of)
    elif not isinstance(as_of, dt.date):
        raise InputError("not a date or time; write it as YYYY-MM-DD or YYYY-MM-DD HH:MM", field="as_of", value=as_of)
    try:
        stamp = pd.Timestamp(as_of)
    except (ValueError, TypeError) as e:
        raise InputError(
            "not a date or time; write it as YYYY-MM-DD or YYYY-MM-DD HH:MM", field="as_of", value=as_of
        ) from e
    if stamp is pd.NaT:
        raise InputError("is required", field="as_of", value=as_of)
    if stamp.tzinfo is None:
        return stamp.tz_localize(tz, ambiguous=True, nonexistent="shift_forward")
    return stamp.tz_convert(tz)


def as_of_day(as_of, tz: str | None) -> pd.Timestamp:
    """The local calendar day of :func:`as_of_moment` as a naive midnight ``Timestamp``.

    Examples
    --------
    >>> as_of_day(pd.Timestamp("2026-03-08 03:30", tz="UTC"), "America/Los_Angeles")
    Timestamp('2026-03-07 00:00:00')
    """
    return as_of_moment(as_of, tz).normalize().tz_localize(None)


def window_end(as_of, days: int, tz: str | None) -> pd.Timestamp:
    """The end of "today and the next ``days`` days": local midnight after day ``as_of + days``."""
    days = check_days(days)
    day = as_of_day(as_of, tz)
    end = day + pd.Timedelta(days=days + 1)
    zone = tz if tz is not None else str(pd.Timestamp(as_of).tz)
    return end.tz_localize(zone, ambiguous=True, nonexistent="shift_forward")


def check_days(days, field: str = "days") -> int:
    """A whole number of days, 0 or more (``True`` is not a number of days)."""
    if isinstance(days, bool) or not isinstance(days, int | np.integer) or days < 0:
        raise InputError("must be a whole number of days, 0 or more", field=field, value=days)
    return int(days)


def local_dates(stamps, tz: str | None = None) -> pd.Series:
    """Naive local dates (midnight, ``datetime64[s]``) of instants, in ``tz`` (or their own zone).

    Examples
    --------
    >>> s = pd.Series(pd.to_datetime(["2026-03-08 03:30"]).tz_localize("UTC"))
    >>> local_dates(s, "America/New_York").tolist()
    [Timestamp('2026-03-07 00:00:00')]
    """
    stamps = pd.Series(stamps)
    if getattr(stamps.dtype, "tz", None) is None:
        return pd.to_datetime(stamps).dt.normalize().astype("datetime64[s]")
    if tz is not None:
        stamps = stamps.dt.tz_convert(tz)
    return stamps.dt.tz_localize(None).dt.normalize().astype("datetime64[s]")
