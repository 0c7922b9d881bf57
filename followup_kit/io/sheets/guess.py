"""Which column of a sheet is which, from its header words *and its cells*; one reason per column.

People name columns for the stage ("Candidature", "Bewerbung", "Phone call") or in their own
shorthand, so a header alias alone misses the most valuable column of a sheet: the application
dates.  :func:`guess_columns` starts from :func:`~followup_kit.io.sheets.columns.match_headers`
(``mapping`` first, then header aliases) and then reads every other column's cells:

* a column whose filled cells are dates takes its meaning from the stage words of its header
  (:data:`followup_kit.vocabulary.SHEET_STAGE_WORDS`, five languages); a bookkeeping word
  ("Updated", "Current date") or one date on every row leaves it out, with the reason;
* date columns with no stage word are ordered by where their dates fall within rows: the
  earliest is where the application starts (``applied_on``), the next a first reply, the last a
  final answer, any between them interviews; dates before the application date are left out;
* cells that look like links suggest ``url``; a handful of repeated status words ``status``;
  job-board names (:data:`followup_kit.vocabulary.SHEET_CONTENT_WORDS`) ``source``.

A column is never dropped in silence: each has a reason, and a date column left out and a sheet
with no application date are warnings.

Examples
--------
>>> frame = pd.DataFrame({
...     "Firm": ["Acme", "Globex"], "Candidature": ["2026-03-02", "2026-03-05"],
...     "Appel": ["2026-03-09", ""], "col4": ["2026-03-20", "2026-03-25"],
...     "Link": ["https://jobs.example/1", "https://jobs.example/2"]}, index=[2, 3])
>>> guess = guess_columns(frame, {"Firm": "company"}, file="jobs.csv")
>>> guess.columns
{'Firm': 'company', 'Candidature': 'applied_on', 'Appel': 'first_response_on', 'col4': 'decided_on', 'Link': 'url'}
>>> guess.table.loc[guess.table["source"] == "col4", "reason"].item()
'dates (100% of its cells), no stage word: the latest date of its rows'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from followup_kit import vocabulary
from followup_kit.io.sheets.cells import error_cells, text_cells
from followup_kit.io.sheets.columns import (
    DATE_FIELDS,
    IGNORE,
    match_headers,
    normalise_word,
    normalise_words,
    require_company,
    sheet_flavour,
)
from followup_kit.io.sheets.dates import DAY_FIRST, MONTH_FIRST, read_dates
from followup_kit.io.sheets.row_status import yes_cells, yes_no_share
from followup_kit.io.sheets.status_words import read_statuses

#: What the plan shows for a column the import leaves out.
NOT_IMPORTED = "not imported"

#: Share of a column's filled cells that must read as dates (or links, or known words) for its content to decide.
DATE_SHARE, URL_SHARE, WORD_SHARE = 0.8, 0.5, 0.5
#: Share of dates a stage column of dates and ticks needs ("Rejected": "2/14/2025", "✓").
TICKED_DATES = 0.3
#: A status column holds a handful of repeated words, not free text.
FEW_WORDS = 12

#: What a sheet without application dates costs, said at import time.
NO_APPLIED_DATE = (
    "no application dates: wait times cannot be computed; "
    'name the column of application dates with --map "Your column=applied_on"'
)

_URL = re.compile(r"(?i)^(?:https?://|www\.)\S+$")
#: How many cells are read to decide whether a column is worth scanning for dates in full.
_SAMPLE = 2_000
#: Columns with more distinct values than this are free text: their words are not looked up.
_FEW_RAW = 500


def _word_pattern(words) -> re.Pattern:
    """Words at the start of a word of a header (German compounds: "Bewerbungsdatum" holds "bewerbung")."""
    alts = sorted({normalise_word(w) for w in words if normalise_word(w)}, key=len, reverse=True)
    return re.compile(r"(?<![0-9a-z])(?:" + "|".join(re.escape(a) for a in alts) + ")")


_STAGES = {fld: _word_pattern(words) for fld, words in vocabulary.SHEET_STAGE_WORDS.items() if words}
_BOOKKEEPING = _word_pattern(vocabulary.SHEET_CONTENT_WORDS["bookkeeping"])
#: Words of a job board or a channel ("LinkedIn", "company site"): a column of them is the source.
BOARDS = _word_pattern(vocabulary.SHEET_CONTENT_WORDS["boards"])
#: Share of a column's filled cells that must say yes or no for it to be a yes/no stage column.
YES_NO_SHARE = 0.9
#: Words of an interview in a header, anywhere in it ("Zweitgespräch", "Kennenlerngespräch", "Interview?").
_INTERVIEW_ANYWHERE = re.compile(
    "|".join(re.escape(normalise_word(w)) for w in vocabulary.SHEET_STAGE_WORDS.get("interview_on", ()) if len(w) > 4)
)


def stage_of(header) -> tuple[str | None, str | None]:
    """The date field a header's stage word names, and the word (the longest match wins).

    >>> stage_of("Bewerbungsdatum"), stage_of("Phone call"), stage_of("Last updated")
    (('applied_on', 'bewerbung'), ('first_response_on', 'phone call'), ('ignore', 'updated'))
    """
    text = normalise_word(header)
    hit = _BOOKKEEPING.search(text)
    if hit:
        return IGNORE, hit.group(0)
    best: tuple[str | None, str | None] = (None, None)
    for fld, pattern in _STAGES.items():
        m = pattern.search(text)
        if m and len(m.group(0)) > len(best[1] or ""):
            best = (fld, m.group(0))
    return best


@dataclass(frozen=True)
class ColumnGuess:
    """What :func:`guess_columns` decided: ``columns`` (source -> field), a ``table`` with a reason per column."""

    columns: dict
    unknown: list
    flavour: str
    table: pd.DataFrame  # source, field, reason, sample
    warnings: list = field(default_factory=list)


def _profile(series: pd.Series, user_words: set[str]) -> dict:
    """Shares of a column's filled cells that are dates, links, status words and job boards (vectorised).

    A column is scanned for dates in full only when a sample of it mostly holds dates, and its
    words are normalised only when it has few distinct values (a status or source column does):
    free-text columns of a million rows cost one regular expression each, not a Python call per cell.
    """
    text = text_cells(series)
    text = text.where(~error_cells(text), "")
    # the header typed again further down ("Excited?" under "Excited?") is no cell of the column
    text = text.where(text.str.strip().str.casefold().ne(str(series.name).strip().casefold()), "")
    filled = text.ne("")
    n = int(filled.sum())
    kept = text[filled]

    def share(mask) -> float:
        return float(mask.sum()) / n if n else 0.0

    def date_share(col) -> float:
        read = col.dates.notna() | col.month.notna()
        return float(read.sum()) / max(int(col.text.ne("").sum()), 1)

    sample = kept.head(_SAMPLE)
    scan = None
    if n and sample.str.contains(r"\d", regex=True).mean() >= DATE_SHARE / 2:
        first = read_dates(sample)
        if date_share(first) >= DATE_SHARE / 2:
            scan = first if len(sample) == len(text) else read_dates(text)
    raw = kept.drop_duplicates()
    if n and len(raw) <= _FEW_RAW:
        words = normalise_words(kept)
        distinct = int(words.nunique())
        users = dict.fromkeys(user_words, "applied")
        # only a handful of repeated words can be a status column; a short sheet's own words may run
        # to two thirds of its rows ("rej", "OA done", "phone scrn", "offer!!") when each is a word or two
        few = distinct <= FEW_WORDS or (distinct <= (2 * n) // 3 and kept.str.split().str.len().median() <= 2)
        # read even when the words are many: an "Outcome" column of free answers is still a status column
        statuses = share(read_statuses(words, users)["status"].notna())
        boards = share(words.str.contains(BOARDS))
    else:
        distinct, statuses, boards, few = len(raw), 0.0, 0.0, False
    return {
        "few": few,
        "filled": n,
        "scan": scan,
        "dates": date_share(scan) if scan is not None else 0.0,
        "urls": share(kept.str.match(_URL)) if kept.head(_SAMPLE).str.match(_URL).mean() >= URL_SHARE / 2 else 0.0,
        "distinct": distinct,
        "statuses": statuses,
        "boards": boards,
        "sample": ", ".join(raw.head(3).str.slice(0, 40)),
        "yes_no": yes_no_share(kept) if n and len(raw) <= FEW_WORDS else (0.0, 0),
        # a stage column of dates and ticks ("2/14/2025", "✓"): a tick is the stage reached, its day unknown
        "ticks": share(yes_cells(kept)) if n else 0.0,
    }


def guess_columns(
    frame: pd.DataFrame, mapping=None, *, user_words=(), dayfirst=None, file: str, require: bool = True
) -> ColumnGuess:
    """Decide the field of every column of ``frame`` from ``mapping``, its header words and its cells.

    Parameters
    ----------
    frame : DataFrame
        The sheet's cells (:func:`~followup_kit.io.sheets.cells.read_sheet`).
    mapping : dict, optional
        ``{"Source column": "field"}``; always wins (``"ignore"`` leaves a column out).
    user_words : iterable of str
        The user's status words (normalised), counted as status words when reading cells.
    dayfirst : bool, optional
        Only to order the dates within rows; the import itself still refuses to guess.
    file : str
        Named in errors.
    require : bool
        Raise :class:`~followup_kit.errors.InputError` when no column holds the company (the import
        needs one); the desk passes ``False`` to show its guess of the other columns anyway.
    """
    headers = list(frame.columns)
    assigned, reasons = match_headers(headers, mapping, file)
    profiles = {col: _profile(frame[col], set(user_words)) for col in headers}
    fields = dict(assigned)
    warnings: list[str] = []

    unlabelled = []
    for col in headers:
        if col in fields:
            if fields[col] == IGNORE:
                reasons[col] = "your mapping (ignore)"
            p = profiles[col]
            yes_no = p["yes_no"][0] >= YES_NO_SHARE and p["yes_no"][1] and p["dates"] < DATE_SHARE
            reached = _yes_no_stage(col)
            if fields[col] in DATE_FIELDS and reasons[col] != "your mapping" and yes_no and reached:
                fields[col] = reached
                reasons[col] = f"yes or no ({p['yes_no'][1]} yes) under a stage header: the stage reached"
            continue
        p = profiles[col]
        if p["filled"] == 0:
            reasons[col] = "empty"
        elif p["dates"] >= DATE_SHARE or (
            p["dates"] >= TICKED_DATES and p["dates"] + p["ticks"] >= DATE_SHARE and stage_of(col)[0]
        ):
            dates = f"dates ({p['dates']:.0%} of its cells)"
            stage, word = stage_of(col)
            distinct = (
                p["scan"].text[p["scan"].dates.notna() | p["scan"].month.notna()].nunique()
            )  # one date on every row?
            if stage == IGNORE:
                reasons[col] = f"{dates}, but {word!r} in its header names bookkeeping, not a stage"
            elif stage is not None:
                fields[col], reasons[col] = stage, f"{dates}, stage word {word!r} in its header"
            elif distinct == 1 and p["filled"] >= 3:
                reasons[col] = f"{dates}, but the same date on every row (the day the sheet was saved?)"
            else:
                unlabelled.append(col)
        elif p["yes_no"][0] >= YES_NO_SHARE and p["yes_no"][1] and _yes_no_stage(col):
            fields[col] = _yes_no_stage(col) or "interviewed"
            reasons[col] = f"yes or no ({p['yes_no'][1]} yes), stage word in its header: the stage reached"
        elif p["distinct"] <= FEW_WORDS and p["statuses"] < WORD_SHARE and _repeats(p) and _outcome_header(col):
            fields[col], reasons[col] = "status", "a few repeated words under a header that names an outcome"
        elif not p["few"] and p["statuses"] >= WORD_SHARE and p["filled"] >= 3 and _outcome_header(col):
            # "Outcome": "Unsuccessful (email 19/9)", "Rejected after VI", "OFFER!! verbal 08/11"
            fields[col] = "status"
            reasons[col] = f"answers in their own words ({p['statuses']:.0%} read) under a header that names an outcome"
        else:
            for fld, share, what in (
                ("url", p["urls"] >= URL_SHARE, f"links ({p['urls']:.0%} of its cells)"),
                (
                    "status",
                    # a column of yes and no ("Excited?", "Remote?") answers its own header, not the application's fate
                    p["few"] and p["statuses"] >= WORD_SHARE and p["yes_no"][0] < YES_NO_SHARE,
                    f"a few repeated status words ({p['statuses']:.0%} of its cells)",
                ),
                ("source", p["boards"] >= WORD_SHARE, f"job boards or channels ({p['boards']:.0%} of its cells)"),
            ):
                if share:
                    taken = next((c for c, f in fields.items() if f == fld), None)
                    if taken is None or fld == "status":  # two status columns ("Status", "Result") are read together
                        fields[col], reasons[col] = fld, what
                    else:
                        reasons[col] = f"{what}, but {fld} comes from column {taken!r}"
                    break
            else:
                reasons[col] = "no header word or content the kit knows"
    _order_dates(frame, fields, reasons, unlabelled, profiles, dayfirst, file)

    columns = {c: fields[c] for c in headers if fields.get(c, IGNORE) != IGNORE}
    if require:
        require_company(columns, headers, file)
    for col in headers:
        if col not in columns and profiles[col]["dates"] >= DATE_SHARE and profiles[col]["filled"]:
            why = reasons[col].split(", but ", 1)[-1]
            warnings.append(
                f"the dates of column {col!r} are not imported ({why}); "
                f'if they are a stage, name it with --map "{col}=field"'
            )
    if "applied_on" not in columns.values():
        warnings.append(NO_APPLIED_DATE)
    table = pd.DataFrame(
        {
            "source": headers,
            "field": [columns.get(c, NOT_IMPORTED) for c in headers],
            "reason": [reasons.get(c, "") for c in headers],
            "sample": [profiles[c]["sample"] for c in headers],
        }
    )
    unknown = [c for c in headers if c not in fields]
    return ColumnGuess(columns, unknown, sheet_flavour(headers), table, warnings)


def _order_dates(frame, fields, reasons, unlabelled, profiles, dayfirst, file) -> None:
    """Give the date columns without a stage word a field by where their dates fall within rows."""
    if not unlabelled:
        return
    dated = [c for c in frame.columns if (fields.get(c) in DATE_FIELDS) or c in unlabelled]
    order = None if dayfirst is None else DAY_FIRST if dayfirst else MONTH_FIRST
    dates = pd.DataFrame(
        {
            c: profiles[c]["scan"].dates
            if order is None and profiles[c]["scan"] is not None
            else read_dates(frame[c], order=order).dates
            for c in dated
        },
        index=frame.index,
    )
    position = dates.rank(axis=1, method="min").median()  # where a column's dates fall within rows
    applied = [c for c in dated if fields.get(c) == "applied_on"]
    rest = sorted(unlabelled, key=lambda c: (position[c], list(frame.columns).index(c)))
    if not applied:
        first = rest.pop(0)
        fields[first] = "applied_on"
        reasons[first] = f"{_dates(profiles[first])}, no stage word: the earliest date of its rows"
    else:
        start = dates[applied].min(axis=1)
        before = {c: float((dates[c] < start).sum()) / max(int(dates[c].notna().sum()), 1) for c in rest}
        for c in [c for c in rest if before[c] > 0.5]:
            rest.remove(c)
            reasons[c] = f"{_dates(profiles[c])}, but before the application date in most rows"
    if not rest:
        return
    slots = ["interview_on"] * len(rest)
    if "first_response_on" not in fields.values():
        slots[0] = "first_response_on"
    if "decided_on" not in fields.values() and (len(rest) > 1 or slots[0] == "interview_on"):
        slots[-1] = "decided_on"
    names = {
        "first_response_on": "the first date after the application",
        "interview_on": "a date between the first and the last",
        "decided_on": "the latest date of its rows",
    }
    for col, slot in zip(rest, slots, strict=True):
        fields[col] = slot
        reasons[col] = f"{_dates(profiles[col])}, no stage word: {names[slot]}"


#: Headers of a yes/no column that say whether the row was applied to, and nothing else.
_APPLIED_ALONE = frozenset(
    ("applied", "submitted", "sent", "application sent", "application submitted", "have applied")
)


def _yes_no_stage(header) -> str | None:
    """``interviewed``, ``offered``, ``was_rejected`` or ``was_applied`` for the header of a yes/no column
    that names that stage (a Google Sheets checkbox: "Applied?", "Heard back?", "Rejected?")."""
    stage, _ = stage_of(header)
    if stage == "offer_on":
        return "offered"
    if stage == "rejected_on":
        return "was_rejected"
    if stage == "applied_on":
        # "Applied?" alone: a no is a row not applied to yet; "Cover letter sent?" says nothing of that
        return "was_applied" if normalise_word(header).removesuffix(" yet") in _APPLIED_ALONE else None
    if stage in ("interview_on", "first_response_on") or _INTERVIEW_ANYWHERE.search(normalise_word(header)):
        return "interviewed"
    return None


def _outcome_header(header) -> bool:
    """A header that names an outcome ("Result", "Outcome", "Ergebnis"): the stage word of a final answer."""
    return stage_of(header)[0] in ("decided_on", "rejected_on")


def _repeats(profile) -> bool:
    """Words that repeat: at most half as many distinct words as filled cells."""
    return profile["filled"] >= 4 and profile["distinct"] * 2 <= profile["filled"]


def _dates(profile) -> str:
    return f"dates ({profile['dates']:.0%} of its cells)"
