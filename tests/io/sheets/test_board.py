"""A kanban board drawn in a sheet (io/sheets/board.py), and a sheet kept sideways (io/sheets/transposed.py)."""

from __future__ import annotations

import openpyxl
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_kit.io.sheets.board import as_board
from followup_kit.io.sheets.cells import Sheet
from followup_kit.io.sources import import_source
from followup_kit.store.tracker import Tracker


def _board(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Board"
    rows = [
        ["JOB HUNT BOARD - data roles · last updated 14/6"],
        [],
        ["APPLIED - waiting", "INTERVIEWS", "OFFER", "REJECTED", "NO RESPONSE"],
        ["(2)", "(2)", "(1)", "(1)", "(1)"],
        ["Harbor Labs – Data Engineer II (02/06)", "Quill – Data Engineer (21/05)\ntake-home due 16/6",
         "Ovenbird – Data Engineer (28/04) offer rcvd 11/06", "Birch – DE (15/04)", "Tallow – DE (16/04)"],
        ["Larkspur\nSr Data Engineer\n09/06", "Kestrel – DE (08/05) onsite 18/6", None, None, None],
        [],
        ["TO APPLY →", "Wren (wait for referral)", "Plover"],
    ]  # fmt: skip
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_a_board_unfolds_into_one_application_per_card_and_what_is_below_it_is_none(tmp_path):
    tracker = Tracker.create(tmp_path / "t.sqlite", timezone="UTC")
    import_source(tracker, _board(tmp_path / "job board.xlsx"))
    apps = tracker.applications.set_index("company")
    assert sorted(apps.index) == ["Birch", "Harbor Labs", "Kestrel", "Larkspur", "Ovenbird", "Quill", "Tallow"]
    assert apps.at["Larkspur", "role"] == "Sr Data Engineer"
    assert apps.at["Quill", "applied_on"].strftime("%m-%d") == "05-21"  # day-first: "21/05" can be nothing else
    assert apps.at["Birch", "status"] == "rejected" and apps.at["Ovenbird", "status"] == "offer"
    assert apps.at["Kestrel", "status"] == "interviewing"
    assert "onsite 18/6" in apps.at["Kestrel", "notes"]


def test_a_plain_table_is_no_board():
    frame = pd.DataFrame(
        [["Company", "Role", "Status"], ["Harbor Labs", "Analyst", "applied"], ["Quill", "Analyst", "rejected"]],
        index=[1, 2, 3],
    )
    assert as_board(Sheet(frame, "jobs.csv", None, None)) is None
    # a row of statuses over cells that are no cards ("yes", numbers) is no board either
    counts = pd.DataFrame(
        [["applied", "interviewing", "rejected"], ["12", "3", "9"], ["yes", "no", "yes"]], index=[1, 2, 3]
    )
    assert as_board(Sheet(counts, "summary.csv", None, None)) is None


def test_a_log_headed_who_what_when_result_is_read(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("When,Who,What,Result\n2019-06-03,Harbor Labs,Graduate Engineer,no\n", encoding="utf-8")
    tracker = Tracker.create(tmp_path / "t.sqlite", timezone="UTC")
    import_source(tracker, path)
    apps = tracker.applications
    assert apps[["company", "role"]].values.tolist() == [["Harbor Labs", "Graduate Engineer"]]
    assert apps["applied_on"].dt.strftime("%Y-%m-%d").tolist() == ["2019-06-03"]


@settings(max_examples=60, deadline=None)
@given(
    cells=st.lists(
        st.lists(st.one_of(st.none(), st.text(max_size=40), st.sampled_from(["Harbor – DE (02/06)", "(3)", "x\ny\n1/2"])),
                 min_size=3, max_size=3),
        max_size=6,
    )
)  # fmt: skip
def test_any_grid_under_a_row_of_stages_is_read_or_left_alone(cells):
    frame = pd.DataFrame([["APPLIED", "INTERVIEWS", "REJECTED"], *cells], dtype=object)
    frame.index = range(1, len(frame) + 1)
    board = as_board(Sheet(frame, "board.xlsx", None, None))
    if board is not None:
        assert board.frame.index.is_unique and list(board.frame.columns)[:2] == ["Company", "Role"]
        assert board.frame["Company"].str.strip().ne("").all()


def test_a_sheet_kept_sideways_reads_one_application_per_column(tmp_path):
    path = tmp_path / "job hunt autumn 2024.csv"
    path.write_text(
        "Job hunt – autumn 2024,,,\n"
        "updated 4 Oct,,,\n"
        "Company,Harbor Labs,Quill Data,Ovenbird\n"
        "Role,Data Analyst,Analytics Engineer,Planner\n"
        "Date applied,2024-08-05,2024-08-07,2024-08-09\n"
        "Status,Rejected,No reply,Interview - 2nd round\n"
        ",,,\n"
        "Waiting on:,Ovenbird,,\n",
        encoding="utf-8",
    )
    tracker = Tracker.create(tmp_path / "t.sqlite", timezone="UTC")
    import_source(tracker, path)
    apps = tracker.applications.set_index("company")
    assert sorted(apps.index) == ["Harbor Labs", "Ovenbird", "Quill Data"]
    assert apps.at["Quill Data", "role"] == "Analytics Engineer"
    assert apps.at["Ovenbird", "applied_on"].strftime("%Y-%m-%d") == "2024-08-09"
    assert apps.at["Harbor Labs", "status"] == "rejected" and apps.at["Ovenbird", "status"] == "interviewing"


@settings(max_examples=60, deadline=None)
@given(cells=st.lists(st.lists(st.one_of(st.none(), st.text(max_size=20)), min_size=3, max_size=3), max_size=5))
def test_any_grid_beside_a_column_of_field_names_is_read_or_left_alone(cells):
    from followup_kit.io.sheets.transposed import as_transposed

    labels = [["Company"], ["Role"], ["Date applied"], ["Status"]]
    frame = pd.DataFrame([label + row for label, row in zip(labels, cells, strict=False)], dtype=object)
    frame.index = range(2, len(frame) + 2)
    turned = as_transposed(Sheet(frame, "jobs.csv", None, None)) if len(frame.columns) > 1 else None
    if turned is not None:
        assert turned.frame.index.is_unique and "Company" in turned.frame.columns
