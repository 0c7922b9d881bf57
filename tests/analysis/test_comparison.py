"""Tests for followup_kit.analysis.comparison: waits beside a benchmark, like for like."""

from __future__ import annotations

import math

import pytest
from helpers import waits
from scipy import stats as sps

from followup_kit.analysis.comparison import compare_to_benchmark
from followup_kit.errors import InputError


def test_compare_two_questions_by_hand():
    d = [10, 30, 35, 20, 5, 26, 31, 50, 60]
    outcome = ["offer", "rejection", "offer", "open", "rejection", "open", "open", "ghosted", "withdrawn"]
    w = waits(d, [o in ("offer", "rejection") for o in outcome], outcome)
    w.attrs.update(silence_days=40.0)
    res = compare_to_benchmark(w, "shrm_24_days")
    assert (res.n_answered, res.n_open, res.n_ghosted, res.n_other) == (4, 3, 1, 1)
    assert res.sentence.startswith(
        "Of your 9 applications, 4 got a decision: half of the answers so far within 20 days"
    )
    assert "2 after more than 24 days" in res.sentence
    assert "3 are still open (silent for less than 40 days)" in res.sentence
    assert "1 counts as ghosted (recorded, or silent for longer than 40 days)" in res.sentence
    assert "1 ended another way (withdrawn)" in res.sentence and "other verdict" not in res.sentence
    # the answers may still come (follow-up too short for a plateau): the answers so far, as they are
    assert not res.never_answered.known and res.answered_basis.startswith("the answers so far")
    assert (res.answered_mean, res.answered_median, res.answered_share_beyond) == (20.0, 20.0, 0.5)
    assert "half of the answers so far within 20 days" in res.sentence
    # four answers are too few for a test: no p-value, and the verdict says why
    assert math.isnan(res.pvalue) and res.verdict.startswith("No test against the benchmark: 4 answered waits")
    assert not res.like_for_like
    assert any("until an offer, your waits until an offer or a rejection" in x for x in res.differences)
    assert any("approximate" in x for x in res.differences)
    assert "Not like for like" in repr(res) and "<table" in res._repr_html_()
    # the method and the figures are folded away, in words, without ids or NaN
    page = res._repr_html_()
    folded = page.split("<details><summary>How this is computed</summary>")
    assert len(folded) == 2 and "Kaplan-Meier" not in folded[0] and "shrm_24_days" not in page
    assert "NaN" not in page and "not known" in folded[1] and "<th></th>" not in page


def test_the_test_runs_on_the_answered_waits_only():
    answered = [3, 8, 12, 15, 20, 22, 30, 41]
    silent = [200, 300, 400, 500, 600, 700]  # long silences must not weigh on how fast answers came
    w = waits(answered + silent, [True] * 8 + [False] * 6, ["rejection"] * 8 + ["ghosted"] * 6)
    w.attrs.update(start_event="applied", end_event="decision")
    res = compare_to_benchmark(w, "glassdoor_2017_us")
    g = sps.gamma(8, scale=23.8)
    assert res.answered_days == sum(answered)
    assert res.pvalue == pytest.approx(2 * min(g.cdf(sum(answered)), g.sf(sum(answered))))
    assert "consistent with a typical wait of 23.8 days on average" in res.verdict and "p =" not in res.verdict
    assert "exponential waits with a mean of 23.8 days" in res.test_note
    assert res.never_answered.known and res.never_answered.low <= 6 / 14 <= res.never_answered.high
    assert "never got one" in res.sentence
    assert res.summary.loc["answered_days", "value"] == sum(answered)
    # the plateau is known: the curve normalised by it; every answer came before any silence, so it is the mean
    assert res.answered_basis.startswith("Kaplan-Meier") and res.answered_mean == pytest.approx(sum(answered) / 8)


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
        "Of your 2 applications, 0 got a decision. 2 are still open (silent for less than the silence threshold)."
    )
    assert math.isnan(nothing.pvalue) and "0 answered waits are too few" in nothing.verdict
    one = compare_to_benchmark(waits([30], [True]), "glassdoor_2017_us")
    assert one.sentence.startswith("Of your 1 application, 1 got a decision: half of them within 30 days, 1 after")
    assert one.answered_basis.startswith("Kaplan-Meier")  # every wait answered: none never will
    assert "too few" in one.verdict
    ghosted = compare_to_benchmark(waits([12], [False], ["ghosted"]), "shrm_24_days")
    assert "1 counts as ghosted" in ghosted.sentence
    with pytest.raises(InputError, match="unknown benchmark"):
        compare_to_benchmark(waits([1], [True]), "nope")
