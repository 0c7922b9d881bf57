"""Record the replies found in a mail export: responses, rejections and offers, dated by the mail.

:func:`import_mail` reads an mbox (a Gmail Takeout), a folder of ``.eml`` files or a Maildir,
one message at a time, and for each message decides in three steps, cheapest first
(:mod:`~followup_kit.io.mail.consider`):

1. **headers only** (:func:`~followup_kit.io.mail_read.read_headers`,
   :mod:`~followup_kit.io.mail.prefilter`): Takeout labels Spam,
   Trash and Chat, mail sent by the user (``me`` and the stored addresses), job alerts, and
   list mail or newsletters (``List-Unsubscribe``, ``List-Id``, ``Precedence: bulk``) are never
   evidence (a job board's "your application to ROLE at COMPANY" is read: it may relay a decision).  List mail from an applicant-tracking relay is still read (some add the header);
2. **a cheap look** (:func:`~followup_kit.io.mail_prefilter.worth_parsing`): a message from an
   unknown sender whose subject, display name and quickly decoded text name no hiring word and
   no tracked company is not parsed;
3. **a full parse** (``email.policy.default``), the body's own words
   (:mod:`~followup_kit.io.mail.text`), the classifier (:mod:`~followup_kit.io.mail.classify`),
   the structure (:mod:`~followup_kit.io.mail.screen`: job alerts and mail to many people are
   set aside, a task never decides, an empty update goes to review) and the shared company
   matcher (:mod:`~followup_kit.io.matching`).  For an
   applicant-tracking or signing relay the company comes from the display name, the subject
   and (Workday) the address's local part, never from the relay's domain.

A confident rejection records ``rejection``, a confident offer ``offer``, and the first human
reply (an interview or information request) ``response``, each on the mail's ``Date`` in the
tracker's time zone.  Anything less certain goes to review (``followup-kit inbox``, the desk's
Inbox tab).  A message whose company is not tracked creates nothing (``unmatched``), unless
``create_applications`` is given: then an acknowledgement starts the application (dated by the
mail) and a confident decision or first reply starts it too and is recorded on it
(:mod:`~followup_kit.io.mail.applications`); mail passed over unread from a person at a domain of an
employer the import found is then read again (:mod:`~followup_kit.io.mail.again`), so one import
gives what two would.  Job boards' mail is an alert unless its subject relays an answer about an
application and the text is a rejection; it never starts one.

Stored per message, in ``mail_messages``: the sha256 of its ``Message-ID`` (or of date, sender
and subject when it has none), the time, the sender's address, the subject, the application,
the kind, the confidence, the state, the reason and the event.  Never a body or an attachment.
Only messages about a tracked application are stored; a second import of the same export adds
nothing, and a Takeout message listed under several labels counts once.

Examples
--------
>>> import tempfile, pathlib
>>> from followup_kit import Tracker
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> t = Tracker.create(folder / "t.sqlite", timezone="America/New_York")
>>> app = t.add_application("Contoso", "Analyst", applied_on="2026-10-01")
>>> _ = (folder / "reply.eml").write_bytes(
...     b"From: Ada <ada@contoso.example>\\nTo: sam@example.net\\nSubject: Your application\\n"
...     b"Date: Mon, 02 Nov 2026 23:30:00 -0800\\nMessage-ID: <1@contoso.example>\\n\\n"
...     b"Hi Sam, we have decided not to move forward with your application.\\n")
>>> result = import_mail(t, folder / "reply.eml", me="sam@example.net")
>>> print(result)
reply.eml: 1 message: 1 applied, 0 to review, 0 ignored, 0 unmatched
>>> t.events[["kind", "on"]].astype(str).values.tolist()
[['rejection', '2026-11-03']]
>>> import_mail(t, folder / "reply.eml").messages.loc[0, "reason"]
'imported before (applied)'
>>> t.close()
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable

import pandas as pd

from followup_kit.io.mail import read as _read
from followup_kit.io.mail.again import PassedOver, patched, read_again
from followup_kit.io.mail.consider import consider_safely
from followup_kit.io.mail.parallel import considered
from followup_kit.io.mail.plan import Proposal, plan_applications
from followup_kit.io.mail.prefilter import (
    TrackedCompanies,
    plain_address,
)
from followup_kit.io.mail.read import RawMessage, mail_format
from followup_kit.io.mail.result import (
    CHUNK_ROWS,
    LISTED_IGNORED,
    RESULT_COLUMNS,
    MailImport,
    result_frame,
    rows_frame,
)
from followup_kit.io.mail.writer import before_application, first_replies, hand_over_invitations, write_found
from followup_kit.store.addresses import my_addresses, normalise_address
from followup_kit.store.lock import holds_import_lock

_OUTCOME = RESULT_COLUMNS.index("outcome")
_REASON = RESULT_COLUMNS.index("reason")

#: A progress callback: called with (messages read, bytes read, bytes in the export) as the import goes on.
ProgressCallback = Callable[[int, int, int], None]


@holds_import_lock
def import_mail(
    tracker,
    source,
    me=None,
    dry_run: bool = False,
    *,
    create_applications: bool = False,
    progress: bool | ProgressCallback | None = None,
    second_opinion: bool = True,
) -> MailImport:
    """Find the replies about tracked applications in a mail export and record them.

    Parameters
    ----------
    tracker : Tracker
        The tracker to record events in.
    source : path
        An mbox file (a Gmail Takeout ``.mbox``), a folder of ``.eml`` files, one ``.eml``
        file, or a Maildir.
    me : str or list of str, optional
        Your own addresses (mail from them is never evidence).  They are stored in the
        tracker (unless ``dry_run``), next to those already there.
    dry_run : bool
        Report what would happen and change nothing.
    create_applications : bool
        Build the tracker from the mailbox: an acknowledgement of an application at a company
        you do not track creates the application (company, role where named, ``applied_on``
        the mail's local date, ``source`` "mail"), and a decision or first reply about such a
        company creates it too and is recorded on it.  Never from job alerts, job boards,
        recruiters' cold messages, newsletters, shops or account mail
        (:mod:`~followup_kit.io.mail.applications`).  The applications are in
        :attr:`MailImport.applications` (in a dry run, those that would be created).
    progress : bool or callable, optional
        Show a progress bar on standard error; by default only when it is a terminal.  A
        callable is called instead with (messages read, bytes read, bytes in the export)
        after each message (the desk feeds its progress bar this way).
    second_opinion : bool
        Where the rules are unsure about mail on a job, ask a small language model shipped with
        the kit; what it hears only goes to review, never applied (:mod:`~followup_kit.io.mail.opinion`).

    Returns
    -------
    MailImport
        One row per message considered, with its outcome and the reason.

    Raises
    ------
    InputError
        ``source`` is not a mail export, or an address in ``me`` is not an address
        (nothing is changed).
    """
    fmt = mail_format(source)
    given = [] if me is None else [me] if isinstance(me, str) else list(me)
    given = [normalise_address(a, field="me") for a in given]
    mine = {plain_address(a) for a in (*my_addresses(tracker), *given)}
    tables = tracker.tables()
    tracked = TrackedCompanies(tables)
    known = {h: state for h, state in tracker.execute("SELECT message_hash, state FROM mail_messages")}
    tz = tracker.timezone
    rows: list[tuple] = []
    chunks: list[pd.DataFrame] = []
    invitations: list[tuple[str, bytes]] = []
    listed_ignored = 0
    more_ignored: Counter[str] = Counter()
    proposals: dict[int, Proposal] | None = {} if create_applications else None

    def consider(raw: RawMessage, position: int, seen: set, whole: bool = False) -> tuple:
        return consider_safely(raw, position, tracked, mine, known, seen, proposals, second_opinion, whole)

    passed = PassedOver()

    # The applications a mailbox proposes are gathered here, so building them reads on one core.
    wrap = lambda items: _with_progress(items, progress, fmt, source)  # noqa: E731
    for row, calendars in considered(source, fmt, consider, wrap, serial=proposals is not None):
        if proposals is not None:
            passed.note(row)
        if row[_OUTCOME] == "ignored":
            if listed_ignored >= LISTED_IGNORED:
                more_ignored[row[_REASON]] += 1
                continue
            listed_ignored += 1
        rows.append(row)
        invitations.extend(calendars)
        if len(rows) >= CHUNK_ROWS:
            chunks.append(rows_frame(rows))
            rows = []
    chunks.append(rows_frame(rows))
    frame = result_frame(chunks, tz)
    if proposals is not None:  # mail passed over from an employer this import found is read after all
        found_at = passed.positions_from(p.found.company for p in proposals.values() if p.creates)
        again = read_again(source, found_at, lambda raw, at, seen: consider(raw, at, seen, True))
        frame = patched(frame, again, more_ignored, tz)
        invitations.extend(c for _, calendars in again.values() for c in calendars)
    frame = before_application(frame, tables["applications"])
    plan = None
    if proposals is not None:
        plan, frame = plan_applications(frame, proposals)
    frame = first_replies(frame, tables["events"])
    notes: list[str] = []
    if not mine:
        notes.append(
            "No address of yours is known: pass --me ADDRESS so your own sent mail is never read as a company's reply."
        )
    if not dry_run:
        frame = write_found(tracker, frame, given, plan)
    else:
        frame.loc[frame["application_id"].lt(0).fillna(False), "application_id"] = pd.NA
    if invitations:
        notes.append(hand_over_invitations(tracker, invitations, sorted(mine), dry_run))
    del frame["hash"]
    return MailImport(
        source=str(source),
        messages=frame,
        dry_run=dry_run,
        notes=tuple(notes),
        more_ignored=tuple(sorted(more_ignored.items(), key=lambda kv: -kv[1])),
        applications=plan,
    )


def _with_progress(items, progress: bool | ProgressCallback | None, fmt: str, source=None):
    if callable(progress):
        return _read.reporting(items, progress, _read.export_bytes(source) if source is not None else 0)
    show = sys.stderr.isatty() if progress is None else progress
    if not show:
        return items
    from tqdm import tqdm

    return tqdm(items, desc=f"reading {fmt}", unit=" messages", file=sys.stderr, mininterval=0.5, leave=False)
