"""The tracker: one SQLite file that holds a job search.

Only the store package touches SQLite.  Every write is one
transaction (all of it lands or none of it), foreign keys are enforced, the
journal is a write-ahead log so a report can read while a notebook writes, and
the file is created readable and writable by its owner only.

Examples
--------
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "tracker.sqlite"
>>> t = Tracker.create(path, timezone="Europe/London")
>>> ada = t.add_contact("Ada Example", company="Acme", relation="hiring_manager")
>>> app = t.add_application("Acme", "Data Analyst", applied_on="2026-03-02")
>>> iv = t.log_interview(app, "2026-03-10 14:00", [ada], decision_expected_on="2026-03-20")
>>> t.interviews.loc[0, "starts_at"].isoformat()
'2026-03-10T14:00:00+00:00'
>>> t.applications.loc[0, "status"]  # silent since March: past the silence threshold today
'ghosted'
>>> t.update_application(app, still_waiting=True)  # "I am still waiting": the rule leaves it open
>>> t.applications.loc[0, "status"]
'interviewing'
>>> t.close()
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path

import pandas as pd

from followup_kit.errors import DuplicateError, TrackerError
from followup_kit.store import model, records
from followup_kit.store.database import backup_database, create_database, open_database
from followup_kit.store.sqlite import insert_row, retry_locked, update_row, utc
from followup_kit.store.tables import TrackerTables
from followup_kit.values import check_timezone, local_timezone_name, to_instant, to_text

#: The environment variable that names the default tracker file.
TRACKER_ENV = "FOLLOWUP_KIT_TRACKER"

#: Where a job search lives when nothing else is said: this file under the project folder.
DEFAULT_TRACKER = Path("data") / "tracker.sqlite"


def default_tracker_path(start=None) -> Path:
    """The tracker used when none is named: the one rule for the CLI, the notebooks and the app.

    ``$FOLLOWUP_KIT_TRACKER`` if set; else the first ``data/tracker.sqlite`` found in
    ``start`` (default: the working folder) or one of its parents, so a notebook whose
    kernel starts in ``notebooks/`` finds the same file as the command line run from the
    project folder; else ``data/tracker.sqlite`` in ``start`` (where a new one is created).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> root = pathlib.Path(tempfile.mkdtemp())
    >>> (root / "data").mkdir(); (root / "data" / "tracker.sqlite").touch(); (root / "notebooks").mkdir()
    >>> default_tracker_path(root / "notebooks") == root / "data" / "tracker.sqlite"
    True
    """
    env = os.environ.get(TRACKER_ENV)
    if env:
        return Path(env).expanduser()
    here = Path(start) if start is not None else Path.cwd()
    for folder in (here, *here.parents):
        if (folder / DEFAULT_TRACKER).is_file():
            return folder / DEFAULT_TRACKER
    return here / DEFAULT_TRACKER if start is not None else DEFAULT_TRACKER


class Tracker(TrackerTables):
    """A job search stored in one SQLite file.

    Use :meth:`create` for a new file and :meth:`open` for an existing one.
    The table properties (:attr:`applications`, :attr:`interviews`, ...), read by
    :class:`~followup_kit.store.tables.TrackerTables`, return fresh DataFrame copies:
    changing them never changes the tracker.
    """

    def __init__(self, path, _conn: sqlite3.Connection):
        self.path = Path(path)
        self._conn = _conn
        self._depth = 0
        zone = self._meta("timezone")
        if zone is None:
            raise TrackerError(f"{self.path} names no time zone; it is damaged")
        self.timezone: str = zone

    # --- opening ---------------------------------------------------------------

    @classmethod
    def create(cls, path, timezone: str | None = None) -> Tracker:
        """Create a new, empty tracker file (owner read/write only).

        ``timezone`` is the user's IANA time zone; ``None`` means this machine's.
        Raises :class:`TrackerError` if the file already exists.
        """
        path = Path(path)
        tz = check_timezone(timezone if timezone is not None else local_timezone_name())
        return cls(path, create_database(path, tz))

    @classmethod
    def open(cls, path=None) -> Tracker:
        """Open an existing tracker; ``None`` means :func:`default_tracker_path`.

        Older files are migrated forward in one transaction.
        """
        path = Path(path) if path is not None else default_tracker_path()
        return cls(path, open_database(path))

    def close(self) -> None:
        """Close the file; the object cannot be used afterwards."""
        self._conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self) -> str:
        counts = {
            t: self._conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("applications", "interviews", "contacts")
        }
        return (
            f"<Tracker {self.path} ({self.timezone}): {counts['applications']} applications, "
            f"{counts['interviews']} interviews, {counts['contacts']} contacts>"
        )

    # --- transactions ----------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self):
        """Group writes: all of them land, or (on any error) none of them.

        Nested uses join the outermost transaction.
        """
        if self._depth:
            self._depth += 1
            try:
                yield self._conn
            finally:
                self._depth -= 1
            return
        retry_locked(lambda: self._conn.execute("BEGIN IMMEDIATE"))
        self._depth = 1
        try:
            yield self._conn
        except BaseException:
            self._depth = 0
            self._conn.execute("ROLLBACK")
            raise
        self._depth = 0
        retry_locked(lambda: self._conn.execute("COMMIT"))

    def _meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    @property
    def schema_version(self) -> int:
        """The layout version of the open file."""
        return int(self._meta("schema_version") or 0)

    # --- writing ---------------------------------------------------------------

    def add_contact(
        self, name, company=None, title=None, email=None, linkedin_url=None, relation="other", **more
    ) -> int:
        """Add a person; returns the new ``contact_id``.

        ``relation`` is one of interviewer, hiring_manager, recruiter, referrer,
        employee (someone at the company you have not met yet) or other.
        """
        row = records.contact_values(
            dict(
                name=name,
                company=company,
                title=title,
                email=email,
                linkedin_url=linkedin_url,
                relation=relation,
                **more,
            ),
            tz=self.timezone,
        )
        with self.transaction() as c:
            return insert_row(c, "contacts", row)

    def update_contact(self, contact_id, **fields) -> None:
        """Change fields of a contact (e.g. ``linkedin_connected_on="2026-03-04"``)."""
        contact_id = self._existing("contacts", "contact_id", contact_id)
        records.check_fields(fields, model.CONTACT_FIELDS)
        row = records.contact_values(fields, tz=self.timezone)
        with self.transaction() as c:
            update_row(c, "contacts", "contact_id", contact_id, row)

    def add_application(
        self,
        company,
        role=None,
        applied_on=None,
        referrer_id=None,
        confidential=False,
        still_interested=True,
        industry=None,
        location=None,
        source=None,
        url=None,
        notes=None,
        **more,
    ) -> int:
        """Add an application; returns the new ``application_id``.

        ``referrer_id`` is the contact who referred you, if anyone did;
        ``confidential=True`` keeps the search out of drafts to people outside the process.
        """
        row = records.application_values(
            dict(
                company=company,
                role=role,
                applied_on=applied_on,
                referrer_id=referrer_id,
                confidential=confidential,
                still_interested=still_interested,
                industry=industry,
                location=location,
                source=source,
                url=url,
                notes=notes,
                **more,
            ),
            tz=self.timezone,
            conn=self._conn,
            file_name=self.path.name,
        )
        with self.transaction() as c:
            return insert_row(c, "applications", row)

    def update_application(self, application_id, **fields) -> None:
        """Change fields of an application (e.g. ``still_interested=False``)."""
        application_id = self._existing("applications", "application_id", application_id)
        row = records.application_values(fields, tz=self.timezone, conn=self._conn, file_name=self.path.name)
        with self.transaction() as c:
            update_row(c, "applications", "application_id", application_id, row)

    def log_interview(
        self,
        application_id,
        starts_at,
        interviewer_ids,
        stage=None,
        decision_expected_on=None,
        candidates_in_pool=None,
        expected_start_on=None,
        memorable_detail=None,
        not_discussed=None,
    ) -> int:
        """Record an interview and who you met; returns the new ``interview_id``.

        ``starts_at`` is a local date and time in the tracker's time zone (a bare
        date means 09:00).  What the interviewers said about next steps goes in
        ``decision_expected_on``, ``candidates_in_pool`` and ``expected_start_on``;
        ``memorable_detail`` and ``not_discussed`` personalise the thank-you notes.
        The same application and start time twice raises :class:`DuplicateError`
        naming the interview to update instead.
        """
        application_id = self._existing("applications", "application_id", application_id)
        row = records.interview_values(
            dict(
                starts_at=starts_at,
                stage=stage,
                decision_expected_on=decision_expected_on,
                candidates_in_pool=candidates_in_pool,
                expected_start_on=expected_start_on,
                memorable_detail=memorable_detail,
                not_discussed=not_discussed,
            ),
            tz=self.timezone,
        )
        people = records.contact_ids(self._conn, self.path.name, interviewer_ids)
        with self.transaction() as c:
            found = c.execute(
                "SELECT interview_id FROM interviews WHERE application_id = ? AND starts_at = ?",
                (application_id, row["starts_at"]),
            ).fetchone()
            if found:
                raise DuplicateError(
                    f"an interview at this time is already logged for application {application_id} "
                    f"(interview {found[0]}); change it with update_interview({found[0]}, ...) instead",
                    field="starts_at",
                    value=str(starts_at),
                    existing_id=found[0],
                )
            interview_id = insert_row(c, "interviews", dict(application_id=application_id, **row))
            c.executemany(
                "INSERT INTO participants(interview_id, contact_id) VALUES (?, ?)", [(interview_id, p) for p in people]
            )
        return interview_id

    def update_interview(self, interview_id, interviewer_ids=None, **fields) -> None:
        """Change an interview's fields; ``interviewer_ids`` replaces who was met."""
        interview_id = self._existing("interviews", "interview_id", interview_id)
        records.check_fields(fields, model.INTERVIEW_FIELDS)
        row = records.interview_values(fields, tz=self.timezone)
        people = None if interviewer_ids is None else records.contact_ids(self._conn, self.path.name, interviewer_ids)
        with self.transaction() as c:
            update_row(c, "interviews", "interview_id", interview_id, row)
            if people is not None:
                c.execute("DELETE FROM participants WHERE interview_id = ?", (interview_id,))
                c.executemany(
                    "INSERT INTO participants(interview_id, contact_id) VALUES (?, ?)",
                    [(interview_id, p) for p in people],
                )

    def record_event(self, application_id, kind, on, deadline=None, note=None) -> int:
        """Record what happened to an application on a date; returns the ``event_id``.

        ``kind`` is one of response, offer, offer_accepted, rejection, withdrawal,
        ghosted.  ``deadline`` is the date an offer must be answered by.  The same
        kind on the same day twice updates the first record instead of adding one.
        """
        application_id = self._existing("applications", "application_id", application_id)
        kind, on_iso, deadline_iso, note = records.event_values(kind, on, deadline, note, tz=self.timezone)
        with self.transaction() as c:
            c.execute(
                'INSERT INTO events(application_id, kind, "on", deadline, note) VALUES (?, ?, ?, ?, ?) '
                'ON CONFLICT(application_id, kind, "on") DO UPDATE SET '
                "deadline = coalesce(excluded.deadline, deadline), note = coalesce(excluded.note, note)",
                (application_id, kind, on_iso, deadline_iso, note),
            )
            return c.execute(
                'SELECT event_id FROM events WHERE application_id = ? AND kind = ? AND "on" = ?',
                (application_id, kind, on_iso),
            ).fetchone()[0]

    def mark_done(self, action_key, on=None, note=None) -> None:
        """Mark a follow-up action done (``on``: when; default now). Marking twice keeps the first time."""
        self._set_state(action_key, "done", on, note)

    def skip(self, action_key, note=None, on=None) -> None:
        """Mark a follow-up action as one you chose not to do (``on``: when; default now)."""
        self._set_state(action_key, "skipped", on, note)

    def unmark(self, action_key) -> None:
        """Forget a done or skipped mark, so the action is live again."""
        key = to_text(action_key, field="action_key", required=True, max_length=500)
        with self.transaction() as c:
            c.execute("DELETE FROM action_state WHERE action_key = ?", (key,))

    def _set_state(self, action_key, state, on, note) -> None:
        key = to_text(action_key, field="action_key", required=True, max_length=500)
        when = to_instant(on, field="on", tz=self.timezone, required=False) or dt.datetime.now(dt.UTC)
        note = to_text(note, field="note", max_length=10_000)
        with self.transaction() as c:
            c.execute(
                "INSERT INTO action_state(action_key, state, done_at, note) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(action_key) DO UPDATE SET state = excluded.state, note = coalesce(excluded.note, note), "
                "done_at = CASE WHEN state = excluded.state THEN done_at ELSE excluded.done_at END",
                (key, state, utc(when), note),
            )

    # --- helpers for bulk writers (importers, synthetic data) -------------------

    def insert_rows(self, table: str, frame: pd.DataFrame) -> None:
        """Insert already validated rows (SQLite-ready values) into ``table``.

        For importers and generators; call it inside :meth:`transaction` to
        group it with other writes.  Columns must be a subset of the table's.
        """
        if table not in model.COLUMNS:
            raise ValueError(f"unknown table {table!r}")
        cols = [str(c) for c in frame.columns]
        unknown = set(cols) - set(model.COLUMNS[table])
        if unknown:
            raise ValueError(f"unknown columns for {table}: {sorted(unknown)}")
        records.check_bulk(table, frame)
        quoted = ", ".join(f'"{c}"' for c in cols)
        sql = f"INSERT INTO {table}({quoted}) VALUES ({', '.join('?' * len(cols))})"
        data = frame.astype(object).where(frame.notna(), None).itertuples(index=False, name=None)
        with self.transaction() as c:
            c.executemany(sql, data)

    def execute(self, sql: str, params=()) -> list[tuple]:
        """Run one SQL statement inside a transaction and return its rows (for importers)."""
        with self.transaction() as c:
            return c.execute(sql, params).fetchall()

    def _existing(self, table: str, id_col: str, value, field: str | None = None) -> int:
        return records.existing_id(self._conn, self.path.name, table, id_col, value, field)

    def backup(self, destination) -> Path:
        """Write a consistent copy of the tracker to ``destination`` (owner-only), even while it is in use."""
        return backup_database(self._conn, destination)
