"""What a recruiter's mail says: acknowledgement, interview request, information request,
rejection, offer or other, with a confidence.

Precision comes first (issue 12): a false rejection cancels the user's chase-ups, so it is
worse than a missed one.  Phrases come in two tiers per kind and language (English, French,
German, Spanish):

* **strong** phrases say the thing outright ("we have decided to move forward with other
  candidates", "votre candidature n'a pas été retenue", "wir haben uns für einen anderen
  Bewerber entschieden", "hemos decidido continuar con otros candidatos");
* **weak** phrases often mean it but also appear elsewhere ("we regret to inform you" about a
  flight, "not moving forward" with an office move, "leider").  A weak-only match is never
  applied: it goes to the review list, and only when the mail is about a job at all.

A strong phrase inside a condition ("if we decide not to move forward...", "si votre
candidature n'est pas retenue") counts as weak.  When two strong kinds disagree (an offer
and a rejection) the mail goes to review.  Matching is done on casefolded text without
accents, so "écrit", "ecrit" and "ÉCRIT" are one word.

Examples
--------
>>> c = classify("Your application", "Thank you for your interest. Unfortunately we have decided "
...              "to move forward with other candidates.")
>>> c.kind, c.confidence >= APPLY_CONFIDENCE
('rejection', True)
>>> classify("Flight AB123", "We regret to inform you that your flight is cancelled.").kind
'other'
>>> c = classify("Re: Data Analyst", "We regret to inform you about the role.")
>>> c.kind, c.confidence >= APPLY_CONFIDENCE
('rejection', False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from followup_kit.io.mail.context import (
    CONDITION_WORDS,
    JOB_NAMED,
    JOB_WORDS,
    OTHER_CONTEXT,
    SUBJECT_HINTS,
    UNPAID,
    trade_applied_for,
)
from followup_kit.io.mail.decision import (
    OTHER_APPLICATION,
    confirms_withdrawal,
    decided_thing,
    find_decision,
    hedged,
    inside_quotation,
    next_section,
    without_background,
)
from followup_kit.io.mail.decision import OTHER_CONTEXT as OTHER_TRADES
from followup_kit.io.mail.meeting import proposed_meeting, requested_task
from followup_kit.io.mail.offers import formal_offer, interview_scam_marks, named_only, scam_marks
from followup_kit.io.mail.phrases import STRONG, WEAK
from followup_kit.io.mail.platforms import job_title_pattern
from followup_kit.io.mail.sentences import normalise

#: A classification at or above this confidence is applied to the tracker; below it the mail
#: goes to review.  Strong phrases score :data:`STRONG_CONFIDENCE`, weak ones
#: :data:`WEAK_CONFIDENCE`, so only strong phrases are applied (issue 12: "apply only what the
#: kit is confident about").  Measured on the labelled corpus by benchmarks/bench_mail_classifier.py.
APPLY_CONFIDENCE = 0.8
#: Confidence of a kind stated by a strong phrase of its tier.
STRONG_CONFIDENCE = 0.9
#: Added when the subject line agrees with the body (e.g. "Offer letter" and an offer phrase).
SUBJECT_BONUS = 0.05
#: Confidence of a kind supported only by weak phrases (below APPLY_CONFIDENCE: review).
WEAK_CONFIDENCE = 0.5
#: Confidence when strong phrases of two kinds disagree (an offer and a rejection): review.
CONFLICT_CONFIDENCE = 0.45
#: The reason of mail about a job in which no phrase of any kind was found (the second opinion's cue).
NO_KNOWN_PHRASE = "no known phrase"
#: Confidence of "other" (nothing recognised): such mail is never evidence.
OTHER_CONFIDENCE = 0.5
#: Characters of the body (the sender's own words, quotes already cut) the phrases are looked
#: for in.  A recruiter states the decision in the first paragraphs: 5 000 characters is about
#: 800 words, and bounds the work of some hundred patterns on a long newsletter.
CLASSIFY_CHARS = 5_000
#: Characters after an acknowledgement phrase searched for another trade's words ("thank you for your
#: application. we cannot approve your credit card application"): the next sentence or so.
TRADE_WINDOW = 120
#: Characters before a strong phrase searched for a condition word ("if", "si", "falls", ...).
CONDITION_WINDOW = 40
#: Characters before a strong phrase searched for the start of its sentence: a sentence that opens
#: on a condition word is a condition however far the phrase is from it.
SENTENCE_REACH = 300

# Strong kinds in order of precedence: an offer mail may also mention a call, a rejection
# thanks you for applying, an interview request asks for your availability.
_PRECEDENCE = ("offer", "rejection", "interview_request", "information_request", "acknowledgement")
# Strong pairs that disagree (the others are ordinary company: see _PRECEDENCE).
_CONFLICTS = {frozenset({"offer", "rejection"}), frozenset({"rejection", "interview_request"})}


@dataclass(frozen=True)
class Classification:
    """The kind of a mail, a confidence between 0 and 1, and the phrase that decided it."""

    kind: str
    confidence: float
    reason: str
    #: True when the mail acknowledges an application ("we have received your application"),
    #: whatever else it says: such mail can start an application (``create_applications``).
    acknowledges: bool = False
    #: True when the kind is the second opinion's (:mod:`~followup_kit.io.mail.opinion`), not the
    #: rules': such a kind only ever goes to review.
    by_model: bool = False
    #: For an offer: False when it carries none of a real offer's forms (a letter, pay, a start
    #: date) or a scam's mark (:func:`~followup_kit.io.mail.offers.formal_offer`); such an offer
    #: with no other mail about its job goes to review.
    formal: bool = True
    #: For an offer: True when it reads like a recruitment scam (money asked of you, a chat app, no
    #: interview); it goes to review with its reason, whatever application it names.
    scam: bool = False
    #: False for a kind read by the mail's shape alone (an invitation that proposes a time, a step
    #: asked in the subject: :mod:`~followup_kit.io.mail.meeting`): it is recorded on an application
    #: another message started, and never starts one.
    starts: bool = True

    @property
    def confident(self) -> bool:
        """True when the kit applies this classification without asking."""
        return self.confidence >= APPLY_CONFIDENCE


def _normalise(text: str) -> str:
    """Casefolded, accents and other non-ASCII marks dropped, one space between words
    (:func:`~followup_kit.io.mail.sentences.normalise`: one rule for every phrase table)."""
    return normalise(text)


#: A reply's or a forward's subject ("RE:", "AW:", "SV:", "Antw:", "TR:", "Fwd:"), normalised.
_REPLY = re.compile(r"^(?:re|aw|sv|antw|tr|r|fwd?|wg)\s*:")


def _hits(patterns, text: str) -> list[re.Match]:
    return [m for p in patterns if (m := p.search(text)) is not None]


def _asked(text: str, match: re.Match) -> bool:
    """True when the phrase's sentence ends on a question mark ("you'd like no more offers from us?")."""
    end = re.search(r"[.!?\n]", text[match.end() : match.end() + SENTENCE_REACH])
    return end is not None and end.group(0) == "?"


