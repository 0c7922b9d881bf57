"""The shipped sample tracker: complete, invented, and in step with its source."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from followup_kit.analysis.waits import applications_as_of
from followup_kit.datasets.sample.shift import SAMPLE_OVERDUE_LEFT, sample_shift_days
from followup_kit.datasets.sample.story import SAMPLE_AS_OF
from followup_kit.datasets.sample.tracker import SAMPLE_DIR, create_sample_tracker, rebuild
from followup_kit.errors import TrackerError
from followup_kit.followups.schedule import due_soon, follow_up_schedule
from followup_kit.store import model


@pytest.fixture
def sample(tmp_path):
    t = create_sample_tracker(tmp_path / "sample.sqlite")
    yield t
    t.close()


def test_sample_dir_is_in_the_repository():
    assert SAMPLE_DIR.name == "sample_data" and (SAMPLE_DIR / "meta.csv").is_file()


def test_data_sample_matches_its_source(tmp_path):
    rebuild(tmp_path / "fresh")
    for name in [*model.COLUMNS, "meta"]:
        assert (tmp_path / "fresh" / f"{name}.csv").read_bytes() == (SAMPLE_DIR / f"{name}.csv").read_bytes(), (
            f"data/sample/{name}.csv is stale: run python -m followup_kit.datasets.sample.tracker"
        )


def test_sample_has_every_stage(sample):
    t = sample.tables()
    # the statuses on the sample's own day (today, weeks later, the silence rule calls most of it ghosted)
    apps = applications_as_of(sample, as_of=SAMPLE_AS_OF)
    events, interviews, contacts = t["events"], t["interviews"], t["contacts"]
    assert sample.timezone == "America/New_York" and 12 <= len(apps) <= 16
    assert set(apps["status"]) == {"applied", "interviewing", "offer", "rejected", "withdrawn", "ghosted"}
    # two recorded as ghosted, two silent past the sample's own threshold (14 days): Meridian, Brightwater
    assert apps.attrs["silence_days"] == 14
    assert apps.loc[apps["status"] == "ghosted", "company"].tolist() == [
        "Tidewater Games",
        "Quillstone Publishing",
        "Meridian Civic Labs",
        "Brightwater Learning",
    ]
    assert apps["applied_on"].min() >= pd.Timestamp("2026-09-01")
    assert events["on"].max() <= pd.Timestamp(SAMPLE_AS_OF)
    booked = interviews["starts_at"].dt.date > SAMPLE_AS_OF
    assert booked.sum() == 1  # one phone screen booked for the coming week; every other interview is held
    assert (interviews.loc[booked, "starts_at"].dt.date - SAMPLE_AS_OF).iloc[0].days <= 7
    offer = events[events["kind"] == "offer"]
    assert (offer["deadline"] > pd.Timestamp(SAMPLE_AS_OF)).all() and len(offer) == 1
    assert apps["referrer_id"].notna().sum() >= 2 and apps["confidential"].sum() == 1
    rejected = apps[apps["status"] == "rejected"]
    assert set(rejected["still_interested"]) == {True, False}
    per_interview = t["participants"].groupby("interview_id").size()
    assert per_interview.max() == 3 and (per_interview >= 2).sum() >= 5
    assert interviews["memorable_detail"].notna().all() or interviews["memorable_detail"].notna().sum() >= 10
    assert interviews["decision_expected_on"].notna().sum() >= 5 and interviews["candidates_in_pool"].notna().any()
    employees = contacts[contacts["relation"] == "employee"]
    assert len(employees) >= 2 and employees["linkedin_connected_on"].notna().sum() == 1
    assert apps["industry"].nunique() >= 10 and apps["source"].nunique() >= 5


def test_sample_people_are_invented(sample):
    contacts = sample.contacts
    emails = contacts["email"].dropna()
    assert emails.str.endswith("example.com").all()
    assert contacts["linkedin_url"].dropna().str.startswith("https://www.linkedin.com/in/example-").all()


def test_create_sample_tracker_refuses_an_existing_file(tmp_path):
    (tmp_path / "t.sqlite").write_text("")
    with pytest.raises(TrackerError, match=r"t.sqlite already exists; choose another file name"):
        create_sample_tracker(tmp_path / "t.sqlite")


# --- a sample that moves with the calendar ------------------------------------------------


@pytest.mark.parametrize(
    "today",
    [
        dt.date(2027, 3, 8),  # a Monday (in the week daylight saving starts in New York)
        dt.date(2027, 3, 13),  # a Saturday
        dt.date(2026, 11, 27),  # the Friday after Thanksgiving, one week after the fixed date
        dt.date(2027, 6, 30),  # a Wednesday in summer time
        dt.date(2027, 1, 7),  # a Thursday: the longest way from the sample's Friday
    ],
)
def test_a_shifted_sample_is_live_on_that_day(tmp_path, today):
    with create_sample_tracker(tmp_path / "s.sqlite", shift_to=today) as t:
        now = pd.Timestamp(f"{today} 12:00", tz="America/New_York")
        todo = due_soon(follow_up_schedule(t, as_of=now), as_of=now, days=7)
        overdue = int((todo["status"] == "overdue").sum())
        coming = int((todo["status"] == "pending").sum())
        assert 1 <= overdue <= SAMPLE_OVERDUE_LEFT <= 3
        assert coming >= 2 and overdue + coming >= 4
        starts = t.interviews["starts_at"]
        last = starts[starts < now].max()
        assert 0 <= (today - last.date()).days <= 7 and last < now
        assert (starts > now - pd.Timedelta(days=7)).sum() >= 1  # an interview in the last week or booked
        # nothing happened after "now": every event, interview and mark is in the past
        assert t.events["on"].max() < pd.Timestamp(today)
        assert t.action_state["done_at"].max() < now


def test_a_shift_is_whole_weeks_in_wall_clock_time(tmp_path):
    fixed = create_sample_tracker(tmp_path / "a.sqlite")
    moved = create_sample_tracker(tmp_path / "b.sqlite", shift_to=dt.date(2027, 3, 17))
    with fixed, moved:
        days = sample_shift_days(dt.date(2027, 3, 17))
        assert days == 112 and days % 7 == 0
        a, b = fixed.interviews["starts_at"], moved.interviews["starts_at"]
        assert (b.dt.day_of_week == a.dt.day_of_week).all()
        # 10:00 in September (summer time) is still 10:00 after the move into winter/spring
        assert (b.dt.strftime("%H:%M") == a.dt.strftime("%H:%M")).all()
        assert ((b.dt.tz_localize(None).dt.normalize() - a.dt.tz_localize(None).dt.normalize()).dt.days == days).all()
        assert (moved.events["on"] - fixed.events["on"]).dt.days.eq(days).all()
        deadlines = moved.events["deadline"].dropna() - fixed.events["deadline"].dropna()
        assert deadlines.dt.days.eq(days).all() and len(deadlines) == 1
        assert (moved.applications["applied_on"] - fixed.applications["applied_on"]).dt.days.eq(days).all()


def test_without_shift_to_the_sample_keeps_its_fixed_dates(sample):
    held = sample.interviews["starts_at"].dt.date
    assert held[held <= SAMPLE_AS_OF].max() == dt.date(2026, 11, 19) and held.max() == dt.date(2026, 11, 24)
    assert sample.events["on"].max() <= pd.Timestamp(SAMPLE_AS_OF)


def test_shift_to_accepts_an_aware_moment_and_refuses_text(tmp_path):
    moment = dt.datetime(2027, 3, 13, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=9)))  # Saturday evening in Tokyo
    with create_sample_tracker(tmp_path / "s.sqlite", shift_to=moment) as t:
        assert sorted(t.interviews["starts_at"].dt.date)[-2] == dt.date(2027, 3, 11)
    with pytest.raises(TypeError, match="shift_to must be a date or a datetime"):
        create_sample_tracker(tmp_path / "x.sqlite", shift_to="2027-03-13")
    assert not (tmp_path / "x.sqlite").exists()


def test_memorable_details_read_as_a_conversation_topic_in_a_note_to_each_person_met(sample):
    """A thank-you says "our conversation about {detail}" to each person met: the detail names none of them."""
    t = sample.tables()
    met = t["participants"].merge(t["contacts"][["contact_id", "name"]], on="contact_id")
    details = t["interviews"][["interview_id", "memorable_detail"]].dropna()
    pairs = met.merge(details, on="interview_id")
    first = pairs["name"].str.split().str[0]
    named = pairs[[f in d for f, d in zip(first, pairs["memorable_detail"], strict=True)]]
    assert len(details) >= 5 and named.empty, named[["name", "memorable_detail"]]
