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
    # the choices and the reasons are in a person's words
    assert [d.label for d in panel.dropdowns] == [
        "Company", "Role", "Applied on", "Interview on", "Link", "Status", "Ignore this column"
    ]  # fmt: skip
    assert "First reply on" in dict(panel.dropdowns[0].options) and "Where you found it" in dict(
        panel.dropdowns[0].options
    )
    assert "stage word &#x27;candidature&#x27;" in panel.reasons[2].value
    assert "its header &#x27;Firm&#x27; says “Company”" in panel.reasons[0].value
    assert panel.preview_html.value.count("<tr>") == 3 and "Rae Referrer" in panel.preview_html.value
    # the ambiguous word gets its own dropdown of statuses in words, with its count of rows
    assert [d.description for d in panel.status_dropdowns] == ["Declined"]
    labels = [label for label, _ in panel.status_dropdowns[0].options]
    assert labels[:7] == [
        "Choose what it means", "Rejected", "Still waiting for an answer", "Interviewing", "Offer",
        "I accepted the offer", "I withdrew",
    ]  # fmt: skip
    assert "No answer (ghosted)" in labels
    assert "1 row<" in panel.words_box.children[1].children[1].value
    # the word does not hold its row back: every row is ready, the word is asked
    assert "3 rows read: 3 are ready. 1 status word is asked above" in panel.summary.value
    assert not panel.apply_button.disabled
    assert len(desk.tracker.applications) == 1  # nothing imported by looking


def _shown_text(panel) -> str:
    import ipywidgets as w

    texts = [panel.summary.value, panel.problems_html.value, panel.preview_html.value, panel.skip_invalid.description]
    for box in (panel.columns_box, panel.words_box):
        for child in box.children:
            for part in getattr(child, "children", (child,)):
                if isinstance(part, w.HTML):
                    texts.append(part.value)
                if isinstance(part, w.Dropdown):
                    texts += [part.description, *(label for label, _ in part.options)]
    return "\n".join(texts)


@pytest.mark.parametrize(
    "sheet",
    [
        SHEET,
        "Who,Application\nContoso,soon\n",  # no company column
        SHEET.replace("Declined", "Turn down"),  # an unknown status word
        "Company,Applied\nContoso,03/04/2026\nFabrikam,05/06/2026\n",  # day or month first?
        "Company,Role,Status\nContoso,A,Applied\n,B,Applied\n",  # a row without a company
    ],
)
def test_the_tab_shows_no_flag_no_python_and_no_field_id(desk, sheet):
    panel = desk.sheet_panel
    _upload(panel, "jobs.csv", sheet.encode())
    panel.apply()  # refused or not: its message too
    shown = _shown_text(panel)
    for word in ("--", "status_map", "mapping=", "applied_on", "first_response_on", "external_id", "in Python"):
        assert word not in shown, (word, shown)


def test_a_cell_that_cannot_be_read_is_a_table_row_and_the_rest_is_imported(desk):
    panel = desk.sheet_panel
    _upload(panel, "jobs.csv", SHEET.replace("Writer", "#REF!").encode())
    assert "1 cell cannot be read (see the table): they will be left empty" in panel.summary.value
    # the problem is a table row: row, column, value, what is wrong
    assert "<th>Row</th>" in panel.problems_html.value and "<th>What is wrong</th>" in panel.problems_html.value
    assert "<td>3</td>" in panel.problems_html.value and "<td>#REF!</td>" in panel.problems_html.value
    panel.apply_button.click()
    apps = desk.tracker.applications.set_index("company")
    assert {"Contoso", "Fabrikam", "Tailspin"} <= set(apps.index) and pd.isna(apps.at["Fabrikam", "role"])


def test_a_row_without_a_company_is_left_out_and_the_rest_imported(desk):
    panel = desk.sheet_panel
    _upload(panel, "jobs.csv", (SHEET + ",Cook,2026-11-25,,,En cours,\n").encode())
    assert "1 row without a company will be left out" in panel.summary.value
    assert not panel.apply_button.disabled
    panel.apply_button.click()
    assert set(desk.tracker.applications["company"]) == {"Northwind GmbH", "Contoso", "Fabrikam", "Tailspin"}


def test_changed_dropdowns_are_applied_and_the_desk_shows_the_new_applications(desk):
    panel = desk.sheet_panel
    _upload(panel, "jobs.csv", SHEET.encode())
    _dropdown(panel, "Who sent me").value = "referrer"
    _dropdown(panel, "Where").value = "ignore"
    panel.status_dropdowns[0].value = "withdrawn"
    assert panel.mapping() == {"Who sent me": "referrer", "Where": "ignore"}
    assert "3 rows read: 3 are ready." in panel.summary.value and not panel.apply_button.disabled
    panel.apply_button.click()
    assert "Imported 3 applications, updated 0." in panel.summary.value and panel.apply_button.disabled
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
    _upload(panel, "jobs.csv", b"Where,Application\nContoso,2026-11-20\n")
    assert "no column is read as the company" in panel.summary.value and panel.apply_button.disabled
    assert "Choose “Company” in the dropdown" in panel.summary.value
    assert [d.value for d in panel.dropdowns] == ["ignore", "applied_on"]
    _dropdown(panel, "Where").value = "company"
    assert "1 row read: 1 is ready." in panel.summary.value and not panel.apply_button.disabled


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
