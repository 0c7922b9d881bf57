"""Headless tests of the desk's "Import a sheet" tab: set the upload's value, change dropdowns, click Apply."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pandas as pd
import pytest

from followup_kit.notebook.desk.main import FollowUpDesk
from followup_kit.store.tracker import Tracker

#: Written for these tests: an unknown header ("Who sent me") the user maps by hand, a stage-only
#: date header, an interview column, links, and status words one of which ("Declined") is ambiguous.
SHEET = (
    "Firm,Job,Candidature,Entretien,Where,Etat,Who sent me\n"
    "Contoso,Analyst,2026-11-20,2026-12-14,https://jobs.example/1,En cours,Rae Referrer\n"
    "Fabrikam,Writer,2026-11-23,,https://jobs.example/2,Declined,\n"
    "Tailspin,Tester,2026-11-02,2026-11-20,,In process,\n"
)


def _upload(panel, name: str, content: bytes) -> None:
    panel.upload.value = (
        {"name": name, "type": "", "size": len(content), "content": memoryview(content),
         "last_modified": dt.datetime(2026, 11, 25)},
    )  # fmt: skip


def _dump(path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def _dropdown(panel, source):
    return next(d for d in panel.dropdowns if d.description == source)


@pytest.fixture
def desk(tmp_path):
    t = Tracker.create(tmp_path / "t.sqlite", timezone="Europe/Berlin")
    t.add_application("Northwind GmbH", "Data Analyst", applied_on="2026-11-02")
    yield FollowUpDesk(t, as_of="2026-12-14 12:00")
    t.close()


def test_the_tab_is_wired_into_the_desk(desk):
    assert desk.tabs.titles[-1] == "Import a sheet"
    assert desk.tabs.children[-1] is desk.sheet_panel.widget
    assert desk.sheet_panel.upload.accept == ".csv,.xlsx,.ods" and desk.sheet_panel.apply_button.disabled


def test_upload_shows_one_dropdown_per_column_preselected_by_the_guess(desk):
    panel = desk.sheet_panel
    _upload(panel, "jobs.csv", SHEET.encode())
    assert [(d.description, d.value) for d in panel.dropdowns] == [
        ("Firm", "company"),
        ("Job", "role"),
        ("Candidature", "applied_on"),
        ("Entretien", "interview_on"),
        ("Where", "url"),
        ("Etat", "status"),
        ("Who sent me", "ignore"),
    ]
    assert "stage word &#x27;candidature&#x27;" in panel.reasons[2].value  # the header row has a style, so 3 <tr>
    assert panel.preview_html.value.count("<tr>") == 3 and "Rae Referrer" in panel.preview_html.value
    # the ambiguous word gets its own dropdown, with its count of rows; its row is imported all the same
    assert [d.description for d in panel.status_dropdowns] == ["Declined"]
    assert "1 row<" in panel.words_box.children[1].children[1].value
    assert "3 would be imported" in panel.summary.value
    assert len(desk.tracker.applications) == 1  # nothing imported by looking


def test_an_apply_with_an_unanswered_word_imports_the_rows_and_says_which_word_is_left(desk):
    panel = desk.sheet_panel
    _upload(panel, "jobs.csv", SHEET.encode())
    panel.apply()
    assert "3 rows read: 3 imported" in panel.summary.value and "&#x27;Declined&#x27; (1 row" in panel.summary.value
    apps = desk.tracker.applications.set_index("company")
    assert (
        pd.isna(apps.at["Fabrikam", "stored_status"])
        and apps.at["Fabrikam", "notes"] == "Status in the sheet: Declined"
    )


def test_changed_dropdowns_are_applied_and_the_desk_shows_the_new_applications(desk):
    panel = desk.sheet_panel
    _upload(panel, "jobs.csv", SHEET.encode())
    _dropdown(panel, "Who sent me").value = "referrer"
    _dropdown(panel, "Where").value = "ignore"
    panel.status_dropdowns[0].value = "withdrawn"
    assert panel.mapping() == {"Who sent me": "referrer", "Where": "ignore"}
    assert "3 would be imported" in panel.summary.value and not panel.apply_button.disabled
    panel.apply_button.click()
    assert "3 rows read: 3 imported" in panel.summary.value and panel.apply_button.disabled
    apps = desk.tracker.applications.set_index("company")
    assert apps.loc[["Contoso", "Fabrikam", "Tailspin"], "stored_status"].tolist() == [
        "applied",
        "withdrawn",
        "applied",
    ]
    assert apps["url"].isna().all() and desk.tracker.contacts["name"].tolist() == ["Rae Referrer"]
    shown = desk.todo.table.df
    assert {"Contoso", "Tailspin"} <= set(shown["Company"])
    assert panel.dropdowns == [] and panel.upload.value == ()


def test_a_sheet_without_a_company_column_still_shows_the_guess(desk):
    panel = desk.sheet_panel
    _upload(panel, "jobs.csv", b"Who,Application\nContoso,2026-11-20\n")
    assert "no column for" in panel.summary.value and panel.apply_button.disabled
    assert [d.value for d in panel.dropdowns] == ["ignore", "applied_on"]
    _dropdown(panel, "Who").value = "company"
    assert "1 would be imported" in panel.summary.value and not panel.apply_button.disabled


@pytest.mark.parametrize("suffix", [".xlsx", ".ods"])
def test_spreadsheet_files_upload_too(desk, tmp_path, suffix):
    frame = pd.DataFrame(
        {"Empresa": ["Contoso"], "Solicitud": pd.to_datetime(["2026-11-20"]), "Estado": ["en proceso"]}
    )
    path = tmp_path / f"jobs{suffix}"
    frame.to_excel(path, index=False, engine="odf" if suffix == ".ods" else "openpyxl")
    panel = desk.sheet_panel
    _upload(panel, path.name, path.read_bytes())
    assert [d.value for d in panel.dropdowns] == ["company", "applied_on", "status"]
    panel.apply()
    assert desk.tracker.applications["company"].tolist() == ["Northwind GmbH", "Contoso"]
