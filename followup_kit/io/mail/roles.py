"""What a mail's first sentences name besides the employer: the role, and the requisition number.

:func:`first_sentences` cuts the subject and the body's first sentences (a title's abbreviation
such as "Sr." ends none); :func:`role_in` reads the role the way acknowledgements write it ("your
application for the ROLE position", "als Business Analist"); :func:`requisition_in` reads a
requisition or vacancy number, by which several mails about one application join.  The words are
in ``[mail.applications]`` of the word tables, in every language the kit reads.
"""

from __future__ import annotations

import re

from followup_kit import vocabulary
from followup_kit.io.matching import company_key

#: Sentences of the body read for a company and a role: acknowledgements name both in the
#: first sentence or two (a signature further down names partners and addresses); a letter
#: may open with a date and the candidate's postal address (two or three "sentences").
NAMING_SENTENCES = 6
#: Longest role kept, in words ("Senior Software Engineer, Data Platform" is 6).
ROLE_WORDS = 8


def table_words(key: str) -> list[str]:
    """The words of ``[mail.applications]`` under ``key``, every language's, once each."""
    return list(vocabulary.section_words("mail", "applications").get(key, ()))


def either(key: str) -> str:
    """:func:`table_words` as one alternation, longest first (a regular expression's body)."""
    return "|".join(f"(?:{w})" for w in sorted(table_words(key), key=len, reverse=True))


#: Capital letters and digits that open a name or a role.
UPPER = "A-ZÀ-ÖØ-Þ0-9"
# a title's abbreviation ("Sr.", "Jr.", Polish "ds." in "Specjalista ds. Płac") is part of the role,
# any other "." ends it
_ROLE_TEXT = rf"[{UPPER}](?:(?<=\b[A-Z][a-z])\.|(?<=\bds)\.|[^\n.!?;:,()]){{0,80}}"
ROLE_BEFORE = re.compile(rf"(?i:{either('role_before')})\s*(?P<role>{_ROLE_TEXT})")
ROLE_AFTER = re.compile(rf"\b(?:{either('role_after')})\b", re.IGNORECASE)
# "the ROLE position"
ROLE_NOUN = re.compile(
    rf"\b(?:the|our)\s+(?P<role>[{UPPER}](?:(?<=\b[A-Z][a-z])\.|[^\n.!?;:,()]){{1,60}}?)\s+(?:{either('role_after')})\b"
)
#: Where a role (or a name read like one) stops: a preposition, a verb, "and" before a lower-case word.
STOP = re.compile(
    r"\s+(?:-|–|—|\||at|with|in|chez|bei|bij|en|has|have|was|is|are|will|au|à|a|heeft|w)\s.*$|\s+-\S.*$"
    # Portuguese: "Analista de Dados no C6 Bank", "... foi realizada", "... do nosso time de Analytics"
    r"|\s+(?:foi|está|esta|no|na|em|do nosso|da nossa)\s.*$"
    # Italian: "Procurement Analyst presso la sede di Torino"; a quoted role's closing quote
    r"|\s+(?:presso|è)\s.*$|[\"”»]\s.*$"
    # Swedish: "Backendutvecklare hos oss", "... vid Avdelningen för IT", "... inom Group IT"
    r"|\s+(?:hos|vid|inom|på)\s.*$"
    # "and" ends a role unless a capitalised word of the title follows ("Management and Budget
    # Specialist", "Analista de Riesgos y Cumplimiento"; not "Analyst and I", "Analyst and we")
    r"|\s+(?:and|und|et|y)\s+(?-i:(?!(?!(?:I|We|Our|The|You|Your|Sie|Ihre?|Wir|Du|Nous|Vous)\b)[A-ZÀ-Þ])).*$"
    # Dutch puts the verb last: "je sollicitatie als Business Analist (in goede orde) ontvangen"
    r"|\s+(?:in goede orde\s+)?(?:ontvangen|binnengekomen|verstuurd|verzonden|gelezen|bekeken|ingediend)\b.*$",
    re.IGNORECASE,
)
# a sentence ends at ".", "!" or "?", but not after a title's abbreviation ("Sr. DFIR Engineer", "Co.")
_SENTENCE = re.compile(r"(?<!\b[A-Z][a-z]\.)(?<!\bds\.)(?<=[.!?])\s+|\n+")
#: A requisition number ("REQ-123", "Req ID: 4521", "Job ID 88-12", "(R12345)"): several mails
#: about one application join it by this number (issue 25).
REQUISITION = re.compile(
    r"\b(?:req(?:uisition)?(?:\s*(?:id|#|no\.?|number))?|job\s*(?:id|#|no\.?|number|ref(?:erence)?|code)|"
    # a public body's or a charity's: "Vacancy reference: 401288", "Ref: 282-CSS-6014-B", "vacancy 401288"
    r"vacancy(?:\s*(?:ref(?:erence)?|id|#|no\.?|number))?|ref(?:erence)?(?:\s*(?:no\.?|number))?|"
    # a public service's selection process: "Selection process number: 25-PWGSC-EA-ON-640271", "Competition No. 24-117"
    r"selection\s+process(?:\s*(?:number|no\.?|#))?|competition\s*(?:number|no\.?|#)|"
    # German and Dutch references: "Kennzahl BMF-2025-0142", "Kennziffer 2025-0312", "Vacaturenummer: BD-2025-0214"
    r"kennzahl|kennziffer|referenznummer|ausschreibungsnummer|stellen-?id|vacaturenummer|referentienummer|"
    r"processus(?:\s+de\s+s[ée]lection)?(?:\s*(?:num[ée]ro|no\.?|n°))?)\s*[:#-]?\s*"
    r"(?P<req>[A-Z]{0,4}-?\d[\w-]{1,24})|\((?P<wd>R-?\d{4,8})\)|\b(?P<plain>REQ-?\d{2,10})\b"
    # a job's code in brackets, letters then digits: "Interview for Analyst [CPFB-2025-00591]"
    r"|\[(?P<code>[A-Z]{1,6}-\d[\dA-Z-]{3,20})\]",
    re.IGNORECASE,
)
#: Where a role's words give way to the job's own: "... Agency for the position of Data Analyst".
_ROLE_OF = re.compile(
    rf"\s+(?i:for|as)\s+(?i:the\s+|a\s+|an\s+)?(?i:position|role|post|vacancy|job)(?:\s+(?i:of|as))?\s+(?P<tail>[{UPPER}].*)$"
)
TRAILING = re.compile(r"[\s.,;:!'’\"”»-]+$")


