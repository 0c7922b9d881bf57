"""The desk's forms without a browser: the interview form's default start, the people filter's label."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pandas as pd
import pytest
import time_machine

from followup_kit.followups.policy import FollowUpPolicy
from followup_kit.notebook.desk.forms import next_full_hour
from followup_kit.notebook.desk.main import FollowUpDesk
from followup_kit.notebook.desk.people import FILTER_LABEL

NEW_YORK = ZoneInfo("America/New_York")


@time_machine.travel(dt.datetime(2026, 12, 31, 23, 30, tzinfo=NEW_YORK), tick=False)
def test_the_interview_form_opened_late_at_night_proposes_tomorrow_morning(tracker):
    desk = FollowUpDesk(tracker)  # no as_of: the frozen clock is "now"
    assert desk.as_of == pd.Timestamp("2026-12-31 23:30", tz="America/New_York")
    assert desk.iv_when.value == dt.datetime(2027, 1, 1, 9, 0)  # not 12:00 AM, and the new year's day
    assert desk.outcome_on.value == dt.date(2026, 12, 31)


@time_machine.travel(dt.datetime(2026, 3, 11, 21, 10, tzinfo=NEW_YORK), tick=False)
def test_an_evening_keeps_the_next_full_hour_of_the_same_day(tracker):
    assert FollowUpDesk(tracker).iv_when.value == dt.datetime(2026, 3, 11, 22, 0)


def test_the_working_day_starts_at_the_policys_send_hour(tracker):
    desk = FollowUpDesk(tracker, as_of="2026-03-11 05:10", policy=FollowUpPolicy(send_hour=8))
    assert desk.iv_when.value == dt.datetime(2026, 3, 11, 8, 0)
    assert FollowUpDesk(tracker, as_of="2026-03-11").iv_when.value == dt.datetime(2026, 3, 11, 9, 0)


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        ("2026-03-11 08:59", dt.datetime(2026, 3, 11, 9, 0)),
        ("2026-03-11 09:00", dt.datetime(2026, 3, 11, 10, 0)),
        ("2026-03-11 23:00", dt.datetime(2026, 3, 12, 9, 0)),
        ("2028-02-28 23:59", dt.datetime(2028, 2, 29, 9, 0)),  # a leap day
        ("2026-03-07 23:30", dt.datetime(2026, 3, 8, 9, 0)),  # the night clocks go forward in New York
    ],
)
def test_next_full_hour(moment, expected):
    assert next_full_hour(pd.Timestamp(moment, tz="America/New_York")) == expected


def test_the_people_filter_has_a_label(tracker):
    for i in range(12):
        tracker.add_contact(f"Person {i}", company="Globex", relation="recruiter")
    desk = FollowUpDesk(tracker, as_of="2026-03-10")
    assert desk.iv_people_filter.description == FILTER_LABEL == "Find a person"
    assert desk.iv_people_filter.layout.display != "none"
