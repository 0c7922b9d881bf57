"""Where a platform's mail names the employer (:func:`find_employer`), and how a name read run
together from an address is spelled in the mail (:func:`spelled`): "cvshealth@myworkday.com" and
"Your application with CVS Health"; "fingalcha.ie" and "Fingal Community Housing Association".

Examples
--------
>>> from followup_kit.io.mail.platforms import platform_of
>>> find_employer(platform_of("micron@myworkday.com"), "myworkday.com", "micron@myworkday.com", "Update", "")
('Micron', 'the Workday address')
>>> find_employer(platform_of("no-reply@hire.lever.co"), "Talent", "no-reply@hire.lever.co",
...               "Thank you for applying to Lucid Software, Inc.", "Hi Sam,")
('Lucid Software', 'the subject')
>>> find_employer(platform_of("no-reply@hire.lever.co"), "Jordan Ellis", "no-reply@hire.lever.co", "Hello", "Hi") is None
True
>>> find_employer(platform_of("ngc@myworkday.com"), "", "ngc@myworkday.com", "Thanks for applying to Northrop Grumman", "")
('Northrop Grumman', 'the subject')
>>> spelled("agetogethergm", "Best wishes, Age Together Greater Manchester")
'Age Together Greater Manchester'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from followup_kit.io.mail.fields import employer_in_field
from followup_kit.io.mail.naming import employer_in_signature, employer_in_subject, employer_of, first_employer
from followup_kit.io.mail.persons import looks_like_person, reads_as_firm
from followup_kit.io.mail.platforms import (
    EMPLOYER_WORDS,
    Platform,
    clean_employer,
    has_company_word,
    is_employer_name,
    is_unit,
    job_title_pattern,
    platform_table,
)
from followup_kit.io.matching import company_key

#: Characters of the text searched for how an address's run-together name is spelled.
SPELLING_CHARS = 2_000
#: A Workday tenant this short abbreviates its employer ("spe", "hl", "rb", "amat"): the name the
#: subject or the sign-off spells out is preferred (GmailJobTracker and the CoderClarkPfohl inbox).
SHORT_TENANT = 4
_WORD = re.compile(r"[\w&'’.-]+")

#: Letters a run-together name needs before it is read as words and initials ("fingalcha").
ABBREVIATED_MIN = 6
#: Small words inside a name, in the five languages ("Bank of Ireland", "Van der Valk", "Caja de
#: Ahorros", "Baylor Scott & White"): no initial of an acronym stands for them, and a name read
#: from a sentence never ends on one ("... at" of "the role at").
JOINERS = frozenset(
    ("&", "and", "of", "the", "for", "at", "de", "du", "des", "la", "le", "y", "und", "van", "der", "den")
)
#: Letters an acronym needs before it is read as the initials of a name ("uta" is "University of
#: Texas at Arlington"; "bswhealth" is "Baylor Scott & White Health").
ACRONYM_MIN = 3

#: Shortest name left when an ending is cut from a mail domain ("discordapp" is "discord"; "bigapp" stays).
MIN_DOMAIN_NAME = 4
#: Shortest head of such a domain kept when the mail writes it in capitals ("UOB" of "uobgroup").
MIN_ACRONYM = 3
#: Words of a recruiting agency's domain ("meridianstaffing.com", "harbourrecruitment.co.uk");
#: "recruiting" ("rbi-recruiting") is as often an employer's own team.
AGENCY = re.compile(
    r"staffing|recruitment|recruit(?:ers)?$|personnel|resourcing|headhunt|executive ?search|search(?:partners|group)?$"
)


@lru_cache(maxsize=1)
def agency_domains() -> frozenset[str]:
    """The run-together names of staffing agencies whose names say nothing of staffing ("hays",
    "randstad", "roberthalf"): ``agencies`` of ``words/platforms.toml``."""
    return frozenset(platform_table()["agencies"]["domains"])


#: Endings of a company's mail domain that are not part of its name ("discordapp.com", "acmehq.com").
DOMAIN_TAILS = ("app", "hq", "inc", "jobs", "careers", "mail", "team", "corp", "group", "global", "online")

#: Words a name's run of proper words stops at ("Forbes Your" in a text without punctuation).
_PRONOUNS = frozenset(("i", "we", "you", "your", "our", "us", "they", "their"))


def _from_address(platform: Platform, sender: str, where: str) -> str | None:
    local, _, domain = sender.lower().partition("@")
    if where == "local":
        name = re.sub(r"[._-]+", " ", local.split("+", 1)[0])
        return name.title() if name and not re.search(r"\d", name) else None
    base = next((d for d in platform.domains if domain == d or domain.endswith("." + d)), "")
    labels = [x for x in domain[: -len(base)].strip(".").split(".") if x] if base else []
    generic = {"us", "eu", "mail", "email", "hire", "talent", "jobs", "careers", "notifications", "app", "www", "em",
               "workflow", "ocs", "fa", "cloud"}  # fmt: skip
    labels = [
        x for x in labels if x not in generic and not re.fullmatch(r"wd\d+|[a-z]{2}\d*|mail\d*|[a-z]{2}-[a-z]+-\d+", x)
    ]
    return labels[0].replace("-", " ").title() if labels else None


_SOURCES = {
    "local": "the {platform} address",
    "subdomain": "the {platform} address",
    "link": "a {platform} link",
    "names": "the text, where {platform} names the employer",
    "subject": "the subject",
    "signature": "the signature",
    "display": "the sender's name",
}


#: "Up Learn - Chemistry Course Lead": a recruiter's subject on an applicant-tracking relay, the employer before the role.
_LEAD_ROLE = re.compile(
    r"^(?:(?i:re|fwd?|aw):\s*)*(?P<name>[^-–|:]{2,60}?)\s+[-–|]\s+(?P<role>(?:(?!\s[-–|]\s).){3,80})$"
)


#: What a subject says of the mail after the employer's name: "April – nous avons bien reçu votre candidature".
_ABOUT_APPLICATION = re.compile(
    r"(?i)\b(?:your application|votre candidature|ta candidature|accus[ée] de r[ée]ception|application received|"
    r"ihre bewerbung|tu candidatura|su candidatura|je sollicitatie|uw sollicitatie)\b"
)


def lead_before_role(subject: str, text: str) -> str | None:
    """The employer of a relayed subject "NAME - ROLE" (or "NAME – Votre candidature"): the right part holds
    a job title's words or speaks of your application, the left no title's words, and the text names the
    left part (or its first word: "your interest in Seneca" for "Seneca Learning").

    >>> lead_before_role("Up Learn - Chemistry Course Lead", "Thanks for your interest in Up Learn.")
    'Up Learn'
    >>> lead_before_role("Interview Invitation - Chemistry Course Lead", "Thanks for applying.") is None
    True
    >>> lead_before_role("Keolis Lyon – Votre candidature 24-0931", "Merci de votre intérêt pour Keolis Lyon.")
    'Keolis Lyon'
    """
    m = _LEAD_ROLE.match(" ".join((subject or "").split()))
    if m is None:
        return None
    name, role = m.group("name").strip(), m.group("role")
    titles = job_title_pattern()
    about = titles.search(role) or _ABOUT_APPLICATION.search(role)  # "Keolis Lyon – Votre candidature 24-0931"
    if not about or titles.search(name) or not all(w[:1].isupper() or w[:1].isdigit() for w in name.split()):
        return None
    head = company_key((text or "")[:SPELLING_CHARS])
    words = company_key(name).split()
    if not words or f" {words[0]} " not in f" {head} ":
        return None
    return first_employer([name])


#: A sender's name that is a person's and, in brackets, the employer's: "Maxime Giraud (OL Groupe)".
_PERSON_FOR = re.compile(r"^\s*(?P<person>[^()]{3,60}?)\s*\((?P<firm>[^()]{2,60})\)\s*$")


def find_employer(platform: Platform, display: str, sender: str, subject: str, text: str) -> tuple[str, str] | None:
    """The employer a platform's mail names and where it was read, or None (the caller sends
    the mail to review).  ``text`` is the sender's own words; the first sentences (``"text"``)
    are left to the caller's reading of the body.  A field line that names the employer
    ("Department: ...", "Employer: ...") is read first, on every platform: it is the vacancy's own.
    A part of an organisation ("Office of Budget and Finance", "School of Public Affairs") gives way to
    the organisation the same mail names (the county, the university that hires)."""
    first = None
    for found in _candidates(platform, display, sender, subject, text):
        if not is_unit(found[0]):
            return found
        first = first or found
    return first


def _names_platform(platform: Platform, name: str, sender: str = "") -> bool:
    """True when ``name`` is the sending platform's own ("Greenhouse" through Greenhouse, "K12JobSpot"
    from k12jobspot.com)."""
    key = company_key(name).replace(" ", "")
    own = company_key(platform.name).replace(" ", "")
    domain = sender.rsplit("@", 1)[-1].casefold().replace("-", "")
    return not key or key in own or own in key or key in domain


def _candidates(platform: Platform, display: str, sender: str, subject: str, text: str):
    """The employers a platform's mail names, where it is read, in the platform's order of reading."""
    if named := employer_in_field(text):
        yield named, "a field of the text"
    for where in platform.employer:
        if where in ("local", "subdomain"):
            found = first_employer([_from_address(platform, sender, where) or ""])
        elif where == "link":
            found = first_employer(
                # a tenant's trailing number is the platform's, not the name's ("Zomato1")
                re.sub(r"(?<=[A-Za-z])\d+$", "", m.group("name")).replace("-", " ").title()
                for p in platform.links
                if (m := p.search(text or ""))
            )
        elif where == "names":
            found = first_employer(m.group("name") for p in platform.names if (m := p.search(text or "")))
        elif where == "subject":
            found = employer_in_subject(subject) or (
                lead_before_role(subject, text) if platform.kind == "ats" else None
            )
        elif where == "signature":
            found = employer_in_signature(text)
        elif where == "display":
            name = clean_employer(display)
            # a person writing for the employer: "Maxime Giraud (OL Groupe)"
            if (m := _PERSON_FOR.match(display or "")) and looks_like_person(m.group("person")):
                name = clean_employer(m.group("firm"))
            # another platform's company hiring through this one ("Personio" through Greenhouse) is an employer
            other_platform = is_employer_name(name, platforms_too=True) and not _names_platform(platform, name, sender)
            if not is_employer_name(name) and not other_platform:
                # "State of Maryland - DBM Recruitment & Examination": a head of several words
                # names the employer; one word before a tagline is a persona ("Olivia (GM Recruiting Assistant)")
                name = head if (head := employer_of(display) or "") and " " in head else ""
            # "Richard Wolf GmbH" is a firm, whatever its founder's name reads like; so is "Vantor Aero" where
            # the text signs "Vantor Aero AG"
            firm = reads_as_firm(display, name, text) and not _names_platform(platform, name, sender)  # "Sólides Vagas"
            found = name if name and (firm or not looks_like_person(name)) else None
        else:
            continue
        if found:
            if where in ("local", "subdomain", "link"):
                # the address says "cvshealth", the sender's name or subject "CVS Health": keep that spelling
                # a link is no spelling: "siennaliving.wd10.myworkdayjobs.com" does not write "Siennaliving"
                head = _LINK.sub(" ", (text or "")[:SPELLING_CHARS])
                spelling = spelled(found, display, subject, head)
                # a word of its own, or a longer run inside one ("cvshealth" in "CVS Health"); "App" is no
                # spelling of "Application"
                seen = f"{display} {subject} {head}"
                used = f" {company_key(found)} " in f" {company_key(seen)} " or (
                    len(_compact(found)) > SHORT_TENANT and _compact(found) in _compact(seen)
                )
                unused = spelling is None and not used
                # a short tenant or an acronym ("spe@", "hl@", "BCBSAZ") abbreviates a name the
                # subject or the sign-off may spell out ("Thank you for your interest in Sony Pictures")
                short = len(_compact(found)) <= SHORT_TENANT or (spelling is not None and spelling.isupper())
                # a link's tenant the mail never writes ("jobs.smartrecruiters.com/App1/..." and "Your
                # application at Bosch") gives way to the employer the subject or the sign-off names
                if unused or (short and where != "link"):
                    # a tenant's name the mail never uses ("mymoose@..." and "Confirming your
                    # application with Rapid7"): the employer the subject or the sign-off names
                    for source, named in (
                        ("subject", employer_in_subject(subject)),
                        ("signature", employer_in_signature(text)),
                    ):
                        # a short tenant gives way to a name spelled out, not to another acronym ("SEI")
                        if named and (unused or len(_compact(named)) > max(len(_compact(found)), SHORT_TENANT)):
                            yield named, _SOURCES[source]
                            return
                found = spelling or found
            yield found, _SOURCES[where].format(platform=platform.name)


def spelled(found: str, *texts: str) -> str | None:
    """How ``texts`` spell a name read run together from an address ("Cvshealth" is "CVS
    Health" in the subject), or None.

    >>> spelled("Cvshealth", "Colleague Zone", "Your application with CVS Health has been received!")
    'CVS Health'
    """
    target = _compact(found)
    for text in texts:
        words = [w.strip(".'’-") for w in _WORD.findall(text or "")]
        for n in range(1, 5):
            for i in range(len(words) - n + 1):
                window = " ".join(words[i : i + n])
                if _compact(window) == target and any(ch.isupper() for ch in window) and is_employer_name(window):
                    # an acronym the mail also spells out: "USAP" and "US Anesthesia Partners"
                    return (expanded(window, *texts) or window) if abbreviated(window) else window
    return spelled_out(target, *texts)


def expanded(acronym: str, *texts: str, domain: str = "") -> str | None:
    """The company name ``texts`` spell an acronym out as ("USAP" is "US Anesthesia Partners"),
    or None; a run of capitalised words with the same initials but no company word ("Interested
    Brilliant Minds" for IBM) is not one.  Two letters ("UB") are spelled out only by a name that
    holds the sender's ``domain`` word ("University at Buffalo" from buffalo.edu).

    >>> expanded("UTA", "Thank you for your interest in The University of Texas at Arlington.")
    'University of Texas at Arlington'
    >>> expanded("UB", "Thank you for your interest in employment at the University at Buffalo.", domain="buffalo")
    'University at Buffalo'
    """
    if not abbreviated(acronym):
        return None
    found = spelled_out(acronym, *texts, shortest=2 if domain and len(_compact(acronym)) == 2 else ACRONYM_MIN)
    if found and len(_compact(acronym)) == 2 and domain not in _compact(found):
        return None
    return found if found and has_company_word(found) else None


def spelled_out(target: str, *texts: str, shortest: int = ACRONYM_MIN) -> str | None:
    """The name of ``texts`` whose words, whole or by their initials, make ``target`` (an
    acronym or a name run together), or None.

    >>> spelled_out("uta", "Thank you for your interest in The University of Texas at Arlington.")
    'University of Texas at Arlington'
    >>> spelled_out("bswhealth", "Kristen Lee, Baylor Scott & White Health")
    'Baylor Scott & White Health'
    """
    target = _compact(target)
    if len(target) < max(shortest, 2):
        return None
    for text in texts:  # "fingalcha" is "Fingal Community Housing Association": words, then initials
        words = [w.strip(".'’-") for w in _WORD.findall(text or "")]
        for i, first in enumerate(words):
            head = _compact(first)
            if not first[:1].isupper() or not head or not target.startswith(head[0]):
                continue
            for n in range(EMPLOYER_WORDS, 1, -1):  # the longest name: "University of Texas at Arlington"
                span = words[i : i + n]
                if (
                    len(span) == n
                    and span[-1].casefold() not in JOINERS
                    and _abbreviates(target, [_compact(w) for w in span])
                    and all(w[:1].isupper() or w.casefold() in JOINERS for w in span)
                ):
                    name = " ".join(span)
                    # initials alone ("qdm") name a company only with a company word in it
                    initials = len(target) == sum(w.casefold() not in JOINERS for w in span)
                    if is_employer_name(name) and (not initials or has_company_word(name)):
                        return name
    return None


def _abbreviates(target: str, words: list[str]) -> bool:
    """True when ``target`` is each word whole or by its initial (a joiner such as "of" may be
    left out), using every word: "agetogethergm" and "Age Together Greater Manchester", "uta" and
    "University of Texas at Arlington"."""

    def fits(pos: int, k: int) -> bool:
        if k == len(words):
            return pos == len(target)
        w = words[k]
        if not w:
            return fits(pos, k + 1)
        return (
            (target.startswith(w, pos) and fits(pos + len(w), k + 1))
            or (target.startswith(w[0], pos) and fits(pos + 1, k + 1))
            or (w in JOINERS and fits(pos, k + 1))
        )

    return bool(words) and bool(words[0]) and fits(0, 0)


def _compact(name: str) -> str:
    """Letters and digits only, casefolded and accent-free ("Montréal" is "montreal", as in its domain)."""
    folded = unicodedata.normalize("NFKD", (name or "").casefold()).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[\W_]+", "", folded)


def abbreviated(name: str) -> bool:
    """A name read from an address that abbreviates the employer: short ("Spe", "Hl") or an acronym."""
    letters = re.sub(r"\W+", "", name)
    return len(letters) <= SHORT_TENANT or (letters.isupper() and len(letters) > 1)


@lru_cache(maxsize=1)
def _name_tails() -> tuple[str, ...]:
    """The plain words that end an organisation's name ("council", "university", "bank"), longest first."""
    words = platform_table()["not_employer"]["company_words"]
    return tuple(sorted({w for w in words if re.fullmatch(r"[a-z]{4,}", w)}, key=len, reverse=True))


def split_domain(key: str) -> str | None:
    """A run-together domain read at the word that ends an organisation's name, or None.

    >>> split_domain("aucklandcouncil"), split_domain("harborbank"), split_domain("cfatempe")
    ('Auckland Council', 'Harbor Bank', None)
    >>> split_domain("uhhospitals")
    'Uh Hospitals'
    """
    key = key.replace(" ", "")
    tails = ((t + "s", t) for t in _name_tails())  # "uhhospitals": the plural ends a name too
    tail = next((w for pair in tails for w in pair if key.endswith(w) and len(key) - len(w) >= 2), None)
    return f"{key[: -len(tail)].title()} {tail.title()}" if tail else None


def domain_spelling(key: str, *texts: str) -> str | None:
    """How ``texts`` spell the company of a mail domain read run together, or None.

    >>> domain_spelling("junipervale", "Juniper & Vale - Senior Python Engineer")
    'Juniper & Vale'
    >>> domain_spelling("discordapp", "Discord - virtual onsite invitation")
    'Discord'
    """
    key = key.replace(" ", "")
    tails = [key[: -len(t)] for t in DOMAIN_TAILS if key.endswith(t) and len(key) - len(t) >= MIN_ACRONYM]
    for candidate in (key, *tails):
        found = spelled(candidate, *texts)
        # a short head is an acronym the mail writes in capitals ("uobgroup.com" and "Greetings from UOB")
        # or a name of three words or more with a company word that it is the initials of ("tum.de" and
        # "Technische Universität München")
        if found and (
            len(candidate) >= MIN_DOMAIN_NAME
            or found.isupper()
            or (len(found.split()) >= 3 and has_company_word(found))
        ):
            return found
    return None


_LINK = re.compile(r"\S*(?:://|www\.)\S*|\S+\.(?:com|org|net|io|co|ca|gov|edu)(?:/\S*)?")

#: Small words inside a name: "City of Ottawa", "Université de Montréal".
_JOINS = frozenset(("of", "de", "du", "des", "for"))


def fuller(name: str, text_name: str | None) -> str:
    """``text_name`` when it holds ``name`` among other proper words ("Strata Decision" in "Strata
    Decision Technology", "Cedro" in "Grupo Cedro"), else ``name``; a pronoun that a text without
    punctuation runs into the name ("Forbes Your") is left out."""
    words, inner = (text_name or "").split(), name.split()
    keys = [company_key(w) for w in words]
    want = [company_key(w) for w in inner]
    at = next((k for k in range(len(words) - len(inner) + 1) if keys[k : k + len(inner)] == want), None)
    if at is None:
        return name

    def proper(word: str) -> bool:
        return word[:1].isupper() and word.casefold() not in _PRONOUNS

    start, end = at, at + len(inner)
    while start > 0 and (
        proper(words[start - 1]) or (start > 1 and words[start - 1] in _JOINS and proper(words[start - 2]))
    ):  # "City of Ottawa" holds "Ottawa"
        start -= 1 if proper(words[start - 1]) else 2
    while end < len(words) and proper(words[end]):
        end += 1
    return " ".join(words[start:end]) if end - start > len(inner) else name
