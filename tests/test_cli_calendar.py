"""The CLI for calendars: 'import FILE.ics', 'init --me' and 'me'."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from followup_kit.cli import main
from followup_kit.store.addresses import my_addresses
from followup_kit.store.tracker import Tracker

DATA = Path(__file__).parent / "io" / "data" / "calendar"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def _tracker(tmp_path, capsys, *me):
    path = tmp_path / "t.sqlite"
    args = ["init", "--tracker", path, "--timezone", "Europe/Berlin"]
    for address in me:
        args += ["--me", address]
    assert run(capsys, *args)[0] == 0
    with Tracker.open(path) as t:
        t.add_application("Northwind GmbH", "Data Analyst")
    return path


def test_init_me_and_me_command(tmp_path, capsys):
    path = _tracker(tmp_path, capsys, "Sam.Candidate@example.org")
    with Tracker.open(path) as t:
        assert my_addresses(t) == ("sam.candidate@example.org",)
    code, out, _ = run(capsys, "me", "--tracker", path, "--add", "sam.work@example.com", "--remove",
                       "sam.candidate@example.org")  # fmt: skip
    assert code == 0 and out.splitlines() == ["sam.work@example.com"]
    code, out, _ = run(capsys, "me", "--tracker", path, "--remove", "sam.work@example.com")
    assert code == 0 and "No address of yours is stored" in out


def test_init_with_a_bad_address_creates_nothing(tmp_path, capsys):
    path = tmp_path / "t.sqlite"
    code, _, err = run(capsys, "init", "--tracker", path, "--me", "sam at example.org")
    assert code == 1 and "'sam at example.org': not a mail address" in err and "Traceback" not in err
    assert not path.exists()


def test_import_recognises_a_calendar_by_content_and_dry_run_changes_nothing(tmp_path, capsys):
    path = _tracker(tmp_path, capsys, "sam.candidate@example.org")
    renamed = tmp_path / "invitation.txt"  # no .ics suffix: the content decides
    renamed.write_bytes((DATA / "scheduling_tool.ics").read_bytes())
    before = list(sqlite3.connect(path).iterdump())
    code, out, err = run(capsys, "import", renamed, "--tracker", path, "--dry-run")
    assert code == 0 and err == ""
    assert out.startswith("Dry run, nothing saved: 3 added; 3 new contacts.")
    assert "Bo Sample" in out and "Mon 2026-12-14 10:00" in out
    assert list(sqlite3.connect(path).iterdump()) == before
    code, out, _ = run(capsys, "import", renamed, "--tracker", path)
    assert code == 0 and out.startswith("Imported: 3 added")
    with Tracker.open(path) as t:
        assert len(t.interviews) == 3


def test_import_json_and_me_for_one_run(tmp_path, capsys):
    path = _tracker(tmp_path, capsys)
    code, out, _ = run(capsys, "import", DATA / "google_invite.ics", "--tracker", path, "--format", "json", "--me",
                       "sam.candidate@example.org")  # fmt: skip
    payload = json.loads(out)
    assert code == 0 and payload["warnings"] == []
    [event] = payload["events"]
    assert event["outcome"] == "added" and event["people"] == "Ana Example, Jonas Sample"
    with Tracker.open(path) as t:
        assert my_addresses(t) == ()  # --me counts for the run only


def test_unmatched_then_create(tmp_path, capsys):
    path = _tracker(tmp_path, capsys, "sam.candidate@example.org")
    code, out, _ = run(capsys, "import", DATA / "unmatched.ics", "--tracker", path)
    assert code == 0 and "1 unmatched" in out and "fatou.perez@globex-analytics.example" in out
    code, out, _ = run(capsys, "import", DATA / "unmatched.ics", "--tracker", path, "--create-applications")
    assert code == 0 and "1 new application" in out and "Globex Analytics" in out


def test_broken_calendar_one_sentence_exit_1_tracker_unchanged(tmp_path, capsys):
    path = _tracker(tmp_path, capsys)
    before = list(sqlite3.connect(path).iterdump())
    for name, words in (("truncated.ics", "is never closed"), ("not_a_calendar.ics", "is not a calendar file")):
        code, out, err = run(capsys, "import", DATA / name, "--tracker", path)
        assert code == 1 and out == ""
        assert err.startswith(f"followup-kit import: {DATA / name}: ") and words in err
        assert len(err.strip().splitlines()) == 1
    assert list(sqlite3.connect(path).iterdump()) == before


def test_options_of_the_other_kind_of_file_are_refused(tmp_path, capsys):
    path = _tracker(tmp_path, capsys)
    code, _, err = run(capsys, "import", DATA / "zoom.ics", "--tracker", path, "--map", "a=b")
    assert code == 1 and "--map is for spreadsheets" in err
    sheet = tmp_path / "jobs.csv"
    sheet.write_text("company,role\nContoso,Analyst\n")
    code, _, err = run(capsys, "import", sheet, "--tracker", path, "--me", "me@example.org")
    assert code == 1 and "--me is for calendar files" in err
