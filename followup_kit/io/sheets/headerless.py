"""A sheet typed without a header row, and columns named by their cells alone.

Some people start typing applications on line 1 ("11/18/24, google, swe new grad, applied"):
:func:`without_header` sees that the first row holds a date where a header would hold a word and
reads it as a row like the others, under plain column names ("Column 1", "Column 2"...).  Such a
sheet (or any sheet whose headers name no company) still has a company and a role:
:func:`columns_by_content` finds them by their cells: the role's column is the one whose cells
are mostly job titles; the company's is the first column of short names that are not dates,
status words, links or job titles.

Examples
--------
>>> frame = pd.DataFrame({"11/18/24": ["11/18", "11/19"], "google": ["Meta", "amazon"],
...                       "swe new grad": ["software engineer new grad", "SDE I"], "applied": ["rej", "OA done"]})
>>> sheet = without_header(Sheet(frame.set_axis([2, 3]), "jobs.csv", "utf-8", ","))
>>> sheet.frame.iloc[:, 1].tolist(), list(sheet.frame.index)
(['google', 'Meta', 'amazon'], [1, 2, 3])
>>> columns_by_content(sheet.frame, {})
({'Column 2': 'company', 'Column 3': 'role'}, ["column 'Column 2' holds the company (by its cells: short names, \
no dates, status words or job titles)", "column 'Column 3' holds the role (by its cells: job titles)"])
"""

from __future__ import annotations

import re

import pandas as pd

from followup_kit.io.mail.platforms import job_title_pattern
from followup_kit.io.sheets.cells import Sheet, text_cells
from followup_kit.io.sheets.columns import match_headers, normalise_words
from followup_kit.io.sheets.guess import BOARDS
from followup_kit.io.sheets.status_words import read_statuses

#: A header cell shaped like a date ("11/18/24", "2025-03-02", "3.4."): the row is data, not a header.
_DATE_CELL = re.compile(r"^\s*\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\.?\s*$")
#: Share of a column's filled cells that must be job titles for it to be the role's.
TITLE_SHARE = 0.5
#: Share of a column's cells that must be filled for it to be the company's.
FILLED_SHARE = 0.6
#: Share of dates, status words or links above which a column is none of the company's.
OTHER_SHARE = 0.3
#: Most words a company's cells have (their median).
COMPANY_WORDS = 4


def without_header(sheet: Sheet) -> Sheet:
    """``sheet`` with its first row read as data when it holds a date where a header would hold a
    word; the sheet unchanged otherwise."""
    headers = [str(h) for h in sheet.frame.columns]
    # one word that names a field ("applied" as a status) does not make a header of a row that holds a date
    if not any(_DATE_CELL.match(h) for h in headers) or len(match_headers(headers, None, sheet.file)[0]) > 1:
        return sheet
    first = pd.DataFrame([["" if h.startswith("Unnamed: ") else h for h in headers]], columns=headers, index=[1])
    frame = pd.concat([first, sheet.frame.astype(object)])
    frame.columns = [f"Column {i + 1}" for i in range(len(headers))]
    return Sheet(frame, sheet.file, sheet.encoding, sheet.delimiter, sheet.blank_rows, sheet.title)


def columns_by_content(frame: pd.DataFrame, fields: dict) -> tuple[dict, list[str]]:
    """``{column: "company"/"role"}`` for the columns whose cells say so, among those ``fields`` (the
    headers' reading) leaves unnamed, and a note for each; ``({}, [])`` when no column is the company's."""
    found: dict[str, str] = {}
    notes: list[str] = []
    titles = job_title_pattern()
    company = role = None
    for col in frame.columns:
        if fields.get(col) is not None:
            continue
        text = text_cells(frame[col]).str.strip()
        filled = text[text.ne("")]
        if len(filled) < 2:
            continue
        titled = float(filled.str.contains(titles).mean())
        if role is None and titled >= TITLE_SHARE:
            role = col
            continue
        if company is not None or len(filled) < FILLED_SHARE * len(text) or titled > OTHER_SHARE:
            continue
        dated = float(filled.str.match(_DATE_CELL).mean())
        words = normalise_words(filled)  # once per distinct cell, not a Python call per row
        statuses = float(read_statuses(words, {})["status"].notna().mean())
        links = float(filled.str.contains(r"://|www\.|@").mean())
        boards = float(words.str.contains(BOARDS).mean())  # "LinkedIn", "company site": the source
        lettered = float(filled.str.contains(r"[^\W\d_]").mean())  # counts ("2", "4") name no company
        if (
            max(dated, statuses, links, boards) > OTHER_SHARE
            or lettered < 1 - OTHER_SHARE
            or filled.str.split().str.len().median() > COMPANY_WORDS
        ):
            continue
        company = col
    if company is None:
        return {}, []
    found[company] = "company"
    notes.append(
        f"column {company!r} holds the company (by its cells: short names, no dates, status words or job titles)"
    )
    if role is not None and "role" not in fields.values():
        found[role] = "role"
        notes.append(f"column {role!r} holds the role (by its cells: job titles)")
    return found, notes
