"""Senders that are not the employer: applicant-tracking platforms, job boards, form and
assessment services, and where their mail names the employer (issue 25).

A third of the mail about applications comes through Workday, Greenhouse, Lever, iCIMS and
their kind, whose sender names the platform ("myworkday.com", "Talent", "Recruiting Team").
``followup_kit/words/platforms.toml`` lists each platform's sender domains, where its mail
names the employer (the address's local part as in ``micron@myworkday.com``, a subdomain as in
``acme.wd5.myworkdayjobs.com``, a link as in ``jobs.lever.co/acme``, the subject "Thank you for
applying to Lucid Software", the sign-off "The Acme Recruiting Team", the display name) and
what its own templates mean.  :func:`~followup_kit.io.mail.employer.find_employer` reads them in
the platform's order and keeps the first name that :func:`is_employer_name` allows: never a
platform, a form service, an office
("Placement Office"), a team word ("Talent", "Careers", "Site"), a domain ("myworkday.com"), a
fragment ("at BCG" is BCG), a list of brands, or a person (a recruiter's "First Last" display
name at a platform).  Legal forms are dropped with cleanco.  When none is found the caller
sends the mail to review instead of naming an application.

Examples
--------
>>> platform_of("micron@myworkday.com").name, platform_of("no-reply@us.greenhouse-mail.io").kind
('Workday', 'ats')
>>> platform_of("ada@contoso.example") is None, platform_of("acme-5f3e9c0d2b7a4e61a9c8@candidates.example").name
(True, 'a relay service')
>>> employer_in_subject("Thank you for applying to Lucid Software, Inc."), looks_like_person("Jordan Ellis")
('Lucid Software', True)
>>> is_employer_name("Placement Office"), is_employer_name("myworkday.com"), is_employer_name("Harbor Labs")
(False, False, True)
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from followup_kit.io.matching import domain_suffixes

#: Lines at the end of the text searched for a sign-off ("The Acme Recruiting Team"): a
#: signature is a few lines; a legal footer below it names no employer in that shape.
SIGNATURE_LINES = 12
#: Longest employer name kept, in words ("Banco de la Ruta Federal" is 5).
EMPLOYER_WORDS = 6


@dataclass(frozen=True)
class Platform:
    """One platform of ``words/platforms.toml``."""

    name: str
    kind: str
    domains: tuple[str, ...]
    employer: tuple[str, ...]
    links: tuple[re.Pattern, ...]
    means: str
    addresses: tuple[str, ...] = ()
    templates: tuple[Template, ...] = ()
    #: Regular expressions on the text whose group ``name`` is the employer, as written
    #: ("job reference 392114 - Officer, HM Courts & Tribunals Service").
    names: tuple[re.Pattern, ...] = ()


@dataclass(frozen=True)
class Template:
    """One of a platform's own templates (``[[platform.template]]``), read by
    :func:`~followup_kit.io.mail.templates.read_template`."""

    kind: str
    what: str
    marks: tuple[str, ...]
    subjects: tuple[re.Pattern, ...]
    subject_decides: bool
    text: tuple[re.Pattern, ...]


def _template(t: dict) -> Template:
    return Template(
        t["kind"],
        t["what"],
        tuple(m.casefold() for m in t.get("marks", ())),
        tuple(re.compile(x) for x in t.get("subjects", ())),
        bool(t.get("subject_decides", False)),
        tuple(re.compile(x, re.MULTILINE) for x in t.get("text", ())),
    )


@lru_cache(maxsize=1)
def platform_table() -> dict:
    """``words/platforms.toml`` as read, once (platforms, names that are no employer, templates)."""
    return tomllib.loads(resources.files("followup_kit").joinpath("words", "platforms.toml").read_text("utf-8"))


@lru_cache(maxsize=1)
def platforms() -> tuple[Platform, ...]:
    """Every platform of ``words/platforms.toml``, in the file's order."""
    return tuple(
        Platform(
            p["name"],
            p["kind"],
            tuple(p["domains"]),
            tuple(p["employer"]),
            tuple(re.compile(x, re.IGNORECASE) for x in p.get("links", ())),
            p["means"],
            tuple(a.lower() for a in p.get("addresses", ())),
            tuple(_template(t) for t in p.get("template", ())),
            tuple(re.compile(x, re.MULTILINE) for x in p.get("names", ())),
        )
        for p in platform_table()["platform"]
    )


