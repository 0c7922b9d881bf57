"""Check and normalise the fields of contacts, applications, interviews and events before they are written.

Each function takes what a user typed (text, dates, numbers, ids) and returns
SQLite-ready values, or raises :class:`~followup_kit.errors.InputError` naming the
field and the value.  The tracker's write methods
(:class:`~followup_kit.store.tracker.Tracker`) call these first, then write in one
transaction.

Examples
--------
>>> interview_values({"starts_at": "2026-03-10 14:00", "candidates_in_pool": "4"}, tz="Europe/London")
{'starts_at': '2026-03-10T14:00:00+00:00', 'candidates_in_pool': 4}
>>> check_fields({"colour": "red"}, ("name", "company"))
Traceback (most recent call last):
...
followup_kit.errors.InputError: field 'colour', value 'red': unknown field; known fields are name, company
"""

from __future__ import annotations

import json
import sqlite3

import pandas as pd

from followup_kit import vocabulary
from followup_kit.errors import InputError
from followup_kit.store import model
from followup_kit.store.sqlite import iso, utc
from followup_kit.values import (
    EDGES,
    check_choice,
    to_bool,
    to_date,
    to_instant,
    to_positive_int,
    to_text,
)


def existing_id(
    conn: sqlite3.Connection, file_name: str, table: str, id_col: str, value, field: str | None = None
) -> int:
    """The whole-number id ``value`` of a row that exists in ``table``; else :class:`InputError` naming ``field``."""
    field = field or id_col
    if isinstance(value, bool):
        raise InputError("not an id", field=field, value=value)
    try:
        ident = int(value)
    except (TypeError, ValueError):
        raise InputError("not an id (a whole number)", field=field, value=value) from None
    if ident != value and str(ident) != str(value).strip():
        raise InputError("not an id (a whole number)", field=field, value=value)
    if conn.execute(f"SELECT 1 FROM {table} WHERE {id_col} = ?", (ident,)).fetchone() is None:
        raise InputError(f"no such {table[:-1]} in {file_name}", field=field, value=value)
    return ident


def check_fields(fields: dict, allowed) -> None:
    """Raise :class:`InputError` naming the first key of ``fields`` that is not in ``allowed``."""
    unknown = [k for k in fields if k not in allowed]
    if unknown:
        raise InputError(
            "unknown field; known fields are " + ", ".join(allowed), field=unknown[0], value=fields[unknown[0]]
        )


def contact_values(fields: dict, *, tz: str) -> dict:
    """SQLite-ready values of a contact's fields (dates in the tracker's zone ``tz``)."""
    check_fields(fields, model.CONTACT_FIELDS)
    out = {}
    for key, value in fields.items():
        if key == "name":
            out[key] = to_text(value, field=key, required=True, max_length=300)
        elif key == "relation":
            out[key] = check_choice(value, vocabulary.RELATIONS, field=key)
        elif key in ("linkedin_invited_on", "linkedin_connected_on"):
            out[key] = iso(to_date(value, field=key, tz=tz))
        else:
            out[key] = to_text(value, field=key, max_length=2_000)
    return out


def application_values(fields: dict, *, tz: str, conn: sqlite3.Connection, file_name: str) -> dict:
    """SQLite-ready values of an application's fields; a ``referrer_id`` must name a contact in ``conn``."""
    check_fields(fields, model.APPLICATION_FIELDS)
    out = {}
    for key, value in fields.items():
        if key in ("company", "role"):
            # a company is enough to follow up; a role may be left blank (a spontaneous application)
            out[key] = to_text(value, field=key, required=key == "company", max_length=300)
        elif key == "applied_on":
            out[key] = iso(to_date(value, field=key, tz=tz))
        elif key == "referrer_id":
            out[key] = (
                None if value is None else existing_id(conn, file_name, "contacts", "contact_id", value, field=key)
            )
        elif key in ("confidential", "still_interested", "still_waiting"):
            out[key] = int(to_bool(value, field=key))
        elif key == "stored_status":
            out[key] = None if value is None else check_choice(value, vocabulary.STATUSES, field=key)
        elif key == "policy_overrides":
            out[key] = policy_json(value)
        else:
            out[key] = to_text(value, field=key, max_length=10_000)
    return out


