"""Bring a job search into the tracker: a kit export folder, or a spreadsheet of applications.

:func:`import_source` takes either

* a folder written by :func:`~followup_kit.io.kit_folder.export_tracker` (the kit's
  own format).  It restores every table with its ids, so export then import
  into a new tracker gives the same data.  It only goes into an *empty*
  tracker: merging two whole trackers cannot be done safely by guessing, so a
  non-empty tracker is refused with a clear error; or
* a flat sheet (``.csv``, ``.xlsx``, ``.ods``) with one row per application.  Headers
  are matched loosely (case, accents, spaces and punctuation do not matter)
  against the canonical fields in :data:`~followup_kit.io.sheets.columns.FIELDS`
  and the aliases of :data:`followup_kit.vocabulary.SHEET_HEADERS` (English with
  Teal and Huntr exports, French, German, Spanish: "Entreprise", "Unternehmen",
  "Empresa"...); ``mapping={"Source column": "field"}`` overrides (use the
  field ``"ignore"`` to skip a column).  Other columns are recognised by their cells
  (:mod:`followup_kit.io.sheets.guess`): a column of dates by the stage word of its header
  ("Candidature", "Phone call") or by where its dates fall within rows (the earliest is the
  application date), links as ``url``, a few repeated status words as ``status``.  Columns
  nobody claims are listed in :attr:`~followup_kit.io.import_result.ImportResult.unknown_columns`,
  and a sheet without application dates is a warning in
  :attr:`~followup_kit.io.import_result.ImportResult.warnings`.  :func:`~followup_kit.io.sheets.plan.plan_sheet`
  shows all this without importing (``followup-kit import SHEET --dry-run``).

How a sheet row becomes tracker rows:

* ``company`` is required, ``role`` is not (a spontaneous application or a
  recruiter's approach has none).
* ``status`` becomes ``stored_status`` (see :data:`~followup_kit.io.sheets.status_words.STATUS_WORDS`, in the same
  five languages: "Refusé", "Abgelehnt", "Rechazado", "Afgewezen"...; others via
  ``status_map``).  Words such as *wishlist* mean "not applied yet": those rows
  are counted as skipped, not imported.
* ``first_response_on`` -> a ``response`` event; every ``interview_on`` column ->
  an interview at 09:00 local time with no participants; ``offer_on`` ->
  ``offer``; ``rejected_on`` -> ``rejection``; ``decided_on`` (the "final
  answer" date many sheets keep: "Date de réponse", "Antwortdatum", "Fecha de
  respuesta") -> the event the row's status names
  (:data:`~followup_kit.vocabulary.DECIDED_EVENTS`: rejected -> rejection,
  withdrawn -> withdrawal, offer -> offer, accepted -> offer_accepted and an
  offer on that day unless ``offer_on`` says otherwise; any other status: the
  first ``response``); a ghosted status -> a ``ghosted``
  event on ``ghosted_on``, or else on the latest date the row holds (this
  under-states how long the silence lasted); a rejection without a date is
  kept as ``stored_status`` only; ``referrer`` names a contact with relation
  referrer (reused when one of that name exists).
* Each application gets an ``external_id``: the sheet's own id (``teal:``,
  ``huntr:`` or ``sheet:`` + id) or ``sheet:`` + company|role|applied_on
  (normalised; a second identical row in the same file gets ``#2``).
  Importing the same file again updates those applications (a blank cell
  never erases what the tracker holds) and adds only interviews and events it
  does not have yet; it never deletes.

Matching headers and status words is :mod:`followup_kit.io.sheets.columns`, parsing the
rows :mod:`followup_kit.io.sheets.rows`, writing them :mod:`followup_kit.io.sheets.writer`.

Every row is accounted for: ``rows_read == rows_imported + rows_updated +
rows_rejected + rows_skipped``.  A sheet imports cell by cell, in one transaction: a
cell that cannot be read is left empty and listed (row, column, value, why) in the
result and in a problems CSV beside the tracker; a row without a company is not
imported (``rows_rejected``) and goes, with a ``problem`` column, to a rejects CSV.
Only what cannot be a tracker is refused (no company column, an unreadable file).
The answers given in ``status_map`` are kept in the tracker and used again at the
next import of a sheet of the same file name.

Examples
--------
>>> import tempfile, pathlib
>>> from followup_kit.store.tracker import Tracker
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "jobs.csv").write_text(
...     "Company,Position,Date applied,Status,Interview 1,Interview 2\\n"
...     "Acme,Analyst,14.11.2026,Interview,20.11.2026,27.11.2026\\n"
...     "Globex,Engineer,15.11.2026,No response,,\\n", encoding="utf-8")
>>> t = Tracker.create(folder / "tracker.sqlite", timezone="Europe/Berlin")
>>> result = import_source(t, folder / "jobs.csv", mapping={"Position": "role"})
>>> print(result)
jobs.csv: 2 rows read: 2 imported, 0 updated, 0 rejected (utf-8, ',', day-first dates)
>>> t.applications[["company", "stored_status"]].values.tolist()  # as the sheet says (``status`` is as of today)
[['Acme', 'interviewing'], ['Globex', 'ghosted']]
>>> len(t.interviews)
2
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from followup_kit.io.import_result import ImportResult, merged
from followup_kit.io.kit_folder import restore_export
from followup_kit.io.sheets.plan import plan_sheet
from followup_kit.io.sheets.workbook import tracker_sheets
from followup_kit.io.sheets.writer import remembered_status_map, write_parsed_sheet
from followup_kit.store.lock import holds_import_lock


@holds_import_lock
def import_source(
    tracker, source, *, mapping=None, status_map=None, dayfirst=None, skip_invalid=False, rejects_path=None, sheet=None
) -> ImportResult:
    """Import a kit export folder or a flat sheet (``.csv``/``.xlsx``/``.ods``) into ``tracker``.

    Parameters
    ----------
    tracker : Tracker
        Where the data goes.
    source : path
        A folder written by ``followup-kit export``, or a sheet with one row per application.
    mapping : dict, optional
        ``{"Source column": "field"}`` for headers the aliases do not know (field
        ``"ignore"`` skips a column).
    status_map : dict, optional
        ``{"Source word": "status"}`` for status words the kit cannot read by meaning
        (:func:`~followup_kit.io.sheets.status_words.word_meaning`); remembered for the next import.
    dayfirst : bool, optional
        ``True`` for 14/11/2021, ``False`` for 11/14/2021; ``None`` reads each cell its own way
        when a number over 12 says so, ambiguous ones by their column's majority (every such
        guess is listed in the result).
    skip_invalid : bool
        Kept for older callers: a sheet always imports its readable rows and writes the rows
        without a company to ``rejects_path`` (default ``<tracker stem>.rejects.csv``).  A kit
        export is always restored whole or not at all.
    sheet : str, optional
        The XLSX sheet to read (default: the first).

    Returns
    -------
    ImportResult

    Raises
    ------
    ImportProblems
        When a kit export folder has problems; the tracker is unchanged.
    InputError
        For problems with the whole file (empty, unknown column in ``mapping``,
        dates that could be day-first or month-first...).
    """
    source = Path(source)
    if source.is_dir():
        return restore_export(tracker, source)
    answers = remembered_status_map(tracker, source.name) | dict(status_map or {})
    names = [] if sheet is not None else tracker_sheets(source)
    own: dict[str, set[str]] = {}  # each sheet's columns, as its first reading found them
    if names:  # one header, one reading: each column is what most months read it as
        votes: dict[str, Counter] = {}
        for name in names:
            plan = plan_sheet(
                source, mapping=mapping, status_map=answers, dayfirst=dayfirst, sheet=name, tz=tracker.timezone
            )
            own[name] = {str(c) for c in plan.parsed.frame.columns}
            for col, fld in plan.parsed.guess.columns.items():
                if _DERIVED.search(str(col)) is None:  # a split's own column is made again by each reading
                    votes.setdefault(col, Counter())[fld] += 1
        mapping = {**{col: count.most_common(1)[0][0] for col, count in votes.items()}, **(mapping or {})}
    results = []
    for name in names or [sheet]:  # a log kept one sheet a month: each sheet in turn, later ones updating
        plan = plan_sheet(
            source, mapping=_own_columns(mapping, own.get(name)), status_map=answers, dayfirst=dayfirst, sheet=name,
            tz=tracker.timezone,
        )  # fmt: skip
        rejects, problems = _side_files(tracker, rejects_path, name) if names else (rejects_path, None)
        written = write_parsed_sheet(
            tracker, plan.parsed, skip_invalid=skip_invalid, rejects_path=rejects, problems_path=problems
        )
        results.append(written)
    return results[0] if len(results) == 1 else merged(results, names)


#: A column the reading made by splitting one of the sheet's ("Job (company)", "Dates (applied_on)"):
#: never a column of the file, so never named back to it.
_DERIVED = re.compile(
    r" \((?:company|role|applied_on|first_response_on|interview_on|offer_on|rejected_on|decided_on)\)$"
)


def _own_columns(mapping, headers: set[str] | None):
    """The voted reading of the columns a sheet has (``headers``): a history sheet with its own header
    ("Outcome" where the tracker says "Status") keeps its own reading, and names no column it lacks."""
    if not mapping or headers is None:
        return mapping
    return {col: fld for col, fld in mapping.items() if col in headers} or None


def _side_files(tracker, rejects_path, sheet: str) -> tuple[Path, Path]:
    """The rejects and problems CSVs of one sheet of many, so a later sheet never overwrites an
    earlier one's: ``tracker.rejects.Feb.csv``, ``tracker.problems.Feb.csv``."""
    tag = re.sub(r"[^\w.-]+", "_", sheet).strip("._") or "sheet"
    rejects = Path(rejects_path) if rejects_path else tracker.path.with_name(tracker.path.stem + ".rejects.csv")
    return (
        rejects.with_name(f"{rejects.stem}.{tag}{rejects.suffix}"),
        tracker.path.with_name(f"{tracker.path.stem}.problems.{tag}.csv"),
    )
