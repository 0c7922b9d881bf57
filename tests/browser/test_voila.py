"""The follow-up desk as a Voilà app (``followup-kit app``), in a real Chromium, offline."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from followup_kit import Tracker

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]


def test_voila_desk_marks_done(voila_app, page, artifacts, requests_seen):
    url, tracker_path, _log = voila_app
    page.goto(url)
    desk = page.locator(".fk-desk")
    expect(desk).to_be_visible(timeout=120_000)  # Voilà runs the whole notebook first
    rows = desk.locator(".fk-todo table.dataTable tbody tr")
    expect(rows.first).to_be_visible()
    text = page.locator("body").inner_text()
    assert "import followup_kit" not in text, "Voilà shows no code"
    assert "Traceback" not in text and "Error" not in text
    page.wait_for_timeout(300)
    page.screenshot(path=str(artifacts / "voila.png"))
    with Tracker.open(tracker_path) as tracker:
        before = set(tracker.action_state["action_key"])

    # the keyboard: focus the first row, arrow down, Space picks the second one and shows its draft
    count = rows.count()
    assert count >= 3
    rows.first.focus()
    page.keyboard.press("ArrowDown")
    expect(rows.nth(1)).to_be_focused()
    page.keyboard.press("Space")
    expect(rows.nth(1)).to_have_class(re.compile(r"\bselected\b"))
    expect(desk.locator(".fk-draft")).to_contain_text(rows.nth(1).locator("td").nth(2).inner_text())

    # pick the third follow-up with the mouse, read its draft, mark it done on its row
    second = rows.nth(2)
    label = second.inner_text()
    second.locator("td").nth(1).click()
    expect(second).to_have_class(re.compile(r"\bselected\b"))
    what = second.locator("td").nth(1).inner_text()
    expect(desk.locator(".fk-draft")).to_contain_text(what)
    expect(desk.locator(".fk-draft-body textarea")).not_to_have_value("")
    second.locator("button.fk-mark-done").click()
    expect(desk.locator(".fk-status")).to_contain_text("Marked done")
    expect(rows).to_have_count(count - 1)
    assert [r.inner_text() for r in rows.all()].count(label) == 0

    with Tracker.open(tracker_path) as tracker:
        states = tracker.action_state.set_index("action_key")["state"]
    new = set(states.index) - before
    assert len(new) == 1 and states[new.pop()] == "done"

    requests_seen.assert_local()
