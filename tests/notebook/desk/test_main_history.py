"""The desk beside a long history: the current search by default, all of the history one tick away."""

import pytest

from followup_kit.datasets.history import add_past_search
from followup_kit.datasets.sample.tracker import create_sample_tracker
from followup_kit.notebook.desk.main import FollowUpDesk


@pytest.fixture
def desk(tmp_path):
    t = create_sample_tracker(tmp_path / "t.sqlite")
    add_past_search(t, 200, seed=2)
    yield FollowUpDesk(t, as_of="2026-11-20 10:00")
    t.close()


def test_the_desk_shows_the_current_search_and_counts_the_rest(desk):
    assert desk.scope == "current" and desk.history_toggle.value is False
    current = desk.visible_actions()
    assert not current["company"].str.startswith("Past Company").any()
    assert "200 applications of earlier searches are not shown" in desk.summary.value
    assert str(current["due_at"].iloc[0].date()) == "2026-11-20"  # today's first
    desk.history_toggle.value = True  # "Show all of my history"
    assert desk.scope == "all"
    assert desk.visible_actions()["action_key"].tolist() == current["action_key"].tolist()
    assert "old follow-ups expired (too late to send; they are not listed)" in desk.summary.value
    assert "earlier searches are not shown" not in desk.summary.value


def test_the_draft_pane_says_the_day_and_to_whom(desk):
    key = desk.visible_actions()["action_key"].iloc[0]
    desk.select(key)
    assert "due Friday 20 November 09:00" in desk.draft_html.value
    assert "NaT" not in desk.draft_html.value and "None" not in desk.draft_html.value
