"""The review list of mail the importer was not sure about: list, accept, dismiss.

:func:`~followup_kit.io.mail.importer.import_mail` stores a message it could not decide with
``state = 'review'``.  :func:`review_items` lists them; :func:`accept` records the event the
message stands for (a rejection, an offer, or a response for an interview or information
request) on the mail's day in the tracker's zone; :func:`dismiss` puts it aside.  Either way
the message is decided and a later import of the same export leaves it alone.

An item is named by ``ref``: the first characters of its stored hash (any unique prefix of
six characters or more works, as with git commits).

Examples
--------
>>> import tempfile, pathlib
>>> from followup_kit.store.tracker import Tracker
>>> from followup_kit.io.mail.importer import import_mail
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> t = Tracker.create(folder / "t.sqlite", timezone="Europe/Paris")
>>> app = t.add_application("Contoso", "Analyst", applied_on="2026-10-01")
>>> _ = (folder / "m.eml").write_bytes(
...     b"From: Ada <ada@contoso.example>\\nSubject: Your application\\nMessage-ID: <2@contoso.example>\\n"
...     b"Date: Tue, 03 Nov 2026 10:00:00 +0100\\n\\nUnfortunately we regret to tell you about the role.\\n")
>>> print(import_mail(t, folder / "m.eml", me="sam@example.net"))
m.eml: 1 message: 0 applied, 1 to review, 0 ignored, 0 unmatched
>>> items = review_items(t)
>>> items[["company", "kind"]].values.tolist()
[['Contoso', 'rejection']]
>>> event_id = accept(t, items.loc[0, "ref"])
>>> t.events[["kind", "on"]].astype(str).values.tolist(), len(review_items(t))
([['rejection', '2026-11-03']], 0)
>>> t.close()
"""

from __future__ import annotations

import pandas as pd

from followup_kit import vocabulary
from followup_kit.errors import InputError
from followup_kit.io.mail.writer import record_mail_event

#: The shortest ``ref`` prefix accepted: six hex characters tell 16 million hashes apart, far
#: more than the review items of one job search.
MIN_REF_CHARS = 6

REVIEW_COLUMNS = ("ref", "date", "sender", "subject", "company", "application_id", "kind", "confidence", "reason")


def review_items(tracker) -> pd.DataFrame:
    """The mail waiting for review, oldest first (``date`` in the tracker's zone).

    Columns: ``ref``, ``date``, ``sender``, ``subject``, ``company``, ``application_id``,
    ``kind``, ``confidence``, ``reason``.
    """
    rows = tracker.execute(
        "SELECT substr(m.message_hash, 1, 10), m.received_at, m.sender, m.subject, a.company, m.application_id, "
        "m.kind, m.confidence, m.reason FROM mail_messages m LEFT JOIN applications a USING (application_id) "
        "WHERE m.state = 'review' ORDER BY m.received_at, m.message_hash"
    )
    frame = pd.DataFrame(rows, columns=list(REVIEW_COLUMNS))
    frame["date"] = pd.to_datetime(frame["date"], utc=True, format="ISO8601").dt.tz_convert(tracker.timezone)
    frame["application_id"] = frame["application_id"].astype("Int64")
    frame["confidence"] = frame["confidence"].astype(float)
    return frame


def _resolve(tracker, ref) -> tuple:
    text = str(ref or "").strip().lower()
    if len(text) < MIN_REF_CHARS or any(ch not in "0123456789abcdef" for ch in text):
        raise InputError(
            f"not a review item reference (at least {MIN_REF_CHARS} characters of the ref column)",
            field="ref",
            value=ref,
        )
    rows = tracker.execute(
        "SELECT message_hash, received_at, application_id, kind, state FROM mail_messages "
        "WHERE message_hash LIKE ? || '%'",
        (text,),
    )
    if not rows:
        raise InputError("no stored mail has this reference; 'followup-kit inbox' lists them", field="ref", value=ref)
    if len(rows) > 1:
        raise InputError(
            f"{len(rows)} stored mails start with this reference; give more characters", field="ref", value=ref
        )
    if rows[0][4] != "review":
        raise InputError(f"this mail is not waiting for review (it is {rows[0][4]})", field="ref", value=ref)
    return rows[0]


def accept(tracker, ref, *, kind: str | None = None, application_id: int | None = None) -> int:
    """Record the event a review item stands for; returns the ``event_id``.

    Parameters
    ----------
    tracker : Tracker
    ref : str
        The item's ``ref`` (or any unique prefix of six characters or more).
    kind : str, optional
        Correct the kind (one of rejection, offer, interview_request, information_request).
    application_id : int, optional
        Correct the application.

    Raises
    ------
    InputError
        Unknown or ambiguous ``ref``, a kind that records no event, or no application
        (nothing is changed).
    """
    digest, received_at, stored_app, stored_kind, _ = _resolve(tracker, ref)
    kind = stored_kind if kind is None else str(kind).strip().lower().replace(" ", "_")
    if kind not in vocabulary.MAIL_EVENT:
        raise InputError(
            f"a mail of kind {kind!r} records no event; give one of {', '.join(vocabulary.MAIL_EVENT)}",
            field="kind",
            value=kind,
        )
    app = application_id if application_id is not None else stored_app
    if app is None:
        raise InputError("this mail matched no application; give the application", field="application_id", value=None)
    day = pd.Timestamp(received_at).tz_convert(tracker.timezone).date()
    with tracker.transaction() as c:
        event_id = record_mail_event(tracker, int(app), vocabulary.MAIL_EVENT[kind], day, "from mail (reviewed)")
        c.execute(
            "UPDATE mail_messages SET state = 'accepted', kind = ?, application_id = ?, event_id = ? "
            "WHERE message_hash = ?",
            (kind, int(app), event_id, digest),
        )
    return event_id


def dismiss(tracker, ref) -> None:
    """Put a review item aside: no event, and later imports leave the mail alone."""
    digest = _resolve(tracker, ref)[0]
    with tracker.transaction() as c:
        c.execute("UPDATE mail_messages SET state = 'dismissed' WHERE message_hash = ?", (digest,))
