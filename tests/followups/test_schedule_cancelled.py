"""A cancelled interview leaves the live schedule; the marks made on its actions are kept."""

from followup_kit.followups.schedule import follow_up_schedule


def test_cancelled_interview_drops_its_follow_ups_only(interviewed):
    t = interviewed["tracker"]
    before = follow_up_schedule(t, as_of="2026-03-11")
    iv = interviewed["interview_id"]
    assert (before["interview_id"] == iv).any()
    key = before.loc[before["kind"] == "thank_you", "action_key"].iloc[0]
    t.mark_done(key, on="2026-03-10 18:00")
    other = t.log_interview(interviewed["application_id"], "2026-03-17 10:00", [interviewed["hiring_manager_id"]])
    t.execute("UPDATE interviews SET cancelled_at = '2026-03-09T12:00:00+00:00' WHERE interview_id = ?", (iv,))
    after = follow_up_schedule(t, as_of="2026-03-11")
    assert not (after["interview_id"] == iv).any()
    assert (after.loc[after["kind"] == "thank_you", "interview_id"] == other).all()
    # status checks now count from the interview that will happen
    checks = after[after["kind"] == "status_check"]
    assert len(checks) and (checks["interview_id"] == other).all()
    assert key in set(t.action_state["action_key"])
