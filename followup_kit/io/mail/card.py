"""The employer on a job board's card (:func:`employer_on_card`).

A job board's confirmation lays the vacancy out as a card, in every language the same way: the
job's title on a line, the employer on the line under it, often with the place after a dash
("Process Engineer" / "Technoprobe S.p.A. – Cernusco Lombardone (LC)"), or a field line
("Azienda: Meccanica Brianza S.r.l.").  Where a board's own template names no employer, the card
does; the title is the role the subject or the template already read."""

from __future__ import annotations

import re

from followup_kit.io.mail.fields import FIELD_CHARS, employer_in_field
from followup_kit.io.mail.naming import employer_of

#: Longest title line read as the card's (a sentence that mentions the role is no card).
TITLE_CHARS = 120
#: Most words of an employer's name on its line (a longer line is a sentence).
MAX_NAME_WORDS = 8
#: What follows the employer on its line: a place or a salary after a dash, a bar or a dot.
_AFTER_NAME = re.compile(r"\s+[-–—·|•]\s+|\s{3,}|\t")
_WORDS = re.compile(r"[^\W_]+")


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.casefold())


def _is_title_line(line: str, role: list[str]) -> bool:
    """True when ``line`` is the card's title: the role's words first ("Data Analyst, Community
    Financial Services" under the subject's "Data Analyst"), or the line's words first in the role."""
    words = _words(line)
    if not words or not role or len(line) > TITLE_CHARS:
        return False
    # or the subject's role holds more: "Process Engineer - Harbor Tools" over the card's "Process Engineer"
    return words[: len(role)] == role or role[: len(words)] == words


def employer_on_card(text: str, role: str | None) -> str | None:
    """The employer a board's card names: a field line, else the line under the title ``role``.

    Examples
    --------
    >>> employer_on_card("Your application was sent\\n\\nProcess Engineer\\nHarbor Tools S.p.A. – Monza (MB)\\n", "Process Engineer")
    'Harbor Tools'
    >>> employer_on_card("Offerta: Tecnico\\nAzienda: Meccanica Nord S.r.l.\\n", None)
    'Meccanica Nord'
    >>> employer_on_card("We received your application for Process Engineer.\\nThanks", "Process Engineer") is None
    True
    """
    return read_card(text, role)[0]


def read_card(text: str, role: str | None) -> tuple[str | None, str | None]:
    """The employer and the job's whole title a board's card names (the title where the card shows it
    under the subject's shorter ``role``: "Analytics Executive (Data Analyst)" for "Analytics
    Executive"), each None where the card does not show it.

    >>> read_card("Analytics Executive (Data Analyst)\\nHarbor Grocers Co-operative\\n", "Analytics Executive")
    ('Harbor Grocers Co-operative', 'Analytics Executive (Data Analyst)')
    """
    wanted = _words(role or "")
    lines = [line.strip() for line in (text or "")[:FIELD_CHARS].splitlines()]
    for i, line in enumerate(lines[:-1]):
        if not _is_title_line(line, wanted):
            continue
        under = next((ln for ln in lines[i + 1 : i + 3] if ln), "")
        head = _AFTER_NAME.split(under, maxsplit=1)[0]
        # a card's line under the title is the employer's, a person's name there too ("Harbor Tools")
        short = head and len(head.split()) <= MAX_NAME_WORDS and not _is_title_line(head, wanted)
        named = employer_of(head) if short else None
        if named:
            return employer_in_field(text) or named, line if len(_words(line)) > len(wanted) else None
    return employer_in_field(text), None
