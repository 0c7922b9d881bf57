"""A decision about an application, recognised by the shape of its sentence.

Real rejections are built alike in every language (issue 18): often an acknowledgement first
("thank you for applying to the ROLE position at COMPANY"), then one sentence with the
decision: a negation, a selection or progress verb a few words after it, and the candidate in
the same sentence ("your application was not selected", "we will not be moving forward with
your candidacy", "votre profil n'a pas été retenu", "Ihre Bewerbung nicht weiter zu
verfolgen", "no vamos a continuar con tu candidatura").  Some decisions need no negation:
the position is filled, closed or on hold, the company goes on with other candidates
("d'autres profils", "Mitbewerber", "otros candidatos").

The words live in the per-language word tables (``followup_kit/words/*.toml``, section
``[mail.decision]``), are joined across languages and compiled once, when this module is
first imported (the classifier, and so this module, loads lazily).

A condition word before the negation ("if you are not selected", "si votre profil ne
correspond pas", "falls", "si no") or "until" anywhere in the sentence makes the decision a
condition: it is reported as such (the caller sends it to review), never as a decision.

Examples
--------
>>> d = find_decision("Thank you for applying to the Analyst position at Acme. Unfortunately, "
...                   "your application was not selected this time.")
>>> d.sentence, d.conditional
('unfortunately, your application was not selected this time', False)
>>> find_decision("If you are not selected, we will keep your CV on file.").conditional
True
>>> find_decision("We regret the delay and would like to invite you to an interview.") is None
True
>>> find_decision("Le poste pour lequel vous avez postulé a été pourvu.").conditional
False
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from followup_kit import vocabulary
from followup_kit.io.mail.sentences import sentences

#: Characters either side of a decision searched for what hedges it, in a sentence longer than
#: twice this: written sentences are shorter (the kit's and the real corpora's decisions are under
#: 250 characters), so only a text that lost its full stops is cut to the decision's clause.
HEDGE_REACH = 150
#: Characters between the negation and the verb: "not be moving", "nicht weiter zu verfolgen",
#: "don't see a strong mutual fit" (about 4 to 6 words).
NEGATION_REACH = 45


def _words(key: str) -> list[str]:
    """The words of ``[mail.decision]`` under ``key``, every language's, once each."""
    return list(vocabulary.section_words("mail", "decision").get(key, ()))


def _alternation(key: str) -> re.Pattern:
    words = _words(key)
    if not words:
        return re.compile(r"(?!x)x")  # a table without this key matches nothing
    return re.compile(r"\b(?:" + "|".join(f"(?:{w})" for w in words) + r")\b")


NEGATION = _alternation("negation")
VERBS = _alternation("verbs")
CANDIDATE = _alternation("candidate")
CONDITIONS = _alternation("conditions")
CONDITIONS_ANYWHERE = _alternation("conditions_anywhere")
#: Words between a negation and a verb that put the verb in another clause ("we could not be more
#: excited that you are considering us"): the negation does not reach it.
CLAUSE_BREAK = _alternation("clause_break")
#: Reassurance and hypotheticals ("it doesn't mean you're not a fit", "you may not receive
#: feedback"): a sentence holding one decides nothing (issue 25).
HYPOTHETICAL = _alternation("hypothetical")
#: Headings after which an acknowledgement describes its process ("What happens next?").
NEXT_SECTION = _alternation("next_section")
#: A heading is short and opens with its words: "What happens next?", "Here is what happens
#: next", "About our hiring process"; "Thank you for your time throughout our hiring process"
#: is a sentence, and a rejection may follow it.
HEADING_WORDS = 8
HEADING_START = 2
# a comma, colon or dash between the negation and the verb ends the negated phrase ("no worries,
# we can move your interview")
_PUNCTUATION_BREAK = re.compile(r"[,:;]| [-\u2013\u2014] ")
#: Where a new clause turns after a decision: ", but", "; ".
_TURN = re.compile(r", but\b|;| and (?:i|we)(?:'m| am|'re| are| will|'ll| won't| have|'ve)\b")
#: Your own withdrawal confirmed: a mail that says so decides nothing.
WITHDRAWN = _alternation("withdrawn")


