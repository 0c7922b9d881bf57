"""Writing what a mail import found into the tracker, in one transaction: the events, the
messages (a few headers and a hash, never a body), the applications built from the mailbox and
the invitations handed to the calendar importer."""

from __future__ import annotations

import re

import pandas as pd

from followup_kit.errors import FollowupKitError
from followup_kit.io.calendar.invitations import import_invitations
from followup_kit.store.addresses import add_my_addresses


def before_application(frame: pd.DataFrame, applications: pd.DataFrame) -> pd.DataFrame:
    """Mail dated before the application it matched was made cannot be about it (an old
    application at the same company, years back in a Takeout): set aside, with the reason.

    Changes ``frame`` in place and returns it.
    """
    live = frame["outcome"].isin(["applied", "to review"]) & frame["application_id"].notna()
    if not live.any():
        return frame
    applied = pd.to_datetime(applications.set_index("application_id")["applied_on"]).to_dict()
    rows = frame[live]
    applied_on = pd.to_datetime(rows["application_id"].astype(object).map(applied))
    day = rows["date"].dt.tz_localize(None).dt.normalize()
    early = rows.index[applied_on.notna() & (day < applied_on)]
    frame.loc[early, "outcome"] = "ignored"
    frame.loc[early, "event"] = None
    frame.loc[early, "reason"] = [
        f"dated before the application it matched (applied on {applied_on[i]:%Y-%m-%d}): about an earlier one"
        for i in early
    ]
    return frame


def first_replies(frame: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """Keep a ``response`` only for the first human reply per application; a reply, rejection or
    offer already in the tracker on or before the mail's day counts as an earlier reply.

    Changes ``frame`` (the importer's own, just built) in place and returns it.
    """
    replies = frame[frame["event"].eq("response")]
    if replies.empty:
        return frame
    day = replies["date"].dt.tz_localize(None).dt.normalize()
    recorded = events[events["kind"].isin(["response", "offer", "rejection"])]
    first_known = pd.to_datetime(recorded.groupby("application_id")["on"].min()).to_dict()
    known_first = pd.to_datetime(replies["application_id"].astype(object).map(first_known))
    firsts = replies.sort_values("date").drop_duplicates("application_id").index
    late = replies.index[~replies.index.isin(firsts) | (known_first.notna() & (known_first <= day))]
    frame.loc[late, "outcome"] = "ignored"
    frame.loc[late, "event"] = None
    frame.loc[late, "reason"] = "a reply, but an earlier reply is already recorded for this application"
    return frame


def write_found(tracker, frame: pd.DataFrame, given: list[str], plan: pd.DataFrame | None = None) -> pd.DataFrame:
    """Create the planned applications, record the events and store the messages about tracked
    applications, all or nothing."""
    stored_state = {"applied": "applied", "to review": "review", "ignored": "ignored"}
    review = frame["outcome"].eq("to review")  # review items may have no application yet (issue 25)
    keep = (
        (frame["application_id"].notna() | review)
        & frame["outcome"].isin(list(stored_state))
        & ~frame["reason"].str.startswith(("imported before", "the same message again"))
        & (frame["kind"].ne("other") | review)
    )
    event_ids: dict[int, int] = {}
    with tracker.transaction() as c:
        if given:
            add_my_addresses(tracker, given)
        if plan is not None and len(plan):
            new_ids = {
                -(n + 1): tracker.add_application(p.company, p.role, applied_on=p.applied_on, source="mail")
                for n, p in enumerate(plan.itertuples())
            }
            plan["application_id"] = list(new_ids.values())
            frame["application_id"] = frame["application_id"].replace(new_ids)
        for i in frame.index[frame["event"].notna()]:
            local_day = frame.at[i, "date"].date()
            event_ids[i] = record_mail_event(
                tracker, int(frame.at[i, "application_id"]), frame.at[i, "event"], local_day, "from mail"
            )
        stored = frame[keep]
        c.executemany(
            "INSERT OR IGNORE INTO mail_messages(message_hash, received_at, sender, subject, application_id, kind, "
            "confidence, state, reason, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    r.hash,
                    r.date.tz_convert("UTC").isoformat() if pd.notna(r.date) else "",
                    r.sender or None,
                    r.subject or None,
                    int(r.application_id) if pd.notna(r.application_id) else None,
                    r.kind,
                    float(r.confidence),
                    stored_state[r.outcome],
                    stored_reason(r.reason),
                    event_ids.get(i),
                )
                for i, r in zip(stored.index, stored.itertuples())
            ],
        )
    return frame


_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")


def stored_reason(reason: str) -> str:
    """The reason as stored: quoted words (phrases and names found in the mail) become "…",
    so no fragment of a body reaches the tracker.

    >>> stored_reason("rejection: 'decided not to proceed'; company name 'Acme' in 'Hi Sam, ...'")
    'rejection: …; company name … in …'
    """
    return _QUOTED.sub("…", reason)


def record_mail_event(tracker, application_id: int, kind: str, on, note: str) -> int:
    """``tracker.record_event`` that never overwrites the note of an event already there
    (the user's own words win); a new event gets ``note``.  Returns the ``event_id``."""
    exists = tracker.execute(
        'SELECT 1 FROM events WHERE application_id = ? AND kind = ? AND "on" = ?',
        (application_id, kind, pd.Timestamp(on).date().isoformat()),
    )
    return tracker.record_event(application_id, kind, on, note=None if exists else note)


def hand_over_invitations(tracker, parts: list[tuple[str, bytes]], me: list[str], dry_run: bool) -> str:
    """Give the ``text/calendar`` parts to the invitation importer; a note says what happened.

    The invitation importer keeps its own all-or-nothing transaction: a broken invitation
    leaves the mail's events recorded and is reported in the note.
    """
    try:
        result = import_invitations(tracker, parts, me=me or None, dry_run=dry_run)
    except FollowupKitError as exc:
        return f"calendar invitations in the mail could not be read: {exc}"
    return f"calendar invitations in the mail: {result.summary}"
