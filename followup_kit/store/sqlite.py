"""The SQLite layer under :class:`~followup_kit.store.tracker.Tracker`: schema, connections,
migrations, retries and row helpers.  Nothing outside the store package imports it.

Examples
--------
>>> "CREATE TABLE applications" in SCHEMA
True
>>> iso(None), utc(None)
(None, None)
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from pathlib import Path

from followup_kit import vocabulary
from followup_kit.errors import TrackerError

#: Version of the table layout this code writes; older files are migrated forward.
SCHEMA_VERSION = 3

#: How long a write waits for another process's write to finish (milliseconds).
BUSY_TIMEOUT_MS = 30_000

_STATUS_WORDS = ", ".join(f"'{s}'" for s in vocabulary.STATUSES)

#: The applications table of layout 2 (``role`` may be blank: a spontaneous application); kept as
#: it was because the 1 -> 2 migration copies rows into it column for column.
APPLICATIONS_TABLE_V2 = """
CREATE TABLE {name} (
    application_id INTEGER PRIMARY KEY,
    company TEXT NOT NULL CHECK (length(trim(company)) > 0),
    role TEXT CHECK (role IS NULL OR length(trim(role)) > 0),
    applied_on TEXT,
    referrer_id INTEGER REFERENCES contacts(contact_id) ON DELETE SET NULL,
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    still_interested INTEGER NOT NULL DEFAULT 1 CHECK (still_interested IN (0, 1)),
    industry TEXT, location TEXT, source TEXT, url TEXT, notes TEXT,
    external_id TEXT UNIQUE,
    policy_overrides TEXT,
    stored_status TEXT CHECK (stored_status IS NULL OR stored_status IN ({statuses}))
);
"""

#: The ``still_waiting`` column (layout 3): the user says an application is still in play, so the
#: silence rule (:mod:`followup_kit.store.silence`) never calls it ghosted.
STILL_WAITING_COLUMN = "still_waiting INTEGER NOT NULL DEFAULT 0 CHECK (still_waiting IN (0, 1))"

#: The applications table of the current layout: layout 2's, plus ``still_waiting`` at the end
#: (where ``ALTER TABLE ... ADD COLUMN`` puts it in a migrated file).
APPLICATIONS_TABLE = APPLICATIONS_TABLE_V2.replace(
    "{statuses}))\n);", "{statuses})),\n    " + STILL_WAITING_COLUMN + "\n);"
)

#: Tables for calendar and mail capture (layout 2): the user's own addresses, and every mail seen
#: (its hash, never its body), which doubles as the review inbox.
CAPTURE_TABLES = """CREATE TABLE my_addresses (address TEXT PRIMARY KEY CHECK (address = lower(trim(address)) AND address LIKE '%_@_%'));
CREATE TABLE mail_messages (
    message_hash TEXT PRIMARY KEY,
    received_at TEXT NOT NULL,
    sender TEXT,
    subject TEXT,
    application_id INTEGER REFERENCES applications(application_id) ON DELETE SET NULL,
    kind TEXT,
    confidence REAL,
    state TEXT NOT NULL CHECK (state IN ('applied', 'review', 'accepted', 'dismissed', 'ignored')),
    reason TEXT,
    event_id INTEGER REFERENCES events(event_id) ON DELETE SET NULL
);
CREATE INDEX mail_messages_by_state ON mail_messages(state);
"""

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE contacts (
    contact_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    company TEXT, title TEXT, email TEXT, linkedin_url TEXT,
    relation TEXT NOT NULL DEFAULT 'other' CHECK (relation IN ({relations})),
    linkedin_invited_on TEXT, linkedin_connected_on TEXT
);
{applications}CREATE TABLE interviews (
    interview_id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications(application_id) ON DELETE CASCADE,
    starts_at TEXT NOT NULL,
    stage TEXT,
    decision_expected_on TEXT,
    candidates_in_pool INTEGER CHECK (candidates_in_pool IS NULL OR candidates_in_pool >= 1),
    expected_start_on TEXT,
    memorable_detail TEXT,
    not_discussed TEXT,
    calendar_uid TEXT,
    calendar_recurrence_id TEXT,
    calendar_sequence INTEGER,
    cancelled_at TEXT,
    UNIQUE (application_id, starts_at)
);
CREATE TABLE participants (
    interview_id INTEGER NOT NULL REFERENCES interviews(interview_id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts(contact_id) ON DELETE CASCADE,
    PRIMARY KEY (interview_id, contact_id)
);
CREATE TABLE events (
    event_id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications(application_id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ({kinds})),
    "on" TEXT NOT NULL,
    deadline TEXT,
    note TEXT,
    UNIQUE (application_id, kind, "on")
);
CREATE TABLE action_state (
    action_key TEXT PRIMARY KEY,
    state TEXT NOT NULL CHECK (state IN ('done', 'skipped')),
    done_at TEXT NOT NULL,
    note TEXT
);
CREATE INDEX interviews_by_application ON interviews(application_id);
CREATE INDEX interviews_by_calendar_uid ON interviews(calendar_uid);
CREATE INDEX events_by_application ON events(application_id);
CREATE INDEX participants_by_contact ON participants(contact_id);
{capture}""".format(
    relations=", ".join(f"'{r}'" for r in vocabulary.RELATIONS),
    applications=APPLICATIONS_TABLE.format(name="applications", statuses=_STATUS_WORDS),
    capture=CAPTURE_TABLES,
    kinds=", ".join(f"'{k}'" for k in vocabulary.EVENT_KINDS),
)

