"""The notebooks in JupyterLab, in a real Chromium, as a job seeker uses them (offline)."""

from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import expect

from followup_kit import Tracker

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]

PEOPLE = ("Ada Quillfeather", "Bruno Castellanos")
MEMORABLE = "their plan to rebuild the onboarding funnel in DuckDB"


def action_options(page) -> list[str]:
    """The labels in the desk's list of follow-ups (ipywidgets shows spaces as no-break spaces)."""
    return [t.replace("\xa0", " ") for t in page.locator(".fk-desk .fk-actions select option").all_inner_texts()]


def thank_you_options(page, name: str) -> list[str]:
    return [o for o in action_options(page) if f"Thank-you note → {name}" in o]


def test_follow_up_desk(lab, page, artifacts, lab_tracker, requests_seen):
    lab.open("follow_ups.ipynb")
    lab.run_all()
    assert lab.errors() == []
    desk = page.locator(".fk-desk")
    expect(desk).to_be_visible()
    expect(desk.locator(".fk-summary")).to_contain_text("overdue")
    before = action_options(page)
    assert before, "the sample tracker has follow-ups due this week"
    lab.screenshot(".fk-desk", artifacts / "desk.png")

    # log an interview with two people added through the form
    desk.locator(".lm-TabBar-tab", has_text="Log an interview").click()
    application = desk.locator(".fk-iv-application select")
    expect(application).to_be_visible()
    application.select_option(index=0)
    company = application.locator("option").first.inner_text().replace("\xa0", " ").split(" — ")[0]
    desk.locator(".fk-iv-when input").fill("2026-11-20 09:30")
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
        expect(desk.locator(".fk-actions select option", has_text=f"Thank-you note → {name}")).to_have_count(1)
    new_thanks = [o for o in action_options(page) if "Thank-you note" in o and o not in before]
    assert len(new_thanks) == 2, new_thanks
    assert company in thank_you_options(page, PEOPLE[0])[0]

    # the draft of the first one names the interviewer and the memorable detail
    index = action_options(page).index(thank_you_options(page, PEOPLE[0])[0])
    desk.locator(".fk-actions select").select_option(index=index)
    body = desk.locator(".fk-draft-body textarea")
    expect(body).to_have_value(re.compile(re.escape(MEMORABLE)))
    expect(body).to_have_value(re.compile(r"Dear Ada,"))
    expect(desk.locator(".fk-draft")).to_contain_text("Thank-you note")
    draft_text = desk.locator(".fk-draft").inner_text() + body.input_value()
    assert PEOPLE[0].split()[0] in draft_text and MEMORABLE in draft_text

    # mark it done: it leaves the list at once and is written to the tracker
    desk.locator(".fk-done").click()
    expect(desk.locator(".fk-status")).to_contain_text("Marked done")
    key = re.search(r"Marked done: ([a-z_]+(?::[a-z]+\d+)+)", desk.locator(".fk-status").inner_text()).group(1)
    expect(desk.locator(".fk-actions select option", has_text=f"Thank-you note → {PEOPLE[0]}")).to_have_count(0)
    assert key.startswith("thank_you:")

    # restart the kernel and run everything again: still done, the other note still due
    lab.restart_and_run_all()
    assert lab.errors() == []
    expect(page.locator(".fk-desk .fk-actions select option", has_text=f"Thank-you note → {PEOPLE[1]}")).to_have_count(
        1
    )
    assert thank_you_options(page, PEOPLE[0]) == []
    with Tracker.open(lab_tracker) as tracker:
        states = tracker.action_state.set_index("action_key")["state"]
    assert states.get(key) == "done"

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
    other = next(i for i, label in enumerate(options) if i != current and label.startswith("glassdoor"))
    benchmark.select_option(index=other)
    expect(words).not_to_have_text(first_words, timeout=30_000)
    second_image = wait_for_new_image(page, image, first_image)

    # grouped by industry: one curve per industry
    explorer.locator(".fk-by select").select_option(label="industry")
    wait_for_new_image(page, image, second_image)
    assert lab.errors() == []

    requests_seen.assert_local()
