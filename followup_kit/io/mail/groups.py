"""A group's company and its parts: the member a group's mail names ("at Stanbic IBTC Bank, a member of
Standard Bank Group", :func:`member_of_group`) and a part a national service's mail names ("NHS Scotland
Recruitment" ... "with NHS Lothian", :func:`part_of`).  The company that hires is the member or the part.

Examples
--------
>>> member_of_group("Highmark Health", ["Thank you for applying at Allegheny Health Network, a member of Highmark Health."])
'Allegheny Health Network'
>>> part_of("NHS Scotland", "NHS Lothian"), part_of("Amazon", "Amazon Web Services")
(True, False)
"""

from __future__ import annotations

import re

from followup_kit.io.mail.places import is_place
from followup_kit.io.mail.platforms import clean_employer
from followup_kit.io.matching import company_key

#: A company and the group it belongs to: "at Allegheny Health Network, a member of Highmark Health".
MEMBER_OF = re.compile(
    r"\b(?i:at|with|for|join|joining)\s+(?:the\s+)?(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|&)){0,6}),?\s+"
    r"(?i:(?:a|an|the)\s+)?(?i:member|part|subsidiary|division|affiliate|company|brand)\s+(?i:of)\s+(?i:the\s+)?"
    r"(?P<group>[A-Z][^,.;\n]{1,60})"
)


def part_of(whole: str, part: str) -> bool:
    """True when ``part`` names a part of ``whole`` by its first word and more words of its own ("NHS
    Greater Glasgow and Clyde" of "NHS Scotland"); "Amazon Web Services" holds all of "Amazon" and is left."""
    w, p = company_key(whole).split(), company_key(part).split()
    return bool(w) and len(p) >= len(w) and p[0] == w[0] and not all(x in p for x in w)


def member_of_group(group: str, sentences: list[str]) -> str | None:
    """The company the first sentences name as a member of ``group`` (a platform's name for the
    employer): "at Allegheny Health Network, a member of Highmark Health" hires, not Highmark Health."""
    member = MEMBER_OF.search(" ".join(sentences))
    if member is None or company_key(group).split()[:1] != company_key(member.group("group")).split()[:1]:
        return None
    own = clean_employer(member.group("name"))
    return own if own and company_key(own) != company_key(group) and not is_place(own) else None
