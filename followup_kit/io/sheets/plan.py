"""What importing a sheet would do, before it does it: the plan the dry run and the desk show.

:func:`plan_sheet` reads and parses a sheet exactly as the import does (the import writes the
plan's parsed rows, so the rules are one) and says, for each source column, the field it
becomes and why; for each status word, the status it is read as and on how many rows; how
many rows would be imported, set aside or skipped; and what is missing (no application
dates: no wait can be measured).  It never touches a tracker.

Examples
--------
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "jobs.csv"
>>> _ = path.write_text("Company,Application,Status\\nAcme,2026-03-02,In process\\nGlobex,2026-03-04,Declined\\n")
>>> plan = plan_sheet(path)
>>> plan.columns[["source", "field"]].values.tolist()
[['Company', 'company'], ['Application', 'applied_on'], ['Status', 'status']]
>>> plan.statuses.values.tolist()
[['Declined', 'not read: could mean two statuses', 1, ''], ['In process', 'applied', 1, 'a known word']]
>>> plan.questions[["word", "rows", "ambiguous"]].values.tolist()
[['Declined', 1, 'could mean two statuses']]
>>> plan.counts
{'rows': 2, 'to_import': 2, 'with_problems': 0, 'not_imported': 0, 'cells_left_empty': 0, 'skipped': 0, 'with_applied_date': 2, 'guesses': 0, 'questions': 1}
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from followup_kit import vocabulary
from followup_kit.io.sheets.columns import normalise_words
from followup_kit.io.sheets.rows import ROW, ParsedSheet, parse_sheet
from followup_kit.io.sheets.status_words import AMBIGUOUS_WORDS, SKIP, read_statuses, user_status_words
from followup_kit.io.sheets.workbook import tracker_sheets
from followup_kit.store.episodes import SEARCH_PAUSE_DAYS

#: How many row problems (and date guesses) a plan lists before "and N more".
PROBLEMS_SHOWN = 20
#: What an answer to a status word can be: a status, or ``skip`` (not applied yet).
ANSWERS = (*vocabulary.STATUSES, SKIP)
_HOW = {"word": "a known word", "shape": "by meaning (phrase)", "stem": "by meaning (word stem)"}
_HOW |= {"typo": "by meaning (a typo)", "your answer": "your answer", "": ""}


@dataclass(frozen=True)
class SheetPlan:
    """What importing a sheet would do.

    Attributes
    ----------
    file : str
        The sheet's file name.
    columns : DataFrame
        One row per source column: ``source``, ``field`` (or "not imported"), ``reason``, ``sample``.
    statuses : DataFrame
        One row per status word as written: ``word``, ``status`` (what it is read as), ``rows``, ``how``.
    counts : dict
        ``rows`` read, ``to_import``, ``with_problems`` (rows with any problem), ``not_imported`` (no
        company), ``cells_left_empty``, ``skipped`` (not applied yet), ``with_applied_date``, ``guesses``
        (dates read by a guess), ``questions`` (status words to answer).
    questions : DataFrame
        One row per status word nothing reads: ``word``, ``column``, ``rows``, ``ambiguous`` and
        ``choices`` (the answers it can take, :data:`ANSWERS`): one dropdown per word.  Its rows are
        imported with the status their dates give, the word in their notes.
    guesses : DataFrame
        One row per date read by a guess: ``row``, ``column``, ``value``, ``read_as``, ``why``.
    warnings : tuple of str
        What the import would cost ("no application dates..."), date columns left out.
    problems : tuple of str
        The first row problems, each naming its row, column and value (the import refuses them).
    problem_count : int
        How many row problems there are in all.
    detected : dict
        Encoding, delimiter, date order, flavour.
    """

    file: str
    columns: pd.DataFrame
    statuses: pd.DataFrame
    counts: dict
    parsed: ParsedSheet = field(repr=False, compare=False)  # what the import writes
    warnings: tuple = ()
    problems: tuple = ()
    problem_count: int = 0
    detected: dict = field(default_factory=dict)
    questions: pd.DataFrame = field(default_factory=pd.DataFrame, compare=False)
    guesses: pd.DataFrame = field(default_factory=pd.DataFrame, compare=False)

    def to_dict(self) -> dict:
        """The plan as plain data (what ``--format json`` prints)."""
        return {
            "file": self.file,
            "columns": self.columns.to_dict("records"),
            "statuses": self.statuses.to_dict("records"),
            "counts": dict(self.counts),
            "warnings": list(self.warnings),
            "problems": list(self.problems),
            "problem_count": self.problem_count,
            "detected": {k: v for k, v in self.detected.items() if v is not None},
            "questions": [
                {k: (list(v) if isinstance(v, tuple) else v) for k, v in q.items()}
                for q in self.questions.to_dict("records")
            ],
            "guesses": self.guesses.to_dict("records"),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)

    def summary(self) -> str:
        """One sentence: how many rows would be imported, set aside and skipped."""
        c = self.counts
        text = f"{self.file}: {c['rows']} rows read: {c['to_import']} would be imported"
        if c["cells_left_empty"]:
            n = c["cells_left_empty"]
            text += f", {n} cell{'s' * (n != 1)} that cannot be read would be left empty"
        if c["not_imported"]:
            text += f", {c['not_imported']} without a company would not be imported"
        if c["skipped"]:
            text += f", {c['skipped']} skipped (not applied yet)"
        return text + f"; {c['with_applied_date']} have an application date"

    def to_text(self) -> str:
        """The plan as the dry run prints it: columns, status words, counts, warnings, problems."""
        parts = ["Dry run: nothing was imported.", self.summary(), "", "Columns:"]
        parts.append(_left(self.columns[["source", "field", "reason"]]))
        if len(self.statuses):
            parts += ["", "Status words:", _left(self.statuses)]
        if self.warnings:
            parts += ["", "Warnings:", *(f"! {w}" for w in self.warnings)]
        if len(self.questions):
            parts += [
                "",
                "Status words to answer (their rows keep the status their dates give, the word in their notes):",
            ]
            parts += [
                f"? {q.word!r} ({q.rows} row{'s' * (q.rows != 1)}, column {q.column!r}"
                + (f", {q.ambiguous}" if q.ambiguous else "")
                + f'): which of {", ".join(ANSWERS)}? answer with --status "{q.word}=STATUS"'
                for q in self.questions.itertuples()
            ]
        if len(self.guesses):
            shown = self.guesses.head(PROBLEMS_SHOWN)
            more = len(self.guesses) - len(shown)
            parts += ["", "Dates read by a guess:"] + [
                f"row {g.row}, column {g.column!r}, value {g.value!r}: read as {g.read_as} ({g.why})"
                for g in shown.itertuples()
            ]
            parts += [f"... and {more} more"] if more > 0 else []
        if self.problems:
            more = self.problem_count - len(self.problems)
            parts += ["", "Problems (cells left empty, rows without a company not imported):"]
            parts += list(self.problems) + ([f"... and {more} more"] if more > 0 else [])
        return "\n".join(parts)

    def __str__(self) -> str:
        return self.to_text()

    def _repr_html_(self) -> str:
        cols = self.columns.to_html(index=False, escape=True, border=0)
        words = self.statuses.to_html(index=False, escape=True, border=0) if len(self.statuses) else ""
        notes = "".join(f"<p>&#9888; {html.escape(w)}</p>" for w in self.warnings)
        return f"<p>{html.escape(self.summary())}</p>{notes}{cols}{words}"


def plan_sheet(source, *, mapping=None, status_map=None, dayfirst=None, sheet=None, tz="UTC") -> SheetPlan:
    """Read and parse the sheet ``source`` as the import would, and say what the import would do.

    Takes the same ``mapping``, ``status_map``, ``dayfirst`` and ``sheet`` as
    :func:`~followup_kit.io.sources.import_source`; raises the same
    :class:`~followup_kit.errors.InputError` for problems with the whole file.
    """
    parsed = parse_sheet(Path(source), mapping=mapping, status_map=status_map, dayfirst=dayfirst, sheet=sheet, tz=tz)
    months = tracker_sheets(source) if sheet is None else []
    if months:  # the import reads them all; this plan shows the best of them
        parsed.result.warnings.insert(
            0,
            f"this workbook keeps its tracker in {len(months)} sheets ("
            + ", ".join(map(repr, months))
            + f"): the import reads them all, one after another; this preview shows {parsed.result.detected.get('sheet')!r}",
        )
    values, problems = parsed.values, parsed.problems
    out = parsed.rows_out
    ok = ~values.index.isin(out)
    skipped = ok & values["status"].eq(SKIP).to_numpy()
    counts = {
        "rows": len(values),
        "to_import": int((ok & ~skipped).sum()),
        "with_problems": len({p.row for p in problems}),
        "not_imported": len(out),
        "cells_left_empty": sum(1 for p in problems if p.level != ROW),
        "skipped": int(skipped.sum()),
        "with_applied_date": int(values["applied_on"].notna().sum()),
        "guesses": len(parsed.guesses),
        "questions": len(parsed.questions),
    }
    shown = sorted(problems, key=lambda p: p.row)[:PROBLEMS_SHOWN]
    questions = parsed.questions.assign(choices=[ANSWERS] * len(parsed.questions))
    return SheetPlan(
        file=parsed.result.file,
        columns=parsed.guess.table,
        statuses=_statuses(parsed.words, user_status_words(parsed.answers, parsed.result.file)),
        questions=questions,
        guesses=parsed.guesses,
        counts=counts,
        warnings=(*parsed.result.warnings, *history_warnings(values[ok & ~skipped])),
        problems=tuple(str(p) for p in shown),
        problem_count=len(problems),
        detected=dict(parsed.result.detected),
        parsed=parsed,
    )


def history_warnings(values: pd.DataFrame) -> list[str]:
    """What an accepted offer or a long history in the sheet changes, said before the import.

    A long history: the sheet's dates span more than a search pause (``SEARCH_PAUSE_DAYS``),
    so it holds more than one search, or one long past.  Nothing here depends on today.

    Examples
    --------
    >>> rows = pd.DataFrame({"company": ["Acme", "Beta"], "status": ["accepted", "rejected"],
    ...                      "applied_on": pd.to_datetime(["2023-03-01", "2022-01-10"]),
    ...                      "decided_on": pd.to_datetime(["2023-05-02", None])})
    >>> for line in history_warnings(rows):
    ...     print(line)
    This sheet has an accepted offer on 2023-05-02 (Acme): it closes the follow-ups of the applications open then; your current search starts after it.
    This sheet holds a long history (2 applications from 2022 to 2023): follow-ups past their window count as expired and are not listed; the desk and 'due' show your current search, with all of your history one switch away.
    """
    lines = []
    dates = values.filter(regex="_on$").apply(pd.to_datetime, errors="coerce")
    latest = dates.max(axis=1)
    accepted = values["status"].eq("accepted").to_numpy() if "status" in values else []
    for company, day in list(zip(values.loc[accepted, "company"], latest[accepted]))[:3]:
        when = f" on {day:%Y-%m-%d}" if pd.notna(day) else " (no date)"
        lines.append(
            f"This sheet has an accepted offer{when} ({company}): it closes the follow-ups of the applications "
            "open then; your current search starts after it."
        )
    first, last = dates.min(axis=1).min(), latest.max()
    if pd.notna(last) and (last - first).days > SEARCH_PAUSE_DAYS:
        lines.append(
            f"This sheet holds a long history ({len(values):,} applications from {first.year} to {last.year}): "
            "follow-ups past their window count as expired and are not listed; the desk and 'due' show your "
            "current search, with all of your history one switch away."
        )
    return lines


def _statuses(words: pd.Series, answers: dict) -> pd.DataFrame:
    """Each status word as written, what it is read as and on how many rows."""
    frame = pd.DataFrame({"word": words})
    frame = frame[frame["word"].ne("")]
    norm = normalise_words(frame["word"])
    read = read_statuses(norm, answers)
    frame = frame.assign(status=read["status"], how=read["how"].map(_HOW).fillna(""))
    unread = frame["status"].isna()
    ambiguous = norm.isin(AMBIGUOUS_WORDS)
    frame.loc[unread & ambiguous, "status"] = "not read: could mean two statuses"
    frame.loc[unread & ~ambiguous, "status"] = "not read: asked below"
    frame.loc[frame["status"].eq(SKIP), "status"] = "skip (not applied yet)"
    out = frame.groupby(["word", "status", "how"], sort=True).size().rename("rows").reset_index()
    return out[["word", "status", "rows", "how"]].astype({"rows": "int64"})


def _left(frame: pd.DataFrame) -> str:
    """A plain-text table with left-aligned columns (words read better that way than right-aligned)."""
    text = pd.concat([frame.columns.to_frame().T, frame.astype(str)], ignore_index=True)
    widths = text.apply(lambda col: col.str.len().max())
    padded = text.apply(lambda col: col.str.ljust(int(widths[col.name])))
    return "\n".join(padded.apply(lambda row: "  ".join(row).rstrip(), axis=1))
