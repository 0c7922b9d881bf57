"""Tests for followup_kit.values: reading what users type."""

import datetime as dt

import pytest

from followup_kit.errors import InputError
from followup_kit.values import (
    check_timezone,
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
