"""What a message's structure says before its words are trusted (issue 25): a job alert, a
broadcast, a task (an assessment or questionnaire), an update with no text.

:func:`screen` is called by the importer once a message is parsed and classified.  It returns
a :class:`Screened`: ``outcome`` set when the message is settled here (an alert or a broadcast
is ``ignored``; a broadcast naming the user, or an empty update, goes ``to review`` without an
application), else ``found``, the classification to go on with (a task that reads as a
decision is only sent to review: a questionnaire sent minutes after an acknowledgement is not
a decision).  The words are in ``[templates]`` of ``followup_kit/words/platforms.toml`` and
``[mail.broadcast]`` of the word tables.

Examples
--------
>>> from followup_kit.io.mail.classify import classify
>>> text = "Hi Sam, please complete the online assessment below. We will not proceed without it."
>>> s = screen("Next step", text, classify("Next step", text), "no-reply@codility.com", set())
>>> s.outcome, s.found.confident
(None, False)
>>> s = screen("12 new jobs for you", "Data Analyst at Acme", classify("", ""), "alerts@jobs.example", set())
>>> s.outcome, s.reason
('ignored', 'a job alert or digest: it lists jobs, not one of your applications')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from email.message import EmailMessage
from email.utils import getaddresses
from functools import lru_cache

from followup_kit.io.mail.broadcast import broadcast_reason, greets_someone_else, names_me
from followup_kit.io.mail.classify import STRONG_CONFIDENCE, WEAK_CONFIDENCE, Classification
from followup_kit.io.mail.context import JOB_NAMED
from followup_kit.io.mail.decision import OTHER_CONTEXT
from followup_kit.io.mail.platforms import Platform, platform_of, platform_table
from followup_kit.io.mail.sentences import normalise
from followup_kit.io.mail.templates import TemplateReading, read_template, unread_answer
from followup_kit.io.mail.text import message_text

#: Characters of the text looked at for an alert's or a task's words: they come first.
SCREEN_CHARS = 3_000
#: Characters at the top of the text where an alert says what it is ("Your job alert: 12 new
#: jobs"); further down, "set up job alerts" is a rejection's footer and does not silence it.
ALERT_HEAD_CHARS = 200
#: Characters at the top of the text where a forwarded message is marked (after a line or two of
#: the sender's own words: "hey, forwarding my rejection lol ---------- Forwarded message ---").
FORWARD_HEAD_CHARS = 600


@dataclass(frozen=True)
class Screened:
    """The importer's next step: a settled ``outcome`` (with ``reason``), or ``found`` to go on with."""

    found: Classification
    outcome: str | None = None
    reason: str = ""
    #: The platform template the message fits (its employer and role), if any.
    template: TemplateReading | None = None


#: An automatic reply from someone away: "out of the office", "on leave until".
_AWAY = re.compile(
    r"\b(?:out of (?:the )?office|on (?:annual |parental |maternity |sick |study )?leave|away from (?:the office|my desk)|"
    r"limited access to (?:e-?mail|my inbox)|(?:i will|i'll) (?:be )?(?:back|return)|absent(?:e)? du bureau|abwesend)\b"
)


@lru_cache(maxsize=1)
def _templates() -> dict:
    t = platform_table()["templates"]
    join = lambda key: re.compile("|".join(f"(?:{w})" for w in t[key]))  # noqa: E731
    return {
        "alert": join("alert"),
        "job_list": re.compile(r"^.*(?:" + "|".join(t["job_list"]) + r").*$", re.MULTILINE),
        "job_list_lines": int(t["job_list_lines"]),
        "task": join("task"),
        "unfinished": join("unfinished"),
        "update": join("update_subject"),
        "empty": int(t["empty_text_chars"]),
        "forwarded": join("forwarded"),
        "referee": join("referee"),
        "own_decline": join("own_decline"),
        "signed_up": join("signed_up"),
        "survey": join("survey"),
        "auto_reply": join("auto_reply"),
        "community": join("community"),
        "newsletter": re.compile("|".join(f"(?:{w})" for w in t["newsletter_senders"])),
        "subscribed": re.compile("|".join(f"(?:{w})" for w in t["subscribed"]), re.IGNORECASE),
        "newsletter_domains": tuple(t["newsletter_domains"]),
    }


