"""Applications found in a mailbox: the company and role an acknowledgement (or a first reply)
is about (issue 18, ``create_applications``; :mod:`~followup_kit.io.mail.plan` plans the
applications to create from them).

A mailbox holds the whole search: every "we received your application for ROLE" is an
application with its date.  :func:`mail_application` reads one message's company and role:

* the **company** from the sender's display name, unless the sender is a person
  ("Owen Park <owen.park@...>"), an applicant-tracking relay named for the tool, or generic
  ("Talent Acquisition"); else from the subject and the first sentences ("... position at
  COMPANY", "applying to COMPANY", "chez", "bei", "en"); else from the sender's domain (never
  an applicant-tracking, job-board or free-mail domain);
* the **role** where the mail names one ("application for ROLE", "the ROLE position",
  "candidature au poste de ROLE", "Bewerbung als ROLE", "solicitud para ROLE").

Recruiters' cold messages ("I'm a recruiter at ..., I have a role for you") never start an
application.  The words are in the word tables (``[mail.applications]`` of
``followup_kit/words/*.toml``).

Examples
--------
>>> found = mail_application("Maple & Stone", "no-reply@hire.lever.co", True, "Thanks for applying",
...                          "Your application for the Product Analyst role has been received.")
>>> found.company, found.role
('Maple & Stone', 'Product Analyst')
>>> found = mail_application("Owen Park", "owen.park@brightloom.example", False, "Hello",
...                          "Thank you for applying to the Data Engineer position at Brightloom Labs.")
>>> found.company, found.role
('Brightloom Labs', 'Data Engineer')
>>> mail_application("Ben", "ben@agency.example", False, "Role",
...                  "I'm a recruiter at Agency and I have a Data role for you.") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from followup_kit.io.mail.acknowledgements import ACKNOWLEDGEMENTS
from followup_kit.io.mail.company_text import clean_name, company_in, is_person
from followup_kit.io.mail.employer import (
    AGENCY,
    SHORT_TENANT,
    SPELLING_CHARS,
    abbreviated,
    agency_domains,
    domain_spelling,
    expanded,
    find_employer,
    fuller,
    split_domain,
)
from followup_kit.io.mail.fields import employer_in_field
from followup_kit.io.mail.groups import member_of_group, part_of
from followup_kit.io.mail.levels import hiring_agency, signed_for_domain, university_of
from followup_kit.io.mail.naming import (
    CLIENT_UNNAMED,
    client_named,
    employer_before_tagline,
    employer_in_signature,
    employer_in_subject,
    first_employer,
    hires_itself,
    on_behalf_of,
)
from followup_kit.io.mail.persons import firm_signed_for, looks_like_person
from followup_kit.io.mail.places import is_place
from followup_kit.io.mail.platforms import (
    EMPLOYER_WORDS,
    Platform,
    clean_employer,
    has_company_word,
    is_employer_name,
    is_job_number,
    is_office,
    is_service_name,
    is_unit,
    platform_of,
)
from followup_kit.io.mail.roles import (
    either,
    first_sentences,
    requisition_in,
    role_in,
    role_in_field,
    role_on_its_line,
)
from followup_kit.io.mail.sentences import normalise
from followup_kit.io.mail.templates import sent_to
from followup_kit.io.matching import company_key, domain_key, is_role_address

OUTREACH = re.compile(rf"\b(?:{either('outreach')})", re.IGNORECASE)
#: An agency writing about its client's answer ("I put you forward to the ICB"): its domain names no employer.
AGENCY_WORDS = re.compile(rf"\b(?:{either('agency')})", re.IGNORECASE)
#: A job board's subject that relays a company's answer (the only job-board mail read).
JOB_BOARD_UPDATE = re.compile(rf"\b(?:{either('job_board_update')})", re.IGNORECASE)


@dataclass(frozen=True)
class MailApplication:
    """The company a mail is about, the role where it names one, and where the company was read."""

    company: str
    role: str | None
    source: str
    #: The requisition number the mail names, upper-case, if any.
    requisition: str | None = None

    def __post_init__(self) -> None:
        # a "role" that is the employer's own name ("Voleon Group", "Eleven Recruiting" at
        # Eleven) names no job: it is read where a template leaves the role's place to the company
        if self.role and self.company and company_key(clean_employer(self.role)) == company_key(self.company):
            object.__setattr__(self, "role", None)
        # nor does a label with fewer than three letters ("ID" of "Job ID:20657"), or a job's number
        if self.role and (sum(ch.isalpha() for ch in self.role) < 3 or is_job_number(self.role)):
            object.__setattr__(self, "role", None)


_VOWEL = re.compile(r"[aeiouy]")
#: A public body's words before a place's name: "City of Ottawa", "University of Dundee", "Ville de Gatineau".
_BODY_OF = re.compile(r"(?:[A-ZÀ-Þ][\w'’-]*[ ]){1,3}(?:of|de|du|des|d’|d')[ ]?")
#: Lines at the end of a text read for a name that holds the domain's word ("City of Ottawa").
LAST_LINES = 3


def _last_lines(text: str) -> list[str]:
    """The last few short lines of ``text``, the last first: a sign-off's employer line."""
    lines = [line.strip() for line in (text or "").splitlines()[-4 * LAST_LINES :] if line.strip()]
    return [line for line in lines[::-1][:LAST_LINES] if len(line.split()) <= EMPLOYER_WORDS]


