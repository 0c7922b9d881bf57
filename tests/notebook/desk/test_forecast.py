"""The desk's "Will I hear back?" panel on a real tracker."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup_kit.analysis.forecast.estimates import reply_forecast
from followup_kit.analysis.forecast.words import forecast_sentences, history_sentence
from followup_kit.datasets.sample.tracker import create_sample_tracker
from followup_kit.followups.policy import FollowUpPolicy
from followup_kit.notebook.desk.forecast import silence_html
from followup_kit.notebook.desk.main import FollowUpDesk
from followup_kit.store.tracker import Tracker

AS_OF = "2026-11-20"


@pytest.fixture
def sample(tmp_path):
    t = create_sample_tracker(tmp_path / "sample.sqlite")
    yield t
    t.close()


def test_desk_shows_one_sentence_per_silent_application(sample):
    desk = FollowUpDesk(sample, as_of=AS_OF)
    panel = desk.silence.widget.value
    forecast = reply_forecast(sample, as_of=AS_OF)
    assert len(forecast) == 3
    for sentence in forecast_sentences(forecast):
        assert sentence.replace("'", "&#x27;") in panel
    assert panel.count("<li") == 3
    assert "From your 15 applications" in panel and "silent for more than 14 days as ghosted" in panel
    assert "the kit counts it as ghosted until news comes" in panel and "Still waiting" in panel
    assert desk.silences().data.count("<li") == 3  # the static copy for batch runs


def test_recording_ghosted_takes_it_off_the_panel(sample):
    desk = FollowUpDesk(sample, as_of=AS_OF)
    forecast = reply_forecast(sample, as_of=AS_OF)
    longest = forecast.sort_values("silent_days").iloc[-1]
    assert longest["company"] in desk.silence.widget.value
    sample.record_event(int(longest["application_id"]), "ghosted", AS_OF)
    desk.refresh()
    assert longest["company"] not in desk.silence.widget.value
    assert desk.silence.widget.value.count("<li") == 2


def test_user_text_is_escaped(tracker):
    tracker.add_application("<script>alert(1)</script>", "<b>Analyst</b>", applied_on="2026-03-02")
    text = silence_html(tracker.tables(), "2026-03-20")
    assert "<script>" not in text and "&lt;script&gt;" in text and "&lt;b&gt;Analyst" in text
    assert "Silent 18 days." in text and "published figures" in text


def test_the_ontario_rule_shows_only_in_ontario(tmp_path):
    t = Tracker.create(tmp_path / "t.sqlite", timezone="America/Toronto")
    try:
        late = t.add_application("Maple Example Ltd", "Analyst", applied_on="2026-01-05")
        t.log_interview(late, "2026-01-12 10:00", [])
        soon = t.add_application("Lakeside Example Inc", "Analyst", applied_on="2026-02-20")
        t.log_interview(soon, "2026-03-02 10:00", [])
        ontario = FollowUpPolicy(country="CA", subdivision="ON")
        text = silence_html(t.tables(), "2026-03-10", policy=ontario)
        assert "45 days of the last interview" in text
        assert "Past it without a decision: Maple Example Ltd (57 days)." in text
        assert "Lakeside Example Inc (" not in text.split("Past it")[1]
        assert "45 days" not in silence_html(t.tables(), "2026-03-10", policy=FollowUpPolicy(country="CA"))
        assert "45 days" not in silence_html(t.tables(), "2026-03-10")
        desk = FollowUpDesk(t, as_of="2026-03-10", policy=ontario)
        assert "Maple Example Ltd (57 days)" in desk.silence.widget.value
    finally:
        t.close()


def test_the_guide_quotes_the_sample_as_it_is(sample):
    guide = (Path(__file__).resolve().parents[3] / "docs" / "guide" / "waits.md").read_text(encoding="utf-8")
    section = guide.split("## Will I hear back?")[1].split("\n## ")[0]
    quoted = " ".join(line[1:].strip() for line in section.splitlines() if line.startswith(">"))
    forecast = reply_forecast(sample, as_of=AS_OF)
    assert history_sentence(forecast) in quoted
    shown = [s for s in forecast_sentences(forecast) if s in quoted]
    assert len(shown) == 2  # the guide quotes two of the three


def test_an_old_history_beside_the_sample_leaves_todays_applications_first(tmp_path):
    """Issue 23: a three-year history brought in beside the sample hid the live applications under
    one sentence per old application; now at most 12 sentences, the live first, the old in one."""
    import pandas as pd

    with create_sample_tracker(tmp_path / "t.sqlite") as t:
        live = set(reply_forecast(t, as_of=AS_OF)["company"])
        for i, day in enumerate(pd.date_range("2020-02-03", "2023-05-29", periods=40)):
            t.add_application(f"Old Co {i}", "Clerk", applied_on=day.date().isoformat())
        desk = FollowUpDesk(t, as_of=AS_OF)
        panel = desk.silence.widget.value
    items = panel.split("<li")[1:]
    assert 0 < len(items) <= 12
    assert {c for c in live if c in "".join(items[: len(live)])} == live  # today's first
    assert "Old Co" not in "".join(items)
    assert panel.count("long past any answer") == 1 and "40 applications from 2020 to 2023" in panel
