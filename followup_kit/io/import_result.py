"""What an import of a sheet or a kit folder did, and the error that lists every problem it found.

Examples
--------
>>> print(ImportResult(file="jobs.csv", rows_read=3, rows_imported=2, rows_skipped=1))
jobs.csv: 3 rows read: 2 imported, 0 updated, 0 rejected, 1 skipped (not applied yet)
>>> result = ImportResult(file="jobs.csv", rows_read=2, rows_imported=2, questions=[{"word": "Dreaming", "rows": 2}])
>>> print(result)
jobs.csv: 2 rows read: 2 imported, 0 updated, 0 rejected; 1 status word to answer: 'Dreaming' (2 rows)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from followup_kit import vocabulary
from followup_kit.errors import FollowupKitError, InputError
from followup_kit.io.sheets.columns import normalise_word
from followup_kit.io.sheets.status_words import AMBIGUOUS_WORDS as AMBIGUOUS


@dataclass
class ImportResult:
    """What an import did; ``str()`` gives a one-line summary, then the warnings and the first problems."""

    #: How many problems ``str()`` lists before "and N more" (all are in ``problems`` and the problems CSV).
    PROBLEMS_SHOWN = 20

    file: str
    rows_read: int = 0
    rows_imported: int = 0
    rows_updated: int = 0
    rows_rejected: int = 0
    rows_skipped: int = 0
    problems: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    unknown_columns: list = field(default_factory=list)
    columns: dict = field(default_factory=dict)
    detected: dict = field(default_factory=dict)
    rejects_path: Path | None = None
    warnings: list = field(default_factory=list)
    #: One per status word nothing could read: ``word``, ``column``, ``rows``, ``ambiguous`` (the row
    #: kept the status its dates give and the word went into its notes); answer with ``status_map``.
    questions: list = field(default_factory=list)
    #: One per date read by a guess: ``row``, ``column``, ``value``, ``read_as``, ``why``.
    guesses: list = field(default_factory=list)
    #: The CSV beside the tracker listing every problem (row, column, value, problem, done).
    problems_path: Path | None = None

    @property
    def cells_left_empty(self) -> int:
        """How many cells could not be read and were left empty (their rows were imported)."""
        return sum(1 for p in self.problems if getattr(p, "level", "cell") != "row")

    def __str__(self) -> str:
        text = (
            f"{self.file}: {self.rows_read} rows read: {self.rows_imported} imported, "
            f"{self.rows_updated} updated, {self.rows_rejected} rejected"
        )
        if self.rows_skipped:
            text += f", {self.rows_skipped} skipped (not applied yet)"
        shown = [
            str(v) if k != "delimiter" else repr(v)
            for k, v in self.detected.items()
            if k in ("encoding", "delimiter", "dates") and v
        ]
        if shown:
            text += " (" + ", ".join(shown) + ")"
        if self.cells_left_empty:
            n = self.cells_left_empty
            text += f"; {n} cell{'s' * (n != 1)} could not be read and {'were' if n != 1 else 'was'} left empty"
        if self.problems_path:
            text += f"; problems listed in {self.problems_path}"
        if self.rejects_path:
            text += f"; rejected rows written to {self.rejects_path}"
        if self.questions:
            n = len(self.questions)
            text += f"; {n} status word{'s' * (n != 1)} to answer: " + ", ".join(
                f"{q['word']!r} ({q['rows']} row{'s' * (q['rows'] != 1)})" for q in self.questions
            )
        if self.unknown_columns:
            text += "; columns not imported: " + ", ".join(self.unknown_columns)
        for warning in self.warnings:
            text += "\n" + warning
        shown = self.problems[: self.PROBLEMS_SHOWN]
        text += "".join("\n" + str(p) for p in shown)
        if len(self.problems) > len(shown):
            text += f"\n... and {len(self.problems) - len(shown)} more"
        return text


class ImportProblems(FollowupKitError):
    """An import found problems and changed nothing; ``problems`` holds one InputError each."""

    #: How many problems the message lists before saying "and N more".
    LIMIT = 50

    def __init__(self, file, problems: list[InputError]):
        self.file = file
        self.problems = problems
        words: dict[str, int] = {}
        lines = []
        for p in problems:
            if p.status_word is not None:
                words[p.status_word] = words.get(p.status_word, 0) + 1
            else:
                lines.append(str(p))
        if words:
            listed = ", ".join(
                f"{w!r} ({n} row{'s' * (n != 1)}{', could mean two statuses' * (normalise_word(w) in AMBIGUOUS)})"
                for w, n in words.items()
            )
            lines.insert(
                0,
                f"{file}, column status: unknown status words {listed}; map each onto one of "
                f'{", ".join(vocabulary.STATUSES)} with --status "Word=status" '
                f"(in Python: status_map={{'Word': 'status'}})",
            )
        more = len(lines) - self.LIMIT
        lines = lines[: self.LIMIT] + ([f"... and {more} more"] if more > 0 else [])
        rows = len({p.row for p in problems})
        super().__init__(
            f"{file}: {len(problems)} problem{'s' * (len(problems) != 1)} in {rows} "
            f"row{'s' * (rows != 1)}; nothing was imported (fix them, or import the valid "
            "rows with --skip-invalid):\n" + "\n".join(lines)
        )


def merged(results: list[ImportResult], sheets: list[str]) -> ImportResult:
    """One result for a workbook read sheet by sheet (``sheets``, in order): counts added up, each
    problem and guess naming its sheet, the columns and what was detected taken from the first.

    >>> a = ImportResult(file="jobs.xlsx", rows_read=2, rows_imported=2)
    >>> b = ImportResult(file="jobs.xlsx", rows_read=3, rows_imported=2, rows_updated=1)
    >>> print(merged([a, b], ["Jan", "Feb"]).warnings[0])
    read 2 sheets of the tracker, one after another: 'Jan', 'Feb'
    >>> merged([a, b], ["Jan", "Feb"]).rows_imported
    4
    """
    first = results[0]
    out = ImportResult(
        file=first.file,
        columns=dict(first.columns),
        detected={**first.detected, "sheet": ", ".join(sheets)},
        warnings=[f"read {len(sheets)} sheets of the tracker, one after another: " + ", ".join(map(repr, sheets))],
    )
    for name, result in zip(sheets, results, strict=True):
        where = f"{result.file}, sheet {name!r}"
        for count in ("rows_read", "rows_imported", "rows_updated", "rows_rejected", "rows_skipped"):
            setattr(out, count, getattr(out, count) + getattr(result, count))
        out.problems += [p.renamed(where) if isinstance(p, InputError) else p for p in result.problems]
        out.skipped += result.skipped
        out.unknown_columns += [c for c in result.unknown_columns if c not in out.unknown_columns]
        out.warnings += [w for w in result.warnings if w not in out.warnings]
        out.questions += result.questions
        out.guesses += [{**g, "sheet": name} for g in result.guesses]
        out.rejects_path = out.rejects_path or result.rejects_path
        out.problems_path = out.problems_path or result.problems_path
        for kind, path in (("problems", result.problems_path), ("rejected rows", result.rejects_path)):
            if path is not None:
                out.warnings.append(f"{kind} of sheet {name!r} listed in {path}")
    return out
