"""Read a flat sheet (one row per application) and parse its rows into canonical fields, cell by cell.

A row needs a company; everything else is best effort.  Every cell is checked here (text length
and control characters, spreadsheet error cells, dates as people write them, status words by
meaning, events before the application, duplicate ids): a cell that cannot be read is left
empty and listed (row, column, value, why) in :attr:`ParsedSheet.problems`, and the rest of its
row is imported.  A row without a company is listed and not imported.  A status word nothing
reads never stops a row: the row keeps the status its dates give, the word goes into its notes,
and :attr:`ParsedSheet.questions` asks once per word.  Every date read by a guess (the order of
day and month, a missing year, two dates in a cell) is in :attr:`ParsedSheet.guesses` with its
cell.  Nothing is written: :mod:`followup_kit.io.sheets.writer` does that.

Examples
--------
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "jobs.csv"
>>> _ = path.write_text("Company,Applied,Status\\nAcme,2026-11-14,Applied\\nGlobex,2026-11-15,Dreaming\\n")
>>> parsed = parse_sheet(path, mapping=None, status_map=None, dayfirst=None, sheet=None, tz="Europe/Berlin")
>>> parsed.values[["company", "status", "notes"]].values.tolist()
[['Acme', 'applied', None], ['Globex', None, 'Status in the sheet: Dreaming']]
>>> parsed.questions.values.tolist()
[['Dreaming', 'Status', 1, '']]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from followup_kit.errors import InputError, mask_addresses
from followup_kit.io.import_result import ImportResult
from followup_kit.io.sheets.cells import FORMULA_START, error_cells, text_cells
from followup_kit.io.sheets.columns import DATE_FIELDS, TEXT_FIELDS, foreign_headers, match_headers
from followup_kit.io.sheets.dates import (
    DAY_FIRST,
    MONTH_FIRST,
    days_alone,
    evidence,
    fill_years,
    month_of_sheet,
    read_dates,
    title_span,
)
from followup_kit.io.sheets.event_log import fold_event_log
from followup_kit.io.sheets.exports import shape_export
from followup_kit.io.sheets.guess import ColumnGuess, guess_columns
from followup_kit.io.sheets.headerless import columns_by_content
from followup_kit.io.sheets.left_out import CELL, ROW, another_table, headings_and_repeats, no_company, same_link
from followup_kit.io.sheets.legend import legend_words
from followup_kit.io.sheets.merged import Split, continued_companies, split_merged
from followup_kit.io.sheets.notes import AFTER_OFFER, told_in_notes
from followup_kit.io.sheets.row_status import statuses, ticked_stages, yes_cells, yes_no_stages
from followup_kit.io.sheets.spelling import one_spelling
from followup_kit.io.sheets.status_words import user_status_words
from followup_kit.io.sheets.timeline import split_timeline
from followup_kit.io.sheets.workbook import read_tracker_sheet


class CellProblem(InputError):
    """A cell the import could not read: ``level`` is :data:`CELL` (left empty) or :data:`ROW` (row not imported)."""

    def __init__(self, reason, *, level: str = CELL, **where):
        super().__init__(reason, **where)
        self.level = level


@dataclass
class ParsedSheet:
    """A flat sheet read and parsed, not yet written: what :func:`parse_sheet` returns."""

    result: ImportResult
    frame: pd.DataFrame  # the original cells, indexed by spreadsheet row number
    values: pd.DataFrame  # one row per sheet row: canonical fields, parsed
    interviews: pd.DataFrame  # long: row, on
    problems: list  # InputError, each with .level (CELL: left empty, ROW: row not imported)
    guess: ColumnGuess  # which column is which, and why
    words: pd.Series  # the status word of each row as written ("" where none)
    guesses: pd.DataFrame = field(default_factory=pd.DataFrame)  # row, column, value, read_as, why
    questions: pd.DataFrame = field(default_factory=pd.DataFrame)  # word, column, rows, ambiguous
    answers: dict = field(default_factory=dict)  # the user's status_map, kept for the next import

    @property
    def rows_out(self) -> list[int]:
        """The rows not imported (no company)."""
        return sorted({p.row for p in self.problems if getattr(p, "level", CELL) == ROW})


def _file_order(frame, by_field, dayfirst, headers_language) -> tuple[str | None, str]:
    """The user's order (explicit), or the one ambiguous cells of columns without evidence take."""
    if dayfirst is not None:
        return (DAY_FIRST if dayfirst else MONTH_FIRST), "as you said"
    days = months = 0
    for fld in DATE_FIELDS:
        for col in by_field.get(fld, []):
            d, m = evidence(frame[col])
            days, months = days + d, months + m
    if days != months:
        return None, DAY_FIRST if days > months else MONTH_FIRST
    return None, DAY_FIRST if headers_language else MONTH_FIRST