def first_sentences(subject: str, text: str) -> list[str]:
    body = [s.strip() for s in _SENTENCE.split(text or "") if s.strip()]
    return [subject or "", *body[:NAMING_SENTENCES]]


def role_in(sentences: list[str]) -> str | None:
    for sentence in sentences:
        for pattern in (ROLE_BEFORE, ROLE_NOUN):
            for m in pattern.finditer(sentence):
                # "your application to the Harbor Agency for the position of Data Analyst": the role is the tail
                of = _ROLE_OF.search(m.group("role"))
                role = STOP.sub("", of.group("tail") if of else m.group("role"))
                role = ROLE_AFTER.sub(" ", role) if pattern is ROLE_BEFORE else role
                role = TRAILING.sub("", " ".join(role.split()))
                if _defines_acronym(role, sentence[m.end("role") :]):
                    continue  # "interest in the Financial Services Regulatory Authority of Ontario (FSRA)": its name
                if role and len(role.split()) <= ROLE_WORDS and company_key(role):
                    return role
    return None


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9})\)")


def _defines_acronym(words: str, after: str) -> bool:
    """True when ``after`` starts with ``words``' own acronym in brackets: an organisation's name, no job's.

    >>> _defines_acronym("Financial Services Regulatory Authority of Ontario", " (FSRA). We have"), _defines_acronym(
    ...     "Business Analyst", " (BA2) in Toronto")
    (True, False)
    """
    m = _ACRONYM_AFTER.match(after)
    if m is None:
        return False
    initials = "".join(w[0] for w in words.split() if w[:1].isupper()).casefold()
    letters = [c for c in m.group(1).casefold() if c.isalpha()]
    found = 0
    for c in initials:  # the acronym's letters, in order, among the name's initials
        if found < len(letters) and c == letters[found]:
            found += 1
    return len(letters) >= 2 and found == len(letters)


#: A line that leads in to the job on the next line: "for the position:", "all'annuncio", "per l'offerta",
#: "pour le poste :", "für die Stelle:", "voor de functie:", "för tjänsten:".
_LEAD_IN = re.compile(
    r"(?i:\b(?:position|role|job|vacancy|posizione|ruolo|offerta|annuncio|poste|offre|puesto|oferta|vacante|vaga|"
    r"stelle|funktion|functie|vacature|tjänsten?|tjansten?|stillingen|stanowisko)\b)[ \t]*:?[ \t]*$"
)
#: A job's reference after its title on the line: "(Rif. ATM/TEC/2501)", "– Rif. A2A-AMB-0325", "(Ref. 7781)".
_LINE_REFERENCE = re.compile(
    r"(?i)\s*(?:[-–—]\s*)?\(?\b(?:rif|ref|réf|referencia|riferimento|job id|req|kennzahl|kennziffer|referenznummer)\b\.?[^\n]*$"
)
#: Most words of a role on its own line (a longer line is a sentence).
LINE_ROLE_WORDS = 14


