"""Create, open and copy a tracker's SQLite file: the file-level steps behind
:class:`~followup_kit.store.tracker.Tracker`.

A new file is created readable and writable by its owner only, with the whole
schema and the ``meta`` rows (or not at all); an existing file is checked to be a
followup-kit tracker and migrated forward; a backup is a consistent copy taken
while the tracker may be in use.

Examples
--------
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "tracker.sqlite"
>>> create_database(path, "Europe/London").close()
>>> conn = open_database(path)
>>> conn.execute("SELECT value FROM meta WHERE key = 'timezone'").fetchone()
('Europe/London',)
>>> backup_database(conn, path.with_name("copy.sqlite")).name
'copy.sqlite'
>>> conn.close()
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path

from followup_kit.errors import TrackerError
from followup_kit.store.files import private_folder
from followup_kit.store.sqlite import SCHEMA, SCHEMA_VERSION, connect, migrate


def create_database(path: Path, tz: str) -> sqlite3.Connection:
    """Create the tracker file ``path`` (owner read/write only) for time zone ``tz``; return its connection.

    Raises :class:`TrackerError` if the file already exists; on any failure no file is left behind.
    """
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
    return conn


def open_database(path: Path) -> sqlite3.Connection:
    """Connect to the existing tracker file ``path``, migrated forward in one transaction.

    Raises :class:`TrackerError` when there is no file, a folder, or a file that is not a followup-kit tracker.
    """
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
    return conn


def backup_database(conn: sqlite3.Connection, destination) -> Path:
    """Write a consistent copy of ``conn``'s database to the new file ``destination`` (owner-only)."""
    destination = Path(destination)
    if destination.exists():
        raise TrackerError(f"{destination} already exists; choose a new file name for the backup")
    private_folder(destination.parent)
    fd = os.open(destination, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    target = sqlite3.connect(destination)
    try:
        conn.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")
    finally:
        target.close()
    return destination