def _conditional(text: str, match: re.Match) -> bool:
    if _asked(text, match):  # a question decides nothing
        return True
    before = text[max(0, match.start() - CONDITION_WINDOW) : match.start()]
    # only the clause the phrase is in: stop at the last sentence end
    before = re.split(r"[.!?;:]", before)[-1]
    if CONDITION_WORDS.search(before) is not None:
        return True
    # a sentence that opens on a condition is one, however long ("if you have not heard from us
    # within six weeks of the closing date, we have chosen to proceed with other applicants")
    # a sentence wrapped over lines is one too ("If you have not heard from us within four weeks,\nyour
    # application has not been selected"): its opening is read to the line's start and to the paragraph's
    return _opens_on_condition(_opening(text, match)) or _opens_on_condition(_opening(text, match, lines=False))


#: Portuguese "se" and "caso" open a condition only at a sentence's start ("Se o seu perfil estiver
#: alinhado, ..."): inside one, "se" is a pronoun ("você se candidatou") and "caso" a case.
_OPENING_CONDITION = re.compile(r"(?:se|caso|qualora|nel caso)\b")


def _opens_on_condition(opening: str) -> bool:
    return CONDITION_WORDS.match(opening) is not None or _OPENING_CONDITION.match(opening) is not None


def _opening(text: str, match: re.Match, *, lines: bool = True) -> str:
    """The words of the phrase's sentence before it (within :data:`SENTENCE_REACH`); without
    ``lines``, a line break inside a paragraph does not end the sentence."""
    ends = r"[.!?;:\n]" if lines else r"[.!?;:]|\n\s*\n"
    # a list's bullet opens no sentence: "- If your profile matches, we will invite you"
    return re.split(ends, text[max(0, match.start() - SENTENCE_REACH) : match.start()])[-1].lstrip(" \t-–•*·")


