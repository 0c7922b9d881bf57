"""The words of the desk's "Import a sheet" tab: the import's structured results said as a person says them.

The sheet importer (:mod:`followup_kit.io.sheets`) writes its messages for the command line
(``--status "Word=status"``, ``--skip-invalid``, field ids such as ``applied_on``).  The desk
shows none of that: this module turns the plan's and the result's *structured* parts (the
columns' fields, the status words, the counts, each problem's row, column, value and reason)
into the tab's words.  Everything that reads a library message is in :func:`problem_words`,
:func:`plain` and :func:`result_words`, so a change of the library's messages is adapted here.

Examples
--------
>>> FIELD_WORDS["applied_on"], STATUS_WORDS["ghosted"]
('Applied on', 'No answer (ghosted)')
>>> plain('unknown status word; map it with --status "Turn down=status"')
'unknown status word'
>>> plain("dates in 'When' look like applied_on")
"dates in 'When' look like “Applied on”"
"""

from __future__ import annotations

import re

import pandas as pd

from followup_kit import vocabulary
from followup_kit.io.sheets.columns import IGNORE
from followup_kit.io.sheets.status_words import SKIP

#: Each field of the kit as a person names it (the column dropdowns' choices).
FIELD_WORDS = {
    IGNORE: "Ignore this column",
    "company": "Company",
    "role": "Role",
    "location": "Location",
    "source": "Where you found it",
    "url": "Link",
    "applied_on": "Applied on",
    "status": "Status",
    "first_response_on": "First reply on",
    "interview_on": "Interview on",
    "offer_on": "Offer on",
    "rejected_on": "Rejected on",
    "decided_on": "Decided on",
    "ghosted_on": "Stopped waiting on",
    "industry": "Industry",
    "referrer": "Who referred you",
    "notes": "Notes",
    "external_id": "Your own number for the row",
    "interviewed": "Got an interview (yes or no)",
    "offered": "Got an offer (yes or no)",
    "was_rejected": "Turned down (yes or no)",
    "was_applied": "Applied yet (yes or no)",
}
#: Each status as a person says it (the status words' dropdowns).
STATUS_WORDS = {
    "rejected": "Rejected",
    "applied": "Still waiting for an answer",
    "interviewing": "Interviewing",
    "offer": "Offer",
    "accepted": "I accepted the offer",
    "withdrawn": "I withdrew",
    "ghosted": "No answer (ghosted)",
    SKIP: "Not applied yet (leave the row out)",
}
#: The first choice of a status word's dropdown: nothing decided yet.
UNDECIDED = "Choose what it means"
#: The headers of the problems table.
PROBLEM_COLUMNS = ("Row", "Column", "Value", "What is wrong")

# Parts of a library message meant for the command line or for Python: dropped from what the desk shows.
_CLI = re.compile(r"--[a-z]|status_map|mapping=|in Python|followup-kit ", re.IGNORECASE)
_FIELD_IDS = re.compile(r"\b(" + "|".join(sorted((f for f in FIELD_WORDS if "_" in f), key=len, reverse=True)) + r")\b")
# Reasons the desk says in its own words (the library's reason as a regular expression -> the desk's).
_REASONS = (
    (re.compile(r"^ambiguous status word"), "this status word could mean two things: say which above"),
    (re.compile(r"^unknown status word"), "a status word the kit does not know: say what it means above"),
    (re.compile(r"^is required"), "no company: every application needs one"),
    (re.compile(r"^not a date"), "not a date the kit can read"),
    (re.compile(r"day-first or month-first|--dayfirst"), "day or month first? Say which in the Dates dropdown"),
)


def plain(text: str) -> str:
    """``text`` without its command-line or Python advice, and with field ids said in words.

    A library message is made of clauses separated by ";" or ":"; a clause that speaks of a
    flag or of Python is left out.

    >>> plain("no column for 'company'; name it with --map \\"Your column=company\\" (in Python: mapping=...)")
    "no column for 'company'"
    """
    clauses = [c.strip() for c in re.split(r";|\n", str(text))]
    kept = [c for c in clauses if c and not _CLI.search(c)]
    said = "; ".join(kept)
    return _FIELD_IDS.sub(lambda m: f"“{FIELD_WORDS[m.group(1)]}”", said)