#: Forward migrations: ``MIGRATIONS[n]`` turns a version-``n`` file into version ``n + 1``.
#: Each runs in one transaction with foreign keys off (SQLite's documented way to rebuild a
#: table); a ``PRAGMA foreign_key_check`` must come back empty before it commits.
MIGRATIONS: dict[int, str] = {
    # 1 -> 2: ``role`` may be blank; interviews remember the calendar invitation they came from and
    # whether it was cancelled; the user's own addresses; the mail already seen.
    1: APPLICATIONS_TABLE_V2.format(name="applications_v2", statuses=_STATUS_WORDS)
    + """
INSERT INTO applications_v2 SELECT * FROM applications;
DROP TABLE applications;
ALTER TABLE applications_v2 RENAME TO applications;
ALTER TABLE interviews ADD COLUMN calendar_uid TEXT;
ALTER TABLE interviews ADD COLUMN calendar_recurrence_id TEXT;
ALTER TABLE interviews ADD COLUMN calendar_sequence INTEGER;
ALTER TABLE interviews ADD COLUMN cancelled_at TEXT;
CREATE INDEX interviews_by_calendar_uid ON interviews(calendar_uid);
"""
    + CAPTURE_TABLES,
    # 2 -> 3: the user can say "still waiting" for one application (the silence rule leaves it open).
    2: f"ALTER TABLE applications ADD COLUMN {STILL_WAITING_COLUMN};",
}


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    retry_locked(lambda: conn.execute("PRAGMA journal_mode = WAL"))
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def retry_locked(action, attempts: int = 5):
    """Run ``action``, retrying a few times if SQLite still reports a lock after its busy timeout."""
    for attempt in range(attempts):
        try:
            return action()
        except sqlite3.OperationalError as exc:
            if ("locked" not in str(exc) and "busy" not in str(exc)) or attempt == attempts - 1:
                raise
            time.sleep(0.05 * 2**attempt)


def migrate(conn: sqlite3.Connection, path: Path) -> None:
    version = int(conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0])
    if version > SCHEMA_VERSION:
        conn.close()
        raise TrackerError(
            f"{path} was written by a newer followup-kit (layout version {version}, this one knows "
            f"{SCHEMA_VERSION}); upgrade the kit to open it"
        )
    if version == SCHEMA_VERSION:
        return
    conn.execute("PRAGMA foreign_keys = OFF")  # a table rebuild must not cascade; checked below
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = int(conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0])
        while current < SCHEMA_VERSION:
            for statement in filter(None, (s.strip() for s in MIGRATIONS[current].split(";"))):
                conn.execute(statement)
            current += 1
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise TrackerError(
                f"{path}: moving the file to layout {current} would break {len(broken)} links; it was left as it was"
            )
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(current),))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


def insert_row(conn: sqlite3.Connection, table: str, row: dict) -> int:
    cols = ", ".join(f'"{k}"' for k in row)
    cur = conn.execute(f"INSERT INTO {table}({cols}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
    return int(cur.lastrowid or 0)


def update_row(conn: sqlite3.Connection, table: str, id_col: str, ident: int, row: dict) -> None:
    if not row:
        return
    sets = ", ".join(f'"{k}" = ?' for k in row)
    conn.execute(f"UPDATE {table} SET {sets} WHERE {id_col} = ?", [*row.values(), ident])


def iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def utc(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
