"""Read the date cells of a sheet as people write them, one column at a time, and say every guess.

A column is read cell by cell, each distinct text once (a year of applications holds at most 366
dates), with regular expressions over the whole column:

* ISO dates (``2026-03-02``), numbers with a four- or two-digit year (``14.11.2021``,
  ``11/14/2021``), LinkedIn's export (``1/14/25, 5:58 AM``) and month names in five languages
  (``14 Nov 2021``, ``8-Jul``, ``14 juil. 2021``); times of day are dropped;
* a missing separator (``8/82019`` is 8/8/2019) and two dates in one cell (``8/3/2019 and
  9/9/2019``: the first for the cell's stage, the second kept as a later round);
* bounds (``before 3/4``, ``vor dem 3.4.``, ``avant le 3/4``) are not dates: left empty, with a note;
* a cell that says there is no date ("n/a", "keine", "néant") is blank;
* anything else ("last Tuesday", "soon") is not a date: left empty, with the reason.

Day-first or month-first is decided per cell when a number over 12 says so, else by the column's
own majority (:func:`column_order`), else by the file's (the caller's ``fallback``); a date
without a year takes it from the row's other dates or the sheet's span (:func:`fill_years`).
Each guess is a note on its cell (:attr:`DateColumn.guess`), each unread cell a reason.

Examples
--------
>>> cells = pd.Series(["1/14/25, 5:58 AM", "8/82019", "8/3/2019 and 9/9/2019", "before 3/4", "27-Oct", "soon"])
>>> col = read_dates(cells, fallback=MONTH_FIRST)
>>> col.dates.dt.strftime("%Y-%m-%d").tolist()
['2025-01-14', '2019-08-08', '2019-08-03', nan, nan, nan]
>>> col.second.dt.strftime("%Y-%m-%d").tolist()[2], col.month.tolist()[4], col.day.tolist()[4]
('2019-09-09', 10.0, 27.0)
>>> col.reason.tolist()[3]
"a bound ('before'), not a date; left empty"
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from followup_kit import vocabulary
from followup_kit.io.sheets.cells import text_cells
from followup_kit.io.sheets.columns import normalise_word
from followup_kit.io.sheets.stretch import one_stretch

DAY_FIRST, MONTH_FIRST = "day-first", "month-first"

#: Years a date of a job search can have; others are unread ("the year is out of range").
YEARS = (1900, 2100)
#: Day numbers a spreadsheet's date pasted as text can be read as: 1954 to 2119 (five digits).
SERIALS = (20_000, 80_000)
#: A two-digit year ``yy`` is ``2000 + yy`` up to this, else ``1900 + yy`` (as ``strptime``'s ``%y``).
CENTURY_PIVOT = 68

_TIME = r"(?:,?[ Tt]+\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?\s*(?:[ap]\.?m\.?)?(?:z|[+-]\d{2}:?\d{2})?)?"
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})" + _TIME + "$")
_NUM = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})" + _TIME + "$")
_TYPO = re.compile(r"^(\d{1,2})[-/.](\d{1,2})(\d{4})$")  # 8/82019: a separator forgotten
_SHORT = re.compile(r"^(\d{1,2})[./-](\d{1,2})\.?$")  # 14.11., 3/4 or 7-11: no year
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|mie|jue|vie|sab|dom|mo|di|mi|do|fr|sa|so)[a-z]*\.?,?\s+)?"
_MONTH = r"([a-z]{3,})\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th|er|e|o|\.)?"
_YEAR = r"(?:[\s,/-]+(?:de\s+)?(\d{4}|\d{2}))?"
_DAY_MONTH = re.compile(r"^" + _WEEKDAY + _DAY + r"[\s/-]*(?:de\s+)?" + _MONTH + _YEAR + _TIME + "$")
_MONTH_DAY = re.compile(r"^" + _WEEKDAY + _MONTH + r"[\s/-]*" + _DAY + _YEAR + _TIME + "$")
_MONTH_OF = {name: float(month) for month, names in vocabulary.SHEET_MONTHS.items() for name in names}
_MONTH_START = re.compile("^(" + "|".join(sorted(_MONTH_OF, key=len, reverse=True)) + ")")


def _words(key: str) -> str:
    words = sorted({normalise_word(w) for w in vocabulary.SHEET_DATE_WORDS.get(key, ())}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in words if w)


#: Cells that say "no date" ("n/a", "keine", "néant"): blank, not a problem.
_BLANKS = frozenset(w.casefold() for w in vocabulary.SHEET_DATE_WORDS.get("blanks", ()))
_BOUND = re.compile(r"^(?:le |the |dem |el )?(" + _words("bounds") + r")\b")
_TWO = re.compile(r"^(.+?)\s*(?:\s(?:" + _words("joins") + r")\s|[&;+]|\s/\s)\s*(.+)$")


@dataclass
class DateColumn:
    """One column read by :func:`read_dates`; every Series shares the column's index."""

    text: pd.Series  # the stripped cell text
    dates: pd.Series  # datetime64[s]; NaT where blank, unread or without a year yet
    second: pd.Series  # a second date in the cell (a later round), else NaT
    reason: pd.Series  # why a filled cell is left empty, else None
    guess: pd.Series  # how a cell was read when it took a guess, else None
    month: pd.Series  # month and day of a date without a year (NaN elsewhere)
    day: pd.Series
    evidence: tuple[int, int]  # cells that can only be day-first, only month-first
    numeric: int = 0  # cells whose order of day and month matters (a/b/yyyy)