def _either(words) -> str:
    return "|".join(f"(?:{w})" for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    table = platform_table()["not_employer"]
    names = [re.escape(p.name.casefold()) for p in platforms()] + ["oracle", "ultipro", "sap", "google", "microsoft"]
    return {
        "not": re.compile(
            rf"(?:{_either([*table['team'], table['job_number'], *table['office'], *table['not_employer']])})",
            re.IGNORECASE,
        ),
        "job_number": re.compile(table["job_number"], re.IGNORECASE),
        "office": re.compile(rf"\b(?:{_either(table['office'])})\b", re.IGNORECASE),
        # a name's trailing team words or job number are dropped: "Acme Talent Team", "Acme Req 4521"
        "team": re.compile(rf"\b(?:{_either([*table['team'], table['job_number']])})\b", re.IGNORECASE),
        "platform": re.compile(rf"\b(?:{_either(names)})\b", re.IGNORECASE),
        "company": re.compile(rf"\b(?:{_either(table['company_words'])})\b", re.IGNORECASE),
        # a job title names one person's job: "Software Engineer I"; the plural is a firm's name
        # ("Coffman Engineers", "Harbor Consultants")
        "role": re.compile(
            rf"\b(?:{_either(table['role_words'])})\b|\b(?:{_either(table['role_words_plural'])})s\b", re.IGNORECASE
        ),
    }


#: A local part carrying a long hexadecimal token ("acme-5f3e9c0d2b7a4e61a9c8@candidates.example"):
#: a relay's address for one conversation, made by a platform the table does not know.
_RELAY_LOCAL = re.compile(r"(?:^|[._+-])(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{16,}(?:$|[._+-])")

#: The stand-in for a platform the table does not know, found by its relay addresses: the
#: employer is read from the subject, the signature and the sender's name, never its domain.
UNKNOWN_RELAY = Platform("a relay service", "ats", (), ("subject", "signature", "display", "text"), (), "relay")


@lru_cache(maxsize=1)
def _platform_index() -> tuple[dict[str, Platform], dict[str, int]]:
    """Whole addresses to their platform, and domains to the position of the first platform listing them."""
    by_address: dict[str, Platform] = {}
    by_domain: dict[str, int] = {}
    for i, p in enumerate(platforms()):
        for a in p.addresses:
            by_address.setdefault(a, p)
        for d in p.domains:
            by_domain.setdefault(d, i)
    return by_address, by_domain


@lru_cache(maxsize=1)
def alert_domains() -> tuple[str, ...]:
    """The domains job alerts and digests come from (each platform's ``alerts`` in the table):
    they name many companies and seldom relay one company's answer (design notes: "LinkedIn
    never relays rejections; its job alerts name many companies").

    Examples
    --------
    >>> "linkedin.com" in alert_domains(), "indeedemail.com" in alert_domains()
    (True, False)
    """
    return tuple(d for p in platform_table()["platform"] for d in p.get("alerts", ()))


def platform_of(address: str) -> Platform | None:
    """The platform whose domain (or a subdomain of it) sent ``address``, :data:`UNKNOWN_RELAY`
    for a relay address of an unknown platform, or None."""
    domain = address.rsplit("@", 1)[-1].strip().lower().rstrip(">") if "@" in address else address.lower()
    whole = address.strip().lower()
    by_address, by_domain = _platform_index()
    if whole in by_address:
        return by_address[whole]
    found = [by_domain[suffix] for suffix in domain_suffixes(domain) if suffix in by_domain]
    if found:
        return platforms()[min(found)]  # the first in the file's order, as the table is read
    if "@" in whole and _RELAY_LOCAL.search(whole.split("@", 1)[0]):
        return UNKNOWN_RELAY
    return None


_NAME_CHARS = re.compile(r"^[\w&.'’! -]+$")
# accented names too: "Étienne Labrecque", "Annie-Claude Fortier"
#: A word of a person's name, with the prefixes that capitalise inside it ("McAllister", "DeShawn").
_PERSON_WORD = re.compile(
    r"^(?:Mc|Mac|Fitz|De|Di|Da|La|Le)?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'][A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)?$|^[A-Z]\.?$"
)
_FRAGMENT = re.compile(r"^(?:at|to|with|from|for|by|via|in|on|chez|bei|bij|en)\s+", re.IGNORECASE)
_VIA = re.compile(r"\s+(?:via|through|by|on behalf of)\s+.*$", re.IGNORECASE)
#: A person (or a hiring assistant's persona) before the company: "Ava from Chipotle", "Sam at Acme".
_PERSONA = re.compile(r"^[A-Z][a-z]+ (?:from|at|@) (?=[A-Z0-9])")
_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|io|co|net|org|de|fr|es|uk|ai|jobs|app)\b", re.IGNORECASE)


