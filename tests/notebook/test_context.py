"""Tests for followup_kit.notebook.context: tracker resolution, missing trackers and escaping."""

from __future__ import annotations

import pandas as pd
import pytest

from followup_kit import open_desk, open_explorer, open_weekly_report
from followup_kit.notebook.context import (
    MissingTracker,
    frame_html,
    notebook_as_of,
    resolve_tracker_path,
)
from followup_kit.store.tracker import default_tracker_path


def test_tracker_path_resolution(monkeypatch, tmp_path):
    monkeypatch.delenv("FOLLOWUP_KIT_TRACKER", raising=False)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "tracker.sqlite").touch()
    (tmp_path / "notebooks").mkdir()
    monkeypatch.chdir(tmp_path / "notebooks")
    # the notebooks and the command line share one rule: the nearest data/tracker.sqlite upwards
    assert resolve_tracker_path(None) == default_tracker_path() == tmp_path / "data" / "tracker.sqlite"
    monkeypatch.chdir(tmp_path)
    assert default_tracker_path().resolve() == (tmp_path / "data" / "tracker.sqlite").resolve()
    monkeypatch.setenv("FOLLOWUP_KIT_TRACKER", str(tmp_path / "env.sqlite"))
    assert resolve_tracker_path(None) == tmp_path / "env.sqlite"
    assert resolve_tracker_path(tmp_path / "given.sqlite") == tmp_path / "given.sqlite"


def test_as_of_resolution(monkeypatch):
    monkeypatch.delenv("FOLLOWUP_KIT_AS_OF", raising=False)
    assert notebook_as_of(None) is None
    monkeypatch.setenv("FOLLOWUP_KIT_AS_OF", "2026-11-20")
    assert notebook_as_of(None) == "2026-11-20"
    assert notebook_as_of("2026-01-02") == "2026-01-02"


def test_missing_tracker_explains_and_stays_quiet(tmp_path):
    for opener in (open_desk, open_explorer, open_weekly_report):
        thing = opener(tmp_path / "missing.sqlite")
        assert isinstance(thing, MissingTracker)
        page = thing._repr_html_()
        assert "followup-kit init --sample" in page and "make lab" in page
        assert thing.actions_table() is None and thing.figure() is None
        with pytest.raises(AttributeError, match="no attribute 'acton_table'"):
            thing.acton_table()


def test_frame_html_escapes():
    page = frame_html(pd.DataFrame({"company": ["<script>alert(1)</script>"]}))
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "Nothing" in frame_html(pd.DataFrame())


def test_missing_tracker_knows_every_method_the_shipped_notebooks_call():
    import json
    import re

    from helpers import ROOT

    called = set()
    for path in (ROOT / "notebooks").glob("*.ipynb"):
        for cell in json.loads(path.read_text())["cells"]:
            if cell["cell_type"] == "code":
                called |= set(re.findall(r"\b(?:desk|explorer|week)\.(\w+)\(", "".join(cell["source"])))
    assert called and called <= MissingTracker.NOTEBOOK_METHODS, sorted(called - MissingTracker.NOTEBOOK_METHODS)
