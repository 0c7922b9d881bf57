"""Reading the tracker's tables as typed DataFrames, at the speed of SQLite.

Most of the cost of reading a table through :mod:`sqlite3` is one Python object per
cell and per row (``cursor.fetchall()``), and then pandas parsing date strings again.
Here each table is read by **one** statement that lets SQLite do the work in C:
every column comes back as a single JSON array (``json_group_array``), date and time
columns already turned into seconds since 1970 (``unixepoch``), and missing values
as the integer that ``NaT`` is made of.  Decoding is ``json.loads`` plus numpy; no
Python code runs per row.

The frames are exactly those of the plain reader (:func:`plain_frame`): local dates
are naive ``datetime64[s]``, points in time are timezone-aware in the tracker's zone
(``datetime64[us]``, or ``[s]`` when the column holds no value), ids are ``Int64``,
flags ``bool`` and text ``object`` with ``None``.  A stored value the fast reader
would not read exactly as the plain one (a date not written ``YYYY-MM-DD``, a time
with fractions of a second or another offset than ``+00:00``, text where a number
belongs, a SQLite without JSON) sends that table through the plain reader, so odd
files read the same, only slower.

Examples
--------
>>> import tempfile, pathlib
>>> from followup_kit.store.tracker import Tracker
>>> t = Tracker.create(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite", timezone="Europe/Paris")
>>> app = t.add_application("Acme", "Analyst", applied_on="2026-03-02")
>>> frame = read_frame(t._conn, "applications", "Europe/Paris")
>>> frame.loc[0, "applied_on"], str(frame["application_id"].dtype), frame.loc[0, "notes"]
(Timestamp('2026-03-02 00:00:00'), 'Int64', None)
>>> frame.equals(read_frame(t._conn, "applications", "Europe/Paris", fast=False))
True
>>> t.close()
"""

from __future__ import annotations

import itertools
import json
import sqlite3

import numpy as np
import pandas as pd

from followup_kit import vocabulary
from followup_kit._validation import held_interviews
from followup_kit.store import model, silence
from followup_kit.values import EDGES

#: Integer standing for a missing value in the fast reader: the integer ``NaT`` is made of,
#: so a date column becomes ``datetime64`` with a view, no copy (numpy's ``datetime64`` docs).
MISSING = np.iinfo(np.int64).min

#: Integer standing for "not read exactly by the fast reader"; the table goes through the plain reader.
UNREADABLE = MISSING + 1

#: The canonical way the kit writes a point in time (``sqlite.utc``); anything else is read by pandas.
INSTANT_FORMAT = "%Y-%m-%dT%H:%M:%S+00:00"

#: The seconds since 1970 of the first and last moment a stored date or time may hold
#: (:data:`followup_kit.values.EDGES`); a value outside reads as missing, and
#: :func:`followup_kit.store.integrity.check_tracker` reports it.
FIRST_SECOND = int((np.datetime64(f"{EDGES.first_year:04d}-01-01", "s") - np.datetime64(0, "s")).astype(int))
LAST_SECOND = int((np.datetime64(f"{EDGES.last_year + 1:04d}-01-01", "s") - np.datetime64(0, "s")).astype(int)) - 1

#: Which of two status-moving events on the same day wins (higher wins; ties go to the later event).
STATUS_RANK = {"ghosted": 0, "offer": 1, "withdrawal": 2, "rejection": 2, "offer_accepted": 3}


def column_kind(table: str, column: str) -> str:
    """How a column is typed: ``"date"``, ``"instant"``, ``"flag"``, ``"integer"`` or ``"text"``.

    Examples
    --------
    >>> column_kind("events", "on"), column_kind("interviews", "starts_at"), column_kind("events", "note")
    ('date', 'instant', 'text')
    """
    if column in model.DATE_COLUMNS.get(table, ()):
        return "date"
    if column in model.TIMESTAMP_COLUMNS.get(table, ()):
        return "instant"
    if column in model.FLAG_COLUMNS:
        return "flag"
    if column in model.INTEGER_COLUMNS:
        return "integer"
    return "text"


