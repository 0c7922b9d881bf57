"""Episodes, expiry and "to whom" in the schedule, against hand-computed days."""

import pandas as pd
import pytest

from followup_kit.errors import InputError
from followup_kit.followups.drafts import draft
from followup_kit.followups.policy import FollowUpPolicy
from followup_kit.followups.schedule import due_soon, expired_count, expired_line, follow_up_schedule


def ts(text):
    return pd.Timestamp(text, tz="America/New_York")


def by_key(schedule):
    return schedule.set_index("action_key")


def test_each_kind_expires_after_its_window(interviewed):
    # Interview Tue 2026-03-10 14:00; decision promised Fri 2026-03-20; still waiting (no silence rule).
    t = interviewed["tracker"]
    t.update_application(interviewed["application_id"], still_waiting=True)
    s = by_key(follow_up_schedule(t, as_of="2026-03-11"))
    assert s.loc["thank_you:i1:c2", "expires_at"] == ts("2026-03-18 00:00")  # 7 days after the interview
    assert s.loc["referrer_update:i1:c1", "expires_at"] == ts("2026-03-25 00:00")  # 14 days
    assert s.loc["linkedin_invite:c2", "expires_at"] == ts("2026-04-08 00:00")  # 28 days
    # 45 days from the decision date they gave (later than the interview): Mon 4 May is the last day
    assert s.loc["status_check:a1:i1:1", "expires_at"] == ts("2026-05-05 00:00")
    assert s.loc["status_check:a1:i1:2", "expires_at"] == ts("2026-05-05 00:00")
    late = by_key(follow_up_schedule(t, as_of="2026-03-17 23:59"))
    assert late.loc["thank_you:i1:c2", "status"] == "overdue"
    gone = by_key(follow_up_schedule(t, as_of="2026-03-18 00:00"))
    assert gone.loc["thank_you:i1:c2", "status"] == "expired"
    assert gone.loc["referrer_update:i1:c1", "status"] == "overdue"
    assert expired_count(gone) == 2 and expired_line(gone) == "2 old follow-ups expired"
    assert "thank_you:i1:c2" not in set(due_soon(gone.reset_index(), as_of="2026-03-18", days=7)["action_key"])
    # a mark still wins over expiry
    t.mark_done("thank_you:i1:c3")
    assert by_key(follow_up_schedule(t, as_of="2026-03-18")).loc["thank_you:i1:c3", "status"] == "done"


def test_windows_come_from_the_policy(interviewed):
    t = interviewed["tracker"]
    policy = FollowUpPolicy(thank_you_expires_days=2)
    s = by_key(follow_up_schedule(t, as_of="2026-03-13", policy=policy))
    assert s.loc["thank_you:i1:c2", "expires_at"] == ts("2026-03-13 00:00")
    assert s.loc["thank_you:i1:c2", "status"] == "expired"


def test_keep_in_touch_expires_a_month_after_the_rejection(interviewed):
    t = interviewed["tracker"]
    t.record_event(interviewed["application_id"], "rejection", "2026-03-16")
    s = by_key(follow_up_schedule(t, as_of="2026-04-15"))
    assert s.loc["keep_in_touch:a1", "expires_at"] == ts("2026-04-16 00:00")
    assert s.loc["keep_in_touch:a1", "status"] == "overdue"
    assert by_key(follow_up_schedule(t, as_of="2026-04-16")).loc["keep_in_touch:a1", "status"] == "expired"


def _old_search(t):
    """A 2023 search: one offer accepted on 2023-05-02, one application interviewed and open then."""
    won = t.add_application("Oldco", "Analyst", applied_on="2023-03-01")
    t.record_event(won, "offer_accepted", "2023-05-02")
    other = t.add_application("Pastel Labs", "Analyst", applied_on="2023-04-01")
    t.log_interview(other, "2023-04-20 10:00", [])  # nobody recorded as met
    return won, other


def test_an_old_accepted_offer_does_not_end_todays_search(interviewed):
    t = interviewed["tracker"]
    before = by_key(follow_up_schedule(t, as_of="2026-03-12"))
    _won, other = _old_search(t)
    after = by_key(follow_up_schedule(t, as_of="2026-03-12"))
    assert after.index.tolist() == before.index.tolist()
    assert after["status"].tolist() == before["status"].tolist()
    assert after.attrs["earlier_applications"] == 2
    assert after.attrs["search_started_on"] == pd.Timestamp("2026-03-02")
    history = follow_up_schedule(t, as_of="2026-03-12", scope="all")
    old = history[history["application_id"] == other]
    assert set(old["status"]) == {"cancelled"}
    assert "you accepted the offer from Oldco on Tue 2 May 2023" in old["reason"].iloc[0]
    acme = history[history["application_id"] == interviewed["application_id"]]
    assert not acme["status"].eq("cancelled").any()


def test_the_scope_is_checked(interviewed):
    with pytest.raises(InputError, match="scope"):
        follow_up_schedule(interviewed["tracker"], as_of="2026-03-12", scope="everything")


def test_every_follow_up_says_to_whom(tracker):
    app = tracker.add_application("Pastel Labs", "Analyst", applied_on="2026-03-02")
    tracker.log_interview(app, "2026-03-10 10:00", [])  # nobody recorded as met
    s = follow_up_schedule(tracker, as_of="2026-03-12")
    check = s[s["kind"] == "status_check"]
    assert check["to_whom"].tolist() == ["the hiring team at Pastel Labs"] * 2
    assert check["contact_name"].isna().all()
    d = draft(tracker, check["action_key"].iloc[0], as_of="2026-03-12")
    assert d.body.startswith("Dear Pastel Labs hiring team,")
    assert "Hello" not in d.body and "None" not in d.text and "nan" not in d.text.lower().split()
    assert d.to == "the hiring team at Pastel Labs"
    assert "on Tuesday 10 March" in d.body  # this year's day: no year
    later = draft(tracker, check["action_key"].iloc[0], as_of="2027-01-05")
    assert "on Tuesday 10 March 2026" in later.body  # another year's day carries its year


def test_the_calendar_names_the_hiring_team(tracker):
    import icalendar

    from followup_kit.followups.ics import schedule_to_ics

    app = tracker.add_application("Pastel Labs", "Analyst", applied_on="2026-03-02")
    tracker.log_interview(app, "2026-03-10 10:00", [])
    cal = icalendar.Calendar.from_ical(schedule_to_ics(tracker, as_of="2026-03-12"))
    summaries = [str(e["SUMMARY"]) for e in cal.walk("VEVENT")]
    assert "Ask the hiring team at Pastel Labs for an update (Pastel Labs)" in summaries
    assert not any("None" in s or "nan" in s for s in summaries)
