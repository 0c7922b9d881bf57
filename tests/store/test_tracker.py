"""Tests for followup_kit.store.tracker: the SQLite store and its public API."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_kit.errors import DuplicateError, InputError, TrackerError
from followup_kit.store import sqlite as storage
from followup_kit.store.sqlite import SCHEMA_VERSION
from followup_kit.store.tracker import Tracker


def test_create_is_owner_only_wal_and_records_timezone(tmp_path):
    path = tmp_path / "t.sqlite"
    with Tracker.create(path, timezone="Europe/Berlin") as t:
        assert t.timezone == "Europe/Berlin"
        assert t.schema_version == SCHEMA_VERSION
        assert t._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert t._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with Tracker.open(path) as again:
        assert again.timezone == "Europe/Berlin"


def test_create_defaults_to_machine_zone(tmp_path, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    with Tracker.create(tmp_path / "t.sqlite") as t:
        assert t.timezone == "Asia/Tokyo"


def test_create_refuses_existing_file_and_bad_zone(tmp_path):
    path = tmp_path / "t.sqlite"
    Tracker.create(path, timezone="UTC").close()
    with pytest.raises(TrackerError, match="already exists"):
        Tracker.create(path)
    with pytest.raises(InputError, match="not a time zone"):
        Tracker.create(tmp_path / "u.sqlite", timezone="Mars/Olympus")
    assert not (tmp_path / "u.sqlite").exists()


def test_open_reports_missing_folder_foreign_and_newer_files(tmp_path):
    with pytest.raises(TrackerError, match=r"no tracker at .*followup-kit init"):
        Tracker.open(tmp_path / "missing.sqlite")
    with pytest.raises(TrackerError, match="is a folder"):
        Tracker.open(tmp_path)
    text = tmp_path / "notes.sqlite"
    text.write_text("hello, this is not a database at all" * 100)
    with pytest.raises(TrackerError, match="not a followup-kit tracker"):
        Tracker.open(text)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE meta (key TEXT, value TEXT)").connection.commit()
    with pytest.raises(TrackerError, match="not a followup-kit tracker"):
        Tracker.open(other)
    newer = tmp_path / "newer.sqlite"
    Tracker.create(newer, timezone="UTC").close()
    con = sqlite3.connect(newer)
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    with pytest.raises(TrackerError, match="newer followup-kit"):
        Tracker.open(newer)


def test_older_files_are_migrated_forward_in_one_step(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    Tracker.create(path, timezone="UTC").close()
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION - 1),))
    con.commit()
    con.close()
    monkeypatch.setitem(
        storage.MIGRATIONS,
        SCHEMA_VERSION - 1,
        "CREATE TABLE migrated_marker (x INTEGER); INSERT INTO migrated_marker VALUES (1)",
    )
    with Tracker.open(path) as t:
        assert t.schema_version == SCHEMA_VERSION
        assert t._conn.execute("SELECT x FROM migrated_marker").fetchone() == (1,)


def test_naive_times_are_local_and_returned_aware(tracker):
    app = tracker.add_application("Acme", "Analyst")
    c = tracker.add_contact("Ada Example")
    tracker.log_interview(app, "2026-07-01 10:00", [c])
    tracker.log_interview(app, dt.datetime(2026, 12, 1, 10, 0), [c])
    tracker.log_interview(app, dt.date(2026, 12, 2), [c])  # date only: 09:00 local
    starts = tracker.interviews["starts_at"]
    assert str(starts.dt.tz) == "America/New_York"
    assert [s.isoformat() for s in starts] == [
        "2026-07-01T10:00:00-04:00",
        "2026-12-01T10:00:00-05:00",
        "2026-12-02T09:00:00-05:00",
    ]
    raw = tracker._conn.execute("SELECT starts_at FROM interviews ORDER BY interview_id").fetchall()
    assert raw[0][0] == "2026-07-01T14:00:00+00:00"  # stored unambiguously in UTC


def test_dst_gap_and_overlap_are_resolved_predictably(tracker):
    app = tracker.add_application("Acme", "Analyst")
    c = tracker.add_contact("Ada Example")
    tracker.log_interview(app, "2026-03-08 02:30", [c])  # does not exist: moved forward to 03:30 EDT
    tracker.log_interview(app, "2026-11-01 01:30", [c])  # happens twice: the first (EDT)
    starts = [s.isoformat() for s in tracker.interviews["starts_at"]]
    assert starts == ["2026-03-08T03:30:00-04:00", "2026-11-01T01:30:00-04:00"]


def test_aware_datetimes_are_converted_to_the_tracker_zone(tracker):
    app = tracker.add_application("Acme", "Analyst")
    c = tracker.add_contact("Ada Example")
    tracker.log_interview(app, pd.Timestamp("2026-05-05 16:00", tz="Europe/London"), [c])
    assert tracker.interviews.loc[0, "starts_at"].isoformat() == "2026-05-05T11:00:00-04:00"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"company": " "}, "field 'company', value ' ': is required"),
        ({"applied_on": "03/02/2026"}, "field 'applied_on', value '03/02/2026': not a date"),
        ({"applied_on": "2026-02-30"}, "no such day"),
        ({"confidential": "maybe"}, "field 'confidential', value 'maybe': not yes or no"),
        ({"referrer_id": 99}, "field 'referrer_id', value 99: no such contact"),
        ({"colour": "red"}, "field 'colour', value 'red': unknown field"),
        ({"notes": "bell\x07"}, "control character"),
    ],
)
def test_bad_application_arguments_name_field_and_value(tracker, kwargs, message):
    args = {"company": "Acme", "role": "Analyst", **kwargs}
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        tracker.add_application(**args)
    assert tracker.applications.empty


def test_bad_contact_and_interview_arguments(tracker):
    with pytest.raises(InputError, match="field 'relation', value 'boss': must be one of interviewer"):
        tracker.add_contact("Ada", relation="boss")
    app = tracker.add_application("Acme", "Analyst")
    with pytest.raises(InputError, match="field 'interviewer_ids', value 7: no such contact"):
        tracker.log_interview(app, "2026-03-10 10:00", [7])
    with pytest.raises(InputError, match="field 'starts_at', value 'tomorrow': not a date and time"):
        tracker.log_interview(app, "tomorrow", [])
    with pytest.raises(InputError, match="field 'candidates_in_pool', value -3"):
        tracker.log_interview(app, "2026-03-10 10:00", [], candidates_in_pool=-3)
    with pytest.raises(InputError, match="field 'application_id', value 42: no such application"):
        tracker.log_interview(42, "2026-03-10 10:00", [])
    assert tracker.interviews.empty


def test_same_interview_twice_is_detected_and_can_be_updated(interviewed):
    t = interviewed["tracker"]
    with pytest.raises(DuplicateError, match=r"already logged .*update_interview\(1") as info:
        t.log_interview(interviewed["application_id"], "2026-03-10 14:00", [interviewed["interviewer_id"]])
    assert info.value.existing_id == interviewed["interview_id"]
    t.update_interview(
        interviewed["interview_id"], interviewer_ids=[interviewed["interviewer_id"]], decision_expected_on="2026-03-24"
    )
    assert len(t.interviews) == 1 and len(t.participants) == 1
    assert t.interviews.loc[0, "decision_expected_on"] == pd.Timestamp("2026-03-24")


def test_events_drive_status_and_repeat_updates(interviewed):
    t, app = interviewed["tracker"], interviewed["application_id"]
    other = t.add_application("Beta Corp", "Analyst", applied_on="2026-03-01")
    t.record_event(app, "response", "2026-03-05")
    # silent since March: today's silence rule calls both ghosted, until the user says "still waiting"
    assert list(t.applications["status"]) == ["ghosted", "ghosted"]
    t.update_application(app, still_waiting=True)
    t.update_application(other, still_waiting=True)
    assert list(t.applications["status"]) == ["interviewing", "applied"]
    assert t.applications["still_waiting"].tolist() == [True, True]
    first = t.record_event(app, "offer", "2026-03-21", deadline="2026-03-28")
    again = t.record_event(app, "offer", "2026-03-21", deadline="2026-03-30")
    assert first == again and len(t.events) == 2
    assert t.events.loc[1, "deadline"] == pd.Timestamp("2026-03-30")
    t.record_event(other, "ghosted", "2026-04-10")  # recorded by the user: it wins over "still waiting"
    assert list(t.applications["status"]) == ["offer", "ghosted"]
    t.record_event(app, "offer_accepted", "2026-03-25")
    assert t.applications.loc[0, "status"] == "accepted"


def test_event_arguments_are_checked(interviewed):
    t, app = interviewed["tracker"], interviewed["application_id"]
    with pytest.raises(InputError, match="field 'kind', value 'hired'"):
        t.record_event(app, "hired", "2026-03-21")
    with pytest.raises(InputError, match="only an offer has a deadline"):
        t.record_event(app, "rejection", "2026-03-21", deadline="2026-03-30")
    with pytest.raises(InputError, match="deadline is before the offer"):
        t.record_event(app, "offer", "2026-03-21", deadline="2026-03-01")
    with pytest.raises(InputError, match="field 'on', value None: is required"):
        t.record_event(app, "offer", None)
    assert t.events.empty


def test_stored_status_is_used_when_no_event_decides(tracker):
    a = tracker.add_application("A", "r", stored_status="rejected")
    b = tracker.add_application("B", "r", stored_status="interviewing")
    tracker.add_application("C", "r")
    assert list(tracker.applications["status"]) == ["rejected", "interviewing", "applied"]
    tracker.record_event(b, "offer", "2026-01-05")
    tracker.update_application(a, stored_status=None)
    assert list(tracker.applications["status"]) == ["applied", "offer", "applied"]


def test_mark_done_twice_keeps_first_time_and_skip_unmark(tracker):
    tracker.mark_done("thank_you:i1:c1", on="2026-03-10 18:00")
    tracker.mark_done("thank_you:i1:c1", on="2026-03-11 09:00")
    state = tracker.action_state
    assert len(state) == 1 and state.loc[0, "state"] == "done"
    assert state.loc[0, "done_at"].isoformat() == "2026-03-10T18:00:00-04:00"
    tracker.skip("thank_you:i1:c1")
    assert tracker.action_state.loc[0, "state"] == "skipped"
    tracker.unmark("thank_you:i1:c1")
    assert tracker.action_state.empty


def test_write_is_all_or_nothing(interviewed):
    t = interviewed["tracker"]
    before = t.tables()
    with pytest.raises(RuntimeError), t.transaction():
        t.add_application("Gamma", "Analyst")
        t.record_event(interviewed["application_id"], "rejection", "2026-03-20")
        raise RuntimeError("power cut")
    after = t.tables()
    for name in before:
        pd.testing.assert_frame_equal(before[name], after[name])


def test_tables_are_copies(interviewed):
    t = interviewed["tracker"]
    apps = t.applications
    apps.loc[0, "company"] = "Changed"
    assert t.applications.loc[0, "company"] == "Acme Analytics"


def test_empty_tracker_tables_have_columns_and_types(tracker):
    tables = tracker.tables()
    assert list(tables["participants"].columns) == ["interview_id", "contact_id"]
    assert "status" in tables["applications"]
    assert str(tables["interviews"]["starts_at"].dt.tz) == "America/New_York"


def test_backup_is_consistent_and_owner_only(interviewed, tmp_path):
    t = interviewed["tracker"]
    copy = t.backup(tmp_path / "backups" / "copy.sqlite")
    assert stat.S_IMODE(os.stat(copy).st_mode) == 0o600
    with Tracker.open(copy) as b:
        for name, frame in t.tables().items():
            pd.testing.assert_frame_equal(frame, b.tables()[name])
    with pytest.raises(TrackerError, match="already exists"):
        t.backup(copy)


def test_repr_counts(interviewed):
    assert "1 applications, 1 interviews, 3 contacts" in repr(interviewed["tracker"])


@given(st.text(max_size=40))
def test_any_text_as_date_gives_input_error_or_a_date(text):
    from followup_kit.values import to_date

    try:
        value = to_date(text, field="applied_on")
    except InputError as exc:
        assert "applied_on" in str(exc)
    else:
        assert value is None or isinstance(value, dt.date)


def test_a_layout_1_file_moves_to_the_current_layout_keeping_everything(tmp_path):
    # tests/data/tracker-layout1.sqlite was written with the layout-1 schema of the first version
    path = Path(shutil.copy(Path(__file__).parents[1] / "data" / "tracker-layout1.sqlite", tmp_path / "old.sqlite"))
    with Tracker.open(path) as t:
        assert t.schema_version == SCHEMA_VERSION == 3
        tables = t.tables()
        assert tables["applications"][["company", "role"]].values.tolist() == [["Northwind GmbH", "Data Analyst"]]
        assert tables["interviews"]["cancelled_at"].isna().all() and len(tables["interviews"]) == 1
        assert tables["participants"].values.tolist() == [[1, 1]]  # not cascaded away by the table rebuild
        assert tables["events"]["kind"].tolist() == ["response"]
        assert tables["action_state"]["action_key"].tolist() == ["thank_you:a1:i1:c1"]
        # layout 2: a role may be left blank now
        new = t.add_application("Contoso", None, applied_on="2026-02-01")
        assert t.applications.set_index("application_id").at[new, "role"] is None
        # layout 3: "still waiting" per application, False for the rows that were there
        assert t.applications["still_waiting"].tolist() == [False, False]
        t.update_application(new, still_waiting=True)
        assert t.applications.set_index("application_id").at[new, "still_waiting"]
        assert t._conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
        assert t._conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
