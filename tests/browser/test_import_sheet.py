"""Importing a sheet from the desk's "Import a sheet" tab, in JupyterLab and in the Voilà app (real Chromium, offline).

A real file goes through the browser's file chooser; one dropdown is changed; Apply imports; the new
applications' follow-ups show in the to-do list.  With ``FOLLOWUP_KIT_SCREENSHOTS=1`` the Voilà test
also refreshes the README's picture of the tab (``docs/import-sheet.png``).
"""

from __future__ import annotations

import os
import shutil

import pytest
from playwright.sync_api import expect

from followup_kit import Tracker

pytestmark = [pytest.mark.browser, pytest.mark.timeout(400)]

#: Written for these tests: a stage-only date header ("Candidature"), an interview column, and a
#: column the kit cannot name ("Who sent me"), which the test maps to referrer with its dropdown.
SHEET = (
    "Firm,Job,Candidature,Entretien,Etat,Who sent me\n"
    "Quillon Analytics,Data Analyst,2026-10-20,2026-11-13,In process,Rae Referrer\n"
    "Brightwater Tiles,Junior Planner,2026-10-28,2026-11-16,En cours,\n"
    "Corvid Maps,GIS Analyst,2026-11-02,,Applied,\n"
)
COMPANIES = ("Quillon Analytics", "Brightwater Tiles")  # the two with an interview: a status check is due
SCREENSHOT_ENV = "FOLLOWUP_KIT_SCREENSHOTS"


def _sheet(tmp_path):
    path = tmp_path / "my-applications.csv"
    path.write_text(SHEET, encoding="utf-8")
    return path


def _import_on_desk(page, sheet) -> None:
    desk = page.locator(".fk-desk")
    desk.locator(".lm-TabBar-tab", has_text="Import a sheet").click()
    panel = desk.locator(".fk-sheet")
    expect(panel).to_be_visible()
    # the upload button opens the browser's file chooser (its <input type=file> is not in the page)
    with page.expect_file_chooser() as chooser:
        panel.locator(".fk-sheet-upload").click()
    chooser.value.set_files(str(sheet))
    summary = panel.locator(".fk-sheet-summary")
    expect(summary).to_contain_text("3 would be imported", timeout=60_000)
    expect(panel.locator(".fk-sheet-col-2 select")).to_have_value("applied_on")
    expect(panel.locator(".fk-sheet-preview")).to_contain_text("Quillon Analytics")
    who = panel.locator(".fk-sheet-col-5 select")
    expect(who).to_have_value("not imported")  # ipywidgets puts the labels in the <option>s
    who.select_option(label="referrer")
    expect(panel.locator(".fk-sheet-columns")).to_contain_text("your mapping", timeout=60_000)
    apply = panel.locator(".fk-sheet-apply")
    expect(apply).to_be_enabled()
    apply.click()
    expect(summary).to_contain_text("3 rows read: 3 imported", timeout=60_000)
    expect(apply).to_be_disabled()
    desk.locator(".lm-TabBar-tab", has_text="Follow-ups").click()
    rows = desk.locator(".fk-todo table.dataTable tbody tr")
    for company in COMPANIES:
        expect(rows.filter(has_text=company).first).to_be_visible()


def _stored(tracker_path) -> None:
    with Tracker.open(tracker_path) as t:
        apps = t.applications.set_index("company")
        referrer = t.contacts.set_index("contact_id").loc[apps.at["Quillon Analytics", "referrer_id"], "name"]
        assert apps.loc[["Quillon Analytics", "Brightwater Tiles", "Corvid Maps"], "applied_on"].notna().all()
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
    _import_on_desk(page, _sheet(tmp_path))
    _stored(tracker_path)
    requests_seen.assert_local()
    # the picture for the README: the tab with the plan of a second sheet, before Apply
    page.locator(".fk-desk .lm-TabBar-tab", has_text="Import a sheet").click()
    with page.expect_file_chooser() as chooser:
        page.locator(".fk-sheet-upload").click()
    second = tmp_path / "applications-2.csv"
    text = SHEET.replace("Quillon", "Larkspur").replace("Brightwater", "Tamarind").replace("Applied", "Declined")
    second.write_text(text, encoding="utf-8")
    chooser.value.set_files(str(second))
    summary = page.locator(".fk-sheet-summary")
    expect(summary).to_contain_text("2 would be imported, 1 have problems", timeout=60_000)
    page.locator(".fk-sheet-col-5 select").select_option(label="referrer")
    expect(page.locator(".fk-sheet-columns")).to_contain_text("your mapping", timeout=60_000)
    page.locator(".fk-sheet-word select").select_option(label="withdrawn")
    expect(summary).to_contain_text("3 would be imported", timeout=60_000)
    picture = artifacts / "import-sheet.png"
    page.locator(".fk-desk").screenshot(path=str(picture))
    if os.environ.get(SCREENSHOT_ENV) == "1":
        shutil.copy(picture, artifacts.parents[2] / "docs" / "import-sheet.png")
