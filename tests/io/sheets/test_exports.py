"""Exports of job-search tools, known by their header (issue 24, point 5); every file here is invented."""

from __future__ import annotations

import sqlite3

import pandas as pd
import pytest

from followup_kit.io.sheets.exports import EXPORTS, recognise_export, shape_export
from followup_kit.io.sheets.plan import plan_sheet
from followup_kit.io.sources import import_source

#: A LinkedIn "Job Applications.csv" in the shape of the two public copies (SOURCES.md): invented
#: people and companies; the contact columns and answers stand for the user's own data.
LINKEDIN = (
    "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,"
    "Question And Answers\n"
    '"1/14/25, 5:58 AM",sam.sample@example.org, +15550100123,Acme Robotics,Data Analyst,'
    "http://www.linkedin.com/jobs/view/1000000001,Sam_CV.pdf,"
    '"Email address:sam.sample@example.org | Mobile phone number:+1 5550100123 | '
    'What is your current location?:12 Sample Street, Springfield"\n'
    '"11/3/24, 11:39 PM",sam.sample@example.org, +15550100123,Globex,Backend Engineer,'
    "http://www.linkedin.com/jobs/view/1000000002,cv.pdf,\n"
    '"2/9/25, 12:09 AM",sam.sample@example.org, +15550100123,Initech,Platform Engineer,'
    'http://www.linkedin.com/jobs/view/1000000003,cv.pdf,"First name:Sam | Last name:Sample"\n'
)
PRIVATE = ("sam.sample@example.org", "5550100123", "Sample Street", "Sam_CV.pdf", "Springfield", "Last name")


def write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_linkedin_export_imports_with_no_options_and_its_dates_are_read(tracker, tmp_path):
    path = write(tmp_path, "Job Applications.csv", LINKEDIN)
    result = import_source(tracker, path)
    assert result.detected["export"] == "LinkedIn data export"
    assert "recognised as a LinkedIn data export by its header" in result.warnings
    assert result.rows_imported == 3
    apps = tracker.applications.sort_values("company")
    assert apps["company"].tolist() == ["Acme Robotics", "Globex", "Initech"]
    assert apps["applied_on"].astype(str).tolist() == ["2025-01-14", "2024-11-03", "2025-02-09"]
    assert apps["url"].str.startswith("http://www.linkedin.com/jobs/view/").all()


def test_a_linkedin_export_never_copies_the_users_own_contact_data(tracker, tmp_path):
    path = write(tmp_path, "Job Applications.csv", LINKEDIN)
    plan = plan_sheet(path)
    assert not {"Contact Email", "Contact Phone Number", "Question And Answers", "Resume Name"} & set(
        plan.columns["source"]
    )
    shown = plan.to_text() + plan.to_json()
    assert not [p for p in PRIVATE if p in shown]
    import_source(tracker, path)
    tracker.close()
    with sqlite3.connect(tmp_path / "tracker.sqlite") as db:  # every table, every text cell
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        cells = " ".join(
            str(v) for t in tables for row in db.execute(f"SELECT * FROM {t}") for v in row if isinstance(v, str)
        )
    assert "Acme Robotics" in cells
    assert not [p for p in PRIVATE if p in cells]


def test_the_private_columns_stay_out_even_when_mapped(tracker, tmp_path):
    path = write(tmp_path, "Job Applications.csv", LINKEDIN)
    result = import_source(tracker, path, mapping={"Question And Answers": "notes", "contact email": "referrer"})
    assert "your mapping of 'Question And Answers', 'contact email' is not used (your own data)" in result.warnings
    cells = " ".join(map(str, tracker.applications.to_numpy().ravel())) + str(tracker.contacts.to_numpy())
    assert "Acme Robotics" in cells and not [p for p in PRIVATE if p in cells]


def test_a_users_mapping_still_wins_over_the_export(tracker, tmp_path):
    path = write(tmp_path, "Job Applications.csv", LINKEDIN)
    result = import_source(tracker, path, mapping={"Job Title": "ignore"})
    assert result.detected["export"] == "LinkedIn data export"
    assert tracker.applications["role"].isna().all()


