"""The follow-up schedule against hand-computed scenarios, plus hypothesis properties."""

import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import time_machine
from helpers import fake_now_moment
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_kit._validation import local_dates
from followup_kit.errors import InputError
from followup_kit.followups.business_days import is_business_day
from followup_kit.followups.policy import FollowUpPolicy
from followup_kit.followups.schedule import (
    SCHEDULE_COLUMNS,
    due_soon,
    follow_up_schedule,
)
from followup_kit.store.tracker import Tracker


def ts(text, tz="America/New_York"):
    return pd.Timestamp(text, tz=tz)


def by_key(schedule):
    return schedule.set_index("action_key")


def test_interviewed_fixture_schedule(interviewed):
    # Interview Tue 2026-03-10 14:00 EDT; decision promised Fri 2026-03-20; referred by Rita (1).
    s = by_key(follow_up_schedule(interviewed["tracker"], as_of="2026-03-10 15:00"))
    assert list(s.reset_index().columns) == list(SCHEDULE_COLUMNS)
    expected = {
        "thank_you:i1:c2": ts("2026-03-11 14:00"),
        "thank_you:i1:c3": ts("2026-03-11 14:00"),
        "referrer_update:i1:c1": ts("2026-03-11 09:00"),  # 1 business day
        "linkedin_invite:c2": ts("2026-03-12 09:00"),  # 2 business days
        "linkedin_invite:c3": ts("2026-03-12 09:00"),
        "status_check:a1:i1:1": ts("2026-03-24 09:00"),  # Fri 20 + 2 business days
        "status_check:a1:i1:2": ts("2026-03-31 09:00"),  # a week later
    }
    assert s["due_at"].to_dict() == expected
    assert set(s["status"]) == {"pending"}
    assert s.loc["status_check:a1:i1:1", "contact_id"] == 2  # the hiring manager
    assert s.loc["status_check:a1:i1:1", "contact_name"] == "Hana Manager"
    assert s.loc["referrer_update:i1:c1", "contact_email"] == "rita@example.com"
    assert (s["company"] == "Acme Analytics").all() and (s["role"] == "Data Analyst").all()
    assert "decision date" in s.loc["status_check:a1:i1:1", "reason"]
    assert "24 hours" in s.loc["thank_you:i1:c2", "reason"]
    assert s["due_at"].is_monotonic_increasing


def test_status_is_overdue_after_due(interviewed):
    s = by_key(follow_up_schedule(interviewed["tracker"], as_of="2026-03-12 08:00"))
    assert s.loc["thank_you:i1:c2", "status"] == "overdue"
    assert s.loc["linkedin_invite:c2", "status"] == "pending"


def test_tables_dict_gives_the_same_schedule(interviewed):
    t = interviewed["tracker"]
    a = follow_up_schedule(t, as_of="2026-03-12")
    b = follow_up_schedule(t.tables(), as_of="2026-03-12")
    pd.testing.assert_frame_equal(a, b)


@pytest.mark.parametrize(
    "starts, due",
    [
        ("2026-03-07 14:00", "2026-03-08T15:00:00-04:00"),  # spring forward: wall clock jumps an hour
        ("2026-10-31 10:00", "2026-11-01T09:00:00-05:00"),  # fall back
    ],
)
def test_thank_you_is_24_real_hours_across_dst(tracker, starts, due):
    hm = tracker.add_contact("Hana Manager", relation="hiring_manager")
    tracker.log_interview(tracker.add_application("Acme", "Analyst"), starts, [hm])
    s = by_key(follow_up_schedule(tracker, as_of="2026-01-01"))
    got = s.loc["thank_you:i1:c1", "due_at"]
    assert got.isoformat() == due
    assert got - tracker.interviews.loc[0, "starts_at"] == pd.Timedelta(hours=24)


def test_thank_you_stays_on_the_weekend_but_chase_ups_move(tracker):
    # Friday 2026-03-06 14:00 EST: thank-you Saturday; invite two business days later (Tuesday).
    hm = tracker.add_contact("Hana Manager", relation="hiring_manager")
    tracker.log_interview(tracker.add_application("Acme", "Analyst"), "2026-03-06 14:00", [hm])
    s = by_key(follow_up_schedule(tracker, as_of="2026-03-01"))
    assert s.loc["thank_you:i1:c1", "due_at"] == ts("2026-03-07 14:00")
    assert s.loc["linkedin_invite:c1", "due_at"] == ts("2026-03-10 09:00")
    # No decision date: 5 business days after Friday -> Friday 03-13; then a week later.
    assert s.loc["status_check:a1:i1:1", "due_at"] == ts("2026-03-13 09:00")
    assert s.loc["status_check:a1:i1:2", "due_at"] == ts("2026-03-20 09:00")
    assert "No decision date" in s.loc["status_check:a1:i1:1", "reason"]


