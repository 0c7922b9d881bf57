"""wait_times: start and end events, censoring, as_of, time zones."""

from __future__ import annotations

import pandas as pd
import pytest
import time_machine
from helpers import fake_now_moment

from followup_kit.analysis.waits import WAIT_COLUMNS, wait_times
from followup_kit.errors import InputError


@pytest.fixture
def three(tracker):
    """Acme: interviews 03-10 and 03-17, offer 04-01. Brio: interview 03-12 (late evening), open.
    Cora: interview 03-12, ghosted 04-05. Dara: applied only, rejected 03-20."""
    t = tracker
    a = t.add_application("Acme", "Analyst", applied_on="2026-03-02", industry="Software", source="Referral")
    b = t.add_application("Brio", "Engineer", applied_on="2026-03-03", industry="Retail")
    c = t.add_application("Cora", "Engineer", applied_on="2026-03-04")
    d = t.add_application("Dara", "Engineer", applied_on="2026-03-05")
    t.log_interview(a, "2026-03-10 10:00", [], stage="phone")
    t.log_interview(a, "2026-03-17 10:00", [], stage="onsite")
    t.log_interview(b, "2026-03-12 23:30", [])
    t.log_interview(c, "2026-03-12 10:00", [])
    t.record_event(a, "response", "2026-03-05")
    t.record_event(a, "offer", "2026-04-01")
    t.record_event(c, "ghosted", "2026-04-05")
    t.record_event(d, "rejection", "2026-03-20")
    return t


def test_first_interview_to_decision(three):
    w = wait_times(three, as_of="2026-04-20")
    assert tuple(w.columns) == WAIT_COLUMNS
    assert w["application_id"].tolist() == [1, 2, 3]  # Dara never interviewed: no start event
    assert w["days"].tolist() == [22, 39, 24]
    assert w["observed"].tolist() == [True, False, False]
    # Brio: silent since its interview on 03-12, 39 days by 04-20: past the fixed 30, so ghosted by silence
    assert w["outcome"].tolist() == ["offer", "ghosted", "ghosted"]
    assert w["status"].tolist() == ["offer", "ghosted", "ghosted"]
    assert wait_times(three, as_of="2026-04-11")["outcome"].tolist() == ["offer", "open", "ghosted"]
    assert w["end"].dt.strftime("%Y-%m-%d").tolist() == ["2026-04-01", "2026-04-20", "2026-04-05"]
    assert w["stage"].tolist() == ["onsite", None, None]
    assert w["industry"].tolist() == ["Software", "Retail", None]
    assert w.attrs["start_event"] == "first_interview" and w.attrs["as_of"] == "2026-04-20"


def test_late_evening_interview_counts_on_local_date(three):
    w = wait_times(three, as_of="2026-04-20")
    # 23:30 in New York is the next day in UTC; the local date 03-12 counts
    assert w.loc[1, "start"] == pd.Timestamp("2026-03-12")


def test_last_interview_start(three):
    w = wait_times(three, as_of="2026-04-20", start="last_interview")
    assert w.loc[0, "days"] == 15  # 03-17 to 04-01


def test_applied_to_offer_censors_rejection(three):
    w = wait_times(three, as_of="2026-04-20", start="applied", end="offer")
    dara = w.loc[w["application_id"] == 4].iloc[0]
    assert (dara["days"], dara["observed"], dara["outcome"]) == (15, False, "rejection")


def test_applied_to_rejection_censors_offer(three):
    w = wait_times(three, as_of="2026-04-20", start="applied", end="rejection")
    assert w.set_index("application_id")["outcome"].to_dict() == {
        1: "offer",
        2: "ghosted",
        3: "ghosted",
        4: "rejection",
    }


def test_response_counts_interview_as_reply(three):
    w = wait_times(three, as_of="2026-04-20", start="applied", end="response").set_index("application_id")
    assert w.loc[1, ["days", "outcome"]].tolist() == [3, "response"]
    assert w.loc[2, ["days", "outcome"]].tolist() == [9, "interview"]
    assert w.loc[4, ["days", "outcome"]].tolist() == [15, "rejection"]


def test_as_of_in_the_past_ignores_later_events(three):
    w = wait_times(three, as_of="2026-03-15")
    assert w["application_id"].tolist() == [1, 2, 3]
    assert w["outcome"].tolist() == ["open"] * 3
    assert w["days"].tolist() == [5, 3, 3]
    assert wait_times(three, as_of="2026-03-11")["application_id"].tolist() == [1]


def test_dict_of_tables_and_timezone(three):
    tables = three.tables()
    w = wait_times(tables, as_of="2026-04-20")
    pd.testing.assert_frame_equal(w, wait_times(three, as_of="2026-04-20"))
    assert w.attrs["timezone"] == "America/New_York"
    # the same instants read in Tokyo move the 23:30 interview a day later
    assert wait_times(tables, as_of="2026-04-20", timezone="Asia/Tokyo").loc[1, "days"] == 38


@pytest.mark.parametrize("now", ["2026-12-06 09:00 America/New_York", "2026-12-31 23:30 America/New_York"])
def test_as_of_default_is_today(three, now):
    moment = fake_now_moment(now)
    with time_machine.travel(moment, tick=False):
        w = wait_times(three)
    assert w.loc[1, "end"] == pd.Timestamp(moment.date())  # today in the tracker's zone, not in UTC


def test_input_not_changed(three):
    tables = three.tables()
    before = {k: v.copy() for k, v in tables.items()}
    wait_times(tables, as_of="2026-04-20")
    for k in tables:
        pd.testing.assert_frame_equal(tables[k], before[k])


def test_empty_tracker(tracker):
    w = wait_times(tracker, as_of="2026-04-20")
    assert len(w) == 0 and tuple(w.columns) == WAIT_COLUMNS


def test_bad_arguments(tracker):
    with pytest.raises(InputError, match="unknown start event; use one of applied, first_interview"):
        wait_times(tracker, start="interview")
    with pytest.raises(InputError, match="unknown end event"):
        wait_times(tracker, end="hired")
    with pytest.raises(TypeError, match="expected a Tracker"):
        wait_times([1, 2])
