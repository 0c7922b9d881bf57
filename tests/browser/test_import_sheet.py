"""Importing a sheet from the desk's "Import a sheet" tab, in JupyterLab and in the Voilà app (real Chromium, offline).

A real file goes through the browser's file chooser.  The sheet has a status word the kit does not
know ("Turn down") and a cell it cannot read ("sometime soon"): the tab asks about the word with a
dropdown of statuses in words, lists the problems as a table, and says after Apply what happened,
all without a command-line flag, Python or a field id.  With ``FOLLOWUP_KIT_SCREENSHOTS=1`` the Voilà
test also refreshes the README's picture of the tab (``docs/import-sheet.png``).
"""

from __future__ import annotations

import os
import re
import shutil

import pytest
from helpers import CUT_LABELS, SPILLING
from playwright.sync_api import expect

from followup_kit import Tracker

pytestmark = [pytest.mark.browser, pytest.mark.timeout(400)]

#: Written for these tests: a stage-only date header ("Candidature"), an interview column, a column
#: the kit cannot name ("Who sent me", mapped with its dropdown), an unknown status word, a cell that
#: is not a date, and a long column that makes the preview wider than the tab.
SHEET = (
    "Firm,Job,Candidature,Entretien,Etat,Who sent me,What I remember about the posting\n"
    "Quillon Analytics,Data Analyst,2026-10-20,2026-11-13,In process,Rae Referrer," + "long text " * 30 + "\n"
    "Brightwater Tiles,Junior Planner,2026-10-28,2026-11-16,En cours,,\n"
    "Corvid Maps,GIS Analyst,2026-11-02,,Turn down,,\n"
    "Larkspur Labs,Data Steward,2026-11-03,sometime soon,Applied,,\n"
)
COMPANIES = ("Quillon Analytics", "Brightwater Tiles")  # the two with an interview: a status check is due
SCREENSHOT_ENV = "FOLLOWUP_KIT_SCREENSHOTS"
#: What the tab never shows: command-line flags, Python, the kit's field ids.
NOT_FOR_PEOPLE = re.compile(r"--[a-z]|status_map|mapping=|applied_on|first_response_on|external_id|in Python")


def _sheet(tmp_path):
    path = tmp_path / "my-applications.csv"
    path.write_text(SHEET, encoding="utf-8")
    return path


def _speaks_to_people(panel) -> None:
    text = panel.inner_text()
    assert not NOT_FOR_PEOPLE.search(text), NOT_FOR_PEOPLE.search(text)
    options = " ".join(panel.locator("select option").all_inner_texts())
    assert not NOT_FOR_PEOPLE.search(options), NOT_FOR_PEOPLE.search(options)


def _import_on_desk(page, sheet, picture=None) -> None:
    desk = page.locator(".fk-desk")
    desk.locator(".lm-TabBar-tab", has_text="Import a sheet").click()
    panel = desk.locator(".fk-sheet")
    expect(panel).to_be_visible()
    # the upload button opens the browser's file chooser (its <input type=file> is not in the page)
    with page.expect_file_chooser() as chooser:
        panel.locator(".fk-sheet-upload").click()
    chooser.value.set_files(str(sheet))
    summary = panel.locator(".fk-sheet-summary")
    expect(summary).to_contain_text("4 rows read", timeout=60_000)
    expect(panel.locator(".fk-sheet-col-2 select")).to_have_value("Applied on")  # the labels are the values
    # the unknown word: one dropdown, its row count, the statuses in words
    word = panel.locator(".fk-sheet-word", has_text="Turn down")
    expect(word).to_have_count(1)
    expect(panel.locator(".fk-sheet-words")).to_contain_text("1 row")
    expect(word.locator("option")).to_contain_text(["Choose what it means", "Rejected", "Still waiting for an answer"])
    # the problems as a table: row, column, value, what is wrong
    problems = panel.locator(".fk-sheet-problems table")
    expect(problems.locator("th")).to_have_text(["Row", "Column", "Value", "What is wrong"])
    expect(problems.locator("tr", has_text="sometime soon")).to_contain_text("Entretien")
    expect(problems.locator("tr", has_text="Turn down")).to_have_count(0)  # a word to answer, not a problem
    # the preview scrolls sideways inside the tab; the summary wraps between words
    preview = panel.locator(".fk-sheet-preview .fk-sheet-scroll")
    expect(preview).to_contain_text("Quillon Analytics")
    assert preview.evaluate("e => e.scrollWidth > e.clientWidth && getComputedStyle(e).overflowX === 'auto'")
    assert summary.locator("div").first.evaluate("e => getComputedStyle(e).wordBreak") == "normal"
    assert page.evaluate(SPILLING) == [] and page.evaluate(CUT_LABELS) == []
    _speaks_to_people(panel)

    panel.locator(".fk-sheet-col-5 select").select_option(label="Who referred you")
    expect(panel.locator(".fk-sheet-columns")).to_contain_text("your choice", timeout=60_000)
    word.locator("select").select_option(label="Rejected")
    expect(problems.locator("tr", has_text="Turn down")).to_have_count(0)
    expect(panel.locator(".fk-sheet-leave-out")).to_have_count(0)  # nothing to tick: unreadable cells are left empty
    apply = panel.locator(".fk-sheet-apply")
    expect(apply).to_be_enabled()
    if picture is not None:
        page.locator(".fk-desk").screenshot(path=str(picture))
    apply.click()
    expect(summary).to_contain_text(re.compile(r"Imported 4 applications, updated 0"), timeout=60_000)
    expect(summary).to_contain_text("left empty")
    expect(apply).to_be_disabled()
    _speaks_to_people(panel)
    desk.locator(".lm-TabBar-tab", has_text="Follow-ups").click()
    rows = desk.locator(".fk-todo table.dataTable tbody tr")
    for company in COMPANIES:
        expect(rows.filter(has_text=company).first).to_be_visible()


def _stored(tracker_path) -> None:
    with Tracker.open(tracker_path) as t:
        apps = t.applications.set_index("company")
        referrer = t.contacts.set_index("contact_id").loc[apps.at["Quillon Analytics", "referrer_id"], "name"]
        assert apps.loc[["Quillon Analytics", "Brightwater Tiles", "Corvid Maps"], "applied_on"].notna().all()
        assert apps.at["Corvid Maps", "stored_status"] == "rejected"  # the word, read as the user said
    assert referrer == "Rae Referrer"


def test_import_sheet_in_jupyterlab(lab, page, artifacts, lab_tracker, requests_seen, tmp_path, own_kernel):
    lab.open("follow_ups.ipynb")
    lab.run_all()
    assert lab.errors() == []
    _import_on_desk(page, _sheet(tmp_path))
    lab.screenshot(".fk-desk", artifacts / "lab-import-sheet.png")
    _stored(lab_tracker)
    requests_seen.assert_local()


def test_import_sheet_in_voila(voila_app, page, artifacts, requests_seen, tmp_path):
    url, tracker_path, _log = voila_app
    page.goto(url)
    expect(page.locator(".fk-desk")).to_be_visible(timeout=120_000)
    picture = artifacts / "import-sheet.png"
    _import_on_desk(page, _sheet(tmp_path), picture)
    _stored(tracker_path)
    requests_seen.assert_local()
    if os.environ.get(SCREENSHOT_ENV) == "1":
        shutil.copy(picture, artifacts.parents[2] / "docs" / "import-sheet.png")
