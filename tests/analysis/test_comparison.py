"""Tests for followup_kit.analysis.comparison: waits beside a benchmark, like for like."""

from __future__ import annotations

import pytest
from helpers import waits
from scipy import stats as sps

from followup_kit.analysis.comparison import compare_to_benchmark
from followup_kit.analysis.stats import survival
from followup_kit.errors import InputError


def test_compare_sentence_and_test_by_hand():
    d = [10, 30, 35, 20, 5, 26, 31]
    outcome = ["offer", "rejection", "offer", "open", "rejection", "open", "open"]
    w = waits(d, [o != "open" for o in outcome], outcome)
    res = compare_to_benchmark(w, "shrm_24_days")
    assert res.sentence == (
        "2 of your 4 decided applications took longer than 24 days; 3 are still open, "
        "the longest for 31 days (2 of them already past 24 days)."
    )
    e = sum(d) / 24
    assert res.observed_events == 4 and res.expected_events == pytest.approx(e)
    assert res.statistic == pytest.approx((4 - e) ** 2 / e)
    assert res.pvalue == pytest.approx(sps.chi2.sf((4 - e) ** 2 / e, 1))
    assert res.share_beyond == survival(w).survival_at(24)
    assert not res.like_for_like
    assert any("until an offer, your waits until an offer or a rejection" in x for x in res.differences)
    assert any("approximate" in x for x in res.differences)
    assert res.summary.loc["expected_events", "value"] == pytest.approx(e)
    assert "Not like for like" in repr(res) and "<table" in res._repr_html_()


def test_compare_like_for_like_only_differs_in_statistic():
    w = waits([10, 40], [True, False])
    w.attrs.update(start_event="applied", end_event="decision")
    res = compare_to_benchmark(w, "glassdoor_2017_us")
    assert len(res.differences) == 1 and "is a mean" in res.differences[0]


def test_compare_edge_cases():
    empty = compare_to_benchmark(waits([], []), "shrm_24_days")
    assert empty.sentence.startswith("Not enough data yet") and "Not enough data yet" in empty.verdict
    nothing = compare_to_benchmark(waits([3, 30], [False, False]), "shrm_24_days")
    assert nothing.sentence == (
        "None of your 2 applications has had a decision yet; 2 are still open, "
        "the longest for 30 days (1 of them already past 24 days)."
    )
    allday0 = compare_to_benchmark(waits([0], [True]), "shrm_24_days")
    assert "Not enough data yet" in allday0.verdict
    one = compare_to_benchmark(waits([30], [True]), "glassdoor_2017_us")
    assert one.sentence.startswith("1 of your 1 decided application took longer than 23.8 days")
    assert "rough guide" in one.verdict
    ghosted = compare_to_benchmark(waits([12], [False], ["ghosted"]), "shrm_24_days")
    assert "1 closed without a decision (ghosted or withdrawn)" in ghosted.sentence
    with pytest.raises(InputError, match="unknown benchmark"):
        compare_to_benchmark(waits([1], [True]), "nope")
