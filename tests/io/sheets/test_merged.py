"""Trackers kept the way people keep them (this round's held-out shapes, rewritten here by hand):
a company and a role in one cell, a Trello board's export, a header of unusual words, a season
in the file's name, totals and tallies and saved links under the log.  Every file here is invented."""

from __future__ import annotations

import pandas as pd

from followup_kit.io.sheets.merged import split_merged
from followup_kit.io.sources import import_source


def write(folder, name, text, encoding="utf-8"):
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def test_a_company_and_a_role_in_one_cell_are_split_whichever_comes_first():
    frame = pd.DataFrame(
        {"Job": ["Harbor Labs - Backend Engineer", "Data Analyst @ Quill", "Platform Engineer (Go) – Birch",
                 "(Tallow) Frontend Developer, Checkout", "Mosswood - Ops", "Alder Studio",
                 "Thornbury: Senior Frontend Developer"]}
    )  # fmt: skip
    split = split_merged(frame, None)
    assert split.frame.values.tolist() == [
        ["Harbor Labs", "Backend Engineer"],
        ["Quill", "Data Analyst"],
        ["Birch", "Platform Engineer (Go)"],
        ["Tallow", "Frontend Developer, Checkout"],
        ["Mosswood", "Ops"],  # no title on either side: the order most cells use
        ["Alder Studio", ""],  # does not split: the company alone
        ["Thornbury", "Senior Frontend Developer"],  # a Trello card's "Company: Role"
    ]
    assert split.mapping == {"Job (company)": "company", "Job (role)": "role"}


def test_a_column_of_company_names_with_dashes_is_left_alone():
    """ "Harbor - Reeve" names a firm: no side is a job title, so the column is not merged."""
    frame = pd.DataFrame(
        {"Company": ["Harbor - Reeve", "Quill - Birch", "Acme"], "Role": ["Analyst", "Clerk", "Planner"]}
    )
    split = split_merged(frame, None)
    assert split.frame is frame and not split.notes


def test_a_log_headed_when_gig_where_outcome_imports_with_its_company_read_from_the_gig(tracker, tmp_path):
    """A title, a blank line, then a header with no company word: three fields named are a header."""
    text = (
        "Sam's job hunt - started Oct 2025,,,,,\r\n,,,,,\r\n"
        "When,Gig,Where,Pay,Outcome,Notes\r\n"
        "10/7/2025,Harbor Labs - Backend Engineer,company site,not listed,Rejected,\r\n"
        "10/10/2025,Backend Engineer @ Quill,LinkedIn,130-155,No response,\r\n"
        "10/13/2025,Birch – Senior Developer (Rails),LinkedIn,,Phone screen - rejected,\r\n"
        "10/21/2025,Platform Engineer – Tallow Works,Indeed,,Offer!! (declined),\r\n"
    )
    result = import_source(tracker, write(tmp_path, "Job Hunt.csv", text, "cp1252"))
    apps = tracker.applications.set_index("company")
    assert apps["role"].to_dict() == {
        "Harbor Labs": "Backend Engineer",
        "Quill": "Backend Engineer",
        "Birch": "Senior Developer (Rails)",
        "Tallow Works": "Platform Engineer",
    }
    assert apps["source"].tolist() == ["company site", "LinkedIn", "LinkedIn", "Indeed"]
    assert apps["stored_status"].to_dict() == {
        "Harbor Labs": "rejected",
        "Quill": "ghosted",
        "Birch": "rejected",  # rejected at the phone screen
        "Tallow Works": "withdrawn",  # an offer turned down: the application ended by your choice
    }
    assert "the header is on row 3" in result.warnings
    assert any("column 'Gig' holds the company and the role in one cell" in w for w in result.warnings)


#: Trello's CSV export of a board (its real header); cards named "(Company) Role".
TRELLO = (
    "Card ID,Card Name,Card URL,Card Description,Labels,Members,Due Date,Attachment Count,Attachment Links,"
    "Checklist Item Total Count,Checklist Item Completed Count,Vote Count,Comment Count,Last Activity Date,"
    "List ID,List Name,Board ID,Board Name,Archived,Start Date,Due Complete\n"
    'a1,"(Company) Role — TEMPLATE, copy me",https://trello.com/c/a1,"Applied via:\nReferral:",,,,0,,0,0,0,0,'
    "2026-01-14T15:14:03.326Z,l1,Preparing,b1,Job Hunt,false,,false\n"
    "a2,(Harbor Labs) Frontend Engineer,https://trello.com/c/a2,,Remote (green),sam,2026-01-20T16:00:00.000Z,0,,0,0,0,1,"
    "2026-01-15T15:51:59.483Z,l2,Applied,b1,Job Hunt,false,2025-12-01T16:00:00.000Z,false\n"
    "a3,(Quill) Product Engineer,https://trello.com/c/a3,,,,,0,,0,0,0,0,"
    "2026-01-13T15:16:33.695Z,l3,Rejected,b1,Job Hunt,true,2025-12-09T16:00:00.000Z,false\n"
)