def role_on_its_line(text: str) -> str | None:
    """The role a mail puts on its own line after a lead-in ("for the position:" / "PROCESS ENGINEER –
    POWERTRAIN ASSEMBLY (Ref. 7781)"), its reference dropped and its capitals made a title's, or None.

    >>> role_on_its_line("Thank you for applying for the position:\\n\\nPROCESS ENGINEER (Ref. 7781)\\nMaranello")
    'Process Engineer'
    >>> role_on_its_line("grazie per esserti candidato all'offerta\\n\\ningegnere di processo – automotive\\nBergamo")
    'ingegnere di processo – automotive'
    """
    lines = (text or "").splitlines()[: NAMING_SENTENCES * 3]
    for i, line in enumerate(lines[:-1]):
        if not _LEAD_IN.search(line):
            continue
        nxt = next((ln.strip() for ln in lines[i + 1 : i + 3] if ln.strip()), "")
        role = TRAILING.sub("", _LINE_REFERENCE.sub("", nxt))
        if role and len(role.split()) <= LINE_ROLE_WORDS and not role.endswith((".", "!", "?")) and company_key(role):
            return role.title() if role.isupper() else role
    return None


#: A card's field line that names the job: "Role: QA Engineer (0-1 yrs)", "Job title: Analyst", "Ruolo: Buyer".
_ROLE_FIELD = re.compile(
    r"^[ \t]*(?i:role|job title|position|vacancy|job|ruolo|posizione|poste|intitulé du poste|puesto|cargo|stelle|"
    r"stellenbezeichnung|functie|vacature|tjänst|tjanst|befattning|stanowisko)[ \t]*:[ \t]*(?P<role>[^\n:]{2,100}?)[ \t]*$",
    re.MULTILINE,
)


def role_in_field(text: str) -> str | None:
    """The role a card's field line names ("Role: QA Engineer (0-1 yrs)"), or None.

    >>> role_in_field("Company: Harbor Pay\\nRole: QA Engineer (0-1 yrs)\\nLocation: Bengaluru")
    'QA Engineer (0-1 yrs)'
    """
    m = _ROLE_FIELD.search((text or "")[: NAMING_SENTENCES * 400])
    role = TRAILING.sub("", m.group("role")) if m is not None else ""
    return role if role and len(role.split()) <= LINE_ROLE_WORDS and company_key(role) else None


def requisition_in(subject: str, text: str) -> str | None:
    """The requisition number of the subject or the first sentences, upper-case, or None.

    >>> requisition_in("Update from Acme on REQ-123", ""), requisition_in("Hello", "Job ID: 88-12 Analyst")
    ('123', '88-12')
    >>> requisition_in("Update on your application - 401288", ""), requisition_in("Hi", "Vacancy reference: 401288")
    ('401288', '401288')
    >>> requisition_in("Interview for Analyst [CPFB-2025-00591]", "")
    'CPFB-2025-00591'
    >>> requisition_in("Exam invitation – 25-PWGSC-EA-ON-640271", ""), requisition_in("Hi", "Selection process number: 24-CRA-77")
    ('25-PWGSC-EA-ON-640271', '24-CRA-77')
    >>> requisition_in("Einladung", "Ihre Bewerbung für die Funktion Referent*in (Kennzahl BMF-2025-0142) ...")
    'BMF-2025-0142'

    """
    for part in first_sentences(subject, text):
        m = REQUISITION.search(part)
        if m is not None:
            return (m.group("req") or m.group("wd") or m.group("plain") or m.group("code")).upper()
    m = _SUBJECT_CODE.search(subject or "")  # "Written exam invitation – 25-PWGSC-EA-ON-640271"
    if m is not None:
        return m.group(0)
    m = _SUBJECT_NUMBER.search(subject or "")  # "Update on your application - 401288", "Interview - CNE (537920)"
    return (m.group(1) or m.group(2)) if m is not None else None


#: A process's code standing alone in a subject: three parts or more in capitals and digits, ten characters
#: or more, letters and digits both ("25-CRA-ON-EA-TSO-98312"; not "COVID-19").
_SUBJECT_CODE = re.compile(r"(?<![\w-])(?=[\w-]*[A-Z])(?=[\w-]*\d)(?=[\w-]{10})[A-Z0-9]+(?:-[A-Z0-9]+){2,}(?![\w-])")
#: A vacancy's number standing alone in a subject after a dash or a colon (five digits or more: no year).
_SUBJECT_NUMBER = re.compile(r"(?:^|[-–:#|]\s*)(\d{5,10})(?=\s*(?:[-–:|]|$))|\((\d{5,10})\)\s*$")