def _fold(text: pd.Series) -> pd.Series:
    return text.str.normalize("NFKD").str.encode("ascii", "ignore").str.decode("ascii").str.lower().str.strip()


def _month_number(names: pd.Series) -> pd.Series:
    """Month number of month names ("jul", "juillet", "Oktober"), NaN for other words."""
    start = names.fillna("").str.extract(_MONTH_START, expand=False)
    return start.map(_MONTH_OF).astype("float64")


def _pieces(text: pd.Series) -> pd.DataFrame:
    """Year, a, b of each folded cell (a/b are month/day, or day/month when ``num``), and what kind it is."""
    out = pd.DataFrame(
        {"y": np.nan, "a": np.nan, "b": np.nan, "num": False, "typo": False, "short": False, "dot": False},
        index=text.index,
    )
    if not text.ne("").any():
        return out
    iso = text.str.extract(_ISO).astype("float64")
    hit = iso[0].notna()
    out.loc[hit, ["y", "a", "b"]] = iso.loc[hit, [0, 1, 2]].to_numpy()
    for pattern, flag in ((_NUM, "num"), (_TYPO, "typo"), (_SHORT, "short")):
        m = text.str.extract(pattern).astype("float64")
        hit = out["a"].isna() & m[0].notna()
        year = m[2] if 2 in m else pd.Series(np.nan, index=text.index)
        year = year.where(year >= 100, year + np.where(year <= CENTURY_PIVOT, 2000, 1900))
        out.loc[hit, ["a", "b"]] = m.loc[hit, [0, 1]].to_numpy()
        out.loc[hit, "y"] = year[hit]
        out.loc[hit, "num"] = True
        out.loc[hit, flag] = True
        # "8.11." and "14.03.2024": dots separate a day from its month, as in Germany, the Nordics and Russia
        out.loc[hit, "dot"] = text[hit].str.match(r"^\d{1,2}\.\d{1,2}(?:\.|$)")
    for pattern, day, month in ((_DAY_MONTH, 0, 1), (_MONTH_DAY, 1, 0)):
        left = out["a"].isna()
        if not left.any():
            break
        m = text[left].str.extract(pattern)
        number = _month_number(m[month])
        hit = number.notna()
        idx = hit.index[hit]
        year = m.loc[idx, 2].astype("float64")
        year = year.where(year.isna() | (year >= 100), year + np.where(year <= CENTURY_PIVOT, 2000, 1900))
        out.loc[idx, "a"] = number[idx]
        out.loc[idx, "b"] = m.loc[idx, day].astype("float64")
        out.loc[idx, "y"] = year
    return out


def evidence(series: pd.Series) -> tuple[int, int]:
    """How many cells of a column can only be day-first, and only month-first (one regular expression).

    >>> evidence(pd.Series(["14/11/2021", "11/20/2021", "03/04/2021", "2021-01-02"]))
    (1, 1)
    """
    text = text_cells(series)
    m = text[text.str.contains("/|\\.|-", regex=True)].str.extract(_NUM).astype("float64")
    a, b = m[0], m[1]
    return int(((a > 12) & (b <= 12)).sum()), int(((b > 12) & (a <= 12)).sum())


