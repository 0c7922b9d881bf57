"""Importing flat sheets (CSV, XLSX) and kit exports: every feature on small literal files."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pandas as pd
import pytest
from helpers import REAL_LOG
from hypothesis import given
from hypothesis import strategies as st

from followup_kit.errors import FollowupKitError, InputError
from followup_kit.io.import_result import ImportResult
from followup_kit.io.sheets.columns import normalise_header
from followup_kit.io.sources import import_source
from followup_kit.store.tracker import Tracker

REAL = REAL_LOG
REAL_MAPPING = {
    "Date sent": "applied_on",
    "Response?": "status",
    "Date Interview": "interview_on",
    "Date of 1st Response": "first_response_on",
    "Position": "role",
    "Application site": "source",
    "Company Type": "industry",
}
REAL_STATUS = {"Inter + Rejec": "rejected", "Position Removed": "withdrawn"}


def write(tmp_path, text, name="jobs.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def snapshot(tracker):
    return {name: frame.to_dict("list") for name, frame in tracker.tables().items()}


# --- the basics -----------------------------------------------------------------------


def test_flat_sheet_creates_applications_events_and_interviews(tracker, tmp_path):
    path = write(
        tmp_path,
        "company,role,applied_on,status,first_response_on,interview_on,offer_on,referrer,notes\n"
        "Acme,Analyst,2026-09-01,Offer,2026-09-03,2026-09-10,2026-09-20,Rita Ref,hello\n"
        "Globex,Engineer,2026-09-02,Rejected,,,,,\n",
    )
    result = import_source(tracker, path)
    assert isinstance(result, ImportResult)
    assert (result.rows_read, result.rows_imported, result.rows_rejected) == (2, 2, 0)
    apps = tracker.applications
    assert apps["status"].tolist() == ["offer", "rejected"]
    assert apps["stored_status"].tolist() == ["offer", "rejected"]
    assert apps["external_id"].tolist() == ["sheet:acme|analyst|2026-09-01", "sheet:globex|engineer|2026-09-02"]
    events = tracker.events
    assert events[["kind", "on"]].astype(str).values.tolist() == [["response", "2026-09-03"], ["offer", "2026-09-20"]]
    iv = tracker.interviews
    assert iv.loc[0, "starts_at"].isoformat() == "2026-09-10T09:00:00-04:00"
    assert tracker.participants.empty
    ref = tracker.contacts
    assert ref[["name", "relation"]].values.tolist() == [["Rita Ref", "referrer"]]
    assert apps.loc[0, "referrer_id"] == ref.loc[0, "contact_id"]
    assert str(result).startswith("jobs.csv: 2 rows read: 2 imported, 0 updated, 0 rejected")


def test_headers_match_loosely_and_unknown_columns_are_reported(tracker, tmp_path):
    path = write(
        tmp_path,
        "COMPANY NAME,Job_Title,Date Applied,Salary,Interview 1,Round 2 date,2nd interview\n"
        'Acme,Analyst,2026-09-01,"55,000",2026-09-05,2026-09-09,2026-09-12\n',
    )
    result = import_source(tracker, path)
    assert result.unknown_columns == ["Salary"]
    assert result.columns["Interview 1"] == result.columns["Round 2 date"] == "interview_on"
    assert len(tracker.interviews) == 3
    assert normalise_header("Date of 1st-Response?") == "dateof1stresponse"


def test_mapping_overrides_aliases_and_can_ignore(tracker, tmp_path):
    path = write(tmp_path, "Firm,Job,Title,When\nAcme,Analyst,Ignored title,2026-09-01\n")
    result = import_source(
        tracker, path, mapping={"Firm": "company", "Job": "role", "When": "applied_on", "Title": "ignore"}
    )
    assert tracker.applications.loc[0, "role"] == "Analyst"
    assert "Title" not in result.columns and result.unknown_columns == []


def test_bad_mapping_is_a_clear_error(tracker, tmp_path):
    path = write(tmp_path, "company,role\nAcme,Analyst\n")
    with pytest.raises(InputError, match=r"--map Nope=company: the file has no column 'Nope'"):
        import_source(tracker, path, mapping={"Nope": "company"})
    with pytest.raises(InputError, match=r"'salary' is not a field; fields are company, role"):
        import_source(tracker, path, mapping={"role": "salary"})
    with pytest.raises(InputError, match=r"no column for 'company'; name it with --map \"Your column=company\""):
        import_source(tracker, write(tmp_path, "place,x\nAcme,1\n", "b.csv"))


# --- status words -----------------------------------------------------------------------


def test_status_words_default_and_mapped(tracker, tmp_path):
    path = write(
        tmp_path,
        "company,role,applied_on,status\n"
        "A,r,2026-09-01,GHOSTED\nB,r,2026-09-01,No response\nC,r,2026-09-01,interview\n"
        "D,r,2026-09-01,Inter + Rejec\nE,r,2026-09-01,withdrawn\nF,r,2026-09-01,Accepted\n",
    )
    import_source(tracker, path, status_map={"inter + rejec": "rejected"})
    assert tracker.applications["stored_status"].tolist() == [
        "ghosted",
        "ghosted",
        "interviewing",
        "rejected",
        "withdrawn",
        "accepted",
    ]
    # a ghosted status without ghosted_on is dated on the latest date of its row
    # ... and an interview without a date is news on the day of the import (a reply that day)
    assert tracker.events[["kind"]].value_counts().to_dict() == {("ghosted",): 2, ("response",): 1}


def test_unknown_status_words_are_questions_with_counts_not_refusals(tracker, tmp_path):
    path = write(tmp_path, "company,role,status\nA,r,Pondering\nB,r,pondering\nC,r,Blue Moon\nD,r,Rejected\n")
    result = import_source(tracker, path)
    assert [(q["word"], q["rows"]) for q in result.questions] == [("Pondering", 2), ("Blue Moon", 1)]
    assert "2 status words to answer: 'Pondering' (2 rows), 'Blue Moon' (1 row)" in str(result)
    assert result.problems == [] and result.rows_imported == 4
    assert tracker.applications["stored_status"].tolist() == [None, None, None, "rejected"]
    assert tracker.applications["notes"].tolist()[2] == "Status in the sheet: Blue Moon"
    with pytest.raises(InputError, match=r"--status X=lost: 'lost' is not a status"):
        import_source(tracker, path, status_map={"X": "lost"})


def test_teal_export_headers_and_json_status(tracker, tmp_path):
    path = write(
        tmp_path,
        "id,company_name,role,statusName,location,url,excitement,source,min_salary,added_at,applied_at,status\n"
        'tj1,Acme,Analyst,,NYC,https://example.com/j/1,3,LinkedIn,"90,000",2026-08-30,2026-09-01,'
        '"{""name"": ""Interviewing"", ""id"": 3}"\n'
        "tj2,Globex,Engineer,Bookmarked,,,,,,2026-08-30,,\n",
    )
    result = import_source(tracker, path)
    assert result.detected["flavour"] == "teal"
    assert (result.rows_imported, result.rows_skipped, result.skipped) == (1, 1, [3])
    app = tracker.applications.iloc[0]
    assert (app["external_id"], app["stored_status"], app["location"]) == ("teal:tj1", "interviewing", "NYC")
    assert set(result.unknown_columns) == {"excitement", "min_salary", "added_at"}
    assert "1 skipped (not applied yet)" in str(result)


def test_huntr_jobs_export(tracker, tmp_path):
    path = write(
        tmp_path,
        "id,createdAt,title,salary,location,url,deadline,lastMovedAt,listName,companyName,"
        "companyDomain\n"
        "h1,2026-09-01T10:00:00Z,Analyst,,Remote,,,,Applied,Acme,acme.example.com\n"
        "h2,2026-09-01T10:00:00Z,Engineer,,Remote,,,,Wishlist,Globex,\n"
        "h3,2026-09-01T10:00:00Z,Lead,,Remote,,,,Interview,Initech,\n",
    )
    result = import_source(tracker, path)
    assert result.detected["flavour"] == "huntr"
    assert tracker.applications[["external_id", "stored_status"]].values.tolist() == [
        ["huntr:h1", "applied"],
        ["huntr:h3", "interviewing"],
    ]
    assert result.rows_read == result.rows_imported + result.rows_skipped == 3


# --- files from spreadsheet programs ----------------------------------------------------------


@pytest.mark.parametrize(
    "encoding,detected", [("utf-8-sig", "utf-8-sig"), ("cp1252", "cp1252"), ("utf-16", "utf-16"), ("utf-8", "utf-8")]
)
def test_encodings(tracker, tmp_path, encoding, detected):
    path = write(
        tmp_path, "Company;Role;Applied on\r\nSociété Générale;Analyste données;2026-09-01\r\n", encoding=encoding
    )
    result = import_source(tracker, path)
    assert result.detected["encoding"] == detected and result.detected["delimiter"] == ";"
    assert tracker.applications.loc[0, ["company", "role"]].tolist() == ["Société Générale", "Analyste données"]


def test_tab_delimiter_and_thousands_separators(tracker, tmp_path):
    path = write(
        tmp_path,
        "company\trole\tsalary\tapplied_on\nAcme\tAnalyst\t1.234.567\t2026-09-01\n"
        "Globex, Inc.\tEngineer\t55,000\t2026-09-02\n",
    )
    result = import_source(tracker, path)
    assert result.detected["delimiter"] == "\t" and result.unknown_columns == ["salary"]
    assert tracker.applications["company"].tolist() == ["Acme", "Globex, Inc."]


def test_semicolon_file_with_comma_numbers_in_quotes(tracker, tmp_path):
    path = write(tmp_path, 'Company;Role;Salary\n"Acme, Ltd";Analyst;"55.000,00"\n')
    import_source(tracker, path)
    assert tracker.applications.loc[0, "company"] == "Acme, Ltd"


@pytest.mark.parametrize("text", ["", "   \n\n", "\ufeff"])
def test_empty_file_is_a_clear_error(tracker, tmp_path, text):
    with pytest.raises(InputError, match=r"^jobs.csv: the file is empty"):
        import_source(tracker, write(tmp_path, text))


def test_blank_rows_are_ignored_and_row_numbers_stay_true(tracker, tmp_path):
    path = write(tmp_path, "company,role,applied_on\nAcme,A,2026-09-01\n,,\n\nGlobex,B,not a date\n")
    result = import_source(tracker, path)
    assert [str(p) for p in result.problems] == [
        "jobs.csv, row 5, column 'applied_on', value 'not a date': not a date; write it as YYYY-MM-DD (for example "
        "2026-03-02)"
    ]
    assert tracker.applications["company"].tolist() == ["Acme", "Globex"]


def test_spreadsheet_error_cells(tracker, tmp_path):
    path = write(
        tmp_path,
        "company,role,applied_on,Days Since\nAcme,#REF!,2026-09-01,#REF!\n"
        "Globex,B,#N/A,#DIV/0!\nInitech,C,2026-09-01,#VALUE!\n",
    )
    result = import_source(tracker, path)
    assert [str(p) for p in result.problems] == [
        "jobs.csv, row 2, column 'role', value '#REF!': a spreadsheet error cell; fix the formula or clear the cell",
        "jobs.csv, row 3, column 'applied_on', value '#N/A': a spreadsheet error cell; fix the formula or clear the cell",
    ]
    assert "2 cells could not be read and were left empty" in str(result)
    apps = tracker.applications
    assert apps["role"].tolist() == [None, "B", "C"] and apps["applied_on"].isna().tolist() == [False, True, False]
    listed = pd.read_csv(result.problems_path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert result.problems_path == tmp_path / "t.problems.csv" or result.problems_path.name.endswith(".problems.csv")
    assert listed.columns.tolist() == ["row", "column", "value", "problem", "done"]
    assert listed.values.tolist()[0] == [
        "2",
        "role",
        "#REF!",
        "a spreadsheet error cell; fix the formula or clear the cell",
        "cell left empty",
    ]


def test_xlsx_with_datetime_cells_and_sheet_choice(tracker, tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    first = book.active
    first.title = "Notes"
    first.append(["nothing here"])
    ws = book.create_sheet("Jobs")
    ws.append(["Company", "Role", "Applied", "Interview", "Status", "Fee"])
    ws.append(["Acme", "Analyst", dt.datetime(2026, 9, 1), dt.datetime(2026, 9, 8, 14, 0), "Interview", 1234.0])
    ws.append(["Globex", "Engineer", "02/09/2026", None, "#N/A", None])  # #N/A in status: a used field
    book.save(tmp_path / "jobs.xlsx")
    with pytest.raises(InputError, match=r"no such sheet; sheets are Notes, Jobs"):
        import_source(tracker, tmp_path / "jobs.xlsx", sheet="Other")
    result = import_source(tracker, tmp_path / "jobs.xlsx", sheet="Jobs", dayfirst=True, skip_invalid=True)
    assert [str(p) for p in result.problems] == [
        "jobs.xlsx, row 3, column 'Status', value '#N/A': a spreadsheet error cell; fix the formula or clear the cell"
    ]
    assert (result.rows_imported, result.rows_rejected) == (2, 0)
    assert tracker.applications["applied_on"].dt.strftime("%Y-%m-%d").tolist() == ["2026-09-01", "2026-09-02"]
    assert tracker.interviews.loc[0, "starts_at"].isoformat() == "2026-09-08T09:00:00-04:00"


def test_old_xls_is_refused(tracker, tmp_path):
    with pytest.raises(InputError, match=r"cannot read .xls files; save the sheet as .xlsx or .csv"):
        import_source(tracker, write(tmp_path, "x", "jobs.xls"))


# --- dates --------------------------------------------------------------------------------------


def test_day_first_detected_from_unambiguous_values(tracker, tmp_path):
    path = write(tmp_path, "company;role;applied_on;interview_on\nA;r;14.11.2021;03.12.2021\nB;r;02.11.2021;\n")
    result = import_source(tracker, path)
    assert result.detected["dates"] == "day-first dates"
    assert tracker.applications["applied_on"].dt.strftime("%Y-%m-%d").tolist() == ["2021-11-14", "2021-11-02"]


def test_month_first_detected(tracker, tmp_path):
    path = write(tmp_path, "company,role,applied_on\nA,r,11/14/2021\nB,r,2/3/2022\n")
    import_source(tracker, path)
    assert tracker.applications["applied_on"].dt.strftime("%Y-%m-%d").tolist() == ["2021-11-14", "2022-02-03"]


def test_ambiguous_dates_are_read_by_a_guess_that_is_listed(tracker, tmp_path):
    path = write(tmp_path, "company,role,applied_on\nA,r,02/03/2022\nB,r,05/05/2022\n")
    result = import_source(tracker, path)
    assert result.guesses == [
        {
            "row": 2,
            "column": "applied_on",
            "value": "02/03/2022",
            "read_as": "2022-02-03",
            "why": "could be day-first or month-first; read as month-first like the other dates of the file",
        }
    ]
    assert "(utf-8, ',', month-first dates)" in str(result)


def test_ambiguous_dates_follow_the_users_choice(tracker, tmp_path):
    path = write(tmp_path, "company,role,applied_on\nA,r,02/03/2022\nB,r,05/05/2022\n")
    assert import_source(tracker, path, dayfirst=True).guesses == []
    assert str(tracker.applications.loc[0, "applied_on"].date()) == "2022-03-02"


def test_month_first_choice(tracker, tmp_path):
    import_source(tracker, write(tmp_path, "company,role,applied_on\nA,r,02/03/2022\n"), dayfirst=False)
    assert str(tracker.applications.loc[0, "applied_on"].date()) == "2022-02-03"


def test_mixed_day_and_month_first_are_read_cell_by_cell(tracker, tmp_path):
    path = write(tmp_path, "company,role,applied_on,first_response_on\nA,r,14/11/2021,\nB,r,11/02/2021,11/20/2021\n")
    result = import_source(tracker, path)
    assert result.problems == []
    # 14/11 can only be day-first and 11/20 only month-first; 11/02 follows its own column (day-first)
    assert tracker.applications["applied_on"].dt.strftime("%Y-%m-%d").tolist() == ["2021-11-14", "2021-02-11"]
    assert tracker.events["on"].dt.strftime("%Y-%m-%d").tolist() == ["2021-11-20"]


def test_dates_against_the_chosen_order_and_impossible_days(tracker, tmp_path):
    path = write(tmp_path, "company,role,applied_on\nA,r,11/14/2021\nB,r,2021-02-30\nC,r,14 Nov 2021\nD,r,1/1/21\n")
    result = import_source(tracker, path, dayfirst=True)
    # 1/1/21 is LinkedIn's two-digit year: read; 11/14 cannot be day-first, as the user said all dates are
    assert [p.row for p in result.problems] == [2, 3]
    assert "no such day in the calendar (read as day-first)" in str(result.problems[0])
    assert tracker.applications["applied_on"].dt.strftime("%Y-%m-%d").fillna("").tolist() == [
        "",
        "",
        "2021-11-14",
        "2021-01-01",
    ]


def test_order_of_events_is_checked(tracker, tmp_path):
    path = write(
        tmp_path,
        "company,role,applied_on,first_response_on,interview_on,offer_on\n"
        "A,r,2026-09-10,2026-09-01,,\nB,r,2026-09-10,,2026-09-02,\n"
        "C,r,2026-09-01,,2026-09-20,2026-09-15\n",
    )
    result = import_source(tracker, path)
    lines = [str(p) for p in result.problems]
    assert lines == [
        "jobs.csv, row 2, column 'first_response_on', value '2026-09-01': the first response (2026-09-01) "
        "is before applied_on (2026-09-10)",
        "jobs.csv, row 3, column 'interview_on', value '2026-09-02': the interview (2026-09-02) is before "
        "applied_on (2026-09-10)",
        "jobs.csv, row 4, column 'offer_on', value '2026-09-15': the offer (2026-09-15) is before the first "
        "interview (2026-09-20)",
    ]


# --- all or nothing, skip invalid, idempotence ---------------------------------------------------


def test_a_row_without_a_company_is_listed_and_the_others_are_imported(interviewed, tmp_path):
    tracker = interviewed["tracker"]
    before = len(tracker.applications)
    path = write(tmp_path, "company,role,applied_on,referrer\nNew,r,2026-09-01,Someone New\n,bad,2026-09-01,\n")
    result = import_source(tracker, path)
    assert [str(p) for p in result.problems] == [
        "jobs.csv, row 3, column 'company', value '': is required; every application needs a company"
    ]
    assert (result.rows_imported, result.rows_rejected) == (1, 1)
    assert len(tracker.applications) == before + 1


def test_one_transaction_a_failure_while_writing_leaves_the_tracker_unchanged(interviewed, tmp_path, monkeypatch):
    from followup_kit.io.sheets import writer

    tracker = interviewed["tracker"]
    before = snapshot(tracker)
    path = write(tmp_path, "company,role,applied_on,referrer\nNew,r,2026-09-01,Someone New\n")

    def broken(*args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(writer, "_add_events", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        import_source(tracker, path)
    assert snapshot(tracker) == before


def test_skip_invalid_writes_rejects_and_accounts_for_every_row(tracker, tmp_path):
    path = write(
        tmp_path,
        "company,role,applied_on,extra\nA,r,2026-09-01,x\nB,r,31/31/2021,=1+2\n,C,2026-09-01,\nD,r,2026-09-02,\n",
    )
    result = import_source(tracker, path, skip_invalid=True)
    # B's impossible date is left empty (B is imported); the row without a company is not
    assert (result.rows_read, result.rows_imported, result.rows_rejected) == (4, 3, 1)
    assert result.rows_read == result.rows_imported + result.rows_updated + result.rows_rejected + result.rows_skipped
    assert result.rejects_path == tmp_path / "tracker.rejects.csv"
    assert (result.rejects_path.stat().st_mode & 0o777) == 0o600
    rejects = pd.read_csv(result.rejects_path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert rejects.columns.tolist() == ["company", "role", "applied_on", "extra", "problem"]
    assert rejects["role"].tolist() == ["C"]
    assert (
        rejects.loc[0, "problem"]
        == "jobs.csv, row 4, column 'company', value '': is required; every application needs a company"
    )
    assert "rejected rows written to" in str(result)
    # the rejects file, once fixed, imports like any sheet
    fixed = rejects.assign(company=["C"]).drop(columns="problem")
    fixed.to_csv(tmp_path / "fixed.csv", index=False)
    import_source(tracker, tmp_path / "fixed.csv")
    assert tracker.applications["company"].tolist() == ["A", "B", "D", "C"]
    # the sheet itself, its cells fixed, updates the rows it imported
    path.write_text("company,role,applied_on,extra\nA,r,2026-09-01,x\nB,r,2021-01-31,=1+2\nD,r,2026-09-02,\n")
    again = import_source(tracker, path)
    assert (again.rows_imported, again.rows_updated, again.problems) == (1, 2, [])
    assert tracker.applications.set_index("company").at["B", "applied_on"] is not pd.NaT


def test_rejects_path_can_be_chosen(tracker, tmp_path):
    path = write(tmp_path, "company,role\n,A\n")
    result = import_source(tracker, path, skip_invalid=True, rejects_path=tmp_path / "out" / ".." / "r.csv")
    assert result.rejects_path.name == "r.csv" and result.rows_imported == 0


def test_import_twice_updates_instead_of_duplicating(tracker, tmp_path):
    text = (
        "company,role,applied_on,status,first_response_on,Interview 1,Interview 2,notes\n"
        "Acme,Analyst,2026-09-01,Interview,2026-09-03,2026-09-10,2026-09-17,first\n"
        "Acme,Analyst,2026-09-01,Ghosted,,,,duplicate row\n"
    )
    path = write(tmp_path, text)
    first = import_source(tracker, path)
    counts = {k: len(v) for k, v in tracker.tables().items()}
    again = import_source(tracker, write(tmp_path, text.replace("first", "changed").replace(",Interview,", ",Offer,")))
    assert (first.rows_imported, again.rows_imported, again.rows_updated) == (2, 0, 2)
    assert {k: len(v) for k, v in tracker.tables().items()} == counts
    apps = tracker.applications
    assert apps["external_id"].tolist() == ["sheet:acme|analyst|2026-09-01", "sheet:acme|analyst|2026-09-01#2"]
    assert apps["notes"].tolist() == ["changed", "duplicate row"]
    assert apps["stored_status"].tolist() == ["offer", "ghosted"]


def test_blank_cells_do_not_erase_on_reimport(tracker, tmp_path):
    import_source(tracker, write(tmp_path, "id,company,role,notes\n7,Acme,Analyst,keep me\n"))
    import_source(tracker, write(tmp_path, "id,company,role,notes\n7,Acme,Senior Analyst,\n"))
    assert tracker.applications[["role", "notes", "external_id"]].values.tolist() == [
        ["Senior Analyst", "keep me", "sheet:7"]
    ]


def test_duplicate_ids_in_one_file(tracker, tmp_path):
    result = import_source(tracker, write(tmp_path, "id,company,role\n7,A,r\n7,B,r\n"))
    assert [str(p) for p in result.problems] == [
        "jobs.csv, row 3, column 'id', value '7': the same id is on an earlier row of this file; this row is keyed "
        "by its company, role and date"
    ]
    assert tracker.applications["external_id"].tolist() == ["sheet:7", "sheet:b|r|"]


def test_formula_apostrophe_is_stripped_from_sheet_cells(tracker, tmp_path):
    import_source(tracker, write(tmp_path, "company,role\n'=Acme,'-Analyst\nO'Brien & Co,'Til dawn\n"))
    assert tracker.applications[["company", "role"]].values.tolist() == [
        ["=Acme", "-Analyst"],
        ["O'Brien & Co", "'Til dawn"],
    ]


# --- the real file -------------------------------------------------------------------------------


@pytest.fixture
def real_file(tmp_path):
    return Path(shutil.copy(REAL, tmp_path / REAL.name))


def test_real_file_imports_with_a_mapping(tracker, real_file):
    result = import_source(tracker, real_file, mapping=REAL_MAPPING, status_map=REAL_STATUS)
    raw = pd.read_csv(real_file, dtype=str, keep_default_na=False)
    # hand count: 177 data rows, none blank, none invalid (the one #REF! is in 'Days Since', not imported);
    # row 171 copies row 169 cell for cell, so it is left out with its reason
    assert len(raw) == result.rows_read == 177
    assert (result.rows_imported, result.rows_rejected, result.rows_skipped) == (176, 1, 0)
    assert result.detected["dates"] == "month-first dates"
    assert "Days Since" in result.unknown_columns and raw.loc[108, "Days Since"] == "#REF!"
    apps = tracker.applications
    assert apps["stored_status"].value_counts().to_dict() == {
        "ghosted": 113,
        "rejected": 51,
        "interviewing": 9,
        "withdrawn": 1,
        "offer": 2,  # the author's 'Job Offer' column says Yes on a row whose status says Interview
    }
    assert len(tracker.interviews) == (raw["Date Interview"] != "").sum() == 9
    assert (tracker.events["kind"] == "response").sum() == (raw["Date of 1st Response"] != "").sum() == 64
    # the copied row is not a second application of the same key ('#2'); rows 21 and 22 (two roles) stay two
    assert not apps["external_id"].str.endswith("#2").any()
    assert apps["company"].eq("Landry's HR / Bubba Gump").sum() == 2
    again = import_source(tracker, real_file, mapping=REAL_MAPPING, status_map=REAL_STATUS)
    assert (again.rows_imported, again.rows_updated) == (0, 176)
    assert len(tracker.applications) == 176 and len(tracker.events) == 64 + 113


def test_real_file_response_times_match_the_authors_column(tracker, real_file):
    import_source(tracker, real_file, mapping=REAL_MAPPING, status_map=REAL_STATUS)
    t = tracker.tables()
    first = t["events"][t["events"]["kind"] == "response"].groupby("application_id")["on"].min()
    apps = t["applications"].set_index("application_id")
    days = (first - apps["applied_on"]).dt.days.reindex(apps.index)
    raw = pd.read_csv(real_file, dtype=str, keep_default_na=False).drop(index=169)  # row 171 repeats row 169
    author = pd.to_numeric(raw["Time to First Response"], errors="coerce")
    ours = pd.Series(days.to_numpy(), index=raw.index)
    differ = [
        (i + 2, author[i], ours[i])
        for i in raw.index
        if not (pd.isna(author[i]) and pd.isna(ours[i])) and author[i] != ours[i]
    ]
    explained = [
        (107, "Primerica: sent 8/2/2022, first response 8/4/2022 is 2 days; the author's column says 3"),
        (
            108,
            "Relia Quest: sent and answered on 8/15/2022 (0 days, as the author's own 'Time to Rejection' "
            "says); the author's 'Time to First Response' says 1",
        ),
    ]
    assert [(row, float(a), float(o)) for row, a, o in differ] == [(107, 3.0, 2.0), (108, 1.0, 0.0)]
    assert [row for row, _ in explained] == [row for row, _, _ in differ]
    assert raw.loc[108 - 2, "Time to Rejection"] == "0"
    assert raw.loc[107 - 2, "Company"] == "Primerica"


# --- robustness ----------------------------------------------------------------------------------

_cells = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)


@given(cells=st.lists(st.tuples(_cells, _cells, _cells, _cells), min_size=1, max_size=4))
def test_random_cells_never_crash_with_anything_but_the_kits_errors(tmp_path_factory, cells):
    folder = tmp_path_factory.mktemp("h")
    frame = pd.DataFrame(cells, columns=["company", "role", "applied_on", "status"])
    frame.to_csv(folder / "jobs.csv", index=False)
    with Tracker.create(folder / "t.sqlite", timezone="America/New_York") as t:
        try:
            result = import_source(t, folder / "jobs.csv", skip_invalid=True)
        except FollowupKitError:
            return
        assert result.rows_read == (
            result.rows_imported + result.rows_updated + result.rows_rejected + result.rows_skipped
        )


def test_a_blank_first_line_is_a_clear_error_not_a_pandas_one(tracker, tmp_path):
    # found by hypothesis in tests/test_bad_inputs.py: an empty header line, then a row "0"
    path = tmp_path / "blank-header.csv"
    path.write_text("\n\n0\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"blank-header.csv: the first line is empty, so the sheet has no header row"):
        import_source(tracker, path)
    assert tracker.applications.empty


def test_a_sheet_with_typos_in_its_headers_a_month_heading_and_a_copied_row_imports_without_options(tracker, tmp_path):
    """A tracker kept by hand: "Comapny", "Date Aplied", "Stauts"; "FEB" alone on a row between the
    months; a row copied twice (a trailing space and all).  Every application once, nothing asked."""
    text = (
        "Comapny,Postion,Date Aplied,Stauts,Notes\n"
        "Ramp,Software Engineer,2025-01-30,rejected :(,\n"
        "FEB,,,,\n"
        "Toast,Software Engineer I,2025-02-04,no response,\n"
        "Toast ,Software Engineer I,2025-02-04,No response,\n"
        "Klaviyo,Software Engineer I,2025-02-04,interviewing - round 2,\n"
    )
    result = import_source(tracker, write(tmp_path, text))
    apps = tracker.applications
    assert apps["company"].tolist() == ["Ramp", "Toast", "Klaviyo"]
    assert result.columns["Comapny"] == "company" and result.columns["Stauts"] == "status"
    assert result.columns["Date Aplied"] == "applied_on" and result.columns["Postion"] == "role"
    assert apps["stored_status"].tolist() == ["rejected", "ghosted", "interviewing"]
    reasons = sorted(str(p).split(": ", 1)[1] for p in result.problems)
    assert reasons == ["a month's heading, not an application", "repeats row 4: imported once"]
