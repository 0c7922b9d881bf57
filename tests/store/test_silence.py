"""Tests for followup_kit.store.silence: the one rule for "no answer", on a search whose truth is known."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from followup_kit.datasets.synthetic import make_silent_search
from followup_kit.store import frames, silence
from followup_kit.store.tracker import Tracker

AS_OF = pd.Timestamp("2026-11-20")


@pytest.fixture(scope="module")
def search(tmp_path_factory):
    """Two years, 400 applications, 60% never answered, answers after a geometric wait of mean 14 days."""
    t = make_silent_search(tmp_path_factory.mktemp("silence") / "s.sqlite", 400, seed=3)
    yield t
    t.close()


def _status(t, day, **kw):
    tables = t.tables()
    return frames.with_status(
        tables["applications"].drop(columns="status"),
        tables["events"],
        tables["interviews"],
        day=pd.Timestamp(day),
        timezone=t.timezone,
        **kw,
    )


def test_the_threshold_is_your_own_95_percent_of_answers(search):
    apps = _status(search, AS_OF)
    # geometric answers with mean 14: 95% have come by ceil(ln 0.05 / ln(13/14)) = 41 days
    assert 36 <= apps.attrs["silence_days"] <= 46
    assert apps.attrs["silence_basis"].startswith("first replies: 95% of your ")
    # no interviews in this search: the threshold after an interview is the policy's fixed days
    assert apps.attrs["silence_days_after_interview"] == silence.FALLBACK_SILENCE_DAYS


def test_silent_applications_are_ghosted_and_the_rest_still_open(search):
    apps = _status(search, AS_OF)
    threshold = apps.attrs["silence_days"]
    silent_days = (AS_OF - apps["applied_on"]).dt.days
    answered = apps["status"].isin(["offer", "rejected"])
    assert (apps.loc[~answered & (silent_days > threshold), "status"] == "ghosted").all()
    assert (apps.loc[~answered & (silent_days <= threshold), "status"] == "applied").all()
    # no open application silent for longer than the threshold
    assert (silent_days[apps["status"] == "applied"] <= threshold).all()
    # about 60% of the applications old enough to be settled were never answered
    settled = silent_days > threshold
    share = (apps.loc[settled, "status"] == "ghosted").mean()
    assert 0.52 <= share <= 0.68


def test_the_rule_respects_as_of_and_a_later_reply_reopens(search):
    early = _status(search, "2025-06-01")
    # applications not made yet at that day are open with nothing to say; later answers do not count
    later_answer = search.events.loc[search.events["on"] > "2025-06-01", "application_id"]
    made = early["applied_on"] <= "2025-06-01"
    counted = early.set_index("application_id").loc[later_answer]
    assert not counted["status"].isin(["offer", "rejected"]).any()
    assert early.loc[~made, "status"].eq("applied").all()


def test_fallback_days_when_the_history_is_short(tmp_path):
    with Tracker.create(tmp_path / "t.sqlite", timezone="Europe/Paris") as t:
        a = t.add_application("Acme", "Analyst", applied_on="2026-01-05")
        b = t.add_application("Brio", None, applied_on="2026-01-05")
        c = t.add_application("Cora", "Engineer", applied_on="2026-01-05")
        t.update_application(c, still_waiting=True)
        apps = _status(t, "2026-02-04")  # 30 days: not past the fixed 30
        assert apps["status"].tolist() == ["applied"] * 3
        assert apps.attrs["silence_days"] == silence.FALLBACK_SILENCE_DAYS
        assert "first replies: the policy's fixed 30 days" in apps.attrs["silence_basis"]
        apps = _status(t, "2026-02-05")  # 31 days
        assert apps["status"].tolist() == ["ghosted", "ghosted", "applied"]  # "still waiting" stays open
        assert _status(t, "2026-02-05", fallback_days=45)["status"].tolist() == ["applied"] * 3
        # a reply reopens it by itself; a later silence counts from that reply
        t.record_event(a, "response", "2026-02-10")
        apps = _status(t, "2026-03-01")
        assert apps["status"].tolist() == ["applied", "ghosted", "applied"]
        assert _status(t, "2026-03-13")["status"].tolist() == ["ghosted", "ghosted", "applied"]
        # an interview counts as news too, and the status reads "interviewing" until the silence is long
        t.log_interview(b, "2026-03-02 10:00", [])
        assert _status(t, "2026-03-13")["status"].tolist()[1] == "interviewing"
        # the user can still record ghosted, even for one they said they were waiting for
        t.record_event(c, "ghosted", "2026-03-01")
        assert _status(t, "2026-03-13")["status"].tolist()[2] == "ghosted"


def test_first_reply_waits_match_a_row_by_row_reference(search):
    tables = search.tables()
    days, observed = silence.first_reply_waits(
        tables["applications"], tables["events"], tables["interviews"], np.datetime64("2026-11-20"), search.timezone
    )
    apps, ev = tables["applications"], tables["events"]
    first = ev.groupby("application_id")["on"].min()
    for pos, app in enumerate(apps.itertuples()):
        if app.application_id in first.index:
            assert observed[pos] and days[pos] == (first[app.application_id] - app.applied_on).days
        else:
            assert not observed[pos] and days[pos] == (AS_OF - app.applied_on).days


def test_after_an_interview_the_decision_threshold_applies(tmp_path):
    with Tracker.create(tmp_path / "t.sqlite", timezone="UTC") as t:
        start = pd.Timestamp("2026-01-05")
        for i in range(12):  # twelve decisions 5 to 16 days after the interview: own threshold 16
            app = t.add_application(f"Decided {i}", "Analyst", applied_on="2026-01-02")
            t.log_interview(app, start.strftime("%Y-%m-%d 10:00"), [])
            t.record_event(app, "rejection", (start + pd.Timedelta(days=5 + i)).date().isoformat())
        quiet = t.add_application("Quiet", "Analyst", applied_on="2026-02-01")
        t.log_interview(quiet, "2026-02-10 10:00", [], decision_expected_on="2026-02-20")
        apps = _status(t, "2026-03-08")
        assert apps.attrs["silence_days_after_interview"] == 16
        assert apps.attrs["silence_days"] == 9  # the interviews were the first replies: 3 days, and 9 for Quiet
        # silence counts from the decision date they gave (02-20): 16 days is not past 16, 17 is
        assert apps["status"].iloc[-1] == "interviewing"
        assert _status(t, "2026-03-09")["status"].iloc[-1] == "ghosted"
        days, observed = silence.decision_waits(apps, t.events, t.interviews, np.datetime64("2026-03-09"), "UTC")
        assert days.tolist() == [5.0 + i for i in range(12)] + [27.0] and observed.tolist() == [True] * 12 + [False]
