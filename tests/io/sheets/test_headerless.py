"""Sheets typed fast (this round's held-out trackers, rewritten by hand): no header row, a row
longer than the rest, one row per step of an application, stage columns of dates and ticks."""

from __future__ import annotations

from followup_kit.io.sources import import_source


def write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_sheet_with_no_header_row_imports_its_first_row_and_finds_its_columns_by_their_cells(tracker, tmp_path):
    """Line 1 is already an application; a row ends with a stray comma (one cell more than the others)."""
    rows = [
        ["11/18/24", "harbor", "swe new grad", "applied"],
        ["11/18", "Quill Data", "software engineer new grad", "rej"],
        ["11/19", "birchline", "SDE I", "OA done", ""],
        ["11/19", "Tallow", "Software Engineer", "ghosted"],
        ["11/20", "Mosswood", "new grad swe", "phone scrn"],
        ["12/2", "Alder", "Backend Engineer", "offer!!"],
    ]
    result = import_source(tracker, write(tmp_path, "jobs.csv", "".join(",".join(r) + "\n" for r in rows)))
    apps = tracker.applications.set_index("company")
    assert sorted(apps.index) == ["Alder", "Mosswood", "Quill Data", "Tallow", "birchline", "harbor"]
    assert apps.loc["harbor", "applied_on"].strftime("%Y-%m-%d") == "2024-11-18"
    assert apps.loc["Quill Data", "stored_status"] == "rejected" and apps.loc["Alder", "stored_status"] == "offer"
    assert apps.loc["birchline", "role"] == "SDE I"
    assert any("holds the company (by its cells" in w for w in result.warnings)


def test_a_log_of_one_row_per_step_is_one_application_per_job(tracker, tmp_path):
    text = (
        "Date,Company,Role,Stage\n"
        "8/4/2025,Harbor Labs,Data Analyst,applied\n"
        "8/4/2025,Quill,Analytics Engineer,applied\n"
        "8/5/2025,Birch,Data Analyst II,applied\n"
        "8/12/2025,Harbor Labs,Data Analyst,recruiter call\n"
        "8/13/2025,Birch,Data Analyst II,phone screen\n"
        "8/20/2025,Harbor Labs,Data Analyst,onsite\n"
        "8/29/2025,Harbor Labs,Data Analyst,rejected\n"
        "9/2/2025,Birch,Data Analyst II,offer - declined\n"
    )
    result = import_source(tracker, write(tmp_path, "job_hunt_log.csv", text))
    apps = tracker.applications.set_index("company")
    assert apps["stored_status"].to_dict() == {"Harbor Labs": "rejected", "Quill": "applied", "Birch": "withdrawn"}
    assert apps["applied_on"].dt.strftime("%Y-%m-%d").to_dict() == {
        "Harbor Labs": "2025-08-04", "Quill": "2025-08-04", "Birch": "2025-08-05"}  # fmt: skip
    said = {p.row: p.reason for p in result.problems}
    assert said[5] == "a later step of the application on row 2 (the sheet logs one row per step)"
    assert len(tracker.interviews) == 3  # the recruiter call, the onsite and the phone screen


def test_the_same_job_a_year_later_is_a_new_application_not_a_step(tracker, tmp_path):
    text = (
        "Date,Company,Role,Status\n"
        "3/10/2022,Harbor Labs,Data Engineer,rejected\n"
        "3/11/2022,Quill,Data Engineer,no response\n"
        "10/14/2025,Harbor Labs,Data Engineer,applied\n"
        "10/15/2025,Quill,Data Engineer,interviewing\n"
    )
    import_source(tracker, write(tmp_path, "history.csv", text))
    assert len(tracker.applications) == 4


def test_stage_columns_of_dates_and_ticks_give_the_stage_reached(tracker, tmp_path):
    text = (
        "Company,Role,Applied,Screen,Interview,Offer,Rejected\n"
        "Harbor,Designer,2025-01-06,2025-01-20,2025-02-03,,2025-02-14\n"
        "Quill,Designer,2025-01-07,,,,✓\n"
        "Birch,Designer,2025-01-10,2025-01-24,2025-02-06,2025-02-21,\n"
        "Tallow,Designer,2025-01-11,✓,,,\n"
        "Alder,Designer,2025-01-12,,,,2025-01-30\n"
    )
    result = import_source(tracker, write(tmp_path, "pipeline.csv", text))
    status = tracker.applications.set_index("company")["stored_status"].to_dict()
    assert status["Quill"] == "rejected" and status["Tallow"] == "interviewing"
    assert not [p for p in result.problems if "not a date" in p.reason]  # a tick is no unreadable date
    kinds = tracker.events.merge(tracker.applications, on="application_id").set_index("company")["kind"].to_dict()
    assert kinds["Harbor"] == "rejection" and kinds["Birch"] == "offer"


def test_a_day_number_pasted_as_text_is_read_as_its_date(tracker, tmp_path):
    """ "45901" beside "14/09/2025": a spreadsheet's date pasted as its day number."""
    text = "Company,Role,Date Applied,Status\nHarbor,Analyst,45901,Unsuccessful\nQuill,Analyst,14/09/2025,Vacancy withdrawn by employer\n"
    result = import_source(tracker, write(tmp_path, "applications_export.csv", text))
    apps = tracker.applications.set_index("company")
    assert apps["applied_on"].dt.strftime("%Y-%m-%d").to_dict() == {"Harbor": "2025-09-01", "Quill": "2025-09-14"}
    assert apps.loc["Quill", "stored_status"] == "rejected"  # the employer took the vacancy back
    assert "a spreadsheet's day number" in " ".join(g["why"] for g in result.guesses)