class AnyOf:
    """Patterns searched one by one, the leftmost match winning (the first listed on a tie): what
    one alternation of them finds, some ten times faster on real sentences, since each pattern
    alone keeps ``re``'s fast scan for its first letters.

    >>> AnyOf(["filled", "no longer (open|available)"]).search("the role is no longer open; it was filled").group(0)
    'no longer open'
    """

    __slots__ = ("patterns",)

    def __init__(self, patterns):
        self.patterns = tuple(re.compile(p) for p in patterns)

    def search(self, text: str) -> re.Match | None:
        best = None
        for pattern in self.patterns:
            found = pattern.search(text)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        return best


SHAPES = AnyOf(_words("shapes"))
#: Trades where "your application was not successful" is not about a job (flats, loans, visas).
OTHER_CONTEXT = _alternation("other_context")
#: A chosen candidate's background, to the sentence's end: "... with more experience in social housing",
#: "... another candidate who has more real estate lease accounting experience" (the clause that ends on it).
_EXPERIENCE = r"(?:experience|background|expertise|erfahrung|ervaring|erfarenhet|esperienza|experiencia|experiencias)"
_BACKGROUND = re.compile(
    rf"\b(?:(?:candidates?|applicants?|profiles?|person|people|someone|somebody|individuals?) (?:who|whose|with|that) "
    rf"[^.]{{0,80}}?\b)?{_EXPERIENCE}\b.*$"
)
#: The words of a candidacy a decision's "your X was not ..." is about (:func:`decided_thing`).
APPLICATION_NOUNS = _alternation("application_nouns")
#: "your X ... has not been", "your X was unfortunately not": the thing a decision is about.
_DECIDED = re.compile(
    r"\byour ((?:[\w'-]+ ){0,5}?)(?:has|have|was|were|is|are|will|did)(?: (?:unfortunately|sadly|regrettably))?"
    r" (?:not|no longer)\b|\byour ((?:[\w'-]+ ){0,5}?)(?:hasn't|haven't|wasn't|weren't|isn't|aren't|won't|didn't)\b"
)


def without_background(text: str) -> str:
    """``text`` (normalised) without the background of a chosen candidate in each sentence: a trade's word
    there ("a profile with more experience in credit back-office design") names no trade of the mail's.

    >>> without_background("they chose a profile with more experience in credit design. thanks")
    'they chose a . thanks'
    """
    return ". ".join(_BACKGROUND.sub("", part) for part in text.split(". "))


def decided_thing(sentence: str) -> str | None:
    """What a decision says "your ... was not" of, when none of its words is a candidacy's
    ("your abstract has not been selected"): the decision is another trade's.  None otherwise.

    >>> decided_thing("we regret that your abstract has not been selected for an oral presentation")
    'abstract'
    >>> decided_thing("your recent application was not successful") is None
    True
    """
    m = _DECIDED.search(sentence)
    if m is None:
        return None
    words = (m.group(1) or m.group(2) or "").strip()
    if not words or APPLICATION_NOUNS.search(words) is not None:
        return None
    return words.split()[0]


#: A subject naming another kind of application ("your rental application"): no job in the mail.
OTHER_APPLICATION = _alternation("other_application")


@dataclass(frozen=True)
class Decision:
    """The sentence that states a decision (normalised), and whether it is only a condition."""

    sentence: str
    conditional: bool
    #: The decision is about another trade (a flat, a loan, a competition entry), not a job.
    other_trade: bool = False


def _negated_decision(sentence: str) -> int | None:
    """Where the negation of a decision starts in ``sentence`` (negation, verb soon after, candidate)."""
    if CANDIDATE.search(sentence) is None:
        return None
    for neg in NEGATION.finditer(sentence):
        verb = VERBS.search(sentence, neg.end(), neg.end() + NEGATION_REACH + 30)
        if verb is None or verb.start() - neg.end() > NEGATION_REACH:
            continue
        between = sentence[neg.end() : verb.start()]
        if CLAUSE_BREAK.search(between) is None and _PUNCTUATION_BREAK.search(between) is None:
            return neg.start()
    return None


#: A meeting whose job the decision's noun only names: "your interview for the role has been cancelled"
#: is the interview's cancellation (to be moved), not the role's.
_EVENT_OF = re.compile(
    r"\b(?:interview|call|meeting|appointment|session|assessment|test|screening|chat|visit|event|webinar|"
    r"presentation|conversation)s?\b[^.;]{0,40}?\b(?:for|about|regarding|on|of|with)(?: (?:the|this|your|our|that))? $"
)


