"""Whether a display name is a person's ("Jordan Ellis", "Annelie de Villiers", "Dr. Alan Pruitt") rather
than a company's: at a platform's domain a person's name is a recruiter writing through the tool, and
an employer is never named for a person (issue 25).

>>> looks_like_person("Jordan Ellis"), looks_like_person("Harbor City Council"), looks_like_person("Ayşe Demirtaş")
(True, False, True)
>>> looks_like_person("Fiachra O'Driscoll")
True
"""

from __future__ import annotations

import re
import unicodedata

from followup_kit.io.mail.places import is_city, is_place
from followup_kit.io.mail.platforms import clean_employer, has_company_word, is_employer_name
from followup_kit.io.matching import company_key, fold_text
from followup_kit.vocabulary import LEGAL_SUFFIXES

# accented names too: "Étienne Labrecque", "Annie-Claude Fortier"
#: A word of a person's name, with the prefixes that capitalise inside it ("McAllister", "DeShawn").
_PERSON_WORD = re.compile(
    r"^(?:Mc|Mac|Fitz|De|Di|Da|La|Le|O['’])?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'][A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)?$|^[A-Z]\.?$"
)

#: Particles inside a person's name: "Annelie de Villiers", "Jan van der Berg", "Nur binti Ahmad".
_PARTICLES = frozenset(
    (
        "de",
        "van",
        "von",
        "der",
        "den",
        "da",
        "di",
        "du",
        "le",
        "la",
        "ten",
        "ter",
        "bin",
        "binti",
        "al",
        "el",
        "dos",
        "das",
        "del",
    )
)


#: Titles before a person's name: "Dr. Alan Pruitt", "Prof Mira Shah".
_HONORIFICS = ("dr", "prof", "mr", "mrs", "ms", "mx", "sir", "dame", "rev", "dipl", "ing", "mag", "mgr", "ir", "drs")
#: A title before a name, alone or joined ("Dr.", "Prof.", "Dr.-Ing.", "Dipl.-Kfm.").
_TITLE = re.compile(rf"(?i)^(?:{'|'.join(_HONORIFICS)})\.?(?:-[a-zäöü]+\.?)*$")


def looks_like_person(name: str) -> bool:
    """A display name shaped like "First Last" (two or three capitalised words, no company
    word; a particle may stand between, as in "Annelie de Villiers"): at a platform domain it is a
    recruiter writing through the tool, not the employer."""
    words = (name or "").split()
    # "Dr. Alan Pruitt", "Prof. Dr.-Ing. Hendrik Lüthgens", "Dipl.-Ing. Eva Roth"
    while len(words) >= 3 and _TITLE.match(words[0]):
        words = words[1:]
    if len(words) >= 3 and words[0] not in _PARTICLES and words[-1] not in _PARTICLES:
        words = [w for w in words if w not in _PARTICLES] if len(words) <= 5 else words
    if not 2 <= len(words) <= 3 or has_company_word(name):
        return False
    # a brand and its country or city is no person: "Five Guys Ireland", "Deloitte Dublin"
    # letters beyond Latin-1 by their base letter: "Ayşe Demirtaş", "Łukasz Wróbel"
    return all(_PERSON_WORD.match(_base_letters(w)) for w in words) and not is_place(words[-1])


def _base_letters(word: str) -> str:
    """``word`` with each accented letter outside Latin-1 written as its base letter ("Demirtaş": "Demirtas")."""
    if word.isascii():
        return word
    word = word.translate(_UNDECOMPOSED)
    return "".join(c if ord(c) < 0x100 else (unicodedata.normalize("NFKD", c)[:1] or c) for c in word)


#: Letters that have no decomposition to a base letter: "Kılınç", "Łukasz", "Đorđe".
_UNDECOMPOSED = str.maketrans("ıŁłĐđĦħ", "iLlDdHh")


#: A sender's name that is a person's and their firm's: "Tom Brouwer - Brunel", "Daan Visser | Yacht".
_PERSON_AND_FIRM = re.compile(r"^\s*(?P<person>[^|–-]{3,60}?)\s+[|–-]\s+(?P<firm>[^|–-]{2,60}?)\s*$")


#: A department's name, no firm's: "Direction des Ressources Humaines", "Department of Finance".
_DEPARTMENT = re.compile(
    r"(?i)^(?:direction|service|d[ée]partement|department|division|office|bureau|direcci[oó]n|departamento|"
    r"abteilung|afdeling|dienst|ufficio|avdelning)\b"
)


def firm_signed_for(display: str, domain: str) -> str | None:
    """The firm a person's sender name adds after a dash or a bar, when the mail ``domain`` (run together)
    spells it, or None.

    >>> firm_signed_for("Tom Brouwer - Brunel", "brunel"), firm_signed_for("Harbor Labs - Careers", "harborlabs")
    ('Brunel', None)
    >>> firm_signed_for("Santé Harbor – CISSS de l'Estuaire", "santeharbor") is None
    True
    >>> firm_signed_for("Métropole de Lyon – Direction des Ressources Humaines", "grandlyon") is None
    True
    """
    found = _PERSON_AND_FIRM.match(display or "")
    if found is None or not looks_like_person(person := found.group("person")) or is_city(person.split()[-1]):
        return None  # "Métropole de Lyon – Direction des Ressources Humaines" is a body and its department
    # the firm's name whole, no team or department's words dropped from it ("Direction des Ressources Humaines")
    firm = clean_employer(found.group("firm"))
    whole = company_key(firm) == company_key(found.group("firm")) and not _DEPARTMENT.match(firm)
    spelled = bool(domain) and company_key(firm).replace(" ", "") in domain
    return firm if spelled and whole and is_employer_name(firm) and not has_company_word(person) else None


#: Characters of a text searched for a firm's words.
_FIRM_CHARS = 2_000


def reads_as_firm(display: str, name: str, text: str) -> bool:
    """True when the sender's name reads as a firm's, however much it looks like a person's: a legal form after
    it or after ``name`` in ``text`` ("Richard Wolf GmbH", "Vantor Aero AG"), a word of it named as the place of
    work ("Calidad Pascual": "En Pascual valoramos ..."), or it signs on the line under its team's."""
    if display and fold_text(re.sub(r"[^\w]+$", "", display.split()[-1])) in LEGAL_SUFFIXES:
        return True
    after = (m.group(1) for m in re.finditer(rf"\b{re.escape(name)}[ ,]+([\w.&]+)", (text or "")[-_FIRM_CHARS:]))
    if any(fold_text(word.rstrip(".")) in LEGAL_SUFFIXES for word in after):
        return True
    head = (text or "")[:_FIRM_CHARS]
    words = [w for w in name.split() if len(w) >= 4 and w[:1].isupper()]
    # (Polish "pracą w Credit Agricole", Portuguese "na Cora")
    if any(re.search(rf"\b(?:[Aa]t|[Ee]n|bei|chez|bij|presso|w|we|na|em)\s+{re.escape(w)}\b", head) for w in words):
        return True
    # "Equipo de Selección" over "Calidad Pascual"
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()][-8:]
    return any(
        company_key(line) == company_key(name) and _TEAM_LINE.search(lines[i - 1])
        for i, line in enumerate(lines)
        if i > 0
    )


#: A sign-off's line that names a team: "Equipo de Selección", "The Recruiting Team", "Team Recruitment".
_TEAM_LINE = re.compile(
    r"(?i)\b(?:team|equipo|équipe|equipe|squadra|recruit\w*|selecci[oó]n|sélection|talent\w*|rrhh|people|"
    r"recursos humanos|ressources humaines|risorse umane|personal\w*|werving)\b"
)
