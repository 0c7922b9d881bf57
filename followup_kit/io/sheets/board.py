"""A kanban board drawn in a sheet: one column per stage, one application per cell.

Some people keep their search as a board typed into a grid: a row of stage names ("APPLIED -
waiting", "INTERVIEWS", "OFFER", "REJECTED"), then under each stage one cell per application,
"Swiggy – Data Engineer II (12/05)" or "Groww / Sr Data Engineer / 09/06" on three lines.  No
column holds a company, so a row-per-application reader finds nothing.  :func:`as_board` sees
such a header (most of its cells are stage words) and unfolds the board into one row per card,
under the columns any tracker has: the company, the role, the date applied, the stage the card
sits in (its status) and what else the card says (its notes).  The board ends at its first blank
row; what is below it ("TO APPLY →", a note on notice periods) is no card.

Examples
--------
>>> frame = pd.DataFrame([["APPLIED", "INTERVIEWS", "REJECTED"],
...                       ["Harbor Labs – Data Engineer (02/06)", "Quill – DE (06/05) R2 on 16/6", "Ovenbird – DE (15/04)"],
...                       ["Birch\\nSr Data Engineer\\n09/06", None, None]], index=[3, 4, 5])
>>> board = as_board(Sheet(frame, "board.xlsx", None, None))
>>> board.frame[["Company", "Role", "Applied", "Status"]].values.tolist()[::3]
[['Harbor Labs', 'Data Engineer', '02/06', 'APPLIED'], ['Birch', 'Sr Data Engineer', '09/06', 'APPLIED']]
>>> board.frame.loc[board.frame["Company"] == "Quill", "Notes"].tolist()
['R2 on 16/6']
"""

from __future__ import annotations

import re

import pandas as pd

from followup_kit.io.sheets.cells import Sheet, text_cells
from followup_kit.io.sheets.columns import normalise_word
from followup_kit.io.sheets.status_words import word_meaning

#: How far down the sheet the row of stages is looked for (a title and a blank line above it).
HEADER_ROWS = 6
#: Stages a board's header must name, and the share of its filled cells that must be stages.
STAGES_AT_LEAST = 3
STAGE_SHARE = 0.6
#: Share of a board's filled cells below its header that must read as cards ("Company – Role ...").
CARD_SHARE = 0.6

#: A card on one line: "Swiggy – Data Engineer II (12/05) HM round done".
_CARD = re.compile(
    r"^\s*(?P<company>[^\n–—(]+?)\s+[–—-]\s+(?P<role>[^\n(]+)(?:\((?P<date>[^)\n]*\d[^)\n]*)\))?\s*(?P<note>[^\n]*)$"
)
#: A date on a card's own line: "09/06", "12/05 - HM round done".
_DATE_LINE = re.compile(r"^\s*(?P<date>\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)\s*[-–:,]?\s*(?P<note>.*)$")
#: A count under a stage ("(7)", "7"): no card.
_COUNT = re.compile(r"^\s*\(?\s*\d{1,4}\s*\)?\s*$")


def _stage(cell: str) -> bool:
    words = normalise_word(cell)
    return bool(words) and word_meaning(words)[0] not in (None, "skip")


def _header(frame: pd.DataFrame) -> object | None:
    """The label of the row of stages, or None."""
    for label in frame.index[:HEADER_ROWS]:
        cells = [c for c in text_cells(frame.loc[label].astype(object)).tolist() if c.strip()]
        stages = sum(_stage(c) for c in cells)
        if stages >= STAGES_AT_LEAST and stages >= STAGE_SHARE * len(cells):
            return label
    return None


def _card(text: str) -> dict | None:
    """Company, role, date and note of one card, or None for a cell that is no card."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if not lines or _COUNT.match(text):
        return None
    one = _CARD.match(lines[0])
    if one is not None:
        note = " ".join([one.group("note"), *lines[1:]]).strip()
        return {"Company": one.group("company"), "Role": one.group("role").strip(), "Applied": one.group("date") or "",
                "Notes": note}  # fmt: skip
    if len(lines) >= 2:  # "Groww / Sr Data Engineer / 09/06 - HM round done" on lines of their own
        dated = _DATE_LINE.match(lines[2]) if len(lines) >= 3 else None
        rest = [dated.group("note")] if dated else lines[2:]
        return {"Company": lines[0], "Role": lines[1], "Applied": dated.group("date") if dated else "",
                "Notes": " ".join([*rest, *lines[3:]]).strip()}  # fmt: skip
    return None


def as_board(sheet: Sheet) -> Sheet | None:
    """The board unfolded into one row per card (see the module's text), or None when the sheet is no board."""
    frame = sheet.frame
    label = _header(frame)
    if label is None:
        return None
    stages = text_cells(frame.loc[label].astype(object)).tolist()
    rows: list[dict] = []
    filled = cards = 0
    for row in frame.index[frame.index.get_loc(label) + 1 :]:
        cells = text_cells(frame.loc[row].astype(object)).tolist()
        if not any(c.strip() for c in cells):
            if rows:  # the board ends at its first blank row below its cards
                break
            continue
        for stage, cell in zip(stages, cells, strict=False):
            if not cell.strip() or _COUNT.match(cell):
                continue
            filled += 1
            card = _card(cell) if stage.strip() else None
            if card is not None:
                cards += 1
                rows.append({**card, "Status": stage.strip()})
    if not rows or cards < CARD_SHARE * filled:
        return None
    # one row per card, numbered on from the board's header (a row of the grid holds several cards)
    body = pd.DataFrame(rows)[["Company", "Role", "Applied", "Status", "Notes"]]
    first = int(str(label)) + 1
    body.index = pd.RangeIndex(first, first + len(body))
    above = text_cells(frame.loc[frame.index < label].astype(object).stack()).tolist()
    title = " ".join(v.strip() for v in [*map(str, frame.columns), *above] if v.strip() and not v.startswith("Unnamed"))
    return Sheet(body, sheet.file, sheet.encoding, sheet.delimiter, sheet.blank_rows, title)
