"""Calendar invitations become interviews: files as Google, Outlook, Zoom, Calendly, Apple and a scheduler write them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from followup_kit.datasets.calendar_export import EXPORT_COMPANIES, make_calendar_export
from followup_kit.errors import InputError
from followup_kit.followups.schedule import follow_up_schedule
from followup_kit.io.calendar.invitations import INVITATION_COLUMNS, import_invitations
from followup_kit.store.addresses import add_my_addresses
from followup_kit.store.tracker import Tracker

DATA = Path(__file__).resolve().parents[1] / "data" / "calendar"
ME = "sam.candidate@example.org"


@pytest.fixture
def t(tmp_path):
    """A Berlin tracker with applications at the invented companies of the test files."""
    tr = Tracker.create(tmp_path / "tracker.sqlite", timezone="Europe/Berlin")
    tr.add_application("Northwind GmbH", "Data Analyst", applied_on="2026-11-02")  # 1, open
    old = tr.add_application("Northwind GmbH", "BI Developer", applied_on="2026-05-01")  # 2, closed
    tr.record_event(old, "rejection", "2026-06-01")
    tr.add_application("Fabrikam Ltd", "Data Engineer", applied_on="2026-11-10")  # 3
    tr.add_application("Société Lumière SAS", "Chargée d'études", applied_on="2026-11-12")  # 4
    tr.add_application("Tailspin Toys", "Analyst", applied_on="2026-11-14")  # 5
    tr.add_application("Contoso", "Analytics Lead", applied_on="2026-11-15")  # 6
    tr.add_contact(
        "Priya Novak", company="Fabrikam Ltd", email="Priya.Novak@fabrikam.example", relation="hiring_manager"
    )
    add_my_addresses(tr, [ME])
    yield tr
    tr.close()


def _load(t, *names, **kw):
    return import_invitations(t, [DATA / n for n in names], **kw)


def _dump(t) -> list[str]:
    return list(sqlite3.connect(t.path).iterdump())


def _people(t, interview_id) -> dict[str, tuple[str, str]]:
    rows = t.execute(
        "SELECT c.email, c.name, c.relation FROM participants p JOIN contacts c USING (contact_id) "
        "WHERE p.interview_id = ?",
        (int(interview_id),),
    )
    return {r[0].lower(): (r[1], r[2]) for r in rows}


def test_google_invitation_adds_interview_people_and_thank_yous(t):
    result = _load(t, "google_invite.ics")
    assert tuple(result.events.columns) == INVITATION_COLUMNS
    [row] = result.events.to_dict("records")
    assert row["outcome"] == "added" and row["application_id"] == 1 and row["company"] == "Northwind GmbH"
    assert row["starts_at"] == pd.Timestamp("2026-12-03 14:00", tz="Europe/Berlin")
    assert "domain northwind-gmbh.example" in row["reason"] and "open one of 2" in row["reason"]
    iv = t.interviews.iloc[0]
    assert (iv["calendar_uid"], iv["calendar_sequence"]) == ("7kq2m9d1v0c3b5n8x4z6a1s2d3@google.com", 0)
    assert pd.isna(iv["cancelled_at"]) and iv["application_id"] == 1
    # the user, the room resource are not people met; Jonas has no CN, so his name comes from the address
    assert _people(t, iv["interview_id"]) == {
        "ana.example@northwind-gmbh.example": ("Ana Example", "interviewer"),
        "jonas.sample@northwind-gmbh.example": ("Jonas Sample", "interviewer"),
    }
    schedule = follow_up_schedule(t, as_of="2026-12-03 16:00")
    thanks = schedule[schedule["kind"] == "thank_you"]
    assert sorted(thanks["contact_name"]) == ["Ana Example", "Jonas Sample"]
    assert result.contacts_added == 2 and result.added == 1


def test_description_and_meeting_links_are_not_stored(t):
    _load(t, "google_invite.ics", "outlook_teams.ics", "zoom.ics", "calendly.ics")
    text = "\n".join(_dump(t))
    for secret in ("meet.example", "teams.example", "zoom.example", "Second round", "Passcode", "PIN"):
        assert secret not in text


def test_reschedule_moves_the_interview_and_replaces_its_people(t):
    first = _load(t, "google_invite.ics").events.loc[0, "interview_id"]
    result = _load(t, "google_reschedule.ics")
    [row] = result.events.to_dict("records")
    assert row["outcome"] == "updated" and row["interview_id"] == first
    assert "moved" in row["reason"] and "people changed" in row["reason"]
    assert len(t.interviews) == 1
    iv = t.interviews.iloc[0]
    assert iv["starts_at"] == pd.Timestamp("2026-12-07 10:00", tz="Europe/Berlin") and iv["calendar_sequence"] == 2
    assert set(_people(t, first)) == {"ana.example@northwind-gmbh.example", "lea.muster@northwind-gmbh.example"}
    thanks = follow_up_schedule(t, as_of="2026-12-01")
    assert sorted(thanks.loc[thanks["kind"] == "thank_you", "contact_name"]) == ["Ana Example", "Lea Muster"]


def test_late_stale_update_changes_nothing(t):
    _load(t, "google_invite.ics", "google_reschedule.ics")
    before = _dump(t)
    result = _load(t, "google_stale.ics")
    assert result.events.loc[0, "outcome"] == "unchanged"
    assert result.events.loc[0, "reason"] == "a stale update (sequence 1, the interview is at 2)"
    assert _dump(t) == before


def test_versions_in_one_run_apply_in_sequence_order(t):
    # the stale copy comes last in the list, the newest version wins all the same
    result = _load(t, "google_reschedule.ics", "google_invite.ics", "google_stale.ics")
    assert sorted(result.events["outcome"]) == ["added", "unchanged", "unchanged"]
    assert t.interviews.loc[0, "starts_at"] == pd.Timestamp("2026-12-07 10:00", tz="Europe/Berlin")


def test_cancellation_drops_follow_ups_and_keeps_history(t):
    iid = int(_load(t, "google_invite.ics").events.loc[0, "interview_id"])
    key = f"thank_you:i{iid}:c2"
    t.mark_done(key, on="2026-12-03 18:00")
    result = _load(t, "google_cancel.ics")
    assert result.events.loc[0, "outcome"] == "cancelled" and result.cancelled == 1
    iv = t.interviews.iloc[0]
    assert pd.notna(iv["cancelled_at"]) and iv["calendar_sequence"] == 3
    schedule = follow_up_schedule(t, as_of="2026-12-01")
    assert not (schedule["interview_id"] == iid).any()
    assert key in set(t.action_state["action_key"])  # the done mark is kept
    assert len(t.contacts) == 3  # people stay known
    again = _load(t, "google_cancel.ics")
    assert again.events.loc[0, "outcome"] == "unchanged" and again.events.loc[0, "reason"] == "already cancelled"


def test_cancellation_of_unknown_event_is_ignored(t):
    result = _load(t, "google_cancel.ics")
    assert result.events.loc[0, "outcome"] == "ignored" and len(t.interviews) == 0


def test_outlook_teams_windows_zone_rooms_role_addresses_and_known_contact(t):
    result = _load(t, "outlook_teams.ics")
    [row] = result.events.to_dict("records")
    assert row["outcome"] == "added" and row["application_id"] == 3
    # "W. Europe Standard Time" (quoted), 09:30 in December = 08:30 UTC
    assert row["starts_at"] == pd.Timestamp("2026-12-09 08:30", tz="UTC")
    people = _people(t, row["interview_id"])
    assert people == {
        "lena.muster@fabrikam.example": ("Lena Muster (Talent Acquisition)", "recruiter"),
        "priya.novak@fabrikam.example": ("Priya Novak", "hiring_manager"),  # reused, relation kept
    }
    assert result.contacts_added == 1


def test_two_calendars_in_one_file_and_eastern_time_quoted_or_not(t):
    result = _load(t, "outlook_two_calendars.ics")
    assert list(result.events["outcome"]) == ["added", "added"]
    assert list(result.events["starts_at"].dt.tz_convert("UTC")) == [
        pd.Timestamp("2026-12-10 16:00", tz="UTC"),
        pd.Timestamp("2026-12-11 19:00", tz="UTC"),
    ]
    assert set(result.events["application_id"]) == {5}


def test_zoom_invitation_matches_the_accented_name_in_the_summary(t):
    [row] = _load(t, "zoom.ics").events.to_dict("records")
    assert row["application_id"] == 4 and row["outcome"] == "added"
    assert row["starts_at"] == pd.Timestamp("2026-12-15 09:30", tz="UTC")
    assert row["reason"].startswith("company name 'Société Lumière' in ")
    assert _people(t, row["interview_id"]) == {"ines.dupont@lumiere.example": ("Inès Dupont", "interviewer")}


def test_calendly_booking_without_interview_words_matches_by_attendee_domain(t):
    [row] = _load(t, "calendly.ics").events.to_dict("records")
    assert row["outcome"] == "added" and row["application_id"] == 5
    # the scheduling service's notifications@ organiser is not a person
    assert _people(t, row["interview_id"]) == {"quinn.weiss@tailspintoys.example": ("Quinn Weiss", "interviewer")}


def test_apple_floating_time_is_read_in_the_trackers_zone_and_all_day_is_everyday(t):
    result = _load(t, "apple.ics")
    [row] = result.events.to_dict("records")
    assert row["starts_at"] == pd.Timestamp("2026-12-17 14:00", tz="Europe/Berlin")
    assert row["application_id"] == 6 and row["outcome"] == "added"
    assert set(_people(t, row["interview_id"])) == {"mateo.perez@contoso.example", "dana.lindqvist@contoso.example"}
    assert _people(t, row["interview_id"])["dana.lindqvist@contoso.example"][0] == "Dana Lindqvist"
    assert result.everyday == {"all-day": 1, "repeating": 0, "cancelled": 0, "no sign of an interview": 0}
    assert result.everyday_summary == "1 everyday event left alone (1 all-day)."


def test_floating_time_with_x_wr_timezone_and_phone_screen_gives_a_recruiter(t):
    [row] = _load(t, "google_floating.ics").events.to_dict("records")
    assert row["starts_at"] == pd.Timestamp("2026-12-18 13:00", tz="America/New_York")
    assert _people(t, row["interview_id"]) == {"oskar.novak@tailspintoys.example": ("Oskar Novak", "recruiter")}


def test_scheduling_tool_one_event_per_interviewer_each_gets_a_thank_you(t):
    result = _load(t, "scheduling_tool.ics")
    assert list(result.events["outcome"]) == ["added"] * 3
    assert set(result.events["application_id"]) == {1}  # the open Northwind application, not the rejected one
    assert all("open one of 2" in r for r in result.events["reason"])
    schedule = follow_up_schedule(t, as_of="2026-12-14 12:00")
    thanks = schedule[schedule["kind"] == "thank_you"]
    assert sorted(thanks["contact_name"]) == ["Ana Example", "Bo Sample", "Chidi Okafor"]
    assert thanks["interview_id"].nunique() == 3
    assert "goodtime" not in " ".join(t.contacts["email"]) and "zr-elbe" not in " ".join(t.contacts["email"])


def test_fold_inside_a_multibyte_character_keeps_the_character(t):
    result = _load(t, "multibyte_fold.ics")
    assert result.events.loc[0, "summary"] == "Entretien d’embauche – Société Lumière"
    assert result.events.loc[0, "people"] == "Søren Weiß-Lindqvist"
    names = "".join(t.contacts["name"])
    assert "Søren Weiß-Lindqvist" in names and "\ufffd" not in names


def test_unmatched_company_is_reported_and_nothing_is_created(t):
    before = _dump(t)
    [row] = _load(t, "unmatched.ics").events.to_dict("records")
    assert row["outcome"] == "unmatched" and pd.isna(row["application_id"])
    assert "Interview – Junior Analyst" in row["reason"] and "fatou.perez@globex-analytics.example" in row["reason"]
    assert _dump(t) == before


def test_create_makes_the_missing_application(t):
    result = _load(t, "unmatched.ics", create=True)
    [row] = result.events.to_dict("records")
    assert row["outcome"] == "added" and row["company"] == "Globex Analytics"
    assert result.applications_added == 1
    app = t.applications.set_index("application_id").loc[row["application_id"]]
    assert app["company"] == "Globex Analytics" and app["role"] is None


def test_an_event_without_end_is_unreadable_and_the_next_one_is_read(t):
    result = _load(t, "event_without_end.ics", dry_run=True)
    rows = result.events.set_index("uid")
    assert rows.loc["a@example.org", "outcome"] == "unreadable"
    assert rows.loc["a@example.org", "reason"] == "the event at line 3 has no END:VEVENT"
    assert rows.loc["b@example.org", "outcome"] != "unreadable" and result.unreadable == 1


def test_a_damaged_byte_that_neither_utf8_nor_windows_1252_reads_costs_one_character(t):
    raw = (DATA / "google_invite.ics").read_bytes().replace(b"SUMMARY:", b"SUMMARY:\x81\xc3", 1)
    alone = _load(t, "google_invite.ics", dry_run=True)
    result = import_invitations(t, ("damaged.ics", raw), dry_run=True)
    assert result.added == alone.added >= 1
    assert result.events["summary"].iloc[0].startswith("\ufffd")


def test_a_broken_event_is_listed_as_unreadable_and_the_good_events_are_imported(t):
    alone = _load(t, "google_invite.ics", dry_run=True)
    result = import_invitations(t, [DATA / "google_invite.ics", DATA / "bad_start.ics"])
    assert result.added == alone.added >= 1 and result.unreadable == 1
    [bad] = result.events[result.events["outcome"] == "unreadable"].to_dict("records")
    assert bad["file"].endswith("bad_start.ics") and bad["uid"] == "bad-start@example.org"
    assert bad["reason"].startswith("the event at line 3 cannot be read: ")
    assert "1 unreadable" in result.summary
    assert len(t.interviews) == alone.added


@pytest.mark.parametrize(
    "name, message",
    [
        ("not_a_calendar.ics", r"not_a_calendar\.ics: is not a calendar file"),
        ("truncated.ics", r"truncated\.ics: is a broken calendar file: BEGIN:VCALENDAR is never closed"),
        ("missing.ics", r"missing\.ics: no such file"),
    ],
)
def test_broken_files_name_the_file_and_leave_the_tracker_unchanged(t, name, message):
    before = _dump(t)
    with pytest.raises(InputError, match=message):
        # a good file first: nothing of it may land either
        import_invitations(t, [DATA / "google_invite.ics", DATA / name])
    assert _dump(t) == before


def test_importing_again_changes_nothing(t):
    files = [
        "google_invite.ics",
        "outlook_teams.ics",
        "outlook_two_calendars.ics",
        "zoom.ics",
        "calendly.ics",
        "apple.ics",
        "google_floating.ics",
        "scheduling_tool.ics",
        "multibyte_fold.ics",
        "unmatched.ics",
    ]
    first = _load(t, *files)
    assert first.added == 12 and first.unmatched == 1
    after_first = _dump(t)
    second = _load(t, *files)
    assert set(second.events["outcome"]) == {"unchanged", "unmatched"}
    assert second.unchanged == 12
    assert _dump(t) == after_first


def test_dry_run_reports_the_same_and_writes_nothing(t):
    before = _dump(t)
    dry = _load(t, "scheduling_tool.ics", "outlook_teams.ics", dry_run=True)
    assert _dump(t) == before
    assert dry.dry_run and dry.summary.startswith("Dry run, nothing saved: 4 added; 4 new contacts.")
    assert dry.events["interview_id"].isna().all()
    real = _load(t, "scheduling_tool.ics", "outlook_teams.ics")
    pd.testing.assert_frame_equal(dry.events.drop(columns="interview_id"), real.events.drop(columns="interview_id"))


def test_interview_logged_by_hand_at_the_same_time_is_linked_not_duplicated(t):
    iid = t.log_interview(1, "2026-12-03 14:00", [])
    [row] = _load(t, "google_invite.ics").events.to_dict("records")
    assert row["outcome"] == "updated" and row["interview_id"] == iid
    assert row["reason"].startswith(f"linked to interview {iid} you logged")
    assert len(t.interviews) == 1 and t.interviews.loc[0, "calendar_uid"].endswith("@google.com")
    assert len(_people(t, iid)) == 2


def test_me_given_for_one_run_and_warning_when_no_address_is_known(tmp_path):
    with Tracker.create(tmp_path / "t.sqlite", timezone="UTC") as tr:
        tr.add_application("Tailspin Toys", "Analyst")
        result = import_invitations(tr, DATA / "calendly.ics")
        assert result.warnings and "--me" in result.warnings[0]
        assert "sam.candidate@example.org" in set(tr.contacts["email"])  # without it, you count as met
    with Tracker.create(tmp_path / "u.sqlite", timezone="UTC") as tr:
        tr.add_application("Tailspin Toys", "Analyst")
        result = import_invitations(tr, DATA / "calendly.ics", me=["Sam.Candidate@example.org"])
        assert not result.warnings and set(tr.contacts["email"]) == {"quinn.weiss@tailspintoys.example"}
        with pytest.raises(InputError, match="field 'me', value 'sam': not a mail address"):
            import_invitations(tr, DATA / "calendly.ics", me="sam")


def test_whole_export_finds_the_interviews_among_everyday_events(tmp_path):
    raw = make_calendar_export(2_000, interviews=12, seed=3)
    with Tracker.create(tmp_path / "t.sqlite", timezone="Europe/Berlin") as tr:
        for company, _domain in EXPORT_COMPANIES:
            tr.add_application(company, "Data Analyst")
        result = import_invitations(tr, raw)  # the calendar's owner comes from X-WR-CALNAME
        assert result.added == 12 and len(result.events) == 12
        assert sum(result.everyday.values()) == 2_000 - 12
        assert result.everyday["all-day"] > 0 and result.everyday["repeating"] > 0
        assert result.everyday["no sign of an interview"] > 0 and result.everyday["cancelled"] > 0
        assert "sam.candidate@example.org" not in set(tr.contacts["email"])
        assert not result.warnings
        assert "everyday events left alone" in result.summary
        html = result._repr_html_()
        assert "Dentist" not in html and "Interview" in html


def test_result_displays(t):
    result = _load(t, "google_invite.ics", "apple.ics")
    assert repr(result).splitlines()[0] == (
        "Imported: 2 added; 4 new contacts. 1 everyday event left alone (1 all-day)."
    )
    assert "<table" in result._repr_html_() and "Ana Example" in result._repr_html_()


def _one_event(lines: str) -> bytes:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n" + lines.strip().replace("\n", "\r\n")
            + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()  # fmt: skip


def test_all_day_interview_is_listed_as_ignored_and_writes_nothing(t):
    raw = _one_event("""
