"""One message of a mail export, decided: the three steps of :func:`~followup_kit.io.mail.importer.import_mail`.

:func:`consider_safely` reads a message's headers, sets aside what is no evidence (your own mail,
Takeout's Spam and Trash, job alerts, list mail), takes a cheap look before any parse, then parses
the message, classifies it, screens its structure (alerts, broadcasts, tasks) and matches its
company.  It returns the message's result row and its calendar parts; with proposals, an unmatched
message says what application it could start (:mod:`~followup_kit.io.mail.plan`).  One broken
message is one unreadable row: the import goes on.
"""

from __future__ import annotations

import re
from dataclasses import replace

from followup_kit import vocabulary
from followup_kit.io.mail.again import PASSED_OVER
from followup_kit.io.mail.applications import JOB_BOARD_UPDATE, MailApplication, mail_application
from followup_kit.io.mail.card import read_card
from followup_kit.io.mail.classify import APPLY_CONFIDENCE, WEAK_CONFIDENCE, Classification, classify
from followup_kit.io.mail.opinion import heard_only, reconsider
from followup_kit.io.mail.plan import Proposal
from followup_kit.io.mail.platforms import UNKNOWN_RELAY, alert_domains, platform_of, unknown_board
from followup_kit.io.mail.prefilter import (
    SKIP_LABELS,
    TrackedCompanies,
    domain_of,
    message_hash,
    plain_address,
    worth_parsing,
)
from followup_kit.io.mail.read import Headers, RawMessage, read_headers
from followup_kit.io.mail.result import (
    result_row,
    unreadable_message,
)
from followup_kit.io.mail.roles import first_sentences, requisition_in, role_in
from followup_kit.io.mail.screen import screen
from followup_kit.io.mail.templates import (
    TemplateReading,
    board_by_its_subject,
    fits_subject,
    named_in_subject,
    subject_reading,
)
from followup_kit.io.mail.text import calendar_parts, message_text, own_words, parse_message
from followup_kit.io.matching import ATS_DOMAINS, FREE_MAIL_DOMAINS, in_domains, is_role_address
from followup_kit.values import check_moment, clean_text

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
    a_board = board or (platform is not None and platform.kind == "board")
    if a_board and template is None and found.kind == "rejection" and found.confident:
        # a board's relayed answer in a template it has no entry for ("Aggiornamento sulla tua candidatura per
        # Process Engineer"): the card under the job's title names the employer, the subject the job
        role = role_in(first_sentences(subject, ""))
        if role and (card := read_card(text, role))[0]:
            name = platform.name if platform is not None else domain
            template = TemplateReading(
                found.kind, card[0], card[1] or role, f"an answer relayed by {name}", "the employer on its card"
            )
    if a_board and template is not None and not template.employer and (card := read_card(text, template.role))[0]:
        # the board's template names no employer; its card does, under the job's title or in a field line,
        # and the job's whole title where the subject shortens it
        template = replace(
            template,
            employer=card[0],
            role=card[1] or template.role,
            reason=f"{template.what}: the employer on its card",
        )
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
            if template is not None and (template.employer or board):
                # a platform's template names its employer where the template says
                source = template.reason if template.employer else f"no employer named in {template.what}"
                found_app = MailApplication(template.employer, template.role, source, requisition_in(subject, text))
            elif template is not None:
                # an applicant-tracking system's template that names no employer writes as it ("Itaú Unibanco
                # <no-reply@gupy.com.br>", "em nome de Itaú Unibanco"): read as any of its mail, the role kept
                found_app = mail_application(
                    display, sender, relay, subject, text, workday=_workday_name(sender), answer=_answers(found)
                )
                if found_app is not None and template.role:
                    found_app = replace(found_app, role=template.role)
            else:
                found_app = mail_application(
                    display, sender, relay, subject, text, workday=_workday_name(sender), answer=_answers(found)
                )
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
_BOARD_WORDS = re.compile(
    r"(?i)appl|bewerb|interview|update|sollicit|candidat|postula|ans[oö]k|s[oø]knad|ans[oø]gning|aplikac"
)


def _answers(found) -> bool:
    """True for a confident answer about an application (an acknowledgement or a decision): an agency's
    "notre client" in it is no cold message."""
    return found.confident and found.kind in ("acknowledgement", "rejection", "offer")


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