def sentence_decision(sentence: str) -> Decision | None:
    """The decision in one normalised sentence, if it states one."""
    start = _negated_decision(sentence)
    if start is None:
        shape = SHAPES.search(sentence)
        if shape is None or _EVENT_OF.search(sentence, 0, shape.start()) is not None:
            return None
        start = shape.start()
    return Decision(sentence, hedged(sentence, start))


def inside_quotation(text: str, pos: int, reach: int = 300) -> bool:
    """True when ``pos`` of ``text`` (normalised) is inside a quotation opened within a sentence
    ("even great candidates hear \"we've decided to move forward with other candidates\""): words
    named, not said.  A message set out after a colon ("message from harbor labs: \"...\"") is said.

    >>> inside_quotation('candidates hear "we decided not to proceed" often', 17)
    True
    >>> inside_quotation('message from acme: "we decided not to proceed"', 21)
    False
    >>> inside_quotation("many candidates hear 'we've decided not to proceed' often", 30)
    True
    """
    before = text[max(0, pos - reach) : pos]
    if before.count('"') % 2 == 1:
        lead = before[: before.rfind('"')].rstrip()
        return bool(lead) and (lead[-1].isalnum() or lead[-1] == ",")
    # single quotes: an opening one after a space and before a letter ("candidates hear 'we have
    # decided ...'"), not yet closed (a closing one stands after a letter, before a space or a stop);
    # the apostrophes of "we've" and "candidates'" are neither
    opened = [m.end() for m in _SINGLE_OPEN.finditer(before)]
    if not opened or _SINGLE_CLOSE.search(before, opened[-1]) is not None:
        return False
    lead = before[: opened[-1] - 1].rstrip()
    closes = _SINGLE_CLOSE.search(text, pos, pos + reach) is not None
    return closes and bool(lead) and (lead[-1].isalnum() or lead[-1] == ",")


_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(]))'(?=[a-z])")
_SINGLE_CLOSE = re.compile(r"(?<=[a-z.!?])'(?=[\s.,;:!?)]|$)")


def hedged(sentence: str, start: int | None = None) -> bool:
    """True when ``sentence`` (normalised) states something only as a condition, a hypothesis or
    a reassurance: a condition word before ``start`` (the decision's first word; anywhere when
    None), "until" anywhere, or a hypothetical ("doesn't mean", "may not", "don't worry").

    >>> hedged("if you are not selected, we will keep your cv"), hedged("you were not selected")
    (True, False)
    >>> hedged("it doesn't mean you're not a great fit"), hedged("se nao avancarmos, voce vai receber um retorno", 3)
    (True, True)
    """
    if start is not None and len(sentence) > 2 * HEDGE_REACH:
        # a run-on "sentence" (a text without full stops): only the decision's own clause counts
        sentence = sentence[max(0, start - HEDGE_REACH) : start + HEDGE_REACH]
        start = min(start, HEDGE_REACH)
    end = len(sentence) if start is None else start
    # reassurance in a clause of its own after the decision does not take it back ("we are no
    # longer reviewing applicants, but that doesn't mean this is the end")
    turn = None if start is None else _TURN.search(sentence, start)
    until = len(sentence) if turn is None else turn.start()  # "... filled, and I'm not hiring until spring"
    return (
        (start is not None and inside_quotation(sentence, start))
        # searched whole, so that a condition's look ahead sees the words after it ("se nao avancarmos")
        or next((m for m in CONDITIONS.finditer(sentence) if m.start() < end), None) is not None
        or _condition_anywhere(sentence, until)
        or HYPOTHETICAL.search(sentence, 0, until) is not None
    )


#: A pause before "until" dates the decision instead of making it a condition: "we have paused hiring
#: for this position until the next financial year".
_PAUSED = re.compile(r"\b(?:paus\w*|on hold|freez\w*|froze\w*|suspend\w*|halt\w*)\b")


def _condition_anywhere(sentence: str, end: int) -> bool:
    """True when a condition that counts anywhere ("until", "once", "otherwise") is in ``sentence`` before ``end``.

    >>> _condition_anywhere("you will not hear from us until the closing date", 60)
    True
    >>> _condition_anywhere("we decided to pause hiring for this position until next year", 70)
    False
    """
    for found in CONDITIONS_ANYWHERE.finditer(sentence, 0, end):
        if found.group(0).startswith("until") and _PAUSED.search(sentence, 0, found.start()):
            continue
        return True
    return False