def problem_words(reason) -> str:
    """What is wrong with one cell, in the desk's words (``reason`` is a problem's ``reason``).

    >>> problem_words('unknown status word; map it with --status "Turn down=status"')
    'a status word the kit does not know: say what it means above'
    >>> problem_words("not a date; write it as YYYY-MM-DD (for example 2026-03-02)")
    'not a date the kit can read'
    """
    text = str(reason)
    for pattern, words in _REASONS:
        if pattern.search(text):
            return words
    return plain(text) or "cannot be read"


def column_reason(reason) -> str:
    """Why a column is read as its field, in the desk's words.

    >>> column_reason("header ('Firm' names company)"), column_reason("your mapping")
    ("its header 'Firm' says “Company”", 'your choice')
    """
    text = str(reason)
    if text.startswith("your mapping"):
        return "your choice"
    if text == "no header word or content the kit knows":
        return "the kit cannot tell what it holds: choose, or leave it ignored"
    said = re.sub(
        r"^header \((.*) names (\w+)\)$",
        lambda m: f"its header {m.group(1)} says “{FIELD_WORDS.get(m.group(2), m.group(2))}”",
        text,
    )
    return plain(said)


def asked_words(statuses: pd.DataFrame) -> pd.Series:
    """The status words to ask about (the kit read them as no status), each with its count of rows.

    ``statuses`` is the plan's ``statuses`` (``word``, ``status``, ``rows``); a word is asked
    about when what it is read as is none of the kit's statuses.

    >>> s = pd.DataFrame({"word": ["Turn down", "Applied"], "status": ["unknown: ...", "applied"], "rows": [2, 5]})
    >>> asked_words(s).to_dict()
    {'Turn down': 2}
    """
    known = set(vocabulary.STATUSES) | {"skip (not applied yet)", SKIP}
    unread = statuses[~statuses["status"].isin(known)]
    return unread.groupby("word", sort=False)["rows"].sum()


def plan_problems(plan) -> list:
    """The plan's problems as objects with ``row``, ``field``, ``value`` and ``reason`` (all of them)."""
    parsed = getattr(plan, "parsed", None)
    return list(getattr(parsed, "problems", None) or [])


def _is_no_company(problem) -> bool:
    return problem_words(getattr(problem, "reason", "")).startswith("no company")


def problem_table(problems) -> pd.DataFrame:
    """One row per problem: the sheet's row number, its column, the value and what is wrong (a new frame).

    ``problems`` are the import's problems (:class:`~followup_kit.errors.InputError`), each with
    ``row``, ``field`` (the sheet's column), ``value`` and ``reason``.

    >>> from followup_kit.errors import InputError
    >>> p = InputError('unknown status word; map it with --status "Nope=status"', field="Etat", value="Nope", row=3)
    >>> problem_table([p]).values.tolist()
    [[3, 'Etat', 'Nope', 'a status word the kit does not know: say what it means above']]
    """
    rows = [
        (
            getattr(p, "row", None),
            getattr(p, "field", None) or "",
            "" if getattr(p, "value", None) is None else str(p.value),
            problem_words(getattr(p, "reason", p)),
        )
        for p in sorted(problems, key=lambda p: getattr(p, "row", None) or 0)
    ]
    table = pd.DataFrame(rows, columns=list(PROBLEM_COLUMNS))
    return table.astype({"Row": "Int64"})


def _n(count: int, one: str, many: str | None = None) -> str:
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def plan_words(counts: dict, problems, *, leave_out: bool) -> str:
    """What Apply would do, before it is clicked (``counts`` is the plan's ``counts``).

    >>> plan_words({"rows": 3, "to_import": 2, "with_problems": 1, "skipped": 0}, [object()], leave_out=False)
    '3 rows read: 2 are ready. 1 row has a problem (see the table): answer the questions above, or tick the box below to leave it out; until then Apply imports nothing.'
    """
    text = f"{_n(counts['rows'], 'row')} read: {counts['to_import']:,} {'is' if counts['to_import'] == 1 else 'are'} ready."
    if "not_imported" in counts:  # the import goes cell by cell (issue 24): nothing waits for an answer
        return text + _cell_by_cell(counts)
    bad = counts.get("with_problems", 0)
    if bad:
        has = "row has" if bad == 1 else "rows have"
        if leave_out:
            text += f" {bad:,} {has} a problem (see the table) and will be left out."
        else:
            them = "it" if bad == 1 else "them"
            text += (
                f" {bad:,} {has} a problem (see the table): answer the questions above, or tick the box below "
                f"to leave {them} out; until then Apply imports nothing."
            )
    if counts.get("skipped"):
        text += f" {_n(counts['skipped'], 'row')} not applied yet will be left out."
    return text