#: A public body's or a university's mail host ("dmpr.gov.za", "ontario.ca" is not one, "uu.nl" neither).
_PUBLIC_HOST = re.compile(r"(?:^|\.)(?:gov|gouv|gc|govt|gob|mil|edu|ac|nhs|police)(?:\.[a-z]{2})?$")
#: Words of a mail about the application you sent: an agency's "thank you for applying ... with our
#: client" acknowledges it, where "our client" alone opens a cold message.
#: An agency relaying its client's answer after a round: "we have received the feedback from Mphasis".
_RELAYED = (
    r"(?:received|got|had) (?:the |some )?feedback from|(?:interview|round) (?:held|conducted|that took place) on"
)
_RELAYED_RX = re.compile(_RELAYED, re.IGNORECASE)
_APPLIED = re.compile(
    r"\b(?i:thank(?:s| you)(?: very much| so much)? for (?:your )?(?:applying|application)|your application "
    r"(?:has been|was|is|will be)|you(?:'ve| have)? (?:recently |successfully )?applied|"
    # an agency's submission: "your profile has been submitted to our client Mphasis"
    r"your (?:profile|cv|resume|details) (?:has been|was|have been) (?:submitted|sent|forwarded|shared|presented)|"
    r"(?:submitted|sent|forwarded|put forward|presented) your (?:resume|cv|profile|application|details) to|"
    rf"{_RELAYED})\b"
)


def _named(
    name: str, role: str | None, source: str, req: str | None, *, platforms_too: bool = True
) -> MailApplication | None:
    """The application named ``name``; ``platforms_too`` for mail not sent through a platform
    ("Workday" may hire; "Handshake" in a mail from Handshake is the platform)."""
    name = clean_employer(name)
    return MailApplication(name, role, source, req) if is_employer_name(name, platforms_too=platforms_too) else None


def mail_application(
    display: str,
    sender: str,
    relay: bool,
    subject: str,
    text: str,
    *,
    workday: str = "",
    platform: Platform | None = None,
    answer: bool = False,
) -> MailApplication | None:
    """The company (and role) one message is about; None for a recruiter's cold message (``answer``: the
    classifier read an acknowledgement or a decision, which no cold message is).
    A message naming no employer gets an empty ``company``: the caller sends it to review.
    ``relay``: the sender is an applicant-tracking relay (its domain names the tool);
    ``workday``: the company read from a Workday address's local part; ``platform``: the
    sender's platform (:mod:`~followup_kit.io.mail.platforms`), found from ``sender`` when None.
    An application is never named for a platform, an office, a team word or a person.  A state's
    government as a whole gives way to the agency that hires, where the mail names it ("the
    position ... with the Minnesota Pollution Control Agency")."""
    found = _read_application(display, sender, relay, subject, text, workday=workday, platform=platform, answer=answer)
    if found is not None and found.company and (agency := hiring_agency(found.company, text)):
        return replace(found, company=agency, source=f"{found.source}, then the agency it names")
    host = sender.rsplit("@", 1)[-1].casefold()
    academic = re.search(r"(?:^|\.)(?:edu|ac)(?:\.[a-z]{2})?$", host) is not None
    if found is not None and found.company and academic and (whole := university_of(found.company, text)):
        return replace(found, company=whole, source=f"{found.source}, then the university it is part of")
    return found


