"""Kaplan-Meier, its band and median interval, Aalen-Johansen, log-rank and benchmark comparison,
checked against hand computations written out here with numpy."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from helpers import waits
from scipy import stats as sps

from followup_kit.analysis.incidence import outcome_incidence
from followup_kit.analysis.logrank import logrank_chi2
from followup_kit.analysis.stats import survival
from followup_kit.errors import InputError

Z = sps.norm.ppf(0.975)


def hand_km(days, observed):
    """Kaplan-Meier, Greenwood sum and log-log band at each distinct time, by the textbook formulas."""
    days, observed = np.asarray(days, float), np.asarray(observed, bool)
    out = []
    s, greenwood = 1.0, 0.0
    for t in np.unique(days):
        n = np.sum(days >= t)
        d = np.sum((days == t) & observed)
        s *= 1 - d / n
        if d and n > d:
            greenwood += d / (n * (n - d))
        if 0 < s < 1:
            se = math.sqrt(greenwood) / abs(math.log(s))
            low, high = s ** math.exp(Z * se), s ** math.exp(-Z * se)
        else:
            low = high = float("nan")
        out.append((t, n, d, s, low, high))
    return pd.DataFrame(out, columns=["time", "at_risk", "events", "survival", "lower", "upper"])


# a small case with censoring and ties: 2 and 2 end on day 2, 3 is censored, 5 ends, 6 and 8 are censored
DAYS = [1, 2, 2, 3, 5, 6, 8]
OBS = [True, True, True, False, True, False, False]


def test_km_by_hand():
    res = survival(waits(DAYS, OBS))
    sf = res.sf
    assert sf["time"].tolist() == [1, 2, 3, 5, 6, 8]
    assert sf["at_risk"].tolist() == [7, 6, 4, 3, 2, 1]
    assert sf["events"].tolist() == [1, 2, 0, 1, 0, 0]
    assert sf["censored"].tolist() == [0, 0, 1, 0, 1, 1]
    # 6/7, then * 4/6, then * 2/3
    np.testing.assert_allclose(sf["survival"], [6 / 7, 4 / 7, 4 / 7, 8 / 21, 8 / 21, 8 / 21])


def test_log_log_band_against_greenwood():
    res = survival(waits(DAYS, OBS))
    hand = hand_km(DAYS, OBS)
    np.testing.assert_allclose(res.sf["lower"], hand["lower"], rtol=1e-10)
    np.testing.assert_allclose(res.sf["upper"], hand["upper"], rtol=1e-10)
    assert (res.sf["lower"] <= res.sf["survival"]).all() and (res.sf["survival"] <= res.sf["upper"]).all()


def test_band_against_greenwood_random():
    rng = np.random.default_rng(7)
    d = rng.integers(0, 30, 200)
    o = rng.random(200) < 0.6
    res, hand = survival(waits(d, o)), hand_km(d, o)
    np.testing.assert_allclose(res.sf["survival"], hand["survival"], rtol=1e-12)
    ok = hand["survival"].between(0, 1, inclusive="neither")
    np.testing.assert_allclose(res.sf.loc[ok, "lower"], hand.loc[ok, "lower"], rtol=1e-9)
    np.testing.assert_allclose(res.sf.loc[ok, "upper"], hand.loc[ok, "upper"], rtol=1e-9)


def test_median_and_brookmeyer_crowley():
    res = survival(waits(DAYS, OBS))
    assert res.median == 5.0  # first day the survival is <= 1/2 (8/21)
    hand = hand_km(DAYS, OBS)
    low = hand.loc[hand["lower"] <= 0.5, "time"].min()
    high = hand.loc[hand["upper"].fillna(1) <= 0.5, "time"]
    assert res.median_ci == (float(low), math.inf if high.empty else float(high.min()))
    assert res.median_ci[0] == 1.0 and math.isinf(res.median_ci[1])
    assert "upper limit is not reached yet" in repr(res)


def test_survival_at_and_restricted_mean():
    res = survival(waits(DAYS, OBS))
    assert res.survival_at(0) == 1.0
    assert res.survival_at(2) == pytest.approx(4 / 7, rel=1e-15)  # not rounded: rounding is display
    assert res.survival_at(4.5) == pytest.approx(4 / 7, rel=1e-15)
    assert math.isnan(res.survival_at(9))  # beyond the longest wait followed
    np.testing.assert_allclose(res.survival_at([1, 5]), [6 / 7, 8 / 21], rtol=1e-15)
    # area: 1*1 + 6/7*1 + 4/7*3 + 8/21*1 (up to day 6)
    assert res.restricted_mean(6) == pytest.approx(1 + 6 / 7 + 3 * 4 / 7 + 8 / 21)
    assert res.restricted_mean(0.5) == pytest.approx(0.5)


def test_everything_observed_is_the_empirical_survival():
    d = [3, 5, 5, 9]
    res = survival(waits(d, [True] * 4))
    np.testing.assert_allclose(res.sf["survival"], [0.75, 0.25, 0.0])
    assert res.median == 5.0 and res.survival_at(100) == 0.0
    assert res.sf["lower"].iloc[-1] == 0.0


def test_nothing_observed():
    res = survival(waits([4, 10], [False, False]))
    assert res.sf["survival"].tolist() == [1.0, 1.0]
    assert math.isinf(res.median) and res.median_ci == (math.inf, math.inf)
    assert "not enough data yet" in repr(res) and "median is not reached" in res.median_text()
    assert res.restricted_mean(10) == 10


def test_one_application_and_empty():
    one = survival(waits([7], [True]))
    assert one.median == 7.0 and one.sf["survival"].tolist() == [0.0]
    empty = survival(waits([], []))
    assert empty.n == 0 and math.isnan(empty.median) and empty.sf.empty
    assert "not enough data yet" in repr(empty) and "<p>" in empty._repr_html_()
    assert math.isnan(empty.survival_at(24))


def test_summary_and_html():
    res = survival(waits(DAYS, OBS))
    row = res.summary.loc["all"]
    assert (row["waits"], row["ended"], row["censored"], row["median_days"]) == (7, 4, 3, 5.0)
    assert "<table" in res._repr_html_()


def test_by_groups_and_logrank_matches_scipy():
    rng = np.random.default_rng(3)
    d = rng.integers(0, 40, 80)
    o = rng.random(80) < 0.7
    g = np.where(rng.random(80) < 0.5, "referral", "board")
    res = survival(waits(d, o, source=g), by="source")
    assert set(res.groups) == {"board", "referral"}
    assert res.groups["board"].n == int((g == "board").sum())
    lr = sps.logrank(
        sps.CensoredData(uncensored=d[(g == "board") & o], right=d[(g == "board") & ~o]),
        sps.CensoredData(uncensored=d[(g == "referral") & o], right=d[(g == "referral") & ~o]),
    )
    assert res.logrank["statistic"] == pytest.approx(lr.statistic**2)
    assert res.logrank["pvalue"] == pytest.approx(lr.pvalue)
    own = logrank_chi2(d, o, g)
    assert own["statistic"] == pytest.approx(lr.statistic**2, rel=1e-9)
    assert "Log-rank test between groups" in repr(res)


def test_k_sample_logrank_by_hand():
    # groups a: 1, 3 ; b: 2, 4 ; c: 5(censored); hand: O-E and variance per event time
    d = np.array([1, 3, 2, 4, 5])
    o = np.array([True, True, True, True, False])
    g = np.array(["a", "a", "b", "b", "c"])
    n = {"a": [2, 1, 1, 0], "b": [2, 2, 1, 1], "c": [1, 1, 1, 1]}
    events = {"a": [1, 0, 1, 0], "b": [0, 1, 0, 1], "c": [0, 0, 0, 0]}
    tot = np.array([5, 4, 3, 2])
    u = np.array([sum(events[k]) - sum(np.array(n[k]) / tot) for k in "abc"])
    V = np.zeros((3, 3))
    for j in range(4):
        p = np.array([n[k][j] for k in "abc"]) / tot[j]
        V += np.diag(p) - np.outer(p, p)  # one event per time: d(n-d)/(n-1) = 1
    chi2 = u[:2] @ np.linalg.solve(V[:2, :2], u[:2])
    res = survival(waits(d, o, grp=g), by="grp")
    assert res.logrank["df"] == 2 and res.logrank["statistic"] == pytest.approx(chi2)
    assert res.logrank["pvalue"] == pytest.approx(sps.chi2.sf(chi2, 2))


def test_groups_with_missing_values():
    res = survival(waits([1, 2, 3], [True, True, False], industry=["x", None, None]), by="industry")
    assert set(res.groups) == {"x", "unknown"}
    with pytest.raises(InputError, match="no such column to group by"):
        survival(waits([1], [True]), by="nope")


def test_bad_input_is_named():
    with pytest.raises(
        InputError, match=r"field .days., value -2: not a number of days \(row 1\); waits are whole days >= 0"
    ):
        survival(waits([1, -2], [True, True]))
    with pytest.raises(InputError, match="'observed'"):
        survival(pd.DataFrame({"days": [1]}))
    with pytest.raises(TypeError):
        survival([1, 2])


# --- Aalen-Johansen ----------------------------------------------------------------


def test_aalen_johansen_by_hand_with_ties():
    # day 2: 6 at risk, one offer, one rejection, one ghosted tie; day 4: 2 at risk (one left open on day 3), one offer
    w = waits(
        [2, 2, 2, 3, 4, 6],
        [True, True, False, False, True, False],
        ["offer", "rejection", "ghosted", "open", "offer", "open"],
    )
    inc = outcome_incidence(w)
    assert inc.index.tolist() == [0, 2, 4] and inc.index.name == "day"
    assert list(inc.columns) == ["offer", "rejection", "ghosted", "still_waiting"]
    # S(2-) = 1: each outcome 1/6; S(2) = 1/2; day 4: 2 at risk, S(4-) = 1/2, offer += 1/2 * 1/2
    np.testing.assert_allclose(inc.loc[2], [1 / 6, 1 / 6, 1 / 6, 1 / 2])
    np.testing.assert_allclose(inc.loc[4], [1 / 6 + 1 / 4, 1 / 6, 1 / 6, 1 / 4])
    np.testing.assert_allclose(inc.sum(axis=1), 1.0)


def test_incidence_plus_km_is_one_and_beats_one_minus_km():
    rng = np.random.default_rng(11)
    n = 300
    outcome = rng.choice(["offer", "rejection", "ghosted", "withdrawn", "open"], n)
    w = waits(rng.integers(0, 50, n), outcome != "open", outcome)
    inc = outcome_incidence(w)
    np.testing.assert_allclose(inc.sum(axis=1), 1.0)
    # still_waiting is Kaplan-Meier with every outcome but open as the event
    km = hand_km(w["days"], outcome != "open").set_index("time")["survival"]
    np.testing.assert_allclose(inc["still_waiting"].iloc[1:], km.reindex(inc.index[1:].astype(float)), rtol=1e-12)
    # 1 - KM for offers alone (others censored) overstates the chance of an offer
    offers_only = hand_km(w["days"], outcome == "offer").set_index("time")["survival"]
    assert inc["offer"].iloc[-1] < 1 - offers_only.iloc[-1]


def test_incidence_edge_cases():
    empty = outcome_incidence(waits([], []))
    assert empty.empty and list(empty.columns) == ["still_waiting"]
    none = outcome_incidence(waits([3, 5], [False, False]))
    assert list(none.columns) == ["still_waiting"] and none["still_waiting"].tolist() == [1.0]
    at_zero = outcome_incidence(waits([0, 4], [True, True]))
    assert at_zero.index.tolist() == [0, 4] and at_zero.loc[0, "offer"] == 0.5


# --- comparison with a benchmark ------------------------------------------------------