HUNTR = (
    "createdAt,title,salary,location,url,deadline,lastMovedAt,listName,companyName,companyDomain\n"
    "2025-02-01T10:00:00Z,Analyst,,Remote,https://jobs.example/1,,2025-02-03T09:00:00Z,Applied,Acme,acme.example\n"
    "2025-02-01T11:00:00Z,Engineer,,Berlin,,,2025-02-20T09:00:00Z,Rejected,Globex,globex.example\n"
    "2025-02-02T10:00:00Z,Lead,,Remote,,,,Wishlist,Initech,\n"
)
TEAL = (
    "company_name,role,statusName,location,url,excitement,source,min_salary,max_salary,added_at,applied_at,"
    "follow_up_at,updated_at,archived_at\n"
    "Acme,Analyst,Applied,NYC,https://jobs.example/1,3,LinkedIn,,,2025-02-01,2025-02-02,,2025-02-02,\n"
    "Globex,Engineer,Rejected,Remote,,2,Indeed,,,2025-02-01,2025-02-03,,2025-02-20,\n"
)
SIMPLIFY = (
    "Job Title,Company Name,Job URL,Applied Date,Status,Status Date,Archived,Date Archived,Notes\n"
    "Data Analyst,Acme,https://jobs.example/1,2025-02-02,Applied,2025-02-02,false,,\n"
    "Engineer,Globex,https://jobs.example/2,2025-02-03,Rejected,2025-02-20,false,,phone screen first\n"
)
NOTION = (
    "Name,Position,Status,Applied,Created time,Last edited time,Created by\n"
    'Acme,Analyst,Applied,"February 2, 2025","February 1, 2025 10:00 AM","February 2, 2025 9:00 AM",Sam Sample\n'
    'Globex,Engineer,Rejected,"February 3, 2025","February 1, 2025 11:00 AM","February 20, 2025 9:00 AM",Sam Sample\n'
)
AIRTABLE = (
    "Name,Role,Stage,Date applied,Created,Last Modified,Last Modified By\n"
    "Acme,Analyst,Applied,2/2/2025 9:00am,2/1/2025 10:00am,2/2/2025 9:00am,Sam Sample\n"
    "Globex,Engineer,Rejected,2/3/2025 4:30pm,2/1/2025 11:00am,2/20/2025 9:00am,Sam Sample\n"
)


@pytest.mark.parametrize(
    ("name", "text", "export", "rejected"),
    [
        ("huntr.csv", HUNTR, "Huntr export", 1),
        ("teal.csv", TEAL, "Teal export", 1),
        ("simplify.csv", SIMPLIFY, "Simplify export", 1),
        ("notion.csv", NOTION, "Notion database export", 1),
        ("airtable.csv", AIRTABLE, "Airtable export", 1),
    ],
)
def test_each_export_is_named_and_imports_its_companies_and_rejections(tracker, tmp_path, name, text, export, rejected):
    result = import_source(tracker, write(tmp_path, name, text))
    assert result.detected["export"] == export
    apps = tracker.applications
    assert {"Acme", "Globex"} <= set(apps["company"])
    assert (apps["stored_status"] == "rejected").sum() == rejected
    assert "Sam Sample" not in " ".join(map(str, apps.to_numpy().ravel()))


def test_notion_and_airtable_dates_are_read_in_their_own_format(tracker, tmp_path):
    import_source(tracker, write(tmp_path, "notion.csv", NOTION))
    assert sorted(tracker.applications["applied_on"].astype(str)) == ["2025-02-02", "2025-02-03"]
    shaped = shape_export(pd.read_csv(write(tmp_path, "a.csv", AIRTABLE), dtype=str), None)
    assert shaped.frame["Date applied"].tolist() == ["2025-02-02", "2025-02-03"]
    assert "Last Modified By" not in shaped.frame.columns
    assert shaped.mapping == {"Name": "company", "Created": "ignore", "Last Modified": "ignore"}


def test_a_huntr_card_is_dated_by_the_day_it_was_added_not_its_last_move(tracker, tmp_path):
    """Huntr's export has no application date: "createdAt" is when the job went on the board, and
    "lastMovedAt" its last move (to "Rejected", two weeks later), which says nothing of the application."""
    import_source(tracker, write(tmp_path, "huntr.csv", HUNTR))
    apps = tracker.applications.set_index("company")
    assert str(apps.at["Globex", "applied_on"])[:10] == "2025-02-01"


