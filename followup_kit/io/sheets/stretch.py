"""Dates without a year read as one stretch of time (:func:`one_stretch`), for a sheet none of whose
dates has a year: "10/14" to "2/10" in a sheet saved in December is October to February, not two
pieces of one year.  :func:`~followup_kit.io.sheets.dates.fill_years` calls it."""

from __future__ import annotations

import numpy as np
import pandas as pd


def _to_dates(parts: pd.DataFrame) -> pd.Series:
    """Dates of ``y``, ``m``, ``d`` columns; NaT where a part is missing or the day is no day (30 February)."""
    ok = parts.notna().all(axis=1)
    whole = parts.where(ok, 1).fillna(1).astype("int64")
    dates = pd.to_datetime(dict(year=whole["y"], month=whole["m"], day=whole["d"]), errors="coerce")
    return dates.where(ok).astype("datetime64[s]")


#: The shortest quiet time, in days, that tells where a sheet's stretch of yearless dates starts:
#: dates spread over more of the year than its complement leave no such gap and are read one by one.
QUIET_DAYS = 60


def one_stretch(month: pd.Series, day: pd.Series, span: tuple, until: pd.Timestamp | None = None) -> pd.Series:
    """Years for dates without one, read as one stretch: it starts after the longest quiet time of the
    year between them (at least :data:`QUIET_DAYS`) and is placed, by whole years, as near the middle
    of ``span`` as it can be without ending after ``until``.  NaT where no such stretch is.

    >>> m, d = pd.Series([10.0, 12.0, 2.0]), pd.Series([14.0, 9.0, 10.0])
    >>> saved = pd.Timestamp("2026-12-07")
    >>> one_stretch(m, d, (saved - pd.Timedelta(days=364), saved), saved).dt.strftime("%Y-%m-%d").tolist()
    ['2025-10-14', '2025-12-09', '2026-02-10']
    """
    out = pd.Series(pd.NaT, index=month.index, dtype="datetime64[s]")
    ok = month.between(1, 12) & day.between(1, 31)
    if not ok.any() or span[0] is None or pd.isna(span[0]):
        return out
    leap = pd.DataFrame({"y": 2000, "m": month.where(ok), "d": day.where(ok)})
    place = (_to_dates(leap) - pd.Timestamp(2000, 1, 1)).dt.days  # day of a leap year, 0 to 365
    spots = np.unique(place.dropna().to_numpy())
    if not len(spots):
        return out
    gaps = np.diff(np.append(spots, spots[0] + 366))  # each spot to the next, around the year
    widest = int(np.argmax(gaps))
    if gaps[widest] < QUIET_DAYS and len(spots) > 1:
        return out
    start = spots[(widest + 1) % len(spots)]
    wraps = (place < start).astype("float64")  # before the start in the year: the stretch's next year
    middle = span[0] + (span[1] - span[0]) / 2
    best, best_off = out, None
    for first in (middle.year - 2, middle.year - 1, middle.year, middle.year + 1):
        parts = pd.DataFrame({"y": first + wraps, "m": month.where(ok), "d": day.where(ok)})
        dates = _to_dates(parts)
        if until is not None and dates.max() > until:
            continue
        off = abs(dates.min() + (dates.max() - dates.min()) / 2 - middle)
        if best_off is None or off < best_off:
            best, best_off = dates, off
    return best