def test_thanksgiving_is_skipped(tracker):
    ref = tracker.add_contact("Rita Referrer", relation="referrer")
    hm = tracker.add_contact("Hana Manager", relation="hiring_manager")
    tracker.log_interview(tracker.add_application("Acme", "Analyst", referrer_id=ref), "2026-11-25 10:00", [hm])
    s = by_key(follow_up_schedule(tracker, as_of="2026-11-01"))
    assert s.loc["referrer_update:i1:c1", "due_at"] == ts("2026-11-27 09:00")  # skips Thu 26
    assert s.loc["linkedin_invite:c2", "due_at"] == ts("2026-11-30 09:00")
    assert s.loc["status_check:a1:i1:1", "due_at"] == ts("2026-12-03 09:00")  # Fri, Mon, Tue, Wed, Thu
    assert s.loc["status_check:a1:i1:2", "due_at"] == ts("2026-12-10 09:00")


def test_german_holidays_and_time_zone(tmp_path):
    t = Tracker.create(tmp_path / "de.sqlite", timezone="Europe/Berlin")
    hm = t.add_contact("Hanna Leiterin", relation="hiring_manager")
    t.log_interview(
        t.add_application("Beispiel GmbH", "Analystin"), "2026-04-02 10:00", [hm], decision_expected_on="2026-04-02"
    )
    de = by_key(follow_up_schedule(t, as_of="2026-03-01", policy=FollowUpPolicy(country="DE")))
    us = by_key(follow_up_schedule(t, as_of="2026-03-01"))
    t.close()
    berlin = "Europe/Berlin"
    # Good Friday (04-03) and Easter Monday (04-06) are German holidays.
    assert de.loc["linkedin_invite:c1", "due_at"] == ts("2026-04-08 09:00", berlin)
    assert us.loc["linkedin_invite:c1", "due_at"] == ts("2026-04-06 09:00", berlin)
    assert de.loc["status_check:a1:i1:1", "due_at"] == ts("2026-04-08 09:00", berlin)


def test_policy_timezone_moves_send_hour(interviewed):
    s = by_key(
        follow_up_schedule(
            interviewed["tracker"], as_of="2026-03-01", policy=FollowUpPolicy(timezone="Europe/London", send_hour=8)
        )
    )
    # The interview is 18:00 in London; the invite is Thursday 08:00 London time.
    assert s.loc["linkedin_invite:c2", "due_at"] == ts("2026-03-12 08:00", "Europe/London")
    assert str(s["due_at"].dt.tz) == "Europe/London"


def test_per_application_overrides(interviewed):
    t = interviewed["tracker"]
    t.update_application(
        interviewed["application_id"], policy_overrides={"thank_you_hours": 12, "max_status_checks": 1}
    )
    s = by_key(follow_up_schedule(t, as_of="2026-03-01"))
    assert s.loc["thank_you:i1:c2", "due_at"] == ts("2026-03-11 02:00")
    assert "status_check:a1:i1:2" not in s.index
    assert "within 12 hours" in s.loc["thank_you:i1:c2", "reason"]


def test_bad_override_names_the_application(interviewed):
    t = interviewed["tracker"]
    t.update_application(interviewed["application_id"], policy_overrides={"country": "DE"})
    with pytest.raises(InputError, match=r"application 1.*|cannot differ"):
        follow_up_schedule(t, as_of="2026-03-01")


def test_new_decision_date_moves_due_but_keeps_key_and_mark(interviewed):
    t = interviewed["tracker"]
    t.mark_done("status_check:a1:i1:1", on="2026-03-24 10:00")
    t.update_interview(interviewed["interview_id"], decision_expected_on="2026-03-27")
    s = by_key(follow_up_schedule(t, as_of="2026-03-25"))
    assert s.loc["status_check:a1:i1:1", "status"] == "done"
    assert s.loc["status_check:a1:i1:1", "due_at"] == ts("2026-03-31 09:00")
    assert s.loc["status_check:a1:i1:2", "status"] == "pending"


