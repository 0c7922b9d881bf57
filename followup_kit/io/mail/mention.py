"""Where a name a sentence mentions is no employer, by its place in the sentence (issue 25): a
modifier of the noun after it ("aimed at SME customers", "experience with InSAR processing"), a
colleague ("Jonas from the product team", "feedback from Ciara - she thought"), a venue ("in person
at One Harbour Centre, 12th Floor").  :func:`~followup_kit.io.mail.applications.mail_application`
asks :func:`names_employer` of every name it reads after "at", "with" or "feedback from".

Examples
--------
>>> import re
>>> sentence = "a roadmap for a feature aimed at SME customers"
>>> m = re.search(r"at (?P<company>SME)", sentence)
>>> names_employer(sentence, m, "SME")
False
>>> sentence = "thank you for applying at Harbor Labs today"
>>> names_employer(sentence, re.search(r"at (?P<company>Harbor Labs)", sentence), "Harbor Labs")
True
"""

from __future__ import annotations

import re

from followup_kit.io.mail.persons import looks_like_person
from followup_kit.io.mail.platforms import clean_employer, has_company_word, job_title_pattern

#: Words that may follow an employer named after "at" or "with": the closed classes of English
#: (prepositions, conjunctions, pronouns, auxiliaries, time words) and the nouns of a company's own
#: team or job ("the Acme team", "at Acme today"); any other lowercase word makes the capitalised
#: words before it a modifier ("aimed at SME customers", "experience with InSAR processing").
_AFTER_EMPLOYER = (
    r"and|or|but|nor|for|so|yet|to|in|on|at|by|of|from|with|without|about|as|into|over|under|after|before|since|"
    r"until|within|across|through|during|via|per|than|then|there|here|where|when|while|who|whom|whose|which|that|"
    r"this|these|those|we|our|us|you|your|i|my|me|he|she|they|them|their|it|its|is|are|was|were|be|been|being|has|"
    r"have|had|do|does|did|will|would|shall|should|can|could|may|might|must|not|no|today|yesterday|tomorrow|"
    r"recently|earlier|soon|now|again|already|also|too|just|last|next|team|teams|family|community|careers?|crew|"
    r"group|office|offices|website|site|page|portal|recruitment|recruiting|hiring|talent|people|hr|jobs?|roles?|"
    r"positions?|opportunit(?:y|ies)|vacanc(?:y|ies)|applications?|is|please|too|very|well|all|every|each|any|"
    r"some|more|only|even|still|either|both|via|regarding|re|e\.g|i\.e|etc"
)
_MODIFIER = re.compile(rf"\s+(?!(?:{_AFTER_EMPLOYER})\b)[a-z][a-z'’-]*\b")
#: "Jonas from the product team": one word before a team is a colleague.
_COLLEAGUE = re.compile(r"\s+from\s+(?:the|our|my)\s+(?:[\w-]+\s+){0,3}?team\b", re.IGNORECASE)
#: What follows a name set off by a comma: "Kristen Obuya, the MICU Nurse Manager, ...".
_APPOSITIVE = re.compile(r",\s+(?:the|our|my|your|a|an)\s+([^,.;]{2,60})")
#: Two one-word names joined: "Pierre and Inès", "Ana & Tom" (then "from the ... team" makes them colleagues).
_PAIR_OF_NAMES = re.compile(r"[A-ZÀ-Þ][\w'-]+\s+(?:and|&|et|y|und)\s+[A-ZÀ-Þ][\w'-]+")
#: A person the next words speak of: "Ciara - she thought", "Trevor, who leads the team".
_PRONOUN_AFTER = re.compile(r"\s*[,–—-]?\s*(?:she|he|who|her|his)\b", re.IGNORECASE)
#: A building or a venue, not an employer: "in person at One International Center, 27th Floor".
_VENUE_AFTER = re.compile(r",?\s*(?:\d+(?:st|nd|rd|th)?\s+)?(?:floor|level|suite|unit|room)\b", re.IGNORECASE)
_VENUE_BEFORE = re.compile(
    r"\b(?:in person|on-?site|in the office|offices?|venue|located|address|held|take place|takes place|building)"
    r"\s+(?:at|in)\s+$",
    re.IGNORECASE,
)


#: A relayed answer's words: "feedback from", "heard back from", "news from".
_HEARD_FROM = re.compile(r"(?i:\b(?:feedback|heard back|an update|news) from\s*)$")


def names_employer(sentence: str, m: re.Match, name: str, relayed: bool = True) -> bool:
    """False when the capitalised words after "at" or "with" are not an employer by their place in
    the sentence: a modifier of the noun after them, a colleague "from the product team", a venue;
    and, unless ``relayed`` (an agency's mail), "feedback from Daniel": a company's own recruiter
    hears from a colleague, an agency from its client."""
    after = sentence[m.end("company") :]
    before = sentence[m.start() : m.start("company")]
    if not relayed and _HEARD_FROM.search(before):
        return False
    english = re.match(r"(?i:at|with)\s", before) is not None
    if english and _MODIFIER.match(after) and not has_company_word(name):
        return False
    if " " not in name.strip() and (_COLLEAGUE.match(after) or _PRONOUN_AFTER.match(after)):
        return False  # "Jonas from the product team", "feedback from Ciara - she thought you did well"
    appositive = _APPOSITIVE.match(after)
    if appositive is not None and job_title_pattern().search(appositive.group(1)):
        return False  # "with Kristen Obuya, the MICU Nurse Manager, and she ...": a person and her job
    if _PAIR_OF_NAMES.fullmatch(name.strip()) and _COLLEAGUE.match(after):
        return False  # "the conversations with Pierre and Inès from the Comms team": two colleagues
    return not (_VENUE_AFTER.match(after) or _VENUE_BEFORE.search(sentence, 0, m.start("company")))


#: The last word of a building's or a street's name, never a person's ("Medibank Place", "Quay House").
_PLACE = re.compile(
    r"\s(?:Place|Street|Road|Avenue|Lane|Drive|Court|Square|Plaza|Tower|Towers|House|Centre|Center|Building|"
    r"Park|Campus|Quay|Wharf|Way|Terrace|Parade|Hall|Gardens|Hospital)$"
)


def first_name_of_someone(name: str, sentences: list[str]) -> bool:
    """True when one word, ``name``, opens a person's full name set off by commas elsewhere in
    ``sentences``: "on Teams with Tom" after "the hiring manager, Tom Albrecht, would like"; never
    "Your Uber Application" or a sign-off's "Oracle Careers"."""
    if " " in name:
        return False
    person = re.compile(rf"[,(:;]\s*(?P<person>{re.escape(name)}\s+[A-ZÀ-Þ][\w'’-]+)(?=\s*(?:[,);:]|$))")
    return any(
        looks_like_person(m.group("person"))
        and clean_employer(m.group("person")) == m.group("person")
        and not _PLACE.search(m.group("person"))  # "Medibank Place, 700 Bourke Street" is a building
        for sentence in sentences
        for m in person.finditer(sentence)
    )