def _in_if_clause(text: str, match: re.Match) -> bool:
    """True when the phrase is the verb of an "if" clause ("if the team would like to meet you,
    we will call"), not the main clause after it ("if you are free, we would like to meet you")."""
    before = re.split(r"[.!?;:,\n-]", text[max(0, match.start() - CONDITION_WINDOW) : match.start()])[-1]
    return re.search(r"\b(?:if|should|in case|whether)\b", before) is not None


def _quoted(text: str, match: re.Match) -> bool:
    """True when the phrase sits in a quotation inside a sentence: named, not said
    (:func:`~followup_kit.io.mail.decision.inside_quotation`)."""
    return inside_quotation(text, match.start(), SENTENCE_REACH)


# the future in the kit's other languages too: "nous vous contacterons", "nos pondremos", "werden wir"
_FUTURE = re.compile(
    r"\b(?:will|'ll|may|might|shall|can|could|werden|wird|zullen|zal|vamos a|allons|pourrons)\b"
    r"|\b\w{3,}(?:erons|irons|drons|rons|ront|remos)\b"
    # Portuguese: "você receberá", "entrará" (folded: "recebera", "entrara"), "eles farão"
    r"|\b\w{3,}(?:era|ira|ara|erao|irao|arao)\b|\b\w{2}remos\b"
    # Italian: "verrà ricontattato" (folded "verra"), "la contatteremo", "riceveranno"
    r"|\b\w{2,}(?:remo|ranno|ra)\b"
)


def _promised(text: str, match: re.Match) -> bool:
    """True when an invitation is what a condition promises, not made: the sentence opens on a
    condition and its main clause says "will" ("if your background matches the position, we will
    invite you for an interview", "if you are shortlisted, we will contact you to invite you to
    interview"); "if you are free, we'd like to invite you" is an invitation."""
    opening = _opening(text, match)
    return _opens_on_condition(opening) and _FUTURE.search(opening) is not None


_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")


def unhedged(whole: str) -> str:
    """``whole`` (normalised) without its hedged sentences: conditions, hypotheticals and
    reassurance ("it doesn't mean you're not a fit"), and everything below an acknowledgement's
    "What happens next?" (issue 25).  Decisions are looked for in what is left.

    >>> unhedged("we received your application. if you are not selected, we will tell you. thanks")
    'we received your application. . thanks'
    """
    kept: list[str] = []
    for sentence in _SENTENCE_END.split(whole):
        if next_section(sentence.strip(" .!?;")):
            break
        kept.append("." if hedged(sentence) else sentence)
    return " ".join(kept)


def _titled(subject: str | None) -> bool:
    """True when the subject names a job's title ("Maintenance Technician - T3810"), not a reply's."""
    return bool(subject) and job_title_pattern().search(subject or "") is not None


