"""Days as a person reads them: ``Fri 8 Sep``, ``Friday 8 September 2023``; the kit's one rule for it.

A day in the year of ``as_of`` is written without its year; any other day carries it, so a
follow-up from 2023 never reads as if it were this year's.  With ``as_of=None`` no year is
written (the way tables of one recent week read).  Missing days are blank, never ``NaT``.

The drafts, ``followup-kit due``, the desk and the report's tables all call
:func:`day_words` (or :func:`day_word` for one day); nothing else formats a day for people.

Examples
--------
>>> import pandas as pd
>>> day_words(pd.Series(pd.to_datetime(["2023-09-08", "2026-11-17", None])), "2026-11-20").tolist()
['Fri 8 Sep 2023', 'Tue 17 Nov', '']
>>> day_word("2023-09-08", "2026-11-20", long=True)
'Friday 8 September 2023'
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def day_words(dates, as_of=None, *, long: bool = False, clock: bool = False) -> pd.Series:
    """Days as people write them (vectorised), with the year when it is not ``as_of``'s.

    Parameters
    ----------
    dates : Series, array or list of dates or times
        Timezone-aware times are read in their own zone.
    as_of : date, str, Timestamp or None
        "Today": days in another year carry their year.  ``None``: never a year.
    long : bool
        ``Friday 8 September`` instead of ``Fri 8 Sep``.
    clock : bool
        Add the time of day (``Fri 8 Sep 09:00``).

    Returns
    -------
    Series of str
        Blank for a missing day; the index of ``dates`` when it is a Series.

    Examples
    --------
    >>> import pandas as pd
    >>> times = pd.Series(pd.to_datetime(["2027-01-04 09:00"]).tz_localize("America/New_York"))
    >>> day_words(times, "2026-12-31", clock=True).tolist()
    ['Mon 4 Jan 2027 09:00']
    >>> day_words(times, "2027-01-01", long=True).tolist()
    ['Monday 4 January']
    """
    series = dates if isinstance(dates, pd.Series) else pd.Series(list(np.atleast_1d(dates)), dtype=object)
    values = series if pd.api.types.is_datetime64_any_dtype(series) else pd.to_datetime(series, errors="coerce")
    if not pd.api.types.is_datetime64_any_dtype(values):  # times in several zones: read in UTC
        values = pd.to_datetime(series, errors="coerce", utc=True)
    known = values.notna().to_numpy()
    week, month = ("%A ", " %B") if long else ("%a ", " %b")
    text = values.dt.strftime(week) + values.dt.day.astype("Int64").astype(str) + values.dt.strftime(month)
    if as_of is not None:
        year = pd.Timestamp(as_of).year
        other = known & (values.dt.year.to_numpy(dtype="float64", na_value=np.nan) != year)
        text = text.where(~other, text + values.dt.strftime(" %Y"))
    if clock:
        text = text + values.dt.strftime(" %H:%M")
    return text.where(known, "").astype(object)


def day_word(value, as_of=None, *, long: bool = False, clock: bool = False) -> str:
    """One day as people write it (see :func:`day_words`); ``""`` when missing.

    Examples
    --------
    >>> day_word("2026-03-10", "2026-03-07", long=True)
    'Tuesday 10 March'
    >>> day_word(None)
    ''
    """
    return str(day_words(pd.Series([value], dtype=object), as_of, long=long, clock=clock).iloc[0])