def test_marks_override_status(interviewed):
    t = interviewed["tracker"]
    t.mark_done("thank_you:i1:c2")
    t.skip("linkedin_invite:c3")
    s = by_key(follow_up_schedule(t, as_of="2026-03-16"))
    assert s.loc["thank_you:i1:c2", "status"] == "done"
    assert s.loc["linkedin_invite:c3", "status"] == "skipped"
    assert s.loc["thank_you:i1:c3", "status"] == "overdue"
    t.unmark("thank_you:i1:c2")
    assert by_key(follow_up_schedule(t, as_of="2026-03-16")).loc["thank_you:i1:c2", "status"] == "overdue"


def test_a_second_round_starts_new_status_checks(interviewed):
    t = interviewed["tracker"]
    t.mark_done("status_check:a1:i1:1")
    t.log_interview(interviewed["application_id"], "2026-03-26 11:00", [interviewed["hiring_manager_id"]])
    s = by_key(follow_up_schedule(t, as_of="2026-03-27"))
    checks = s[s["kind"] == "status_check"]
    assert list(checks.index) == ["status_check:a1:i2:1", "status_check:a1:i2:2"]
    assert checks["status"].tolist() == ["pending", "pending"]
    # The decision date (03-20) is older than the last interview: fall back to 5 business days.
    assert checks["due_at"].iloc[0] == ts("2026-04-02 09:00")


def test_competing_offer_creates_expedite(interviewed):
    t = interviewed["tracker"]
    hm = t.add_contact("Oskar Offer", relation="hiring_manager")
    other = t.add_application("Beta Corp", "Analyst")
    t.log_interview(other, "2026-03-09 10:00", [hm])
    offer = t.record_event(other, "offer", "2026-03-16", deadline="2026-03-23")
    s = by_key(follow_up_schedule(t, as_of="2026-03-17"))
    key = f"expedite:a1:o{offer}"
    # Three business days before Monday 03-23: Fri 20, Thu 19, Wed 18.
    assert s.loc[key, "due_at"] == ts("2026-03-18 09:00")
    assert s.loc[key, "contact_id"] == interviewed["hiring_manager_id"]
    assert s.loc[key, "status"] == "pending"
    assert not any(k.startswith("expedite:a2") for k in s.index)  # not to the company that made the offer
    # The company that made an offer: its status checks are cancelled, a decision is known.
    assert set(s.loc[s.index.str.startswith("status_check:a2"), "status"]) == {"cancelled"}
    assert "you have an offer" in s.loc["status_check:a2:i2:1", "reason"]
    # After the deadline there is nothing left to expedite.
    later = follow_up_schedule(t, as_of="2026-03-24")
    assert not later["kind"].eq("expedite").any()


def test_expedite_only_for_applications_still_wanted(interviewed):
    t = interviewed["tracker"]
    t.update_application(interviewed["application_id"], still_interested=False)
    other = t.add_application("Beta Corp", "Analyst")
    t.record_event(other, "offer", "2026-03-16", deadline="2026-03-23")
    assert not follow_up_schedule(t, as_of="2026-03-17")["kind"].eq("expedite").any()


@pytest.mark.parametrize("interested", [True, False])
def test_rejection_cancels_checks_and_maybe_keeps_in_touch(interviewed, interested):
    t = interviewed["tracker"]
    t.update_application(interviewed["application_id"], still_interested=interested)
    t.record_event(interviewed["application_id"], "rejection", "2026-03-16")
    s = by_key(follow_up_schedule(t, as_of="2026-03-17"))
    checks = s[s["kind"] == "status_check"]
    assert set(checks["status"]) == {"cancelled"}
    assert "rejected" in checks["reason"].iloc[0]
    assert s.loc["referrer_update:i1:c1", "status"] == "cancelled"
    assert s.loc["thank_you:i1:c2", "status"] == "overdue"  # courtesy still stands
    if interested:
        # Monday 03-16 + 2 business days.
        assert s.loc["keep_in_touch:a1", "due_at"] == ts("2026-03-18 09:00")
        assert s.loc["keep_in_touch:a1", "contact_id"] == interviewed["hiring_manager_id"]
        assert s.loc["linkedin_invite:c2", "status"] == "overdue"
    else:
        assert "keep_in_touch:a1" not in s.index
        assert s.loc["linkedin_invite:c2", "status"] == "cancelled"


