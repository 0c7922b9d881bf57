"""``followup-kit check``: is the tracker whole, and is every stored value one the kit can read?

The tracker reads every stored value without failing (a date it cannot read shows as
missing, :mod:`followup_kit.store.frames`), but a value that should never have been stored
(an invitation dated in year 1 by an older kit, text with an escape sequence, a link to a
deleted row) is worth knowing about.  :func:`check_integrity` runs SQLite's own
``PRAGMA integrity_check`` and ``foreign_key_check`` and looks at every value against
:data:`~followup_kit.values.EDGES`: dates and times readable and between 1900 and 2200,
whole numbers that fit their column, text without control characters.  With
``repair=True`` it first writes an owner-only backup beside the tracker, then, in one
transaction, clears what is out of range, cleans text, and removes rows that cannot stand
(an event or an interview without a readable day, a row pointing at nothing); the report
says what was done, row by row.

Examples
--------
>>> import tempfile, pathlib
>>> from followup_kit.store.tracker import Tracker
>>> path = pathlib.Path(tempfile.mkdtemp()) / "t.sqlite"
>>> with Tracker.create(path, timezone="Europe/Berlin") as t:
...     app = t.add_application("Acme", "Analyst", applied_on="2026-03-02")
...     _ = t.execute("UPDATE applications SET applied_on = '0001-12-03', notes = 'a\\x1b[2Jb'")
>>> report = check_integrity(path)
>>> report.ok, len(report.problems)
(False, 2)
>>> print(report.problems[["table", "column", "problem"]].to_string(index=False))
       table     column                        problem
applications applied_on outside the years 1900 to 2200
applications      notes      holds a control character
>>> repaired = check_integrity(path, repair=True)
>>> repaired.actions
['applications 1, applied_on: cleared', 'applications 1, notes: control characters removed']
>>> check_integrity(path).ok, repaired.backup.name.startswith("t.before-repair-")
(True, True)
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from followup_kit.store.database import backup_database, open_database
from followup_kit.store.frames import FIRST_SECOND, LAST_SECOND
from followup_kit.values import EDGES, UNSTORABLE, clean_text

#: The columns :func:`check_integrity` looks at, per table: (column, kind, may be cleared).
#: Kinds: ``date``, ``instant``, ``integer``, ``text``.  A value that may not be cleared
#: (an event's day, an interview's start) takes its row with it on repair.
CHECKED = {
    "applications": [("applied_on", "date", True)]
    + [(c, "text", True) for c in ("role", "industry", "location", "source", "url", "notes", "external_id")]
    + [("company", "text", False)],
    "contacts": [("linkedin_invited_on", "date", True), ("linkedin_connected_on", "date", True)]
    + [(c, "text", True) for c in ("company", "title", "email", "linkedin_url")]
    + [("name", "text", False)],
    "interviews": [
        ("starts_at", "instant", False),
        ("cancelled_at", "instant", True),
        ("decision_expected_on", "date", True),
        ("expected_start_on", "date", True),
        ("calendar_sequence", "integer", True),
        ("candidates_in_pool", "integer", True),
    ]
    + [(c, "text", True) for c in ("stage", "memorable_detail", "not_discussed")],
    "events": [("on", "date", False), ("deadline", "date", True), ("note", "text", True)],
    "action_state": [("done_at", "instant", False), ("note", "text", True)],
    "mail_messages": [("received_at", "instant", False), ("sender", "text", True), ("subject", "text", True)],
}

#: The id column of each table checked (``rowid`` where the key is text).
_KEY = {
    "applications": "application_id",
    "contacts": "contact_id",
    "interviews": "interview_id",
    "events": "event_id",
    "action_state": "rowid",
    "mail_messages": "rowid",
}

#: What a whole-number column may hold.
_INTEGER_RANGE = {"calendar_sequence": (0, EDGES.largest_integer), "candidates_in_pool": (1, EDGES.largest_integer)}

_PROBLEM_COLUMNS = ["table", "column", "row", "value", "problem"]


@dataclass(frozen=True)
class IntegrityReport:
    """What :func:`check_integrity` found (and, with ``repair``, did)."""

    path: Path
    #: SQLite's ``integrity_check`` lines other than ``ok`` (damage only a backup repairs).
    damage: list[str]
    #: One row per problem: table, column, row id, stored value (cut), problem.
    problems: pd.DataFrame
    #: What the repair did, one line per change (empty without ``repair``).
    actions: list[str] = field(default_factory=list)
    #: The backup written before the repair.
    backup: Path | None = None

    @property
    def ok(self) -> bool:
        """``True`` when nothing is wrong (after a repair: when nothing was left to do)."""
        return not self.damage and self.problems.empty

    def __str__(self) -> str:
        if self.ok and not self.actions:
            return f"{self.path}: whole; every stored value is readable and within range."
        lines = [f"{self.path}: SQLite reports damage: {d}" for d in self.damage]
        if self.backup is not None:
            lines.append(f"Backed up to {self.backup} before repairing.")
        if self.actions:
            lines.append(f"Repaired {len(self.actions)} values or rows:")
            lines += [f"  {a}" for a in self.actions]
        elif not self.problems.empty:
            lines.append(f"{self.path}: {len(self.problems)} problems:")
            lines += [
                f"  {r.table} {r.row}, {r.column}, value {r.value!r}: {r.problem}"
                for r in self.problems.itertuples(index=False)
            ]
            lines.append("Repair them with 'followup-kit check --repair' (a backup is written first).")
        if self.damage:
            lines.append("Damage to the file itself is not repaired: restore a backup (followup-kit backup).")
        return "\n".join(lines)


def check_integrity(path, *, repair: bool = False, backup_to=None) -> IntegrityReport:
    """Check the tracker at ``path``; with ``repair``, back it up, then fix what is out of range.

    Parameters
    ----------
    path : path
        The tracker file.
    repair : bool
        Clear out-of-range values, clean text, delete rows that cannot stand or point at
        nothing, in one transaction, after writing a backup.
    backup_to : path, optional
        Where the backup goes (default ``<stem>.before-repair-<time>.sqlite`` beside the tracker).
    """
    path = Path(path)
    conn = open_database(path)
    try:
        damage = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall() if row[0] != "ok"]
        problems = _problems(conn)
        if not repair or (problems.empty and not damage):
            return IntegrityReport(path, damage, problems)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = (
            Path(backup_to) if backup_to is not None else path.with_name(f"{path.stem}.before-repair-{stamp}.sqlite")
        )
        backup_database(conn, backup)
        actions = _repair(conn, problems)
        return IntegrityReport(path, damage, _problems(conn), actions, backup)
    finally:
        conn.close()


def _bad_value_sql(table: str, column: str, kind: str) -> str | None:
    """A condition true for a stored value of ``column`` the kit does not accept, and its reason."""
    q = f'"{column}"'
    if kind == "date":
        return (
            f"{q} IS NOT NULL AND (typeof({q}) != 'text' OR date(unixepoch({q}), 'unixepoch') IS NOT {q} "
            f"OR unixepoch({q}) NOT BETWEEN {FIRST_SECOND} AND {LAST_SECOND})"
        )
    if kind == "instant":
        return f"{q} IS NOT NULL AND (unixepoch({q}) IS NULL OR unixepoch({q}) NOT BETWEEN {FIRST_SECOND} AND {LAST_SECOND})"
    if kind == "integer":
        low, high = _INTEGER_RANGE.get(column, (-EDGES.largest_integer, EDGES.largest_integer))
        return f"{q} IS NOT NULL AND (typeof({q}) != 'integer' OR {q} NOT BETWEEN {low} AND {high})"
    return f"{q} IS NOT NULL AND has_control({q})"


def _reason(kind: str, value) -> str:
    if kind == "text":
        return "holds a control character"
    if kind == "integer":
        return "not a whole number that fits the column"
    if isinstance(value, str) and value[:4].isdigit() and not EDGES.first_year <= int(value[:4]) <= EDGES.last_year:
        return f"outside the years {EDGES.first_year} to {EDGES.last_year}"
    return "not a readable date" if kind == "date" else "not a readable time"


def _problems(conn: sqlite3.Connection) -> pd.DataFrame:
    conn.create_function("has_control", 1, _has_control, deterministic=True)
    rows: list[tuple] = []
    for table, columns in CHECKED.items():
        key = _KEY[table]
        for column, kind, _clearable in columns:
            sql = f'SELECT {key}, "{column}" FROM {table} WHERE {_bad_value_sql(table, column, kind)} ORDER BY {key}'
            for ident, value in conn.execute(sql).fetchall():
                rows.append((table, column, ident, _cut(value), _reason(kind, value)))
    for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall():
        rows.append((table, None, rowid, None, f"points at a {parent[:-1]} that does not exist"))
    return pd.DataFrame(rows, columns=_PROBLEM_COLUMNS)


def _has_control(value) -> bool:
    return isinstance(value, str) and UNSTORABLE.search(value) is not None


def _cut(value, chars: int = 60):
    return value[:chars] + "…" if isinstance(value, str) and len(value) > chars else value


def _repair(conn: sqlite3.Connection, problems: pd.DataFrame) -> list[str]:
    kinds = {(t, c): (k, clearable) for t, cols in CHECKED.items() for c, k, clearable in cols}
    actions = []
    deleted = set()
    conn.execute("BEGIN IMMEDIATE")
    try:
        for p in problems.itertuples(index=False):
            if (p.table, p.row) in deleted:
                continue
            if not isinstance(p.column, str):  # a link to nothing: clear a link that may be empty, else the row goes
                actions.append(_unlink(conn, p.table, p.row))
                continue
            where = f"{_KEY[p.table]} = ?"
            kind, clearable = kinds[(p.table, p.column)]
            if kind == "text":
                (value,) = conn.execute(f'SELECT "{p.column}" FROM {p.table} WHERE {where}', (p.row,)).fetchone()
                cleaned = clean_text(value).strip() or (None if clearable else "(unreadable)")
                conn.execute(f'UPDATE {p.table} SET "{p.column}" = ? WHERE {where}', (cleaned, p.row))
                actions.append(f"{p.table} {p.row}, {p.column}: control characters removed")
            elif clearable:
                conn.execute(f'UPDATE {p.table} SET "{p.column}" = NULL WHERE {where}', (p.row,))
                actions.append(f"{p.table} {p.row}, {p.column}: cleared")
            else:
                conn.execute(f"DELETE FROM {p.table} WHERE {where}", (p.row,))
                deleted.add((p.table, p.row))
                actions.append(f"{p.table} {p.row}: deleted ({p.column} {p.value!r} {p.problem})")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return actions


def _unlink(conn: sqlite3.Connection, table: str, rowid: int) -> str:
    nullable = {"applications": "referrer_id", "mail_messages": "application_id"}
    if table in nullable:
        conn.execute(f"UPDATE {table} SET {nullable[table]} = NULL WHERE rowid = ?", (rowid,))
        if table == "mail_messages":
            conn.execute(
                "UPDATE mail_messages SET event_id = NULL WHERE rowid = ? AND event_id NOT IN (SELECT event_id FROM events)",
                (rowid,),
            )
        return f"{table} row {rowid}: link to a missing row cleared"
    conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
    return f"{table} row {rowid}: deleted (it pointed at a row that does not exist)"
