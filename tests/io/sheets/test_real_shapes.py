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


def test_a_numbers_export_with_the_tables_name_alone_on_line_one(tracker, tmp_path):
    """Numbers writes a table's name on a line of its own, without a delimiter, above a title and the header."""
    path = tmp_path / "Job Hunt-Applications.csv"
    path.write_text(
        "Applications\n"
        "Spring search (updated 4/30),,,\n"
        "Company,Position,Date Applied,Status\n"
        'Quillbright,"Program Manager, Supply","Jan 27, 2025",Rejected\n'
        'Harbor & Vane,Operations Lead,"Jan 28, 2025",Applied\n',
        encoding="utf-8",
    )
    result = import_source(tracker, path)
    assert result.rows_imported == 2
    apps = tracker.applications.sort_values("company")
    assert apps["role"].tolist() == ["Operations Lead", "Program Manager, Supply"]
    assert apps["applied_on"].astype(str).tolist() == ["2025-01-28", "2025-01-27"]


def test_a_nurses_workbook_with_a_sheet_per_month_under_a_facility_header(tracker, tmp_path):
    """ "Facility" names the employer; every month's sheet is part of the tracker, the empty ones add nothing."""
    path = tmp_path / "Devon job apps 2026.xlsx"
    book = openpyxl.Workbook()
    book.remove(book.active)
    header = ["Date", "Facility", "Position", "Unit", "Status"]
    months = {
        "Jan": [["2026-01-05", "Harbor Riverside Hospital", "RN - Neuro ICU", "Neuro", "Not selected"],
                ["2026-01-06", "Elm Medical Center", "RN - MICU", "MICU", "Not selected"]],
        "Feb": [["2026-02-02", "Harbor Cancer Hospital", "RN - Oncology ICU", "", "Not selected"]],
        "Mar": [],
        "Apr": [["2026-04-06", "Harbor Riverside Hospital", "RN - CVICU", "CVICU", "Offer"]],
    }  # fmt: skip
    for name, rows in months.items():
        sheet = book.create_sheet(name)
        sheet.append(header)
        for row in rows:
            sheet.append(row)
    book.save(path)
    result = import_source(tracker, path)
    assert result.rows_imported == 4
    assert sorted(tracker.applications["role"]) == ["RN - CVICU", "RN - MICU", "RN - Neuro ICU", "RN - Oncology ICU"]


def test_a_templates_drop_down_lists_are_no_applications(tracker, tmp_path):
    """A "Lists" sheet feeds the tracker's drop-downs (its statuses and sources): its cells are the tracker's own."""
    path = tmp_path / "Job Search Tracker.xlsx"
    book = openpyxl.Workbook()
    data = book.active
    data.title = "Tracker"
    data.append(["Company", "Position", "Date Applied", "Source", "Status", "Referral?"])
    sources = ["LinkedIn", "Indeed", "Company Website", "Referral", "Recruiter", "Glassdoor"]
    statuses = ["Applied", "Phone Screen", "Interviewed", "Rejected", "Offer Received", "No Response"]
    for i, company in enumerate(["Quillbright", "Harbor & Vane", "Tallowmere", "Ostara Labs", "Fennick", "Brightwell"]):
        data.append([company, "Analyst", f"2025-09-0{i + 1}", sources[i], statuses[i], "No"])
    lists = book.create_sheet("Lists")
    lists.append(["Status", "Source", "Yes/No"])
    for status, source, yes_no in zip(statuses, sources, ["Yes", "No", "", "", "", ""], strict=True):
        lists.append([status, source, yes_no])
    book.save(path)
    result = import_source(tracker, path)
    assert result.rows_imported == 6
    assert "Glassdoor" not in set(tracker.applications["company"])


def test_emoji_statuses_read_by_the_sheets_own_key_and_a_yes_no_column_is_no_status(tracker, tmp_path):
    """ "key: ✅ = moved forward · ❌ = rejected · ⏳ = waiting" above the table says what each emoji means; an
    "Excited?" column of yes and no says nothing of the application; the header typed again is no row."""
    path = tmp_path / "job hunt winter.csv"
    path.write_text(
        "JOB HUNT winter edition,,,,\n"
        "key: ✅ = moved forward · ❌ = rejected · ⏳ = waiting · 🎉 = offer,,,,\n"
        ",,,,\n"
        "when,company,role,status,Excited?\n"
        "2025-11-12,Quillbright,Product Designer,❌,No\n"
        "2025-11-14,Harbor & Vane,UX Designer,✅,Yes\n"
        "when,company,role,status,Excited?\n"
        "2025-11-19,Tallowmere,UX Designer,🎉,No\n",
        encoding="utf-8",
    )
    result = import_source(tracker, path)
    assert result.rows_imported == 3
    from followup_kit.analysis.waits import applications_as_of

    status = applications_as_of(tracker, as_of="2025-11-25").set_index("company")["status"].to_dict()
    assert status == {"Harbor & Vane": "interviewing", "Quillbright": "rejected", "Tallowmere": "offer"}


def test_a_polish_sheet_in_windows_1250_keeps_its_letters(tracker, tmp_path):
    path = tmp_path / "aplikacje_2025.csv"
    path.write_bytes("Firma;Stanowisko;Data wysłania;Status\n3M Wrocław;Planista;03.02.2025;odrzucona\n"
                     "LPP Gdańsk;Specjalista ds. zakupów;05.02.2025;wysłane\n".encode("cp1250"))  # fmt: skip
    import_source(tracker, path)
    assert sorted(tracker.applications["company"]) == ["3M Wrocław", "LPP Gdańsk"]


