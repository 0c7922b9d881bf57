"""The notebooks in JupyterLab, in a real Chromium, as a job seeker uses them (offline)."""

from __future__ import annotations

import re
import time

import pytest
from helpers import CUT_LABELS
from playwright.sync_api import expect

from followup_kit import Tracker

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]

PEOPLE = ("Ada Quillfeather", "Bruno Castellanos")
MEMORABLE = "their plan to rebuild the onboarding funnel in DuckDB"


ROWS = ".fk-desk .fk-todo table.dataTable tbody tr"


def rows_for(page, what: str, who: str):
    """The desk's list rows for one kind of follow-up to one person."""
    return page.locator(ROWS).filter(has_text=what).filter(has_text=who)


def done_keys(tracker_path) -> dict[str, str]:
    with Tracker.open(tracker_path) as tracker:
        return tracker.action_state.set_index("action_key")["state"].to_dict()


def test_lab_opens_on_the_desk_without_a_news_popup(lab, page, requests_seen):
    """What `make lab` shows first: the desk notebook, and no question about Jupyter news over it."""
    page.goto(lab.server.page_url("") + "&reset")
    expect(page.locator(".lm-TabBar-tab.jp-mod-current", has_text="follow_ups.ipynb")).to_be_visible()
    lab.accept_kernel_dialog()
    lab.wait_idle(timeout=120_000)
    expect(page.locator(".jp-Notebook .jp-Cell").first).to_be_visible()
    # the toast JupyterLab shows when it has not been told about news; with the shipped override it never comes
    expect(page.get_by_text(re.compile("notified about official Jupyter news", re.I))).to_have_count(0)
    assert page.locator(".jp-toast-message, .Toastify__toast").count() == 0
    settings = page.evaluate(
        """async (token) => (await (await fetch(
            '/lab/api/settings/@jupyterlab/apputils-extension:notification?token=' + token)).json()).schema.properties""",
        lab.server.token,
    )
    assert settings["fetchNews"]["default"] == "false" and settings["checkForUpdates"]["default"] is False
    requests_seen.assert_local()


def test_follow_up_desk(lab, page, artifacts, lab_tracker, requests_seen, own_kernel):
    lab.open("follow_ups.ipynb")
    lab.run_all()
    assert lab.errors() == []
    desk = page.locator(".fk-desk")
    expect(desk).to_be_visible()
    expect(desk.locator(".fk-summary")).to_contain_text("overdue")
    rows = page.locator(ROWS)
    expect(rows.first).to_be_visible()
    before = rows.count()
    assert before >= 3, "the sample tracker has follow-ups due this week"
    headers = [h.strip() for h in desk.locator(".fk-todo .dt-scroll-head thead th").all_inner_texts()]
    assert headers[:4] == ["Due", "What", "To whom", "Company"]
    # today's follow-ups first, then the most recent overdue ones
    assert re.match(
        r"today \d\d:\d\d$|overdue \d+ days?$|overdue since \d\d:\d\d$", rows.first.locator("td").first.inner_text()
    )
    # the draft pane reads with normal line spacing (no 28px widget lines)
    line = desk.locator(".fk-draft p").first.evaluate("e => parseFloat(getComputedStyle(e).lineHeight)")
    size = desk.locator(".fk-draft p").first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert line <= 1.5 * size, (line, size)
    # every tab title, label and button reads whole beside JupyterLab's side bar, not only in the wide app
    assert page.evaluate(CUT_LABELS) == []
    lab.screenshot(".fk-desk", artifacts / "desk.png")

    # sortable: a click on "Company" orders the rows by company
    unsorted = [r.locator("td").nth(3).inner_text() for r in rows.all()]
    desk.locator(".fk-todo .dt-scroll-head thead th", has_text="Company").click()
    expect(rows.first.locator("td").nth(3)).to_have_text(min(unsorted))
    expect(rows.last.locator("td").nth(3)).to_have_text(max(unsorted))
    companies = [r.locator("td").nth(3).inner_text() for r in rows.all()]
    assert companies == sorted(unsorted)
    desk.locator(".fk-todo .dt-scroll-head thead th", has_text="Due").click()

    # log an interview with two people added through the form
    desk.locator(".lm-TabBar-tab", has_text="Log an interview").click()
    application = desk.locator(".fk-iv-application select")
    expect(application).to_be_visible()
    application.select_option(index=0)
    company = application.locator("option").first.inner_text().replace("\xa0", " ").split(" — ")[0]
    desk.locator(".fk-iv-when-date input[type=date]").fill("2026-11-20")  # the pickers: a calendar, a clock
    desk.locator(".fk-iv-when-time input[type=time]").fill("09:30")
    for n, name in enumerate(PEOPLE, start=1):
        desk.locator(".fk-iv-new-name input").fill(name)
        desk.locator(".fk-iv-add-person").click()
        expect(desk.locator(".fk-iv-status")).to_contain_text(f"Added {name}")
        expect(desk.locator(".fk-iv-people select option:checked")).to_have_count(n)
    desk.locator(".fk-iv-memorable textarea").fill(MEMORABLE)
    desk.locator(".fk-iv-log").click()
    expect(desk.locator(".fk-iv-status")).to_contain_text("Interview logged. 2 thank-you notes", timeout=30_000)

    # two thank-you notes appear on the desk
    desk.locator(".lm-TabBar-tab", has_text="Follow-ups").click()
    for name in PEOPLE:
        expect(rows_for(page, "Thank-you note", name)).to_have_count(1)
        expect(rows_for(page, "Thank-you note", name).locator("td").nth(3)).to_have_text(company)
    assert rows.count() >= before + 2  # the two notes (and, after them, the LinkedIn invitations)

    # the draft of the first one names the interviewer and the memorable detail
    rows_for(page, "Thank-you note", PEOPLE[0]).locator("td").nth(1).click()
    body = desk.locator(".fk-draft-body textarea")
    expect(body).to_have_value(re.compile(re.escape(MEMORABLE)))
    expect(body).to_have_value(re.compile(r"Dear Ada,"))
    expect(desk.locator(".fk-draft")).to_contain_text("Thank-you note")

    # mark it done on its own row: it leaves the list at once and is written to the tracker
    marks_before = done_keys(lab_tracker)
    rows_for(page, "Thank-you note", PEOPLE[0]).locator("button.fk-mark-done").click()
    expect(desk.locator(".fk-status")).to_contain_text(f"Marked done: Thank-you note → {PEOPLE[0]}")
    expect(rows_for(page, "Thank-you note", PEOPLE[0])).to_have_count(0)
    new = {k: v for k, v in done_keys(lab_tracker).items() if k not in marks_before}
    assert len(new) == 1 and list(new.values()) == ["done"]
    key = next(iter(new))
    assert key.startswith("thank_you:")

    # restart the kernel and run everything again: still done, the other note still due
    lab.restart_and_run_all()
    assert lab.errors() == []
    expect(rows_for(page, "Thank-you note", PEOPLE[1])).to_have_count(1)
    expect(rows_for(page, "Thank-you note", PEOPLE[0])).to_have_count(0)
    assert done_keys(lab_tracker).get(key) == "done"

    requests_seen.assert_local()