def parse_sheet(source: Path, *, mapping, status_map, dayfirst, sheet, tz) -> ParsedSheet:
    """Read the sheet ``source`` and parse every row into canonical fields, collecting (not raising) problems."""
    picked = read_tracker_sheet(source, sheet=sheet)  # the workbook's tracker sheet, its header row
    raw = picked.sheet
    shaped = shape_export(raw.frame, picked.mapping(mapping), file=raw.file)  # LinkedIn, Huntr, Teal... by their header
    split = split_merged(shaped.frame, shaped.mapping, file=raw.file)  # "Stripe - Backend Engineer" in one cell
    told = split_timeline(split.frame, split.mapping, file=raw.file)  # "applied 3/2, int 3/9" in one cell
    split = Split(told.frame, told.mapping, [*split.notes, *told.notes])
    frame, file, mapping = split.frame, raw.file, split.mapping
    by_cells: list[str] = []
    named = match_headers(list(frame.columns), mapping, raw.file)[0]
    if "company" not in named.values():  # no header names it: the cells may ("google", "Meta" under "Column 2")
        found, by_cells = columns_by_content(frame, named)
        mapping = {**found, **(mapping or {})} or None
    user_status = user_status_words(status_map, file)
    # "A=applied, R=rejected" above the header, else a key kept on a dashboard sheet beside it
    key = {w: st for w, st in (legend_words(raw.title) or legend_words(picked.beside)).items() if w not in user_status}
    user_status = {**key, **user_status}
    guess = guess_columns(frame, mapping, user_words=set(user_status), dayfirst=dayfirst, file=file)
    columns, unknown, flavour = guess.columns, guess.unknown, guess.flavour
    result = ImportResult(
        file=file,
        rows_read=len(frame),
        unknown_columns=unknown,
        columns=columns,
        detected={
            "encoding": raw.encoding,
            "delimiter": raw.delimiter,
            "dates": None,
            "flavour": flavour,
            "blank_rows": raw.blank_rows,
        },
        warnings=[
            *picked.notes,
            *shaped.notes,
            *split.notes,
            *by_cells,
            *guess.warnings,
            *(["the key above the table reads " + ", ".join(f"{w!r} as {st}" for w, st in key.items())] if key else []),
        ],
    )
    result.detected.update(sheet=picked.sheet_name, export=shaped.name)
    problems: list[CellProblem] = []
    guessed: list[pd.DataFrame] = []

    def report(mask: pd.Series, col: str, reason, level=CELL):
        for row in mask.index[mask.to_numpy(dtype=bool)]:
            why = reason if isinstance(reason, str) else reason[row]
            value = mask_addresses(frame.at[row, col])
            problems.append(CellProblem(why, level=level, field=col, value=value, row=int(row), file=file))

    def note(mask: pd.Series, col: str, dates: pd.Series, why: pd.Series):
        rows = mask.index[mask.to_numpy(dtype=bool)]
        if len(rows):
            guessed.append(
                pd.DataFrame(
                    {
                        "row": rows.astype("int64"),
                        "column": col,
                        "value": text_cells(frame.loc[rows, col]).to_numpy(),
                        "read_as": dates[rows].dt.strftime("%Y-%m-%d").to_numpy(),
                        "why": why[rows].to_numpy(),
                    }
                )
            )

    def cells(col: str) -> pd.Series:
        text = text_cells(frame[col])
        bad = error_cells(frame[col])
        report(bad, col, "a spreadsheet error cell; fix the formula or clear the cell")
        return text.where(~bad, "")

    by_field: dict[str, list[str]] = {}
    for col, fld in columns.items():
        by_field.setdefault(fld, []).append(col)
    values = pd.DataFrame(index=frame.index)
    source_col = pd.DataFrame(index=frame.index)

    # text fields: the first non-blank of the field's columns; an unreadable cell is left empty
    for fld in (*TEXT_FIELDS, "referrer", "external_id"):
        out = pd.Series("", index=frame.index, dtype=object)
        src = pd.Series(None, index=frame.index, dtype=object)
        for col in by_field.get(fld, []):
            text = cells(col)
            text = text.where(~(text.str.startswith("'") & text.str[1:2].isin((*FORMULA_START, "'"))), text.str[1:])
            limit = 300 if fld in ("company", "role", "referrer") else 10_000
            bad = pd.Series(False, index=frame.index)
            for mask, why in (
                (text.str.contains(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", regex=True), "contains a control character"),
                (
                    text.str.contains("\ufffd", regex=False),
                    "holds bytes that are not valid text in the file's encoding (shown as \ufffd); "
                    "save the sheet as CSV UTF-8 and import it again",
                ),
                (text.str.len() > limit, f"is longer than {limit:,} characters"),
            ):
                report(mask & ~bad, col, why)
                bad |= mask
            text = text.where(~bad, "")
            take = out.eq("") & text.ne("")
            out, src = out.where(~take, text), src.where(~take, col)
        values[fld], source_col[fld] = out.where(out.ne(""), None), src
    values["company"], spellings = one_spelling(values["company"])  # "Cloudfare" once, "Cloudflare" twice
    result.warnings.extend(spellings)

    # dates, cell by cell: ambiguous cells by their column's majority, else the file's
    european = raw.delimiter == ";" or foreign_headers(list(frame.columns))
    explicit, fallback = _file_order(frame, by_field, dayfirst, european)
    read = {}
    for fld in DATE_FIELDS:
        for col in by_field.get(fld, []):
            bad = error_cells(frame[col])
            report(bad, col, "a spreadsheet error cell; fix the formula or clear the cell")
            ticked = yes_cells(frame[col])  # "✓" in a stage's date column: the stage reached, its day unknown
            read[col] = read_dates(frame[col].where(~bad & ~ticked, ""), order=explicit, fallback=fallback)
            # "14" under "Day" on a sheet named "Jan", "the 14th" under "Nov 11" in a log kept in order
            read[col] = days_alone(read[col], month_of_sheet(picked.sheet_name))
            report(read[col].reason.notna(), col, read[col].reason)
    if any(r.numeric for r in read.values()):
        result.detected["dates"] = f"{explicit or fallback} dates"
    full = [read[c].dates for c in read]
    known = pd.concat(full, axis=1) if full else pd.DataFrame(index=frame.index)
    span = (known.min().min(), known.max().max()) if len(known.columns) else (None, None)
    span_from = "the span of the sheet"
    stretch = not (span[0] is not None and pd.notna(span[0]))  # no date of the sheet has a year
    until = None
    if stretch:
        span, span_from, until = _undated_span(Path(source), raw, picked.sheet_name)
    applied_cols = [read[c].dates for c in by_field.get("applied_on", [])]
    applied_known = pd.concat(applied_cols, axis=1).min(axis=1) if applied_cols else None
    earliest = known.min(axis=1) if len(known.columns) else pd.Series(pd.NaT, index=frame.index)
    interviews = []
    for fld in DATE_FIELDS:
        out = pd.Series(pd.NaT, index=frame.index, dtype="datetime64[s]")
        src = pd.Series(None, index=frame.index, dtype=object)
        for col in by_field.get(fld, []):
            col_read = read[col]
            reference = earliest if fld == "applied_on" or applied_known is None else applied_known.fillna(earliest)
            filled, why = fill_years(
                col_read.month, col_read.day, reference, span, span_from=span_from, stretch=stretch, until=until
            )
            report(col_read.month.notna() & filled.isna(), col, "no year, and no other date of the sheet says which")
            dates = col_read.dates.where(col_read.dates.notna(), filled)
            note(col_read.guess.notna() & dates.notna(), col, dates, col_read.guess)
            note(why.notna(), col, dates, why)
            if fld == "interview_on":
                interviews.append(pd.DataFrame({"row": dates.index, "on": dates.to_numpy(), "col": col}))
            second = col_read.second.where(dates.notna())
            interviews.append(pd.DataFrame({"row": second.index, "on": second.to_numpy(), "col": col}))
            take = out.isna() & dates.notna()
            out, src = out.where(~take, dates), src.where(~take, col)
        values[fld], source_col[fld] = out, src
    long = pd.concat(
        [
            pd.DataFrame({"row": pd.Series(dtype="int64"), "on": pd.Series(dtype="datetime64[s]"), "col": []}),
            *interviews,
        ],
        ignore_index=True,
    ).dropna(subset=["on"])
    long = long.astype({"row": "int64", "on": "datetime64[s]"})

    words, questions = statuses(frame, by_field, values, user_status, cells)
    yes_no_stages(frame, by_field, values)
    ticked_stages(frame, by_field, values)
    told = told_in_notes(
        values["notes"]
    )  # "phone screen 1/22, then rejected 2/5": the notes were updated, not the status
    early = values["status"].isna() | values["status"].isin(("applied", "interviewing"))
    later = told.notna() & ((early & told.ne("accepted")) | (values["status"].eq("offer") & told.isin(AFTER_OFFER)))
    if later.any():
        values["status"] = values["status"].where(~later, told)
        result.warnings.append(
            f"{int(later.sum())} row{'s' * (int(later.sum()) != 1)}: the status is what the notes say last "
            '("then rejected 2/5", "they said no"), later than the status column\'s word'
        )
    if by_field.get("company") and by_field.get("status"):  # one row per step: fold the steps into their application
        steps = fold_event_log(values, lambda mask, why: report(mask, by_field["company"][0], why, level=ROW))
        long = pd.concat([long, steps.assign(col=by_field["status"][0])], ignore_index=True) if len(steps) else long
    long = _check_order(values, long, source_col, report)
    values["external_id"] = _external_ids(values, source_col, flavour, report)
    if Path(source).suffix.lower() in (".xlsx", ".xlsm", ".ods"):  # "RBC" merged down over two roles
        values["company"], continued = continued_companies(values)
        result.warnings.extend(continued)
    another_table(frame, values, by_field, report)
    no_company(values, by_field, problems, report)
    headings_and_repeats(values, by_field, report)
    same_link(values, by_field, report)
    guesses = (
        pd.concat(guessed, ignore_index=True).sort_values(["row", "column"], kind="stable", ignore_index=True)
        if guessed
        else pd.DataFrame(columns=["row", "column", "value", "read_as", "why"])
    )
    answers = {str(k): str(v) for k, v in (status_map or {}).items()}
    return ParsedSheet(result, frame, values, long, problems, guess, words, guesses, questions, answers)


#: Days before the file was last saved around which dates without a year are read: the year
#: before the save ("3/7" in a sheet saved on 2025-02-24 is 2024-03-07 at the earliest), the
#: dates of one stretch ending by the save.
SAVED_SPAN_DAYS = 182


def _undated_span(source: Path, raw, sheet_name: str | None = None) -> tuple[tuple, str, pd.Timestamp | None]:
    """Where the years of a sheet none of whose dates has one come from: a year or a season in
    its title, its sheet's name or the file's ("Job Search Tracker 2024-25", "2023 search"), else
    the year before the file was last saved (the dates of a tracker are before its last save, the
    third value: None where a title says the years)."""
    named = title_span(raw.title, sheet_name or "", raw.file)
    if named is not None:
        return named, "the year in the sheet's title or name", None
    try:
        saved = pd.Timestamp(source.stat().st_mtime, unit="s").normalize()
    except OSError:  # a file that vanished mid-import: no year to read
        return (None, None), "the span of the sheet", None
    year_before = (saved - pd.Timedelta(days=2 * SAVED_SPAN_DAYS), saved)
    return year_before, f"the day the file was last saved ({saved:%Y-%m-%d})", saved


def _check_order(values, interviews, source_col, report) -> pd.DataFrame:
    """Events before the application, and an offer before the first interview: those cells are left empty."""
    applied = values["applied_on"]

    def day(series):
        return series.dt.strftime("%Y-%m-%d")

    for fld, what in (
        ("first_response_on", "the first response"),
        ("offer_on", "the offer"),
        ("rejected_on", "the rejection"),
        ("decided_on", "the final answer"),
        ("ghosted_on", "the ghosted date"),
    ):
        bad = values[fld] < applied
        for col in source_col[fld][bad].unique():
            mask = bad & source_col[fld].eq(col)
            report(mask, col, what + " (" + day(values[fld]) + ") is before applied_on (" + day(applied) + ")")
        values[fld] = values[fld].where(~bad)
    if len(interviews):
        lookup = applied.reindex(interviews["row"]).to_numpy()
        early_mask = interviews["on"].to_numpy() < lookup
        early = interviews[early_mask]
        for col, group in early.groupby("col", sort=False):
            reason = pd.Series(
                "the interview ("
                + group["on"].dt.strftime("%Y-%m-%d").to_numpy()
                + ") is before applied_on ("
                + day(applied)[group["row"]].to_numpy()
                + ")",
                index=group["row"].to_numpy(),
            )
            reason = reason[~reason.index.duplicated()]
            report(pd.Series(True, index=reason.index), col, reason)
        interviews = interviews[~early_mask]
        values["interview_on"] = values["interview_on"].where(~(values["interview_on"] < applied))
        first = interviews.groupby("row")["on"].min().reindex(values.index)
        bad = values["offer_on"] < first
        for col in source_col["offer_on"][bad].unique():
            report(
                bad & source_col["offer_on"].eq(col),
                col,
                "the offer (" + day(values["offer_on"]) + ") is before the first interview (" + day(first) + ")",
            )
        values["offer_on"] = values["offer_on"].where(~bad)
    return interviews.reset_index(drop=True)


def _external_ids(values, source_col, flavour, report) -> pd.Series:
    given = values["external_id"]
    ids = (flavour + ":" + given.astype(str)).where(given.notna())
    dup = ids.notna() & ids.duplicated(keep="first")
    for col in source_col["external_id"][dup].unique():
        report(
            dup & source_col["external_id"].eq(col),
            col,
            "the same id is on an earlier row of this file; this row is keyed by its company, role and date",
        )
    ids = ids.where(~dup)

    def norm(s):
        return s.fillna("").astype(str).str.lower().str.replace(r"\s+", " ", regex=True).str.strip()

    key = (
        "sheet:"
        + norm(values["company"])
        + "|"
        + norm(values["role"])
        + "|"
        + values["applied_on"].dt.strftime("%Y-%m-%d").fillna("")
    )
    nth = key.groupby(key).cumcount() + 1
    key = key.where(nth.eq(1), key + "#" + nth.astype(str))
    return ids.where(ids.notna(), key)