def test_a_trello_board_export_imports_its_cards_as_applications(tracker, tmp_path):
    result = import_source(tracker, write(tmp_path, "Job Hunt - Trello export.csv", TRELLO))
    assert result.detected["export"] == "Trello board export"
    apps = tracker.applications.set_index("company").sort_index()
    assert apps.index.tolist() == ["Harbor Labs", "Quill"]  # the template card in Preparing is no application
    assert apps["role"].tolist() == ["Frontend Engineer", "Product Engineer"]
    assert apps["applied_on"].dt.strftime("%Y-%m-%d").tolist() == ["2025-12-01", "2025-12-09"]  # the start date
    cells = " ".join(map(str, tracker.applications.to_numpy().ravel()))
    assert "sam" not in cells.split()  # the board's members are people, never copied


def test_dates_without_a_year_after_december_are_next_year_in_a_fall_search(tracker, tmp_path):
    """ "job apps fall 2023": September to December 2023, so a January row after them is 2024."""
    text = "Company,Role,Applied\nHarbor Labs,Analyst,Sep 7th\nQuill,Analyst,10/2\nBirch,Clerk,18th Oct\nTallow,Analyst,Jan 5\n"
    import_source(tracker, write(tmp_path, "job apps fall 2023.csv", text))
    got = tracker.applications.set_index("company")["applied_on"].dt.strftime("%Y-%m-%d").to_dict()
    assert got == {"Harbor Labs": "2023-09-07", "Quill": "2023-10-02", "Birch": "2023-10-18", "Tallow": "2024-01-05"}


def test_totals_tallies_and_saved_links_under_a_log_are_left_out_with_their_reason(tracker, tmp_path):
    text = (
        "Company,Role,Date Applied,Status\n"
        "Harbor Labs,Analyst,2025-10-01,applied\n"
        "https://jobs.example/quill/123,,,\n"
        "84 Lumber,Yard Associate,2025-10-03,applied\n"
        "36 apps / 6 got to interviews / 2 offers,,,\n"
        "Total,,2,\n"
    )
    result = import_source(tracker, write(tmp_path, "jobs.csv", text))
    assert sorted(tracker.applications["company"]) == ["84 Lumber", "Harbor Labs"]
    said = {p.row: p.reason for p in result.problems}
    assert said[3].startswith("only a link where the company goes, and no date")
    assert said[5] == said[6] == "a count of the rows above, not a company: a totals row"


def test_a_company_merged_down_over_two_roles_names_both_in_a_workbook(tracker, tmp_path):
    """A company cell merged over two rows: the sheet's own merged range names the second row's company
    too (:mod:`~followup_kit.io.sheets.xlsx_parts`); a blank company under it stays a row left out."""
    import datetime as dt

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Company", "Position", "Date applied", "Via", "Status"])
    sheet.append(["Harbor Bank", "Data Analyst", dt.datetime(2024, 11, 12), "Harbor careers", "Rejected"])
    sheet.append([None, "BI Developer", dt.datetime(2024, 11, 12), "Harbor careers", "No reply"])
    sheet.merge_cells("A2:A3")
    sheet.append([None, "Planner", dt.datetime(2024, 11, 20), "LinkedIn", "Applied"])  # no company, nothing shared
    path = tmp_path / "tracker.xlsx"
    book.save(path)
    result = import_source(tracker, path)
    apps = tracker.applications
    assert sorted(zip(apps["company"], apps["role"])) == [
        ("Harbor Bank", "BI Developer"),
        ("Harbor Bank", "Data Analyst"),
    ]
    assert result.rows_rejected == 1


def _ods_with_a_merged_company(path):
    """An ODS sheet whose company cell spans two rows, as LibreOffice writes it (a covered cell below)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="Bewerbungen")

    def cell(value, **span):
        c = TableCell(valuetype="string", **span)
        c.addElement(P(text=value))
        return c

    rows = [
        [cell("Firma"), cell("Stelle"), cell("Datum"), cell("Status")],
        [cell("Harbor Bank", numberrowsspanned="2"), cell("Data Analyst"), cell("2024-11-12"), cell("Absage")],
        [CoveredTableCell(), cell("BI Developer"), cell("2024-11-14"), cell("offen")],
        [cell("Quillbright"), cell("Planner"), cell("2024-11-20"), cell("offen")],
    ]
    for cells in rows:
        row = TableRow()
        for c in cells:
            row.addElement(c)
        table.addElement(row)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))


def test_a_company_merged_down_over_two_roles_names_both_in_an_ods_sheet(tracker, tmp_path):
    from followup_kit.io.sheets.ods_merges import vertical_merges

    path = tmp_path / "bewerbungen.ods"
    _ods_with_a_merged_company(path)
    assert vertical_merges(path) == [(0, 2, 3)]
    import_source(tracker, path, status_map={"offen": "applied"})
    apps = tracker.applications
    assert sorted(zip(apps["company"], apps["role"])) == [
        ("Harbor Bank", "BI Developer"),
        ("Harbor Bank", "Data Analyst"),
        ("Quillbright", "Planner"),
    ]