@pytest.mark.parametrize("kind", ["withdrawal", "ghosted"])
def test_withdrawal_and_ghosting_cancel_checks(interviewed, kind):
    t = interviewed["tracker"]
    t.record_event(interviewed["application_id"], kind, "2026-03-16")
    s = follow_up_schedule(t, as_of="2026-03-17")
    assert set(s.loc[s["kind"] == "status_check", "status"]) == {"cancelled"}
    assert not s["kind"].eq("keep_in_touch").any()


def test_accepted_offer_cancels_every_other_application(interviewed):
    t = interviewed["tracker"]
    hm = t.add_contact("Oskar Offer", relation="hiring_manager")
    other = t.add_application("Beta Corp", "Analyst")
    t.log_interview(other, "2026-03-09 10:00", [hm])
    t.record_event(other, "offer", "2026-03-16", deadline="2026-03-23")
    t.record_event(other, "offer_accepted", "2026-03-17")
    t.mark_done("thank_you:i1:c2")
    s = by_key(follow_up_schedule(t, as_of="2026-03-18"))
    acme = s[s["application_id"] == 1]
    assert set(acme["status"]) == {"cancelled", "done"}
    assert s.loc["thank_you:i1:c2", "status"] == "done"  # a done mark is kept
    assert "you accepted the offer from Beta Corp" in s.loc["status_check:a1:i1:1", "reason"]
    beta = s[s["application_id"] == other]
    assert set(beta.loc[beta["kind"] == "status_check", "status"]) == {"cancelled"}
    # its own thank-you is not cancelled by its own offer; on 18 March it is past its week, so expired
    assert beta.loc[beta["kind"] == "thank_you", "status"].eq("expired").all()
    assert not s["kind"].eq("expedite").any()


def test_cold_invites_and_followup(interviewed):
    t = interviewed["tracker"]
    cold = t.add_contact("Cora Colleague", company=" acme analytics ", relation="employee")
    other = t.add_contact("Otto Elsewhere", company="Nowhere Inc", relation="employee")
    s = by_key(follow_up_schedule(t, as_of="2026-03-10 15:00"))
    key = f"linkedin_invite:c{cold}"
    assert s.loc[key, "cold"] and not s.loc["linkedin_invite:c2", "cold"]
    assert s.loc[key, "due_at"] == ts("2026-03-12 09:00")
    assert "must not mention interviewing" in s.loc[key, "reason"]
    assert f"linkedin_invite:c{other}" not in s.index
    assert f"linkedin_followup:c{cold}" not in s.index
    t.update_contact(cold, linkedin_invited_on="2026-03-12", linkedin_connected_on="2026-03-13")
    s = by_key(follow_up_schedule(t, as_of="2026-03-14"))
    assert s.loc[key, "status"] == "done"  # recorded in the tracker
    # Connected Friday 03-13: one business day later is Monday 03-16.
    assert s.loc[f"linkedin_followup:c{cold}", "due_at"] == ts("2026-03-16 09:00")


def test_empty_tracker_gives_empty_schedule(tracker):
    s = follow_up_schedule(tracker, as_of="2026-03-01")
    assert s.empty and list(s.columns) == list(SCHEDULE_COLUMNS)
    assert due_soon(s, as_of="2026-03-01").empty


def test_bad_as_of(tracker):
    with pytest.raises(InputError, match="as_of"):
        follow_up_schedule(tracker, as_of="next week")


def test_as_of_none_means_now(interviewed):
    # silent since March: without "still waiting" today's silence rule would cancel every chase-up
    interviewed["tracker"].update_application(interviewed["application_id"], still_waiting=True)
    now = pd.Timestamp(fake_now_moment("2026-03-12 10:00 America/New_York"))
    with time_machine.travel(now, tick=False):
        s = follow_up_schedule(interviewed["tracker"])
    expected = np.where(s["expires_at"] <= now, "expired", np.where(s["due_at"] < now, "overdue", "pending"))
    assert s["status"].tolist() == expected.tolist()


