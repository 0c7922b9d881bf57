"""Dates as people write them (followup_kit/io/sheets/dates.py): invented cells in the shapes of real trackers."""

from __future__ import annotations

import pandas as pd
import pytest

from followup_kit.io.sheets.dates import DAY_FIRST, MONTH_FIRST, evidence, fill_years, read_dates


def days(col):
    return col.dates.dt.strftime("%Y-%m-%d").fillna("").tolist()


def test_linkedin_export_dates_with_a_two_digit_year_and_a_time():
    col = read_dates(pd.Series(["1/14/25, 5:58 AM", "12/3/24, 11:02 PM", "10/1/24, 9:15 AM"]))
    assert days(col) == ["2025-01-14", "2024-12-03", "2024-10-01"]
    assert col.reason.isna().all()


def test_a_column_of_mixed_formats_is_read_cell_by_cell():
    col = read_dates(
        pd.Series(["2026-03-02", "14 Nov 2025", "Nov 16, 2025", "17.11.2025", "11/18/2025", "1. März 2026"])
    )
    assert days(col) == ["2026-03-02", "2025-11-14", "2025-11-16", "2025-11-17", "2025-11-18", "2026-03-01"]


def test_ambiguous_cells_follow_the_columns_majority_and_each_guess_is_said():
    col = read_dates(pd.Series(["13/04/2026", "25/04/2026", "03/04/2026"]), fallback=MONTH_FIRST)
    assert days(col) == ["2026-04-13", "2026-04-25", "2026-04-03"]  # the column says day-first
    assert col.evidence == (2, 0)
    alone = read_dates(pd.Series(["03/04/2026", "05/06/2026"]), fallback=DAY_FIRST)
    assert days(alone) == ["2026-04-03", "2026-06-05"]
    assert (
        alone.guess.tolist()[0]
        == "could be day-first or month-first; read as day-first like the other dates of the file"
    )


def test_the_users_order_wins_and_a_cell_against_it_is_left_empty_with_the_reason():
    col = read_dates(pd.Series(["11/14/2021", "02/03/2022"]), order=DAY_FIRST)
    assert days(col) == ["", "2022-03-02"]
    assert col.reason.tolist()[0] == "no such day in the calendar (read as day-first)"


def test_a_missing_separator_is_read_when_it_can_only_be_one_date():
    col = read_dates(pd.Series(["8/82019", "12/122019"]))
    assert days(col) == ["2019-08-08", "2019-12-12"]
    assert set(col.guess) == {"a separator was missing"}


@pytest.mark.parametrize("cell", ["8/3/2019 and 9/9/2019", "8/3/2019 & 9/9/2019", "8/3/2019; 9/9/2019"])
def test_two_dates_in_one_cell_the_second_is_a_later_round(cell):
    col = read_dates(pd.Series([cell]))
    assert days(col) == ["2019-08-03"]
    assert col.second.dt.strftime("%Y-%m-%d").tolist() == ["2019-09-09"]
    assert "two dates in one cell" in col.guess[0]


@pytest.mark.parametrize(
    ("cell", "word"), [("before 3/4", "before"), ("vor dem 3.4.", "vor"), ("avant le 3/4", "avant")]
)
def test_bounds_are_left_empty_with_a_note(cell, word):
    col = read_dates(pd.Series([cell]))
    assert days(col) == [""]
    assert col.reason[0] == f"a bound ('{word}'), not a date; left empty"


def test_month_names_in_four_languages_and_dates_without_a_year():
    col = read_dates(pd.Series(["14 juil. 2021", "3. Oktober 2021", "5 de mayo de 2023", "8-Jul", "27-Oct"]))
    assert days(col)[:3] == ["2021-07-14", "2021-10-03", "2023-05-05"]
    assert col.month.tolist()[3:] == [7.0, 10.0] and col.day.tolist()[3:] == [8.0, 27.0]
    assert col.reason.isna().all()


def test_a_day_and_month_with_a_dash_and_no_year_is_a_date():
    # a Dutch sheet: "4-11-2024" once, then "7-11", "25-11", "3-12"
    col = read_dates(pd.Series(["4-11-2024", "7-11", "25-11", "3-12"]))
    assert days(col)[0] == "2024-11-04"
    assert col.month.tolist()[1:] == [11.0, 11.0, 12.0] and col.day.tolist()[1:] == [7.0, 25.0, 3.0]


