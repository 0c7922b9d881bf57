"""Benchmarks: the data file, its provenance and lookups."""

from __future__ import annotations

import pytest

from followup_kit.analysis.published import (
    BENCHMARK_COLUMNS,
    BENCHMARKS,
    PUBLISHED,
    _load_published,
    describe_benchmark,
    get_benchmark,
    get_published,
    published_figures,
)
from followup_kit.analysis.waits import END_EVENTS, START_EVENTS
from followup_kit.errors import InputError
from followup_kit.vocabulary import PUBLISHED_KINDS


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
    # the 83,921 reviews are the 25-country total (checked), so only the average carries n
    assert get_benchmark("glassdoor_2017_average")["n"] == 83921
    assert get_benchmark("glassdoor_2017_us")["n"] is None
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


# --- published figures for forecasts (issue 13), each checked against its source -------------


@pytest.mark.parametrize(
    "fid, value, unit, kind",
    [
        ("glassdoor_2017_average", 23.7, "days", "duration"),
        ("glassdoor_2017_fr", 38.9, "days", "duration"),
        ("glassdoor_2017_ch", 37.6, "days", "duration"),
        ("glassdoor_2017_il", 16.9, "days", "duration"),
        ("linkedin_2021_engineering", 49, "days", "duration"),
        ("linkedin_2021_research", 48, "days", "duration"),
        ("linkedin_2021_finance", 46, "days", "duration"),
        ("linkedin_2021_it", 44, "days", "duration"),
        ("linkedin_2021_hr", 39, "days", "duration"),
        ("linkedin_2021_sales", 38, "days", "duration"),
        ("linkedin_2021_customer_service", 34, "days", "duration"),
        ("workable_2024_08_time_to_fill", 43.3, "days", "duration"),
        ("greenhouse_2024_ghosted", 0.61, "share", "share"),
        ("ontario_2026_45_days", 45, "days", "legal_deadline"),
    ],
)
def test_published_figures_with_their_definitions(fid, value, unit, kind):
    row = get_published(fid)
    assert (row["value"], row["unit"], row["kind"]) == (value, unit, kind)
    assert row["source"] and row["url"].startswith("https://") and row["title"] and row["population"]
    assert row["year"] in (2017, 2021, 2024, 2026) and row["note"]


def test_only_comparable_durations_are_benchmarks():
    assert set(BENCHMARKS["id"]) >= {"glassdoor_2017_average", "glassdoor_2017_fr", "glassdoor_2017_il"}
    # a share, a legal deadline, days to the first day at work, an employer's time to fill: context only
    for fid in (
        "greenhouse_2024_ghosted",
        "ontario_2026_45_days",
        "linkedin_2021_sales",
        "workable_2024_08_time_to_fill",
    ):
        assert fid not in set(BENCHMARKS["id"]) and fid in set(PUBLISHED["id"])
    assert get_published("greenhouse_2024_ghosted")["value_days"] is None
    with pytest.raises(InputError, match="unknown published figure"):
        get_published("nope")


def test_the_ontario_rule_shows_only_in_ontario():
    assert "ontario_2026_45_days" in set(published_figures("CA", "ON")["id"])
    assert "ontario_2026_45_days" not in set(published_figures("CA", "BC")["id"])
    assert "ontario_2026_45_days" not in set(published_figures()["id"])
    rule = get_published("ontario_2026_45_days")
    assert (rule["start_event"], rule["region"]) == ("last_interview", "ON") and "25 or more" in rule["population"]


def test_every_row_has_a_known_kind_and_a_checked_definition(tmp_path):
    assert set(PUBLISHED["kind"]) == set(PUBLISHED_KINDS)
    assert PUBLISHED["id"].is_unique and PUBLISHED["note"].notna().all()
    shares = PUBLISHED["unit"] == "share"
    assert PUBLISHED.loc[shares, "value_days"].isna().all() and PUBLISHED.loc[~shares, "value_days"].notna().all()
    bad = tmp_path / "published.csv"
    frame = PUBLISHED.copy()
    frame.loc[0, "kind"] = "rumour"
    frame.to_csv(bad, index=False)
    with pytest.raises(ValueError, match=r"unknown kinds of published figure \['rumour'\]"):
        _load_published(bad)
