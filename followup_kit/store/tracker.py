"""The tracker: one SQLite file that holds a job search.

This module is the only code that touches SQLite.  Every write is one
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
>>> t.applications.loc[0, "status"]
'interviewing'
>>> t.close()
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

import pandas as pd

from followup_kit import vocabulary
from followup_kit.errors import DuplicateError, InputError, TrackerError
from followup_kit.store import model
from followup_kit.store.frames import read_frame, with_status
from followup_kit.store.sqlite import (
    SCHEMA,
    SCHEMA_VERSION,
    connect,
    insert_row,
    iso,
    migrate,
    private_folder,
    retry_locked,
    update_row,
    utc,
)
from followup_kit.values import (
    check_choice,
    check_timezone,
    local_timezone_name,
    to_bool,
    to_date,
    to_instant,
    to_positive_int,
    to_text,
)

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


class Tracker:
    """A job search stored in one SQLite file.

    Use :meth:`create` for a new file and :meth:`open` for an existing one.
    The table properties (:attr:`applications`, :attr:`interviews`, ...) return
    fresh DataFrame copies: changing them never changes the tracker.
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
        if path.exists():
            raise TrackerError(f"{path} already exists; open it instead, or choose another file name")
        private_folder(path.parent)
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            raise TrackerError(f"{path} already exists; open it instead") from None
        os.close(fd)
        try:
            conn = connect(path)
            with conn:
                conn.executescript("BEGIN;" + SCHEMA + "COMMIT;")
            with conn:
                conn.executemany(
                    "INSERT INTO meta(key, value) VALUES (?, ?)",
                    [
                        ("application", "followup-kit"),
                        ("schema_version", str(SCHEMA_VERSION)),
                        ("timezone", tz),
                        ("created_at", dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
                    ],
                )
        except BaseException:
            with contextlib.suppress(OSError):
                conn.close()
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(OSError):
                    os.unlink(str(path) + suffix)
            raise
        return cls(path, conn)

    @classmethod
    def open(cls, path=None) -> Tracker:
        """Open an existing tracker; ``None`` means :func:`default_tracker_path`.

        Older files are migrated forward in one transaction.
        """
        path = Path(path) if path is not None else default_tracker_path()
        if not path.exists():
            raise TrackerError(
                f"no tracker at {path}; create one with 'followup-kit init --tracker {path}' "
                f"(add --sample for example data) or import a spreadsheet with 'followup-kit import'"
            )
        if path.is_dir():
            raise TrackerError(f"{path} is a folder, not a tracker file")
        try:
            conn = connect(path)
            row = conn.execute("SELECT value FROM meta WHERE key = 'application'").fetchone()
        except sqlite3.DatabaseError:
            raise TrackerError(f"{path} is not a followup-kit tracker (not an SQLite file, or damaged)") from None
        if row is None or row[0] != "followup-kit":
            conn.close()
            raise TrackerError(f"{path} is an SQLite file but not a followup-kit tracker")
        migrate(conn, path)
        return cls(path, conn)

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
        row = self._contact_values(
            dict(
                name=name,
                company=company,
                title=title,
                email=email,
                linkedin_url=linkedin_url,
                relation=relation,
                **more,
            ),
            new=True,
        )
        with self.transaction() as c:
            return insert_row(c, "contacts", row)

    def update_contact(self, contact_id, **fields) -> None:
        """Change fields of a contact (e.g. ``linkedin_connected_on="2026-03-04"``)."""
        contact_id = self._existing("contacts", "contact_id", contact_id)
        self._check_fields(fields, model.CONTACT_FIELDS)
        row = self._contact_values(fields, new=False)
        with self.transaction() as c:
            update_row(c, "contacts", "contact_id", contact_id, row)

    def _contact_values(self, fields: dict, *, new: bool) -> dict:
        self._check_fields(fields, model.CONTACT_FIELDS)
        out = {}
        for key, value in fields.items():
            if key == "name":
                out[key] = to_text(value, field=key, required=True, max_length=300)
            elif key == "relation":
                out[key] = check_choice(value, vocabulary.RELATIONS, field=key)
            elif key in ("linkedin_invited_on", "linkedin_connected_on"):
                out[key] = iso(to_date(value, field=key, tz=self.timezone))
            else:
                out[key] = to_text(value, field=key, max_length=2_000)
        return out

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
        row = self._application_values(
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
            )
        )
        with self.transaction() as c:
            return insert_row(c, "applications", row)

    def update_application(self, application_id, **fields) -> None:
        """Change fields of an application (e.g. ``still_interested=False``)."""
        application_id = self._existing("applications", "application_id", application_id)
        row = self._application_values(fields)
        with self.transaction() as c:
            update_row(c, "applications", "application_id", application_id, row)

    def _application_values(self, fields: dict) -> dict:
        self._check_fields(fields, model.APPLICATION_FIELDS)
        out = {}
        for key, value in fields.items():
            if key in ("company", "role"):
                # a company is enough to follow up; a role may be left blank (a spontaneous application)
                out[key] = to_text(value, field=key, required=key == "company", max_length=300)
            elif key == "applied_on":
                out[key] = iso(to_date(value, field=key, tz=self.timezone))
            elif key == "referrer_id":
                out[key] = None if value is None else self._existing("contacts", "contact_id", value, field=key)
            elif key in ("confidential", "still_interested"):
                out[key] = int(to_bool(value, field=key))
            elif key == "stored_status":
                out[key] = None if value is None else check_choice(value, vocabulary.STATUSES, field=key)
            elif key == "policy_overrides":
                out[key] = _policy_json(value)
            else:
                out[key] = to_text(value, field=key, max_length=10_000)
        return out

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
        row = self._interview_values(
            dict(
                starts_at=starts_at,
                stage=stage,
                decision_expected_on=decision_expected_on,
                candidates_in_pool=candidates_in_pool,
                expected_start_on=expected_start_on,
                memorable_detail=memorable_detail,
                not_discussed=not_discussed,
            )
        )
        people = self._contact_ids(interviewer_ids)
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
        self._check_fields(fields, model.INTERVIEW_FIELDS)
        row = self._interview_values(fields)
        people = None if interviewer_ids is None else self._contact_ids(interviewer_ids)
        with self.transaction() as c:
            update_row(c, "interviews", "interview_id", interview_id, row)
            if people is not None:
                c.execute("DELETE FROM participants WHERE interview_id = ?", (interview_id,))
                c.executemany(
                    "INSERT INTO participants(interview_id, contact_id) VALUES (?, ?)",
                    [(interview_id, p) for p in people],
                )

    def _interview_values(self, fields: dict) -> dict:
        out = {}
        for key, value in fields.items():
            if key == "starts_at":
                out[key] = utc(to_instant(value, field=key, tz=self.timezone))
            elif key in ("decision_expected_on", "expected_start_on"):
                out[key] = iso(to_date(value, field=key, tz=self.timezone))
            elif key == "candidates_in_pool":
                out[key] = to_positive_int(value, field=key, maximum=100_000)
            else:
                out[key] = to_text(value, field=key, max_length=10_000)
        return out

    def _contact_ids(self, ids) -> list[int]:
        if ids is None or isinstance(ids, (str, int)):
            ids = [] if ids is None else [ids]
        out = []
        for value in ids:
            cid = self._existing("contacts", "contact_id", value, field="interviewer_ids")
            if cid not in out:
                out.append(cid)
        return out

    def record_event(self, application_id, kind, on, deadline=None, note=None) -> int:
        """Record what happened to an application on a date; returns the ``event_id``.

        ``kind`` is one of response, offer, offer_accepted, rejection, withdrawal,
        ghosted.  ``deadline`` is the date an offer must be answered by.  The same
        kind on the same day twice updates the first record instead of adding one.
        """
        application_id = self._existing("applications", "application_id", application_id)
        kind = check_choice(kind, vocabulary.EVENT_KINDS, field="kind")
        on_iso = iso(to_date(on, field="on", tz=self.timezone, required=True))
        deadline_iso = iso(to_date(deadline, field="deadline", tz=self.timezone))
        if deadline_iso is not None and kind != "offer":
            raise InputError("only an offer has a deadline", field="deadline", value=str(deadline))
        if deadline_iso is not None and on_iso is not None and deadline_iso < on_iso:
            raise InputError(f"the deadline is before the offer ({on_iso})", field="deadline", value=str(deadline))
        note = to_text(note, field="note", max_length=10_000)
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
        quoted = ", ".join(f'"{c}"' for c in cols)
        sql = f"INSERT INTO {table}({quoted}) VALUES ({', '.join('?' * len(cols))})"
        data = frame.astype(object).where(frame.notna(), None).itertuples(index=False, name=None)
        with self.transaction() as c:
            c.executemany(sql, data)

    def execute(self, sql: str, params=()) -> list[tuple]:
        """Run one SQL statement inside a transaction and return its rows (for importers)."""
        with self.transaction() as c:
            return c.execute(sql, params).fetchall()

    # --- reading ---------------------------------------------------------------

    def tables(self) -> dict[str, pd.DataFrame]:
        """Read every table from one consistent snapshot (a single read transaction)."""
        c = self._conn
        own = self._depth == 0
        if own:
            retry_locked(lambda: c.execute("BEGIN"))
        try:
            frames = {name: read_frame(c, name, self.timezone) for name in model.COLUMNS}
        finally:
            if own:
                c.execute("COMMIT")
        frames["applications"] = with_status(frames["applications"], frames["events"], frames["interviews"])
        return frames

    def _table(self, name: str) -> pd.DataFrame:
        frame = read_frame(self._conn, name, self.timezone)
        if name == "applications":
            frame = with_status(frame, self.events, self.interviews)
        return frame

    @property
    def applications(self) -> pd.DataFrame:
        """Applications, with ``status`` in the kit's vocabulary (from events, interviews and ``stored_status``)."""
        return self._table("applications")

    @property
    def interviews(self) -> pd.DataFrame:
        """Interviews, ``starts_at`` timezone-aware in the tracker's zone."""
        return self._table("interviews")

    @property
    def contacts(self) -> pd.DataFrame:
        """People: interviewers, hiring managers, recruiters, referrers and others."""
        return self._table("contacts")

    @property
    def participants(self) -> pd.DataFrame:
        """Who was met in which interview (``interview_id``, ``contact_id``)."""
        return self._table("participants")

    @property
    def events(self) -> pd.DataFrame:
        """What happened to each application, and on which local date."""
        return self._table("events")

    @property
    def action_state(self) -> pd.DataFrame:
        """Done and skipped marks on follow-up actions, keyed by ``action_key``."""
        return self._table("action_state")

    # --- validation helpers ----------------------------------------------------

    def _existing(self, table: str, id_col: str, value, field: str | None = None) -> int:
        field = field or id_col
        if isinstance(value, bool):
            raise InputError("not an id", field=field, value=value)
        try:
            ident = int(value)
        except (TypeError, ValueError):
            raise InputError("not an id (a whole number)", field=field, value=value) from None
        if ident != value and str(ident) != str(value).strip():
            raise InputError("not an id (a whole number)", field=field, value=value)
        if self._conn.execute(f"SELECT 1 FROM {table} WHERE {id_col} = ?", (ident,)).fetchone() is None:
            raise InputError(f"no such {table[:-1]} in {self.path.name}", field=field, value=value)
        return ident

    @staticmethod
    def _check_fields(fields: dict, allowed) -> None:
        unknown = [k for k in fields if k not in allowed]
        if unknown:
            raise InputError(
                "unknown field; known fields are " + ", ".join(allowed), field=unknown[0], value=fields[unknown[0]]
            )

    def backup(self, destination) -> Path:
        """Write a consistent copy of the tracker to ``destination`` (owner-only), even while it is in use."""
        destination = Path(destination)
        if destination.exists():
            raise TrackerError(f"{destination} already exists; choose a new file name for the backup")
        private_folder(destination.parent)
        fd = os.open(destination, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        target = sqlite3.connect(destination)
        try:
            self._conn.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
        return destination


# --- module helpers ----------------------------------------------------------------


def _policy_json(value) -> str | None:
    if value is None or value == {}:
        return None
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            raise InputError("not valid JSON", field="policy_overrides", value=value) from None
    if not isinstance(value, dict):
        raise InputError("must be a mapping of policy field to value", field="policy_overrides", value=value)
    return json.dumps(value, sort_keys=True)
