"""What a mail import did, message by message: :class:`MailImport` and its result frame.

Rows are built as tuples (:func:`result_row`), turned into a DataFrame every
:data:`CHUNK_ROWS` messages (:func:`rows_frame`) and joined at the end (:func:`result_frame`),
so a Takeout of hundreds of thousands of messages keeps a small footprint.

Examples
--------
>>> from followup_kit.io.mail.read import read_headers
>>> h = read_headers(b"From: a@contoso.example\\nSubject: Hi\\nDate: Mon, 02 Nov 2026 10:00:00 +0000\\n\\nx")
>>> frame = result_frame([rows_frame([result_row(1, h, "ab" * 32, "ignored", "list mail")])], "Europe/Paris")
>>> print(MailImport(source="mail.mbox", messages=frame))
mail.mbox: 1 message: 0 applied, 0 to review, 1 ignored, 0 unmatched
>>> str(frame.loc[0, "date"])
'2026-11-02 11:00:00+01:00'
"""

from __future__ import annotations

import html
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from followup_kit import vocabulary
from followup_kit.errors import FollowupKitError
from followup_kit.io.mail.read import Headers, read_headers
from followup_kit.values import EDGES

#: Result rows are gathered as tuples and turned into a DataFrame every this many messages:
#: a frame holds a row in fewer bytes than a tuple and its objects.  Measured: about 0.7 KB per
#: message listed (200,000 messages all listed: 213 MB peak); with :data:`LISTED_IGNORED` the
#: listed rows are bounded, so memory no longer grows with the export.
CHUNK_ROWS = 20_000

#: Messages set aside (newsletters, spam, your own mail...) listed one row each, at most; past this
#: they are only counted by reason, so memory stays bounded whatever the export's size (each listed
#: row costs about 0.7 KB: 20,000 rows are about 14 MB).
LISTED_IGNORED = 20_000

#: The outcome of a message whose headers, structure, charsets, transfer encodings or date
#: could not be read: counted with its reason, never a reason to stop an import (issue 18).
UNREADABLE = "unreadable"

#: Characters of an exception's message kept in an unreadable message's reason.
REASON_CHARS = 120


#: The columns of :attr:`MailImport.messages`, in order.
RESULT_COLUMNS = (
    "ref",
    "message_id",
    "date",
    "sender",
    "subject",
    "company",
    "application_id",
    "kind",
    "confidence",
    "outcome",
    "reason",
    "event",
    "position",
)
# the rows carry the full hash too, for storing; it is dropped before the result is returned
_COLUMNS = (*RESULT_COLUMNS, "hash")


@dataclass(frozen=True)
class MailImport:
    """What :func:`import_mail` did with each message it considered.

    ``messages`` has one row per message: ``ref`` (the start of the stored hash, for
    ``followup-kit inbox --accept``; empty for mail set aside before it was read),
    ``message_id``, ``date`` (in the tracker's zone), ``sender``, ``subject``, ``company``,
    ``application_id``, ``kind``, ``confidence``, ``outcome`` (applied, to review, ignored,
    unmatched, unreadable: then ``reason`` says why), ``reason``, ``event`` (the event recorded or, in a dry run, that would be)
    and ``position`` (the message's place in the export, from 1).  The frame costs about
    0.7 KB per message (measured: 200,000 newsletters, 213 MB peak for the whole import).
    """

    source: str
    messages: pd.DataFrame
    dry_run: bool = False
    notes: tuple[str, ...] = field(default_factory=tuple)
    #: Ignored messages past :data:`LISTED_IGNORED`, counted by reason instead of listed.
    more_ignored: tuple[tuple[str, int], ...] = ()
    #: With ``create_applications``: the applications created (in a dry run, that would be),
    #: one row each (see :data:`~followup_kit.io.mail.plan.PLAN_COLUMNS`); else None.
    applications: pd.DataFrame | None = None

    def count(self, outcome: str) -> int:
        """How many messages had ``outcome`` (ignored ones counted, not listed, included)."""
        listed = int((self.messages["outcome"] == outcome).sum())
        return listed + (sum(n for _, n in self.more_ignored) if outcome == "ignored" else 0)

    @property
    def applied(self) -> int:
        return self.count("applied")

    @property
    def to_review(self) -> int:
        return self.count("to review")

    @property
    def ignored(self) -> int:
        return self.count("ignored")

    @property
    def unmatched(self) -> int:
        return self.count("unmatched")

    @property
    def unreadable(self) -> int:
        """Messages that could not be read (a broken charset, structure or encoding), each with its reason."""
        return self.count(UNREADABLE)

    def summary(self) -> str:
        """One line: messages considered and what happened to them."""
        n = len(self.messages) + sum(n for _, n in self.more_ignored)
        text = (
            f"{Path(self.source).name or self.source}: {n} message{'s' if n != 1 else ''}: {self.applied} applied, "
            f"{self.to_review} to review, {self.ignored} ignored, {self.unmatched} unmatched"
        )
        if self.unreadable:
            text += f", {self.unreadable} unreadable"
        if self.more_ignored:
            text += f" ({sum(n for _, n in self.more_ignored)} of the ignored counted, not listed)"
        if self.applications is not None:
            n = len(self.applications)
            text += f"; {n} application{'s' if n != 1 else ''} {'to create' if self.dry_run else 'created'} from mail"
        return text + (" (dry run: nothing was changed)" if self.dry_run else "")

    def __str__(self) -> str:
        return self.summary()

    def __repr__(self) -> str:
        return f"<MailImport {self.summary()}>"

    def _repr_html_(self) -> str:
        shown = self.messages[self.messages["outcome"] != "ignored"]
        cols = ["date", "sender", "subject", "company", "kind", "confidence", "outcome", "reason"]
        table = shown[cols].to_html(index=False, escape=True, na_rep="") if len(shown) else "<p>Nothing to show.</p>"
        notes = "".join(f"<li>{html.escape(n)}</li>" for n in self.notes)
        return (
            f"<div><p><b>{html.escape(self.summary())}</b> (ignored messages not listed)</p>"
            f"{f'<ul>{notes}</ul>' if notes else ''}{table}</div>"
        )


