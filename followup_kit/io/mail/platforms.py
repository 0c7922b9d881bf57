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
>>> is_employer_name("Placement Office"), is_employer_name("myworkday.com"), is_employer_name("Harbor Labs")
(False, False, True)
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from followup_kit.io.mail.places import STREET, is_place
from followup_kit.io.matching import domain_suffixes

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
            (*(_template(t) for t in p.get("template", ())), *_shared_templates(p["kind"])),
            tuple(re.compile(x, re.MULTILINE) for x in p.get("names", ())),
        )
        for p in platform_table()["platform"]
    )


@lru_cache(maxsize=2)
def _shared_templates(kind: str) -> tuple[Template, ...]:
    """The templates every job board's confirmations and relayed answers share (``[[board_template]]``):
    "Application sent: ROLE at X", "Your application to X was sent!", "An update on your application
    from X".  A board's own templates come first; these are compiled once for all boards."""
    return tuple(_template(t) for t in platform_table().get("board_template", ())) if kind == "board" else ()


def _either(words) -> str:
    return "|".join(f"(?:{w})" for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    table = platform_table()["not_employer"]
    names = [re.escape(p.name.casefold()) for p in platforms()] + ["oracle", "ultipro", "sap", "google", "microsoft"]
    # a platform's other brands, by their domains' names ("Bumeran", "OCCMundial" send as Computrabajo's group)
    names += [re.escape(d.split(".")[0]) for p in platforms() for d in p.domains if len(d.split(".")[0]) >= 6]
    names += ["occ ?mundial"]
    return {
        "not": re.compile(
            rf"(?:{_either([*table['team'], table['job_number'], *table['office'], *table['not_employer']])})",
            re.IGNORECASE,
        ),
        "job_number": re.compile(table["job_number"], re.IGNORECASE),
        # a site's words after its company's name ("Walmart DC 6099") and a recruiting service's name
        # at the start of a sender's ("Recrutement en ligne - ..."): ``site`` and ``service_name``
        "site": re.compile(rf"\s+(?:{table['site']})$", re.IGNORECASE),
        "service": re.compile(rf"^\s*(?:{table['service_name']})\s*(?:[-–|:]|$)", re.IGNORECASE),
        "office": re.compile(rf"\b(?:{_either(table['office'])})\b", re.IGNORECASE),
        "unit": re.compile(table["unit"], re.IGNORECASE),
        # a name's trailing team words or job number are dropped: "Acme Talent Team", "Acme Req 4521"
        "team": re.compile(rf"\b(?:{_either([*table['team'], table['job_number']])})\b", re.IGNORECASE),
        "platform": re.compile(rf"\b(?:{_either(names)})\b", re.IGNORECASE),
        "company": re.compile(rf"\b(?:{_either(table['company_words'])})\b", re.IGNORECASE),
        # a job title names one person's job: "Software Engineer I"; the plural is a firm's name
        # ("Coffman Engineers", "Harbor Consultants")
        "role": re.compile(
            # a word of its own: "Co-operative" is no "Operative"
            rf"(?<![\w-])(?:{_either(table['role_words'])})\b|(?<![\w-])(?:{_either(table['role_words_plural'])})s\b",
            re.IGNORECASE,
        ),
    }


#: A local part carrying a long hexadecimal token ("acme-5f3e9c0d2b7a4e61a9c8@candidates.example"):
#: a relay's address for one conversation, made by a platform the table does not know.
_RELAY_LOCAL = re.compile(r"(?:^|[._+-])(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{16,}(?:$|[._+-])")

#: The stand-in for a platform the table does not know, found by its relay addresses: the
#: employer is read from the subject, the signature and the sender's name, never its domain.
UNKNOWN_RELAY = Platform("a relay service", "ats", (), ("subject", "signature", "display", "text"), (), "relay")


@lru_cache(maxsize=1)
def unknown_board() -> Platform:
    """The stand-in for a job board the table does not know: its confirmations and relayed answers
    read with the shapes every board shares (``[[board_template]]``)."""
    return Platform("a job board", "board", (), ("subject", "text"), (), "relay", (), _shared_templates("board"))


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


_NAME_CHARS = re.compile(r"^[\w&.'’!+ -]+$")  # "Witteveen+Bos", "AT&T", "Yahoo!"
_FRAGMENT = re.compile(r"^(?:at|to|with|from|for|by|via|in|on|chez|bei|bij|en)\s+", re.IGNORECASE)
_VIA = re.compile(
    r"\s+(?:via|through|by|on behalf of|tramite|über|uber|por medio de|a través de|a traves de)\s+.*$", re.IGNORECASE
)
#: A person (or a hiring assistant's persona) before the company: "Ava from Chipotle", "Sam at Acme".
#: ("University at Buffalo" is that university's name)
_PERSONA = re.compile(r"^(?!(?:University|College|Institute|School|Academy)\b)[A-Z][a-z]+ (?:from|at|@) (?=[A-Z0-9])")
_DOMAIN = re.compile(
    r"\b[\w-]+\.(?:com|io|co|net|org|de|fr|es|uk|ai|jobs|app|tech|in|ca|au|ie|nl|eu|us|dev|me)\b", re.IGNORECASE
)


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


#: A platform's product words after its name: "ADP Workforce Now", "Oracle Recruiting Cloud".
_PRODUCT = re.compile(
    r"\s+(?i:workforce now|recruiting|recruitment|recruit|mailer|notifications?|talent|hcm|cloud|hiring|"
    r"applicant tracking|ats)\b.*$"
)

#: Small words a name never ends on: a team word cut from "Department of Finance" leaves "Department of".
_TRAILING_JOINS = frozenset(("of", "de", "du", "des", "the", "and", "&", "for", "at", "und", "van", "von"))

#: Words that end an institution's name ("Northfield University") and, before a team word, name a
#: company's team ("Amazon University Recruiting", "Acme College Relations").
_INSTITUTIONS = frozenset(("university", "college"))


#: A firm named for one person "& Co" ("Clyde & Co LLP"): the "& Co" is part of its name.
_FIRM_AND_CO = re.compile(r"(?P<firm>[A-Z][\w'’-]+\s+(?:&|and)\s+Co)\b\.?(?:\s|$)")


#: What a subject says of the mail after the employer's name: "Kenco Interview Request", "Harbor Job Offer".
_ABOUT_MAIL = re.compile(
    r"(?i)\s+(?:(?:phone|video|virtual|online|on-?site|panel|final|first|second|next)\s+)?"
    r"(?:interview(?:\s+(?:request|invitation|invite|confirmation|scheduling|schedule|details|reminder))?"
    r"|application (?:update|status|received|confirmation)|job offer|offer letter)$"
)


def clean_employer(name: str) -> str:
    """A candidate name without its legal form, quotes, a leading "at"/"to", trailing team
    words ("Acme Recruiting" is Acme) and trailing punctuation."""
    from cleanco import basename

    text = " ".join(str(name or "").replace("\u200f", " ").replace("\u200e", " ").split()).strip(" \"'“”‘’<>()[]|:,.!-")
    text = _VIA.sub("", _FRAGMENT.sub("", _PERSONA.sub("", text)))
    text = _ABOUT_MAIL.sub("", text) or text  # "Kenco Interview Request": the subject's words after the name
    site = _patterns()["site"]
    if len(site.sub("", text).split()) >= 2:  # "Dollar General Distribution Center" is Dollar General's site
        text = site.sub("", text)
    words = text.split()
    team = _patterns()["team"]
    stripped = False
    while True:  # the longest team phrase at the end first: "Early Talent", "Do Not Reply", then "Team"
        n = next((n for n in (3, 2) if len(words) > n and team.fullmatch(" ".join(words[-n:]))), 0)
        if n and words[-n - 1].casefold() in _TRAILING_JOINS:
            break  # "Department of Human Resources" is that department's name, not its team
        if n:
            words, stripped = words[:-n], True
            continue
        if len(words) > 1 and team.fullmatch(words[-1]):
            if words[-2].casefold() in _TRAILING_JOINS:
                break  # "Department of Finance", "Office of Information Technology": a name, not a team
            if words[-1].casefold() in _INSTITUTIONS and not stripped:
                break  # "Northfield University" is a university; "Amazon University Recruiting" is Amazon's team
            words.pop()
            stripped = True
            continue
        break
    while len(words) > 1 and words[-1].casefold() in _TRAILING_JOINS:  # "Department of [Finance]" is no name
        words.pop()
    while len(words) > 1 and words[0].casefold() in _POSSESSIVES:  # "Ihr AIT Team" signs AIT
        words.pop(0)
    if len(words) > 1 and words[-1].casefold() == "campus":  # "Chewy Campus" is Chewy's campus recruiting
        words.pop()
    text = " ".join(words)
    base = basename(text) if text else ""
    firm = _FIRM_AND_CO.match(text)
    # "Clyde & Co" is that firm's name; "JPMorgan Chase & Co." is JPMorgan Chase
    if firm and " " not in re.sub(r"\s+(?:&|and)$", "", (base or "").strip()):
        base = firm.group("firm")
    return (base or text).strip(" ,.-")


#: A country after a platform's name: "Bumeran México", "InfoJobs Italia", "Indeed España".
_COUNTRY = re.compile(
    r"\s+(?:m[ée]xico|brasil|brazil|colombia|chile|per[úu]|argentina|espa[ñn]a|spain|italia|italy|france|deutschland|"
    r"germany|uk|us|usa|india|canada|australia|nederland|portugal)$",
    re.IGNORECASE,
)


#: A site's code: three capitals and a number ("HOU8", "SAT12").
_SITE_CODE = re.compile(r"[A-Z]{3}\d{1,2}")


#: A title's word, then a firm's last word, with no comma or dash between: "Designer Brands",
#: "Nurse Staffing Solutions" name firms; "Data Analyst" and "Engineer, Logistics" name jobs.
_FIRM_AFTER_TITLE = re.compile(
    r"^[^,;:()|–-]{2,60}\s(?i:brands|group|partners|solutions|holdings|labs|industries|ventures|studios|consulting|"
    r"associates|inc\.?|llc|ltd\.?|corp(?:oration)?\.?|company|co\.?)$"
)


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
    if pats["not"].fullmatch(text) or pats["office"].search(text):
        return False
    if pats["role"].search(text) and not _FIRM_AFTER_TITLE.search(text):  # "Designer Brands" is a firm
        return False
    if STREET.match(text) or is_place(text):  # "167B Victoria Street West": an address from a signature, no employer
        return False
    if " " not in text and sum(ch.isdigit() for ch in text) >= 3 and any(ch.isalpha() for ch in text):
        return False  # "2500AJ3", "R-004127": a job's code, not a name ("7-Eleven", "3M" keep theirs)
    if _SITE_CODE.fullmatch(text):
        return False  # "HOU8", "DFW7": a warehouse's or a store's code, not a name ("A2A", "O2" keep theirs)
    # Workday and Qualtrics hire too: their name is the employer's when they write from their own domain
    return platforms_too or not pats["platform"].fullmatch(_COUNTRY.sub("", _PRODUCT.sub("", text)))


def job_title_pattern() -> re.Pattern:
    """The words of a job title ("Engineer", "Analyst", "RN"), as a regular expression that a sheet
    searches its cells with: "Stripe - Backend Engineer" names a role on its right.

    >>> bool(job_title_pattern().search("Backend Engineer")), bool(job_title_pattern().search("Stripe"))
    (True, False)
    """
    return _patterns()["role"]


def is_service_name(display: str) -> bool:
    """True when a sender's name starts with a recruiting service's, not an employer's
    (``service_name`` of ``words/platforms.toml``).

    Examples
    --------
    >>> is_service_name("Recrutement en ligne - Ville de Laval"), is_service_name("Acme Careers")
    (True, False)
    """
    return _patterns()["service"].match(display) is not None


def is_office(name: str) -> bool:
    """True for an office that forwards many employers' news ("Placement Office", "Career
    Services"): its domain is a university's, never the employer's."""
    return _patterns()["office"].search(name or "") is not None


def is_unit(name: str) -> bool:
    """True for a part of an organisation named by its kind ("Office of Budget and Finance",
    "School of Public Affairs"): it gives way to the organisation the same mail names.

    >>> is_unit("School of Public Affairs"), is_unit("American University")
    (True, False)
    """
    return _patterns()["unit"].match(name or "") is not None


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
