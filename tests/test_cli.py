"""Tests for followup_kit.cli: commands, help and one-sentence errors."""

from __future__ import annotations

import datetime as dt
import os
import stat

import pytest
import time_machine
from helpers import fake_now_moment

from followup_kit.cli import build_parser, main
from followup_kit.datasets.sample.story import SAMPLE_AS_OF
from followup_kit.store.tracker import Tracker


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_help_lists_every_command(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    text = capsys.readouterr().out
    for name in ("init", "import", "export", "due", "ics", "report", "app", "backup", "summary"):
        assert f"    {name}" in text


def test_every_subcommand_has_help(capsys):
    parser = build_parser()
    names = parser._subparsers._group_actions[0].choices
    for name in names:
        with pytest.raises(SystemExit):
            main([name, "--help"])
        assert "--tracker" in capsys.readouterr().out


def test_init_then_summary(tmp_path, capsys):
    path = tmp_path / "t.sqlite"
    code, out, _ = run(capsys, "init", "--tracker", path, "--timezone", "Europe/Berlin")
    assert code == 0 and "Europe/Berlin" in out
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    code, out, _ = run(capsys, "summary", "--tracker", path)
    assert code == 0 and "0 applications" in out


def test_tracker_from_environment(tmp_path, capsys, monkeypatch):
    path = tmp_path / "env.sqlite"
    monkeypatch.setenv("FOLLOWUP_KIT_TRACKER", str(path))
    assert run(capsys, "init", "--timezone", "UTC")[0] == 0
    assert path.exists()


def test_errors_are_one_sentence_without_traceback(tmp_path, capsys):
    code, _out, err = run(capsys, "summary", "--tracker", tmp_path / "missing.sqlite")
    assert code == 1
    assert "Traceback" not in err and err.count("\n") == 1
    assert "no tracker at" in err and "followup-kit init" in err
    path = tmp_path / "t.sqlite"
    Tracker.create(path, timezone="UTC").close()
    code, _, err = run(capsys, "init", "--tracker", path)
    assert code == 1 and "already exists" in err
    code, _, err = run(capsys, "init", "--tracker", tmp_path / "x.sqlite", "--timezone", "Nowhere/City")
    assert code == 1 and "not a time zone" in err


def test_backup_writes_an_openable_copy(tmp_path, capsys):
    path = tmp_path / "t.sqlite"
    with Tracker.create(path, timezone="UTC") as t:
        t.add_application("Acme", "Analyst")
    code, out, _ = run(capsys, "backup", "--tracker", path, "--out", tmp_path / "b.sqlite")
    assert code == 0 and "Backed up" in out
    with Tracker.open(tmp_path / "b.sqlite") as b:
        assert len(b.applications) == 1


# --- the first hour ------------------------------------------------------------------------


def test_init_sample_ends_the_story_in_the_week_up_to_as_of(tmp_path, capsys):
    path = tmp_path / "s.sqlite"
    code, out, _ = run(capsys, "init", "--sample", "--as-of", "2027-03-10", "--tracker", path)
    assert code == 0 and "15 applications" in out
    with Tracker.open(path) as t:
        assert str(sorted(t.interviews["starts_at"].dt.date)[-2]) == "2027-03-04"  # the last one is booked ahead
    code, out, _ = run(capsys, "due", "--as-of", "2027-03-10 12:00", "--tracker", path)
    assert code == 0 and 1 <= out.count("overdue") <= 3


@pytest.mark.parametrize(
    "now",
    [
        "2026-12-06 09:00 America/New_York",  # a Sunday: the booked interview is two days ahead
        "2026-12-08 18:00 America/New_York",  # the Tuesday of the booked interview, after it
        "2026-12-31 23:30 America/New_York",  # New Year's Eve late: already 2027 in UTC
        "2027-03-29 08:00 Europe/Berlin",  # the Monday after Europe's clocks went forward
        "2028-02-29 12:00 Asia/Tokyo",  # a leap day
    ],
)
def test_init_sample_without_as_of_is_live_today(tmp_path, capsys, now):
    """Without --as-of the sample's story ends within the week up to today, whatever today is."""
    fixed = tmp_path / "fixed.sqlite"
    assert run(capsys, "init", "--sample", "--as-of", SAMPLE_AS_OF.isoformat(), "--tracker", fixed)[0] == 0
    moment = fake_now_moment(now)
    with time_machine.travel(moment, tick=False):
        assert run(capsys, "init", "--sample", "--tracker", tmp_path / "live.sqlite")[0] == 0
    local_days = []
    for path in (fixed, tmp_path / "live.sqlite"):
        with Tracker.open(path) as t:  # local days: a week across a clock change is not 7 x 24 hours
            starts = t.interviews["starts_at"].dt.tz_convert(t.timezone).dt.tz_localize(None)
        local_days.append(starts.dt.normalize().sort_values().reset_index(drop=True))
    shift = (local_days[1] - local_days[0]).dt.days.unique().tolist()
    assert len(shift) == 1 and shift[0] % 7 == 0  # moved as a whole, by whole weeks
    story_end = SAMPLE_AS_OF + dt.timedelta(days=shift[0])
    assert 0 <= (moment.date() - story_end).days < 7  # its last day is in the week up to today


def test_init_as_of_needs_sample_and_an_iso_date(tmp_path, capsys):
    code, _, err = run(capsys, "init", "--as-of", "2027-03-10", "--tracker", tmp_path / "a.sqlite")
    assert code == 1 and err == "followup-kit init: --as-of only goes with --sample (it moves the sample's dates)\n"
    code, _, err = run(capsys, "init", "--sample", "--as-of", "10/03/2027", "--tracker", tmp_path / "b.sqlite")
    assert code == 1 and "--as-of" in err and "YYYY-MM-DD" in err and "Traceback" not in err
    assert not (tmp_path / "a.sqlite").exists() and not (tmp_path / "b.sqlite").exists()


def test_import_into_a_missing_tracker_says_add_create(tmp_path, capsys):
    sheet = tmp_path / "jobs.csv"
    sheet.write_text("Entreprise;Poste;Date de candidature;Statut\nAcme;Analyste;14/09/2026;Refusé\n", encoding="utf-8")
    path = tmp_path / "new.sqlite"
    code, _, err = run(capsys, "import", sheet, "--tracker", path)
    assert code == 1
    assert err == f"followup-kit import: no tracker at {path}; to create it with this import, add --create\n"
    assert not path.exists()
    code, out, _ = run(capsys, "import", sheet, "--tracker", path, "--create")
    assert code == 0 and "1 imported" in out
    with Tracker.open(path) as t:
        assert t.applications["status"].tolist() == ["rejected"]
