"""Write the tracker out as a folder of CSV files, and read such a folder back.

The kit's own format is a folder with one CSV per table (``applications.csv``,
``contacts.csv``, ``interviews.csv``, ``participants.csv``, ``events.csv``,
``action_state.csv``) with exactly the columns of :data:`followup_kit.store.model.COLUMNS`,
plus ``meta.csv`` (``key,value``: ``format``, ``timezone``, ``schema_version``,
``exported_at``).  ``applications.csv`` also carries the derived ``status`` for
readability; importing ignores it.

* Encoding UTF-8 *with* a byte-order mark (``utf-8-sig``), so Excel shows
  accented names correctly when the file is double-clicked; the importer
  accepts it with or without the mark.
* Dates as ``YYYY-MM-DD``; points in time as ISO 8601 with the offset of the
  tracker's time zone (``2026-03-10T14:00:00-04:00``); yes/no as ``true``/``false``.
* A text cell that a spreadsheet would run as a formula (starting with
  ``= + - @``, tab or carriage return) is written with a leading apostrophe,
  and so is a text cell that itself starts with an apostrophe; reading the
  folder back removes exactly one leading apostrophe from every text cell, so
  the round trip is exact.
* Files are created readable and writable by their owner only (0o600), a new
  folder 0o700; each file is written to a temporary name and renamed.

Examples
--------
>>> import tempfile, pathlib
>>> from followup_kit.store.tracker import Tracker
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> t = Tracker.create(folder / "t.sqlite", timezone="America/New_York")
>>> _ = t.add_application("Acme", "=HYPERLINK()", applied_on="2026-09-01")
>>> [p.name for p in export_tracker(t, folder / "export")]  # doctest: +NORMALIZE_WHITESPACE
['applications.csv', 'contacts.csv', 'interviews.csv', 'participants.csv', 'events.csv',
 'action_state.csv', 'meta.csv']
>>> (folder / "export" / "applications.csv").read_text(encoding="utf-8-sig").splitlines()[1].split(",")[:3]
['1', 'Acme', "'=HYPERLINK()"]
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from followup_kit import vocabulary
from followup_kit._validation import as_of_day
from followup_kit.errors import InputError, mask_addresses
from followup_kit.io.import_result import ImportProblems, ImportResult
from followup_kit.io.sheets.cells import neutralise, read_sheet, text_cells
from followup_kit.store import model
from followup_kit.store.files import private_file, private_folder
from followup_kit.store.frames import with_status

#: What ``meta.csv`` says the folder is.
FORMAT = "followup-kit export"
#: Table files in the order they are written and restored (parents before children).
TABLES = ("applications", "contacts", "interviews", "participants", "events", "action_state")
RESTORE_ORDER = ("contacts", "applications", "interviews", "participants", "events", "action_state")
#: Columns added after layout 1; an older export without them reads them as blank.
ADDED_COLUMNS = {
    "interviews": ("calendar_uid", "calendar_recurrence_id", "calendar_sequence", "cancelled_at"),
    "applications": ("still_waiting",),
}
_BOOL_COLUMNS = ("confidential", "still_interested", "still_waiting")
_CHOICES = {
    "relation": vocabulary.RELATIONS,
    "kind": vocabulary.EVENT_KINDS,
    "state": vocabulary.ACTION_STATES,
    "stored_status": vocabulary.STATUSES,
}
_REQUIRED = {
    "applications": ("application_id", "company"),
    "contacts": ("contact_id", "name", "relation"),
    "interviews": ("interview_id", "application_id", "starts_at"),
    "participants": ("interview_id", "contact_id"),
    "events": ("event_id", "application_id", "kind", "on"),
    "action_state": ("action_key", "state", "done_at"),
}
_FOREIGN = {  # (table, column) -> (parent table, parent key)
    ("applications", "referrer_id"): ("contacts", "contact_id"),
    ("interviews", "application_id"): ("applications", "application_id"),
    ("participants", "interview_id"): ("interviews", "interview_id"),
    ("participants", "contact_id"): ("contacts", "contact_id"),
    ("events", "application_id"): ("applications", "application_id"),
}


def export_tracker(tracker, out_dir, *, exported_at=None) -> list[Path]:
    """Write every table of ``tracker`` to ``out_dir`` in the kit's own format.

    Parameters
    ----------
    tracker : Tracker
    out_dir : path
        Created (0o700) if missing; files of an earlier export there are replaced.
    exported_at : datetime, optional
        Recorded in ``meta.csv``; default now (pin it for reproducible files).  The ``status``
        column is the status on that day (the silence rule of :mod:`followup_kit.store.silence`
        depends on the day), for reading only: an import derives it again.

    Returns
    -------
    list of Path
        The files written, ``meta.csv`` last.
    """
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError("exists and is not a folder", field="out", value=str(out))
    if not out.exists():
        private_folder(out)  # and every folder made on the way (export --out a/b)
    tables = tracker.tables()
    if exported_at is not None:
        day = as_of_day(exported_at, tracker.timezone)
        apps = tables["applications"].drop(columns="status")
        tables["applications"] = with_status(
            apps, tables["events"], tables["interviews"], day=day, timezone=tracker.timezone
        )
    written = []
    for name in TABLES:
        written.append(write_csv(_formatted(name, tables[name], tracker.timezone), out / f"{name}.csv"))
    when = exported_at or dt.datetime.now(dt.UTC)
    meta = pd.DataFrame(
        {
            "key": ["format", "timezone", "schema_version", "exported_at"],
            "value": [FORMAT, tracker.timezone, str(tracker.schema_version), when.isoformat(timespec="seconds")],
        }
    )
    written.append(write_csv(meta, out / "meta.csv"))
    return written


def _formatted(name: str, frame: pd.DataFrame, tz: str) -> pd.DataFrame:
    out = {}
    for col in frame.columns:
        values = frame[col]
        if col in model.DATE_COLUMNS.get(name, ()):
            text = values.dt.strftime("%Y-%m-%d")
        elif col in model.TIMESTAMP_COLUMNS.get(name, ()):
            text = (
                values.dt.tz_convert(tz)
                .dt.strftime("%Y-%m-%dT%H:%M:%S%z")
                .str.replace(r"([+-]\d{2})(\d{2})$", r"\1:\2", regex=True)
            )
        elif col in _BOOL_COLUMNS:
            text = values.map({True: "true", False: "false"})
        elif col in model.INTEGER_COLUMNS:
            text = values.astype("Int64").astype(str).where(values.notna())
        else:
            text = values.astype(object).where(values.notna(), None)
        out[col] = text.astype(object).where(text.notna(), None)
    return pd.DataFrame(out, columns=list(frame.columns))


def write_csv(frame: pd.DataFrame, path) -> Path:
    """Write ``frame`` as UTF-8-with-BOM CSV, owner read/write only, replacing ``path`` atomically.

    Text a spreadsheet would run as a formula is neutralised with an apostrophe.
    """
    path = Path(path)
    frame = frame.apply(lambda col: neutralise(col) if col.dtype == object else col)
    with private_file(path, "w", encoding="utf-8-sig", newline="") as fh:
        frame.to_csv(fh, index=False, lineterminator="\r\n")
    return path


# --- reading an export back -------------------------------------------------------------


def is_export(folder) -> bool:
    """Whether ``folder`` looks like a kit export (it has ``meta.csv``)."""
    return (Path(folder) / "meta.csv").is_file()


def read_export(folder, *, tz: str, schema_version: int):
    """Read and check a kit export folder.

    Returns ``(tables, meta, problems)``: SQLite-ready DataFrames per table
    (text, ISO dates, UTC times, 0/1), the ``meta.csv`` values, and a list of
    :class:`~followup_kit.errors.InputError`, one per bad cell.  Naive times
    are read in ``tz``.  Raises InputError if the folder is not an export.
    """
    folder = Path(folder)
    if not is_export(folder):
        raise InputError(
            "this folder is not a followup-kit export (it has no meta.csv); to import a "
            "spreadsheet, name the .csv or .xlsx file itself",
            file=str(folder),
        )
    meta_sheet = read_sheet(folder / "meta.csv").frame
    meta = dict(
        zip(
            text_cells(meta_sheet.get("key", pd.Series(dtype=object))),
            text_cells(meta_sheet.get("value", pd.Series(dtype=object))),
        )
    )
    version = meta.get("schema_version", "")
    if not version.isdigit() or int(version) > schema_version:
        raise InputError(
            f"written by a newer or unknown followup-kit (layout version {version!r}); upgrade the kit to import it",
            file=f"{folder.name}/meta.csv",
        )
    problems: list[InputError] = []
    tables = {}
    for name in TABLES:
        path = folder / f"{name}.csv"
        if not path.is_file():
            if name == "applications":
                raise InputError("missing applications.csv", file=str(folder))
            tables[name] = pd.DataFrame(columns=[c for c in model.COLUMNS[name] if c != "status"])
            continue
        tables[name] = _parse_table(
            name, read_sheet(path).frame, f"{folder.name}/{name}.csv", meta.get("timezone") or tz, problems
        )
    _check_keys(tables, folder.name, problems)
    return tables, meta, problems


def _parse_table(name: str, frame: pd.DataFrame, file: str, tz: str, problems: list) -> pd.DataFrame:

    wanted = [c for c in model.COLUMNS[name] if c != "status"]
    added = {c: "false" if c in _BOOL_COLUMNS else "" for c in ADDED_COLUMNS.get(name, ()) if c not in frame.columns}
    frame = frame.assign(**added)
    missing = [c for c in wanted if c not in frame.columns]
    if missing:
        raise InputError("missing columns " + ", ".join(missing), file=file)

    def report(mask, col, reason):
        for row in frame.index[mask.to_numpy(dtype=bool)]:
            problems.append(
                InputError(reason, field=col, value=mask_addresses(frame.at[row, col]), row=int(row), file=file)
            )

    out = {}
    for col in wanted:
        text = text_cells(frame[col])
        blank = text.eq("")
        if col in _REQUIRED[name]:
            report(blank, col, "is required")
        if col in model.DATE_COLUMNS.get(name, ()):
            parsed = pd.to_datetime(text.where(~blank), format="%Y-%m-%d", errors="coerce")
            report(~blank & parsed.isna(), col, "not a date; write it as YYYY-MM-DD")
            value = parsed.dt.strftime("%Y-%m-%d")
        elif col in model.TIMESTAMP_COLUMNS.get(name, ()):
            value = _instants(text, blank, tz)
            report(~blank & value.isna(), col, "not a date and time (ISO 8601, e.g. 2026-03-10T14:00:00-04:00)")
        elif col in _BOOL_COLUMNS:
            value = text.str.lower().map({"true": 1, "false": 0, "1": 1, "0": 0, "yes": 1, "no": 0})
            report(~value.notna(), col, "not true or false")
        elif col in model.INTEGER_COLUMNS:
            value = pd.to_numeric(text.where(text.str.fullmatch(r"\d+")), errors="coerce").astype("Int64")
            report(~blank & value.isna(), col, "not a whole number")
        else:
            value = text.where(~text.str.startswith("'"), text.str[1:])
            if col in _CHOICES:
                report(~blank & ~value.isin(_CHOICES[col]), col, "must be one of " + ", ".join(_CHOICES[col]))
        value = value.astype(object)
        out[col] = value.where(value.notna() & ~blank, None)
    table = pd.DataFrame(out, index=frame.index)
    key = [c for c in _REQUIRED[name] if c.endswith(("_id", "_key"))][: 1 if name != "participants" else 2]
    dup = table.duplicated(subset=key, keep="first") & table[key].notna().all(axis=1)
    report(dup, key[0], "appears twice in this file")
    return table


def _instants(text: pd.Series, blank: pd.Series, tz: str) -> pd.Series:
    """ISO times with an offset as UTC text; naive ones are read in ``tz``."""
    aware = text.str.contains(r"(?:Z|[+-]\d{2}:?\d{2})$", regex=True) & ~blank
    out = pd.Series(None, index=text.index, dtype=object)
    if aware.any():
        parsed = pd.to_datetime(text[aware], utc=True, format="ISO8601", errors="coerce")
        out[aware] = parsed.dt.strftime("%Y-%m-%dT%H:%M:%S+00:00").where(parsed.notna())
    naive = ~aware & ~blank
    if naive.any():
        parsed = pd.to_datetime(text[naive], format="ISO8601", errors="coerce")
        local = parsed.dt.tz_localize(tz, ambiguous="NaT", nonexistent="shift_forward").dt.tz_convert("UTC")
        out[naive] = local.dt.strftime("%Y-%m-%dT%H:%M:%S+00:00").where(local.notna())
    return out


def _check_keys(tables: dict, folder: str, problems: list) -> None:
    for (name, col), (parent, key) in _FOREIGN.items():
        child = tables[name]
        if col not in child:
            continue
        orphan = child[col].notna() & ~child[col].isin(set(tables[parent][key].dropna()))
        for row in child.index[orphan.to_numpy(dtype=bool)]:
            problems.append(
                InputError(
                    f"no {parent[:-1]} with this id in {parent}.csv",
                    field=col,
                    value=child.at[row, col],
                    row=int(row),
                    file=f"{folder}/{name}.csv",
                )
            )


# --- restoring -------------------------------------------------------------------------


def restore_export(tracker, folder: Path) -> ImportResult:
    """Restore a folder written by :func:`export_tracker` into an empty ``tracker``, with its ids; all or nothing."""
    tables, meta, problems = read_export(folder, tz=tracker.timezone, schema_version=tracker.schema_version)
    result = ImportResult(
        file=folder.name, detected={"format": "followup-kit export", "timezone": meta.get("timezone")}
    )
    result.rows_read = sum(len(t) for t in tables.values())
    result.detected["tables"] = {name: len(t) for name, t in tables.items()}
    if problems:
        raise ImportProblems(folder.name, sorted(problems, key=lambda p: (str(p.file), p.row)))
    with tracker.transaction() as conn:
        held = {n: conn.execute(f"SELECT count(*) FROM {n}").fetchone()[0] for n in RESTORE_ORDER}
        if any(held.values()):
            raise InputError(
                f"{tracker.path.name} already holds data ({held['applications']} applications, "
                f"{held['contacts']} contacts); a kit export restores a whole tracker with its ids, so "
                "import it into a new one (followup-kit init --tracker NEW.sqlite, then import there)",
                file=folder.name,
            )
        for name in RESTORE_ORDER:
            tracker.insert_rows(name, tables[name])
    result.rows_imported = result.rows_read
    return result