def stored_columns(table: str) -> list[str]:
    """The columns of ``table`` as stored (``status`` is derived, not stored)."""
    return [c for c in model.COLUMNS[table] if c != "status"]


def read_frame(conn: sqlite3.Connection, table: str, timezone: str, *, fast: bool = True) -> pd.DataFrame:
    """Read one table of the tracker as a typed DataFrame, ordered by its first column.

    Parameters
    ----------
    conn : sqlite3.Connection
        An open tracker connection.
    table : str
        A name in :data:`followup_kit.store.model.COLUMNS`.
    timezone : str
        The tracker's IANA time zone: points in time are shown in it.
    fast : bool
        ``False`` reads through ``cursor.fetchall()`` and pandas (the reference the fast reader matches).
    """
    if fast:
        arrays = _fetch_arrays(conn, table)
        if arrays is not None:
            return _frame_from_arrays(table, arrays, timezone)
    return plain_frame(table, _fetch_rows(conn, table), timezone)


# --- the fast reader -------------------------------------------------------------


def _seconds(column: str) -> str:
    """The inner query's name for ``unixepoch(column)``, computed once per row."""
    return f'"{column}:seconds"'


def _inner(table: str, column: str) -> str:
    """What the inner (ordered) query selects for ``column``."""
    quoted = f'"{column}"'
    if column_kind(table, column) in ("date", "instant"):
        return f"{quoted}, unixepoch({quoted}) AS {_seconds(column)}"
    return quoted


def _expression(table: str, column: str) -> str:
    """An integer for each value of a number, date or time column: the value, :data:`MISSING` or :data:`UNREADABLE`.

    A date or time counts only if writing its seconds back the kit's way gives the stored text,
    so a date SQLite would quietly move (``2026-02-30``) or a time with another offset goes to pandas.
    """
    quoted = f'"{column}"'
    kind = column_kind(table, column)
    within = f"{_seconds(column)} BETWEEN {FIRST_SECOND} AND {LAST_SECOND}"
    if kind == "date":
        exact = f"{within} AND date({_seconds(column)}, 'unixepoch') IS {quoted}"
        value = _seconds(column)
    elif kind == "instant":
        exact = f"{within} AND strftime('{INSTANT_FORMAT}', {_seconds(column)}, 'unixepoch') IS {quoted}"
        value = _seconds(column)
    else:  # integer or flag: a real integer that cannot be mistaken for a marker
        exact = f"typeof({quoted}) = 'integer' AND {quoted} > {UNREADABLE}"
        value = quoted
    return f"CASE WHEN {quoted} IS NULL THEN {MISSING} WHEN {exact} THEN {value} ELSE {UNREADABLE} END"


def _fetch_arrays(conn: sqlite3.Connection, table: str) -> dict[str, np.ndarray] | None:
    """Every column of ``table`` as a numpy array (integers with markers, text as objects), or None.

    Numbers come as one comma-separated text per column (``group_concat``, parsed by
    ``np.fromstring`` without a Python object per value); text as one JSON array per column.
    """
    cols = stored_columns(table)
    texts = [column_kind(table, c) == "text" for c in cols]
    arrays_sql = ", ".join(
        f'json_group_array("{c}")' if text else f"group_concat({_expression(table, c)})"
        for c, text in zip(cols, texts, strict=True)
    )
    inner = ", ".join(_inner(table, c) for c in cols)
    sql = f'SELECT count(*), {arrays_sql} FROM (SELECT {inner} FROM {table} ORDER BY "{cols[0]}")'
    try:
        n_rows, *row = conn.execute(sql).fetchone()
        arrays = {}
        for col, text, stored in zip(cols, texts, row, strict=True):
            if text:
                values = json.loads(stored)
                arrays[col] = np.array(values, dtype=object) if values else np.empty(0, dtype=object)
            else:
                arrays[col] = np.fromstring(stored or "", dtype=np.int64, sep=",")
    except (sqlite3.OperationalError, sqlite3.DataError, ValueError, DeprecationWarning):
        return None  # no JSON in this SQLite, a blob, or a text past SQLite's length limit
    if any(len(a) != n_rows for a in arrays.values()):
        return None
    if any((arrays[c] == UNREADABLE).any() for c, text in zip(cols, texts, strict=True) if not text):
        return None
    if not _in_order(arrays[cols[0]]):
        return None  # SQLite fed the aggregate in another order than asked: read rows instead
    return arrays


