"""Business days, public holidays and local send times, vectorised over arrays.

Weekends (Saturday, Sunday) and the public holidays of a country (and
optionally one of its subdivisions) from the `holidays` package are not
business days.  The package is data only, so this works offline.

Examples
--------
>>> import numpy as np
>>> thanksgiving_eve = np.array(["2026-11-25"], dtype="datetime64[D]")
>>> add_business_days(thanksgiving_eve, 1, country="US")
array(['2026-11-27'], dtype='datetime64[D]')
>>> add_business_days(np.array(["2026-12-24"], dtype="datetime64[D]"), 1, country="GB")
array(['2026-12-29'], dtype='datetime64[D]')
>>> at_local_hour(np.array(["2026-03-09"], dtype="datetime64[D]"), 9, "America/New_York")[0].isoformat()
'2026-03-09T09:00:00-04:00'
"""

from __future__ import annotations

import functools

import numpy as np
import pandas as pd

from followup_kit.errors import InputError


def _as_days(dates) -> np.ndarray:
    """Any date-like array (naive datetime64, Series, DatetimeIndex, list) as ``datetime64[D]``."""
    if isinstance(dates, (pd.Series, pd.Index)):
        values = dates.to_numpy()
        if isinstance(dates.dtype, pd.DatetimeTZDtype):
            values = (
                dates.dt.tz_localize(None).to_numpy()
                if isinstance(dates, pd.Series)
                else dates.tz_localize(None).to_numpy()
            )
        return np.asarray(values, dtype="datetime64[D]")
    return np.asarray(dates, dtype="datetime64[D]")


@functools.lru_cache(maxsize=64)
def _holidays(country: str, subdivision: str | None, first_year: int, last_year: int) -> np.ndarray:
    import holidays

    try:
        found = holidays.country_holidays(country, subdiv=subdivision, years=range(first_year, last_year + 1))
    except NotImplementedError as e:
        raise InputError(
            "no public-holiday calendar for this country; use an ISO code such as US, GB or DE",
            field="country",
            value=country,
        ) from e
    except ValueError as e:  # unknown subdivision (older versions) or similar
        raise InputError(f"not a subdivision of {country}", field="subdivision", value=subdivision) from e
    return np.array(sorted(found), dtype="datetime64[D]")


def holiday_dates(country: str = "US", subdivision: str | None = None, years=None) -> np.ndarray:
    """Public holidays (observed days included) as sorted ``datetime64[D]``.

    Examples
    --------
    >>> holiday_dates("US", years=[2026])[-2:]
    array(['2026-11-26', '2026-12-25'], dtype='datetime64[D]')
    """
    years = list(years) if years is not None else [pd.Timestamp.now().year]
    return _holidays(country, subdivision, min(years), max(years))


@functools.lru_cache(maxsize=64)
def _calendar(country: str, subdivision: str | None, first_year: int, last_year: int) -> np.busdaycalendar:
    return np.busdaycalendar(weekmask="1111100", holidays=_holidays(country, subdivision, first_year, last_year))


def business_calendar(dates, country: str = "US", subdivision: str | None = None) -> np.busdaycalendar:
    """A numpy business-day calendar covering ``dates`` with a year to spare on each side."""
    days = _as_days(dates)
    valid = days[~np.isnat(days)]
    if len(valid):
        first = int(valid.min().astype("datetime64[Y]").astype(int)) + 1970 - 1
        last = int(valid.max().astype("datetime64[Y]").astype(int)) + 1970 + 1
    else:
        first = last = pd.Timestamp.now().year
    # Round the span outwards to decades so nearby calls share one cached calendar.
    return _calendar(country, subdivision, first - first % 10, last - last % 10 + 9)


def add_business_days(dates, n, country: str = "US", subdivision: str | None = None) -> np.ndarray:
    """Move each date by ``n`` business days (``n`` a number or an array of them).

    ``n > 0`` counts business days after the date (1 business day after a
    Saturday is the Monday); ``n == 0`` keeps a business day and moves any
    other day forward to the next business day; ``n < 0`` counts business days
    before it (1 before a Saturday is the Friday).  Missing dates (NaT) stay
    missing.

    Parameters
    ----------
    dates : array-like of dates
        Naive dates (``datetime64``, Series, DatetimeIndex or ISO strings).
    n : int or array-like of int
    country, subdivision : str
        Public holidays to skip, from the ``holidays`` package.

    Returns
    -------
    numpy.ndarray of ``datetime64[D]``

    Examples
    --------
    >>> import numpy as np
    >>> friday = np.array(["2026-03-06", "2026-03-07"], dtype="datetime64[D]")
    >>> add_business_days(friday, np.array([1, 0]))
    array(['2026-03-09', '2026-03-09'], dtype='datetime64[D]')
    >>> add_business_days(np.array(["2026-11-28"], dtype="datetime64[D]"), -1)
    array(['2026-11-27'], dtype='datetime64[D]')
    """
    days = _as_days(dates)
    offsets = np.broadcast_to(np.asarray(n, dtype="int64"), days.shape)
    cal = business_calendar(days, country, subdivision)
    missing = np.isnat(days)
    safe = np.where(missing, np.datetime64("2000-01-03", "D"), days)
    forward = np.busday_offset(safe, np.minimum(offsets, 0), roll="forward", busdaycal=cal)
    if (offsets > 0).any():
        backward = np.busday_offset(safe, np.maximum(offsets, 0), roll="backward", busdaycal=cal)
        result = np.where(offsets > 0, backward, forward)
    else:
        result = forward
    return np.where(missing, np.datetime64("NaT", "D"), result).astype("datetime64[D]")


def is_business_day(dates, country: str = "US", subdivision: str | None = None) -> np.ndarray:
    """True where a date is neither a weekend day nor a public holiday.

    Examples
    --------
    >>> import numpy as np
    >>> is_business_day(np.array(["2026-11-26", "2026-11-27", "2026-11-28"], dtype="datetime64[D]"))
    array([False,  True, False])
    >>> is_business_day(np.array(["2026-10-03"], dtype="datetime64[D]"), country="DE")
    array([False])
    """
    days = _as_days(dates)
    missing = np.isnat(days)
    safe = np.where(missing, np.datetime64("2000-01-01", "D"), days)
    return np.is_busday(safe, busdaycal=business_calendar(days, country, subdivision)) & ~missing


def at_local_hour(dates, hour: int, tz: str) -> pd.DatetimeIndex:
    """Place each date at ``hour``:00 local time in ``tz`` (timezone-aware, DST-correct).

    A time that a daylight-saving change skips moves forward past the gap; a
    repeated one means its first occurrence (as when a user types it).

    Examples
    --------
    >>> import numpy as np
    >>> days = np.array(["2026-03-06", "2026-03-09"], dtype="datetime64[D]")
    >>> [t.isoformat() for t in at_local_hour(days, 9, "America/New_York")]
    ['2026-03-06T09:00:00-05:00', '2026-03-09T09:00:00-04:00']
    """
    days = _as_days(dates)
    naive = pd.DatetimeIndex(days.astype("datetime64[s]") + np.timedelta64(int(hour), "h"))
    return naive.tz_localize(tz, ambiguous=np.ones(len(naive), dtype=bool), nonexistent="shift_forward")
