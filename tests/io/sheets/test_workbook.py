"""Workbooks: the sheet that holds the tracker is found, said, and can be overridden (issue 24, point 4)."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pandas as pd
import pytest

from followup_kit.cli import main
from followup_kit.errors import InputError
from followup_kit.io.sheets.plan import plan_sheet
from followup_kit.io.sheets.workbook import company_column, read_tracker_sheet, sheet_choices
from followup_kit.io.sources import import_source
from followup_kit.store.tracker import Tracker

#: An invented tracker (no real company or person): German headers, dates as spreadsheet date cells.
RAW = [
    ["Firma", "Stelle", "Bewerbung", "Status"],
    ["Acme GmbH", "Analyst", dt.datetime(2025, 3, 3), "Absage"],
    ["Globex AG", "Entwickler", dt.datetime(2025, 3, 5), "offen"],
    ["Initech", "Berater", dt.datetime(2025, 3, 10), "Absage"],
    ["Umbrella", "Analyst", dt.datetime(2025, 3, 12), "offen"],
]


def dashboard_first(path, *, title_line: bool = False) -> None:
    """A workbook like the real ones: a dashboard, then "Raw_data", then a pivot table of it."""
    book = openpyxl.Workbook()
    dash = book.active
    dash.title = "Dashboard"
    dash["B2"], dash["C2"] = "Bewerbungen gesamt", 4
    dash["B3"], dash["C3"] = "Absagen", 2
    dash["B5"], dash["C5"] = "Quote", "50%"
    raw = book.create_sheet("Raw_data")
    if title_line:
        raw.append(["Meine Bewerbungen 2025"])
        raw.append([])
    for row in RAW:
        raw.append(row)
    pivot = book.create_sheet("Pivottables")
    for row in (["Zeilenbeschriftungen", "Anzahl von Firma"], ["Absage", 2], ["offen", 2], ["Gesamtergebnis", 4]):
        pivot.append(row)
    book.save(path)


def test_the_tracker_sheet_is_chosen_over_a_dashboard_and_a_pivot_table(tmp_path):
    path = tmp_path / "Bewerbungen.xlsx"
    dashboard_first(path)
    choices = sheet_choices(path)
    assert choices["sheet"].tolist() == ["Dashboard", "Raw_data", "Pivottables"]
    assert choices["chosen"].tolist() == [False, True, False]
    assert choices.loc[1, "score"] > 0 >= choices.loc[2, "score"]
    assert choices.loc[0, "reason"] == "the sheet is empty (no header in row 1)"
    assert "summary" in choices.loc[2, "reason"]


def test_the_import_reads_raw_data_and_says_why(tracker, tmp_path):
    path = tmp_path / "Bewerbungen.xlsx"
    dashboard_first(path)
    result = import_source(tracker, path, status_map={"offen": "applied"})
    assert result.detected["sheet"] == "Raw_data"
    said = next(w for w in result.warnings if w.startswith("read sheet 'Raw_data' of 3"))
    assert "company column 'Firma', 4 rows naming a company, 4 with a date" in said
    assert "'Dashboard': the sheet is empty" in said
    assert "'Pivottables': no column names a company; a summary ('zeilenbeschriftungen')" in said
    apps = tracker.applications.sort_values("company")
    assert apps["company"].tolist() == ["Acme GmbH", "Globex AG", "Initech", "Umbrella"]
    assert apps["applied_on"].notna().all()
    assert (apps["stored_status"] == "rejected").sum() == 2
    assert "read sheet 'Raw_data'" in plan_sheet(path).to_text()


def test_a_header_below_a_title_line_is_found(tracker, tmp_path):
    path = tmp_path / "Bewerbungen.xlsx"
    dashboard_first(path, title_line=True)
    picked = read_tracker_sheet(path)
    assert picked.sheet_name == "Raw_data"
    assert list(picked.sheet.frame.columns) == ["Firma", "Stelle", "Bewerbung", "Status"]
    assert picked.sheet.frame.index[0] == 4  # spreadsheet row numbers are kept for messages
    assert "(header on row 3)" in picked.notes[0]
    result = import_source(tracker, path, status_map={"offen": "applied"})
    assert result.rows_imported == 4


def test_the_sheet_option_overrides_the_choice(tmp_path, capsys):
    path = tmp_path / "Bewerbungen.xlsx"
    dashboard_first(path)
    code = main(["import", str(path), "--tracker", str(tmp_path / "t.sqlite"), "--create", "--sheet", "Pivottables"])
    assert code == 1
    assert "no column for 'company'" in capsys.readouterr().err
    assert read_tracker_sheet(path, sheet="Raw_data").notes == []  # the user's choice needs no reason
    with pytest.raises(InputError, match="no such sheet; sheets are Dashboard, Raw_data, Pivottables"):
        read_tracker_sheet(path, sheet="Nope")


def test_the_cli_imports_the_second_sheet_with_no_options(tmp_path, capsys):
    path = tmp_path / "Bewerbungen.xlsx"
    dashboard_first(path)
    tracker_path = tmp_path / "t.sqlite"
    main(["import", str(path), "--tracker", str(tracker_path), "--create", "--dry-run"])
    assert "read sheet 'Raw_data' of 3" in capsys.readouterr().out
    main(["import", str(path), "--tracker", str(tracker_path), "--create", "--status", "offen=applied"])
    with Tracker.open(tracker_path) as t:
        assert len(t.applications) == 4


def test_an_ods_workbook_is_chosen_the_same_way(tracker, tmp_path):
    path = tmp_path / "Bewerbungen.ods"
    with pd.ExcelWriter(path, engine="odf") as writer:
        pd.DataFrame({"Summary": ["Applications", "Rejections"], "n": [4, 2]}).to_excel(
            writer, sheet_name="Dashboard", index=False
        )
        pd.DataFrame(RAW[1:], columns=RAW[0]).to_excel(writer, sheet_name="Raw_data", index=False)
    assert sheet_choices(path)["chosen"].tolist() == [False, True]
    result = import_source(tracker, path, status_map={"offen": "applied"})
    assert (result.detected["sheet"], result.rows_imported) == ("Raw_data", 4)
    assert tracker.applications["applied_on"].notna().all()


def test_a_workbook_with_no_tracker_anywhere_still_says_no_company_column(tmp_path):
    path = tmp_path / "summary.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Month", "Count"])
    book.active.append(["March", 4])
    book.create_sheet("Notes").append(["Ideas"])
    book.save(path)
    assert sheet_choices(path)["chosen"].tolist() == [True, False]  # the first sheet, as before
    with pytest.raises(InputError, match="no column for 'company'"):
        plan_sheet(path)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["Company Name (website)", "Date applied"], "Company Name (website)"),
        (["Company Name + Link", "Job Title"], "Company Name + Link"),
        (["Name", "Application URL", "Date", "Stage"], "Name"),
        (["Name", "Contact name", "Date"], "Name"),
        (["Companion", "Date"], None),  # a word that only starts like one
        (["Name", "Nom", "Date"], None),  # two columns of names: no guess
    ],
)
def test_company_column_by_its_header_words(headers, expected):
    assert company_column(headers, "jobs.csv")[0] == expected


def test_a_log_kept_one_sheet_a_month_imports_every_month_without_options(tmp_path):
    """ "Jan", "Feb", "Mar" under one header: each sheet in turn; a row copied onto the next month
    updates its application with the newer status; a totals row is no application; a problem names
    its sheet."""
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.active["A1"] = "Applying since January; the month sheets hold the log."
    header = ["Date", "Company", "Role", "Status"]
    months = {
        "Jan": [[dt.datetime(2025, 1, 6), "Acme Lab", "Analyst", "Applied"],
                [dt.datetime(2025, 1, 9), "Globex", "Planner", "Rejected"]],
        "Feb": [[dt.datetime(2025, 1, 6), "Acme Lab", "Analyst", "Phone screen"],
                [dt.datetime(2025, 2, 3), "Initech", "Analyst", "Applied"],
                [None, None, None, None],
                ["Total", 2, None, None]],
        "Mar": [[dt.datetime(2025, 3, 4), "Umbrella", "Analyst", "Applied"],
                ["soon", "Hooli", "Planner", "Applied"]],
    }  # fmt: skip
    for name, rows in months.items():
        sheet = book.create_sheet(name)
        for row in [header, *rows]:
            sheet.append(row)
    path = tmp_path / "applications 2025 by month.xlsx"
    book.save(path)
    tracker = Tracker.create(tmp_path / "t.sqlite")
    result = import_source(tracker, path)
    apps = tracker.applications.set_index("company")
    assert sorted(apps.index) == ["Acme Lab", "Globex", "Hooli", "Initech", "Umbrella"]
    assert apps.at["Acme Lab", "stored_status"] == "interviewing"  # February's word for January's row
    assert (result.rows_imported, result.rows_updated, result.rows_rejected) == (5, 1, 1)
    assert result.warnings[0] == "read 3 sheets of the tracker, one after another: 'Jan', 'Feb', 'Mar'"
    messages = [str(p) for p in result.problems]
    assert (
        f"{path.name}, sheet 'Feb', row 5, column 'Company', value '2': a number, not a company: a totals row?"
        in messages
    )
    assert any(m.startswith(f"{path.name}, sheet 'Mar', row 3, column 'Date'") for m in messages)
    # the dry run's preview shows one month and says the import reads all three
    preview = plan_sheet(path)
    assert preview.warnings[0].startswith("this workbook keeps its tracker in 3 sheets ('Jan', 'Feb', 'Mar')")
    # each sheet's lists beside the tracker: a later month never overwrites an earlier one's
    assert (tmp_path / "t.rejects.Feb.csv").is_file() and (tmp_path / "t.problems.Mar.csv").is_file()
    assert "problems of sheet 'Feb' listed in" in " ".join(result.warnings)
    tracker.close()


def test_an_earlier_search_on_a_sheet_of_its_own_is_imported_beside_todays(tmp_path):
    """A dashboard, today's tracker, and "2023 search" with its own header, a title naming its
    seasons and dates without a year: both searches land, the old one in its own years."""
    book = openpyxl.Workbook()
    book.active.title = "Dashboard"
    book.active.append(["Total applications", 3])
    now = book.create_sheet("Tracker")
    now.append(["Date Applied", "Company", "Position", "Status"])
    for row in [
        [dt.datetime(2025, 2, 3), "Harbor Labs", "Analyst", "Applied"],
        [dt.datetime(2025, 2, 9), "Quill Data", "Analyst", "Rejected"],
    ]:
        now.append(row)
    old = book.create_sheet("2023 search")
    old.append(["first search - fall '22 -> spring '23"])
    old.append([])
    old.append(["Date", "Company", "Role", "Outcome"])
    for row in [
        ["Oct 27", "Tallow Works", "Planner", "rejected"],
        ["Jan 9", "Ovenbird", "Planner", "offer accepted"],
        ["Nov 3", "Fernhill", "Planner", "no response"],
    ]:
        old.append(row)
    path = tmp_path / "job search.xlsx"
    book.save(path)
    tracker = Tracker.create(tmp_path / "t.sqlite")
    result = import_source(tracker, path)
    apps = tracker.applications.set_index("company")
    assert sorted(apps.index) == ["Fernhill", "Harbor Labs", "Ovenbird", "Quill Data", "Tallow Works"]
    days = apps["applied_on"].map(lambda d: str(d)[:10])
    assert (days["Tallow Works"], days["Ovenbird"], days["Harbor Labs"]) == ("2022-10-27", "2023-01-09", "2025-02-03")
    assert apps.at["Ovenbird", "stored_status"] == "accepted"
    assert result.warnings[0] == "read 2 sheets of the tracker, one after another: 'Tracker', '2023 search'"
    tracker.close()


def test_a_sheet_of_people_beside_the_tracker_is_no_history(tmp_path):
    """ "Networking" lists people and their companies: never applications, though it has a company column."""
    book = openpyxl.Workbook()
    now = book.active
    now.title = "Applications"
    now.append(["Company", "Role", "Date Applied", "Status"])
    for row in [[dt.datetime(2025, 2, 3), "Harbor Labs", "Analyst", "Applied"]]:
        now.append([row[1], row[2], row[0], row[3]])
    people = book.create_sheet("Networking")
    people.append(["Name", "Company", "Title", "How we met", "Last contact"])
    for name, company in [("Sam Lee", "Quill Data"), ("Ana Ruiz", "Ovenbird"), ("Jo Park", "Tallow Works")]:
        people.append([name, company, "Engineer", "meetup", dt.datetime(2025, 2, 1)])
    old = book.create_sheet("Old (2021)")
    old.append(["2021 search"])
    old.append([])
    old.append(["Co.", "Job", "Date", "Result"])
    for row in [
        ["Fernhill", "Planner", "Mar 3", "rejected"],
        ["Birchway", "Planner", "Mar 9", "no response"],
        ["Cobalt", "Planner", "Apr 2", "offer accepted"],
    ]:
        old.append(row)
    path = tmp_path / "Job Search 2025.xlsx"
    book.save(path)
    tracker = Tracker.create(tmp_path / "t.sqlite")
    import_source(tracker, path)
    assert sorted(tracker.applications["company"]) == ["Birchway", "Cobalt", "Fernhill", "Harbor Labs"]
    tracker.close()


def test_a_sheet_a_month_with_the_day_alone_takes_its_month_from_the_sheet_and_its_year_from_the_file(tmp_path):
    """'Jan' and 'Feb' hold "Day" 3, 19 ...; only the file's name says 2023; a totals row closes each sheet."""
    book = openpyxl.Workbook()
    for title, rows in (("Jan", [(3, "Harbor Labs"), (19, "Quill Data")]), ("Feb", [(2, "Ovenbird"), (27, "Tallow")])):
        sheet = book.active if title == "Jan" else book.create_sheet(title)
        sheet.title = title
        sheet.append(["Day", "Company", "Job", "Status"])
        for day, company in rows:
            sheet.append([day, company, "Administrator", "rejected"])
        sheet.append([])
        sheet.append(["TOTAL", "=COUNTA(B2:B3)", None, None])
    path = tmp_path / "job apps 2023.xlsx"
    book.save(path)
    tracker = Tracker.create(tmp_path / "t.sqlite")
    import_source(tracker, path)
    apps = tracker.applications.set_index("company")
    days = apps["applied_on"].map(lambda d: str(d)[:10])
    assert days.to_dict() == {
        "Harbor Labs": "2023-01-03",
        "Quill Data": "2023-01-19",
        "Ovenbird": "2023-02-02",
        "Tallow": "2023-02-27",
    }
    tracker.close()


