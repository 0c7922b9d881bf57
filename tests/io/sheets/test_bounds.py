"""Sheets are read within the limits of followup_kit.limits: each bomb of issue 26 is refused, naming its number."""

from __future__ import annotations

import zipfile

import pytest

from followup_kit.datasets import bombs
from followup_kit.errors import InputError
from followup_kit.io.sheets.bounds import check_csv_shape
from followup_kit.io.sheets.cells import read_sheet
from followup_kit.limits import LIMITS


def test_an_xlsx_cell_at_xfd1048576_is_refused_naming_the_column_limit(tmp_path):
    path = bombs.xlsx_far_cell(tmp_path)
    with pytest.raises(InputError, match=r"far-cell.xlsx: more than 1,000 columns \(16,384\).*row 1048576"):
        read_sheet(path)


def test_an_ods_row_repeated_a_billion_times_is_refused_before_it_is_expanded(tmp_path):
    with pytest.raises(InputError, match=r"more than 100,000 rows \(1,000,000,000\)"):
        read_sheet(bombs.ods_repeated_rows(tmp_path, 10**9))


def test_an_ods_cell_repeated_a_million_times_across_is_refused(tmp_path):
    with pytest.raises(InputError, match=r"more than 1,000 columns \(1,000,000\)"):
        read_sheet(bombs.ods_repeated_columns(tmp_path, 10**6))


def test_ods_repeats_within_the_limits_are_read_as_pandas_expands_them(tmp_path):
    sheet = read_sheet(bombs.ods_repeated_rows(tmp_path, 3))
    assert sheet.frame["Company"].tolist() == ["Contoso"] * 3
    wide = read_sheet(bombs.ods_repeated_columns(tmp_path, 4)).frame
    assert wide.loc[2].tolist()[:2] == ["Contoso", "Contoso"]


def test_an_ordinary_ods_and_xlsx_are_read_whole(tmp_path):
    assert read_sheet(bombs.ods_ordinary(tmp_path, 30)).frame.shape == (30, 2)
    assert read_sheet(bombs.xlsx_ordinary(tmp_path, 30)).frame.shape == (30, 3)


def test_a_zip_that_expands_too_many_times_is_refused_naming_the_ratio(tmp_path):
    with pytest.raises(InputError, match=rf"sheet1.xml expands [\d,]+ times \(more than the {LIMITS.zip_ratio} times"):
        read_sheet(bombs.xlsx_zip_bomb(tmp_path, 40))


def test_a_zip_declaring_more_than_the_workbook_limit_is_refused_from_its_directory(tmp_path, monkeypatch):
    path = bombs.xlsx_ordinary(tmp_path, 3)
    real = zipfile.ZipFile.infolist

    def huge(self):
        infos = real(self)
        infos[0].file_size = LIMITS.workbook_bytes + 1  # what a 1 MB bomb declares, without writing it
        return infos

    monkeypatch.setattr(zipfile.ZipFile, "infolist", huge)
    with pytest.raises(InputError, match=r"more than 67,108,864 bytes uncompressed"):
        read_sheet(path)


def test_a_csv_row_of_a_million_fields_is_refused_in_a_moment(tmp_path):
    with pytest.raises(InputError, match=r"wide.csv: more than 1,000 columns \(1,000,000\).*line 1"):
        read_sheet(bombs.csv_wide_row(tmp_path, 10**6))


def test_the_csv_shape_check_names_the_widest_line():
    text = "a,b\n1,2\n" + "x," * 1500 + "\n"
    with pytest.raises(InputError, match=r"\(1,501\).*\(line 3\)"):
        check_csv_shape(text, ",", "jobs.csv")
    check_csv_shape("a;b\n" + "1;2\n" * 1000, ";", "jobs.csv")  # many lines, few fields each: read


@pytest.mark.parametrize("kind", ["shared-string", "number", "reference"])
def test_a_damaged_xlsx_cell_is_a_refusal_naming_the_file_and_row_not_a_traceback(tmp_path, kind):
    with pytest.raises(InputError, match=rf"damaged-{kind}.xlsx: the cell data of row 2 is damaged"):
        read_sheet(bombs.xlsx_damaged(tmp_path, kind))


def test_blank_rows_of_an_xlsx_are_counted_not_stored(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Company", "Role"])
    sheet["A5"] = "Contoso"
    path = tmp_path / "gaps.xlsx"
    book.save(path)
    read = read_sheet(path)
    assert read.frame["Company"].tolist() == ["Contoso"]
    assert read.frame.index.tolist() == [5]  # the row number a spreadsheet user sees
    assert read.blank_rows == 3
