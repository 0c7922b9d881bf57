"""Read a flat sheet (one row per application) and parse its rows into canonical fields.

Every cell is checked here (text length and control characters, spreadsheet error
cells, dates in one day/month order for the whole file, status words, events
before the application, duplicate ids) and each problem is collected with its
row, column and value, so the import can refuse the file or set those rows
aside.  Nothing is written: :mod:`followup_kit.io.sheets.writer` does that.

Examples
--------
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "jobs.csv"
>>> _ = path.write_text("Company,Applied,Status\\nAcme,2026-11-14,Applied\\nGlobex,2026-11-15,Dreaming\\n")
>>> parsed = parse_sheet(path, mapping=None, status_map=None, dayfirst=None, sheet=None, tz="Europe/Berlin")
>>> parsed.values[["company", "status", "external_id"]].values.tolist()
[['Acme', 'applied', 'sheet:acme||2026-11-14'], ['Globex', None, 'sheet:globex||2026-11-15']]
>>> [(p.row, p.field) for p in parsed.problems]
[(3, 'Status')]
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from followup_kit.errors import InputError, mask_addresses
from followup_kit.io.import_result import ImportResult
from followup_kit.io.sheets.cells import (
    FORMULA_START,
    decide_order,
    error_cells,
    finish_dates,
    scan_dates,
    text_cells,
)
from followup_kit.io.sheets.columns import (
    AMBIGUOUS_WORDS,
    DATE_FIELDS,
    TEXT_FIELDS,
    json_name,
    kit_statuses,
    normalise_word,
    normalise_words,
    user_status_words,
)
from followup_kit.io.sheets.exports import shape_export
from followup_kit.io.sheets.guess import ColumnGuess, guess_columns
from followup_kit.io.sheets.workbook import read_tracker_sheet


@dataclass
class ParsedSheet:
    """A flat sheet read and parsed, not yet written: what :func:`parse_sheet` returns."""

    result: ImportResult
    frame: pd.DataFrame  # the original cells, indexed by spreadsheet row number
    values: pd.DataFrame  # one row per sheet row: canonical fields, parsed
    interviews: pd.DataFrame  # long: row, on
    problems: list
    guess: ColumnGuess  # which column is which, and why
    words: pd.Series  # the status word of each row as written ("" where none)


def parse_sheet(source: Path, *, mapping, status_map, dayfirst, sheet, tz) -> ParsedSheet:
    """Read the sheet ``source`` and parse every row into canonical fields, collecting (not raising) row problems."""
    picked = read_tracker_sheet(source, sheet=sheet)  # the workbook's tracker sheet, its header row
    raw = picked.sheet
    shaped = shape_export(raw.frame, picked.mapping(mapping), file=raw.file)  # LinkedIn, Huntr, Teal... by their header
    frame, file, mapping = shaped.frame, raw.file, shaped.mapping
    user_status = user_status_words(status_map, file)
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
        warnings=[*picked.notes, *shaped.notes, *guess.warnings],
    )
    result.detected.update(sheet=picked.sheet_name, export=shaped.name)
    problems: list[InputError] = []

    def report(mask: pd.Series, col: str, reason, word=None):
        for row in mask.index[mask.to_numpy(dtype=bool)]:
            why = reason if isinstance(reason, str) else reason[row]
            err = InputError(why, field=col, value=mask_addresses(frame.at[row, col]), row=int(row), file=file)
            err.status_word = None if word is None else word[row]
            problems.append(err)

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

    # text fields: the first non-blank of the field's columns
    for fld in (*TEXT_FIELDS, "referrer", "external_id"):
        out = pd.Series("", index=frame.index, dtype=object)
        src = pd.Series(None, index=frame.index, dtype=object)
        broken = pd.Series(False, index=frame.index)
        for col in by_field.get(fld, []):
            text = cells(col)
            broken |= error_cells(frame[col])
            text = text.where(~(text.str.startswith("'") & text.str[1:2].isin((*FORMULA_START, "'"))), text.str[1:])
            limit = 300 if fld in ("company", "role", "referrer") else 10_000
            report(
                text.str.contains(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", regex=True), col, "contains a control character"
            )
            report(
                text.str.contains("\ufffd", regex=False),
                col,
                "holds bytes that are not valid text in the file's encoding (shown as \ufffd); "
                "save the sheet as CSV UTF-8 and import it again",
            )
            report(text.str.len() > limit, col, f"is longer than {limit:,} characters")
            take = out.eq("") & text.ne("")
            out, src = out.where(~take, text), src.where(~take, col)
        values[fld], source_col[fld] = out.where(out.ne(""), None), src
        if fld == "company" and by_field.get(fld):
            report(out.eq("") & ~broken, by_field[fld][0], "is required; every application needs a company")

    # dates: one day/month order for the whole file
    scans = {}
    for fld in DATE_FIELDS:
        for col in by_field.get(fld, []):
            bad = error_cells(frame[col])
            report(bad, col, "a spreadsheet error cell; fix the formula or clear the cell")
            scans[col] = scan_dates(frame[col].where(~bad, ""))
    order = decide_order(scans, dayfirst, file=file)
    result.detected["dates"] = f"{order} dates" if order else None
    interviews = []
    for fld in DATE_FIELDS:
        out = pd.Series(pd.NaT, index=frame.index, dtype="datetime64[s]")
        src = pd.Series(None, index=frame.index, dtype=object)
        for col in by_field.get(fld, []):
            dates, reason = finish_dates(scans[col], order)
            report(reason.notna(), col, reason)
            if fld == "interview_on":
                interviews.append(
                    pd.DataFrame({"row": dates.index, "on": dates.to_numpy(), "col": col}).dropna(subset=["on"])
                )
            take = out.isna() & dates.notna()
            out, src = out.where(~take, dates), src.where(~take, col)
        values[fld], source_col[fld] = out, src
    long = (
        pd.concat(interviews, ignore_index=True)
        if interviews
        else pd.DataFrame({"row": pd.Series(dtype="int64"), "on": pd.Series(dtype="datetime64[s]"), "col": []})
    )

    # status words
    status = pd.Series("", index=frame.index, dtype=object)
    status_src = pd.Series(None, index=frame.index, dtype=object)
    for col in by_field.get("status", []):
        text = json_name(cells(col))
        take = status.eq("") & text.ne("")
        status, status_src = status.where(~take, text), status_src.where(~take, col)
    words = normalise_words(status)
    kit = kit_statuses(words, user_status)
    unknown_word = status.ne("") & kit.isna()
    for col in by_field.get("status", []):
        report(
            unknown_word & status_src.eq(col),
            col,
            status[unknown_word].map(_status_reason),
            word=status,
        )
    values["status"] = kit.where(kit.notna(), None)

    _check_order(values, long, source_col, report)
    values["external_id"] = _external_ids(values, source_col, flavour, report)
    return ParsedSheet(result, frame, values, long, problems, guess, status)


def _check_order(values, interviews, source_col, report) -> None:
    """Events before the application, and an offer before the first interview, are problems."""
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
    if len(interviews):
        lookup = applied.reindex(interviews["row"]).to_numpy()
        early = interviews[interviews["on"].to_numpy() < lookup]
        for col, group in early.groupby("col", sort=False):
            reason = pd.Series(
                "the interview ("
                + group["on"].dt.strftime("%Y-%m-%d").to_numpy()
                + ") is before applied_on ("
                + day(applied)[group["row"]].to_numpy()
                + ")",
                index=group["row"].to_numpy(),
            )
            report(pd.Series(True, index=reason.index), col, reason)
        first = interviews.groupby("row")["on"].min().reindex(values.index)
        bad = values["offer_on"] < first
        for col in source_col["offer_on"][bad].unique():
            report(
                bad & source_col["offer_on"].eq(col),
                col,
                "the offer (" + day(values["offer_on"]) + ") is before the first interview (" + day(first) + ")",
            )


def _external_ids(values, source_col, flavour, report) -> pd.Series:
    given = values["external_id"]
    ids = (flavour + ":" + given.astype(str)).where(given.notna())
    dup = ids.notna() & ids.duplicated(keep="first")
    for col in source_col["external_id"][dup].unique():
        report(dup & source_col["external_id"].eq(col), col, "the same id is on an earlier row of this file")

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


def _status_reason(word: str) -> str:
    if normalise_word(word) in AMBIGUOUS_WORDS:
        return (
            "ambiguous status word (rejected by them, or withdrawn by you?); say which with "
            f'--status "{word}=rejected" or --status "{word}=withdrawn"'
        )
    return f'unknown status word; map it with --status "{word}=status"'