#: Words that open a sign-off before the employer's name: "The", "Your", "Ihr", "Votre", "Su".
_POSSESSIVES = frozenset(
    (
        "the",
        "your",
        "our",
        "my",
        "ihr",
        "ihre",
        "euer",
        "dein",
        "deine",
        "votre",
        "notre",
        "ton",
        "su",
        "tu",
    )
)


#: Words that end an institution's name ("Northfield University") and, before a team word, name a
#: company's team ("Amazon University Recruiting", "Acme College Relations").
_INSTITUTIONS = frozenset(("university", "college"))


def clean_employer(name: str) -> str:
    """A candidate name without its legal form, quotes, a leading "at"/"to", trailing team
    words ("Acme Recruiting" is Acme) and trailing punctuation."""
    from cleanco import basename

    text = " ".join(str(name or "").replace("\u200f", " ").replace("\u200e", " ").split()).strip(" \"'“”‘’<>()[]|:,.!-")
    text = _VIA.sub("", _FRAGMENT.sub("", _PERSONA.sub("", text)))
    words = text.split()
    team = _patterns()["team"]
    stripped = False
    while True:  # the longest team phrase at the end first: "Early Talent", "Do Not Reply", then "Team"
        n = next((n for n in (3, 2) if len(words) > n and team.fullmatch(" ".join(words[-n:]))), 0)
        if n:
            words, stripped = words[:-n], True
            continue
        if len(words) > 1 and team.fullmatch(words[-1]):
            if words[-1].casefold() in _INSTITUTIONS and not stripped:
                break  # "Northfield University" is a university; "Amazon University Recruiting" is Amazon's team
            words.pop()
            stripped = True
            continue
        break
    while len(words) > 1 and words[0].casefold() in _POSSESSIVES:  # "Ihr AIT Team" signs AIT
        words.pop(0)
    if len(words) > 1 and words[-1].casefold() == "campus":  # "Chewy Campus" is Chewy's campus recruiting
        words.pop()
    text = " ".join(words)
    base = basename(text) if text else ""
    return (base or text).strip(" ,.-")


def is_employer_name(name: str, *, platforms_too: bool = False) -> bool:
    """True when ``name`` (already cleaned) can name an employer: not a platform, form service,
    office, team word, job title ("Software Engineer I"), domain, list of brands or a lone number.
    ``platforms_too``: a platform's own name counts (mail not sent through a platform)."""
    text = (name or "").strip()
    if len(text) < 2 or len(text.split()) > EMPLOYER_WORDS or not any(ch.isalpha() for ch in text):
        return False
    if "_" in text or "/" in text or "@" in text or not _NAME_CHARS.match(text):
        return False
    if _DOMAIN.search(text) and (text == text.lower() or platform_of(text) is not None):  # "Nuts.com" is a name
        return False
    pats = _patterns()
    if pats["not"].fullmatch(text) or pats["office"].search(text) or pats["role"].search(text):
        return False
    # Workday and Qualtrics hire too: their name is the employer's when they write from their own domain
    return platforms_too or not pats["platform"].fullmatch(_PRODUCT.sub("", text))


def is_office(name: str) -> bool:
    """True for an office that forwards many employers' news ("Placement Office", "Career
    Services"): its domain is a university's, never the employer's."""
    return _patterns()["office"].search(name or "") is not None


