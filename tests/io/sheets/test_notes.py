"""A row's notes say what happened last (io/sheets/notes.py), a job told twice by its link, and
a month's heading spelled out (io/sheets/left_out.py)."""

from __future__ import annotations

import pandas as pd
import pytest

from followup_kit.io.sheets.notes import told_in_notes
from followup_kit.io.sources import import_source
from followup_kit.store.tracker import Tracker


@pytest.mark.parametrize(
    ("note", "told"),
    [
        ("phone screen 1/22, then rejected 2/5", "rejected"),
        ("2nd round 2/14 w/ director -> rejected 2/26", "rejected"),
        ("they said no on 4/2", "rejected"),
        ("got the rejection email 4/30, forgot to update", "rejected"),
        ("screen 3/3, then withdrew", "withdrawn"),
        ("verbal 5/29, written offer coming", "offer"),
        ("2nd int 3/18. withdrew after accepting another offer", "withdrawn"),
        # a stage, or nothing: the status column's word stays
        ("whiteboard 3/27, final round 5/15 - waiting", None),
        ("referral from Sam", None),
        ("rejected last year, reapplying", None),
    ],
)
def test_the_last_answer_a_note_gives(note, told):
    assert told_in_notes(pd.Series([note])).tolist() == [told]


def test_notes_updated_after_the_status_give_the_status_and_a_job_told_twice_by_its_link_is_one(tmp_path):
    path = tmp_path / "apps.csv"
    path.write_text(
        "Company,Role,Date,Status,Job URL,Notes\n"
        "Harbor Labs,Analyst,2025-01-08,phone screen 1/22,https://jobs.example/1,then rejected 2/5\n"
        "Quill Data,Analyst,2025-01-09,interview,https://jobs.example/2,final round 2/3 - waiting\n"
        "Ovenbird,Planner,2025-01-10,APPLIED,https://jobs.example/3/,\n"
        "Ovenbird,Planner - Operations,2025-01-12,REJECTED,https://jobs.example/3,\n"
        "NOVEMBER,,,,,\n"
    )
    tracker = Tracker.create(tmp_path / "t.sqlite")
    result = import_source(tracker, path)
    apps = tracker.applications.set_index("company")
    assert sorted(apps.index) == ["Harbor Labs", "Ovenbird", "Quill Data"]
    assert apps["stored_status"].to_dict() == {"Harbor Labs": "rejected", "Quill Data": "interviewing",
                                               "Ovenbird": "rejected"}  # fmt: skip
    assert str(apps.at["Ovenbird", "applied_on"])[:10] == "2025-01-10"  # the job's first day
    messages = [str(p) for p in result.problems]
    assert (
        "apps.csv, row 4, column 'Company', value 'Ovenbird': the same job (its link) as row 5: imported once, "
        "with its latest word" in messages
    )
    assert "apps.csv, row 6, column 'Company', value 'NOVEMBER': a month's heading, not an application" in messages
    tracker.close()


def test_notes_after_an_offer_say_whether_you_took_it_and_an_accepted_invite_is_no_job(tmp_path):
    """An offer the status column holds, then "ACCEPTED 4/22!!!" or "told them no 4/23" in the notes:
    accepted, or withdrawn by you.  Without an offer, an acceptance in the notes is a stage at most."""
    path = tmp_path / "apps.csv"
    path.write_text(
        "Company,Role,Date,Status,Notes\n"
        "Harbor Labs,Engineer,2025-01-13,offer,ACCEPTED 4/22!!! start Aug 11\n"
        "Quill Data,Engineer,2025-01-14,offer,offer 4/10 (L4). told them no 4/23\n"
        "Ovenbird,Engineer,2025-01-15,applied,accepted the interview invite for 2/3\n",
        encoding="utf-8",
    )
    tracker = Tracker.create(tmp_path / "t.sqlite", timezone="UTC")
    import_source(tracker, path)
    got = tracker.applications.set_index("company")["status"].to_dict()
    assert got["Harbor Labs"] == "accepted"
    assert got["Quill Data"] == "withdrawn"
    assert got["Ovenbird"] != "accepted"