def _cell_by_cell(counts: dict) -> str:
    """What a cell-by-cell import does with what it cannot read.

    >>> _cell_by_cell({"cells_left_empty": 2, "not_imported": 1, "questions": 1, "skipped": 0})
    ' 2 cells cannot be read (see the table): they will be left empty, the rest of their rows imported. 1 row without a company will be left out. 1 status word is asked above: until you answer, its rows keep the status their dates give and the word goes into their notes.'
    """
    text = ""
    if counts.get("cells_left_empty"):
        n = counts["cells_left_empty"]
        text += f" {_n(n, 'cell')} cannot be read (see the table): they will be left empty, the rest of their rows imported."
    if counts.get("not_imported"):
        n = counts["not_imported"]
        text += f" {_n(n, 'row')} without a company will be left out."
    if counts.get("questions"):
        n = counts["questions"]
        text += (
            f" {_n(n, 'status word')} {'is' if n == 1 else 'are'} asked above: until you answer, "
            f"{'its' if n == 1 else 'their'} rows keep the status their dates give and the word goes into their notes."
        )
    if counts.get("skipped"):
        text += f" {_n(counts['skipped'], 'row')} not applied yet will be left out."
    return text


def result_words(result) -> str:
    """What an import did, in one paragraph (``result`` is an :class:`~followup_kit.io.import_result.ImportResult`).

    Rows left out are those the import rejected: the ones without a company are said apart.
    When the import left fewer rows out than it has problems, the other problems are cells it
    could not read and left empty (a first import that goes cell by cell).

    >>> from followup_kit.errors import InputError
    >>> from followup_kit.io.import_result import ImportResult
    >>> gone = InputError("is required; every application needs a company", field="Firm", value="", row=4)
    >>> bad = InputError("not a date", field="When", value="soon", row=5)
    >>> r = ImportResult(file="a.csv", rows_read=45, rows_imported=40, rows_updated=3, rows_rejected=1,
    ...                  problems=[gone, bad])
    >>> result_words(r)
    'Imported 40 applications, updated 3; 1 row had no company and was left out; 1 cell could not be read and was left empty.'
    """
    parts = [f"Imported {_n(result.rows_imported, 'application')}, updated {result.rows_updated:,}"]
    problems = list(getattr(result, "problems", []) or [])
    rejected = int(getattr(result, "rows_rejected", 0) or 0)
    no_company = {p.row for p in problems if _is_no_company(p)}
    problem_rows = {getattr(p, "row", None) for p in problems}
    if rejected >= len(problem_rows):  # every row with a problem was left out
        other = rejected - len(no_company)
        cells = 0
    else:  # only rows without a company were left out; the other problems are cells left empty
        other = max(rejected - len(no_company), 0)
        cells = sum(1 for p in problems if not _is_no_company(p))
    if no_company:
        parts.append(
            f"{_n(len(no_company), 'row')} had no company and {'was' if len(no_company) == 1 else 'were'} left out"
        )
    if other:
        parts.append(f"{_n(other, 'row')} with a problem {'was' if other == 1 else 'were'} left out (see the table)")
    if cells:
        parts.append(f"{_n(cells, 'cell')} could not be read and {'was' if cells == 1 else 'were'} left empty")
    if getattr(result, "rows_skipped", 0):
        parts.append(
            f"{_n(result.rows_skipped, 'row')} not applied yet {'was' if result.rows_skipped == 1 else 'were'} left out"
        )
    return "; ".join(parts) + "."


def refusal_words(error) -> str:
    """Why nothing was imported (``error`` is what the import raised), without flags or Python.

    >>> from followup_kit.errors import InputError
    >>> refusal_words(InputError("no column for 'company'; name it with --map \\"Your column=company\\"", file="a.csv"))
    'Nothing was imported: no column is read as the company. Choose “Company” in the dropdown of the column that names it.'
    """
    problems = getattr(error, "problems", None)
    if problems:
        rows = len({getattr(p, "row", None) for p in problems})
        return (
            f"Nothing was imported: {_n(rows, 'row')} {'has' if rows == 1 else 'have'} a problem (see the table). "
            "Say what each status word means above, or tick the box to leave those rows out."
        )
    reason = str(getattr(error, "reason", error))
    if reason.startswith("no column for 'company'"):
        return (
            "Nothing was imported: no column is read as the company. "
            f"Choose “{FIELD_WORDS['company']}” in the dropdown of the column that names it."
        )
    return "Nothing was imported: " + (problem_words(reason) if reason else "the sheet cannot be read") + "."
