"""A column that writes a row's dates as a short story: "applied 3/2, int 3/9", "app 3/4, phone
scrn 3/12, int 3/19", "3/5".  Each date takes its meaning from the stage word before it (the
stage words of :data:`followup_kit.vocabulary.SHEET_STAGE_WORDS`, with people's shorthand); a
date with no word is the application's when it comes first.  :func:`split_timeline` replaces such
a column by one column per stage it names, which the date reader then parses like any other.

Examples
--------
>>> frame = pd.DataFrame({"Company": ["Acme", "Globex", "Initech"],
...                       "Dates": ["applied 3/2, int 3/9", "3/5", "app 3/4; phone scrn 3/12"]})
>>> split = split_timeline(frame, {"Company": "company"})
>>> split.frame.to_dict("list")
{'Company': ['Acme', 'Globex', 'Initech'], 'Dates (applied_on)': ['3/2', '3/5', '3/4'], \
'Dates (first_response_on)': ['', '', '3/12'], 'Dates (interview_on)': ['3/9', '', '']}
"""

from __future__ import annotations

import re

import pandas as pd

from followup_kit import vocabulary
from followup_kit.io.sheets.cells import text_cells
from followup_kit.io.sheets.columns import match_headers, normalise_word
from followup_kit.io.sheets.merged import Split

#: Share of a column's filled cells that must hold a date, and of those that must name a stage
#: before one, for the column to be read as a row's timeline.
DATED_SHARE = 0.6
LABELLED_SHARE = 0.3
#: The stages a timeline may name, in the order their columns are written.
_FIELDS = ("applied_on", "first_response_on", "interview_on", "offer_on", "rejected_on", "decided_on")

_DATE = (
    r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?(?:\s+\d{4})?|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
)
#: One part of a timeline: a stage's words (none for a bare date), then a date.
_PART = re.compile(rf"(?P<words>[^\d,;+&]*?)\s*:?\s*(?P<date>{_DATE})(?![\d/.-])")
_MONTHS = re.compile(r"(?i)^(?:" + "|".join(w for ws in vocabulary.SHEET_MONTHS.values() for w in ws) + r")")


#: People's shorthand in a timeline cell, beside the stage words of the word tables (too short for a
#: header's: "int" would name "Interest").
SHORTHAND = {
    "applied_on": ("app", "appl", "apld"),
    "first_response_on": ("scrn", "phone scrn", "ps"),
    "interview_on": ("int", "intv", "itw", "iv"),
}


def _stage_patterns() -> dict[str, re.Pattern]:
    out = {}
    for fld in _FIELDS:
        table = (*vocabulary.SHEET_STAGE_WORDS.get(fld, ()), *SHORTHAND.get(fld, ()))
        words = sorted({normalise_word(w) for w in table if w}, key=len, reverse=True)
        if words:
            out[fld] = re.compile(r"(?<![0-9a-z])(?:" + "|".join(re.escape(w) for w in words) + r")(?![a-z])")
    return out


_STAGE_WORDS = _stage_patterns()


def _stage(words: str) -> str | None:
    """The stage the words before a date name (the last one named), or None."""
    text = normalise_word(words)
    best, at = None, -1
    for fld, pattern in _STAGE_WORDS.items():
        for m in pattern.finditer(text):
            if m.start() > at:
                best, at = fld, m.start()
    return best


def read_timeline(cell: str) -> tuple[dict[str, str], bool]:
    """The first date of each stage in ``cell`` and whether any date was named by a stage.

    >>> read_timeline("app 3/4, phone scrn 3/12, int 3/19")
    ({'applied_on': '3/4', 'first_response_on': '3/12', 'interview_on': '3/19'}, True)
    """
    found: dict[str, str] = {}
    labelled = False
    for m in _PART.finditer(cell or ""):
        words, date = m.group("words"), m.group("date")
        if _MONTHS.match(date) is None and re.match(r"[A-Za-z]", date):
            continue  # "int 3/9" is a stage and a date; "Interview Monday" is no date
        fld = _stage(words)
        labelled = labelled or fld is not None
        fld = fld or ("applied_on" if not found else None)
        if fld is not None and fld not in found:
            found[fld] = date.strip()
    return found, labelled


_ANY_DATE = re.compile(rf"(?:{_DATE})")
_ANY_STAGE = re.compile("|".join(p.pattern for p in _STAGE_WORDS.values()))


def _may_be_timeline(filled: pd.Series) -> bool:
    """A vectorised first look, never stricter than :func:`read_timeline`: enough cells hold a date,
    and enough of those name a stage somewhere; every other column (notes, links) is never read cell by cell."""
    dated = filled.str.contains(_ANY_DATE)
    if dated.mean() < DATED_SHARE:
        return False
    folded = filled[dated].str.normalize("NFKD").str.encode("ascii", "ignore").str.decode("ascii").str.lower()
    return bool(folded.str.contains(_ANY_STAGE).mean() >= LABELLED_SHARE)


def split_timeline(frame: pd.DataFrame, mapping, *, file: str = "") -> Split:
    """Replace a timeline column (see the module) by one column per stage it names; the sheet
    unchanged when it has none, or when a column already holds the application dates.  Columns that
    the mapping or a header already names are left alone."""
    fields = match_headers(list(frame.columns), mapping, file or "sheet")[0]
    if "applied_on" in fields.values():
        return Split(frame, mapping)  # the sheet has its application dates: a "Next Step" column is a note
    for col in frame.columns:
        if fields.get(col) is not None:
            continue
        cells = text_cells(frame[col]).str.strip()
        filled = cells[cells != ""]
        if len(filled) < 2 or not _may_be_timeline(filled):
            continue
        read = filled.map(read_timeline)  # only a column that passed the vectorised look below
        dated = read.map(lambda r: bool(r[0]))
        labelled = read.map(lambda r: r[1])
        if dated.mean() < DATED_SHARE or labelled[dated].mean() < LABELLED_SHARE:
            continue
        named = [fld for fld in _FIELDS if any(fld in r[0] for r in read)]
        out = frame.drop(columns=[col])
        new = {}
        for fld in named:
            name = f"{col} ({fld})"
            out[name] = ""
            out.loc[read.index, name] = read.map(lambda r, f=fld: r[0].get(f, "")).to_numpy()
            new[name] = fld
        example = filled[labelled].iloc[0]
        note = f"column {col!r} tells each row's dates by stage ({example!r}): read as " + ", ".join(
            f.replace("_on", "").replace("_", " ") for f in named
        )
        return Split(out, {**(mapping or {}), **new}, [note])
    return Split(frame, mapping)