PLOT = "img.fk-plots, .fk-plots img"  # an Image widget, or an Output widget showing a figure


def image_digest(image) -> str:
    """SHA-256 of the picture an <img> shows (its src may be a data: or a blob: URL)."""
    return image.evaluate("""async (img) => {
        const bytes = await (await fetch(img.src)).arrayBuffer();
        const digest = await crypto.subtle.digest('SHA-256', bytes);
        return [...new Uint8Array(digest)].map(b => b.toString(16).padStart(2, '0')).join('');
    }""")


def wait_for_new_image(page, image, old: str, timeout: float = 30_000) -> str:
    """Wait until the plot shows a different picture than ``old``; return the new digest."""
    deadline = time.monotonic() + timeout / 1000
    while True:
        src = image.get_attribute("src") or ""
        if src:
            digest = image_digest(image)
            if digest != old:
                return digest
        if time.monotonic() > deadline:
            raise AssertionError("the plot did not change")
        page.wait_for_timeout(250)


def test_wait_times(lab, page, artifacts, requests_seen):
    lab.open("wait_times.ipynb")
    lab.run_all()
    assert lab.errors() == []
    explorer = page.locator(".fk-explorer")
    expect(explorer).to_be_visible()
    words = explorer.locator(".fk-comparison")
    image = explorer.locator(PLOT)
    expect(image).to_have_count(1)
    expect(image).to_have_attribute("src", re.compile(r"^(data:image/png|blob:)"))
    expect(words).to_contain_text("days")
    lab.screenshot(".fk-explorer", artifacts / "wait_times.png")
    first_words, first_image = words.inner_text(), image_digest(image)

    # another benchmark: new words and a new plot (the benchmark line moves)
    benchmark = explorer.locator(".fk-benchmark select")
    options = benchmark.locator("option").all_inner_texts()
    current = benchmark.evaluate("s => s.selectedIndex")
    other = next(i for i, label in enumerate(options) if i != current and label.lower().startswith("glassdoor"))
    benchmark.select_option(index=other)
    expect(words).not_to_have_text(first_words, timeout=30_000)
    second_image = wait_for_new_image(page, image, first_image)

    # grouped by industry: one curve per industry
    explorer.locator(".fk-by select").select_option(label="industry")
    wait_for_new_image(page, image, second_image)
    assert lab.errors() == []

    requests_seen.assert_local()