def test_a_huntr_export_with_its_applied_date_is_dated_by_it(tracker, tmp_path):
    text = HUNTR.replace(",listName,", ",appliedAt,listName,").replace(",Rejected,", ",2025-02-04,Rejected,")
    text = text.replace(",Applied,", ",,Applied,").replace(",Wishlist,", ",,Wishlist,")
    import_source(tracker, write(tmp_path, "huntr.csv", text))
    apps = tracker.applications.set_index("company")
    assert str(apps.at["Globex", "applied_on"])[:10] == "2025-02-04"


def test_a_plain_sheet_is_no_export_and_comes_back_unchanged():
    frame = pd.DataFrame({"Company": ["Acme"], "Applied": ["2025-02-02"], "Status": ["Applied"]})
    shaped = shape_export(frame, {"Applied": "applied_on"})
    assert shaped.name is None and shaped.frame is frame and shaped.mapping == {"Applied": "applied_on"}


def test_exports_are_told_by_most_of_their_header_loosely():
    linkedin = ["application date", "COMPANY NAME", "Job URL", "resume_name", "Question and answers"]
    assert recognise_export(linkedin).name == "LinkedIn data export"
    assert recognise_export(["Company Name", "Job Title", "Job Url"]) is None  # too little of it
    assert len({e.name for e in EXPORTS}) == len(EXPORTS) >= 6


def test_an_export_without_answers_says_so_and_one_with_a_status_column_does_not(tracker, tmp_path):
    result = import_source(tracker, write(tmp_path, "Job Applications.csv", LINKEDIN))
    said = [w for w in result.warnings if "not how it ended" in w]
    assert said == [
        "a LinkedIn data export says when you applied, not how it ended: each application starts as applied, "
        "and one silent for longer than the silence threshold counts as ghosted until you record its news"
    ]
    huntr = pd.DataFrame(
        {
            "companyName": ["Acme"],
            "title": ["Analyst"],
            "listName": ["Rejected"],
            "createdAt": ["2025-01-02"],
            "lastMovedAt": ["2025-01-09"],
            "url": ["https://jobs.example/1"],
        }
    )
    shaped = shape_export(huntr, None)
    assert shaped.name == "Huntr export" and not [n for n in shaped.notes if "not how it ended" in n]


def test_a_trello_card_without_a_start_date_is_dated_by_the_day_its_card_was_made(tmp_path):
    """A Trello card's id is a MongoDB ObjectId: its first 8 hex digits are when the card was made."""
    from followup_kit.store.tracker import Tracker

    header = (
        "Card ID,Card Name,Card URL,Card Description,Labels,Members,Due Date,Attachment Count,Attachment Links,"
        "Checklist Item Total Count,Checklist Item Completed Count,Vote Count,Comment Count,Last Activity Date,"
        "List ID,List Name,Board ID,Board Name,Archived,Start Date,Due Complete\n"
    )
    rows = (
        "66a7ef76857115626e9730ca,Harbor Labs - Backend Engineer,https://trello.com/c/x1,Applied 7/29,,,,0,,0,0,0,0,"
        "2024-08-02T16:34:30.459Z,l1,Applied,b1,Job Hunt,false,,false\n"
        "66b5215e2c49093b230a2bc5,Quill - Data Engineer,https://trello.com/c/x2,,,,,0,,0,0,0,0,"
        "2024-08-09T20:47:20.234Z,l2,Rejected,b1,Job Hunt,false,2024-08-06T16:00:00.000Z,false\n"
    )
    path = tmp_path / "board.csv"
    path.write_text(header + rows)
    tracker = Tracker.create(tmp_path / "t.sqlite")
    import_source(tracker, path)
    days = tracker.applications.set_index("company")["applied_on"].dt.strftime("%Y-%m-%d").to_dict()
    assert days == {"Harbor Labs": "2024-07-29", "Quill": "2024-08-06"}  # the start date, when set, wins
    tracker.close()
