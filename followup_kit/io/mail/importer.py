"""Record the replies found in a mail export: responses, rejections and offers, dated by the mail.

:func:`import_mail` reads an mbox (a Gmail Takeout), a folder of ``.eml`` files or a Maildir,
one message at a time, and for each message decides in three steps, cheapest first:

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

import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

import pandas as pd

from followup_kit import vocabulary
from followup_kit.io.mail import read as _read
from followup_kit.io.mail.again import PASSED_OVER, PassedOver, patched, read_again
from followup_kit.io.mail.applications import JOB_BOARD_UPDATE, MailApplication, mail_application
from followup_kit.io.mail.classify import APPLY_CONFIDENCE, WEAK_CONFIDENCE, Classification, classify
from followup_kit.io.mail.opinion import heard_only, reconsider
from followup_kit.io.mail.parallel import considered
from followup_kit.io.mail.plan import Proposal, plan_applications
from followup_kit.io.mail.platforms import UNKNOWN_RELAY, alert_domains, platform_of, unknown_board
from followup_kit.io.mail.prefilter import (
    SKIP_LABELS,
    TrackedCompanies,
    domain_of,
    message_hash,
    plain_address,
    worth_parsing,
)
from followup_kit.io.mail.read import Headers, RawMessage, mail_format, read_headers
from followup_kit.io.mail.result import (
    CHUNK_ROWS,
    LISTED_IGNORED,
    RESULT_COLUMNS,
    MailImport,
    result_frame,
    result_row,
    rows_frame,
    unreadable_message,
)
from followup_kit.io.mail.screen import screen
from followup_kit.io.mail.templates import board_by_its_subject, fits_subject, named_in_subject, subject_reading
from followup_kit.io.mail.text import calendar_parts, message_text, own_words, parse_message
from followup_kit.io.mail.writer import before_application, first_replies, hand_over_invitations, write_found
from followup_kit.io.matching import ATS_DOMAINS, FREE_MAIL_DOMAINS, in_domains, is_role_address
from followup_kit.store.addresses import my_addresses, normalise_address
from followup_kit.store.lock import holds_import_lock
from followup_kit.values import check_moment, clean_text

_OUTCOME = RESULT_COLUMNS.index("outcome")
_REASON = RESULT_COLUMNS.index("reason")

#: A mail naming at least this many tracked companies is a digest or an alert, not a reply:
#: a recruiter's answer is about one application (issue 12, "job alerts and newsletters naming
#: tracked companies").
DIGEST_COMPANIES = 3

#: The matcher's score an application match needs before a confident kind is applied without
#: review: 0.9 is a company name word for word (a known contact 1.0, a domain 0.95); fuzzy
#: names score below it and go to review (see :mod:`followup_kit.io.matching`).
APPLY_MATCH_SCORE = 0.9

#: Characters of body text given to the matcher: the greeting and first paragraphs name the
#: company; a long signature or legal footer naming partners should not.
MATCH_TEXT_CHARS = 2_000

_ATS_NAME_NOISE = re.compile(
    r"\b(?:via|by|through)\s+(?:docusign|greenhouse|lever|workday|ashby|smartrecruiters|icims|hellosign)\b.*$|"
    r"\b(?:recruiting|recruitment|talent(?: acquisition)?|careers?|hiring team|people team|hr|jobs)\b",
    re.IGNORECASE,
)


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


def consider_safely(raw: RawMessage, position: int, *context):
    """:func:`_consider` as one guarded unit: whatever a broken message raises (a garbage charset,
    a broken structure or encoding, a date), it is counted as unreadable with its reason and the
    import goes on (issue 18)."""
    try:
        return _consider(raw, position, *context)
    except Exception as error:  # one message never stops an import; the row names the error
        return unreadable_message(raw.data, position, error), []


def _consider(
    raw: RawMessage,
    position: int,
    tracked: TrackedCompanies,
    mine: set,
    known: dict,
    seen: set,
    proposals: dict | None = None,
    opinion: bool = True,
    whole: bool = False,
) -> tuple:
    headers = read_headers(raw.data)
    check_moment(headers.date, field="Date")  # year 9999 is one unreadable message, not a stopped import
    headers = replace(headers, sender_name=clean_text(headers.sender_name), subject=clean_text(headers.subject))
    digest = message_hash(headers, raw.data)
    key = int(digest[:16], 16)  # 64 bits tell a million messages apart (collision odds ~1e-8)
    if key in seen:
        return result_row(
            position, headers, digest, "ignored", "the same message again (listed under another label)"
        ), []
    seen.add(key)
    if digest in known:
        return result_row(position, headers, digest, "ignored", f"imported before ({known[digest]})"), []
    skipped = sorted(set(headers.labels) & set(SKIP_LABELS))
    if skipped:
        return result_row(position, headers, digest, "ignored", f"labelled {skipped[0].title()} in the export"), []
    sender = plain_address(headers.sender)
    if sender in mine:
        return result_row(position, headers, digest, "ignored", "sent by you: your own mail is never evidence"), []
    domain = domain_of(sender)
    board = in_domains(domain, alert_domains())
    platform = platform_of(sender)  # looked up once: the board check, the relay, the classifier and the screen
    if board and not JOB_BOARD_UPDATE.search(headers.subject or "") and not fits_subject(platform, headers.subject):
        return result_row(position, headers, digest, "ignored", f"a job alert or job-board mail ({domain})"), []
    relay = board or in_domains(domain, ATS_DOMAINS) or platform is UNKNOWN_RELAY
    # a board the table does not know, by its subject: its text must name the same employer (below)
    maybe_board = (
        platform is None
        and _BOARD_WORDS.search(headers.subject or "") is not None  # a cheap look first: most mail is none
        and is_role_address(sender)
        and fits_subject(unknown_board(), headers.subject)
    )
    if headers.bulk and not relay and not maybe_board:
        return result_row(position, headers, digest, "ignored", "list mail or a newsletter (List-Unsubscribe)"), []
    if (
        not (relay or maybe_board or whole)
        and not tracked.known_sender(sender)
        and not worth_parsing(raw.data, headers, tracked)
    ):
        return result_row(position, headers, digest, "ignored", PASSED_OVER), []
    msg = parse_message(raw.data)
    subject = headers.subject or str(msg.get("Subject", "") or "")
    text = own_words(message_text(msg))
    if maybe_board and (platform := board_by_its_subject(sender, subject, text)) is not None:
        relay = True
    # an applicant-tracking platform's mail, or an employer's message a job board relays (indeedemail.com),
    # is about a job whatever its words; a board's own alerts are set aside above
    found = classify(
        subject, text, job=platform is not None and (platform.kind == "ats" or (platform.kind == "board" and not board))
    )
    calendars = [(f"{raw.origin} (calendar part {i + 1})", part) for i, part in enumerate(calendar_parts(msg))]
    screened = screen(subject, text, found, sender, mine, msg, platform)  # alerts, broadcasts, tasks (issue 25)
    found, template = screened.found, screened.template
    if screened.outcome is not None:
        review = screened.outcome == "to review"
        return result_row(
            position,
            headers,
            digest,
            screened.outcome,
            screened.reason,
            kind=found.kind,
            confidence=min(found.confidence, WEAK_CONFIDENCE) if review else found.confidence,
            keep_hash=review,
        ), calendars
    if template is None and found.confident and (board or (platform is not None and platform.kind == "board")):
        # "Your application to ROLE at X" and a decision in its text: the employer's answer, relayed
        template = subject_reading(platform, subject, found.kind, text)
    if template is None and platform is unknown_board():  # an unknown board's subject names its employer
        template = named_in_subject(platform, subject, text)
    if board and found.kind != "rejection" and template is None:
        # a job board relays the company's decision; anything else from it is an alert or a digest
        reason = f"a job alert or job-board mail ({domain})"
        return result_row(position, headers, digest, "ignored", reason, confidence=found.confidence), calendars
    if board:
        # the company is only in the subject or text, or the template names it
        texts = [template.employer if template else "", subject, text[:MATCH_TEXT_CHARS]]
        addresses: list[str] = []
    elif relay:
        texts = [_ATS_NAME_NOISE.sub(" ", headers.sender_name), subject, _workday_name(sender), text[:MATCH_TEXT_CHARS]]
        addresses = []
    else:
        texts = [headers.sender_name, subject, text[:MATCH_TEXT_CHARS]]
        addresses = [sender]
    found = reconsider(found, subject, text, job=relay, enabled=opinion)  # only where the rules are unsure
    if found.kind == "other":
        reason = f"not evidence: {found.reason}"
        return result_row(position, headers, digest, "ignored", reason, confidence=found.confidence), calendars
    if found.scam:  # money asked of you, a chat app: never an offer, on any application; you decide
        return result_row(
            position,
            headers,
            digest,
            "to review",
            found.reason,
            kind=found.kind,
            confidence=found.confidence,
            keep_hash=True,
        ), calendars
    match = tracked.matcher.match(texts=[t for t in texts if t], addresses=addresses)
    named_by_domain = None if relay or match.application_id is not None else tracked.company_of_domain(sender)
    if named_by_domain is not None:
        match = tracked.matcher.match(texts=[named_by_domain], addresses=[])
        match = replace(match, reason=f"domain {domain_of(sender)}, a word of the tracked name {named_by_domain!r}")

    def row(outcome: str, reason: str) -> tuple:
        return result_row(
            position,
            headers,
            digest,
            outcome,
            reason,
            company=match.company,
            application_id=match.application_id,
            kind=found.kind,
            confidence=found.confidence,
            keep_hash=True,
        )

    named = tracked.companies_named(f"{subject}\n{text}")
    if named >= DIGEST_COMPANIES:
        return row("ignored", f"names {named} tracked companies: a digest, not a reply"), calendars
    if match.application_id is None:
        if proposals is not None and heard_only(found) and found.kind in ("acknowledgement", "interview_request"):
            return row("to review", found.reason), calendars  # the model alone never starts an application
        if proposals is not None:
            display = "" if board else headers.sender_name
            found_app: MailApplication | None
            if template is not None:  # a platform's template names its employer where the template says
                source = template.reason if template.employer else f"no employer named in {template.what}"
                found_app = MailApplication(template.employer, template.role, source)
            else:
                found_app = mail_application(display, sender, relay, subject, text, workday=_workday_name(sender))
            if found_app is not None and not found_app.company and (found.acknowledges or found.confident):
                # an application is never named for a platform, a team or a person: review (issue 25),
                # unless its requisition number is that of an application this import starts
                if found_app.requisition:
                    proposals[position] = Proposal.of(found_app, found, joins_only=True)
                return row("to review", f"{_label(found.kind)}, but {found_app.source}: please check"), calendars
            if found_app is not None and found_app.company:
                proposals[position] = Proposal.of(
                    found_app,
                    found,
                    joins_only=board and template is None,
                    free_mail=in_domains(domain, FREE_MAIL_DOMAINS),
                )
        said = found.reason if heard_only(found) else _label(found.kind)  # the model's words stay on its review
        return row("unmatched", f"{said}, but {match.reason}"), calendars
    outcome, reason = _decide(found, match.score, match.reason, headers)
    return row(outcome, reason), calendars


#: Words every board's confirmation or relayed answer has in its subject (``[[board_template]]``).
_BOARD_WORDS = re.compile(r"(?i)appl|bewerb|interview|update")


def _workday_name(sender: str) -> str:
    local, _, domain = sender.partition("@")
    return local.replace(".", " ").replace("-", " ") if domain.endswith("myworkday.com") else ""


def _label(kind: str) -> str:
    return vocabulary.MAIL_KIND_LABELS.get(kind, kind)


def _decide(found: Classification, score: float, why: str, headers: Headers) -> tuple[str, str]:
    if found.kind == "acknowledgement":
        return "ignored", f"an automatic acknowledgement, not a reply ({why})"
    if headers.date is None:
        return "to review", f"{found.reason}; the mail has no readable Date, so the day is unknown"
    if found.confidence < APPLY_CONFIDENCE:
        return "to review", f"{found.reason}; {why}"
    if score < APPLY_MATCH_SCORE:
        return "to review", f"{found.reason}; the company match is not certain ({why})"
    return "applied", f"{found.reason}; {why}"