UID:allday-1@contoso.example
DTSTART;VALUE=DATE:20261220
SUMMARY:Contoso interview day
""")
    [row] = import_invitations(t, raw).events.to_dict("records")
    assert row["outcome"] == "ignored" and row["reason"] == "an all-day event has no time to meet"
    assert len(t.interviews) == 0


def test_unknown_zone_is_read_in_the_trackers_zone_and_said_so(t):
    raw = _one_event("""
UID:zone-1@contoso.example
DTSTART;TZID=Customized Time Zone:20261220T100000
SUMMARY:Contoso interview
ORGANIZER;CN=Mateo Pérez:mailto:mateo.perez@contoso.example
""")
    [row] = import_invitations(t, raw).events.to_dict("records")
    assert row["starts_at"] == pd.Timestamp("2026-12-20 10:00", tz="Europe/Berlin")
    assert row["reason"].endswith("its zone 'Customized Time Zone' is unknown, so the time was read in Europe/Berlin")


def test_everyday_events_are_not_listed_one_by_one(t):
    raw = (DATA / "apple.ics").read_bytes().replace(b"SUMMARY:Contoso final round", b"SUMMARY:Gym")
    raw = raw.replace(b"mateo.perez@contoso.example", b"coach@gym.example")
    raw = raw.replace(b"dana.lindqvist@contoso.example", b"kim@friends.example")
    result = import_invitations(t, raw)
    assert len(result.events) == 0 and result.everyday_summary == (
        "2 everyday events left alone (1 all-day, 1 no sign of an interview)."
    )


def test_new_invitation_for_the_slot_of_a_cancelled_interview_revives_it(t):
    iid = int(_load(t, "google_invite.ics").events.loc[0, "interview_id"])
    _load(t, "google_cancel.ics")
    raw = _one_event("""