def interview_values(fields: dict, *, tz: str) -> dict:
    """SQLite-ready values of an interview's fields (``starts_at`` local in ``tz``, stored in UTC)."""
    out = {}
    for key, value in fields.items():
        if key == "starts_at":
            out[key] = utc(to_instant(value, field=key, tz=tz))
        elif key in ("decision_expected_on", "expected_start_on"):
            out[key] = iso(to_date(value, field=key, tz=tz))
        elif key == "candidates_in_pool":
            out[key] = to_positive_int(value, field=key, maximum=100_000)
        else:
            out[key] = to_text(value, field=key, max_length=10_000)
    return out


def contact_ids(conn: sqlite3.Connection, file_name: str, ids) -> list[int]:
    """The distinct contact ids of ``ids`` (one id, a list, or ``None``), each checked to exist."""
    if ids is None or isinstance(ids, (str, int)):
        ids = [] if ids is None else [ids]
    out = []
    for value in ids:
        cid = existing_id(conn, file_name, "contacts", "contact_id", value, field="interviewer_ids")
        if cid not in out:
            out.append(cid)
    return out


def event_values(kind, on, deadline, note, *, tz: str) -> tuple[str, str | None, str | None, str | None]:
    """``(kind, on, deadline, note)`` of an event, checked: only an offer has a deadline, not before the offer."""
    kind = check_choice(kind, vocabulary.EVENT_KINDS, field="kind")
    on_iso = iso(to_date(on, field="on", tz=tz, required=True))
    deadline_iso = iso(to_date(deadline, field="deadline", tz=tz))
    if deadline_iso is not None and kind != "offer":
        raise InputError("only an offer has a deadline", field="deadline", value=str(deadline))
    if deadline_iso is not None and on_iso is not None and deadline_iso < on_iso:
        raise InputError(f"the deadline is before the offer ({on_iso})", field="deadline", value=str(deadline))
    return kind, on_iso, deadline_iso, to_text(note, field="note", max_length=10_000)


def policy_json(value) -> str | None:
    """An application's policy overrides (a mapping, or its JSON text) as sorted JSON; ``None`` when empty."""
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


def check_bulk(table: str, frame: pd.DataFrame) -> None:
    """Refuse rows a bulk writer is about to insert if a date lies outside :data:`~followup_kit.values.EDGES`.

    The last guard under every importer that writes many rows at once
    (:meth:`~followup_kit.store.tracker.Tracker.insert_rows`): vectorised, one
    comparison per column.  Raises :class:`InputError` naming the row and the column.

    Examples
    --------
    >>> check_bulk("events", pd.DataFrame({"on": ["2026-03-02", None]}))
    >>> check_bulk("events", pd.DataFrame({"on": ["2026-03-02", "0001-01-01"]}))
    Traceback (most recent call last):
    ...
    followup_kit.errors.InputError: row 1, field 'on', value '0001-01-01': is outside the years 1900 to 2200
    """
    dated = (*model.DATE_COLUMNS.get(table, ()), *model.TIMESTAMP_COLUMNS.get(table, ()))
    for col in (c for c in dated if c in frame.columns):
        text = frame[col].astype(object).where(frame[col].notna(), None)
        given = text.notna().to_numpy()
        if not given.any():
            continue
        year = pd.to_numeric(text.astype("string").str.extract(r"^(\d{4})-", expand=False), errors="coerce")
        bad = given & ~year.between(EDGES.first_year, EDGES.last_year).to_numpy()
        if bad.any():
            at = int(bad.argmax())
            raise InputError(
                f"is outside the years {EDGES.first_year} to {EDGES.last_year}",
                field=col,
                value=str(text.iloc[at]),
                row=at,
            )
