"""Papermill runs of the real notebooks with other parameters, asserting on their outputs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import nbformat
import papermill as pm
import pytest

from followup_kit.datasets.synthetic import make_tracker
from followup_kit.store.tracker import Tracker

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"


def run(name, tmp_path, **parameters):
    out = tmp_path / f"{name}.out.ipynb"
    pm.execute_notebook(
        str(NOTEBOOKS / f"{name}.ipynb"),
        str(out),
        parameters=parameters,
        kernel_name="python3",
        progress_bar=False,
        cwd=str(NOTEBOOKS),
    )
    nb = nbformat.read(out, as_version=4)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    return "\n".join(_text(o) for o in outputs)


def _text(output) -> str:
    if output.output_type == "stream":
        return output.text
    data = output.get("data", {})
    return data.get("text/html", "") + data.get("text/plain", "")


@pytest.fixture(scope="module")
def empty_tracker(tmp_path_factory):
    path = tmp_path_factory.mktemp("empty") / "tracker.sqlite"
    Tracker.create(path, timezone="Europe/Berlin").close()
    return path


@pytest.fixture(scope="module")
def large_tracker(tmp_path_factory):
    path = tmp_path_factory.mktemp("large") / "tracker.sqlite"
    make_tracker(path, 20_000, seed=5, as_of=dt.date(2026, 11, 20)).close()  # the day the notebooks run at
    return path


@pytest.mark.parametrize("name", ["follow_ups", "wait_times", "weekly_report"])
def test_missing_tracker_explains_how_to_start(name, tmp_path):
    key = "week_ending" if name == "weekly_report" else "as_of"
    text = run(name, tmp_path, tracker=str(tmp_path / "nowhere.sqlite"), **{key: "2026-11-20"})
    assert "No tracker to show yet" in text and "followup-kit init --sample" in text


def test_desk_on_an_empty_tracker(empty_tracker, tmp_path):
    text = run("follow_ups", tmp_path, tracker=str(empty_tracker), as_of="2026-11-20")
    assert "Nothing overdue or due this week." in text


def test_explorer_on_an_empty_tracker_other_benchmark(empty_tracker, tmp_path):
    text = run(
        "wait_times",
        tmp_path,
        tracker=str(empty_tracker),
        as_of="2026-11-20",
        benchmark="glassdoor_2017_de",
        start="applied",
        end="response",
    )
    assert "28.5" in text


def test_weekly_report_on_an_empty_tracker(empty_tracker, tmp_path):
    text = run("weekly_report", tmp_path, tracker=str(empty_tracker), week_ending="2026-11-20")
    assert "Nothing was recorded this week." in text and "Nothing is due next week." in text


@pytest.mark.slow
def test_large_synthetic_tracker_runs_every_notebook(large_tracker, tmp_path):
    desk = run("follow_ups", tmp_path, tracker=str(large_tracker), as_of="2026-11-20")
    # the synthetic search accepts an offer every few days, so its current search may owe nothing yet
    assert any(text in desk for text in ("Thank-you note", "Ask for an update", "Nothing overdue or due this week."))
    waits = run("wait_times", tmp_path, tracker=str(large_tracker), as_of="2026-11-20", by="industry")
    assert "Software" in waits
    weekly = run("weekly_report", tmp_path, tracker=str(large_tracker), week_ending="2026-11-20")
    assert "20,000 applications in the tracker" in weekly
