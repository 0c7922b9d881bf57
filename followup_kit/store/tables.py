"""Reading a tracker's tables as DataFrames: every table from one snapshot, or one table at a time.

:class:`TrackerTables` is the reading half of :class:`~followup_kit.store.tracker.Tracker`
(which adds opening, transactions and writing).  Each read returns a fresh copy:
changing it never changes the tracker.

Examples
--------
>>> import tempfile, pathlib
>>> from followup_kit.store.tracker import Tracker
>>> t = Tracker.create(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite", timezone="Europe/Paris")
>>> _ = t.add_application("Acme", applied_on="2026-03-02", still_waiting=True)
>>> sorted(t.tables()), t.applications.loc[0, "status"]
(['action_state', 'applications', 'contacts', 'events', 'interviews', 'participants'], 'applied')
>>> t.close()
"""

from __future__ import annotations

import sqlite3

import pandas as pd

from followup_kit._validation import as_of_day
from followup_kit.store import model
from followup_kit.store.frames import read_frame, with_status
from followup_kit.store.sqlite import retry_locked


class TrackerTables:
    """The table properties of a tracker: DataFrames read from its SQLite connection."""

    _conn: sqlite3.Connection
    _depth: int  # how deep in :meth:`Tracker.transaction` we are (0: outside any)
    timezone: str

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
        frames["applications"] = self._with_status(frames["applications"], frames["events"], frames["interviews"])
        return frames

    def _with_status(self, apps: pd.DataFrame, events: pd.DataFrame, interviews: pd.DataFrame) -> pd.DataFrame:
        """``status`` today in the tracker's zone, the silence rule included (:mod:`followup_kit.store.silence`)."""
        today = as_of_day(None, self.timezone)
        return with_status(apps, events, interviews, day=today, timezone=self.timezone)

    def _table(self, name: str) -> pd.DataFrame:
        frame = read_frame(self._conn, name, self.timezone)
        if name == "applications":
            frame = self._with_status(frame, self.events, self.interviews)
        return frame

    @property
    def applications(self) -> pd.DataFrame:
        """Applications, with ``status`` in the kit's vocabulary (from events, interviews and ``stored_status``).

        The status is today's: an open application silent for longer than the silence threshold
        reads ``ghosted`` (:mod:`followup_kit.store.silence`; ``still_waiting=True`` keeps it open).
        """
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