def test_a_missing_year_comes_from_the_rows_other_dates_else_the_sheets_span():
    reference = pd.Series(pd.to_datetime(["2019-12-20", None, "2020-01-03"]).astype("datetime64[s]"))
    span = (pd.Timestamp("2019-06-01"), pd.Timestamp("2019-09-01"))
    dates, notes = fill_years(pd.Series([1.0, 7.0, 12.0]), pd.Series([8.0, 8.0, 30.0]), reference, span)
    assert dates.dt.strftime("%Y-%m-%d").tolist() == ["2020-01-08", "2019-07-08", "2019-12-30"]
    assert notes.tolist() == [
        "no year: read in 2020, from the row's other dates",
        "no year: read in 2019, from the span of the sheet",
        "no year: read in 2019, from the row's other dates",
    ]


def test_what_is_not_a_date_says_why():
    col = read_dates(pd.Series(["last Tuesday", "2026-02-30", "9999-12-31", ""]))
    assert days(col) == ["", "", "", ""]
    assert col.reason.tolist()[:3] == [
        "not a date; write it as YYYY-MM-DD (for example 2026-03-02)",
        "no such day in the calendar",
        "the year is out of range",
    ]
    assert pd.isna(col.reason[3])


def test_evidence_counts_cells_that_settle_the_order():
    assert evidence(pd.Series(["14/11/2021", "15/11/2021", "11/20/2021", "03/04/2021"])) == (2, 1)


def test_cells_that_say_there_is_no_date_are_blank_not_problems():
    col = read_dates(pd.Series(["n/a", "N/A", "keine", "néant", "8/5/2019"]))
    assert days(col) == ["", "", "", "", "2019-08-05"]
    assert col.reason.isna().all() and col.text.tolist()[:4] == ["", "", "", ""]


def test_a_file_named_for_a_winter_across_the_new_year_gives_its_dates_their_years():
    from followup_kit.io.sheets.dates import title_span

    start, end = title_span("", "Job hunt winter 24-25 - Applications.csv")
    assert (str(start.date()), str(end.date())) == ("2024-12-01", "2025-02-28")
    assert title_span("", "apps 24-26.csv") is None  # not two years in a row: no span
    assert title_span("Top 10-11 tips", "") is None


def test_a_dotted_date_is_day_first_in_a_file_whose_other_dates_are_month_first():
    col = read_dates(pd.Series(["Nov 4", "11/6", "8.11.", "27.01.", "5.12.", "14.03.2024"]))
    assert col.month.tolist()[:5] == [11.0, 11.0, 11.0, 1.0, 12.0]
    assert col.day.tolist()[:5] == [4.0, 6.0, 8.0, 27.0, 5.0]
    assert days(col)[5] == "2024-03-14"
    assert col.guess.isna().all()  # a dotted cell is no guess, and it does not turn "11/6" day-first


def test_a_day_alone_takes_the_month_of_its_sheet_or_of_the_date_above_in_a_log():
    from followup_kit.io.sheets.dates import days_alone, month_of_sheet

    on_sheet = days_alone(read_dates(pd.Series(["3", "19", ""])), month_of_sheet("Jan"))
    assert on_sheet.month.tolist()[:2] == [1.0, 1.0] and on_sheet.day.tolist()[:2] == [3.0, 19.0]
    log = days_alone(read_dates(pd.Series(["Nov 11", "the 14th", "Nov 25", "the 2nd", "Dec 12"])))
    assert log.month.tolist() == [11.0, 11.0, 11.0, 12.0, 12.0]  # "the 2nd" after Nov 25 is December's
    assert log.reason.isna().all()
    # a bare number under a log is a count, and a log out of date order gives no month to a day
    assert days_alone(read_dates(pd.Series(["Nov 11", "Nov 12", "2"]))).month.isna().tolist() == [False, False, True]
    shuffled = days_alone(read_dates(pd.Series(["Nov 11", "Mar 2", "Aug 9", "Jan 30", "the 14th"])))
    assert pd.isna(shuffled.month.iloc[4])