def _in_order(key: np.ndarray) -> bool:
    if key.dtype == object:
        return all(a <= b for a, b in itertools.pairwise(key))  # action_state: a few rows
    return bool((key[1:] >= key[:-1]).all())


def _frame_from_arrays(table: str, arrays: dict[str, np.ndarray], timezone: str) -> pd.DataFrame:
    out = {}
    for col, values in arrays.items():
        kind = column_kind(table, col)
        if kind == "date":
            out[col] = values.view("datetime64[s]")
        elif kind == "instant":
            naive = values.view("datetime64[s]")
            if (values != MISSING).any():  # pandas parses ISO text to microseconds
                naive = naive.astype("datetime64[us]")
            out[col] = pd.Series(naive).dt.tz_localize("UTC").dt.tz_convert(timezone)
        elif kind == "flag":
            out[col] = values != 0
        elif kind == "integer":
            out[col] = pd.arrays.IntegerArray(values, values == MISSING)
        else:  # an explicit dtype, or pandas would look at every value to infer its string dtype
            out[col] = pd.Series(values, dtype=object, copy=False)
    return pd.DataFrame(out, columns=stored_columns(table), copy=False)


# --- the plain reader ----------------------------------------------------------------


def _fetch_rows(conn: sqlite3.Connection, table: str) -> pd.DataFrame:
    cols = stored_columns(table)
    quoted = ", ".join(f'"{c}"' for c in cols)
    rows = conn.execute(f'SELECT {quoted} FROM {table} ORDER BY "{cols[0]}"').fetchall()
    return pd.DataFrame.from_records(rows, columns=cols)


def plain_frame(table: str, frame: pd.DataFrame, timezone: str) -> pd.DataFrame:
    """Type a frame of stored values (text dates, 0/1 flags) with pandas; the fast reader's reference."""
    out = {}
    for col in stored_columns(table):
        values = frame[col] if col in frame else pd.Series([None] * len(frame), dtype=object)
        kind = column_kind(table, col)
        if kind == "date":
            values = _within(values.where(values.map(_is_iso_day)), "%Y-%m-%d").astype("datetime64[s]")
        elif kind == "instant":
            values = _within(values, "ISO8601").dt.tz_convert(timezone)
        elif kind == "flag":
            values = values.astype(bool)
        elif kind == "integer":
            values = values.astype("Int64")
        else:
            values = values.astype(object).where(values.notna(), None)
        out[col] = values.reset_index(drop=True)
    return pd.DataFrame(out, columns=stored_columns(table))


def _is_iso_day(value) -> bool:
    return isinstance(value, str) and len(value) == 10


def _within(values: pd.Series, fmt: str) -> pd.Series:
    """Stored dates or times parsed in UTC; one that cannot be read, or lies outside
    :data:`~followup_kit.values.EDGES`, reads as missing: reading never fails on a stored value
    (``followup-kit check`` reports it, ``check --repair`` clears it)."""
    text = values.astype(object).where(values.notna(), None).map(lambda v: v if isinstance(v, str) else None)
    parsed = pd.to_datetime(text, utc=True, format=fmt, errors="coerce")
    first = pd.Timestamp(FIRST_SECOND, unit="s", tz="UTC")
    last = pd.Timestamp(LAST_SECOND, unit="s", tz="UTC")
    parsed = parsed.where((parsed >= first) & (parsed <= last))
    return parsed.dt.tz_localize(None) if fmt == "%Y-%m-%d" else parsed


# --- status -------------------------------------------------------------------------------