#: A platform writing of the employer as another: "has been forwarded to the hiring agency", "the employer will".
_INTERMEDIARY = re.compile(
    r"(?i)\b(?:forwarded|sent|passed on|delivered|submitted) to the (?:hiring )?(?:agency|employer|organi[sz]ation|"
    r"company|district|school)\b|\bthe (?:hiring )?(?:agency|employer) (?:is|will|has)\b"
)


def _is_country_tail(display: str, rest: str) -> bool:
    """True when the words of ``display`` that spell ``rest`` (spaces dropped) name a country: the
    "Kenya" of "BrighterMonday Kenya"."""
    words = company_key(clean_name(display)).split()
    for i in range(len(words)):
        if "".join(words[i:]) == rest:
            return is_place(" ".join(words[i:]))
    return False


def _acknowledges(said: str) -> bool:
    """True when ``said`` confirms an application in any language the kit reads ("Nous avons bien reçu votre
    candidature ... les attentes de notre client"): an agency's answer, not its cold message."""
    folded = normalise(said)
    return any(p.search(folded) for p in ACKNOWLEDGEMENTS)


def _read_application(display, sender, relay, subject, text, *, workday, platform, answer) -> MailApplication | None:
    """:func:`mail_application` before a whole government or a university's part gives way."""
    sentences = first_sentences(subject, text)
    said = " ".join(sentences)
    if not answer and OUTREACH.search(said) and not _APPLIED.search(said) and not _acknowledges(said):
        return None  # a cold message, unless it answers your application ("with our client, Monash Health")
    role = role_in(sentences) or role_on_its_line(text) or role_in_field(text)
    req = requisition_in(subject, text)
    platform = platform if platform is not None else platform_of(sender)
    if platform is not None and platform.kind == "board" and platform.names:
        # a board relaying an employer's own message names it: "Sarah Behan from Flipdish sent you a message"
        relayed = first_employer(m.group("name") for p in platform.names if (m := p.search(text or "")))
        if relayed:
            return MailApplication(relayed, role, f"the text, where {platform.name} names the employer", req)
    if platform is not None and platform.kind != "board":
        found = find_employer(platform, display, sender, subject, text)
        in_subject = found is not None and f" {company_key(found[0])} " in f" {company_key(subject)} "
        if found is not None and abbreviated(found[0]) and not in_subject:  # "PwC job application" names PwC
            # "spe@myworkday.com" and "Thank you for your interest in Sony Pictures Entertainment"
            spelled_out = company_in(sentences)
            # unless the mail itself uses the tenant's name and the text's starts otherwise ("Tu proceso en
            # BBVA" and "... en Madrid" from bbva.avature.net): "Sony Pictures" for spe@ stands
            used = f" {company_key(found[0])} " in f" {company_key(text[:SPELLING_CHARS])} "
            alike = spelled_out and company_key(spelled_out)[:1] == company_key(found[0])[:1]
            if spelled_out and (alike or not used) and len(company_key(spelled_out).replace(" ", "")) > SHORT_TENANT:
                return MailApplication(clean_employer(spelled_out), role, "the text", req)
        member = member_of_group(found[0], sentences) if found is not None else None
        if member is not None:  # "at Stanbic IBTC Bank, a member of Standard Bank Group" from standardbank@
            return MailApplication(member, role, "the text, where the group names its member", req)
        part = company_in(sentences, relayed=False) if found is not None and found[1] == "the sender's name" else None
        if found is not None and part and part_of(found[0], part):
            # "NHS Scotland Recruitment" and "the post of ROLE ... with NHS Greater Glasgow and Clyde": the board hires
            return MailApplication(clean_employer(part), role, "the text, where it names the part that hires", req)
        if found is not None and found[1] == f"the {platform.name} address":
            # a group's tenant ("brambles@myworkday.com", "Walmart") and "applying for the role with CHEP",
            # "to be a Team Lead at Sam's Club": the company the application names, which the first sentences
            # name instead of the group
            named = company_in(sentences, relayed=False)
            opening = company_key(" ".join(sentences))
            # the subject's own employer wins even where the text names the group too ("Thank you for
            # applying to Tink" from visa@, whose text says "Tink, a Visa solution")
            subject_names = employer_in_subject(subject)
            if (
                named
                and (
                    f" {company_key(found[0])} " not in f" {opening} "
                    or company_key(named) == company_key(subject_names or "")
                )
                and company_key(named)[:3] != company_key(found[0])[:3]
                and company_key(found[0]).split()[0] not in company_key(named).split()
                and not is_unit(named)
                and not is_place(named)
            ):
                return MailApplication(clean_employer(named), role, "the text, not the group's tenant", req)
        if found is not None and is_unit(found[0]) and "text" in platform.employer:
            # "Application submitted: ROLE, School of Public Affairs" and "submitted to American University"
            whole = company_in(sentences)
            if whole and not is_unit(whole) and (app := _named(whole, role, "the text", req, platforms_too=False)):
                return app
        if found is not None:
            return MailApplication(found[0], role, found[1], req)
        labels = sender.rsplit("@", 1)[-1].casefold().split(".")
        own = employer_in_subject(subject, platforms_too=True) or hires_itself(display, labels[-2:][0], text)
        named = company_in(sentences) if "text" in platform.employer else None
        intermediary = _INTERMEDIARY.search(text or "") is not None  # "forwarded to the hiring agency"
        if (
            own
            and len(labels) >= 2
            and company_key(own).replace(" ", "") == labels[-2]
            and not named
            and not intermediary
        ):
            # the platform's own company hiring, from its own domain ("Thank you from Workday!"); a text
            # naming another employer ("USAJOBS - status update ... with Veterans Affairs") wins
            return MailApplication(own, role, "the subject, sent from its own domain", req)
        # a background check's service named in its own text ("a report from First Advantage") is not
        # the employer that ordered it; a platform's own company may hire ("Workday" through Workday)
        app = _named(named, role, "the text", req, platforms_too=platform.kind != "check") if named else None
        return app or MailApplication("", role, f"no employer named (sent through {platform.name})", req)
    if is_role_address(sender):
        # a robot's "Company: PPC Ltd" names the vacancy's employer, unless the robot is the employer's own
        # ("your interest in working with the Ontario Public Service" from ontario.ca: "Organization: Ministry
        # of Transportation" is a part of it)
        field = employer_in_field(text) or sent_to(text)
        own_key = domain_key(sender).replace(" ", "")
        shown = company_key(clean_name(display)).replace(" ", "")
        # a board shows its brand alone ("CareerJunction", "Bayt.com", "IrishJobs"); "Ontario Public Service" is a name
        rest = shown[len(own_key) :] if own_key and shown.startswith(own_key) else None
        brand_only = (
            not shown
            # the brand and at most a short word or its country after it ("BrighterMonday Kenya")
            or (rest is not None and (len(rest) <= 4 or _is_country_tail(display, rest)))
            or (platform is not None and platform.kind == "board")  # a known board's name: "Computrabajo"
            # a service's name, no employer's: "Recrutement en ligne – Gouvernement du Québec"
            or is_service_name(display or "")
        )
        itself = bool(own_key) and own_key in company_key(field or "").replace(" ", "")
        if field and brand_only and not itself:
            return MailApplication(field, role, "a field of the text", req)
    domain = domain_key(sender).replace(" ", "")
    name = clean_name(firm_signed_for(display, domain) or display)  # "Tom Brouwer - Brunel" writes for Brunel
    own_domain = bool(domain) and any(len(w) >= 4 and w.casefold() in domain for w in name.split())
    # "Jordan Ellis <talent@...>" is a recruiter; so is "Colleen Brennan" at fazalbrennan.ca (her name covers
    # one of its words), not "Wells Fargo" at wellsfargo.com nor "Maison Tilleul" at tilleul.fr (the whole domain)
    rest = domain
    for w in name.split():
        rest = rest.replace(w.casefold(), "", 1) if len(w) >= 4 else rest
    person = looks_like_person(name) and not (own_domain and len(rest) <= 3)
    said = " ".join(sentences)
    # a public body or a university hires for itself, whatever it relays ("the interview held on 14 May")
    public = bool(_PUBLIC_HOST.search(sender.rsplit("@", 1)[-1].casefold()))
    writes_as_agency = not public and (AGENCY_WORDS.search(said) is not None or _RELAYED_RX.search(said) is not None)
    agency = bool(AGENCY.search(domain)) or domain in agency_domains() or writes_as_agency
    if agency and not public and (client := client_named(subject, text)):
        # an agency's mail that names its client is about the client's job, whatever its own name ("Adecco:
        # candidatura ricevuta - Junior Buyer (Robert Bosch S.p.A.)")
        return MailApplication(client, role, "the agency's own words (its client)", req)
    # an agency's own name, where it writes about a client ("Aya Healthcare <notifications@ayahealthcare.com>:
    # your profile has been submitted to ..."), names no employer; its own vacancies it may
    agency_name = own_domain and writes_as_agency
    office = is_office(display)  # "Scripps Career Center" is an office, whatever its noise words leave
    behalf = on_behalf_of(text, name) if name else None  # "MyNewTerm on behalf of Harbor Grammar School"
    if behalf:
        return MailApplication(behalf, role, "the sign-off (on behalf of)", req)
    if (
        name
        and company_key(name)
        and (relay or not is_person(name, sender))
        and not person
        and not agency_name
        and not office
    ):
        # "UTA" is "University of Texas at Arlington"; "UB" from buffalo.edu is "University at Buffalo"
        # "DJUSD Human Resource Services" too, its team's words dropped
        head_text = text[:SPELLING_CHARS]
        short = clean_employer(name)
        # an acronym the mail's text itself writes as the employer's name ("HSBC will never ask you") is kept
        said_short = bool(short) and re.search(rf"(?<!\w){re.escape(short)}(?!\w)", head_text) is not None
        # unless the subject itself spells it out ("University of Houston - Application Submitted" from "UH")
        spelled_in_subject = bool(short) and bool(expanded(short, subject, domain=domain))
        said_short = said_short and not spelled_in_subject
        name = (
            name
            if said_short
            else (
                expanded(name, subject, head_text, domain=domain)
                or expanded(short, subject, head_text, domain=domain)
                or name
            )
        )
        app = _named(name, role, "the sender's name", req, platforms_too=platform is None)
        if app is not None and domain and company_key(name).replace(" ", "") == domain and app.company != name:
            # "Fed Finance <candidature@fedfinance.fr>": the domain writes the whole name, "Finance" and all
            app = MailApplication(name, role, "the sender's name, as its domain writes it", req)
        # "Santé Québec – CISSS de l'Outaouais": the name before its tagline
        head = employer_before_tagline(display, platforms_too=platform is None) if app is None else None
        if head and (is_role_address(sender) or not looks_like_person(head)):
            app = MailApplication(head, role, "the sender's name", req)
        if app is not None:
            return app
    if relay and workday:
        app = _named(clean_name(workday).title(), role, "the Workday address", req)
        if app is not None:
            return app
    host = sender.rsplit("@", 1)[-1]
    key = "" if relay or is_office(display) else domain_key(sender)  # a placement office's domain is the university's
    own = key if key and not agency and "@" in sender else ""
    named_own = domain_spelling(own, subject, text[:SPELLING_CHARS]) if own else None
    found_in_text = company_in(sentences, relayed=agency or not key)
    if agency and found_in_text and CLIENT_UNNAMED.search(said) and not client_named(subject, text):
        # "I have submitted your resume to my client ... your turnaround at Valley Physician Partners": the
        # company the text names is not the client it keeps unnamed
        found_in_text = None
    if agency and found_in_text and company_key(found_in_text).replace(" ", "") in domain:
        # an agency's own name in its words ("as we always do at Manfred") gives way to the client it names
        found_in_text = client_named(subject, text) or found_in_text
    if named_own:  # the company's own domain, spelled by its mail ("shelterwell.org.uk", "Shelterwell")
        name = fuller(named_own, found_in_text)  # "Strata Decision Technology" over "Strata Decision"
        for line in _last_lines(text) if name == named_own else ():  # "City of Ottawa" signs ottawa.ca's mail
            longer = fuller(named_own, line)
            if _BODY_OF.fullmatch(longer[: -len(named_own)]) and longer.endswith(
                named_own
            ):  # "City of", not "... Center"
                name = longer
                break
        return MailApplication(name, role, f"the domain {host}, as the mail spells it", req)
    # a person's sign-off whose organisation the domain writes ("Footscray Hospital, Western Health" from wh.org.au)
    # names the employer over a place the text mentions ("the position at Sunshine")
    bare = found_in_text and not has_company_word(found_in_text)  # "Sunshine"; not "The Royal Melbourne Hospital"
    signed_own = signed_for_domain(text, own) if own and bare else None
    if signed_own and company_key(signed_own) != company_key(found_in_text or ""):
        return MailApplication(signed_own, role, "the sign-off, as its domain writes it", req)
    if found_in_text:
        app = _named(found_in_text, role, "the text", req)
        if app is not None:
            return app
    subject_names = employer_in_subject(subject, platforms_too=True)
    if subject_names and not (key and agency):  # an agency's subject names its client only in its text's words
        return MailApplication(subject_names, role, "the subject", req)
    # its own sign-off
    signed = (
        None if key and agency else employer_in_signature(text, platforms_too=True, person=not is_role_address(sender))
    )
    if signed:
        return MailApplication(signed, role, "the signature", req)
    if key and agency:
        # "graham@meridianstaffing.com" writes about its clients: the agency is not the employer,
        # unless its subject names the client it submitted you to ("Profile submitted to Mphasis - ...")
        client = client_named(subject, text)
        if client:
            return MailApplication(client, role, "the agency's own words (its client)", req)
        # the client unnamed ("our client, a leading multinational"): the agency is whom you deal with, for the
        # job it names ("Allen Lane - Policy Officer"); without a job named its name would join several of your
        # applications into one, and the mail goes to review
        agency_itself = domain_spelling(key, display, subject, text[:SPELLING_CHARS]) or signed_for_domain(text, key)
        if (role or req) and agency_itself and is_employer_name(clean_employer(agency_itself)):
            return MailApplication(
                clean_employer(agency_itself), role, f"the recruiting agency itself ({host}), its client unnamed", req
            )
        return MailApplication("", role, f"a recruiting agency's address ({host})", req)
    if key:
        # a domain with no vowel is an acronym the mail must spell ("ssss.gouv.qc.ca" names no one)
        spelled_key = domain_spelling(key, display, subject, text[:SPELLING_CHARS])
        name = (
            spelled_key
            or signed_for_domain(
                text, key
            )  # "Coordinator, Northeast Baltimore Food Justice Network" from nebfoodjustice
            or split_domain(key)
            or (key.title() if _VOWEL.search(key) else key.upper() if len(set(key)) > 1 else "")
        )
        app = _named(name, role, f"the domain {host}", req) if name else None
        if app is not None:
            return app
    return MailApplication("", role, "no employer named", req)