def recipients(msg: EmailMessage | None) -> tuple[int, bool]:
    """How many addresses ``To`` and ``Cc`` hold, and whether they are undisclosed."""
    if msg is None:
        return 1, False
    try:
        values = [str(v) for key in ("To", "Cc") for v in (msg.get_all(key) or ())]
    except Exception:  # a broken address header counts as one recipient, never ends the message
        return 1, False
    undisclosed = any("undisclosed" in v.casefold() for v in values)
    return len([a for _, a in getaddresses(values) if "@" in a]), undisclosed


def _another_trade(subject: str, text: str) -> bool:
    """True when a board's confirmation is about another trade's application and names no job."""
    whole = normalise(f"{subject} . {(text or '')[:SCREEN_CHARS]}")
    return OTHER_CONTEXT.search(whole) is not None and JOB_NAMED.search(whole) is None


#: An application sent with the account: "your account has been created and your application for ROLE submitted".
_APPLIED_TOO = re.compile(
    r"\byour application (?:for|to|has been|was)\b|\bje sollicitatie\b|\bvotre candidature\b|\bihre bewerbung\b"
)


def _answers_your_decline(msg: EmailMessage, own: str, decline: re.Pattern) -> bool:
    """True when the mail quotes, under its own words, your decline of an offer or your withdrawal
    ("I'm going to have to respectfully decline the offer"): its "I've withdrawn the offer" answers you."""
    whole = message_text(msg)
    quoted = whole[len(own) :] if whole.startswith(own) else whole.replace(own, "", 1)
    return decline.search(" ".join(quoted.casefold().split())) is not None