def with_status(
    apps: pd.DataFrame,
    events: pd.DataFrame,
    interviews: pd.DataFrame,
    *,
    day=None,
    timezone: str | None = None,
    threshold: float | None = None,
    fallback_days: float = silence.FALLBACK_SILENCE_DAYS,
) -> pd.DataFrame:
    """Add ``status``: the latest status-moving event, else interviewing/stored/applied, then the silence rule.

    The latest event is the one with the latest day, then the higher :data:`STATUS_RANK`,
    then the higher ``event_id``.  A decided ``stored_status`` (offer or closed) comes next,
    then ``interviewing`` for an application with an interview that was not cancelled, then any other stored
    status, then ``applied``.  Vectorised: one sort of the status-moving events.

    With ``day`` (a naive local midnight; ``timezone`` is the tracker's) only the events by that
    day count (an interview booked for later still makes it ``interviewing``), and an open application (``applied`` or ``interviewing``) silent for longer
    than the silence threshold becomes ``ghosted`` unless its ``still_waiting`` flag is set:
    :mod:`followup_kit.store.silence` owns that rule.  ``threshold`` (days) overrides the
    threshold; otherwise they are :func:`~followup_kit.store.silence.silence_days` with
    ``fallback_days`` (one before an interview, one after).  ``attrs`` then hold
    ``silence_days``, ``silence_days_after_interview`` and ``silence_basis``.
    """
    if day is not None:  # events after the day do not count; an interview booked for later does (a reply)
        day = np.datetime64(pd.Timestamp(day).to_datetime64(), "s")
        events = events.loc[events["on"].to_numpy(dtype="datetime64[s]") <= day]
    moving_kinds = list(STATUS_RANK)
    code = pd.Index(moving_kinds).get_indexer(events["kind"].to_numpy(dtype=object))
    moving = code >= 0
    code = code[moving]
    rank = np.array(list(STATUS_RANK.values()))[code]
    event_day = events["on"].to_numpy()[moving].view("int64")
    event_day = np.where(event_day == MISSING, np.iinfo(np.int64).max, event_day)  # like pandas: missing sorts last
    event_id = events["event_id"].to_numpy(dtype="int64")[moving]
    owner = events["application_id"].to_numpy(dtype="int64")[moving]
    order = np.lexsort((event_id, rank, event_day, owner))
    owner, code = owner[order], code[order]
    last = np.append(owner[1:] != owner[:-1], True) if len(owner) else np.zeros(0, dtype=bool)
    words = np.array([vocabulary.EVENT_STATUS[k] for k in moving_kinds], dtype=object)

    status = np.full(len(apps), None, dtype=object)
    where = pd.Index(apps["application_id"].to_numpy(dtype="int64")).get_indexer(owner[last])
    status[where[where >= 0]] = words[code[last]][where >= 0]

    stored = apps["stored_status"].to_numpy(dtype=object)
    open_ = pd.isna(status)
    decided = open_ & pd.Series(stored).isin(list(vocabulary.DECIDED_STATUSES)).to_numpy()
    status[decided] = stored[decided]
    open_ = pd.isna(status)
    interviewed = open_ & apps["application_id"].isin(held_interviews(interviews)["application_id"]).to_numpy()
    status[interviewed] = "interviewing"
    open_ = pd.isna(status) & pd.notna(stored)
    status[open_] = stored[open_]
    status[pd.isna(status)] = "applied"
    out = apps.assign(status=pd.Series(status, index=apps.index, dtype=object))
    if day is None:
        return out
    if threshold is None:
        before, after, basis = silence.silence_days(
            apps, events, interviews, day, timezone, fallback_days=fallback_days
        )
    else:
        before, after, basis = float(threshold), float(threshold), f"{threshold:g} days, as given"
    news = silence.last_news(apps, events, interviews, day, timezone)
    limit = np.where(silence.interviewed_by(apps, interviews, day, timezone), after, before)
    waiting = apps["still_waiting"].to_numpy(dtype=bool) if "still_waiting" in apps else np.zeros(len(apps), bool)
    quiet = np.isin(status, silence.OPEN_STATUSES) & ~waiting & silence.silent_past(news, day, limit)
    status[quiet] = "ghosted"
    out["status"] = pd.Series(status, index=apps.index, dtype=object)
    out.attrs.update(
        silence_days=float(before),
        silence_days_after_interview=float(after),
        silence_basis=basis,
        status_day=pd.Timestamp(day),
    )
    return out
