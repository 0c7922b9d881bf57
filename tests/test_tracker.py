"""Tests for followup_kit.tracker (more in later commits)."""

import pytest

from followup_kit.errors import TrackerError
from followup_kit.tracker import Tracker


def test_open_missing_file_says_how_to_create(tmp_path):
    with pytest.raises(TrackerError, match="followup-kit init"):
        Tracker.open(tmp_path / "nope.sqlite")


def test_interviewed_fixture_has_two_participants(interviewed):
    t = interviewed["tracker"]
    assert len(t.participants) == 2
    assert t.applications.loc[0, "status"] == "interviewing"