def column_order(pieces: pd.DataFrame) -> tuple[int, int]:
    """How many numeric cells can only be day-first (a number over 12 first) and only month-first.
    Dotted cells are day-first by their own convention: they say nothing of the others' order."""
    num = pieces["num"].astype(bool)
    if "dot" in pieces:
        num &= ~pieces["dot"].fillna(False).astype(bool)
    a, b = pieces["a"].where(num), pieces["b"].where(num)
    return int(((a > 12) & (b <= 12)).sum()), int(((b > 12) & (a <= 12)).sum())


def _assemble(p: pd.DataFrame, order: str, explicit: bool) -> tuple[pd.DataFrame, pd.Series]:
    """y, m, d from the pieces, numeric cells read in ``order`` unless (not ``explicit``) a number says otherwise."""
    num = p["num"].astype(bool)
    dot = p["dot"].fillna(False).astype(bool) if "dot" in p else pd.Series(False, index=p.index)
    a, b = p["a"], p["b"]
    if explicit:
        swap = num & (order == DAY_FIRST)
    else:
        says_day = (a > 12) & (b <= 12)
        says_month = (b > 12) & (a <= 12)
        # a dotted cell is day-first in a file whose other dates are month-first ("Nov 4", "11/6", "8.11.")
        swap = num & (says_day | (~says_month & ((order == DAY_FIRST) | dot)))
    m, d = a.where(~swap, b), b.where(~swap, a)
    ambiguous = num & ~explicit & ~dot & (a <= 12) & (b <= 12) & (a != b)
    return pd.DataFrame({"y": p["y"], "m": m, "d": d}, index=p.index), ambiguous


def _to_dates(parts: pd.DataFrame) -> pd.Series:
    ok = parts.notna().all(axis=1) & parts["y"].between(*YEARS)
    whole = parts.where(ok, 1).fillna(1).astype("int64")
    dates = pd.to_datetime(dict(year=whole["y"], month=whole["m"], day=whole["d"]), errors="coerce")
    return dates.where(ok).astype("datetime64[s]")


