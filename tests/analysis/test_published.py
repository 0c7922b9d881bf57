"""Benchmarks: the data file, its provenance and lookups."""

from __future__ import annotations

import pytest

from followup_kit.analysis.published import (
    BENCHMARK_COLUMNS,
    BENCHMARKS,
    describe_benchmark,
    get_benchmark,
)
from followup_kit.analysis.waits import END_EVENTS, START_EVENTS
from followup_kit.errors import InputError


def test_columns_and_provenance():
    assert tuple(BENCHMARKS.columns) == BENCHMARK_COLUMNS
    assert BENCHMARKS["id"].is_unique
    assert set(BENCHMARKS["statistic"]) <= {"mean", "median"}
    assert set(BENCHMARKS["start_event"]) <= set(START_EVENTS)
    assert set(BENCHMARKS["end_event"]) <= set(END_EVENTS)
    assert BENCHMARKS["source"].notna().all()


@pytest.mark.parametrize(
    "bid, value, start, end",
    [
        ("shrm_24_days", 24, "first_interview", "offer"),
        ("glassdoor_2017_us", 23.8, "applied", "decision"),
        ("glassdoor_2017_uk", 27.5, "applied", "decision"),
        ("glassdoor_2017_de", 28.5, "applied", "decision"),
        ("glassdoor_2017_in", 16.1, "applied", "decision"),
        ("glassdoor_2017_br", 39.6, "applied", "decision"),
        ("glassdoor_2017_us_government", 53.8, "applied", "decision"),
        ("glassdoor_2017_us_aerospace_defense", 32.6, "applied", "decision"),
        ("glassdoor_2017_us_restaurants", 10.2, "applied", "decision"),
    ],
)
def test_figures(bid, value, start, end):
    row = get_benchmark(bid)
    assert row["value_days"] == value and row["statistic"] == "mean"
    assert (row["start_event"], row["end_event"]) == (start, end)


def test_glassdoor_sample_size_and_seed_marked_approximate():
    assert get_benchmark("glassdoor_2017_us")["n"] == 83921
    seed = get_benchmark("shrm_24_days")
    assert seed["url"] is None and seed["note"].startswith("Approximate")
    assert "SHRM blog" in seed["source"]


def test_unknown_id_lists_valid_ids():
    with pytest.raises(InputError, match=r"unknown benchmark; known ids are shrm_24_days, glassdoor_2017_us"):
        get_benchmark("glassdoor")


def test_get_benchmark_returns_a_copy():
    row = get_benchmark("glassdoor_2017_us")
    row["value_days"] = 1
    assert get_benchmark("glassdoor_2017_us")["value_days"] == 23.8


def test_describe_is_one_sentence_with_source():
    text = describe_benchmark("glassdoor_2017_us_restaurants")
    assert text.startswith("Mean of 10.2 days from the application to an offer or a rejection (US, restaurants)")
    assert "Glassdoor Economic Research, 2017" in text and text.endswith(".")
    assert "approximate" in describe_benchmark("shrm_24_days")