def is_job_number(text: str) -> bool:
    """True for a job's number standing alone ("Job Number 00049231", "Req 4521"): it names
    neither an employer nor a role.

    Examples
    --------
    >>> is_job_number("Job Number 00049231"), is_job_number("Req #4521"), is_job_number("Analyst II")
    (True, True, False)
    """
    return _patterns()["job_number"].fullmatch(text.strip()) is not None


def has_company_word(name: str) -> bool:
    """True when ``name`` holds a word that makes it a company ("Harbor Labs", "Lucid Software").

    >>> has_company_word("Harbor Labs"), has_company_word("Jordan Lee")
    (True, False)
    """
    return _patterns()["company"].search(name or "") is not None


def looks_like_person(name: str) -> bool:
    """A display name shaped like "First Last" (two or three capitalised words, no company
    word): at a platform domain it is a recruiter writing through the tool, not the employer."""
    words = (name or "").split()
    if not 2 <= len(words) <= 3 or has_company_word(name):
        return False
    return all(_PERSON_WORD.match(w) for w in words)


_UPPER = "A-ZÀ-ÖØ-Þ0-9"
_LEGAL = r"(?:,\s*(?:Inc|LLC|Ltd|Corp|Co|GmbH|S\.?A|L\.?P)\.?)?"
_NAME = (
    rf"[{_UPPER}][\w'’.&!-]*(?:\s+(?:&|and|de|du|la|y|und|of|the)?\s*[{_UPPER}][\w'’.&!-]*){{0,{EMPLOYER_WORDS - 1}}}"
    + _LEGAL
)
#: Subjects that name the employer: "Thank you for applying to Lucid Software", "Your
#: application to Harbor Labs", "Update from Acme on REQ-123", "Acme: application received".
SUBJECT_SHAPES = tuple(
    re.compile(p)
    for p in (
        rf"(?i:thank(?:s| you) for (?:your )?(?:applying|application|interest)(?: to| at| with| in)?(?: the)?)\s+"
        rf"(?:.*\s(?i:at|with)\s+)?(?P<name>{_NAME})\s*[!.]?$",
        rf"(?i:your application (?:to|at|with))\s+(?:.*\s(?i:at|with)\s+)?(?P<name>{_NAME})\s*[!.]?$",
        rf"(?i:thank(?:s| you) for (?:your )?(?:applying|application|interest))\s*[-–|:]\s*(?P<name>{_NAME})\s*[!.]?$",
        rf"(?i:update from)\s+(?P<name>{_NAME}?)\s+(?i:on|about|regarding)\b",
        rf"(?i:application (?:to|at|with))\s+(?P<name>{_NAME})\s*[!.]?$",
        # "Your application to Tessellate has been received"
        rf"(?i:your application (?:to|at|with))\s+(?P<name>{_NAME}?)\s+(?i:has been|was|is)\s+(?i:received|submitted|sent)",
        rf"^(?P<name>{_NAME}?)\s*(?::|-|–|\|)\s*(?i:application|your application|thank(?:s| you)|confirmaci[oó]n|hemos "
        r"recibido|tu candidatura|tu postulaci[oó]n|tu solicitud|actualizaci[oó]n|gracias|votre candidature|merci|"
        r"ihre bewerbung|vielen dank|je sollicitatie|bedankt)",
        rf"\s(?i:at)\s+(?P<name>{_NAME})\s*[!.]?$",
        # "Thank you from Tatari", "Message from the Federal Reserve Bank of Boston: Submission Received"
        rf"(?i:(?:thank(?:s| you)|message|an update|update|news|a note|nachricht|neue nachricht)\s+(?:from|von))\s+(?:(?i:the)\s+)?(?P<name>{_NAME}?)"
        r"(?:,?\s+(?:SE|AG|GmbH|Inc\.?|LLC|Ltd\.?))?\s*(?:[!.:]|\s[-–|]\s|\s(?i:zu|about|regarding|on)\s|$)",
        # a company with its legal form opening the subject: "Harbor Group AG - Harbor Finance LLC - Data Intern"
        rf"^(?P<name>{_NAME}?),?\s+(?:AG|GmbH|LLC|Inc\.?|Ltd\.?|SE|plc|PLC|S\.?A\.?|Corp\.?|N\.?V\.?)\s+[-–|]\s",
        # a background check ordered by the employer: "Kestrel Analytics has requested a background check",
        # "Notice of Adverse Action - FedEx Ground", "Background check for Harbor Labs"
        rf"^(?P<name>{_NAME}?)\s+(?i:has|have)\s+(?i:requested|ordered|initiated|started)\s+(?i:a|an|your)\s+"
        r"(?i:background|employment|pre-employment|screening|drug)",
        rf"(?i:(?:notice of )?(?:pre-)?adverse action(?: notice)?|background (?:check|screening)(?: (?:update|request|invitation|"
        rf"complete|completed|notice))?)\s*(?:[-–|:]|\s(?i:from|(?:requested |ordered )?by))\s*(?P<name>{_NAME}?){_LEGAL}\s*[!.]?$",
        # "Employment Update - SSA Marine, Inc"
        rf"(?i:employment update|application update|application status|status update)\s*[-–|:]\s*(?P<name>{_NAME}?){_LEGAL}\s*[!.]?$",
    )
)
_SIGN_OFF = (
    r"(?:[-–—]+\s*|(?i:best|regards|best regards|kind regards|sincerely|thanks|thank you|cheers|groeten|"
    r"met vriendelijke groet(?:en)?|hartelijke groet(?:en)?|cordialement|mit freundlichen grüßen|viele grüße|"
    r"saludos|un saludo),\s*)?"
)
_SIGNATURE = re.compile(
    rf"^{_SIGN_OFF}(?:(?i:the)\s+)?(?P<name>{_NAME}?)(?<! University)(?<! College)(?<! Campus)\s+(?i:recruiting|recruitment|talent acquisition|talent|hiring|"
    r"careers|people|hr|university recruiting|college recruiting|campus recruiting)(?:\s+(?i:team|department))?\s*[.!]?$"
    rf"|^{_SIGN_OFF}(?i:the)\s+(?P<team>{_NAME}?(?:\s+[-–|]\s+{_NAME}?)?)\s+(?i:team)\s*[.!]?$"
    rf"|^{_SIGN_OFF}(?:(?i:the)\s+)?[\w ]{{0,40}}(?i:team|recruiting|recruitment)\s+(?i:at)\s+(?P<at>{_NAME})\s*[.!]?$"
    # "L'équipe Acme", "L'équipe recrutement Acme", "Ihr Acme-Team" is read as "Ihr Acme", "El equipo de Acme"
    # the Dutch "Team Recruitment Jumbo", "Team Werving & Selectie Gemeente Vechtstreek"
    rf"|^{_SIGN_OFF}(?i:team)\s+(?:(?i:recruitment|recruiting|werving(?: (?:&|en) selectie)?|hr|p&o)\s+)?(?P<nl>{_NAME}?)\s*[.!]?$"
    rf"|^{_SIGN_OFF}(?i:ihr|dein|euer)\s+(?P<ihr>{_NAME}?)(?:\s+|-)(?i:recruiting-?|hr-?|people-?)?(?i:team)\s*[.!]?$"
    rf"|^{_SIGN_OFF}(?i:l['’]\s?[ée]quipe|el equipo de|das team von|ihr team von)\s+"
    rf"(?:(?i:de\s+)?(?i:recrutement|rh|talent acquisition|acquisition de talents|talent|people|selecci[oó]n)\s+(?i:de\s+|d['’]\s?)?)?(?P<team_of>{_NAME}?)\s*[.!]?$",
    re.MULTILINE,
)