def screen(
    subject: str,
    text: str,
    found: Classification,
    sender: str,
    mine,
    msg: EmailMessage | None = None,
    platform: Platform | None = None,
) -> Screened:
    """The importer's next step for one parsed and classified message (see the module docstring).
    ``platform``: the sender's, when the caller has already looked it up."""
    t = _templates()
    subj = (subject or "").casefold()
    head = (text or "")[:SCREEN_CHARS]
    folded = head.casefold()
    listed = len(t["job_list"].findall(folded)) >= t["job_list_lines"]
    platform = platform if platform is not None else platform_of(sender)
    reading = read_template(platform, subject, text)  # a platform's own template means what it says
    if reading is not None and reading.kind == "other":
        return Screened(found, "ignored", reading.reason)
    if reading is not None and platform is not None and platform.kind == "board" and _another_trade(subject, text):
        # a board's "Your application has been sent to X" for a flat ("Weekly rent offered", "Lease term")
        return Screened(found, "ignored", "another trade's application (a flat, a loan), sent through a board")
    if reading is not None:
        ack = reading.kind == "acknowledgement"
        return Screened(
            Classification(reading.kind, STRONG_CONFIDENCE, reading.reason, acknowledges=ack), template=reading
        )
    answer = unread_answer(platform, subject, text) if not found.confident else None
    if answer is not None:  # the employer's answer, relayed, whose decision the text does not carry
        by = platform.name if platform is not None else "a platform"
        reason = (
            f"an answer from {answer.employer or 'an employer'} relayed by {by}, but its text here "
            "does not say what it is: open it in your mail"
        )
        return Screened(found, "to review", reason, template=answer)
    board = platform is not None and platform.means == "alert"
    # "set up job alerts" in a rejection's footer does not make it an alert: a decision the rules
    # only half heard goes to review, as it would without the footer
    alert = t["alert"].search(folded)
    alert_in_text = alert is not None and (found.kind not in ("rejection", "offer") or alert.start() < ALERT_HEAD_CHARS)
    if t["alert"].search(subj) or ((alert_in_text or listed or board) and not found.confident):
        return Screened(found, "ignored", "a job alert or digest: it lists jobs, not one of your applications")
    # a talent pool's invitation: news, unless a decision the rules are sure of is in its text; one whose
    # subject is the invitation ("Ihr Platz in unserem Talentpool") only looks back on an answer sent before
    invites = t["community"].search(subj) is not None
    if invites or (
        found.kind not in ("rejection", "offer") and not found.confident and t["community"].search(f"{subj}\n{folded}")
    ):
        return Screened(found, "ignored", "an invitation to a talent community: news, not one of your applications")
    # an employer's automatic reply that confirms your application is its acknowledgement; one that
    # says someone is away is not ("This automatic reply confirms that your application has been received")
    confirms = found.kind == "acknowledgement" and found.confident and not _AWAY.search(folded)
    if t["auto_reply"].search(subj) and not confirms:
        return Screened(found, "ignored", "an automatic reply to your own mail (out of office)")
    local = sender.rsplit("@", 1)[0].casefold() if "@" in (sender or "") else ""
    domain = sender.rsplit("@", 1)[-1].casefold() if "@" in (sender or "") else ""
    newsletter_host = any(domain == d or domain.endswith("." + d) for d in t["newsletter_domains"])
    if newsletter_host or t["newsletter"].fullmatch(local) or t["subscribed"].search(text or ""):
        return Screened(
            found, "ignored", f"a newsletter ({sender}): it writes about job hunting, not one of your applications"
        )
    if t["unfinished"].search(f"{subj}\n{folded[:500]}") and found.kind in ("acknowledgement", "other"):
        return Screened(found, "ignored", "an application you started but have not sent: not evidence of applying")
    if found.kind not in ("rejection", "offer") and t["survey"].search(f"{subj}\n{folded[:500]}"):
        return Screened(found, "ignored", "a survey about applying: not news of one of your applications")
    signed_up = t["signed_up"].search(f"{subj}\n{folded[:500]}")
    if (
        signed_up is not None
        and found.kind in ("acknowledgement", "other")
        and not (found.confident and _APPLIED_TOO.search(folded))
    ):
        return Screened(found, "ignored", "an account or a registration with a site or an agency: not an application")
    if t["referee"].search(f"{subj}\n{folded[:FORWARD_HEAD_CHARS]}"):
        return Screened(found, "ignored", "a request for a reference about someone else: you are the referee")
    if found.kind == "rejection" and msg is not None and _answers_your_decline(msg, text, t["own_decline"]):
        reason = f"an answer to your own decline or withdrawal, quoted in it: please check ({found.reason})"
        return Screened(found, "to review", reason)
    forwarded = t["forwarded"].search(subj) or t["forwarded"].search(folded[:FORWARD_HEAD_CHARS])
    if forwarded is not None and found.kind != "other":
        return Screened(
            found, "to review", f"a forwarded message: what it says may be about someone else ({found.reason})"
        )
    count, undisclosed = recipients(msg)
    many = broadcast_reason(text, recipients=count, undisclosed=undisclosed)
    if many is not None:
        if names_me(f"{subject}\n{text}", mine):
            return Screened(found, "to review", f"sent to many people ({many}), and your name is in it: please check")
        if found.kind == "rejection" and found.confident:
            # "this message was sent to all applicants of the posting": the answer to everyone who applied
            reason = f"sent to many people ({many}), with a decision for all who applied: please check"
            return Screened(found, "to review", reason)
        return Screened(found, "ignored", f"sent to many people ({many}): not about one of your applications")
    other_person = greets_someone_else(text, mine) if found.kind in ("rejection", "offer") else None
    if other_person is not None and found.confident:
        reason = f"a letter to {other_person}, not to you: please check ({found.reason})"
        return Screened(found, "to review", reason)
    # a form or assessment service never decides; elsewhere, task words hold back all but a rejection
    # ("thank you for completing the assessment; unfortunately ..." is a rejection after a task)
    service = platform is not None and platform.means == "task"
    task = service or (found.kind != "rejection" and t["task"].search(f"{subj}\n{folded}") is not None)
    if task and found.confident and found.kind != "acknowledgement":
        reason = f"an assessment or questionnaire to complete, not a decision ({found.reason})"
        return Screened(replace(found, confidence=WEAK_CONFIDENCE, reason=reason))
    if len(" ".join(head.split())) < t["empty"] and t["update"].search(subj) and found.kind == "other":
        return Screened(found, "to review", "an update whose text is empty: open it in your mail to see what it says")
    return Screened(found)