def read_dates(series: pd.Series, *, order: str | None = None, fallback: str = MONTH_FIRST) -> DateColumn:
    """Read a column of date cells (see the module's text).

    Parameters
    ----------
    series : Series
        The cells (text, or ``datetime`` for spreadsheet date cells).
    order : str, optional
        :data:`DAY_FIRST` or :data:`MONTH_FIRST` as the user said: every numeric cell follows it.
    fallback : str
        The order of ambiguous cells when the column itself has no cell that settles it (the file's).
    """
    text = text_cells(series)
    text = text.where(~text.str.casefold().isin(_BLANKS), "")
    blank = text.eq("")
    distinct = pd.Series(text[~blank].unique(), dtype=object)
    folded = _fold(distinct) if len(distinct) else distinct
    bound = folded.str.extract(_BOUND)[0] if len(distinct) else distinct
    two = folded.str.extract(_TWO) if len(distinct) else pd.DataFrame({0: distinct, 1: distinct})
    digits = folded.str.contains(r"\d", regex=True) if len(distinct) else pd.Series(False, index=distinct.index)
    first_p = _pieces(folded.where(digits, ""))
    joined = digits & two[0].notna() & first_p["a"].isna()
    split_first, split_second = _pieces(two[0].where(joined, "")), _pieces(two[1].where(joined, ""))
    use_split = first_p["a"].isna() & split_first["a"].notna() & split_second["a"].notna() & bound.isna()
    first_p = first_p.where(~use_split, split_first)
    second_p = split_second.where(use_split)
    if len(distinct):
        flags = ["num", "typo", "short", "dot"]
        first_p[flags] = first_p[flags].fillna(False).astype(bool)
        second_p[flags] = second_p[flags].fillna(False).astype(bool)
    days, months = column_order(first_p)
    mine = order or (DAY_FIRST if days > months else MONTH_FIRST if months > days else fallback)
    parts, ambiguous = _assemble(first_p, mine, order is not None)
    second_parts, _ = _assemble(second_p, mine, order is not None)
    second_parts["y"] = second_parts["y"].fillna(parts["y"])
    yearless = parts["y"].isna() & parts["m"].notna() & parts["d"].notna()
    dates, second = _to_dates(parts), _to_dates(second_parts)
    # a spreadsheet's day number pasted as text ("45901" is 2025-09-01): Excel counts from 1899-12-30
    serial = folded.str.fullmatch(r"\d{5}(?:\.0+)?") & parts["m"].isna() if len(distinct) else distinct.astype(bool)
    if serial.any():
        number = pd.to_numeric(folded.where(serial), errors="coerce")
        serial &= number.between(*SERIALS)
        dates[serial] = (pd.Timestamp("1899-12-30") + pd.to_timedelta(number[serial], unit="D")).astype("datetime64[s]")
        parts.loc[serial, "m"] = dates[serial].dt.month

    reason = pd.Series(None, index=distinct.index, dtype=object)
    reason[parts["m"].isna()] = "not a date; write it as YYYY-MM-DD (for example 2026-03-02)"
    reason[bound.notna()] = "a bound ('" + bound[bound.notna()] + "'), not a date; left empty"
    out_of_range = parts["y"].notna() & ~parts["y"].between(*YEARS)
    reason[out_of_range] = "the year is out of range"
    calendar = "no such day in the calendar" + (f" (read as {mine})" if order else "")
    impossible = parts["m"].notna() & (parts["y"].between(*YEARS) | yearless) & dates.isna() & ~yearless
    impossible |= yearless & ~(parts["m"].between(1, 12) & parts["d"].between(1, 31))
    reason[impossible] = calendar
    guess = pd.Series(None, index=distinct.index, dtype=object)
    settled = (days == 0) != (months == 0) and order is None  # every cell that says an order says the same
    guess[ambiguous & dates.notna() & (not settled)] = f"could be day-first or month-first; read as {mine} " + (
        "like the other dates of its column" if days != months and order is None else "like the other dates of the file"
    )
    guess[first_p["typo"].astype(bool) & dates.notna()] = "a separator was missing"
    guess[serial & dates.notna()] = "a spreadsheet's day number, read as the day it counts to"
    guess[use_split & dates.notna()] = "two dates in one cell: the second is kept as a later round"
    ok_yearless = yearless & reason.isna()

    where = pd.Index(distinct).get_indexer(text)
    taken = where >= 0

    def spread(values: pd.Series, fill, dtype=object) -> pd.Series:
        arr = np.full(len(text), fill, dtype=dtype)
        arr[taken] = values.to_numpy(dtype=dtype)[where[taken]]
        return pd.Series(arr, index=text.index)

    return DateColumn(
        text=text,
        dates=spread(dates.where(reason.isna()), np.datetime64("NaT", "s"), "datetime64[s]"),
        second=spread(second, np.datetime64("NaT", "s"), "datetime64[s]"),
        reason=spread(reason, None),
        guess=spread(guess.where(reason.isna()), None),
        month=spread(parts["m"].where(ok_yearless), np.nan, "float64"),
        day=spread(parts["d"].where(ok_yearless), np.nan, "float64"),
        evidence=(days, months),
        numeric=int(first_p["num"].astype(bool).to_numpy()[where[taken]].sum()) if len(distinct) else 0,
    )


#: A day alone: "14", "the 14th", "14." (the month is the sheet's, or the row's above in a log).
_DAY_ONLY = re.compile(r"^(?:the |le |el |am |den )?(\d{1,2})(?:st|nd|rd|th|er|e|o|\.)?$")
#: A sheet named for a month ("Jan", "February", "März 2023").
_SHEET_MONTH = re.compile(r"^([a-z]{3,})\.?(?:\s+\d{2,4})?$")
#: Share of a log's consecutive dates allowed to run backwards for it to count as kept in date order.
BACKWARDS_SHARE = 0.1


def month_of_sheet(name: str | None) -> float | None:
    """The month a sheet is named for ("Jan", "February 2023"), else None.

    >>> month_of_sheet("Feb"), month_of_sheet("März 2023"), month_of_sheet("Tracker")
    (2.0, 3.0, None)
    """
    m = _SHEET_MONTH.match(_fold(pd.Series([str(name or "")])).iloc[0])
    number = _month_number(pd.Series([m.group(1)])).iloc[0] if m else np.nan
    return None if pd.isna(number) else float(number)


