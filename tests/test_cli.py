"""Tests for followup_kit.cli: commands, help and one-sentence errors."""

from __future__ import annotations

import os
import stat

import pytest

from followup_kit.cli import build_parser, main
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
