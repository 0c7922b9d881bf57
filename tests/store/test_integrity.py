"""Tests for followup_kit.store.integrity: ``followup-kit check`` and ``check --repair`` (issue 26)."""

import os
import sqlite3

from followup_kit.store.integrity import check_integrity
from followup_kit.store.tracker import Tracker


def _tracker(tmp_path):
    path = tmp_path / "t.sqlite"
    with Tracker.create(path, timezone="Europe/Berlin") as t:
        ada = t.add_contact("Ada Example", relation="recruiter")
        app = t.add_application("Acme", "Analyst", applied_on="2026-11-02")
        t.log_interview(app, "2026-11-10 10:00", [ada], decision_expected_on="2026-11-20")
        t.record_event(app, "response", "2026-11-05")
    return path


def _break(path, *statements):
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()


def test_a_whole_tracker_is_reported_whole(tmp_path):
    report = check_integrity(_tracker(tmp_path))
    assert report.ok and report.problems.empty and report.damage == []
    assert "whole" in str(report)


def test_every_kind_of_bad_stored_value_is_found_with_its_row_and_column(tmp_path):
    path = _tracker(tmp_path)
    _break(
        path,
        "UPDATE applications SET applied_on = '0001-12-03', notes = 'x' || char(27) || '[2J'",
        "UPDATE interviews SET starts_at = '1-12-03T13:06:32+00:00', calendar_sequence = 99999999999",
        "UPDATE events SET deadline = '2026-02-30'",
        "INSERT INTO participants(interview_id, contact_id) VALUES (1, 42)",
    )
    report = check_integrity(path)
    found = set(zip(report.problems["table"], report.problems["column"].fillna("-"), report.problems["problem"]))
    assert found == {
        ("applications", "applied_on", "outside the years 1900 to 2200"),
        ("applications", "notes", "holds a control character"),
        ("interviews", "starts_at", "not a readable time"),
        ("interviews", "calendar_sequence", "not a whole number that fits the column"),
        ("events", "deadline", "not a readable date"),
        ("participants", "-", "points at a contact that does not exist"),
    }
    assert not report.ok and "check --repair" in str(report)


def test_repair_backs_up_first_then_leaves_a_tracker_that_checks_whole(tmp_path):
    path = _tracker(tmp_path)
    _break(
        path,
        "UPDATE applications SET applied_on = '9999-12-31'",
        "UPDATE events SET \"on\" = '0000-00-00'",
        "INSERT INTO participants(interview_id, contact_id) VALUES (1, 42)",
    )
    report = check_integrity(path, repair=True)
    assert report.ok
    assert oct(os.stat(report.backup).st_mode & 0o777) == "0o600"
    assert len(check_integrity(report.backup).problems) == 3  # the backup holds the file as it was
    assert report.actions == [
        "applications 1, applied_on: cleared",
        "events 1: deleted (on '0000-00-00' outside the years 1900 to 2200)",
        "participants row 2: deleted (it pointed at a row that does not exist)",
    ]
    with Tracker.open(path) as t:
        tables = t.tables()
    assert len(tables["applications"]) == 1 and tables["applications"]["applied_on"].isna().all()
    assert tables["events"].empty and len(tables["interviews"]) == 1