def days_alone(col: DateColumn, sheet_month: float | None = None) -> DateColumn:
    """``col`` with its cells that give a day alone ("14", "the 14th") read as a month and day without
    a year: in the month the sheet is named for, else (a log kept in date order) in the month of the
    nearest date above, the next month when the day is earlier than that date's.

    >>> col = read_dates(pd.Series(["Nov 11", "the 14th", "the 2nd", "Dec 12"]))
    >>> days_alone(col).month.tolist(), days_alone(col).day.tolist()
    ([11.0, 11.0, 12.0, 12.0], [11.0, 14.0, 2.0, 12.0])
    """
    folded = _fold(col.text)
    day = folded.str.extract(_DAY_ONLY)[0].astype("float64")
    day = day.where(day.between(1, 31) & col.dates.isna() & col.month.isna())
    if sheet_month is None:  # a bare number under a log is a count ("Total, 2"); "the 14th" is a day
        day = day.where(~folded.str.fullmatch(r"\d{1,2}"))
    if not day.notna().any():
        return col
    if sheet_month is not None:
        month = pd.Series(sheet_month, index=day.index).where(day.notna())
    else:
        known_m = col.month.fillna(col.dates.dt.month.astype("float64"))
        known_d = col.day.fillna(col.dates.dt.day.astype("float64"))
        seen = known_m.notna()
        order = (known_m[seen] * 31 + known_d[seen]).diff().dropna()
        # a new year may pass once (December to January); any other step back means no date order
        backwards = (order < -7) & ~(order < -31 * 8)
        if seen.sum() < 2 or backwards.mean() > BACKWARDS_SHARE:
            return col
        above_m, above_d = known_m.ffill(), known_d.ffill()
        month = above_m.where(day.notna())
        month = month.where(~(day < above_d), month % 12 + 1)  # "the 2nd" after Nov 28 is in December
    take = day.notna() & month.notna()
    reason = col.reason.where(~take, None)
    return replace(col, month=col.month.where(~take, month), day=col.day.where(~take, day), reason=reason)


#: A year, or a season of two ("2024-25", "2024/2025"), in a sheet's title or its file's name.
_TITLE_YEARS = re.compile(r"(?<!\d)(20\d\d)(?:\s*[-–/]\s*(20\d\d|\d\d))?(?!\d)")
#: A year written short with an apostrophe: "fall '22", "spring ’23".
#: Words that make two short numbers a search's years ("Job hunt 24-25"), not a count ("Top 10-11 tips").
_SEARCH_WORDS = re.compile(r"(?i)job|search|hunt|appl|track|bewerb|candidat|sollicit|postul")
_SHORT_RANGE = re.compile(r"(?<![\d/.])(\d\d)\s*[-–/]\s*(\d\d)(?![\d/.])")
_SHORT_YEAR = re.compile(r"['’](\d\d)(?!\d)")


