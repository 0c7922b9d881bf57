"""A quick look at a column's dates: year and the two other numbers of each cell, vectorised.

:func:`scan_dates` tells the workbook's choice of sheet (:mod:`followup_kit.io.sheets.workbook`)
and the column guesses how many rows hold a date with a year, without reading any cell for good:
:mod:`followup_kit.io.sheets.dates` does that, with every guess said.

Examples
--------
>>> scan = scan_dates(pd.Series(["2026-03-02", "14.11.2021", "Nov 3, 2025", "soon"]))
>>> scan.parts["y"].tolist()[:3], bool(scan.numeric[1])
([2026.0, 2021.0, 2025.0], True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from followup_kit.io.sheets.cells import text_cells

_TIME = r"(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})" + _TIME + "$")
_NUM = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})" + _TIME + "$")
_NAMED = re.compile(
    r"(?i)^(?=.*\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b)(?=.*\b\d{4}\b)[\w ,./-]+$"
)


@dataclass
class DateScan:
    """What :func:`scan_dates` found in one column (all Series share the column's index)."""

    text: pd.Series  # the stripped cell text
    blank: pd.Series
    parts: pd.DataFrame  # y, m, d for ISO and named dates; y, a, b for numeric a/b/yyyy
    numeric: pd.Series  # True where the order of a and b matters


def scan_dates(series: pd.Series) -> DateScan:
    """Split a column of date cells into year and the two other numbers, vectorised.

    Dates repeat (a year of applications holds at most 366 of them): each distinct text is
    read once and the parts spread back to every row.
    """
    text = text_cells(series)
    blank = text.eq("")
    distinct = pd.Series(text.unique())
    if len(distinct) * 2 < len(text):
        once = _scan_text(distinct, distinct.eq(""))
        where = pd.Index(distinct).get_indexer(text)
        parts = pd.DataFrame(once.parts.to_numpy()[where], index=text.index, columns=once.parts.columns)
        return DateScan(text, blank, parts, pd.Series(once.numeric.to_numpy()[where], index=text.index))
    return _scan_text(text, blank)


def _scan_text(text: pd.Series, blank: pd.Series) -> DateScan:
    iso = text.str.extract(_ISO).astype("float64")
    num = text.str.extract(_NUM).astype("float64")
    parts = pd.DataFrame({"y": iso[0], "m": iso[1], "d": iso[2]}, index=text.index)
    numeric = num[0].notna()
    parts.loc[numeric, ["y", "m", "d"]] = num.loc[numeric, [2, 0, 1]].to_numpy()  # a/b/yyyy, a in "m" for now
    named = ~blank & parts["y"].isna() & text.str.match(_NAMED)
    if named.any():
        parsed = pd.to_datetime(text[named], format="mixed", errors="coerce")
        parts.loc[named, "y"] = parsed.dt.year.astype("float64")
        parts.loc[named, "m"] = parsed.dt.month.astype("float64")
        parts.loc[named, "d"] = parsed.dt.day.astype("float64")
    return DateScan(text, blank, parts, numeric)
