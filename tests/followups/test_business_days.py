"""Business days, holidays and local send times, against hand-computed dates."""

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_kit.errors import InputError
from followup_kit.followups.business_days import (
    add_business_days,
    at_local_hour,
    holiday_dates,
    is_business_day,
)


def D(*days):
    return np.array(days, dtype="datetime64[D]")


def test_weekends_are_skipped():
    # Friday 2026-03-06 + 1 -> Monday 03-09; Saturday + 1 -> Monday; Sunday + 0 -> Monday.
    out = add_business_days(D("2026-03-06", "2026-03-07", "2026-03-08"), np.array([1, 1, 0]))
    assert list(out) == list(D("2026-03-09", "2026-03-09", "2026-03-09"))


def test_us_thanksgiving_is_not_a_business_day():
    # Wednesday 2026-11-25 + 1 skips Thanksgiving (Thu 26) -> Friday 27; +2 -> Monday 30.
    assert list(add_business_days(D("2026-11-25", "2026-11-25"), np.array([1, 2]))) == list(
        D("2026-11-27", "2026-11-30")
    )
    assert not is_business_day(D("2026-11-26"))[0]
    assert D("2026-11-26")[0] in holiday_dates("US", years=[2026])


def test_us_observed_holiday():
    # July 4th 2026 is a Saturday; the observed holiday is Friday July 3rd.
    assert list(is_business_day(D("2026-07-02", "2026-07-03"))) == [True, False]


def test_german_holidays():
    # Tag der Deutschen Einheit, Saturday 2026-10-03: a weekend anyway.
    # Good Friday 2026-04-03 and Easter Monday 04-06: Thursday 04-02 + 1 -> Tuesday 04-07.
    assert add_business_days(D("2026-04-02"), 1, country="DE")[0] == D("2026-04-07")[0]
    assert add_business_days(D("2026-04-02"), 1, country="US")[0] == D("2026-04-03")[0]


def test_german_subdivision_holiday():
    # Epiphany (06 Jan) is a holiday in Bavaria, not in Berlin.
    assert not is_business_day(D("2026-01-06"), country="DE", subdivision="BY")[0]
    assert is_business_day(D("2026-01-06"), country="DE", subdivision="BE")[0]


def test_british_christmas():
    # Thu 2026-12-24 + 1: Christmas (Fri), Boxing Day (Sat) observed Monday 28 -> Tuesday 29.
    assert add_business_days(D("2026-12-24"), 1, country="GB")[0] == D("2026-12-29")[0]


def test_negative_offsets_count_backwards():
    # 3 business days before Monday 2026-11-30 (US): Fri 27, Wed 25, Tue 24.
    assert add_business_days(D("2026-11-30"), -3)[0] == D("2026-11-24")[0]
    assert add_business_days(D("2026-11-28"), -1)[0] == D("2026-11-27")[0]


def test_missing_dates_stay_missing_and_series_work():
    out = add_business_days(pd.Series(pd.to_datetime(["2026-03-06", None])), 1)
    assert out[0] == D("2026-03-09")[0] and np.isnat(out[1])


def test_unknown_country_is_an_input_error():
    with pytest.raises(InputError, match="country"):
        add_business_days(D("2026-03-06"), 1, country="XX")


def test_send_hour_across_dst_changes():
    got = at_local_hour(D("2026-03-06", "2026-03-09", "2026-10-30", "2026-11-02"), 9, "America/New_York")
    assert [t.isoformat() for t in got] == [
        "2026-03-06T09:00:00-05:00",
        "2026-03-09T09:00:00-04:00",
        "2026-10-30T09:00:00-04:00",
        "2026-11-02T09:00:00-05:00",
    ]


def test_nonexistent_local_hour_moves_forward():
    # 02:00 on 2026-03-08 does not exist in New York.
    assert at_local_hour(D("2026-03-08"), 2, "America/New_York")[0].isoformat() == "2026-03-08T03:00:00-04:00"


@given(st.dates(dt.date(2020, 1, 1), dt.date(2035, 12, 31)), st.integers(0, 30), st.sampled_from(["US", "DE", "GB"]))
def test_result_is_a_business_day_after_the_start(day, n, country):
    out = add_business_days(D(day.isoformat()), n, country=country)[0]
    assert is_business_day(np.array([out]), country=country)[0]
    assert out >= D(day.isoformat())[0]
    span = np.busday_count(
        D(day.isoformat())[0],
        out,
        weekmask="1111100",
        holidays=holiday_dates(country, years=range(day.year - 1, day.year + 3)),
    )
    # n business days after a business day; a non-business start counts from the one before it.
    start_is_business = is_business_day(D(day.isoformat()), country=country)[0]
    if n:
        assert span == (n if start_is_business else n - 1)
    else:
        assert span == 0 or (not start_is_business and span == 0)
