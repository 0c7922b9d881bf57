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

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from followup_kit.errors import InputError
from followup_kit.io.ics_read import Calendar, Event, QuickEvent, parse_events, read_calendars
from followup_kit.io.invitation_rules import clean_name, interview_words, mentions_recruiter, why_not_a_person
from followup_kit.io.matching import Matcher, domain_key
from followup_kit.store.addresses import my_addresses, normalise_address
from followup_kit.vocabulary import EVERYDAY_REASONS, INVITATION_OUTCOMES

#: Columns of :attr:`InvitationImport.events`, in order.
INVITATION_COLUMNS = (
    "file",
    "uid",
    "recurrence_id",
    "sequence",
    "summary",
    "starts_at",
    "company",
    "application_id",
    "interview_id",
    "people",
    "outcome",
    "reason",
)


#: Characters of a text column shown in the plain-text table (wide enough for a reason with what was seen).
REPR_COLUMN_WIDTH = 110


class _DryRun(Exception):
    """Raised inside the transaction of a dry run so that nothing it wrote lands."""


@dataclass(frozen=True)
class InvitationImport:
    """What an import of calendar invitations found and did.

    ``events`` has one row per event that looked like an interview (columns
    :data:`INVITATION_COLUMNS`); everyday events are only counted in ``everyday``.
    """

    events: pd.DataFrame
    sources: tuple[str, ...]
    dry_run: bool
    everyday: dict = field(default_factory=dict)
    contacts_added: int = 0
    applications_added: int = 0
    warnings: tuple[str, ...] = ()

    def _count(self, outcome: str) -> int:
        return int((self.events["outcome"] == outcome).sum())

    added = property(lambda self: self._count("added"))
    updated = property(lambda self: self._count("updated"))
    cancelled = property(lambda self: self._count("cancelled"))
    unchanged = property(lambda self: self._count("unchanged"))
    ignored = property(lambda self: self._count("ignored"))
    unmatched = property(lambda self: self._count("unmatched"))

    @property
    def everyday_summary(self) -> str:
        """One line on the everyday events left alone quietly."""
        total = sum(self.everyday.values())
        if not total:
            return "No everyday events."
        parts = ", ".join(f"{self.everyday[k]:,} {k}" for k in EVERYDAY_REASONS if self.everyday.get(k))
        return f"{total:,} everyday event{'s' if total != 1 else ''} left alone ({parts})."

    @property
    def summary(self) -> str:
        """One line: what was (or, in a dry run, would be) done."""
        counts = ", ".join(f"{getattr(self, k)} {k}" for k in INVITATION_OUTCOMES if getattr(self, k))
        verb = "Dry run, nothing saved" if self.dry_run else "Imported"
        extra = []
        if self.contacts_added:
            extra.append(f"{self.contacts_added} new contact{'s' if self.contacts_added != 1 else ''}")
        if self.applications_added:
            extra.append(f"{self.applications_added} new application{'s' if self.applications_added != 1 else ''}")
        more = f"; {', '.join(extra)}" if extra else ""
        return f"{verb}: {counts or 'no interviews found'}{more}. {self.everyday_summary}"

    def __repr__(self) -> str:
        lines = [self.summary, *self.warnings]
        if len(self.events):
            shown = self.events[["starts_at", "company", "people", "outcome", "reason"]].assign(
                starts_at=self.events["starts_at"].dt.strftime("%a %Y-%m-%d %H:%M").fillna(""),
                company=self.events["company"].fillna(""),
            )
            lines.append(shown.to_string(index=False, max_colwidth=REPR_COLUMN_WIDTH, justify="left"))
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        warn = "".join(f"<p><b>Note:</b> {html.escape(w)}</p>" for w in self.warnings)
        table = self.events.drop(columns=["file", "recurrence_id", "sequence"]).to_html(index=False, na_rep="")
        return f"<div class='fk-invitations'><p>{html.escape(self.summary)}</p>{warn}{table}</div>"


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


