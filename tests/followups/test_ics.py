"""Calendar export parses back with icalendar and keeps UIDs stable."""

import datetime as dt
import stat

import icalendar
import pandas as pd

from followup_kit.followups.ics import schedule_to_ics, uid_for, write_ics
from followup_kit.followups.schedule import follow_up_schedule


def _events(data: bytes):
    return {str(e["UID"]): e for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}


def test_one_event_per_live_action(interviewed):
    t = interviewed["tracker"]
    t.mark_done("thank_you:i1:c2")
    schedule = follow_up_schedule(t, as_of="2026-03-10 15:00")
    events = _events(schedule_to_ics(t, as_of="2026-03-10 15:00"))
    live = schedule[schedule["status"].isin(["pending", "overdue"])]
    assert set(events) == {uid_for(k) for k in live["action_key"]}
    assert "thank_you:i1:c2@followup-kit" not in events
    e = events["status_check:a1:i1:1@followup-kit"]
    start = e.decoded("dtstart")
    assert start == pd.Timestamp("2026-03-24 09:00", tz="America/New_York").to_pydatetime()
    assert str(start.tzinfo) == "America/New_York"
    assert e.decoded("dtstamp").tzinfo is not None
    assert "Following up on the Data Analyst role" in str(e["DESCRIPTION"])
    assert "Hana Manager" in str(e["SUMMARY"])
    alarms = e.walk("VALARM")
    assert len(alarms) == 1 and alarms[0].decoded("trigger") == dt.timedelta(minutes=-15)


def test_uids_are_stable_across_exports(interviewed):
    t = interviewed["tracker"]
    first = _events(schedule_to_ics(t, as_of="2026-03-10 15:00"))
    t.update_interview(interviewed["interview_id"], decision_expected_on="2026-03-27")
    second = _events(schedule_to_ics(t, as_of="2026-03-10 15:00"))
    assert set(first) == set(second)
    key = "status_check:a1:i1:1@followup-kit"
    assert first[key].decoded("dtstart") != second[key].decoded("dtstart")


def test_write_ics_is_owner_only(interviewed, tmp_path):
    path = write_ics(interviewed["tracker"], tmp_path / "out" / "followups.ics", as_of="2026-03-10")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert _events(path.read_bytes())
    write_ics(interviewed["tracker"], path, as_of="2026-03-10")  # replaces
    assert list(path.parent.iterdir()) == [path]


def test_empty_tracker_gives_a_valid_calendar(tracker):
    cal = icalendar.Calendar.from_ical(schedule_to_ics(tracker, as_of="2026-03-10"))
    assert cal.walk("VEVENT") == []
