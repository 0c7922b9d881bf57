"""A cancelled interview (from a calendar cancellation) was never held: one rule for status, waits and pipeline."""

from __future__ import annotations

import followup_kit as fk


def _cancel(tracker, interview_id, when="2026-03-09T12:00:00+00:00"):
    with tracker.transaction() as conn:
        conn.execute("UPDATE interviews SET cancelled_at = ? WHERE interview_id = ?", (when, interview_id))


def test_a_cancelled_only_interview_does_not_make_the_application_interviewing(interviewed):
    t = interviewed["tracker"]
    t.update_application(interviewed["application_id"], still_waiting=True)  # silent since March: kept open
    assert t.applications["status"].tolist() == ["interviewing"]
    _cancel(t, interviewed["interview_id"])
    assert t.applications["status"].tolist() == ["applied"]
    assert len(t.interviews) == 1  # history kept


def test_cancelled_interviews_start_no_wait_and_reach_no_stage(interviewed):
    t = interviewed["tracker"]
    before = fk.wait_times(t, as_of="2026-04-01")
    assert len(before) == 1
    _cancel(t, interviewed["interview_id"])
    assert len(fk.wait_times(t, as_of="2026-04-01")) == 0
    assert fk.funnel(t, as_of="2026-04-01").loc["interview", "count"] == 0
    assert fk.follow_up_schedule(t, as_of="2026-04-01").empty
