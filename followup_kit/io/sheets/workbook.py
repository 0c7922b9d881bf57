"""Which sheet of a workbook holds the tracker, and where its header row is.

People keep a dashboard or a pivot table on the first sheet of a workbook and the applications
on another ("Raw_data"), and some put a title or a few blank lines above the header.
:func:`sheet_choices` reads every sheet of an ``.xlsx`` or ``.ods`` file and scores it:

* no column that holds a company (by its header words, or a header row found within the first
  rows of the sheet) scores nothing: a tracker names a company on every row;
* the score then grows with the rows that name a company, the rows with a date, and the
  columns the kit recognises (application date, status...);
* pivot tables and summaries ("Row Labels", "Grand Total", "Gesamtergebnis", "Anzahl von"...,
  the words are in ``shapes.toml``) are left alone.

:func:`read_tracker_sheet` reads the best sheet (or the one the user names) and says which and
why; :func:`followup_kit.io.sheets.rows.parse_sheet` puts that sentence in the import's result
and in the dry run.  The desk offers the same list as a choice.

Examples
--------
>>> import tempfile, pathlib, openpyxl
>>> path = pathlib.Path(tempfile.mkdtemp()) / "jobs.xlsx"
>>> book = openpyxl.Workbook()
>>> book.active.title = "Dashboard"
>>> book.active.append(["Applications", 2])
>>> raw = book.create_sheet("Raw_data")
>>> for row in (["Company", "Applied", "Status"], ["Acme", "2026-03-02", "Rejected"], ["Globex", "2026-03-04", ""]):
...     raw.append(row)
>>> book.save(path)
>>> sheet_choices(path)[["sheet", "chosen"]].values.tolist()
[['Dashboard', False], ['Raw_data', True]]
>>> read_tracker_sheet(path).sheet_name
'Raw_data'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from followup_kit import vocabulary
from followup_kit.errors import InputError
from followup_kit.io.sheets.board import as_board
from followup_kit.io.sheets.bounds import check_zip
from followup_kit.io.sheets.cells import Sheet, _unique, read_sheet, text_cells
from followup_kit.io.sheets.columns import DATE_FIELDS, match_headers, normalise_word
from followup_kit.io.sheets.date_scan import scan_dates
from followup_kit.io.sheets.exports import SHAPES, recognise_export
from followup_kit.io.sheets.headerless import without_header
from followup_kit.io.sheets.status_words import word_meaning
from followup_kit.io.sheets.transposed import as_transposed
from followup_kit.io.sheets.xlsx_parts import hidden_sheets

#: What a sheet earns: a company column, each row naming a company (up to ``ROWS_COUNTED``),
#: each such row with a date, each recognised column.  A summary word costs ``SUMMARY``.
WEIGHTS = {"company": 100.0, "row": 1.0, "dated_row": 1.0, "field": 5.0, "applied_on": 20.0, "summary": -150.0}
ROWS_COUNTED = 1_000
#: How far down a sheet its header row is looked for (title lines, blank lines above it).
HEADER_ROWS = 10
WORKBOOKS = (".xlsx", ".xlsm", ".ods")
SUMMARY_WORDS = tuple(normalise_word(w) for w in SHAPES["workbook"]["summary_words"])


@dataclass
class TrackerSheet:
    """The sheet an import reads: its cells (``sheet``), its name, and what was said about the choice."""

    sheet: Sheet
    sheet_name: str | None = None
    notes: list = field(default_factory=list)
    choices: pd.DataFrame | None = None
    #: The words of the workbook's other sheets that are no tracker (a dashboard's "KEY: red = rejected").
    beside: str = ""

    def mapping(self, mapping) -> dict | None:
        """The user's ``mapping``, with the company column found by :func:`company_column` unless it names one."""
        user = dict(mapping or {})
        if "company" in {str(f).strip().lower() for f in user.values()}:
            return user or None
        col, why = company_column(list(self.sheet.frame.columns), self.sheet.file)
        if why is None or col in user:
            return user or None
        self.notes.append(f"column {col!r} holds the company ({why})")
        return {col: "company", **user}


