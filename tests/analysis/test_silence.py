"""Silence is an answer, across the analysis layer: a simulated search whose truth is known.

Two years, 400 applications, 60% never answered, the others answered after a geometric wait of mean
14 days (95% of the answers by day 41): statuses, the summary, the funnel, the comparison's two
questions, and no open wait older than the silence threshold.
"""

from __future__ import annotations

import argparse

import numpy as np
import pandas as pd
import pytest

from followup_kit.analysis.comparison import compare_to_benchmark
from followup_kit.analysis.forecast.estimates import reply_forecast, silence_threshold
from followup_kit.analysis.pipeline import funnel, ghosting_rate
from followup_kit.analysis.waits import applications_as_of, wait_times
from followup_kit.commands import cmd_summary
from followup_kit.datasets.synthetic import make_silent_search

AS_OF = "2026-11-20"
NEVER, MEAN = 0.6, 14.0


@pytest.fixture(scope="module")
def search(tmp_path_factory):
    path = tmp_path_factory.mktemp("silence") / "s.sqlite"
    t = make_silent_search(path, 400, seed=11, never_share=NEVER, mean_days=MEAN)
    yield t
    t.close()


def test_statuses_and_threshold_agree_everywhere(search):
    apps = applications_as_of(search, as_of=AS_OF)
    waits = wait_times(search, as_of=AS_OF, start="applied", end="response")
    assert apps.attrs["silence_days"] == waits.attrs["silence_days"] == silence_threshold(waits).value
    threshold = silence_threshold(waits)
    assert threshold.low <= 41 <= threshold.high  # the truth: 95% of geometric(1/14) answers by day 41
    # the same status in the waits, the applications and the forecast
    by_app = apps.set_index("application_id")["status"]
    assert (waits.set_index("application_id")["status"] == by_app.reindex(waits["application_id"]).values).all()
    forecast = reply_forecast(search, as_of=AS_OF)
    ghosted = by_app.reindex(forecast["application_id"]).eq("ghosted").to_numpy()
    assert (forecast["likely_ghosted"].to_numpy() == ghosted).all()
    assert (forecast["ghosted_after"] == apps.attrs["silence_days"]).all()


def test_no_open_wait_is_older_than_the_threshold(search):
    for start, end in [("applied", "response"), ("applied", "decision")]:
        waits = wait_times(search, as_of=AS_OF, start=start, end=end)
        open_ = waits.loc[waits["outcome"] == "open"]
        assert len(open_) and (open_["days"] <= waits.attrs["silence_days"]).all()
        assert (waits["outcome"] == "ghosted").sum() > 150


def test_summary_counts_and_funnel(search, capsys, monkeypatch):
    apps = applications_as_of(search, as_of=AS_OF)
    counts = apps["status"].value_counts()
    settled = (pd.Timestamp(AS_OF) - apps["applied_on"]).dt.days > apps.attrs["silence_days"]
    assert counts["ghosted"] == (settled & ~apps["status"].isin(["offer", "rejected"])).sum()
    assert 0.52 <= counts["ghosted"] / settled.sum() <= 0.68  # the truth: 60% never answered
    f = funnel(search, as_of=AS_OF)
    assert f.loc["applied", "count"] == 400 and f.loc["applied", "ghosted"] == counts["ghosted"]
    assert f["ghosted"].iloc[1:].sum() == 0  # every answer here is a decision: nobody answered was ghosted
    rate = ghosting_rate(search, as_of=AS_OF)
    assert rate["silent"] == counts["ghosted"] and rate["silence_days"] == apps.attrs["silence_days"]
    # followup-kit summary: today's statuses (the sample's clock is the machine's), ghosted counted
    cmd_summary(argparse.Namespace(tracker=search.path))
    out = capsys.readouterr().out
    today = search.applications["status"].value_counts()
    assert "by status: " + ", ".join(f"{k} {v}" for k, v in today.items()) in out
    assert today["ghosted"] > 150
    assert "silence threshold" in out


def test_comparison_answers_two_questions_near_the_truth(search):
    waits = wait_times(search, as_of=AS_OF, start="applied", end="decision")
    res = compare_to_benchmark(waits, "glassdoor_2017_fr")
    never = res.never_answered
    assert never.known and never.low <= NEVER <= never.high
    assert abs(res.answered_mean - MEAN) < 3  # answers took 14 days on average among the answered
    assert res.answered_median == pytest.approx(MEAN * np.log(2), abs=3)
    assert "never got one" in res.sentence and "still open (silent for less than" in res.sentence
    # against France's 38.9 days the answers came much sooner; the test used the answered waits only
    assert res.pvalue < 0.05 and "answers came sooner" in res.verdict
    assert res.answered_days == waits.loc[waits["observed"], "days"].sum()


def _inside(forecast):
    return bool(((forecast["low"] <= forecast["chance"]) & (forecast["chance"] <= forecast["high"])).all())


def test_every_chance_lies_inside_its_interval(search, tmp_path):
    from followup_kit.datasets.sample.tracker import create_sample_tracker
    from followup_kit.store.tracker import Tracker

    for as_of in ("2025-02-01", "2025-11-20", AS_OF):  # short, medium and long histories
        f = reply_forecast(search, as_of=as_of)
        assert len(f) and f["chance"].notna().all() and _inside(f)
    # the extreme tail: the published prior at long silences, and your curve where one or two are left
    f = reply_forecast(search, as_of=AS_OF, few_answers=10_000)
    assert (f["silent_days"] > 150).any() and _inside(f)
    with create_sample_tracker(tmp_path / "sample.sqlite") as sample:
        assert _inside(reply_forecast(sample, as_of="2026-11-20"))
    with Tracker.create(tmp_path / "empty.sqlite", timezone="UTC") as empty:
        f = reply_forecast(empty, as_of=AS_OF)
        assert f.empty and _inside(f)


def test_wide_intervals_are_said_in_words(search):
    from followup_kit.analysis.forecast.words import WIDE_INTERVAL, forecast_sentences

    f = reply_forecast(search, as_of=AS_OF)
    words = forecast_sentences(f)
    wide = (f["high"] - f["low"]) > WIDE_INTERVAL
    assert wide.any() and (~wide).any()
    for row, sentence in zip(f.itertuples(), words, strict=True):
        if (row.high - row.low) > WIDE_INTERVAL:
            assert "too few of your applications were still waiting this long to tell" in sentence
            assert f"none of your answers came after day {f.attrs['last_answer']:g}" in sentence
            assert "chance (" not in sentence and "% to " not in sentence
        else:
            high = round(row.high * 100)
            assert (f"{high}%)" if high else "almost no chance") in sentence and "0% (0%" not in sentence
