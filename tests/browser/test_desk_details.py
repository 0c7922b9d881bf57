"""The desk's details at 1280x800 in the Voilà app (real Chromium, offline), late at night (23:30).

Every tab is opened: nothing reaches past the tab's panel (issue 23: the empty Inbox box spilled),
no label is cut, the application dropdowns show their choices whole (they cut "(intervie…"),
the people filter box has a label, and the interview time proposes 9:00 tomorrow (not 12:00 AM).
With ``FOLLOWUP_KIT_SCREENSHOTS=1`` the test refreshes ``docs/desk.png``.
"""

from __future__ import annotations

import os
import shutil

import pytest
from helpers import CUT_LABELS, CUT_OPTIONS, SPILLING
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]

LATE = "2026-11-20 23:30"
#: Each tab, and an element it shows once it is open.
TABS = {
    "Log an interview": ".fk-iv-application select",
    "Record an outcome": ".fk-outcome-application select",
    "New application": ".fk-app-applied input[type=date]",
    "Import invitations": ".fk-ics-upload",
    "Import mail": ".fk-mail-path input",
    "Inbox": ".fk-inbox-header",
    "Import a sheet": ".fk-sheet-upload",
}


def open_tab(page, title: str) -> None:
    page.locator(".fk-desk .lm-TabBar-tab", has_text=title).first.click()
    expect(page.locator(".fk-desk .lm-TabBar-tab.lm-mod-current")).to_have_text(title)


def test_every_tab_fits_at_1280x800_late_at_night(sample_tracker, serve_app, page, artifacts, requests_seen, tmp_path):
    with serve_app(sample_tracker, as_of=LATE, folder=tmp_path) as (url, _log):
        page.goto(url)
        expect(page.locator(".fk-desk .fk-todo table.dataTable tbody tr").first).to_be_visible(timeout=120_000)
        page.mouse.move(0, 0)
        page.screenshot(path=str(artifacts / "desk-details.png"))
        assert page.evaluate(SPILLING) == [] and page.evaluate(CUT_LABELS) == []
        for title, shown in TABS.items():
            open_tab(page, title)
            expect(page.locator(shown)).to_be_visible()
            assert page.evaluate(SPILLING) == [], title
            assert page.evaluate(CUT_LABELS) == [], title
            page.screenshot(path=str(artifacts / f"desk-{title.lower().replace(' ', '-')}.png"))
            if title == "Log an interview":
                # the dropdown shows each application whole, its status included
                assert page.evaluate(CUT_OPTIONS, ".fk-iv-application select") == []
                assert "(interviewing)" in page.locator(".fk-iv-application select").inner_text()
                # the filter box of the long list of people has a label
                expect(page.get_by_label("Find a person")).to_be_visible()
                # 23:30: the next full hour is past midnight, so tomorrow at the start of the working day
                expect(page.locator(".fk-iv-when-date input[type=date]")).to_have_value("2026-11-21")
                expect(page.locator(".fk-iv-when-time input[type=time]")).to_have_value("09:00")
            if title == "Record an outcome":
                assert page.evaluate(CUT_OPTIONS, ".fk-outcome-application select") == []
            if title == "Inbox":  # nothing to review: the sentence, and no empty list box
                expect(page.locator(".fk-inbox-header")).to_contain_text("Nothing to review")
                expect(page.locator(".fk-inbox-items")).to_be_hidden()
    if os.environ.get("FOLLOWUP_KIT_SCREENSHOTS") == "1":
        shutil.copy(artifacts / "desk-details.png", artifacts.parents[2] / "docs" / "desk.png")
    requests_seen.assert_local()