def sheet_names(path) -> list[str]:
    """The sheets of a workbook in their order; ``[]`` for a CSV file.  A hidden sheet of an
    ``.xlsx`` file is left out: it holds a template's drop-down lists ("Lists": Applied, Phone
    Screen ...), not what the author keeps (:func:`read_tracker_sheet` still reads one by name)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        import openpyxl

        check_zip(path, path.name, suffix)  # a zip bomb is refused before openpyxl opens it (it scans the sheet)
        try:
            book = openpyxl.load_workbook(path, read_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a damaged file
            raise InputError(f"not a readable {suffix} file ({type(exc).__name__})", file=path.name) from None
        try:
            hidden = hidden_sheets(path)
            return [n for n in book.sheetnames if n not in hidden] or list(book.sheetnames)
        finally:
            book.close()
    if suffix == ".ods":
        try:
            return list(pd.ExcelFile(path, engine="odf").sheet_names)
        except Exception as exc:  # odfpy raises many kinds for a damaged file
            raise InputError(f"not a readable .ods file ({type(exc).__name__})", file=path.name) from None
    return []


def find_header(sheet: Sheet) -> tuple[Sheet, int]:
    """Move the header down to the first row that names a company column, if row 1 does not.

    Returns the sheet (row labels stay the spreadsheet's row numbers) and the header's row number.
    """
    frame = sheet.frame
    if _header_row(list(frame.columns), sheet.file):
        return sheet, 1
    top = frame.head(HEADER_ROWS)
    # the row that names the most fields: a template's form line above the table ("Name: | Denise |
    # Job search start date:") may name a company column too, but the table's header names more
    rows = {
        label: [str(v).strip() or f"Unnamed: {i}" for i, v in enumerate(text_cells(top.loc[label].astype(object)))]
        for label in top.index
    }
    named = {label: _fields_named(h, sheet.file) for label, h in rows.items() if _header_row(h, sheet.file)}
    # the field names down column A ("Company", "Role", "Date applied"), one application per column: the row
    # "Company | Intercom | Flipdish" names one field only, the column names them all
    turned = as_transposed(sheet) if max(named.values(), default=0) <= 1 else None
    if turned is not None:
        return turned, int(turned.frame.index[0]) - 1
    for label in sorted(named, key=lambda k: -named[k])[:1]:
        headers = rows[label]
        body = frame.loc[frame.index > label].copy()
        body.columns = _unique(headers)
        keep = [c for c in body.columns if not (c.startswith("Unnamed: ") and text_cells(body[c]).eq("").all())]
        above = [*frame.columns, *text_cells(frame.loc[frame.index < label].astype(object).stack()).tolist()]
        title = " ".join(str(v).strip() for v in above if str(v).strip() and not str(v).startswith("Unnamed: "))
        moved = Sheet(body[keep], sheet.file, sheet.encoding, sheet.delimiter, sheet.blank_rows, title)
        return moved, int(label)
    board = as_board(sheet)  # a kanban board drawn in the grid: a row of stages, a card per cell
    if board is not None:
        return board, int(board.frame.index[0]) - 1
    return without_header(sheet), 1  # "11/18/24, google, swe new grad, applied" on line 1: no header at all


#: Header words of the company that may be followed by more words ("Company Name (website)").
_COMPANY_STARTS = tuple(sorted({normalise_word(w) for w in vocabulary.SHEET_HEADERS["company"]}, key=len, reverse=True))
#: A column headed only "Name" holds the company when no other column does (one row per employer).
NAME_WORDS = ("name", "nom", "nombre", "bezeichnung")


def company_column(headers: list[str], file: str) -> tuple[str | None, str | None]:
    """The column that holds the company, and why when its header is not a plain alias.

    >>> company_column(["Company Name (website)", "Date applied"], "jobs.xlsx")
    ('Company Name (website)', 'its header starts with a company word')
    >>> company_column(["Name", "Date", "Stage"], "jobs.csv")
    ('Name', 'the only column of names')
    """
    fields = match_headers(headers, None, file)[0]
    plain = next((c for c, f in fields.items() if f == "company"), None)
    if plain is not None:
        return plain, None
    words = {h: normalise_word(h) for h in headers}
    for h, w in words.items():
        if any(w == a or w.startswith(a + " ") for a in _COMPANY_STARTS):
            return h, "its header starts with a company word"
    names = [h for h, w in words.items() if w in NAME_WORDS]
    if len(names) == 1:
        return names[0], "the only column of names"
    return None, None


def _company_column(headers: list[str], file: str) -> str | None:
    return company_column(headers, file)[0]


#: Fields a header row names when no column of it names a company: "When | Gig | Outcome" heads
#: a log whose company is inside the role's cell ("Stripe - Backend Engineer").
HEADER_FIELDS = 3


def _fields_named(headers: list[str], file: str) -> int:
    return len(set(match_headers(headers, None, file)[0].values()) - {"ignore"})


def _header_row(headers: list[str], file: str) -> bool:
    """True when ``headers`` read as a header row: a company column, a known tool's export
    (Trello's "Card Name ... List Name"), or ``HEADER_FIELDS`` different fields named."""
    if _company_column(headers, file) is not None or recognise_export(headers) is not None:
        return True
    return len(set(match_headers(headers, None, file)[0].values()) - {"interview_on"}) >= HEADER_FIELDS


def score_sheet(sheet: Sheet) -> tuple[float, str]:
    """How much a sheet looks like a tracker, and why in words."""
    frame = sheet.frame
    headers = list(frame.columns)
    fields = match_headers(headers, None, sheet.file)[0]
    company = company_column(headers, sheet.file)[0]
    words = " ".join(normalise_word(h) for h in headers)
    corner = text_cells(frame.iloc[:, 0]) if len(headers) else pd.Series(dtype=object)
    words += " " + " ".join(normalise_word(v) for v in corner.head(200).unique())
    summary = next((w for w in SUMMARY_WORDS if w in words), None)
    if company is None:
        why = "no column names a company"
        return (WEIGHTS["summary"] if summary else 0.0), (f"{why}; a summary ({summary!r})" if summary else why)
    named = text_cells(frame[company]).ne("")
    dated = pd.Series(False, index=frame.index)
    for col in headers:
        if fields.get(col) in DATE_FIELDS or fields.get(col) is None:
            scan = scan_dates(frame[col].head(ROWS_COUNTED))
            dated = dated | scan.parts["y"].between(1900, 2100).reindex(frame.index, fill_value=False)
    rows, with_dates = int(named.sum()), int((named & dated).sum())
    known = {f for f in fields.values() if f != "ignore"}
    score = (
        WEIGHTS["company"]
        + WEIGHTS["row"] * min(rows, ROWS_COUNTED)
        + WEIGHTS["dated_row"] * min(with_dates, ROWS_COUNTED)
        + WEIGHTS["field"] * len(known)
        + WEIGHTS["applied_on"] * ("applied_on" in known)
        + (WEIGHTS["summary"] if summary else 0.0)
    )
    why = f"company column {company!r}, {rows} rows naming a company, {with_dates} with a date"
    if summary:
        why += f"; but a summary ({summary!r})"
    return score, why


@dataclass
class _Candidate:
    name: str
    sheet: Sheet | None  # None: the sheet could not be read (``why`` says why)
    header_row: int
    score: float
    why: str


def _read_all(path: Path) -> list[_Candidate]:
    out = []
    for name in sheet_names(path):
        try:
            sheet, header_row = find_header(read_sheet(path, sheet=name))
        except InputError as exc:
            out.append(_Candidate(name, None, 1, 0.0, str(exc).split(": ", 1)[-1]))
            continue
        score, why = score_sheet(sheet)
        if header_row > 1:
            why += f" (header on row {header_row})"
        out.append(_Candidate(name, sheet, header_row, score, why))
    return out


def _table(read: list[_Candidate]) -> pd.DataFrame:
    return pd.DataFrame(
        {"sheet": [c.name for c in read], "score": [c.score for c in read], "reason": [c.why for c in read]}
    )


def _best(read: list[_Candidate]) -> int:
    best = max(range(len(read)), key=lambda i: read[i].score)
    return best if read[best].score > 0 and read[best].sheet is not None else 0


def sheet_choices(path) -> pd.DataFrame:
    """Every sheet of a workbook with its ``score`` and ``reason``; ``chosen`` marks the one an import reads.

    Empty for a CSV file.  The desk offers these sheets as a choice.
    """
    read = _read_all(Path(path))
    frame = _table(read)
    frame["chosen"] = False
    if read:
        frame.loc[_best(read), "chosen"] = True
    return frame


def tracker_sheets(path) -> list[str]:
    """The sheets of a workbook that together hold its tracker: the best sheet, every other sheet
    with the same header ("Jan", "Feb", "Mar" of one log) and every sheet that is a tracker of its
    own (an earlier search kept on "2023 search"), in the workbook's order; ``[]`` when one sheet
    (or a CSV file) holds it all.

    >>> tracker_sheets("jobs.csv")
    []
    """
    path = Path(path)
    if path.suffix.lower() not in WORKBOOKS:
        return []
    return _kept(_read_all(path))


def _kept(read: list[_Candidate]) -> list[str]:
    if len(read) < 2:
        return []
    best = read[_best(read)]
    if best.sheet is None or best.score <= 0:
        return []

    def header(c: _Candidate) -> frozenset:
        cols = c.sheet.frame.columns if c.sheet is not None else []
        return frozenset(normalise_word(h) for h in cols if not str(h).startswith("Unnamed: "))

    theirs = _cells(best)  # the tracker's own cells, once: a sheet made of them feeds its drop-downs
    # a history kept on a sheet of its own ("2023 search" beside "Tracker") is a tracker too, whatever
    # its header: a sheet with a company column and rows naming one, not a summary
    kept = [
        c.name
        for c in read
        if c.sheet is not None
        and c.score > 0
        and not _not_applied(c.name)  # a "Wishlist" or "To apply" sheet: jobs not applied to
        and (
            header(c) == header(best)
            or (
                c.why.startswith("company column")
                and "summary" not in c.why
                and _rows_naming(c) >= MIN_HISTORY_ROWS
                and not _people(c)
                and not _choices(c, theirs)
            )
        )
    ]
    return kept if len(kept) > 1 else []


def _not_applied(name: str | None) -> bool:
    """True for a sheet named for jobs not applied to ("Wishlist", "To apply", "Saved jobs")."""
    words = normalise_word(name or "")
    return bool(words) and word_meaning(words)[0] == "skip"


#: Share of a sheet's distinct cells found in the tracker's own cells that makes it the tracker's lists of choices.
CHOICES_SHARE = 0.6


def _cells(c: _Candidate) -> pd.Series:
    """A sheet's distinct cells, stripped and casefolded (empty for a sheet that could not be read)."""
    if c.sheet is None:
        return pd.Series([], dtype="string")
    return c.sheet.frame.astype("string").stack().str.strip().str.casefold().drop_duplicates()


def _choices(c: _Candidate, theirs: pd.Series) -> bool:
    """True for the lists a template's drop-downs are fed from ("Status: Applied, Phone Screen...", "Source:
    LinkedIn, Indeed..."): most of its distinct cells are ``theirs``, the tracker's own cells, never applications."""
    mine = _cells(c)
    return bool(len(mine)) and float(mine.isin(theirs).mean()) >= CHOICES_SHARE


#: Rows naming a company a sheet of its own needs before it is read as another part of the tracker.
MIN_HISTORY_ROWS = 3


#: A sheet of people, not of applications: its name ("Networking", "Contacts", "Recruiters") or a
#: header only a list of people has ("Name" beside "Company", "Email", "LinkedIn", "How we met").
_PEOPLE_SHEET = re.compile(r"(?i)network|contact|people|person|recruiter|referr|kontakt|r[ée]seau|personas")
_PEOPLE_HEADERS = frozenset(("name", "full name", "email", "e mail", "linkedin", "phone", "how we met", "last contact"))


def _people(c: _Candidate) -> bool:
    """True for a list of people kept beside the tracker (networking contacts): never applications."""
    assert c.sheet is not None
    headers = {normalise_word(h) for h in c.sheet.frame.columns}
    return bool(_PEOPLE_SHEET.search(c.name)) or bool(headers & _PEOPLE_HEADERS)


def _rows_naming(c: _Candidate) -> int:
    found = re.search(r"(\d+) rows naming a company", c.why)
    return int(found.group(1)) if found else 0


def read_tracker_sheet(path, *, sheet: str | None = None) -> TrackerSheet:
    """Read the sheet that holds the tracker: ``sheet`` when given, else the best of the workbook.

    A CSV file, or a workbook of one sheet, is read as it is (with its header row found).  A
    workbook whose sheets all fail to read raises the error of its first sheet.
    """
    path = Path(path)
    read = _read_all(path) if sheet is None and path.suffix.lower() in WORKBOOKS else []
    if not read:
        found, header_row = find_header(read_sheet(path, sheet=sheet))
        return TrackerSheet(found, sheet, [f"the header is on row {header_row}"] if header_row > 1 else [])
    chosen = read[_best(read)]
    if chosen.sheet is None:
        read_sheet(path, sheet=chosen.name)  # raises what is wrong with it
        raise InputError(chosen.why, file=path.name)
    notes = [f"the header is on row {chosen.header_row}"] if chosen.header_row > 1 and len(read) == 1 else []
    if len(read) > 1:
        kept = set(_kept(read))
        others = "; ".join(f"{c.name!r}: {c.why}" for c in read if c is not chosen and c.name not in kept)
        notes.append(
            f"read sheet {chosen.name!r} of {len(read)} ({chosen.why})" + (f"; left alone: {others}" if others else "")
        )
    beside = "\n".join(_words_of(c.sheet) for c in read if c is not chosen and c.sheet is not None and c.score <= 0)
    return TrackerSheet(chosen.sheet, chosen.name, notes, _table(read), beside)


#: Cells of a sheet beside the tracker read for its words (a dashboard is small; a second tracker is not read).
BESIDE_CELLS = 2_000


def _words_of(sheet: Sheet) -> str:
    """A sheet's header and cells as text, one tab between cells and one line per row."""
    frame = sheet.frame.head(BESIDE_CELLS // max(1, len(sheet.frame.columns)))
    rows = [[str(c) for c in frame.columns if not str(c).startswith("Unnamed: ")]]
    rows += [[v for v in text_cells(frame.loc[i].astype(object)) if v and v != "nan"] for i in frame.index]
    return "\n".join("\t".join(r) for r in rows if r)
