"""A sheet kept sideways: the field names down the first column, one application per column.

Some people lay a short search out across the sheet: "Company", "Role", "Date applied", "Status"
and "Notes" down column A, then one column per application.  No row names a company column, so a
row-per-application reader finds nothing.  :func:`as_transposed` sees a first column whose cells
are a tracker's header words (a company field among them, on consecutive rows) and turns that
block a quarter turn: one row per column that names a company, under those words.  Lines below
the block ("Waiting on: BOI, AIB") and above it (the title) are no application.

Examples
--------
>>> frame = pd.DataFrame([["Company", "Harbor Labs", "Quill"], ["Role", "Analyst", "Engineer"],
...                       ["Date applied", "2024-08-05", "2024-08-07"], ["Status", "Rejected", "No reply"],
...                       [None, None, None], ["Waiting on:", "Quill", None]],
...                      index=range(2, 8), columns=["Job hunt autumn 2024", "Unnamed: 1", "Unnamed: 2"])
>>> sheet = as_transposed(Sheet(frame, "jobs.ods", None, None))
>>> sheet.frame.values.tolist(), sheet.title
([['Harbor Labs', 'Analyst', '2024-08-05', 'Rejected'], ['Quill', 'Engineer', '2024-08-07', 'No reply']], 'Job hunt autumn 2024')
"""

from __future__ import annotations

import pandas as pd

from followup_kit.io.sheets.cells import Sheet, text_cells
from followup_kit.io.sheets.columns import match_headers

#: How far down the first column the block of field names is looked for.
LABEL_ROWS = 15
#: Fewest field names the block must hold (the company's among them).
FIELDS_AT_LEAST = 3


def as_transposed(sheet: Sheet) -> Sheet | None:
    """The sheet turned so each application is a row (see the module's text), or None when it is not sideways."""
    frame = sheet.frame
    if frame.shape[1] < 2:
        return None
    first = text_cells(frame.iloc[:LABEL_ROWS, 0].astype(object)).str.strip()
    fields = match_headers([c for c in first.tolist() if c], None, sheet.file)[0]
    labelled = first.map(lambda c: bool(c) and c in fields)
    block: list = []  # the longest run of consecutive rows whose first cell is a field name
    run: list = []
    for label, named in labelled.items():
        run = [*run, label] if named else []
        block = run if len(run) > len(block) else block
    names = [first[label] for label in block]
    if len(block) < FIELDS_AT_LEAST or "company" not in {fields[n] for n in names}:
        return None
    body = frame.loc[block].iloc[:, 1:].T.astype(object)
    body.columns = names
    company = next(n for n in names if fields[n] == "company")
    body = body[text_cells(body[company]).str.strip().ne("")]
    if body.empty:
        return None
    start = int(str(block[0]))
    body.index = pd.RangeIndex(start + 1, start + 1 + len(body))
    above = text_cells(frame.loc[frame.index < block[0]].astype(object).stack()).tolist()
    words = [*map(str, frame.columns), *above]
    title = " ".join(v.strip() for v in words if v.strip() and not v.startswith("Unnamed") and v != "nan")
    return Sheet(body, sheet.file, sheet.encoding, sheet.delimiter, sheet.blank_rows, title)