def title_span(*texts: str) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The years a sheet's title or file name gives its dates: the first year named, or a season.

    >>> title_span("JOB SEARCH TRACKER 2024–25", "Applications.csv")
    (Timestamp('2024-01-01 00:00:00'), Timestamp('2025-12-31 00:00:00'))
    >>> title_span("", "applications 2025.xlsx")[1].year, title_span("Tracker", "jobs.csv")
    (2025, None)
    >>> title_span("", "job apps fall 2023.csv")
    (Timestamp('2023-09-01 00:00:00'), Timestamp('2023-12-31 00:00:00'))
    >>> title_span("first search - fall '22 -> spring '23", "jobs.xlsx")
    (Timestamp('2022-09-01 00:00:00'), Timestamp('2023-05-31 00:00:00'))
    >>> title_span("", "Job hunt winter 24-25 - Applications.csv")
    (Timestamp('2024-12-01 00:00:00'), Timestamp('2025-02-28 00:00:00'))
    """
    for text in texts:
        text = str(text or "")
        m = _TITLE_YEARS.search(text)
        if m is not None:
            first = int(m[1])
            last = first if m[2] is None else int(m[2]) if len(m[2]) == 4 else first // 100 * 100 + int(m[2])
            if first <= last <= first + 1:
                season = _SEASON.search(text) if first == last else None
                if season is not None:  # "job apps fall 2023": September to December 2023
                    start, end = next(v for k, v in _SEASON_MONTHS.items() if season.group(k))
                    return pd.Timestamp(first, start, 1), pd.Timestamp(first, end, 1) + pd.offsets.MonthEnd(0)
                return pd.Timestamp(first, 1, 1), pd.Timestamp(last, 12, 31)
        pair = _SHORT_RANGE.search(text)  # "Job hunt winter 24-25": a range of two years written short
        if (
            pair is not None
            and int(pair[2]) == int(pair[1]) + 1
            and (_SEASON.search(text) or _SEARCH_WORDS.search(text))
        ):
            first, season = 2000 + int(pair[1]), _SEASON.search(text)
            if season is not None and season.group("winter"):  # a winter across the new year: December to February
                return pd.Timestamp(first, 12, 1), pd.Timestamp(first + 1, 2, 1) + pd.offsets.MonthEnd(0)
            return pd.Timestamp(first, 1, 1), pd.Timestamp(first + 1, 12, 31)
        short = [2000 + int(y) for y in _SHORT_YEAR.findall(text)]
        if short and max(short) - min(short) <= 1:  # "fall '22 -> spring '23": from the first season to the last
            seasons = list(_SEASON.finditer(text))
            start = next(v for k, v in _SEASON_MONTHS.items() if seasons[0].group(k))[0] if seasons else 1
            end = next(v for k, v in _SEASON_MONTHS.items() if seasons[-1].group(k))[1] if seasons else 12
            return pd.Timestamp(min(short), start, 1), pd.Timestamp(max(short), end, 1) + pd.offsets.MonthEnd(0)
    return None


#: A season before or after the year of a title ("fall 2023", "printemps 2025", "otoño 2025"): its months
#: (a northern reading; a winter is its first months of the year named).
_SEASON = re.compile(
    r"(?i:\b(?:(?P<spring>spring|printemps|fr[uü]hling|fr[uü]hjahr|primavera|voorjaar)"
    r"|(?P<summer>summer|[eé]t[eé]|sommer|verano|estate|zomer)"
    r"|(?P<fall>fall|autumn|automne|herbst|oto[nñ]o|autunno|najaar)"
    r"|(?P<winter>winter|hiver|invierno|inverno))\b)"
)
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 12), "winter": (1, 2)}


def fill_years(
    month: pd.Series,
    day: pd.Series,
    reference: pd.Series,
    span: tuple,
    *,
    span_from: str = "the span of the sheet",
    stretch: bool = False,
    until: pd.Timestamp | None = None,
) -> tuple[pd.Series, pd.Series]:
    """Dates for cells without a year: the year that puts the day nearest the row's ``reference`` date,
    else nearest the middle of the sheet's ``span`` (earliest, latest; ``span_from`` says where it
    comes from); and a note per cell.  Where no date of the sheet has a year (``stretch``: the span
    comes from its title or the day it was saved), the dates of rows without a reference are read as
    one stretch of time (:func:`~followup_kit.io.sheets.stretch.one_stretch`), ending by ``until`` (the day the file was saved):
    "10/14" to "2/10" in a sheet saved in December is October to February, not two pieces of a year.

    >>> ref = pd.Series(pd.to_datetime(["2019-12-20", None]).astype("datetime64[s]"))
    >>> span = (pd.Timestamp("2019-06-01"), pd.Timestamp("2019-09-01"))
    >>> dates, note = fill_years(pd.Series([1.0, 7.0]), pd.Series([8.0, 8.0]), ref, span)
    >>> dates.dt.strftime("%Y-%m-%d").tolist(), note.tolist()[1]
    (['2020-01-08', '2019-07-08'], 'no year: read in 2019, from the span of the sheet')
    """
    want = month.notna() & day.notna()
    dates = pd.Series(pd.NaT, index=month.index, dtype="datetime64[s]")
    note = pd.Series(None, index=month.index, dtype=object)
    if not want.any():
        return dates, note
    middle = span[0] + (span[1] - span[0]) / 2 if span[0] is not None and pd.notna(span[0]) else pd.NaT
    anchor = reference.where(reference.notna(), middle)
    have = want & anchor.notna()
    best = pd.Series(pd.NaT, index=month.index, dtype="datetime64[s]")
    gap = pd.Series(np.inf, index=month.index)
    for shift in (-1, 0, 1):
        year = anchor.dt.year + shift
        parts = pd.DataFrame({"y": year.where(have), "m": month.where(have), "d": day.where(have)})
        candidate = _to_dates(parts)
        distance = (candidate - anchor).abs().dt.days.astype("float64")
        better = candidate.notna() & (distance < gap)
        best, gap = best.where(~better, candidate), gap.where(~better, distance)
    dates = best.where(have)
    if stretch:  # no date of the sheet has a year: its dates without one are read as one stretch of time
        alone = have & reference.isna()
        together = one_stretch(month.where(alone), day.where(alone), span, until)
        dates = dates.where(together.isna(), together)
    from_row = have & reference.notna() & dates.notna()
    from_span = have & reference.isna() & dates.notna()
    years = dates.dt.year.astype("Int64").astype(str)
    note[from_row] = "no year: read in " + years[from_row] + ", from the row's other dates"
    note[from_span] = "no year: read in " + years[from_span] + ", from " + span_from
    return dates, note
