"""Forecasts: conditional chance, never-hear-back share, silence threshold, reply forecast.

Every figure is checked against an independent numpy computation written here,
and the intervals against simulated job searches with a known truth: a share
``NEVER`` of applications never answered, the others answered after an
exponential wait with mean ``MEAN_DAYS``, each followed for a uniform number of days.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from followup_kit.analysis.estimate import Estimate
from followup_kit.analysis.forecast.estimates import (
    DEFAULT_PRIOR,
    FEW_ANSWERS,
    PublishedPrior,
    follow_up_check,
    never_hear_back,
    reply_forecast,
    silence_threshold,
)
from followup_kit.analysis.forecast.plots import chance_curve, plot_chance_within
from followup_kit.analysis.forecast.words import forecast_sentences, history_sentence
from followup_kit.analysis.stats import survival
from followup_kit.analysis.waits import wait_times
from followup_kit.errors import InputError
from followup_kit.store.silence import FALLBACK_SILENCE_DAYS
from followup_kit.store.tracker import Tracker

Z = stats.norm.ppf(0.975)
NEVER, MEAN_DAYS = 0.4, 8.0


# --- an independent Kaplan-Meier, written for the tests ------------------------------------


def numpy_km(days, observed):
    """Distinct times, at risk, answers, survival after each time, Greenwood sum up to each time."""
    days, observed = np.asarray(days, float), np.asarray(observed, bool)
    times = np.unique(days)
    at_risk = np.array([(days >= t).sum() for t in times], float)
    answers = np.array([(observed & (days == t)).sum() for t in times], float)
    surv = np.cumprod(1 - answers / at_risk)
    return times, at_risk, answers, surv


def numpy_s(days, observed, t):
    times, _, _, surv = numpy_km(days, observed)
    before = times <= t
    return surv[before][-1] if before.any() else 1.0


def simulate(rng, n, never=NEVER, mean=MEAN_DAYS, follow=(20, 100)):
    """A job search with a known truth: answers that come, applications never answered, follow-up."""
    answers_at = rng.exponential(mean, n)
    answered_ever = rng.random(n) >= never
    followed = rng.uniform(*follow, n)
    observed = answered_ever & (answers_at <= followed)
    days = np.where(observed, answers_at, followed)
    return pd.DataFrame({"days": days, "observed": observed})


def true_s(t, never=NEVER, mean=MEAN_DAYS):
    return never + (1 - never) * math.exp(-t / mean)


@pytest.fixture
def waits():
    rng = np.random.default_rng(7)
    w = simulate(rng, 60)
    w["days"] = np.ceil(w["days"])  # whole days, with ties, as the tracker gives them
    return w


# --- chance_within ------------------------------------------------------------------------


@pytest.mark.parametrize("given, days", [(0, 7), (3, 7), (5, 1), (10, 14), (2.5, 3)])
def test_chance_within_is_the_km_formula_to_the_last_digit(waits, given, days):
    km = survival(waits)
    e = km.chance_within(days, given=given)
    assert e.value == 1 - km.survival_at(given + days) / km.survival_at(given)
    independent = 1 - numpy_s(waits["days"], waits["observed"], given + days) / numpy_s(
        waits["days"], waits["observed"], given
    )
    np.testing.assert_array_max_ulp(np.array(e.value), np.array(independent), maxulp=4)


def test_chance_within_interval_is_greenwood_loglog_over_the_window(waits):
    given, h = 4.0, 7.0
    times, n, d, _ = numpy_km(waits["days"], waits["observed"])
    inside = (times > given) & (times <= given + h)
    ratio = np.prod(1 - d[inside] / n[inside])
    var = np.sum(d[inside] / (n[inside] * (n[inside] - d[inside])))
    se = math.sqrt(var) / abs(math.log(ratio))
    e = survival(waits).chance_within(h, given=given)
    assert e.low == pytest.approx(1 - ratio ** math.exp(-Z * se), rel=1e-12)
    assert e.high == pytest.approx(1 - ratio ** math.exp(Z * se), rel=1e-12)
    assert e.low < e.value < e.high
    assert "delta method" in e.method and "Greenwood" in e.method


def test_chance_within_with_no_answer_in_the_window_uses_the_poisson_limit():
    w = pd.DataFrame({"days": [1, 2, 3, 20, 30, 40], "observed": [True, True, True, False, False, False]})
    e = survival(w).chance_within(7, given=10)
    exposure = 7 + 7 + 7  # three waits followed through the whole window
    assert (e.value, e.low) == (0.0, 0.0)
    assert e.high == pytest.approx(1 - 0.025 ** (7 / exposure))
    assert "zero answers" in e.method


def test_chance_within_when_everyone_left_answers_uses_clopper_pearson():
    w = pd.DataFrame({"days": [1, 2, 12, 13, 14], "observed": [True, False, True, True, True]})
    e = survival(w).chance_within(7, given=10)
    assert (e.value, e.high) == (1.0, 1.0)
    assert e.low == pytest.approx(stats.beta.ppf(0.025, 3, 1))  # Clopper-Pearson lower limit for 3 of 3


def test_chance_within_beyond_the_longest_wait():
    w = pd.DataFrame({"days": [1, 2, 3, 8], "observed": [True, True, True, False]})
    km = survival(w)
    assert math.isnan(km.chance_within(7, given=8).value)
    assert "no wait" in km.chance_within(7, given=8).method
    held = km.chance_within(7, given=4)
    assert held.value == 0.0 and "held flat after day 8" in held.method
    with pytest.raises(InputError, match="window must be a number of days above 0"):
        km.chance_within(0)
    with pytest.raises(InputError, match="days already waited must be 0 or more"):
        km.chance_within(7, given=-1)


def test_survival_at_is_not_rounded():
    w = pd.DataFrame({"days": [1, 2, 3, 4, 5, 6, 7], "observed": [True] * 7})
    assert survival(w).survival_at(1) == 1 - 1 / 7


# --- never_hear_back ----------------------------------------------------------------------


def test_never_hear_back_is_the_plateau_with_a_greenwood_loglog_interval(waits):
    e = never_hear_back(waits)
    times, n, d, surv = numpy_km(waits["days"], waits["observed"])
    last = times[d > 0][-1]
    s = surv[times == last][0]
    var = np.sum((d / (n * (n - d)))[times <= last])
    se = math.sqrt(var) / abs(math.log(s))
    assert e.value == pytest.approx(s, rel=1e-14)
    assert e.low == pytest.approx(s ** math.exp(Z * se), rel=1e-9)
    assert e.high == pytest.approx(s ** math.exp(-Z * se), rel=1e-9)
    assert "plateau" in e.method and "Maller-Zhou" in e.method


def test_never_hear_back_edge_cases():
    assert not never_hear_back(pd.DataFrame({"days": [], "observed": []}).astype({"observed": bool})).known
    silent = never_hear_back(pd.DataFrame({"days": [5, 9, 30], "observed": [False] * 3}))
    assert not silent.known and "none of the 3 waits" in silent.method
    answered = never_hear_back(pd.DataFrame({"days": [3, 5, 9, 12], "observed": [True] * 4}))
    assert (answered.value, answered.low) == (0.0, 0.0)
    assert answered.high == pytest.approx(stats.beta.ppf(0.975, 1, 4))  # Clopper-Pearson, 0 of 4
    short = never_hear_back(pd.DataFrame({"days": [3, 5, 9, 10, 11], "observed": [True, True, True, True, False]}))
    assert not short.known and "follow-up too short" in short.method


def test_follow_up_check_counts_answers_in_the_stretch_before_the_last():
    w = pd.DataFrame({"days": [2, 5, 7, 9, 10, 16, 30], "observed": [True, True, True, True, False, False, False]})
    c = follow_up_check(w)
    # last answer 9, longest 30: the stretch (-12, 9] holds all 4 answers;
    # days followed there: 2 + 5 + 7 + 9 + 9 + 9 + 9 = 50, after day 9: 1 + 7 + 21 = 29
    assert (c["last_answer"], c["longest"], c["answers_near_end"]) == (9.0, 30.0, 4)
    assert c["expected_after"] == pytest.approx(4 * 29 / 50)
    assert c["statistic"] == pytest.approx(math.exp(-4 * 29 / 50)) and not c["sufficient"]
    longer = follow_up_check(pd.concat([w, pd.DataFrame({"days": [60, 70], "observed": [False, False]})]))
    assert longer["sufficient"]  # two more waits silent for months: the silence is real


# --- silence_threshold --------------------------------------------------------------------


def test_silence_threshold_matches_an_independent_quantile(waits):
    times, _, d, surv = numpy_km(waits["days"], waits["observed"])
    answered = 1 - surv
    for share in (0.5, 0.8, 0.95):
        expected = times[np.flatnonzero(answered >= share * answered[d > 0][-1])[0]]
        e = silence_threshold(waits, share)
        assert e.value == expected
        assert e.low <= e.value <= e.high
    assert silence_threshold(waits).value == silence_threshold(waits).value  # fixed seed: reproducible
    assert not silence_threshold(pd.DataFrame({"days": [4], "observed": [False]})).known
    with pytest.raises(InputError, match="share of answers must be between 0 and 1"):
        silence_threshold(waits, 1.5)


def test_silence_threshold_counts_open_waits():
    # a naive quantile of answered waits ignores that short-followed waits could not show late answers
    w = pd.DataFrame({"days": [1, 2, 3, 4, 20, 5, 5, 5, 5, 5, 60], "observed": [True] * 5 + [False] * 6})
    naive = np.quantile(w.loc[w["observed"], "days"], 0.95, method="inverted_cdf")
    assert silence_threshold(w).value == 20.0 and naive == 20.0
    assert silence_threshold(w, 0.7).value > np.quantile([1, 2, 3, 4, 20], 0.7, method="inverted_cdf")


# --- simulated job searches with a known truth ----------------------------------------------


def test_intervals_cover_the_truth_in_repeated_simulations():
    rng = np.random.default_rng(2026)
    sims, n = 300, 80
    truth_chance = 1 - true_s(12) / true_s(5)
    truth_threshold = MEAN_DAYS * math.log(20)
    cover = {"never": 0, "chance": 0, "threshold": 0}
    values = {"never": [], "chance": []}
    unknown = 0
    for _ in range(sims):
        w = simulate(rng, n)
        never = never_hear_back(w)
        chance = survival(w).chance_within(7, given=5)
        threshold = silence_threshold(w)
        unknown += not never.known  # a rare late answer near the end of follow-up makes it unsure
        cover["never"] += never.known and never.low <= NEVER <= never.high
        cover["chance"] += chance.low <= truth_chance <= chance.high
        cover["threshold"] += threshold.low <= truth_threshold <= threshold.high
        values["never"].append(never.value) if never.known else None
        values["chance"].append(chance.value)
    assert unknown <= 0.05 * sims  # follow-up (20 to 100 days) is long against a mean of 8 days
    assert 0.90 <= cover["never"] / (sims - unknown) <= 0.99
    assert 0.90 <= cover["chance"] / sims <= 0.99
    # a percentile bootstrap of a high quantile under-covers somewhat (about 89% here): checked, and said in the report
    assert 0.85 <= cover["threshold"] / sims <= 0.99
    assert np.mean(values["never"]) == pytest.approx(NEVER, abs=0.02)
    assert np.mean(values["chance"]) == pytest.approx(truth_chance, abs=0.02)


def test_short_follow_up_is_reported_not_guessed():
    rng = np.random.default_rng(5)
    unknown = sum(not never_hear_back(simulate(rng, 40, mean=30, follow=(5, 15))).known for _ in range(50))
    assert unknown >= 45  # answers still coming at the end of follow-up: no number


# --- the published prior ------------------------------------------------------------------


def test_prior_chance_is_the_mixture_formula():
    prior = PublishedPrior(mean_days=20.0, never_share=0.5, mean_source="x", never_source="y")
    g, h = np.array([0.0, 10.0, 40.0]), 7.0
    sf = stats.expon(scale=20.0).sf
    expected = 0.5 * (sf(g) - sf(g + h)) / (0.5 + 0.5 * sf(g))
    np.testing.assert_allclose(prior.chance(g, h), expected, rtol=1e-12)
    low, high = prior.interval(expected)
    np.testing.assert_allclose(low, stats.beta.ppf(0.025, 10 * expected, 10 * (1 - expected)))
    np.testing.assert_allclose(high, stats.beta.ppf(0.975, 10 * expected, 10 * (1 - expected)))
    assert prior.threshold(0.95) == pytest.approx(stats.expon(scale=20.0).ppf(0.95))
    assert (DEFAULT_PRIOR.mean_days, DEFAULT_PRIOR.never_share) == (23.7, 0.61)


# --- reply_forecast on a real tracker -----------------------------------------------------


def _search(tracker, answered_after, open_since, ghosted=0):
    """Applications from 2026-01-05: some answered after the given days, some still silent."""
    start = pd.Timestamp("2026-01-05")
    for i, wait in enumerate(answered_after):
        app = tracker.add_application(f"Answered {i} Ltd", "Analyst", applied_on=start.date().isoformat())
        tracker.record_event(app, "response", (start + pd.Timedelta(days=wait)).date().isoformat())
    for i, since in enumerate(open_since):
        tracker.add_application(
            f"Silent {i} GmbH",
            "Analyst",
            applied_on=(pd.Timestamp("2026-03-01") - pd.Timedelta(days=since)).date().isoformat(),
        )
    for i in range(ghosted):
        app = tracker.add_application(f"Ghost {i} SA", "Analyst", applied_on=start.date().isoformat())
        tracker.record_event(app, "ghosted", "2026-02-20")


def test_reply_forecast_uses_your_history_with_enough_answers(tmp_path):
    t = Tracker.create(tmp_path / "t.sqlite", timezone="Europe/Paris")
    try:
        _search(t, answered_after=[2, 3, 3, 5, 6, 8, 9, 11, 14, 20, 25], open_since=[4, 12, 30, 80], ghosted=2)
        f = reply_forecast(t, as_of="2026-03-01")
        assert list(f["silent_days"]) == [4, 12, 30, 80]  # ghosted applications are not waiting
        assert f["company"].str.startswith("Silent").all()
        km = survival(wait_times(t, as_of="2026-03-01", start="applied", end="response"))
        for row in f.itertuples():
            if row.silent_days < km.max_time:
                e = km.chance_within(7, given=row.silent_days)
                assert (row.chance, row.low, row.high) == (e.value, e.low, e.high)
                assert row.basis == f"your {km.n} applications"
        longest = f.loc[f["silent_days"] == 80].iloc[0]  # nobody else waited that long: the prior
        assert longest["basis"].startswith("published prior") and "no wait of yours" in longest["basis"]
        assert longest["chance"] == pytest.approx(DEFAULT_PRIOR.chance(80, 7))
        threshold = silence_threshold(wait_times(t, as_of="2026-03-01", start="applied", end="response")).value
        assert (f["ghosted_after"] == threshold).all()
        assert list(f["likely_ghosted"]) == [d > threshold for d in f["silent_days"]]
        same = reply_forecast(t.tables(), as_of="2026-03-01")
        pd.testing.assert_frame_equal(same, f)
        assert f.attrs["answered"] == 11 and f.attrs["own_history"]
    finally:
        t.close()


def test_reply_forecast_falls_back_on_the_prior_with_few_answers(tmp_path):
    t = Tracker.create(tmp_path / "t.sqlite", timezone="UTC")
    try:
        _search(t, answered_after=[2, 3, 9], open_since=[5, 40])
        f = reply_forecast(t, as_of="2026-03-01", within=14)
        assert (f["basis"].str.contains(f"only 3 of your applications answered, fewer than {FEW_ANSWERS}")).all()
        assert f["basis"].str.contains("glassdoor_2017_average").all()
        np.testing.assert_allclose(f["chance"], DEFAULT_PRIOR.chance([5, 40], 14), rtol=1e-15)
        assert (f["low"] < f["chance"]).all() and (f["chance"] < f["high"]).all()
        # the silence rule's threshold: the policy's fixed days while fewer than 10 answered
        assert f.loc[0, "ghosted_after"] == FALLBACK_SILENCE_DAYS
        assert f["likely_ghosted"].tolist() == [False, True]
        words = forecast_sentences(f)
        assert words.index.tolist() == f["application_id"].tolist()
        assert words.iloc[0].startswith("Silent 5 days. Your history is still short; published figures give a ")
        assert "in the next 14 days" in words.iloc[0]
    finally:
        t.close()


def test_reply_forecast_with_no_history(tracker):
    f = reply_forecast(tracker, as_of="2026-03-01")
    assert f.empty and list(f.columns)[:3] == ["application_id", "company", "role"]
    assert not f.attrs["never"].known


def test_sentences_say_the_figures_and_suggest_ghosting():
    f = pd.DataFrame(
        {
            "application_id": [3, 4],
            "silent_days": [12, 40],
            "chance": [0.18, 0.004],
            "low": [0.07, 0.0],
            "high": [0.33, 0.2],
            "basis": ["your 40 applications"] * 2,
            "ghosted_after": [31.0, 31.0],
            "likely_ghosted": [False, True],
        }
    )
    f.attrs["within"] = 7
    words = forecast_sentences(f)
    assert words[3] == (
        "Silent 12 days. From your 40 applications, 18% chance (7% to 33%) of an answer in the "
        "next week; after 31 days answers almost never came."
    )
    assert words[4].endswith(
        "It is past 31 days of silence, so the kit counts it as ghosted until news comes "
        "(mark it as still waiting to keep it open)."
    )
    assert "almost no chance (at most 20%)" in words[4] and "0% (0%" not in words[4]


def test_estimate_is_frozen_and_readable():
    e = Estimate(0.25, 0.1, 0.45, "Kaplan-Meier")
    with pytest.raises(AttributeError):
        e.value = 1
    assert e.percent() == "25% (10% to 45%)" and "Kaplan-Meier" in e._repr_html_()
    assert Estimate.unknown("why").percent() == "unknown"


# --- the plot and the history in words --------------------------------------------------------


def test_plot_chance_within_draws_the_curve_and_band(waits, tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    km = survival(waits)
    curve = chance_curve(km, within=7)
    for g in (0, 5, 17):
        assert curve.loc[g, "chance"] == km.chance_within(7, given=g).value
    for data in (waits, km):
        ax = plot_chance_within(data)
        grey, line = ax.get_lines()[:2]
        # the curve stops where fewer than five were still waiting; a grey dotted line goes on
        enough = curve["waiting"] >= 5
        np.testing.assert_array_equal(line.get_ydata(), curve.loc[enough, "chance"].to_numpy())
        np.testing.assert_array_equal(grey.get_ydata(), curve.loc[~enough & curve["chance"].notna(), "chance"])
        assert grey.get_color() == "#999999" and grey.get_linestyle() == ":"
        assert ax.get_title() == "Chance of an answer in the next week, by days of silence"
        assert ax.get_xlabel() == "days of silence" and ax.get_ylabel() == "chance of the first reply"
        assert len(ax.collections) == 1  # the band
        plt.close(ax.figure)
    threshold = silence_threshold(waits).value
    ax = plot_chance_within(waits)
    assert any(list(line.get_xdata()) == [threshold, threshold] for line in ax.get_lines()[1:])
    plt.close(ax.figure)
    t = Tracker.create(tmp_path / "t.sqlite", timezone="UTC")
    try:
        ax = plot_chance_within(t, as_of="2026-03-01")
        assert "Nothing to show yet" in ax.texts[0].get_text()
        plt.close(ax.figure)
    finally:
        t.close()


def test_history_sentence_says_when_it_cannot_tell():
    assert history_sentence(pd.DataFrame({"days": [], "observed": []}).astype({"observed": bool})).startswith(
        "No applications to learn from yet"
    )
    silent = history_sentence(pd.DataFrame({"days": [4, 9], "observed": [False, False]}))
    assert "cannot tell silence from slowness" in silent and "30 days" in silent
    short = history_sentence(pd.DataFrame({"days": [3, 5, 9, 10, 11], "observed": [True] * 4 + [False]}))
    assert "too early to tell" in short and "came within 10 days" in short


def test_history_sentence_reads_a_forecast_without_recomputing(tmp_path):
    t = Tracker.create(tmp_path / "t.sqlite", timezone="UTC")
    try:
        _search(t, answered_after=[2, 3, 3, 5, 6, 8, 9, 11, 14, 20, 25], open_since=[4, 60, 80])
        f = reply_forecast(t, as_of="2026-03-01")
        w = wait_times(t, as_of="2026-03-01", start="applied", end="response")
        assert history_sentence(f) == history_sentence(w)
        assert history_sentence(f).startswith("From your 14 applications: ")
    finally:
        t.close()


# --- forecasts for people (issue 23 point 4) ---------------------------------------------------------


def _history_and_today(tmp_path):
    """An old three-year history (2020-2023, never answered after its first answers) beside three live
    applications of 2026: the shape that buried the live ones under 298 sentences."""
    t = Tracker.create(tmp_path / "t.sqlite", timezone="UTC")
    days = pd.date_range("2020-01-06", "2023-06-30", periods=60)
    for i, day in enumerate(days):
        a = t.add_application(f"Old Co {i}", "Analyst", applied_on=day.date().isoformat())
        if i % 4 == 0:  # a quarter answered, after 5 to 20 days
            t.record_event(a, "response", (day + pd.Timedelta(days=5 + i % 16)).date().isoformat())
    for i, applied in enumerate(["2026-11-02", "2026-11-10", "2026-11-17"]):
        t.add_application(f"Live Co {i}", "Analyst", applied_on=applied)
    return t


def test_the_live_applications_come_first_and_the_long_past_is_one_sentence(tmp_path):
    from followup_kit.analysis.forecast.words import MAX_SENTENCES, forecast_overview

    with _history_and_today(tmp_path) as t:
        forecast = reply_forecast(t, as_of="2026-11-20")
        listed, summary = forecast_overview(forecast)
    assert len(forecast) > 40  # every silent old application is still forecast (the figures stay)
    assert len(listed) <= MAX_SENTENCES
    assert listed["company"].head(3).tolist() == ["Live Co 2", "Live Co 1", "Live Co 0"]  # today's first
    past = [s for s in summary if "long past any answer" in s]
    assert len(past) == 1 and " from 2020 to 2023 are long past any answer" in past[0]
    assert past[0].startswith(f"{len(forecast) - len(listed)} applications")
    sentences = listed["sentence"].tolist()
    assert len(set(sentences)) == len(sentences)  # no sentence repeated


def test_forecast_words_are_rounded_and_never_zero_to_zero(tmp_path):
    import re

    from followup_kit.notebook.desk.forecast import silence_html

    with _history_and_today(tmp_path) as t:
        page = silence_html(t.tables(), "2026-11-20")
    assert "0% (0% to 0%)" not in page and "0% chance (0% to 0%)" not in page
    assert not re.search(r"\d+\.\d{2,}", page), "a figure with more decimals than a reader needs"
    assert page.count("<li") <= 12 and page.count("long past any answer") == 1
    assert "NaN" not in page and "nan" not in page.split()


def test_chance_words_by_hand():
    from followup_kit.analysis.forecast.words import chance_words

    words = chance_words(pd.Series([0.0, 0.004, 0.183]), pd.Series([0.0, 0.0, 0.0949]), pd.Series([0.0, 0.12, 0.306]))
    assert words.tolist() == ["almost no chance", "almost no chance (at most 12%)", "18% chance (9% to 31%)"]


def test_history_sentence_rounds_the_bootstrap_interval():
    waits = pd.DataFrame({"days": [3, 5, 6, 8, 9, 12, 13, 14, 40, 45, 50, 60], "observed": [True] * 8 + [False] * 4})
    sentence = history_sentence(waits)
    import re

    assert not re.search(r"\d+\.\d", sentence), sentence
