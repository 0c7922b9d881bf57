"""A first import goes cell by cell (followup_kit/io/sheets/rows.py and writer.py): invented sheets in the
shapes of real trackers (a German sheet with yes/no stage columns, an English one with typed dates)."""

from __future__ import annotations

import pandas as pd
import pytest

from followup_kit.io.sheets.plan import plan_sheet
from followup_kit.io.sheets.writer import remembered_status_map, write_parsed_sheet
from followup_kit.io.sources import import_source
from followup_kit.store.frames import with_status
from followup_kit.store.tracker import Tracker


@pytest.fixture
def tracker(tmp_path):
    with Tracker.create(tmp_path / "t.sqlite", timezone="Europe/Berlin") as t:
        yield t


def write(tmp_path, text, name="jobs.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def status_on(tracker, day):
    apps = tracker.tables()["applications"].drop(columns="status")
    out = with_status(apps, tracker.events, tracker.interviews, day=pd.Timestamp(day), timezone=tracker.timezone)
    return out["status"].tolist()


def test_a_sheet_typed_by_hand_imports_with_every_guess_listed(tracker, tmp_path):
    path = write(
        tmp_path,
        "Company,Role name,Applied Date,Phone,Result\n"
        "Amber Labs,Intern,8/82019,,\n"
        "Birch Co,Intern,8-Jul,8/5/2019 & 8/14/2019,Rejection :(\n"
        "Cedar,Intern,9/25/2019,,reeejected\n"
        "Dorado,,,,\n"
        ",Intern,9/26/2019,,Rejected\n"
        "Elm Works,Intern,8/3/2019 and 9/9/2019,,ongoing\n",
    )
    plan = plan_sheet(path)
    assert plan.counts["to_import"] == 5 and plan.counts["not_imported"] == 1 and plan.counts["questions"] == 0
    assert plan.guesses[["row", "column", "value", "read_as"]].values.tolist() == [
        [2, "Applied Date", "8/82019", "2019-08-08"],
        [3, "Applied Date", "8-Jul", "2019-07-08"],
        [3, "Phone", "8/5/2019 & 8/14/2019", "2019-08-05"],
        [7, "Applied Date", "8/3/2019 and 9/9/2019", "2019-08-03"],
    ]
    text = plan.to_text()
    assert "row 3, column 'Applied Date', value '8-Jul': read as 2019-07-08 (no year: read in 2019" in text
    result = import_source(tracker, path)
    assert result.rows_read == result.rows_imported + result.rows_rejected == 6
    apps = tracker.applications.set_index("company")
    assert apps["stored_status"].to_dict() == {
        "Amber Labs": None,
        "Birch Co": "rejected",
        "Cedar": "rejected",
        "Dorado": None,
        "Elm Works": "applied",
    }
    assert apps["applied_on"].notna().sum() == 4  # every applied date a person can read
    # the second date of a cell is a later round
    iv = tracker.interviews.merge(tracker.applications[["application_id", "company"]])
    assert iv.groupby("company")["starts_at"].count().to_dict() == {"Birch Co": 1, "Elm Works": 1}


def test_yes_no_stage_columns_give_the_stage_reached_without_a_date(tracker, tmp_path):
    path = write(
        tmp_path,
        "Firma;Beworben am;Kennenlerngespräch;Zweitgespräch;Status\n"
        "Ahorn GmbH;03.02.2025;ja;nein;offen\n"
        "Birke AG;04.02.2025;nein;nein;offen\n"
        "Ckiefer KG;05.02.2025;ja;ja;Absage\n"
        "Douglasie;06.02.2025;✓;;\n",
    )
    plan = plan_sheet(path)
    fields = dict(zip(plan.columns["source"], plan.columns["field"], strict=True))
    assert fields["Kennenlerngespräch"] == fields["Zweitgespräch"] == "interviewed"
    import_source(tracker, path)
    assert tracker.applications["stored_status"].tolist() == ["interviewing", "applied", "rejected", "interviewing"]
    assert tracker.interviews.empty  # no date invented


def test_a_status_without_a_date_is_news_on_the_import_day(tmp_path):
    path = write(tmp_path, "Company,Applied,Status\nAcme,2026-01-05,Interview\nGlobex,2026-01-05,Applied\n")
    with Tracker.create(tmp_path / "t.sqlite", timezone="UTC") as t:
        write_parsed_sheet(t, plan_sheet(path).parsed, as_of="2026-03-06")
        # applied 60 days before the import, "Interview" without a date: not ghosted on the day it is imported
        assert status_on(t, "2026-03-06") == ["interviewing", "ghosted"]
        # ... its silence starts at the import
        assert status_on(t, "2026-04-04") == ["interviewing", "ghosted"]
        assert status_on(t, "2026-05-01") == ["ghosted", "ghosted"]
        # importing the sheet again later adds no second piece of news
        write_parsed_sheet(t, plan_sheet(path).parsed, as_of="2026-04-20")
        assert t.events["on"].dt.strftime("%Y-%m-%d").tolist() == ["2026-03-06"]


def test_an_answer_is_remembered_for_the_next_import_of_that_sheet(tracker, tmp_path):
    path = write(tmp_path, "Company,Applied,Status\nAcme,2025-01-06,Blue Moon\nGlobex,2025-01-07,Blue Moon\n")
    first = import_source(tracker, path)
    assert [(q["word"], q["rows"]) for q in first.questions] == [("Blue Moon", 2)]
    import_source(tracker, path, status_map={"Blue Moon": "withdrawn"})
    assert remembered_status_map(tracker, "jobs.csv") == {"Blue Moon": "withdrawn"}
    again = import_source(tracker, path)  # no answer given this time: the last one is used
    assert again.questions == [] and again.rows_updated == 2
    assert tracker.applications["stored_status"].tolist() == ["withdrawn", "withdrawn"]
    assert remembered_status_map(tracker, "other.csv") == {}


def test_the_problems_csv_lists_every_cell_left_empty_and_every_row_left_out(tracker, tmp_path):
    path = write(
        tmp_path,
        "Company,Applied,Interview 1\nAcme,2025-02-30,\n,2025-01-02,\nGlobex,2025-03-10,2025-03-01\n",
    )
    result = import_source(tracker, path)
    listed = pd.read_csv(result.problems_path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert listed[["row", "column", "value", "done"]].values.tolist() == [
        ["2", "Applied", "2025-02-30", "cell left empty"],
        ["3", "Company", "", "row not imported"],
        ["4", "Interview 1", "2025-03-01", "cell left empty"],
    ]
    assert result.rows_read == result.rows_imported + result.rows_rejected
    assert tracker.applications["company"].tolist() == ["Acme", "Globex"] and tracker.interviews.empty


def test_a_file_without_a_company_column_is_still_refused_with_the_reason(tracker, tmp_path):
    from followup_kit.errors import InputError

    with pytest.raises(InputError, match=r"jobs.csv: no column for 'company'"):
        import_source(tracker, write(tmp_path, "Role,Applied\nAnalyst,2025-01-02\n"))


#: A Google Sheets download: a title with a season, a "last updated" line, checkbox template rows.
_NO_YEARS = (
    ",JOB SEARCH TRACKER {title},,,\n"
    ",Last updated: 2/24,,,\n"
    ",,,,\n"
    ",Company,Position,Date Applied,Followed up?\n"
    ",Harbor Labs,Analyst,11/4,FALSE\n"
    ",Quill Data,Engineer,12/28,TRUE\n"
    ",Birch Co,Analyst,1/6,FALSE\n"
    ",Tallow Works,Planner,2/14,FALSE\n"
    ",,,,FALSE\n"
    ",,,,FALSE\n"
)


def test_dates_without_a_year_take_it_from_the_season_in_the_title(tracker, tmp_path):
    """ "2024-25" over dates that run from November to February: November is 2024, February 2025;
    the template's unticked rows below are blank rows, not applications without a company."""
    result = import_source(tracker, write(tmp_path, _NO_YEARS.format(title="2024-25")))
    apps = tracker.applications.set_index("company")
    assert apps["applied_on"].dt.strftime("%Y-%m-%d").to_dict() == {
        "Harbor Labs": "2024-11-04",
        "Quill Data": "2024-12-28",
        "Birch Co": "2025-01-06",
        "Tallow Works": "2025-02-14",
    }
    assert result.rows_rejected == 0 and not result.problems
    assert "from the year in the sheet's title or name" in " ".join(g["why"] for g in result.guesses)


def test_dates_without_a_year_and_no_title_year_are_read_in_the_year_before_the_file_was_saved(tracker, tmp_path):
    """No year anywhere: a tracker's dates come before its last save (here 2025-02-24, set on the
    file, so the test reads no clock)."""
    import os

    path = write(tmp_path, _NO_YEARS.format(title=""))
    saved = pd.Timestamp("2025-02-24 12:00").timestamp()
    os.utime(path, (saved, saved))
    result = import_source(tracker, path)
    got = tracker.applications.set_index("company")["applied_on"].dt.strftime("%Y-%m-%d").to_dict()
    assert got == {"Harbor Labs": "2024-11-04", "Quill Data": "2024-12-28", "Birch Co": "2025-01-06",
                   "Tallow Works": "2025-02-14"}  # fmt: skip
    assert "the day the file was last saved (2025-02-24)" in " ".join(g["why"] for g in result.guesses)


def test_dates_without_a_year_over_a_new_year_are_one_stretch_ending_by_the_save(tracker, tmp_path):
    """October to February in a file saved the next December: one stretch of time, October of the
    year before to February, never a December that follows a February of the year before it."""
    import os

    text = "co,job,applied\nHarbor Labs,CSM,10/14\nQuill Data,AM,12/2\nBirch Co,AM,12/9\nTallow Works,CSM,2/10\n"
    path = write(tmp_path, text)
    saved = pd.Timestamp("2026-12-07 12:00").timestamp()
    os.utime(path, (saved, saved))
    import_source(tracker, path)
    got = tracker.applications.set_index("company")["applied_on"].dt.strftime("%Y-%m-%d").to_dict()
    assert got == {"Harbor Labs": "2025-10-14", "Quill Data": "2025-12-02", "Birch Co": "2025-12-09",
                   "Tallow Works": "2026-02-10"}  # fmt: skip


def test_an_outcome_column_of_answers_in_their_own_words_is_read_with_the_stage(tracker, tmp_path):
    """ "Stage reached" says how far; "Outcome", mostly blank and worded freely, says how it ended."""
    text = (
        "Company,Role,Date applied,Stage reached,Outcome\n"
        "Arbour,Graduate Engineer,2024-09-02,Applied,Unsuccessful (email 19/9)\n"
        "Birchway,Graduate Engineer,2024-09-03,Video interview,Rejected after VI\n"
        "Cobalt,Graduate Engineer,2024-09-04,Assessment centre,OFFER!! verbal 08/11\n"
        "Dunmore,Graduate Engineer,2024-09-05,Applied,\n"
        "Eastgate,Graduate Engineer,2024-09-06,Applied,Withdrew\n"
        "Fenwick,Graduate Engineer,2024-09-07,Applied,\n"
    )
    path = tmp_path / "grad.csv"
    path.write_text(text)
    import_source(tracker, path)
    status = tracker.applications.set_index("company")["stored_status"].to_dict()
    assert {k: status[k] for k in ("Arbour", "Birchway", "Cobalt", "Eastgate")} == {
        "Arbour": "rejected", "Birchway": "rejected", "Cobalt": "offer", "Eastgate": "withdrawn"}  # fmt: skip
