"""The employer a field line of a mail names: "Employer: Harbor Labs", "Organisation : Revenu Québec",
"Department: HM Courts & Tribunals Service" (:func:`employer_in_field`).  A job site lays a vacancy out
so; it is read first, on every platform, before the sender's name or the subject."""

from __future__ import annotations

import re

from followup_kit.io.mail.naming import first_employer
from followup_kit.io.mail.persons import looks_like_person
from followup_kit.io.matching import company_key

#: Characters of a mail's text searched for a field line (a vacancy's card is near the top).
FIELD_CHARS = 2_000

#: A line of a platform's mail that names the employer by its field: "Employer: Harbor Labs",
#: "Organisation: Age UK Leeds", "Hiring company: ...".  A job site lays out the vacancy so (Civil
#: Service Jobs' "Department: HM Courts & Tribunals Service", USAJOBS' "Agency: ...").
_FIELD = re.compile(
    r"^[ \t]*(?i:employer|company|organi[sz]ation|hiring (?:organi[sz]ation|company|employer|agency|body)|"
    r"client|trust|agency|department|arbeitgeber|unternehmen|behörde|behorde|dienststelle|employeur|entreprise|empresa|"
    # the same field in the other languages job boards write: "Azienda: ...", "Företag: ...", "Werkgever: ..."
    r"azienda|societ[àa]|datore di lavoro|f[öo]retag|arbetsgivare|bedrijf|werkgever|organisatie|empregador|"
    r"pracodawca|firma|arbejdsgiver|virksomhed|arbeidsgiver|"
    # a German public portal's "Anbieter: Bundesamt für ..." (Interamt)
    r"anbieter|ausschreibende (?:stelle|behörde|behorde))"
    r"[ \t]*:[ \t]*(?P<name>[^\n:]{2,160}?)[ \t]*$",
    re.MULTILINE,
)
#: A department or an agency is a field of a company's own vacancy too ("Department: Engineering"):
#: there it names the employer only as a public body does ("HM Revenue and Customs", "Ministry of ...").
_PUBLIC_BODY = re.compile(
    r"\b(?:HM|His Majesty|Department|Ministry|Office|Agency|Authority|Commission|Service|Services|Council|Trust|"
    r"Courts|Revenue|Police|Government|Executive|Cabinet|Treasury|Board|Administration)\b"
)
_FIELD_KEY_PUBLIC = ("department", "agency")


def employer_in_field(text: str) -> str | None:
    """The employer a field line of ``text`` names ("Department: HM Courts & Tribunals Service"), or None.

    >>> employer_in_field("Job title: Officer\\nDepartment: HM Courts & Tribunals Service\\nLocation: Leeds")
    'HM Courts & Tribunals Service'
    >>> employer_in_field("Department: Engineering\\nLocation: Remote") is None
    True
    """
    for m in _FIELD.finditer((text or "")[:FIELD_CHARS]):
        key = m.group(0).split(":", 1)[0].strip().casefold()
        name = m.group("name")
        if key in _FIELD_KEY_PUBLIC and not _PUBLIC_BODY.search(name):
            continue
        # a long official name with its short one: "Bundesamt für ... der Bundeswehr (BAAINBw), Koblenz"
        short = _ACRONYM.search(name)
        found = first_employer([name, *([short.group(1)] if short else []), name.split(",")[0]])
        head = name[: short.start()] if short else ""
        # cut at its comma ("Bundesamt für Ausrüstung, Informationstechnik ... (BAAINBw)"), not a unit after a
        # dash ("Belastingdienst - Centrum voor ... (CAO)": the CAO is a part of it)
        if short and found and "," in head and company_key(found) == company_key(head.split(",")[0]):
            found = first_employer([short.group(1)]) or found  # cut short at its comma: its own short name
        # a field that says it holds an organisation ("Organisation : Revenu Québec") is believed, whatever
        # the name's shape; a client's or an agency's may hold a person's
        if found and (key in _ORGANISATION_KEYS or not looks_like_person(found)):
            return found
        if not found and key in _ORGANISATION_KEYS and _LONG_BODY.match(name):
            # a public body's long name, as its own site writes it: "Ministère de la Cybersécurité et du Numérique"
            return " ".join(name.split())
    return None


#: A public body's long name, its kind first: "Ministère de la Cybersécurité et du Numérique".
_LONG_BODY = re.compile(
    r"(?i)^\s*(?:minist\w+|d[ée]partement|department|secr[ée]tariat|agence|agency|commission|conseil|council|"
    r"direction|office|bureau|soci[ée]t[ée]|universit\w+|ville|city|county|gemeente|stadt|centre|center|institut\w*)"
    r"\s+(?:[\w'’.-]+\s+){1,10}[\w'’.-]+\s*$"
)


#: Field names that can only hold an organisation.
_ORGANISATION_KEYS = (
    "organisation", "organization", "employer", "company", "hiring organisation", "hiring organization",
    "hiring company", "hiring employer", "employeur", "entreprise", "empresa", "arbeitgeber", "unternehmen",
    "azienda", "società", "societa", "datore di lavoro", "företag", "foretag", "arbetsgivare", "bedrijf", "werkgever",
    "organisatie", "empregador", "pracodawca", "firma", "arbejdsgiver", "virksomhed", "arbeidsgiver", "anbieter",
    "ausschreibende stelle", "ausschreibende behörde", "ausschreibende behorde",
)  # fmt: skip
_ACRONYM = re.compile(r"\((?=[A-Za-z]*[A-Z][a-z]*[A-Z])([A-Z][A-Za-z]{1,9}[A-Za-z])\)")
