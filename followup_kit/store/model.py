"""Column names: the one place where the tables of the data model are spelled out.

Every module refers to these constants instead of repeating string literals, so a
renamed column is a one-line change.  The tables mirror the SQLite tracker
(:mod:`followup_kit.store.tracker`) one to one (the words allowed in
them are in :mod:`followup_kit.vocabulary`); :data:`COLUMNS` lists each table's
columns in the order the tracker returns them.

Date-only fields (``applied_on``, ``on``, ``deadline`` ...) are *local calendar
dates* in the tracker's time zone and come back as naive ``datetime64`` values at
midnight.  Points in time (``starts_at``, ``done_at``) are timezone-aware and come
back in the tracker's time zone.

Examples
--------
>>> from followup_kit.store import model
>>> model.COLUMNS["participants"]
('interview_id', 'contact_id')
"""

from __future__ import annotations

# --- tables ---------------------------------------------------------------------

APPLICATION_ID = "application_id"
INTERVIEW_ID = "interview_id"
CONTACT_ID = "contact_id"
EVENT_ID = "event_id"
ACTION_KEY = "action_key"

APPLICATION_COLUMNS = (
    "application_id",
    "company",
    "role",
    "applied_on",
    "referrer_id",
    "confidential",
    "still_interested",
    "industry",
    "location",
    "source",
    "url",
    "notes",
    "external_id",
    "policy_overrides",
    "stored_status",
    "still_waiting",
    "status",
)
CONTACT_COLUMNS = (
    "contact_id",
    "name",
    "company",
    "title",
    "email",
    "linkedin_url",
    "relation",
    "linkedin_invited_on",
    "linkedin_connected_on",
)
INTERVIEW_COLUMNS = (
    "interview_id",
    "application_id",
    "starts_at",
    "stage",
    "decision_expected_on",
    "candidates_in_pool",
    "expected_start_on",
    "memorable_detail",
    "not_discussed",
    "calendar_uid",
    "calendar_recurrence_id",
    "calendar_sequence",
    "cancelled_at",
)
PARTICIPANT_COLUMNS = ("interview_id", "contact_id")
EVENT_COLUMNS = ("event_id", "application_id", "kind", "on", "deadline", "note")
ACTION_STATE_COLUMNS = ("action_key", "state", "done_at", "note")

COLUMNS = {
    "applications": APPLICATION_COLUMNS,
    "contacts": CONTACT_COLUMNS,
    "interviews": INTERVIEW_COLUMNS,
    "participants": PARTICIPANT_COLUMNS,
    "events": EVENT_COLUMNS,
    "action_state": ACTION_STATE_COLUMNS,
}

#: Date-only columns per table (naive ``datetime64`` local dates).
DATE_COLUMNS = {
    "applications": ("applied_on",),
    "contacts": ("linkedin_invited_on", "linkedin_connected_on"),
    "interviews": ("decision_expected_on", "expected_start_on"),
    "events": ("on", "deadline"),
}

#: Timezone-aware columns per table.
TIMESTAMP_COLUMNS = {
    "interviews": ("starts_at", "cancelled_at"),
    "action_state": ("done_at",),
}

#: Whole-number columns (read as ``Int64``: ids may be missing after a left join or ``ON DELETE SET NULL``).
INTEGER_COLUMNS = frozenset(
    {
        "application_id",
        "interview_id",
        "contact_id",
        "event_id",
        "referrer_id",
        "candidates_in_pool",
        "calendar_sequence",
    }
)

#: Yes/no columns (stored as 0/1, read as ``bool``).
FLAG_COLUMNS = frozenset({"confidential", "still_interested", "still_waiting"})

#: Fields of an application a user may change with ``Tracker.update_application``.
APPLICATION_FIELDS = tuple(c for c in APPLICATION_COLUMNS if c not in ("application_id", "status"))

#: Fields of a contact a user may change with ``Tracker.update_contact``.
CONTACT_FIELDS = CONTACT_COLUMNS[1:]

#: Fields of an interview a user may change with ``Tracker.update_interview``.
INTERVIEW_FIELDS = INTERVIEW_COLUMNS[2:]

#: Tables that hold what capture saw (not part of :data:`COLUMNS`: ``tables()`` and exports leave them out).
MY_ADDRESS_COLUMNS = ("address",)
MAIL_MESSAGE_COLUMNS = (
    "message_hash",
    "received_at",
    "sender",
    "subject",
    "application_id",
    "kind",
    "confidence",
    "state",
    "reason",
    "event_id",
)
