"""Headless tests for followup_kit.notebook.explorer: the wait-time explorer's widgets."""

from __future__ import annotations

import html

import pytest

from followup_kit.analysis.forecast.words import history_sentence
from followup_kit.analysis.waits import wait_times
from followup_kit.datasets.sample.tracker import create_sample_tracker
from followup_kit.notebook.explorer import WaitTimeExplorer


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    t = create_sample_tracker(tmp_path_factory.mktemp("explorer") / "tracker.sqlite")
    yield t
    t.close()


def test_initial_values_come_from_arguments(sample):
    ex = WaitTimeExplorer(
        sample, as_of="2026-11-20", benchmark="glassdoor_2017_us", start="applied", end="response", by="industry"
    )
    assert (ex.benchmark.value, ex.start.value, ex.end.value, ex.by.value) == (
        "glassdoor_2017_us",
        "applied",
        "response",
        "industry",
    )
    assert "23.8" in ex.definition.value


def test_changing_widgets_updates_words_plot_and_overdue(sample):
    ex = WaitTimeExplorer(sample, as_of="2026-11-20")
    words, definition = ex.words.value, ex.definition.value
    assert "24 days" in definition
    ex.benchmark.value = "glassdoor_2017_us_government"
    assert ex.definition.value != definition
    assert ex.words.value != words
    ex.start.value = "applied"
    # the government benchmark counts from the application too: like for like on the start now
    assert "counts from the application, your waits from" not in ex.comparison_text()
    ex.start.value = "first_interview"
    assert "counts from the application, your waits from the first interview" in ex.comparison_text()
    ex.start.value = "applied"
    picture = bytes(ex.plot_image.value)
    assert picture.startswith(b"\x89PNG")
    ex.by.value = "industry"
    assert bytes(ex.plot_image.value) != picture
    groups = ex.survival().groups
    industries = set(sample.applications["industry"].dropna())
    assert len(groups) >= 2 and set(groups) <= industries | {"(none)", "unknown", "not given"}
    assert sum(g.n for g in groups.values()) == ex.survival().n


def test_date_range_filters_waits(sample):
    ex = WaitTimeExplorer(sample, as_of="2026-11-20", start="applied", end="response")
    everything = len(ex.waits())
    import datetime as dt

    ex.since.value = dt.date(2026, 10, 1)
    assert 0 < len(ex.waits()) < everything
    assert (ex.waits()["start"] >= "2026-10-01").all()


def test_empty_tracker_shows_honest_words(tracker):
    ex = WaitTimeExplorer(tracker, as_of="2026-03-01")
    assert ex.waits().empty
    assert ex.comparison_text()
    assert "None" in ex.overdue_html.value or "Nothing" in ex.overdue_html.value
    fig = ex.figure()
    assert any("Nothing to show" in t.get_text() for ax in fig.axes for t in ax.texts)


def test_chance_panel_follows_the_chosen_waits(sample):
    ex = WaitTimeExplorer(sample, as_of="2026-11-20", start="applied", end="response")
    waits = wait_times(sample, as_of="2026-11-20", start="applied", end="response")
    assert html.escape(history_sentence(waits)) in ex.chance_words.value
    assert "never got an answer" in ex.chance_words.value
    picture = bytes(ex.chance_image.value)
    assert picture.startswith(b"\x89PNG")
    ax = ex.chance_figure().axes[0]
    assert ax.get_title() == "Chance of an answer in the next week, by days of silence"
    ex.end.value = "decision"
    assert bytes(ex.chance_image.value) != picture
    assert html.escape(history_sentence(waits)) not in ex.chance_words.value


def test_the_users_country_figure_stands_beside_the_benchmark(sample):
    ex = WaitTimeExplorer(sample, as_of="2026-11-20", country="FR")
    assert "24 days" in ex.definition.value
    page = ex.country_words.value
    assert "Beside the figure for France" in page
    assert "Mean of 38.9 days from the application to an offer or a rejection (France" in page
    assert html.escape(ex.country_comparison().sentence) in page
    assert ex.country_comparison().start_event == "applied"  # measured between the figure's own events
    ex.benchmark.value = "glassdoor_2017_fr"  # the country's figure chosen as the benchmark: said once
    assert ex.country_words.value == ""
    us = WaitTimeExplorer(sample, as_of="2026-11-20")  # the default policy's country
    assert "Beside the figure for US" in us.country_words.value and "23.8 days" in us.country_words.value
    assert WaitTimeExplorer(sample, as_of="2026-11-20", country="JP").country_words.value == ""


def test_waiting_longer_than_the_benchmark_is_a_readable_table(sample):
    """Not a raw frame with an index, ``application_id`` and ``benchmark_days 24.0`` (issue 23)."""
    ex = WaitTimeExplorer(sample, as_of="2026-11-20")
    page = ex.overdue_table().data
    assert page == ex.overdue_html.value
    assert "<th>Company</th>" in page and "<th>First interview</th>" in page and "Thu 15 Oct" in page
    for word in ("application_id", "benchmark_days", "24.0", "<th></th>", "shrm_24_days"):
        assert word not in page, word
    assert "Benchmark: SHRM blog, 24 days from the first interview to an offer, US." in page
    assert all(":" not in label.split(" (")[0] or "_" not in label for label, _ in ex.benchmark.options)
    assert not any("shrm_24_days" in label for label, _ in ex.benchmark.options)


def test_the_chance_sentence_wraps_between_words(sample):
    ex = WaitTimeExplorer(sample, as_of="2026-11-20", start="applied", end="response")
    text = ex.chance_text(width=60)
    assert text.replace("\n", " ") == ex.chance_text()
    assert all(len(line) <= 60 for line in text.splitlines())
