"""A sheet's own key to its status codes, written above the table: "A=applied, I=interview,
R=rejected, O=offer, G=ghosted", "KEY: green = offer, red = no".

People who type one letter or a colour per row usually say once what each means.  The pairs of
the text above the header (``code = words``, ``code: words``) whose words read as a status
(:func:`~followup_kit.io.sheets.status_words.word_meaning`) become answers, as if the user had given
``--status CODE=STATUS``; the user's own answers win.

Examples
--------
>>> legend_words("A=applied, I=interview, R=rejected, O=offer, G=ghosted")
{'a': 'applied', 'i': 'interviewing', 'r': 'rejected', 'o': 'offer', 'g': 'ghosted'}
>>> legend_words("Job search 2024 - last updated Feb 27")
{}
"""

from __future__ import annotations

import re

from followup_kit.io.sheets.columns import normalise_word
from followup_kit.io.sheets.status_words import word_meaning

#: A code and what it means: a short code (a letter, a colour, a word or two), "=" or ":", then words.
_PAIR = re.compile(
    r"(?:^|[,;|\t·•]|\s{2,})\s*(?P<code>[^\s=:,;|·•]{1,12}(?: [^\s=:,;|·•]{1,12})?)\s*[=:]\s*(?P<words>[^,;|\t=·•]{2,40})"
)
_HEADING = re.compile(r"(?i)\b(?:key|legend|codes?|colou?rs?)\s*:")
#: Fewest pairs that make a legend (one "Note: applied" is no key).
MIN_PAIRS = 2


def legend_words(text: str) -> dict[str, str]:
    """``{normalised code: status}`` from a legend in ``text``, or ``{}`` when it holds none."""
    found: dict[str, str] = {}
    text = _HEADING.sub(" ", text or "")  # "KEY: green = offer": the heading is no code
    for m in _PAIR.finditer(text):
        code = normalise_word(m.group("code"))
        status, _ = word_meaning(normalise_word(m.group("words")))
        if code and status and code not in found and code not in ("key", "legend"):
            found[code] = status
    return found if len(found) >= MIN_PAIRS else {}