def result_row(
    position: int,
    headers: Headers,
    digest: str,
    outcome: str,
    reason: str,
    *,
    company: str | None = None,
    application_id: int | None = None,
    kind: str = "other",
    confidence: float = 1.0,
    keep_hash: bool = False,
) -> tuple:
    """One result row as a tuple in :data:`_COLUMNS` order (tuples, then frames of
    :data:`CHUNK_ROWS`, keep memory small on exports of hundreds of thousands of messages)."""
    return (
        digest[:10] if keep_hash else None,
        headers.message_id,
        headers.date,
        sys.intern(headers.sender),
        headers.subject,
        company,
        application_id,
        kind,
        confidence,
        outcome,
        reason,
        None,
        position,
        digest if keep_hash else None,
    )


def unreadable_row(position: int, error: BaseException, headers: Headers | None = None) -> tuple:
    """The row of a message that could not be read: the error's class and the start of its message
    as the reason (never a fragment of the body), and the headers when they could be read.

    >>> row = unreadable_row(3, LookupError("unknown encoding: utf\xb98"))
    >>> row[RESULT_COLUMNS.index("outcome")], row[RESULT_COLUMNS.index("reason")]
    ('unreadable', 'cannot be read: LookupError: unknown encoding: utf¹8')
    """
    message = " ".join(str(error).split())
    if len(message) > REASON_CHARS:
        message = message[: REASON_CHARS - 1] + "…"
    kind = "" if isinstance(error, FollowupKitError) else type(error).__name__  # the kit's own words need no class
    reason = "cannot be read: " + ": ".join(filter(None, (kind, message)))
    if headers is None:
        headers = _NO_HEADERS
    return result_row(position, headers, "", UNREADABLE, reason)


def unreadable_message(data: bytes, position: int, error: BaseException) -> tuple:
    """:func:`unreadable_row` with the message's headers when they, at least, can be read."""
    try:
        headers = read_headers(data)
    except Exception:  # the headers are what failed: the row says so without them
        headers = None
    if (
        headers is not None
        and headers.date is not None
        and not EDGES.first_year <= headers.date.year <= EDGES.last_year
    ):
        headers = replace(headers, date=None)  # a date past the edges is the reason, never a value shown
    return unreadable_row(position, error, headers)


_NO_HEADERS = Headers(message_id=None, date=None, sender="", sender_name="", subject="", labels=(), bulk=False)


def rows_frame(rows: list[tuple]) -> pd.DataFrame:
    frame = pd.DataFrame.from_records(rows, columns=list(_COLUMNS))
    frame["date"] = pd.to_datetime(frame["date"], utc=True)
    frame["application_id"] = frame["application_id"].astype("Int64")
    frame["confidence"] = frame["confidence"].astype(float)
    return frame


def result_frame(chunks: list[pd.DataFrame], tz: str) -> pd.DataFrame:
    frame = pd.concat(chunks, ignore_index=True) if len(chunks) > 1 else chunks[0]
    frame["date"] = frame["date"].dt.tz_convert(tz)
    planned = frame["outcome"].eq("applied")
    frame["event"] = frame["kind"].map(vocabulary.MAIL_EVENT).where(planned)
    return frame
