"""The rules that tell an interview invitation from everyday events, and a person from a room.

Pure functions over the quick and full readings of :mod:`followup_kit.io.calendar.read`;
:mod:`followup_kit.io.calendar.invitations` applies them to a tracker.

Examples
--------
>>> interview_words("Vorstellungsgespräch – Northwind"), interview_words("Dentist")
('strong', None)
>>> interview_words("Call with Ana")
'weak'
>>> name_from_address("ana-maria.example@northwind.example")
'Ana-Maria Example'
"""

from __future__ import annotations

import re

from followup_kit.io.matching import fold_text, is_role_address
from followup_kit.vocabulary import ATS_DOMAINS, RECRUITER_WORDS, STRONG_INTERVIEW_WORDS, WEAK_INTERVIEW_WORDS

#: Calendar domains of rooms, resources and shared calendars (Google writes these as attendees).
RESOURCE_DOMAINS = (
    "resource.calendar.google.com",
    "group.calendar.google.com",
    "group.v.calendar.google.com",
    "import.calendar.google.com",
)
#: Attendee types that are not people (RFC 5545 CUTYPE).
NOT_PEOPLE_CUTYPES = ("ROOM", "RESOURCE", "GROUP", "UNKNOWN")
#: Local parts and display names of meeting rooms written as ordinary attendees.
_ROOM = re.compile(
    r"^(room|rooms|conf|conference|meetingroom|meeting-room|salle|raum|sala|besprechungsraum)"
    r"([-._0-9]|$)|\b(room|salle|raum|sala de reuniones|besprechungsraum|meeting room)\b",
    re.I,
)


def _words(patterns) -> re.Pattern:
    return re.compile(r"\b(" + "|".join(patterns) + r")\b")


_STRONG = _words(STRONG_INTERVIEW_WORDS)
_WEAK = _words(WEAK_INTERVIEW_WORDS)
_RECRUITER = _words(RECRUITER_WORDS)


def interview_words(*texts: str) -> str | None:
    """``"strong"`` if the texts name an interview, ``"weak"`` if they only hint at one, else None."""
    folded = fold_text(" ".join(t for t in texts if t))
    if _STRONG.search(folded):
        return "strong"
    if _WEAK.search(folded):
        return "weak"
    return None


def mentions_recruiter(*texts: str) -> bool:
    """True if the texts say a recruiter (or HR, talent team ...) is the one met.

    Examples
    --------
    >>> mentions_recruiter("Phone screen with Ana"), mentions_recruiter("Technical interview")
    (True, False)
    """
    return bool(_RECRUITER.search(fold_text(" ".join(t for t in texts if t))))


def _domain_in(domain: str, domains) -> bool:
    return any(domain == d or domain.endswith("." + d) for d in domains)


def why_not_a_person(address: str, name: str | None, cutype: str, role: str | None, me: frozenset[str]) -> str | None:
    """Why an organiser or attendee is not someone met, or None if they are.

    Examples
    --------
    >>> why_not_a_person("r1@resource.calendar.google.com", "Room 4", "INDIVIDUAL", None, frozenset())
    'a room or resource'
    >>> why_not_a_person("interviews@northwind.example", None, "INDIVIDUAL", None, frozenset())
    'a shared or robot address'
    >>> why_not_a_person("ana@northwind.example", "Ana Example", "INDIVIDUAL", None, frozenset()) is None
    True
    """
    domain = address.rsplit("@", 1)[-1]
    if address in me:
        return "you"
    if cutype in NOT_PEOPLE_CUTYPES or _domain_in(domain, RESOURCE_DOMAINS):
        return "a room or resource"
    if _ROOM.search(address.split("@", 1)[0]) or (name and _ROOM.search(name)):
        return "a room or resource"
    if role == "NON-PARTICIPANT":
        return "copied for information"
    if is_role_address(address):
        return "a shared or robot address"
    if _domain_in(domain, ATS_DOMAINS):
        return "a scheduling or video service"
    return None


def name_from_address(address: str) -> str:
    """A readable name from an address's local part (``ana.example@`` -> ``Ana Example``)."""
    local = address.split("@", 1)[0].split("+", 1)[0]
    words = [w for w in re.split(r"[._]+", local) if w]
    return " ".join("-".join(part[:1].upper() + part[1:] for part in w.split("-")) for w in words) or address


def clean_name(name: str | None, address: str) -> str:
    """The display name to store: the ``CN`` without quotes, an address or 'Last, First' order kept; else from the address."""
    text = " ".join(str(name or "").replace('"', "").split())
    if not text or text.lower() == address or "@" in text:
        return name_from_address(address)
    return text[:300]
