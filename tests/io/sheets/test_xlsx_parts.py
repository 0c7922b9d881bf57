"""A company's cell merged down over its roles: every row it spans is that company's."""

from __future__ import annotations

import datetime as dt

import openpyxl

from followup_kit.io.sheets.xlsx_parts import fill_merged, vertical_merges
from followup_kit.io.sources import import_source
from followup_kit.store.tracker import Tracker


def _book(path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "2025"
    ws.append(["Company", "Role", "Applied", "Source", "Status"])
    ws.append(["JANUARY"])
    ws.merge_cells("A2:E2")  # a month's heading across the row: left as it is
    ws.append(["Harbor Stores", "Supply Chain Analyst II", dt.datetime(2025, 1, 6), "careers site", "Rejected"])
    ws.append([None, "Inventory Analyst", dt.datetime(2025, 1, 13), "careers site", "No reply"])
    ws.append([None, "Demand Planner", dt.datetime(2025, 1, 20), "Indeed", "Applied"])
    ws.merge_cells("A3:A5")  # three roles, three dates, two sources: one company
    ws.append(["Quill Foods", "Planner", dt.datetime(2025, 1, 21), "LinkedIn", "Applied"])
    book.save(path)


def test_the_merged_ranges_are_read_from_the_sheet_itself(tmp_path):
    path = tmp_path / "jobs.xlsx"
    _book(path)
    assert vertical_merges(path, "2025") == [(0, 3, 5)]
    assert vertical_merges(path, "no such sheet") == []
    assert vertical_merges(tmp_path / "missing.xlsx") == []


def test_a_company_merged_over_three_roles_names_all_three(tmp_path):
    path = tmp_path / "jobs.xlsx"
    _book(path)
    with Tracker.create(tmp_path / "t.sqlite", timezone="UTC") as tracker:
        import_source(tracker, path)
        apps = tracker.applications
    assert apps.groupby("company")["role"].apply(sorted).to_dict() == {
        "Harbor Stores": ["Demand Planner", "Inventory Analyst", "Supply Chain Analyst II"],
        "Quill Foods": ["Planner"],
    }


def test_filling_keeps_what_is_written_and_ignores_ranges_past_the_rows():
    rows = [("Company",), ("Acme",), ("Globex",)]
    assert fill_merged(rows, [(0, 2, 3)]) == rows  # a written cell under a merge keeps its value
    assert fill_merged(rows, [(0, 9, 12), (5, 2, 3)]) == rows


def test_hidden_sheets_are_read_from_the_workbook_part_alone(tmp_path):
    from followup_kit.io.sheets.xlsx_parts import hidden_sheets

    path = tmp_path / "log.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Log"
    book.create_sheet("Lists").sheet_state = "hidden"
    book.create_sheet("Secret").sheet_state = "veryHidden"
    book.save(path)
    assert hidden_sheets(path) == {"Lists", "Secret"}
    assert hidden_sheets(tmp_path / "missing.xlsx") == set()


def test_a_zip_bomb_is_refused_before_its_sheets_are_listed(tmp_path):
    """openpyxl scans a sheet without a dimension to open the workbook: the declared size is checked first."""
    import pytest

    from followup_kit.datasets import bombs
    from followup_kit.errors import InputError
    from followup_kit.io.sheets.workbook import sheet_names
    from followup_kit.limits import LIMITS

    path = bombs.xlsx_zip_bomb(tmp_path, LIMITS.workbook_bytes // (1 << 20) + 2)
    with pytest.raises(InputError, match="uncompressed"):
        sheet_names(path)