@dataclass
class _Record:
    file: str
    event: Event
    people: list  # [(address, name, organiser)]
    application_id: int | None = None
    company: str | None = None
    reason: str = ""


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
        A file is missing, not a calendar, or broken (the tracker is left unchanged).
    """
    files = _read_sources(source)
    read = [(name, cal) for name, raw in files for cal in read_calendars(raw, file=name)]
    mine = set(my_addresses(tracker))
    if me is not None:
        mine.update(normalise_address(a, field="me") for a in ([me] if isinstance(me, str) else me))
    for _name, cal in read:
        if cal.calendar_name and "@" in cal.calendar_name and " " not in cal.calendar_name.strip():
            mine.add(cal.calendar_name.strip().lower())
    mine = frozenset(mine)
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
    records: list[_Record] = []
    for name, cal in read:
        chosen = [q for q in cal.events if _worth_reading(q, cal, matcher, mine, known_uids, everyday)]
        for event in parse_events(cal, chosen, default_timezone=tracker.timezone, file=name):
            records.append(_record(name, event, matcher, mine, known))
    state = {key: dict(value) for key, value in known.items()}
    rows: list[dict] = []
    counters = {"contacts": 0, "applications": 0}
    try:
        with tracker.transaction() as conn:
            writer = _Writer(conn, tables, counters, create)
            ordered = sorted(
                records, key=lambda r: (r.event.uid, r.event.recurrence_id or "", r.event.sequence, r.event.cancelled)
            )
            for rec, after in zip(ordered, [*ordered[1:], None]):
                if after is not None and after.event.uid and _key(after) == _key(rec):
                    rows.append(_superseded(rec, after))  # only the newest version of an event is applied
                else:
                    rows.append(writer.apply(rec, state))
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    frame = _frame(rows, tracker.timezone, dry_run)
    return InvitationImport(
        events=frame,
        sources=tuple(n for n, _ in files),
        dry_run=dry_run,
        everyday=everyday,
        contacts_added=counters["contacts"],
        applications_added=counters["applications"],
        warnings=warnings,
    )


def _key(rec: _Record) -> tuple[str, str]:
    return rec.event.uid, rec.event.recurrence_id or ""


def _superseded(rec: _Record, newer: _Record) -> dict:
    ev = rec.event
    why = (
        "the same version appears again in this import"
        if newer.event.sequence == ev.sequence and newer.event.cancelled == ev.cancelled
        else f"an older version than sequence {newer.event.sequence} in this import"
    )
    return dict(
        file=rec.file,
        uid=ev.uid,
        recurrence_id=ev.recurrence_id,
        sequence=ev.sequence,
        summary=ev.summary,
        starts_at=ev.starts_at,
        company=rec.company,
        application_id=rec.application_id,
        interview_id=None,
        people=", ".join(clean_name(n, a) for a, n, _o in rec.people),
        outcome="unchanged",
        reason=why,
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


def _worth_reading(q: QuickEvent, cal: Calendar, matcher: Matcher, mine, known_uids, everyday) -> bool:
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


def _record(file: str, event: Event, matcher: Matcher, mine, known) -> _Record:
    people: dict[str, list] = {}
    for p in event.people:
        if why_not_a_person(p.address, p.name, p.cutype, p.role, mine) is None:
            entry = people.setdefault(p.address, [p.address, None, False])
            entry[1] = entry[1] or (p.name if p.name and "@" not in p.name else None)
            entry[2] = entry[2] or p.organiser
    rec = _Record(file=file, event=event, people=[tuple(v) for v in people.values()])
    stored = known.get((event.uid, event.recurrence_id or ""))
    if stored is not None:
        rec.application_id = stored["application_id"]
        rec.reason = "known invitation"
        return rec
    texts = [event.summary, event.location, *[p.name or "" for p in event.people], event.description]
    found = matcher.match(texts=texts, addresses=[p.address for p in event.people if p.address not in mine])
    rec.application_id, rec.company, rec.reason = found.application_id, found.company, found.reason
    return rec


def _utc_text(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


class _Writer:
    """Applies records to the tracker inside one transaction, keeping the in-run state current."""

    def __init__(self, conn, tables, counters, create):
        self.conn, self.counters, self.create = conn, counters, create
        apps = tables["applications"]
        self.companies = dict(zip(apps["application_id"].astype(int), apps["company"]))
        contacts = tables["contacts"]
        self.by_email: dict[str, int] = {}
        for cid, email in zip(contacts["contact_id"].astype(int), contacts["email"]):
            if isinstance(email, str) and email.strip():
                self.by_email.setdefault(email.strip().lower(), cid)
        self.created: dict[str, int] = {}

    def apply(self, rec: _Record, state: dict) -> dict:
        ev = rec.event
        key = (ev.uid, ev.recurrence_id or "")
        row = dict(
            file=rec.file,
            uid=ev.uid,
            recurrence_id=ev.recurrence_id,
            sequence=ev.sequence,
            summary=ev.summary,
            starts_at=ev.starts_at,
            company=None,
            application_id=rec.application_id,
            interview_id=None,
            people=", ".join(clean_name(n, a) for a, n, _o in rec.people),
        )
        stored = state.get(key)
        if rec.application_id is not None:
            row["company"] = self.companies.get(rec.application_id, rec.company)
        if stored is not None:
            row.update(interview_id=stored["interview_id"], application_id=stored["application_id"])
            return self._update(rec, stored, row)
        if ev.cancelled:
            return dict(row, outcome="ignored", reason="cancelled before it was ever imported")
        if ev.starts_at is None:
            return dict(row, outcome="ignored", reason="an all-day event has no time to meet")
        if not ev.uid:
            return dict(row, outcome="ignored", reason="the event has no UID, so later changes could not follow it")
        if rec.application_id is None:
            if not self.create:
                return dict(row, outcome="unmatched", reason=rec.reason)
            made = self._new_application(rec)
            if made is None:
                return dict(
                    row, outcome="unmatched", reason=rec.reason + "; no company domain to name a new application after"
                )
            rec.application_id, row["application_id"], row["company"] = made[0], made[0], made[1]
            rec.reason = f"new application {made[1]!r} named after the domain {made[2]}"
        people = self._contacts(rec)
        iv_start = _utc_text(ev.starts_at)
        same = self.conn.execute(
            "SELECT interview_id, calendar_uid FROM interviews WHERE application_id = ? AND starts_at = ?",
            (rec.application_id, iv_start),
        ).fetchone()
        if same is not None:
            self.conn.executemany(
                "INSERT OR IGNORE INTO participants(interview_id, contact_id) VALUES (?, ?)",
                [(same[0], p) for p in people],
            )
            if same[1] is None:
                self.conn.execute(
                    "UPDATE interviews SET calendar_uid = ?, calendar_recurrence_id = ?, "
                    "calendar_sequence = ? WHERE interview_id = ?",
                    (ev.uid, ev.recurrence_id, ev.sequence, same[0]),
                )
                state[key] = dict(
                    interview_id=same[0],
                    application_id=rec.application_id,
                    sequence=ev.sequence,
                    cancelled=False,
                    starts_at=iv_start,
                )
                why = f"linked to interview {same[0]} you logged at the same time; {rec.reason}"
            else:
                why = f"same time as interview {same[0]} from another invitation: its people were added"
            return dict(row, interview_id=same[0], outcome="updated", reason=why)
        cur = self.conn.execute(
            "INSERT INTO interviews(application_id, starts_at, calendar_uid, calendar_recurrence_id, "
            "calendar_sequence) VALUES (?, ?, ?, ?, ?)",
            (rec.application_id, iv_start, ev.uid, ev.recurrence_id, ev.sequence),
        )
        self.conn.executemany(
            "INSERT INTO participants(interview_id, contact_id) VALUES (?, ?)", [(cur.lastrowid, p) for p in people]
        )
        state[key] = dict(
            interview_id=cur.lastrowid,
            application_id=rec.application_id,
            sequence=ev.sequence,
            cancelled=False,
            starts_at=iv_start,
        )
        reason = rec.reason if people else rec.reason + "; no one to thank is named in it"
        return dict(row, interview_id=cur.lastrowid, outcome="added", reason=reason)

    def _update(self, rec: _Record, stored: dict, row: dict) -> dict:
        ev = rec.event
        iid = stored["interview_id"]
        if ev.cancelled:
            if stored["cancelled"]:
                return dict(row, outcome="unchanged", reason="already cancelled")
            if ev.sequence < stored["sequence"]:
                return dict(
                    row,
                    outcome="unchanged",
                    reason=f"a stale cancellation (sequence {ev.sequence}, the interview is at {stored['sequence']})",
                )
            self.conn.execute(
                "UPDATE interviews SET cancelled_at = ?, calendar_sequence = ? WHERE interview_id = ?",
                (_utc_text(dt.datetime.now(dt.UTC)), ev.sequence, iid),
            )
            stored.update(cancelled=True, sequence=ev.sequence)
            return dict(row, outcome="cancelled", reason="cancelled by the organiser; its follow-ups are dropped")
        if ev.sequence <= stored["sequence"]:
            why = (
                "the same version as before"
                if ev.sequence == stored["sequence"]
                else f"a stale update (sequence {ev.sequence}, the interview is at {stored['sequence']})"
            )
            return dict(row, outcome="unchanged", reason=why)
        if ev.starts_at is None:
            return dict(row, outcome="ignored", reason="the update makes it an all-day event; the interview is kept")
        people = self._contacts(rec)
        start = _utc_text(ev.starts_at)
        clash = self.conn.execute(
            "SELECT interview_id FROM interviews WHERE application_id = ? AND starts_at = ? AND interview_id != ?",
            (stored["application_id"], start, iid),
        ).fetchone()
        if clash is not None:
            return dict(
                row,
                outcome="unchanged",
                reason=f"moved onto the time of interview {clash[0]}; change one of them by hand",
            )
        old = self.conn.execute("SELECT contact_id FROM participants WHERE interview_id = ?", (iid,)).fetchall()
        self.conn.execute(
            "UPDATE interviews SET starts_at = ?, calendar_sequence = ?, cancelled_at = NULL WHERE interview_id = ?",
            (start, ev.sequence, iid),
        )
        self.conn.execute("DELETE FROM participants WHERE interview_id = ?", (iid,))
        self.conn.executemany(
            "INSERT INTO participants(interview_id, contact_id) VALUES (?, ?)", [(iid, p) for p in people]
        )
        changes = []
        if start != stored["starts_at"]:
            changes.append("moved")
        if {r[0] for r in old} != set(people):
            changes.append("people changed")
        if stored["cancelled"]:
            changes.append("restored after a cancellation")
        stored.update(sequence=ev.sequence, starts_at=start, cancelled=False)
        return dict(
            row,
            outcome="updated",
            reason=f"new version (sequence {ev.sequence}): {', '.join(changes) or 'details changed'}",
        )

    def _contacts(self, rec: _Record) -> list[int]:
        company = self.companies.get(rec.application_id)
        recruiter_event = mentions_recruiter(rec.event.summary)
        ids = []
        for address, name, organiser in rec.people:
            cid = self.by_email.get(address)
            if cid is None:
                relation = (
                    "recruiter"
                    if (mentions_recruiter(name or "") or (recruiter_event and (organiser or len(rec.people) == 1)))
                    else "interviewer"
                )
                cid = self.conn.execute(
                    "INSERT INTO contacts(name, company, email, relation) VALUES (?, ?, ?, ?)",
                    (clean_name(name, address), company, address, relation),
                ).lastrowid
                self.by_email[address] = cid
                self.counters["contacts"] += 1
            if cid not in ids:
                ids.append(cid)
        return ids

    def _new_application(self, rec: _Record):
        for address, _name, _org in rec.people:
            key = domain_key(address)
            if not key:
                continue
            if key not in self.created:
                label = address.rsplit("@", 1)[-1]
                company = key.title()
                cur = self.conn.execute("INSERT INTO applications(company, source) VALUES (?, 'calendar')", (company,))
                self.created[key] = cur.lastrowid
                self.companies[cur.lastrowid] = company
                self.counters["applications"] += 1
                return cur.lastrowid, company, label
            return self.created[key], self.companies[self.created[key]], address.rsplit("@", 1)[-1]
        return None


def _frame(rows: list[dict], tz: str, dry_run: bool) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(INVITATION_COLUMNS))
    frame["starts_at"] = pd.to_datetime(frame["starts_at"], utc=True).dt.tz_convert(tz)
    for col in ("application_id", "interview_id", "sequence"):
        frame[col] = pd.array(frame[col].astype(object).where(frame[col].notna(), None), dtype="Int64")
    if dry_run:  # ids of rows that would be new do not exist
        frame.loc[frame["outcome"] == "added", "interview_id"] = pd.NA
    order = frame["starts_at"].sort_values(kind="stable", na_position="last").index
    return frame.loc[order].reset_index(drop=True)