#: A sign-off at the very end of a text that lost its line breaks: "... endeavors. Regards, IMC Recruiting"
_INLINE_SIGN_OFF = re.compile(
    rf"(?<=[.!?])\s+(?i:best|regards|best regards|kind regards|sincerely|thanks|thank you|cheers),\s+(?:(?i:the)\s+)?"
    rf"(?P<name>{_NAME}?)\s+(?i:recruiting|recruitment|talent acquisition|talent|hiring|careers|people|hr|"
    r"university recruiting|campus recruiting)(?:\s+(?i:team))?\s*[.!]?\s*$"
)

#: A platform's product words after its name: "ADP Workforce Now", "Oracle Recruiting Cloud".
_PRODUCT = re.compile(
    r"\s+(?i:workforce now|recruiting|recruitment|recruit|mailer|notifications?|talent|hcm|cloud|hiring|"
    r"applicant tracking|ats)\b.*$"
)

#: A recruiter's own sign-off: the company after the title ("Senior Recruiter, Parkland Health",
#: "Talent Acquisition Specialist | US Anesthesia Partners") or on the line under it.
_TITLE_WORDS = (
    r"\b(?i:recruiter|recruiting|recruitment|talent acquisition|talent partner|sourcer|hr|human resources|"
    r"people partner|people operations)\b"
)
# a title line is short and no sentence ("Senior Recruiter, Parkland Health"; not "Our recruiter reads it.")
_TITLE_LINE = re.compile(
    rf"^(?=[^\n]{{0,80}}$)[^\n.]*?{_TITLE_WORDS}[^\n]*?(?:,|\s[|@–-]\s|\s(?i:at)\s)\s*(?P<name>{_NAME}?)\s*$",
    re.MULTILINE,
)
_UNDER_TITLE = re.compile(
    rf"^(?=[^\n]{{0,60}}$)[^\n.]*{_TITLE_WORDS}[^\n.]*\n(?![^\n]*{_TITLE_WORDS})(?P<name>{_NAME}?)\s*(?:[|,][^\n]*)?$",
    re.MULTILINE,
)