def test_due_soon_lists_today_first(interviewed):
    t = interviewed["tracker"]
    t.mark_done("thank_you:i1:c3")
    s = follow_up_schedule(t, as_of="2026-03-12 10:00")
    soon = due_soon(s, as_of="2026-03-12 10:00", days=2)
    # due today at 09:00 (overdue since this morning) first; then yesterday's, the latest first
    assert soon["action_key"].tolist() == [
        "linkedin_invite:c2",
        "linkedin_invite:c3",
        "thank_you:i1:c2",
        "referrer_update:i1:c1",
    ]
    assert soon["status"].tolist() == ["overdue"] * 4
    soon = due_soon(s, as_of="2026-03-10 15:00", days=1)
    assert soon["action_key"].tolist() == ["referrer_update:i1:c1", "thank_you:i1:c2"]
    assert set(soon["status"]) == {"pending"}
    with pytest.raises(InputError, match="days"):
        due_soon(s, days=-1)


# --- properties -----------------------------------------------------------------------

interview_times = st.datetimes(
    min_value=pd.Timestamp("2026-01-01").to_pydatetime(), max_value=pd.Timestamp("2027-12-31").to_pydatetime()
)
scenario = st.lists(
    st.tuples(
        interview_times,
        st.integers(0, 3),
        st.booleans(),
        st.integers(0, 20),
        st.sampled_from([None, "rejection", "offer", "withdrawal", "ghosted"]),
    ),
    min_size=1,
    max_size=5,
)


def _build(path, rows, country="US"):
    t = Tracker.create(path, timezone="America/New_York")
    with t.transaction():
        _fill(t, rows)
    return t


def _fill(t, rows):
    ref = t.add_contact("Rita Referrer", relation="referrer")
    for i, (when, people, referred, decision_days, outcome) in enumerate(rows):
        ids = [
            t.add_contact(f"Person {i}-{j}", relation=["hiring_manager", "interviewer", "recruiter"][j % 3])
            for j in range(people)
        ]
        app = t.add_application(f"Company {i}", "Analyst", referrer_id=ref if referred else None)
        decision = (when + pd.Timedelta(days=decision_days)).date() if decision_days else None
        t.log_interview(app, when.replace(second=0, microsecond=0), ids, decision_expected_on=decision)
        if outcome:
            on = (when + pd.Timedelta(days=3)).date()
            t.record_event(app, outcome, on, deadline=(on + pd.Timedelta(days=6)) if outcome == "offer" else None)


@settings(max_examples=30)
@given(scenario, st.sampled_from(["US", "GB", "DE"]))
def test_properties_hold(rows, country):
    with tempfile.TemporaryDirectory() as tmp:
        t = _build(Path(tmp) / "t.sqlite", rows)
        s = follow_up_schedule(t, as_of="2026-06-01", policy=FollowUpPolicy(country=country))
        starts = t.interviews.set_index("interview_id")["starts_at"]
        t.close()
    assert s["action_key"].is_unique
    chase = s[s["kind"] != "thank_you"]
    assert is_business_day(local_dates(chase["due_at"]).to_numpy().astype("datetime64[D]"), country=country).all()
    assert (chase["due_at"].dt.hour == 9).all()
    thanks = s[s["kind"] == "thank_you"]
    gap = thanks["due_at"].to_numpy() - starts.reindex(thanks["interview_id"]).to_numpy()
    assert (gap == np.timedelta64(24, "h")).all()
    assert (s[s["kind"] == "status_check"].groupby("application_id").size() <= 2).all()
    assert s["status"].isin(["pending", "overdue", "done", "skipped", "cancelled", "expired"]).all()
    live = s[s["status"].isin(["pending", "overdue"])]
    assert (live["expires_at"] > pd.Timestamp("2026-06-01", tz=t.timezone)).all()
    assert (live["due_at"] > pd.Timestamp("2026-04-02", tz=t.timezone)).all()  # nothing 60 days late


@settings(max_examples=30)
@given(scenario, scenario)
def test_keys_are_stable_when_unrelated_rows_are_added(first, more):
    with tempfile.TemporaryDirectory() as tmp:
        t = _build(Path(tmp) / "t.sqlite", first)
        before = by_key(follow_up_schedule(t, as_of="2026-01-01"))
        # More applications at other companies, with their own people and outcomes (no accepted offer).
        with t.transaction():
            _fill(t, more)
        after = by_key(follow_up_schedule(t, as_of="2026-01-01"))
        t.close()
    kept = before[before["kind"] != "expedite"]  # a new open application may become an expedite target
    assert set(kept.index) <= set(after.index)
    pd.testing.assert_series_equal(kept["due_at"], after.loc[kept.index, "due_at"])