def next_section(sentence: str) -> bool:
    """True when ``sentence`` (normalised) is a heading after which an acknowledgement only
    describes its process.

    >>> next_section("what happens next"), next_section("here is what happens next")
    (True, True)
    >>> next_section("thank you for your time throughout our hiring process")
    False
    """
    words = sentence.split()
    if len(words) > HEADING_WORDS:
        return False
    found = NEXT_SECTION.search(sentence)
    return found is not None and len(sentence[: found.start()].split()) <= HEADING_START


def confirms_withdrawal(parts: list[str]) -> bool:
    """True when one of ``parts`` (normalised sentences) confirms your own withdrawal: "we have
    withdrawn your application as requested" is neither a rejection nor the offer it names.

    >>> confirms_withdrawal(["we have withdrawn your application from the analyst recruitment as requested"])
    True
    """
    return any(WITHDRAWN.search(part) for part in parts)


def find_decision(text: str, subject: str = "") -> Decision | None:
    """The first sentence of ``subject`` and ``text`` stating a decision (a firm one before a
    conditional one), or None.  A decision about a flat, a loan or a visa is returned only when
    there is no other, marked ``other_trade`` (the caller reads the whole mail as that trade's);
    a mail confirming your own withdrawal states none.

    >>> find_decision("Unfortunately your rental application was not successful.").other_trade
    True
    """
    found: Decision | None = None
    trade: Decision | None = None
    process = False  # below "What happens next?" an acknowledgement only describes its process
    parts = [*sentences(subject, 1, questions=False), *sentences(text, questions=False)]
    if confirms_withdrawal(parts):
        return None
    for sentence in parts:
        process = process or next_section(sentence)
        decision = sentence_decision(sentence)
        if decision is None:
            continue
        # a trade's word in the chosen one's background ("une expérience dans le secteur du logement social") is not
        # what was decided
        if OTHER_CONTEXT.search(_BACKGROUND.sub("", sentence)) or decided_thing(sentence):
            trade = trade or Decision(decision.sentence, decision.conditional, other_trade=True)
            continue
        if process:
            decision = Decision(decision.sentence, True)
        if not decision.conditional and _PAUSED.search(decision.sentence) and any(_STILL_OPEN.search(p) for p in parts):
            # "the position has been put on hold ... your application remains with them": paused, not decided
            decision = Decision(decision.sentence, True)
        if not decision.conditional and any(_pooled(p) for p in parts):
            # "you were not the preferred candidate ... you have been placed in a merit pool": still eligible
            decision = Decision(decision.sentence, True)
        if not decision.conditional:
            return decision
        found = found or decision
    return found or trade


#: Kept for later vacancies, not turned down: a public service's merit pool, an eligibility list, an
#: order of merit ("placed in a merit pool for 12 months", "you remain on the eligible list").
_POOLED = re.compile(
    r"\b(?:merit (?:pool|list)|order of merit|eligib(?:le|ility) (?:list|pool|register)|reserve (?:list|pool|bank))\b"
)


def _pooled(sentence: str) -> bool:
    """True when ``sentence`` keeps you on a list for later vacancies; "your score was not high enough
    ... to place you on the reserve list" does not.

    >>> _pooled("you have been placed on a reserve list for this campaign")
    True
    >>> _pooled("your score was not high enough for us to offer you a post or to place you on the reserve list")
    False
    >>> _pooled("a merit list has not been created for this process")
    False
    """
    for m in _POOLED.finditer(sentence):
        clause = re.split(r"[.;:,]", sentence[: m.start()])[-1]
        # ... or after it: "a merit list has not been created for this process"
        after = re.split(r"[.;:,]", sentence[m.end() :])[0]
        negated_after = re.match(r"\s*(?:has|have|was|were|will|is|are)? ?(?:not|never)\b|\s*\w+n't\b", after)
        if not re.search(r"\b(?:not|nor|never|no longer)\b|n't\b", clause) and not negated_after:
            return True
    return False


#: The application kept open: "your application remains with them", "we will be in touch when it reopens".
_STILL_OPEN = re.compile(
    r"\byour (?:application|candidacy|profile|cv) (?:remains|is still|will remain|stays|will stay)\b|"
    r"\b(?:when|once|as soon as) (?:it|the (?:role|position|search|requisition)) (?:re-?opens|resumes|restarts|is back)\b|"
    r"\bkeep (?:your application|you) (?:active|open|in (?:the )?process)\b"
)