UID:second-try@northwind-gmbh.example
SEQUENCE:0
DTSTART:20261203T130000Z
SUMMARY:Interview Data Analyst (new invitation)
ORGANIZER;CN=Bo Sample:mailto:bo.sample@northwind-gmbh.example
""")
    [row] = import_invitations(t, raw).events.to_dict("records")
    assert row["outcome"] == "updated" and row["interview_id"] == iid
    assert row["reason"].startswith(f"replaces the cancelled interview {iid} at the same time")
    iv = t.interviews.iloc[0]
    assert len(t.interviews) == 1 and pd.isna(iv["cancelled_at"]) and iv["calendar_uid"].startswith("second-try")
    assert set(_people(t, iid)) == {"bo.sample@northwind-gmbh.example"}
    assert (follow_up_schedule(t, as_of="2026-12-01")["interview_id"] == iid).any()


@pytest.mark.parametrize(
    "day, utc",
    [
        ("20261209T093000", "2026-12-09 08:30"),  # winter: +01:00
        ("20260709T093000", "2026-07-09 07:30"),  # summer: +02:00 from the VTIMEZONE's DAYLIGHT rule
        ("20261025T093000", "2026-10-25 08:30"),  # the day summer time ends
    ],
)
def test_windows_zone_follows_its_daylight_rules(t, day, utc):
    raw = (DATA / "outlook_teams.ics").read_bytes().replace(b"20261209T093000", day.encode())
    [row] = import_invitations(t, raw).events.to_dict("records")
    assert row["starts_at"] == pd.Timestamp(utc, tz="UTC")
