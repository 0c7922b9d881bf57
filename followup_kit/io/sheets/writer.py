"""Write the parsed rows of a flat sheet into the tracker, in one transaction.

New applications are inserted and known ones (same ``external_id``) updated
without erasing what the tracker holds; referrers become contacts; interviews
and events the tracker does not have yet are added.  A cell that could not be
read was left empty by :func:`followup_kit.io.sheets.rows.parse_sheet`: its row
is written with the other cells, and every problem goes to a problems CSV
beside the tracker (row, column, value, why, what the import did).  Rows without
a company are not written; they also go, with their cells and a ``problem``
column, to a rejects CSV that imports like any sheet once fixed.  The user's
answers to status words (``status_map``) are kept in the tracker for the next
import of the same sheet (:func:`remembered_status_map`).

Examples
--------
>>> import tempfile, pathlib
>>> from followup_kit.store.tracker import Tracker
>>> from followup_kit.io.sheets.rows import parse_sheet
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "jobs.csv").write_text("Company,Applied,Interview\\nAcme,2026-11-14,2026-11-20\\n")
>>> parsed = parse_sheet(folder / "jobs.csv", mapping=None, status_map=None, dayfirst=None, sheet=None, tz="UTC")
>>> t = Tracker.create(folder / "t.sqlite", timezone="UTC")
>>> print(write_parsed_sheet(t, parsed, rejects_path=None))
jobs.csv: 1 rows read: 1 imported, 0 updated, 0 rejected (utf-8, ',')
>>> t.interviews.loc[0, "starts_at"].isoformat()
'2026-11-20T09:00:00+00:00'
>>> t.close()
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd

from followup_kit import vocabulary
from followup_kit.io.import_result import ImportResult
from followup_kit.io.kit_folder import write_csv
from followup_kit.io.sheets.columns import DATE_FIELDS, TEXT_FIELDS
from followup_kit.io.sheets.rows import ROW, ParsedSheet
from followup_kit.io.sheets.status_words import SKIP

#: Where the tracker keeps the answers to a sheet's status words: this prefix and the sheet's file name.
ANSWERS_KEY = "sheet status answers: "


def remembered_status_map(tracker, file_name: str) -> dict[str, str]:
    """The answers given to the status words of the sheet ``file_name`` at its earlier imports (``{}`` if none)."""
    with tracker.transaction() as conn:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (ANSWERS_KEY + file_name,)).fetchone()
    return dict(json.loads(row[0])) if row else {}


def _remember(conn, file_name: str, answers: dict) -> None:
    if answers:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (ANSWERS_KEY + file_name, json.dumps(answers, ensure_ascii=False, sort_keys=True)),
        )


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


def write_parsed_sheet(
    tracker, flat: ParsedSheet, *, rejects_path=None, skip_invalid: bool = True, as_of=None, problems_path=None
) -> ImportResult:
    """Write the rows of ``flat`` into ``tracker`` in one transaction (see :mod:`followup_kit.io.sources`).

    Every row with a company is written, its unreadable cells left empty; ``skip_invalid`` is
    accepted for older callers and changes nothing (that is what the import always does now).
    ``as_of`` is the day of the import (default: today in the tracker's time zone): a status that
    says the company answered (interviewing, an offer) with no date of that answer is news on
    that day (:func:`_told_today`).
    """
    result, values = flat.result, flat.values
    problems = sorted(flat.problems, key=lambda p: p.row)
    bad_rows = flat.rows_out
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
        _add_events(tracker, conn, _told_today(conn, rows, flat.interviews, app_id, _today(tracker, as_of)))
        _remember(conn, result.file, flat.answers)
    result.rows_imported, result.rows_updated = int(new.sum()), int((~new).sum())
    result.rows_rejected, result.rows_skipped = len(bad_rows), len(result.skipped)
    result.problems = problems
    result.questions = flat.questions.to_dict("records")
    result.guesses = flat.guesses.to_dict("records")
    if bad_rows:
        out = [p for p in problems if p.row in set(bad_rows)]
        result.rejects_path = _write_rejects(tracker, flat.frame, out, rejects_path)
    if problems:
        result.problems_path = _write_problems(tracker, problems, problems_path)
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


def _today(tracker, as_of) -> pd.Timestamp:
    if as_of is not None:
        return pd.Timestamp(as_of).normalize()
    return pd.Timestamp.now(tz=tracker.timezone).tz_localize(None).normalize()


def _told_today(conn, rows: pd.DataFrame, interviews: pd.DataFrame, app_id: pd.Series, today) -> pd.DataFrame:
    """A reply on the import day for each row whose status says the company answered (interviewing, an
    offer) while no date of the row does: the sheet is the news, and the silence rule
    (:mod:`followup_kit.store.silence`) counts from the latest news, so an "Interview" imported
    today is not ghosted today.  Applications that already have an event keep theirs."""
    dated = rows[["first_response_on", "offer_on", "rejected_on", "decided_on", "ghosted_on"]].notna().any(axis=1)
    dated |= rows.index.isin(interviews["row"])
    told = rows["status"].isin(("interviewing", "offer")) & ~dated
    have = {a for (a,) in conn.execute("SELECT DISTINCT application_id FROM events").fetchall()}
    told &= ~app_id.isin(have)
    return pd.DataFrame(
        {"application_id": app_id[told].to_numpy(), "kind": "response", "on": today.strftime("%Y-%m-%d")}
    )


def _add_events(tracker, conn, events: pd.DataFrame) -> None:
    have = pd.DataFrame(
        conn.execute('SELECT application_id, kind, "on" FROM events').fetchall(),
        columns=["application_id", "kind", "on"],
    )
    new = events.merge(have, how="left", indicator=True).query("_merge == 'left_only'").drop(columns="_merge")
    tracker.insert_rows("events", new)


def _write_problems(tracker, problems: list, path=None) -> Path:
    """Every problem of the import, one line each: row, column, value, why, and what the import did."""
    path = Path(path) if path is not None else tracker.path.with_name(tracker.path.stem + ".problems.csv")
    table = pd.DataFrame(
        {
            "row": [p.row for p in problems],
            "column": [p.field for p in problems],
            "value": [p.value for p in problems],
            "problem": [str(p.reason) for p in problems],
            "done": ["row not imported" if getattr(p, "level", None) == ROW else "cell left empty" for p in problems],
        }
    )
    write_csv(table, path)
    return path


def _write_rejects(tracker, frame: pd.DataFrame, problems: list, path) -> Path:

    path = Path(path) if path is not None else tracker.path.with_name(tracker.path.stem + ".rejects.csv")
    why = pd.Series([str(p) for p in problems], index=[p.row for p in problems]).groupby(level=0).agg("; ".join)
    out = frame.loc[why.index].astype(object).assign(problem=why)
    write_csv(out, path)
    return path
