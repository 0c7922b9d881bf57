"""Bring a job search into the tracker: a kit export folder, or a spreadsheet of applications.

:func:`import_source` takes either

* a folder written by :func:`~followup_kit.io.kit_folder.export_tracker` (the kit's
  own format).  It restores every table with its ids, so export then import
  into a new tracker gives the same data.  It only goes into an *empty*
  tracker: merging two whole trackers cannot be done safely by guessing, so a
  non-empty tracker is refused with a clear error; or
* a flat sheet (``.csv``, ``.xlsx``) with one row per application.  Headers
  are matched loosely (case, spaces and punctuation do not matter) against the
  canonical fields in :data:`FIELDS` and a table of aliases that includes Teal
  and Huntr exports; ``mapping={"Source column": "field"}`` overrides (use the
  field ``"ignore"`` to skip a column).  Columns nobody claims are listed in
  :attr:`ImportResult.unknown_columns`.

How a sheet row becomes tracker rows:

* ``status`` becomes ``stored_status`` (see :data:`STATUS_WORDS`; others via
  ``status_map``).  Words such as *wishlist* mean "not applied yet": those rows
  are counted as skipped, not imported.
* ``first_response_on`` -> a ``response`` event; every ``interview_on`` column ->
  an interview at 09:00 local time with no participants; ``offer_on`` ->
  ``offer``; ``rejected_on`` -> ``rejection``; a ghosted status -> a ``ghosted``
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

Every row is accounted for: ``rows_read == rows_imported + rows_updated +
rows_rejected + rows_skipped``.  By default the import is all or nothing: any
problem raises :class:`ImportProblems` listing each one, and the tracker is
unchanged.  With ``skip_invalid=True`` the valid rows are imported and the
others are written, with a ``problem`` column, to a rejects CSV.

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
>>> t.applications[["company", "status"]].values.tolist()
[['Acme', 'interviewing'], ['Globex', 'ghosted']]
>>> len(t.interviews)
2
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from followup_kit import vocabulary
from followup_kit.errors import InputError, mask_addresses
from followup_kit.io.import_result import ImportProblems, ImportResult
from followup_kit.io.kit_folder import restore_export, write_csv
from followup_kit.io.sheets import (
    FORMULA_START,
    decide_order,
    error_cells,
    finish_dates,
    read_sheet,
    scan_dates,
    text_cells,
)

#: Canonical fields of a flat sheet (one row per application).
FIELDS = (
    "company",
    "role",
    "location",
    "source",
    "url",
    "applied_on",
    "status",
    "first_response_on",
    "interview_on",
    "offer_on",
    "rejected_on",
    "ghosted_on",
    "industry",
    "referrer",
    "notes",
    "external_id",
)
DATE_FIELDS = ("applied_on", "first_response_on", "interview_on", "offer_on", "rejected_on", "ghosted_on")
TEXT_FIELDS = ("company", "role", "location", "source", "url", "industry", "notes")
IGNORE = "ignore"

#: Header aliases, compared after :func:`normalise_header` (Teal and Huntr names included).
ALIASES = {
    "company": ("company", "companyname", "employer", "organisation", "organization"),
    "role": ("role", "position", "title", "jobtitle", "job", "positiontitle"),
    "location": ("location", "city"),
    "source": ("source", "applicationsite", "appliedvia", "jobboard", "channel"),
    "url": ("url", "link", "joburl", "joblink", "posting", "jobposting"),
    "applied_on": ("appliedon", "applied", "dateapplied", "applieddate", "applicationdate", "appliedat", "datesent"),
    "status": ("status", "statusname", "listname", "applicationstatus"),
    "first_response_on": (
        "firstresponseon",
        "firstresponse",
        "dateoffirstresponse",
        "responsedate",
        "dateofresponse",
        "firstresponsedate",
    ),
    "offer_on": ("offeron", "offerdate", "dateoffer", "dateofoffer", "offerreceived"),
    "rejected_on": ("rejectedon", "rejectiondate", "daterejected", "rejecteddate", "dateofrejection"),
    "ghosted_on": ("ghostedon", "ghosteddate"),
    "industry": ("industry", "companytype", "sector"),
    "referrer": ("referrer", "referredby", "referral", "referrername"),
    "notes": ("notes", "note", "comments", "comment"),
    "external_id": ("externalid", "id", "jobid"),
}
_ALIAS = {alias: name for name, aliases in ALIASES.items() for alias in aliases}
#: Any number of interview columns: "Interview", "Interview 2", "Round 3 date", "2nd interview"...
_INTERVIEW = re.compile(
    r"^(?:date(?:of)?)?(?:\d+(?:st|nd|rd|th)?|first|second|third|fourth|final|last)?"
    r"(?:interview|round)(?:round)?\d*(?:date|on)?$"
)

SKIP = "skip"
#: Status words recognised without a ``status_map`` (compared after :func:`normalise_word`).
STATUS_WORDS = {
    "applied": ("applied", "application sent", "sent", "submitted", "pending", "in review", "under review"),
    "interviewing": (
        "interview",
        "interviews",
        "interviewing",
        "interviewed",
        "phone screen",
        "screening",
        "onsite",
        "on site",
        "final round",
    ),
    "offer": ("offer", "offered", "offer received", "negotiating", "negotiation"),
    "accepted": ("accepted", "offer accepted", "hired"),
    "rejected": ("rejected", "rejection", "not selected", "unsuccessful"),
    "withdrawn": ("withdrawn", "withdrew", "withdrawal"),
    "ghosted": ("ghosted", "no response", "no reply", "no answer", "never heard back"),
    SKIP: ("wishlist", "bookmarked", "saved", "applying", "to apply"),
}
_STATUS = {word: status for status, words in STATUS_WORDS.items() for word in words}


def normalise_header(name) -> str:
    """Lower-case a header and drop everything but letters and digits.

    >>> normalise_header(" Date_of 1st-Response? ")
    'dateof1stresponse'
    """
    return re.sub(r"[^0-9a-z]+", "", str(name).lower())


def normalise_word(word) -> str:
    """Lower-case a status word and collapse punctuation and spaces.

    >>> normalise_word("  Inter + Rejec ")
    'inter rejec'
    """
    return re.sub(r"[^0-9a-z]+", " ", str(word).lower()).strip()


def import_source(
    tracker, source, *, mapping=None, status_map=None, dayfirst=None, skip_invalid=False, rejects_path=None, sheet=None
) -> ImportResult:
    """Import a kit export folder or a flat sheet (``.csv``/``.xlsx``) into ``tracker``.

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
        ``{"Source word": "status"}`` for status words :data:`STATUS_WORDS` does not know.
    dayfirst : bool, optional
        ``True`` for 14/11/2021, ``False`` for 11/14/2021; ``None`` detects it and
        refuses to guess when every date is ambiguous.
    skip_invalid : bool
        Import the valid rows and write the others to ``rejects_path`` (default
        ``<tracker stem>.rejects.csv`` beside the tracker).  Sheets only: a kit
        export is always restored whole or not at all.
    sheet : str, optional
        The XLSX sheet to read (default: the first).

    Returns
    -------
    ImportResult

    Raises
    ------
    ImportProblems
        When any row has a problem and ``skip_invalid`` is false; the tracker is unchanged.
    InputError
        For problems with the whole file (empty, unknown column in ``mapping``,
        dates that could be day-first or month-first...).
    """
    source = Path(source)
    if source.is_dir():
        return restore_export(tracker, source)
    rows = _read_flat(
        source, mapping=mapping, status_map=status_map, dayfirst=dayfirst, sheet=sheet, tz=tracker.timezone
    )
    return _write_flat(tracker, rows, skip_invalid=skip_invalid, rejects_path=rejects_path)


# --- flat sheets: reading ---------------------------------------------------------------


@dataclass
class _Flat:
    result: ImportResult
    frame: pd.DataFrame  # the original cells, indexed by spreadsheet row number
    values: pd.DataFrame  # one row per sheet row: canonical fields, parsed
    interviews: pd.DataFrame  # long: row, on
    problems: list


def _map_columns(headers: list[str], mapping, file: str) -> tuple[dict[str, str], list[str], str]:
    by_norm: dict[str, str] = {}
    for h in headers:
        by_norm.setdefault(normalise_header(h), h)
    assigned: dict[str, str] = {}
    for src, fld in (mapping or {}).items():
        name = str(fld).strip().lower()
        if name not in FIELDS and name != IGNORE:
            raise InputError(
                f"--map {src}={fld}: {fld!r} is not a field; fields are {', '.join(FIELDS)} (or {IGNORE})", file=file
            )
        col = src if src in headers else by_norm.get(normalise_header(src))
        if col is None:
            raise InputError(
                f"--map {src}={fld}: the file has no column {src!r}; its columns are " + ", ".join(headers), file=file
            )
        assigned[col] = name
    explicit = set(assigned.values()) - {"interview_on"}
    for h in headers:
        n = normalise_header(h)
        fld = _ALIAS.get(n) or ("interview_on" if _INTERVIEW.match(n) else None)
        if h not in assigned and fld and fld not in explicit:
            assigned[h] = fld
    unknown = [h for h in headers if h not in assigned]
    norms = {normalise_header(h) for h in headers}
    flavour = (
        "teal"
        if "companyname" in norms and norms & {"statusname", "excitement", "appliedat"}
        else "huntr"
        if {"companyname", "listname"} <= norms
        else "sheet"
    )
    columns = {h: f for h, f in assigned.items() if f != IGNORE}
    for needed in ("company", "role"):
        if needed not in columns.values():
            raise InputError(
                f'no column for {needed!r}; name it with --map "Your column={needed}" '
                "(the columns are " + ", ".join(headers) + ")",
                file=file,
            )
    return columns, unknown, flavour


def _read_flat(source: Path, *, mapping, status_map, dayfirst, sheet, tz) -> _Flat:
    raw = read_sheet(source, sheet=sheet)
    frame, file = raw.frame, raw.file
    columns, unknown, flavour = _map_columns(list(frame.columns), mapping, file)
    user_status = _status_map(status_map, file)
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
    )
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
        if fld in ("company", "role") and by_field.get(fld):
            report(out.eq("") & ~broken, by_field[fld][0], "is required; every application needs a company and a role")

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
        text = _json_name(cells(col))
        take = status.eq("") & text.ne("")
        status, status_src = status.where(~take, text), status_src.where(~take, col)
    words = status.map(normalise_word)
    kit = words.map(user_status).where(lambda s: s.notna(), words.map(_STATUS))
    unknown_word = status.ne("") & kit.isna()
    for col in by_field.get("status", []):
        report(
            unknown_word & status_src.eq(col),
            col,
            status.map(lambda w: f'unknown status word; map it with --status "{w}=status"'),
            word=status,
        )
    values["status"] = kit.where(kit.notna(), None)

    _check_order(values, long, source_col, report)
    values["external_id"] = _external_ids(values, source_col, flavour, report)
    return _Flat(result, frame, values, long, problems)


def _status_map(status_map, file) -> dict[str, str]:
    out = {}
    for word, status in (status_map or {}).items():
        if status not in (*vocabulary.STATUSES, SKIP):
            raise InputError(
                f"--status {word}={status}: {status!r} is not a status; statuses are "
                + ", ".join(vocabulary.STATUSES)
                + f" (or {SKIP} for rows not applied to yet)",
                file=file,
            )
        out[normalise_word(word)] = status
    return out


def _json_name(text: pd.Series) -> pd.Series:
    """Teal writes the status as JSON with a ``name``; read the name (other cells unchanged)."""
    looks = text.str.startswith("{")
    if not looks.any():
        return text

    def name(cell):
        try:
            value = json.loads(cell)
        except ValueError:
            return cell
        return str(value.get("name", cell)) if isinstance(value, dict) else cell

    names = {cell: name(cell) for cell in text[looks].unique()}
    return text.where(~looks, text.map(names))


def _check_order(values, interviews, source_col, report) -> None:
    """Events before the application, and an offer before the first interview, are problems."""
    applied = values["applied_on"]

    def day(series):
        return series.dt.strftime("%Y-%m-%d")

    for fld, what in (
        ("first_response_on", "the first response"),
        ("offer_on", "the offer"),
        ("rejected_on", "the rejection"),
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


# --- flat sheets: writing ---------------------------------------------------------------

_UPDATABLE = (
    "company",
    "role",
    "applied_on",
    "industry",
    "location",
    "source",
    "url",
    "notes",
    "stored_status",
    "referrer_id",
)


def _write_flat(tracker, flat: _Flat, *, skip_invalid: bool, rejects_path) -> ImportResult:
    result, values = flat.result, flat.values
    problems = sorted(flat.problems, key=lambda p: p.row)
    bad_rows = sorted({p.row for p in problems})
    if problems and not skip_invalid:
        raise ImportProblems(result.file, problems)
    ok = ~values.index.isin(bad_rows)
    skip = ok & values["status"].eq(SKIP).to_numpy()
    result.skipped = [int(r) for r in values.index[skip]]
    rows = values[ok & ~skip]
    tz = tracker.timezone
    with tracker.transaction() as conn:
        known = dict(
            conn.execute(
                "SELECT external_id, application_id FROM applications WHERE external_id IS NOT NULL"
            ).fetchall()
        )
        app_id = rows["external_id"].map(known)
        new = app_id.isna()
        start = conn.execute("SELECT coalesce(max(application_id), 0) FROM applications").fetchone()[0] + 1
        app_id[new] = np.arange(start, start + int(new.sum()))
        app_id = app_id.astype("int64")
        table = pd.DataFrame(
            {
                "application_id": app_id,
                **{f: rows[f] for f in TEXT_FIELDS},
                "applied_on": rows["applied_on"].dt.strftime("%Y-%m-%d"),
                "external_id": rows["external_id"],
                "stored_status": rows["status"],
                "referrer_id": _referrer_ids(tracker, conn, rows["referrer"]),
            }
        ).astype(object)
        table = table.where(table.notna(), None)
        tracker.insert_rows("applications", table[new.to_numpy()])
        sets = ", ".join(f'"{c}" = coalesce(?, "{c}")' for c in _UPDATABLE)
        conn.executemany(
            f"UPDATE applications SET {sets} WHERE application_id = ?",
            table.loc[~new.to_numpy(), [*_UPDATABLE, "application_id"]].itertuples(index=False, name=None),
        )
        _add_interviews(tracker, conn, flat.interviews, app_id, tz)
        _add_events(tracker, conn, _events(rows, flat.interviews, app_id))
    result.rows_imported, result.rows_updated = int(new.sum()), int((~new).sum())
    result.rows_rejected, result.rows_skipped = len(bad_rows), len(result.skipped)
    result.problems = problems
    if bad_rows:
        result.rejects_path = _write_rejects(tracker, flat.frame, problems, rejects_path)
    return result


def _referrer_ids(tracker, conn, names: pd.Series) -> pd.Series:
    """Contact ids of the referrers named, creating contacts (relation referrer) for new names."""
    if names.isna().all():
        return pd.Series(None, index=names.index, dtype=object)
    known: dict[str, int] = {}
    for cid, name in conn.execute(
        "SELECT contact_id, name FROM contacts WHERE relation = 'referrer' ORDER BY contact_id"
    ).fetchall():
        known.setdefault(name.strip().lower(), cid)
    wanted = names.dropna()
    fresh = wanted[~wanted.str.lower().isin(known)].drop_duplicates()
    fresh = fresh[~fresh.str.lower().duplicated()]
    start = conn.execute("SELECT coalesce(max(contact_id), 0) FROM contacts").fetchone()[0] + 1
    ids = np.arange(start, start + len(fresh))
    tracker.insert_rows("contacts", pd.DataFrame({"contact_id": ids, "name": fresh.to_numpy(), "relation": "referrer"}))
    known.update(zip(fresh.str.lower(), ids.tolist()))
    return names.str.lower().map(known).astype(object)


def _add_interviews(tracker, conn, interviews: pd.DataFrame, app_id: pd.Series, tz: str) -> None:
    rows = interviews[interviews["row"].isin(app_id.index)]
    local = rows["on"] + pd.Timedelta(
        hours=vocabulary.DEFAULT_INTERVIEW_TIME.hour, minutes=vocabulary.DEFAULT_INTERVIEW_TIME.minute
    )
    starts = (
        pd.DatetimeIndex(local)
        .tz_localize(tz, ambiguous=np.ones(len(local), dtype=bool), nonexistent="shift_forward")
        .tz_convert("UTC")
    )
    new = pd.DataFrame(
        {"application_id": app_id[rows["row"]].to_numpy(), "starts_at": starts.strftime("%Y-%m-%dT%H:%M:%S+00:00")}
    ).drop_duplicates()
    have = pd.DataFrame(
        conn.execute("SELECT application_id, starts_at FROM interviews").fetchall(),
        columns=["application_id", "starts_at"],
    )
    new = new.merge(have, how="left", indicator=True).query("_merge == 'left_only'").drop(columns="_merge")
    tracker.insert_rows("interviews", new)


def _events(rows: pd.DataFrame, interviews: pd.DataFrame, app_id: pd.Series) -> pd.DataFrame:
    parts = [
        pd.DataFrame({"application_id": app_id, "kind": kind, "on": rows[fld]})
        for fld, kind in (("first_response_on", "response"), ("offer_on", "offer"), ("rejected_on", "rejection"))
    ]
    latest_interview = interviews.groupby("row")["on"].max().reindex(rows.index)
    latest = pd.concat([rows[[*list(DATE_FIELDS[:-2]), "rejected_on"]], latest_interview], axis=1).max(axis=1)
    ghosted = rows["status"].eq("ghosted")
    on = rows["ghosted_on"].where(rows["ghosted_on"].notna(), latest)
    parts.append(pd.DataFrame({"application_id": app_id, "kind": "ghosted", "on": on.where(ghosted)}))
    events = pd.concat(parts, ignore_index=True).dropna(subset=["on"])
    return events.assign(on=events["on"].dt.strftime("%Y-%m-%d")).drop_duplicates()


def _add_events(tracker, conn, events: pd.DataFrame) -> None:
    have = pd.DataFrame(
        conn.execute('SELECT application_id, kind, "on" FROM events').fetchall(),
        columns=["application_id", "kind", "on"],
    )
    new = events.merge(have, how="left", indicator=True).query("_merge == 'left_only'").drop(columns="_merge")
    tracker.insert_rows("events", new)


def _write_rejects(tracker, frame: pd.DataFrame, problems: list, path) -> Path:

    path = Path(path) if path is not None else tracker.path.with_name(tracker.path.stem + ".rejects.csv")
    why = pd.Series([str(p) for p in problems], index=[p.row for p in problems]).groupby(level=0).agg("; ".join)
    out = frame.loc[why.index].astype(object).assign(problem=why)
    write_csv(out, path)
    return path