def test_a_templates_form_lines_above_the_table_and_its_hidden_lists_sheet_are_not_the_tracker(tmp_path):
    """A "job search log" template: a title, a form line ("Name: | ... | Start date:") that names a
    column of names, instructions, then the table's header on row 6; its drop-down words on a hidden
    "Lists" sheet.  The header is the row that names the most fields, and the hidden sheet is no part."""
    path = tmp_path / "Job Search Log.xlsx"
    book = openpyxl.Workbook()
    log = book.active
    log.title = "Job Search Log"
    log.append(["JOB SEARCH LOG"])
    log.append(["Name:", "Sam Doe", None, "Job search start date:", None, dt.datetime(2025, 9, 1)])
    log.append(["Enter one application per row and pick a Status from the drop-down list."])
    log.append([])
    log.append([])
    log.append(["Date Applied", "Company", "Position", "Source", "Status", "Notes"])
    log.append([dt.datetime(2025, 9, 3), "Acme", "Office Coordinator", "Indeed", "Not Selected", None])
    log.append([dt.datetime(2025, 9, 8), "Globex", "Receptionist", "LinkedIn", "Phone Screen", "call 9/12"])
    log.append([dt.datetime(2025, 9, 9), "Initech", "Clerk", "Referral", "Applied", None])
    lists = book.create_sheet("Lists")
    for row in (["Status", None, "Source"], ["Applied", None, "Indeed"], ["Phone Screen", None, "LinkedIn"],
                ["Not Selected", None, "Referral"], ["No Response", None, "Job fair"]):  # fmt: skip
        lists.append(row)
    lists.sheet_state = "hidden"
    book.save(path)
    picked = read_tracker_sheet(path)
    assert list(picked.sheet.frame.columns)[:3] == ["Date Applied", "Company", "Position"]
    assert "the header is on row 6" in picked.notes
    assert sheet_choices(path)["sheet"].tolist() == ["Job Search Log"]
    with Tracker.create(tmp_path / "t.sqlite", timezone="UTC") as t:
        import_source(t, path)
        assert sorted(t.applications["company"]) == ["Acme", "Globex", "Initech"]
