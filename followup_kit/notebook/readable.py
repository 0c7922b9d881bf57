"""Report tables as people read them: human headings and days, no ids, "role not given".

Examples
--------
>>> import pandas as pd
>>> readable(pd.DataFrame({"application_id": [3], "role": [None], "days": [12.0]})).to_dict("records")
[{'Role': 'role not given', 'Days without news': '12'}]
"""

from __future__ import annotations

import pandas as pd

from followup_kit.days_for_people import day_words
from followup_kit.vocabulary import ROLE_NOT_GIVEN

#: The column names people read in the report's tables (raw name -> heading).
HEADINGS = {
    "date": "Day",
    "what": "What happened",
    "company": "Company",
    "role": "Role",
    "start": "Since",
    "days_waited": "Days waiting",
    "benchmark_days": "Benchmark (days)",
    "days_over": "Days past the benchmark",
    "applied_on": "Applied",
    "days": "Days without news",
}


def human_day(dates: pd.Series, as_of=None) -> pd.Series:
    """Dates as people write them in a table: ``Tue 17 Nov`` (blank when missing).

    With ``as_of``, a day of another year carries its year (the kit's one rule,
    :func:`~followup_kit.days_for_people.day_words`).

    >>> human_day(pd.Series(pd.to_datetime(["2026-11-17", None]))).tolist()
    ['Tue 17 Nov', '']
    >>> human_day(pd.Series(pd.to_datetime(["2023-09-08", "2026-11-17"])), as_of="2026-11-20").tolist()
    ['Fri 8 Sep 2023', 'Tue 17 Nov']
    """
    return day_words(pd.to_datetime(dates), as_of).astype(str)


def human_number(values: pd.Series) -> pd.Series:
    """Numbers without a spurious ``.0`` (12.0 -> ``12``, 3.5 -> ``3.5``); the value is not rounded.

    >>> human_number(pd.Series([12.0, 3.5])).tolist()
    ['12', '3.5']
    """
    return values.map(lambda v: "" if pd.isna(v) else f"{v:,.15g}")


def readable(frame: pd.DataFrame, as_of=None) -> pd.DataFrame:
    """A raw report frame as people read it: no ids, human headings and days, "role not given".

    With ``as_of``, a day outside that day's year carries its year (:func:`human_day`).
    """
    out = frame.drop(columns=[c for c in frame.columns if c == "application_id" or c.endswith("_id")])
    for col in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[col]):
            out[col] = human_day(out[col], as_of=as_of)
        elif pd.api.types.is_numeric_dtype(out[col]) and not pd.api.types.is_bool_dtype(out[col]):
            out[col] = human_number(out[col])
    if "role" in out:
        out["role"] = out["role"].where(out["role"].notna() & out["role"].astype(str).ne(""), ROLE_NOT_GIVEN)
    return out.rename(columns=HEADINGS)


def role_text(role) -> str:
    """A role as people read it: "role not given" when it is missing or blank."""
    return ROLE_NOT_GIVEN if role is None or pd.isna(role) or str(role) == "" else str(role)
