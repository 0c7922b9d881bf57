"""The level an employer is named at, where a mail names more than one: an organisation over the title
line of its writer's signature when a run-together domain writes it (:func:`signed_for_domain`), the
agency that hires over a state's government as a whole (:func:`hiring_agency`), a university over its
school or department (:func:`university_of`), and one language's part of a bilingual name
(:func:`one_language`).  A job seeker writes "Illinois EPA", "University of Michigan", "Welsh Government".
"""

from __future__ import annotations

import re

from followup_kit.io.mail.naming import SIGNATURE_LINES, first_employer
from followup_kit.io.mail.platforms import job_title_pattern
from followup_kit.io.matching import company_key


def signed_for_domain(text: str, key: str) -> str | None:
    """The organisation a person's sign-off names after a title ("Coordinator, Northeast Baltimore Food
    Justice Network"; "Deputy Director | ..."; or on the line under the title) whose words the sender's
    run-together domain ``key`` writes ("nebfoodjustice"), or None.  Only a domain the mail never spells
    asks this: a title's tail may be a department, and the domain tells the organisation from it.

    >>> signed_for_domain("Thanks,\\nMalik\\nCoordinator, Northeast Baltimore Food Justice Network", "nebfoodjustice")
    'Northeast Baltimore Food Justice Network'
    >>> signed_for_domain("Thanks,\\nMalik\\nCoordinator, Community Programs", "nebfoodjustice") is None
    True
    """
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()][-SIGNATURE_LINES:]
    titles = job_title_pattern()
    for above, line in zip(["", *lines], lines, strict=False):
        parts = _TITLE_SPLIT.split(line, maxsplit=1)
        if len(parts) == 2 and titles.search(parts[0]) and len(line) <= 100:
            candidates = [parts[1]]
        elif titles.search(above) and len(above) <= 60 and "." not in above:
            # the line under a title, whole or by its parts ("Footscray Hospital, Western Health")
            candidates = [line, *(part for part in _TITLE_SPLIT.split(line) if part != line)]
        else:
            continue
        for raw in candidates:
            name = first_employer([raw])
            if name and _writes_domain(name, key):
                return name
    return None


#: Where a signature's title ends and its organisation starts: "Coordinator, X", "Director | X", "Lead - X".
_TITLE_SPLIT = re.compile(r",\s+|\s+[|–—-]\s+|\s+(?i:at)\s+")


def _writes_domain(name: str, key: str) -> bool:
    """True when a run of two or more of ``name``'s words, or one word of six letters or more, is
    written in the domain ``key`` ("Food Justice" in "nebfoodjustice"), or the domain is its initials."""
    words = company_key(name).split()
    runs = ("".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    # or its initials are the whole domain: "Western Health" writes "wh" (wh.org.au)
    acronym = len(words) >= 2 and "".join(w[0] for w in words) == key
    return acronym or any((len(run) >= 6) and run in key for run in runs)


#: A state's government as a whole, which hires through its agencies: "State of Minnesota",
#: "Commonwealth of Pennsylvania", "Government of Alberta", "Province of British Columbia".
_WHOLE_GOVERNMENT = re.compile(r"^(?:the )?(?:State|Commonwealth|Government|Province) of (?P<place>[A-Z][\w .'-]+)$")
#: The agency a government's letter names for the job: "the Toxicologist position, Requisition 44873, with the
#: Illinois Environmental Protection Agency, Bureau of Water", "the position of ... with the Department of Public Health".
_WITH_AGENCY = re.compile(
    r"\b(?:position|job|vacancy|role|opening|post)\b[^.\n]{0,160}?\bwith the\s+"
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|and|for|the|on))*)"
)
#: A unit's kind that names an agency only with its state: "Department of Environmental Protection".
_AGENCY_UNIT = re.compile(r"^(?:Department|Office|Bureau|Division|Agency|Ministry) (?:of|for) ")


def hiring_agency(company: str, text: str) -> str | None:
    """The agency that hires, where ``company`` is a state's government as a whole and the text
    names the agency for the job; its department is named with its state ("Pennsylvania Department of
    Environmental Protection").  None otherwise.

    >>> hiring_agency("State of Illinois", "Thank you for applying to the Analyst position with the "
    ...               "Illinois Environmental Protection Agency, Bureau of Water.")
    'Illinois Environmental Protection Agency'
    >>> hiring_agency("Commonwealth of Pennsylvania", "the Supervisor position with the Department of "
    ...               "Environmental Protection, Harrisburg, PA.")
    'Pennsylvania Department of Environmental Protection'
    >>> hiring_agency("Acme", "the Analyst position with the Data team") is None
    True
    """
    whole = _WHOLE_GOVERNMENT.match(company or "")
    if whole is None:
        return None
    m = _WITH_AGENCY.search((text or "")[:2000])
    name = first_employer([m.group("name")]) if m else None
    if (
        not name
        or company_key(name) == company_key(company)
        or company_key(name).endswith(company_key(whole.group("place")))
    ):
        return None  # "with the State of Minnesota": the whole again
    return f"{whole.group('place')} {name}" if _AGENCY_UNIT.match(name) else name


#: A part of a university by its kind: "Zilber School", "College of Public Health", "Department of Ecology".
_ACADEMIC_UNIT = re.compile(r"\b(?:School|College|Faculty|Department|Dept|Division|Program(?:me)?|Center|Centre)\b")
#: A university's own name in a text: "the University of Wisconsin-Milwaukee", "Indiana University".
_UNIVERSITY = re.compile(
    r"\b(?P<name>University (?:of|at) [A-Z][\w'’.-]*(?:[ -](?:of |at )?[A-Z][\w'’.-]*){0,3}"
    r"|(?:[A-Z][\w'’.-]*[ ]){1,3}University)\b"
)


def university_of(company: str, text: str) -> str | None:
    """The university a part of it writes for ("Zilber School" writes "your application to the Zilber
    College of Public Health at the University of Wisconsin-Milwaukee"), or None when ``company`` is
    no part of one or the text names none.  Only for mail from a university's own address.

    >>> university_of("Zilber School", "your application to the Zilber College at the University of Harbor-East.")
    'University of Harbor-East'
    >>> university_of("Northfield University", "at Northfield University") is None
    True
    """
    if "University" in company or _ACADEMIC_UNIT.search(company) is None:
        return None
    return first_employer(m.group("name") for m in _UNIVERSITY.finditer((text or "")[:2000]))


#: English words of a public body's or an institution's name: of a bilingual name ("Llywodraeth Cymru /
#: Welsh Government", "Cyngor Caerdydd / Cardiff Council") the part that has them is the one kept.
_ENGLISH_BODY = re.compile(
    r"\b(?:Government|Council|University|County|City|Department|Ministry|Agency|Service|Trust|"
    r"Board|Office|Health|School|College|Authority|Association|Housing)\b"
)


def one_language(name: str) -> str:
    """One language's part of a bilingual name written "A / B": the English one where one part alone
    has an English institution's word, else the name as it is.

    >>> one_language("Recriwtio Llywodraeth Cymru / Welsh Government Recruitment")
    'Welsh Government Recruitment'
    >>> one_language("Harbor Labs / Careers")
    'Harbor Labs / Careers'
    """
    parts = [p.strip() for p in re.split(r"\s+/\s+", name or "")]
    english = [p for p in parts if _ENGLISH_BODY.search(p)]
    return english[0] if len(parts) == 2 and len(english) == 1 else name


__all__ = ["hiring_agency", "one_language", "signed_for_domain", "university_of"]