def classify(subject: str, text: str, *, job: bool = False) -> Classification:
    """Say what a mail is from its subject and body text (the sender's own words).

    Parameters
    ----------
    subject : str
        The decoded subject line.
    text : str
        The body text, quoted replies already cut (see :func:`~followup_kit.io.mail_text.own_words`).
    job : bool
        The sender says the mail is about a job (an applicant-tracking platform's relay), whatever
        its words: "Update on REQ-2231 ... we've made the decision to not move forward".

    Returns
    -------
    Classification
        ``kind`` is one of :data:`~followup_kit.vocabulary.MAIL_KINDS`; ``confident`` tells
        whether the kit may apply it without review.

    Examples
    --------
    >>> classify("Ihre Bewerbung", "Leider haben wir uns für einen anderen Bewerber entschieden.").kind
    'rejection'
    >>> c = classify("Your application", "If you are not selected, we will keep your CV on file.")
    >>> c.kind, c.confident
    ('rejection', False)
    """
    subj = _normalise((subject or "")[:CLASSIFY_CHARS])
    body = _normalise((text or "")[:CLASSIFY_CHARS])
    whole = f"{subj} . {body}"
    # a reply's subject repeats the thread's ("RE: Offer of employment" over "sorry you will not be
    # joining us"): its words name what the thread is about, they decide nothing
    reply = _REPLY.match(subj) is not None
    trade = OTHER_APPLICATION.search(subj)
    # a job's title may name a degree's course it teaches ("Clinical Teaching Associate - Master of Nursing Science
    # - Job no. 0061842"): a subject that names a job is about that job
    if trade is not None and JOB_NAMED.search(subj) is None:  # "Update on your rental application": not a job
        return Classification("other", OTHER_CONFIDENCE, f"{trade.group(0)!r}: not a job application")
    if confirms_withdrawal([whole]):  # "we have withdrawn your application as requested": your own step
        return Classification("other", OTHER_CONFIDENCE, "your own withdrawal, confirmed: not a decision")
    plain = unhedged(whole)
    # a subject that is a job's title ("Maintenance Technician - T3810") is about that job
    about_a_job = job or JOB_WORDS.search(whole) is not None or _titled(subject)
    decision = find_decision((text or "")[:CLASSIFY_CHARS], "" if reply else subject or "")
    if not about_a_job and not (decision is not None and decision.other_trade):
        decision = None  # a decision's words in mail about no job decide nothing; another trade's make it other
    if decision is not None and decision.other_trade:
        # the decision is about a flat, a loan, a seat at an event or "your abstract": so is the whole mail
        found = OTHER_TRADES.search(decision.sentence)
        trade_word = found.group(0) if found is not None else f"your {decided_thing(decision.sentence)}"
        return Classification("other", OTHER_CONFIDENCE, f"{trade_word!r}: not a job application")
    # mail that names a landlord or a grant and no job: "your application was unsuccessful" or
    # "thank you for your application" is about a flat or a grant
    elsewhere = None if job or JOB_NAMED.search(whole) else OTHER_TRADES.search(without_background(whole))
    applied_for = trade_applied_for(whole)
    if (unpaid := UNPAID.search(whole)) is not None:  # a board's Treasurer "would love to meet you": no job
        return Classification("other", OTHER_CONFIDENCE, f"{unpaid.group(0)!r}: not a job application")
    if applied_for is not None and (decision is not None or _hits(STRONG["offer"], whole)):
        # "thank you for applying to be a volunteer Crew Leader ... all of our Crew Leader positions have been
        # filled": what you applied for is another trade's, and so is the decision on it
        return Classification("other", OTHER_CONFIDENCE, f"applied for {applied_for!r}: not a job application")
    if decision is not None and elsewhere is not None:
        return Classification(
            "other", OTHER_CONFIDENCE, f"{elsewhere.group(0)!r} and no job named: not a job application"
        )
    strong: dict[str, re.Match | str] = {}
    conditional: dict[str, re.Match | str] = {}
    for kind in _PRECEDENCE:
        for m in _hits(STRONG[kind], whole):
            if decision is not None and kind in ("offer", "interview_request") and m.group(0) in decision.sentence:
                continue  # "we will not be inviting you to interview", "we cannot offer you the role"
            if reply and decision is not None and not decision.conditional and m.start() < len(subj):
                continue  # "RE: Uitnodiging gesprek" over the answer after the interview: the thread's words
            if kind == "interview_request" and (_in_if_clause(whole, m) or _promised(whole, m)):
                continue  # "if the hiring team would like to meet you, we'll reach out": what may come
            if kind in ("rejection", "offer") and reply and m.start() < len(subj):
                continue  # "RE: Offer of employment": the thread's subject, not this mail's decision
            if kind == "offer" and named_only(whole, m.start()):
                continue  # "this is not an offer of employment", "congratulations on your conditional offer"
            if kind == "acknowledgement" and (
                elsewhere or OTHER_TRADES.search(whole, m.start(), m.end() + TRADE_WINDOW)
            ):
                continue  # "thank you for your application ... your credit card application"
            if kind == "interview_request" and elsewhere:
                continue  # a job centre's appointment ("Einladung zu einem Gespräch ... Arbeitslosengeld"), no job named
            if kind in ("rejection", "offer") and OTHER_TRADES.search(whole, m.start(), m.end() + TRADE_WINDOW // 2):
                continue  # "not selected for the scholarship", "offer you the volunteer position": another trade's
            if kind in ("rejection", "offer") and (
                _conditional(whole, m) or _quoted(whole, m) or m.group(0) not in plain
            ):
                conditional.setdefault(kind, m)
            else:
                strong.setdefault(kind, m)
                break
    if decision is not None:
        (conditional if decision.conditional else strong).setdefault("rejection", decision.sentence)
    acknowledges = "acknowledgement" in strong
    if strong:
        kinds = [k for k in _PRECEDENCE if k in strong]
        top = kinds[0]
        for other in kinds[1:]:
            if frozenset({top, other}) in _CONFLICTS:
                return Classification(
                    top,
                    CONFLICT_CONFIDENCE,
                    f"both {_show(top)} ({_quote(strong[top])}) and {_show(other)} "
                    f"({_quote(strong[other])}): please check",
                    acknowledges,
                )
        if top == "acknowledgement" and about_a_job:
            # a rejection or offer signal outranks an acknowledgement: review, with both reasons
            signal = _decision_signal(plain, subj, conditional)
            if signal is not None:
                kind, phrase = signal
                return Classification(
                    kind,
                    WEAK_CONFIDENCE,
                    f"both {_show(top)} ({_quote(strong[top])}) and maybe {_show(kind)} ({_quote(phrase)}): "
                    "please check",
                    acknowledges,
                )
        if top in ("offer", "rejection") and elsewhere is not None:
            # "you have received an offer ... a place in the Graduate Certificate": a school's, no job named
            return Classification(
                "other", OTHER_CONFIDENCE, f"{elsewhere.group(0)!r} and no job named: not a job application"
            )
        confidence = STRONG_CONFIDENCE + (SUBJECT_BONUS if SUBJECT_HINTS[top].search(subj) else 0.0)
        # a job "forwarded from a job board" with a chat app and daily pay acknowledges nothing either
        scam = scam_marks(whole) if top in ("offer", "acknowledgement") else None
        scam = interview_scam_marks(whole) if top == "interview_request" else scam
        if scam is not None:  # money asked, a chat app, no interview: never recorded as an offer or invitation
            return Classification(
                top,
                WEAK_CONFIDENCE,
                f"{_show(top)}, but it reads like a scam ({scam!r}): please check",
                formal=False,
                scam=True,
            )
        formal = top != "offer" or formal_offer(whole)
        return Classification(
            top, min(confidence, 1.0), f"{_show(top)}: {_quote(strong[top])}", acknowledges, formal=formal
        )
    if not about_a_job:
        return Classification("other", OTHER_CONFIDENCE, "nothing about a job application")
    for kind in _PRECEDENCE:
        if kind in conditional:
            return Classification(
                kind, WEAK_CONFIDENCE, f"{_show(kind)} only as a condition: {_quote(conditional[kind])}"
            )
    for kind in ("rejection", "offer", "interview_request", "information_request", "acknowledgement"):
        weak = _hits(WEAK[kind], plain if kind in ("rejection", "offer") else whole)
        if kind == "interview_request" and (task := requested_task(subj)) is not None:
            # "Action required: complete your assessment": a step of the process asked of you, by its shape
            return Classification(
                "information_request",
                APPLY_CONFIDENCE,
                f"information request: the subject asks you to complete {task!r}",
                starts=False,
            )
        if kind == "interview_request" and (when := proposed_meeting(subj, body)) is not None:
            # "Entrevista - Analista de Costos" and "el jueves 13 de marzo a las 10:00": an invitation by its shape
            return Classification(
                kind,
                APPLY_CONFIDENCE,
                f"interview request: the subject names an interview and the mail proposes {when!r}",
                starts=False,
            )
        if not weak:
            continue
        context = OTHER_CONTEXT.search(whole) or OTHER_TRADES.search(whole)
        if context is not None and kind in ("rejection", "offer"):
            return Classification(
                "other", OTHER_CONFIDENCE, f"{_quote(weak[0])} next to {context.group(0)!r}: not about an application"
            )
        if kind == "offer" and not SUBJECT_HINTS["offer"].search(subj):
            continue  # "offer" alone in a body is too common a word to send to review
        if kind == "acknowledgement" and (context is not None or JOB_NAMED.search(whole) is None):
            # "thank you for your interest in The Grove" about a flat, a shopper's account: no job named
            return Classification("other", OTHER_CONFIDENCE, f"{_quote(weak[0])}, but no job named: not an application")
        return Classification(kind, WEAK_CONFIDENCE, f"maybe {_show(kind)}: {_quote(weak[0])} (a weak phrase)")
    return Classification("other", OTHER_CONFIDENCE, NO_KNOWN_PHRASE)


def _decision_signal(whole: str, subj: str, conditional: dict) -> tuple[str, re.Match] | None:
    """A weak rejection or offer phrase in an acknowledgement (a condition does not count: "if you
    are not selected" is how acknowledgements are written)."""
    if OTHER_CONTEXT.search(whole) is not None or OTHER_TRADES.search(whole) is not None:
        return None
    for found in conditional.values():
        whole = whole.replace(found if isinstance(found, str) else found.group(0), " ")
    weak = _hits(WEAK["rejection"], whole)
    if weak:
        return "rejection", weak[0]
    weak = _hits(WEAK["offer"], whole) if SUBJECT_HINTS["offer"].search(subj) else []
    return ("offer", weak[0]) if weak else None


def _show(kind: str) -> str:
    return kind.replace("_", " ")


def _quote(match: re.Match | str) -> str:
    return repr((match if isinstance(match, str) else match.group(0)).strip())
