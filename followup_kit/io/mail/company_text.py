"""Where a mail's own words name the company: "the Analyst position at Harbor Labs", "Harbor Labs has
decided", a display name less its team words, and a display name that is its sender's own name
(:func:`is_person`).  :mod:`~followup_kit.io.mail.applications` reads a mail's application with them.

Examples
--------
>>> company_in(["Thank you for applying to the Data Engineer position at Brightloom Labs."])
'Brightloom Labs'
>>> clean_name("Harbor Labs Careers"), is_person("Owen Park", "owen.park@brightloom.example")
('Harbor Labs', True)
"""

from __future__ import annotations

import re
from itertools import pairwise

from followup_kit.io.mail.employer import JOINERS
from followup_kit.io.mail.levels import one_language
from followup_kit.io.mail.mention import first_name_of_someone, names_employer
from followup_kit.io.mail.platforms import clean_employer, has_company_word, is_employer_name
from followup_kit.io.mail.roles import ROLE_AFTER, STOP, TRAILING, UPPER, either
from followup_kit.io.matching import company_key, domain_key, fold_text, is_role_address

#: Longest company name read from the text, in words.
COMPANY_WORDS = 5


# a capitalised word, or a joining word inside a name ("Maple & Stone", "Banco de Ruta")
_NAME = rf"[{UPPER}][\w'’.&-]*(?:\s+(?:&|and|de|du|des|la|le|y|und|of|the|van|der|den|for(?=\s+[A-Z]{{2,}}\b))?\s*[{UPPER}][\w'’.&-]*){{0,{COMPANY_WORDS - 1}}}"
_LEGAL_TAIL = r"(?:,?\s*(?:Inc|LLC|Ltd|Corp|GmbH)\.?)?"
COMPANY_BEFORE = re.compile(rf"\b(?:{either('company_before')})\s+(?P<company>{_NAME})")
COMPANY_VERB = re.compile(
    rf"(?:^|(?i:unfortunately),?\s+|:\s+)(?P<company>{_NAME}){_LEGAL_TAIL}\s+(?:{either('company_verbs')})\b"
)
_COMPANY_BEFORE_CI = re.compile(rf"\b(?:{either('company_before')})\s", re.IGNORECASE)
#: A meeting right before "with": the name after it is a person ("an interview with Dr. Rivera").
_PERSON_BEFORE = re.compile(rf"\b(?:{either('person_before')})\s+(?:(?:\w+\s+){{0,2}})?$", re.IGNORECASE)
#: Your own past work right before "at": "the work you led at", "your experience with" (not "your
#: application for the role at", "thank you for your interest in").
_YOUR_PAST = re.compile(
    r"\b(?:you|your)\b(?:\s+(?!appl|interest|candida|submi)\w+){0,3}?\s+(?:led|did|had|worked|work|experience|"
    r"time|tenure|background|years|career|internship|stint|spent|built|managed|ran)\s*$",
    re.IGNORECASE,
)
#: A title that opens a person's name ("Dr. Park"), never a company's.
_TITLE = re.compile(r"^(?:dr|mr|mrs|ms|mx|prof|professor|herr|frau|mme|m|sr|sra)\.?\s", re.IGNORECASE)
#: (never a word after "of" or "and": "Ohio Department of Job and Family Services" keeps its "Job")
NAME_NOISE = re.compile(rf"(?<![\w-])(?<!of )(?<!and )(?:{either('name_noise')})(?![\w-])", re.IGNORECASE)
#: Joiners dropped from a name's start even when capitalised ("The Acme team" is Acme; "La Poste" keeps "La").
_LEADING = {"&", "and", "of", "the", "und", "y"}


def clean_name(name: str) -> str:
    """A display name without its team words ("Acme Careers") and the joiners at its ends."""
    name = NAME_NOISE.sub(" ", one_language(name or ""))
    name = re.sub(r"[\"<>|/,:()]+", " ", name)
    words = name.split()
    while words and words[-1].lower() in JOINERS | {"-", "–"}:
        words.pop()
    # a capitalised article opens a name of its own ("La Poste", "De Bijenkorf", "Van Dam Transport")
    while words and words[0].lower() in JOINERS | {"-", "–"} and (words[0].islower() or words[0].lower() in _LEADING):
        words.pop(0)
    return " ".join(words)


def is_person(name: str, sender: str) -> bool:
    """A display name made of the words of the address's local part: "Owen Park <owen.park@...>",
    "Jamie Fox <jamie@...>" (but not "Bramble Trust <bramble@bramble.example>")."""
    if is_role_address(sender):
        return False
    local = sender.split("@", 1)[0].lower()
    words = fold_text(name).split()  # "Étienne" is "etienne", as in the address
    parts = [p for p in re.split(r"[._+-]", local) if p]
    if len(parts) >= 2:
        joined = {*words, *(a + b for a, b in pairwise(words))}  # "annieclaude" for Annie-Claude
        return sum(p in joined for p in parts) >= 2 or (len(parts[0]) > 1 and parts[0] in words[:1])
    return len(words) == 2 and local == words[0] and local not in domain_key(sender).split()


def company_in(sentences: list[str], relayed: bool = True) -> str | None:
    """The company the first sentences name ("the Analyst position at Harbor Labs", "Harbor Labs has decided"),
    or None: not a person met, not your past employer, not a job title; ``relayed`` for an agency's words."""
    for sentence in sentences:
        verb = COMPANY_VERB.search(sentence)
        found = [verb] if verb is not None else []
        for m in [*found, *COMPANY_BEFORE.finditer(sentence)]:
            if m is not verb and not _COMPANY_BEFORE_CI.match(sentence, m.start()):
                continue
            name = TRAILING.sub("", STOP.sub("", m.group("company")))
            meeting = m is not verb and _PERSON_BEFORE.search(sentence, 0, m.start()) is not None
            if m is not verb and _YOUR_PAST.search(sentence, 0, m.start()) is not None:
                continue  # "the denial work you led at Steward": your past employer, not this one
            if _TITLE.match(name) or (meeting and not has_company_word(name)):
                continue  # "a video interview with Dr. Ezinne Park", "a call with Sade": a person
            if m is not verb and not names_employer(sentence, m, name, relayed):
                continue
            name = clean_name(name)
            if (
                name
                and company_key(name)
                and not ROLE_AFTER.fullmatch(name)
                and is_employer_name(clean_employer(name), platforms_too=True)
                and not first_name_of_someone(name, sentences)
            ):
                return name
    return None
