"""Applying interview invitations to the tracker, one event at a time, inside the import's transaction.

:func:`followup_kit.io.invitations.import_invitations` reads and matches the events;
:class:`InvitationWriter` turns each into an added, updated, cancelled or unchanged
interview (with its people as contacts) and says why, keeping the state of the run
current so that several versions of one invitation apply in order.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from followup_kit.io.calendar.events import Event
from followup_kit.io.calendar.rules import clean_name, mentions_recruiter
from followup_kit.io.matching import domain_key


@dataclass
class InvitationRecord:
    """One event read fully, with its people and the application it matched."""

    file: str
    event: Event
    people: list  # [(address, name, organiser)]
    application_id: int | None = None
    company: str | None = None
    reason: str = ""


def record_key(rec: InvitationRecord) -> tuple[str, str]:
    """The key an invitation is followed by: its UID and RECURRENCE-ID (``""`` when it has none).

    Examples
    --------
    >>> from followup_kit.io.calendar.events import Event
    >>> ev = Event(uid="1@example.org", recurrence_id=None, sequence=2, starts_at=None, all_day=True,
    ...            cancelled=False, summary="", location="", description="", people=())
    >>> record_key(InvitationRecord(file="a.ics", event=ev, people=[]))
    ('1@example.org', '')
    """
    return rec.event.uid, rec.event.recurrence_id or ""


def superseded(rec: InvitationRecord, newer: InvitationRecord) -> dict:
    """The row of a version that a newer one in the same import replaces."""
    ev = rec.event
    why = (
        "the same version appears again in this import"
        if newer.event.sequence == ev.sequence and newer.event.cancelled == ev.cancelled
        else f"an older version than sequence {newer.event.sequence} in this import"
    )
    return dict(result_row(rec), company=rec.company, outcome="unchanged", reason=why)


def result_row(rec: InvitationRecord) -> dict:
    """The fields of an event's result row that do not depend on what the import does with it."""
    ev = rec.event
    return dict(
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


def _utc_text(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


class InvitationWriter:
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

    def apply(self, rec: InvitationRecord, state: dict) -> dict:
        """Apply one event; returns its row of the result (outcome and reason included)."""
        row = self._apply(rec, state)
        if rec.event.zone_note and row["outcome"] in ("added", "updated"):
            row["reason"] = f"{row['reason']}; {rec.event.zone_note}"
        return row

    def _apply(self, rec: InvitationRecord, state: dict) -> dict:
        ev = rec.event
        key = (ev.uid, ev.recurrence_id or "")
        row = result_row(rec)
        stored = state.get(key)
        if rec.application_id is not None:
            row["company"] = self.companies.get(rec.application_id, rec.company)
        if stored is not None:
            row.update(interview_id=stored["interview_id"], application_id=stored["application_id"])
            return self._update(rec, stored, row)
        if ev.cancelled:
            return dict(row, outcome="ignored", reason="cancelled before it was ever imported")
        if ev.starts_at is None:
            why = "an all-day event has no time to meet" if ev.all_day else "the event has no start time"
            return dict(row, outcome="ignored", reason=why)
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
            "SELECT interview_id, calendar_uid, cancelled_at FROM interviews WHERE application_id = ? AND starts_at = ?",
            (rec.application_id, iv_start),
        ).fetchone()
        if same is not None:
            return self._same_time(rec, same, people, iv_start, state, row)
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

    def _same_time(self, rec: InvitationRecord, same: tuple, people: list[int], start: str, state, row) -> dict:
        """An interview of this application is already at this time: join it rather than duplicate it."""
        ev = rec.event
        iid, uid, cancelled_at = same
        if uid is not None and cancelled_at is None:
            self.conn.executemany(
                "INSERT OR IGNORE INTO participants(interview_id, contact_id) VALUES (?, ?)", [(iid, p) for p in people]
            )
            why = f"same time as interview {iid} from another invitation: its people were added"
            return dict(row, interview_id=iid, outcome="updated", reason=why)
        if cancelled_at is not None:  # a new invitation for the slot of a cancelled interview: it is on again
            self.conn.execute("DELETE FROM participants WHERE interview_id = ?", (iid,))
            for key in [k for k, v in state.items() if v["interview_id"] == iid]:
                del state[key]
            why = f"replaces the cancelled interview {iid} at the same time; {rec.reason}"
        else:
            why = f"linked to interview {iid} you logged at the same time; {rec.reason}"
        self.conn.execute(
            "UPDATE interviews SET calendar_uid = ?, calendar_recurrence_id = ?, calendar_sequence = ?, "
            "cancelled_at = NULL WHERE interview_id = ?",
            (ev.uid, ev.recurrence_id, ev.sequence, iid),
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO participants(interview_id, contact_id) VALUES (?, ?)", [(iid, p) for p in people]
        )
        state[(ev.uid, ev.recurrence_id or "")] = dict(
            interview_id=iid, application_id=rec.application_id, sequence=ev.sequence, cancelled=False, starts_at=start
        )
        return dict(row, interview_id=iid, outcome="updated", reason=why)

    def _update(self, rec: InvitationRecord, stored: dict, row: dict) -> dict:
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

    def _contacts(self, rec: InvitationRecord) -> list[int]:
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

    def _new_application(self, rec: InvitationRecord):
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