#: Where a company's page name ends and its tagline starts: "Yotta - Experts in data hiring",
#: "Meritis | B Corp", "EY Fabernovel, part of EY Studio+", "ALFI : Financial Markets".
_TAGLINE = re.compile(r"\s+[-–—|:•·]\s+|\s*[|•·]\s*|,\s+|\s+\(")


def employer_of(raw: str, *, platforms_too: bool = False) -> str | None:
    """The employer a name names, cleaned; a name with a tagline is read by its head
    ("Meritis | B Corp" is Meritis); None when neither is an employer's name.

    >>> employer_of("Yotta - Experts in data hiring, AI & Product"), employer_of("Talent Team")
    ('Yotta', None)
    """
    name = clean_employer(raw)
    if is_employer_name(name, platforms_too=platforms_too):
        return name
    head = _TAGLINE.split(str(raw or "").strip(), maxsplit=1)[0]
    name = clean_employer(head) if head and head != raw else ""
    return name if name and is_employer_name(name, platforms_too=platforms_too) else None


def first_employer(candidates, platforms_too: bool = False) -> str | None:
    """The first of ``candidates`` that names an employer, cleaned (see :func:`employer_of`)."""
    for raw in candidates:
        name = employer_of(raw, platforms_too=platforms_too)
        if name:
            return name
    return None


#: A first name the subject ends on, after a comma: the job seeker addressed ("..., Kendall!").
_VOCATIVE = re.compile(r",\s*[A-Z][a-z]+\s*[!.]?\s*$")


def employer_in_subject(subject: str, *, platforms_too: bool = False) -> str | None:
    """The employer a subject names, or None."""
    subject = " ".join((subject or "").split())
    subject = re.sub(r"^(?i:re|fwd?|aw|tr):\s*", "", subject)
    subject = _VOCATIVE.sub("", subject)  # "... to Shield AI, Kendall!" is addressed to you
    return first_employer((m.group("name") for p in SUBJECT_SHAPES if (m := p.search(subject))), platforms_too)


def employer_in_signature(text: str, *, platforms_too: bool = False) -> str | None:
    """The employer of a sign-off in the last lines ("The Acme Recruiting Team"), or None."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()][-SIGNATURE_LINES:]
    tail = "\n".join(lines)
    found = (
        m.group("name") or m.group("team") or m.group("at") or m.group("team_of") or m.group("ihr") or m.group("nl")
        for m in _SIGNATURE.finditer(tail)
    )
    signed = (
        m.group("name") for pattern in (_TITLE_LINE, _UNDER_TITLE, _INLINE_SIGN_OFF) for m in pattern.finditer(tail)
    )
    return first_employer(found, platforms_too) or first_employer(signed, platforms_too)