def test_checkbox_columns_say_applied_heard_back_and_rejected(tracker, tmp_path):
    """Google Sheets checkboxes export as TRUE and FALSE: "Rejected? TRUE" is a rejection, "Heard back? TRUE" an
    answer, "Applied? FALSE" a row not applied to yet; the dates are under "Date"."""
    path = tmp_path / "Job Apps 2026 - Tracker.csv"
    path.write_text(
        "Company,Position,Date,Applied?,Heard back?,Rejected?,Notes\n"
        "Quillbright,IT Support Analyst,7/6/2026,TRUE,TRUE,TRUE,auto rejection\n"
        "Harbor & Vane,Desktop Support,7/7/2026,TRUE,FALSE,FALSE,\n"
        "Tallowmere,Service Desk,7/9/2026,TRUE,TRUE,FALSE,phone screen went ok\n"
        "Brightwater,Help Desk,,FALSE,FALSE,FALSE,to apply this weekend\n",
        encoding="utf-8",
    )
    result = import_source(tracker, path)
    assert result.rows_imported == 3
    from followup_kit.analysis.waits import applications_as_of

    apps = applications_as_of(tracker, as_of="2026-07-15").set_index("company")
    assert apps["status"].to_dict() == {
        "Quillbright": "rejected",
        "Harbor & Vane": "applied",
        "Tallowmere": "interviewing",
    }
    assert apps["applied_on"].astype(str).str[:10].to_dict()["Tallowmere"] == "2026-07-09"


def test_a_contacts_table_under_the_applications_is_no_application(tracker, tmp_path):
    """Numbers and hand-made sheets keep a second table under the first: "CONTACTS" over "Name | Company | Role |
    Email | Notes", the company in another column.  Its title, header and people are left out, and a status word
    that says the job was never applied to ("Didn't apply (decided against)") leaves its row out too."""
    path = tmp_path / "Grad Job Hunt.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Company", "Role", "Applied", "Outcome", "Notes"])
    sheet.append(["Quillbright", "Graduate Engineer", "2025-03-03", "Unsuccessful", ""])
    sheet.append(["Harbor & Vane", "Graduate Program", None, "Didn't apply (decided against)", "not for me"])
    sheet.append(["Tallowmere", "Graduate Civil Engineer", "2025-03-10", "Pending", "Uber referral"])
    sheet.append([])
    sheet.append(["CONTACTS"])
    sheet.append(["Name", "Company", "Role", "Email", "Notes"])
    sheet.append(["Sam Okafor", "Quillbright", "Graduate recruitment", "sam@quillbright.example", "careers fair"])
    book.save(path)
    import_source(tracker, path)
    assert sorted(tracker.applications["company"]) == ["Quillbright", "Tallowmere"]


def test_a_yes_no_column_about_something_else_sent_leaves_its_rows_applied(tracker, tmp_path):
    """ "Cover letter sent? No" says nothing of whether the row was applied to: every row is imported."""
    path = tmp_path / "tracker.csv"
    path.write_text(
        "Company,Role,Date applied,Cover letter sent?\n"
        "Quillbright,Analyst,2026-03-02,Yes\n"
        "Harbor & Vane,Designer,2026-03-04,No\n"
        "Tallowmere,Engineer,2026-03-05,No\n",
        encoding="utf-8",
    )
    assert import_source(tracker, path).rows_imported == 3


def test_a_notes_app_export_with_each_rows_dates_told_by_stage(tracker, tmp_path):
    """ "applied 3/2, int 3/9" in a "Dates" column: each date takes the stage its word names."""
    path = tmp_path / "job apps - notes export.csv"
    path.write_text(
        "Job apps 2025;;;;\n"
        "Company; Role; Dates; Status; Notes\n"
        "Quillbright; Guest Services Coordinator; applied 3/2, int 3/9; no; went internal\n"
        "Harbor & Vane; Support Associate; 3/13; ghosted;\n"
        "Tallowmere; Success Coach; app 3/4, phone scrn 3/12, int 3/19; rejected;\n",
        encoding="utf-8",
    )
    result = import_source(tracker, path)
    assert result.rows_imported == 3
    assert any("column 'Dates' tells each row's dates by stage" in w for w in result.warnings)
    apps = tracker.applications.sort_values("company")
    assert apps["applied_on"].dt.strftime("%m-%d").tolist() == ["03-13", "03-02", "03-04"]


def test_a_workbook_of_monthly_sheets_with_a_timeline_column_imports_every_sheet(tracker, tmp_path):
    """A sheet a month, each telling its dates by stage ("applied 3/2, int 3/9"): each sheet's split is its
    own, never named back to the file as a column it lacks."""
    path = tmp_path / "job search.xlsx"
    book = openpyxl.Workbook()
    march = book.active
    march.title = "March"
    march.append(["Company", "Position", "Dates", "Status"])
    march.append(["Quillbright", "Analyst", "applied 3/2/2025, int 3/9/2025", "Rejected"])
    march.append(["Harbor & Vane", "Planner", "app 3/5/2025", "Applied"])
    april = book.create_sheet("April")
    april.append(["Company", "Position", "Dates", "Status"])
    april.append(["Tallowmere", "Clerk", "applied 4/3/2025, phone scrn 4/10/2025", "Interviewing"])
    april.append(["Birchline", "Assistant", "4/16/2025", "Applied"])
    book.save(path)
    result = import_source(tracker, path)
    assert result.rows_imported == 4
    apps = tracker.applications.sort_values("company")
    assert apps["applied_on"].dt.strftime("%Y-%m-%d").tolist() == [
        "2025-04-16",
        "2025-03-05",
        "2025-03-02",
        "2025-04-03",
    ]
