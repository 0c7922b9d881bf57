"""The weekly report as people open it: a browser shows the HTML offline, tables in words."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from followup_kit.notebook.report import run_weekly_report

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]

#: Where the test serves the report from (answered by Playwright itself, never by the network).
REPORT_URL = "http://127.0.0.1:9/weekly.html"


def test_report_reads_well_in_a_browser(page, sample_tracker, as_of, tmp_path, artifacts, requests_seen):
    files = run_weekly_report(sample_tracker, week_ending=as_of, out_dir=tmp_path / "out", progress=False)
    body = files.html.read_text(encoding="utf-8")
    page.route(REPORT_URL, lambda route: route.fulfill(body=body, content_type="text/html; charset=utf-8"))
    page.goto(REPORT_URL)
    week = page.get_by_role("heading", name="What happened this week")
    expect(week).to_be_visible()
    table = page.locator("table.fk-table").first
    headers = [h.strip() for h in table.locator("th").all_inner_texts()]
    assert headers == ["Day", "What happened", "Company", "Role"]
    assert table.locator("tbody tr").first.locator("td").first.inner_text().strip() == "Sat 14 Nov"
    week.scroll_into_view_if_needed()
    page.evaluate("window.scrollBy(0, -40)")
    page.screenshot(path=str(artifacts / "report.png"))
    requests_seen.assert_local()
