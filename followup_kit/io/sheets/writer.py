"""Write the parsed rows of a flat sheet into the tracker, in one transaction.

New applications are inserted and known ones (same ``external_id``) updated
without erasing what the tracker holds; referrers become contacts; interviews
and events the tracker does not have yet are added; rows with problems are
refused (the tracker is unchanged) or, with ``skip_invalid``, written with a
``problem`` column to a rejects CSV.  The rows come from
:func:`followup_kit.io.sheets.rows.parse_sheet`.

Examples
--------
>>> import tempfile, pathlib
>>> from followup_kit.store.tracker import Tracker
>>> from followup_kit.io.sheets.rows import parse_sheet
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "jobs.csv").write_text("Company,Applied,Interview\\nAcme,2026-11-14,2026-11-20\\n")
>>> parsed = parse_sheet(folder / "jobs.csv", mapping=None, status_map=None, dayfirst=None, sheet=None, tz="UTC")
>>> t = Tracker.create(folder / "t.sqlite", timezone="UTC")
>>> print(write_parsed_sheet(t, parsed, skip_invalid=False, rejects_path=None))
jobs.csv: 1 rows read: 1 imported, 0 updated, 0 rejected (utf-8, ',')
>>> t.interviews.loc[0, "starts_at"].isoformat()
'2026-11-20T09:00:00+00:00'
>>> t.close()
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from followup_kit import vocabulary
from followup_kit.io.import_result import ImportProblems, ImportResult
from followup_kit.io.kit_folder import write_csv
from followup_kit.io.sheets.columns import DATE_FIELDS, SKIP, TEXT_FIELDS
from followup_kit.io.sheets.rows import ParsedSheet

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


def write_parsed_sheet(tracker, flat: ParsedSheet, *, skip_invalid: bool, rejects_path) -> ImportResult:
    """Write the rows of ``flat`` into ``tracker`` in one transaction (see :mod:`followup_kit.io.sources`)."""
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
    # the final answer's event follows the row's status (vocabulary.DECIDED_EVENTS)
    decided = rows["decided_on"]
    kind = rows["status"].map(vocabulary.DECIDED_EVENTS).fillna("response")
    parts += [
        # (a ghosted row's final answer is its ghosted date, below)
        pd.DataFrame({"application_id": app_id, "kind": kind, "on": decided.where(~kind.eq("ghosted"))}),
        # an accepted offer was an offer first: on the offer date if the sheet has one, else on the final answer
        pd.DataFrame(
            {
                "application_id": app_id,
                "kind": "offer",
                "on": decided.where(rows["status"].eq("accepted") & rows["offer_on"].isna()),
            }
        ),
    ]
    latest_interview = interviews.groupby("row")["on"].max().reindex(rows.index)
    dated = [f for f in DATE_FIELDS if f not in ("interview_on", "ghosted_on")]
    latest = pd.concat([rows[dated], latest_interview], axis=1).max(axis=1)
    ghosted = rows["status"].eq("ghosted")
    on = rows["ghosted_on"].where(rows["ghosted_on"].notna(), decided.where(ghosted & decided.notna(), latest))
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
