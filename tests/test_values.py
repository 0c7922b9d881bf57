"""Tests for followup_kit.values: reading what users type."""

import datetime as dt

import pytest

from followup_kit.errors import InputError
from followup_kit.values import (
    check_integer,
    check_timezone,
    clean_text,
    to_bool,
    to_date,
    to_instant,
    to_positive_int,
    to_text,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-10 9:05", "2026-11-10T09:05:00-05:00"),
        ("2026-11-10T09:05", "2026-11-10T09:05:00-05:00"),
        ("2026-11-10", "2026-11-10T09:00:00-05:00"),
        ("2026-03-08 02:30", "2026-03-08T03:30:00-04:00"),
        ("2026-11-01 01:30", "2026-11-01T01:30:00-04:00"),
    ],
)
def test_instants_are_local(text, expected):
    assert to_instant(text, field="starts_at", tz="America/New_York").isoformat() == expected


@pytest.mark.parametrize("text", ["10/11/2026 9:00", "next week", "2026-13-01 10:00", "2026-11-10 25:00"])
def test_bad_instants_name_field_and_value(text):
    with pytest.raises(InputError, match=f"field 'starts_at', value '{text}'"):
        to_instant(text, field="starts_at", tz="UTC")


def test_dates_bools_numbers_text():
    assert to_date(dt.datetime(2026, 1, 1, 23, 30, tzinfo=dt.UTC), field="d", tz="Asia/Tokyo") == dt.date(2026, 1, 2)
    assert to_bool("Yes", field="b") is True and to_bool(0, field="b") is False
    assert to_positive_int("1,200", field="n") == 1200
    with pytest.raises(InputError, match="from 1 to"):
        to_positive_int(0, field="n")
    assert to_text("  a  ", field="t") == "a" and to_text("   ", field="t") is None
    with pytest.raises(InputError, match="longer than 5 characters"):
        to_text("abcdefgh", field="t", max_length=5)
    with pytest.raises(InputError, match="not a time zone"):
        check_timezone("Europe/Atlantis")


# --- the edges (issue 26) ---------------------------------------------------------------


@pytest.mark.parametrize("value", ["0001-12-03", "9999-12-31", "1899-12-31", "2201-01-01"])
def test_a_date_past_the_edges_is_refused_with_the_years(value):
    with pytest.raises(InputError, match="outside the years 1900 to 2200"):
        to_date(value, field="on")
    with pytest.raises(InputError, match="outside the years 1900 to 2200"):
        to_instant(value + " 10:00", field="starts_at", tz="Europe/Berlin")


def test_the_edges_themselves_are_accepted_in_any_zone():
    assert to_date("1900-01-01", field="on") == dt.date(1900, 1, 1)
    late = to_instant("2200-12-31 23:59", field="starts_at", tz="Pacific/Kiritimati")
    assert late.year == 2200 and late.astimezone(dt.UTC).year == 2200


def test_9999_in_utc_is_refused_before_a_conversion_overflows():
    moment = dt.datetime(9999, 12, 31, 23, 59, 59, tzinfo=dt.UTC)
    with pytest.raises(InputError, match="outside the years"):
        to_instant(moment, field="Date", tz="Europe/Berlin")
    with pytest.raises(InputError, match="outside the years"):
        to_date(moment, field="Date", tz="Europe/Berlin")


@pytest.mark.parametrize("value", [2**31, 2**64, -1, True, "3"])
def test_an_integer_that_does_not_fit_is_refused(value):
    with pytest.raises(InputError, match="whole number from 0 to 2,147,483,647"):
        check_integer(value, field="SEQUENCE", minimum=0)


def test_clean_text_drops_every_control_but_tab_and_newline():
    hostile = "A\x00n\x1b]0;t\x07a\x1b[2J\tB\nC\x9b\u202eD\x7f"
    assert clean_text(hostile) == "An]0;ta[2J\tB\nCD"