def test_sums_dividers_and_a_templates_example_row_are_left_out(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(
        "Company,Role,Date,Status\n"
        "Acme Corp (example – delete me),Analyst,,applied\n"
        "Harbor Labs,Analyst,2025-10-01,applied\n"
        '"---- holidays, nothing sent ----",,,\n'
        "Quill Data,Analyst,2025-10-03,rejected\n"
        "Summe Oktober 2025: 2 Bewerbungen,,,\n"
        "Gesamt: 2 Bewerbungen (davon 0 Zusagen),,,\n",
        encoding="utf-8",
    )
    tracker = Tracker.create(tmp_path / "t.sqlite", timezone="UTC")
    result = import_source(tracker, path)
    assert sorted(tracker.applications["company"]) == ["Harbor Labs", "Quill Data"]
    said = {p.row: p.reason for p in result.problems}
    assert said[2] == "the template's example row, not an application"
    assert said[4] == "a divider line, not an application"
    assert said[6] == said[7] == "a count of the rows above, not a company: a totals row"


def test_a_log_of_what_happened_folds_steps_whose_role_is_left_blank(tmp_path):
    """One row per event, "What happened" its status, the role typed only on the first row of each job;
    a networking chat before the application, its role blank too, stays out of it."""
    path = tmp_path / "log.csv"
    path.write_text(
        "Date,Company,Role,What happened\n"
        "2024-01-30,Harbor Labs,,Coffee chat with an engineer\n"
        "2024-02-06,Harbor Labs,Supply Chain Analyst,Applied\n"
        "2024-02-08,Quill Data,Operations Analyst,Applied\n"
        "2024-02-12,Ovenbird,Planner,Applied\n"
        "2024-02-19,Harbor Labs,,Phone screen\n"
        "2024-02-21,Quill Data,,Unsuccessful email\n"
        "2024-03-01,Harbor Labs,,Rejected after interview\n"
        "2024-03-04,Ovenbird,,Rejected\n",
        encoding="utf-8",
    )
    tracker = Tracker.create(tmp_path / "t.sqlite", timezone="UTC")
    import_source(tracker, path)
    apps = tracker.applications.set_index(["company", "role"])
    assert apps.loc[("Harbor Labs", "Supply Chain Analyst"), "status"] == "rejected"
    assert apps.loc[("Harbor Labs", "Supply Chain Analyst"), "applied_on"].strftime("%Y-%m-%d") == "2024-02-06"
    assert apps.loc[("Quill Data", "Operations Analyst"), "status"] == "rejected"
    assert len(apps.loc["Quill Data"]) == 1 and len(apps.loc["Ovenbird"]) == 1


def test_a_wishlist_sheet_beside_the_tracker_is_no_application(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    data = book.active
    data.title = "Applications"
    for row in [
        ["Company", "Role", "Date applied", "Status"],
        ["Harbor Labs", "Designer", "2025-01-06", "applied"],
        ["Quill Data", "Designer", "2025-01-08", "rejected"],
        ["Ovenbird", "Designer", "2025-01-09", "applied"],
    ]:
        data.append(row)  # fmt: skip
    wish = book.create_sheet("Wishlist")
    for row in [
        ["Company", "Role", "Date applied", "Status"],
        ["Birch", "Designer", None, None],
        ["Tallow", "Designer", None, None],
        ["Larkspur", "Designer", None, None],
    ]:
        wish.append(row)  # fmt: skip
    book.save(tmp_path / "tracker.xlsx")
    tracker = Tracker.create(tmp_path / "t.sqlite", timezone="UTC")
    import_source(tracker, tmp_path / "tracker.xlsx")
    assert sorted(tracker.applications["company"]) == ["Harbor Labs", "Ovenbird", "Quill Data"]
