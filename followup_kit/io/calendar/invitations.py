"""Interviews from calendar invitations: import one invitation or a whole calendar export.

Each event is read quickly first; everyday events (the dentist, the gym, birthdays,
all-day and repeating events) are counted and left alone without being parsed.  The
rest becomes, on the application it matches (:mod:`followup_kit.io.matching`), an
interview at the right instant with the people met, so thank-you notes and the rest
of the schedule follow at once.  Invitations are keyed by ``UID`` and
``RECURRENCE-ID``: a higher ``SEQUENCE`` moves the interview and updates its
people, an older or equal one changes nothing, a cancellation sets ``cancelled_at``
(the schedule then drops its follow-ups), and importing the same file twice
changes nothing.  Only the time, the people, the link to the application, the UID
and the sequence are stored; descriptions and meeting links are not.

Examples
--------
>>> import tempfile, pathlib
>>> from followup_kit import Tracker
>>> t = Tracker.create(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite", timezone="Europe/Berlin")
>>> app = t.add_application("Northwind GmbH", "Data Analyst")
>>> ics = (b"BEGIN:VCALENDAR\\r\\nMETHOD:REQUEST\\r\\nBEGIN:VEVENT\\r\\nUID:iv-1@northwind.example\\r\\n"
...        b"SEQUENCE:0\\r\\nDTSTART:20261203T090000Z\\r\\nSUMMARY:Interview Data Analyst\\r\\n"
...        b"ORGANIZER;CN=Ana Example:mailto:ana@northwind-gmbh.example\\r\\n"
...        b"ATTENDEE;CN=Sam:mailto:sam@example.org\\r\\nEND:VEVENT\\r\\nEND:VCALENDAR\\r\\n")
>>> result = import_invitations(t, ics, me=["sam@example.org"])
>>> result.events[["outcome", "application_id", "people"]].to_dict("records")
[{'outcome': 'added', 'application_id': 1, 'people': 'Ana Example'}]
>>> import_invitations(t, ics, me=["sam@example.org"]).unchanged
1
>>> t.close()
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from followup_kit.errors import InputError
from followup_kit.io.calendar.events import Event, parse_events
from followup_kit.io.calendar.read import BrokenEvent, QuickEvent, read_calendars
from followup_kit.io.calendar.result import INVITATION_COLUMNS, UNREADABLE, InvitationImport, result_frame
from followup_kit.io.calendar.rules import interview_words, why_not_a_person
from followup_kit.io.calendar.writer import InvitationRecord, InvitationWriter, record_key, superseded
from followup_kit.io.matching import Matcher
from followup_kit.store.addresses import my_addresses, normalise_address
from followup_kit.store.lock import holds_import_lock
from followup_kit.vocabulary import EVERYDAY_REASONS

__all__ = ["INVITATION_COLUMNS", "InvitationImport", "import_invitations"]


class _DryRun(Exception):
    """Raised inside the transaction of a dry run so that nothing it wrote lands."""


def _read_sources(source) -> list[tuple[str, bytes]]:
    if isinstance(source, (bytes, bytearray, memoryview)):
        return [("the calendar file", bytes(source))]
    if isinstance(source, tuple) and len(source) == 2 and isinstance(source[1], (bytes, bytearray, memoryview)):
        return [(str(source[0]), bytes(source[1]))]
    if isinstance(source, (str, Path)):
        path = Path(source)
        try:
            return [(str(path), path.read_bytes())]
        except FileNotFoundError:
            raise InputError("no such file", file=str(path)) from None
        except IsADirectoryError:
            raise InputError("is a folder, not a calendar file", file=str(path)) from None
        except OSError as e:
            raise InputError(f"cannot be read ({e.strerror})", file=str(path)) from None
    if isinstance(source, Sequence):
        out = [item for one in source for item in _read_sources(one)]
        if not out:
            raise InputError("no calendar file given", field="source", value=[])
        return out
    raise InputError("give a path, the bytes of a .ics file, or a list of paths", field="source", value=source)


@holds_import_lock
def import_invitations(tracker, source, me=None, dry_run: bool = False, create: bool = False) -> InvitationImport:
    """Turn calendar invitations into interviews on the matching applications.

    Parameters
    ----------
    tracker : Tracker
        The tracker to add the interviews to.
    source : path, bytes, (name, bytes) or list of them
        One ``.ics`` file (a saved invitation or a whole calendar export) or several.
    me : str or list of str, optional
        Your own addresses for this run, on top of those stored with
        ``followup-kit init --me`` (they are never counted as people met).
    dry_run : bool
        Report what would happen and change nothing.
    create : bool
        Create an application (named after the organiser's mail domain) for an
        interview that matches none, instead of reporting it as unmatched.

    Returns
    -------
    InvitationImport
        ``events`` lists each interview-like event with its outcome and reason.

    Raises
    ------
    InputError
        A file is missing, is not a calendar, or its structure is broken (a block never
        closed; the tracker is left unchanged).  One event that cannot be read (a broken
        start, zone or property) is listed as ``unreadable`` with its reason instead, and
        the other events are imported.
    """
    files = _read_sources(source)
    read = [(name, cal) for name, raw in files for cal in read_calendars(raw, file=name)]
    mine = set(my_addresses(tracker))
    if me is not None:
        mine.update(normalise_address(a, field="me") for a in ([me] if isinstance(me, str) else me))
    for _name, cal in read:
        if cal.calendar_name and "@" in cal.calendar_name and " " not in cal.calendar_name.strip():
            mine.add(cal.calendar_name.strip().lower())
    mine = frozenset(mine)  # type: ignore[assignment]  # read-only from here on
    warnings = (
        ()
        if mine
        else (
            "No address of yours is known, so you may be listed among the people met; "
            "add yours with 'followup-kit me --add ADDRESS' or --me.",
        )
    )
    tables = tracker.tables()
    matcher = Matcher(tables["applications"], tables["contacts"])
    known = _stored_invitations(tracker)
    known_uids = frozenset(uid for uid, _rid in known)

    everyday = dict.fromkeys(EVERYDAY_REASONS, 0)
    records: list[InvitationRecord] = []
    broken: list[BrokenEvent] = []
    for name, cal in read:
        broken.extend(cal.broken)
        chosen = [q for q in cal.events if _worth_reading(q, matcher, mine, known_uids, everyday)]
        for event in parse_events(cal, chosen, default_timezone=tracker.timezone, file=name, broken=broken):
            records.append(_record(name, event, matcher, mine, known))
    state = {key: dict(value) for key, value in known.items()}
    rows: list[dict] = []
    counters = {"contacts": 0, "applications": 0}
    try:
        with tracker.transaction() as conn:
            writer = InvitationWriter(conn, tables, counters, create)
            ordered = sorted(
                records, key=lambda r: (r.event.uid, r.event.recurrence_id or "", r.event.sequence, r.event.cancelled)
            )
            for rec, after in zip(ordered, [*ordered[1:], None]):
                if after is not None and after.event.uid and record_key(after) == record_key(rec):
                    rows.append(superseded(rec, after))  # only the newest version of an event is applied
                else:
                    rows.append(writer.apply(rec, state))
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    rows.extend(_unreadable_row(b) for b in broken)
    frame = result_frame(rows, tracker.timezone, dry_run)
    return InvitationImport(
        events=frame,
        sources=tuple(n for n, _ in files),
        dry_run=dry_run,
        everyday=everyday,
        contacts_added=counters["contacts"],
        applications_added=counters["applications"],
        warnings=warnings,
    )


def _unreadable_row(broken: BrokenEvent) -> dict:
    """The row of an event that could not be read (issue 18: reported, and the others imported)."""
    return dict.fromkeys(INVITATION_COLUMNS) | dict(
        file=broken.file, uid=broken.uid, summary=broken.summary, people="", outcome=UNREADABLE, reason=broken.reason
    )


def _stored_invitations(tracker) -> dict:
    rows = tracker.execute(
        "SELECT calendar_uid, coalesce(calendar_recurrence_id, ''), interview_id, application_id, "
        "coalesce(calendar_sequence, 0), cancelled_at, starts_at FROM interviews WHERE calendar_uid IS NOT NULL"
    )
    return {
        (r[0], r[1]): dict(
            interview_id=r[2], application_id=r[3], sequence=r[4], cancelled=r[5] is not None, starts_at=r[6]
        )
        for r in rows
    }


def _external(quick: QuickEvent, mine: frozenset) -> list[str]:
    out = []
    for _prop, value, params in quick.people:
        address = value[7:].lower() if value.lower().startswith("mailto:") else value.lower()
        if (
            "@" in address
            and why_not_a_person(
                address,
                params.get("CN"),
                params.get("CUTYPE", "").upper(),
                params.get("ROLE", "").upper() or None,
                mine,
            )
            is None
        ):
            out.append(address)
    return out


def _worth_reading(q: QuickEvent, matcher: Matcher, mine, known_uids, everyday) -> bool:
    """Decide from the quick reading whether an event may be an interview (counting the rest)."""
    if q.uid and q.uid in known_uids:
        return True
    words = interview_words(q.summary, q.location, q.description)
    if q.all_day or q.repeating or (q.cancelled and not words):
        if words == "strong" and not q.repeating:
            return True  # reported as ignored, with its reason
        everyday["all-day" if q.all_day else "repeating" if q.repeating else "cancelled"] += 1
        return False
    if words == "strong":
        return True
    addresses = [
        a
        for _p, v, _params in q.people
        for a in [v[7:].lower() if v.lower().startswith("mailto:") else v.lower()]
        if a not in mine
    ]
    external = _external(q, mine)
    if external or words:
        names = [params.get("CN", "") for _p, _v, params in q.people]
        found = matcher.match(texts=[q.summary, q.location, *names], addresses=addresses, fuzzy=False)
        if found.application_id is not None:
            return True
    everyday["no sign of an interview"] += 1
    return False


def _record(file: str, event: Event, matcher: Matcher, mine, known) -> InvitationRecord:
    people: dict[str, list] = {}
    for p in event.people:
        if why_not_a_person(p.address, p.name, p.cutype, p.role, mine) is None:
            entry = people.setdefault(p.address, [p.address, None, False])
            entry[1] = entry[1] or (p.name if p.name and "@" not in p.name else None)
            entry[2] = entry[2] or p.organiser
    rec = InvitationRecord(file=file, event=event, people=[tuple(v) for v in people.values()])
    stored = known.get((event.uid, event.recurrence_id or ""))
    if stored is not None:
        rec.application_id = stored["application_id"]
        rec.reason = "known invitation"
        return rec
    texts = [event.summary, event.location, *[p.name or "" for p in event.people], event.description]
    found = matcher.match(texts=texts, addresses=[p.address for p in event.people if p.address not in mine])
    rec.application_id, rec.company, rec.reason = found.application_id, found.company, found.reason
    return rec
