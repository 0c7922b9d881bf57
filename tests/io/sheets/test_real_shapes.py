"""Invented sheets in the shapes of real public trackers (tests/io/sheets/SOURCES.md): no real row here."""

from __future__ import annotations

import openpyxl

from followup_kit.io.sheets.plan import plan_sheet
from followup_kit.io.sources import import_source


def test_a_bootcamp_research_workbook_with_a_decorated_company_header(tracker, tmp_path):
    """The "Job Search Tracker.xlsx" template: company and link in one cell, 1,000 formatted rows, no dates."""
    path = tmp_path / "Job Search Tracker.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(
        ["Company Name    -link company website", "Point of contact", " Job Title", "Job Listing", "Date applied"]
    )
    sheet.append(["Quillbright https://quillbright.example", "", "Junior Developer", "", ""])
    sheet.append(["Harbor & Vane https://harborvane.example", "a recruiter", "Software Engineer", "", ""])
    for row in range(4, 1001):  # formatted but empty rows, as the template has
        sheet.cell(row=row, column=1).number_format = "@"
    book.save(path)
    result = import_source(tracker, path)
    assert result.rows_imported == 2
    assert "column 'Company Name    -link company website' holds the company" in " ".join(result.warnings)
    assert tracker.applications["role"].tolist() == ["Junior Developer", "Software Engineer"]


def test_a_sankey_log_names_the_company_in_a_name_column(tmp_path):
    """``Name, Application URL, Date, Stage, Stage History``: the company is in "Name"."""
    path = tmp_path / "job_applications.csv"
    path.write_text(
        "Name,Application URL,Date,Stage,Stage History\n"
        "Quillbright SDE 1,https://careers.example/1,2024-11-05,Rejected,\"[{'stage': 'Applied'}]\"\n"
        "Harbor & Vane,https://careers.example/2,2024-11-08,Applied,\"[{'stage': 'Applied'}]\"\n"
        "Tallowmere,https://careers.example/3,2024-11-12,Rejected,\"[{'stage': 'Applied'}]\"\n",
        encoding="utf-8",
    )
    plan = plan_sheet(path)
    fields = dict(plan.columns[["source", "field"]].values.tolist())
    assert (fields["Name"], fields["Application URL"], fields["Stage"]) == ("company", "url", "status")
    assert plan.counts["to_import"] == 3
    assert "column 'Name' holds the company (the only column of names)" in plan.warnings


def test_a_quoted_csv_with_title_lines_above_its_header(tracker, tmp_path):
    """Every cell quoted, and two lines of title above the header (as people export from a sheet)."""
    path = tmp_path / "job_applications.csv"
    path.write_text(
        '"My applications, winter 2025","","",""\n'
        '"","","",""\n'
        '"Job Title","Company","Date Applied","Status"\n'
        '"Reporting Analyst","Quillbright","2025-01-17","Applied"\n'
        '"BI Developer","Harbor & Vane","2025-01-24","Rejected"\n',
        encoding="utf-8",
    )
    result = import_source(tracker, path)
    assert result.rows_imported == 2
    assert "the header is on row 3" in result.warnings
    apps = tracker.applications.sort_values("company")
    assert apps["applied_on"].astype(str).tolist() == ["2025-01-24", "2025-01-17"]
    assert apps["stored_status"].tolist() == ["rejected", "applied"]
