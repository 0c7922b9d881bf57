"""A mail's text as the decision rules read it: cut into sentences (not at an abbreviation's dot, a
wrapped line joined again) and normalised to what the word tables are written for
(:func:`normalise`, :func:`sentences`, :func:`split_sentences`).

Examples
--------
>>> sentences("Dear Sam,\\nThank you for applying.  Unfortunately we will not proceed.")
['dear sam,', 'thank you for applying', 'unfortunately we will not proceed']
"""

from __future__ import annotations

import re
import unicodedata

#: Letters without a decomposition that NFKD would drop: Danish and Norwegian "ø", "æ" ("søknad",
#: "desværre"), Polish "ł" ("została"), French "œ" ("main-d'œuvre"); curly and angle quotation marks
#: are kept as '"' (a quotation is read as one).
_UNDECOMPOSED = str.maketrans(
    {
        "ø": "o", "æ": "ae", "ð": "d", "þ": "th", "ł": "l", "œ": "oe", "đ": "d", "ı": "i",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "«": '"', "»": '"',
    }
)  # fmt: skip

#: Sentences of the body (after the subject) looked at: a recruiter gives the decision in the
#: first paragraph or two; a long footer ("if you are not selected for this role, ...") and
#: newsletters' later paragraphs are left alone.  The kit's and the held-out corpora put every
#: decision within the first 8 sentences; 15 leaves room for a long greeting.
DECISION_SENTENCES = 15
# Sentence ends, blank lines, and a line break after a line that ends a sentence or a greeting
# ("Hi Sam,"); a single line break inside a sentence is plain-text wrapping, not an end.
SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n\s*\n|(?<=[,:])[ \t]*\n|(?<=[.!?])(?=[A-Z])")
#: An abbreviation's dot before a word in lower case or a number ("la S.V. non è ammessa", "Job Req. 55731",
#: "Rif. ATM/2501"): no sentence ends there.  Initials ("S.V.", "U.S.") or a short word of the forms and
#: titles that letters use; before a capital the dot may end a sentence ("in the U.S. We met") and is left.
_ABBREVIATION = re.compile(
    r"(?<![\w.])((?:[A-Za-z]\.){1,3}|(?i:req|ref|rif|nr|no|sig|sigg|ing|dott|dr|mr|mrs|ms|prof|art|cod|prot|ca|approx|"
    r"vs|nos|ext|tel|bzw|ggf|evtl|inkl|ref|nº|n°|núm|sr|sra|mme|mlle|st|av|np|tj|ul|wz|zob)\.)(?=[ \t]+[a-z0-9(àèéìòùąćęłńóśźż])"
    # a word that only ever abbreviates, before a capital too: Polish "Analityk ds. Budżetowania" ("do spraw")
    r"|(?<![\w.])((?i:ds)\.)(?=[ \t]+\w)"
)
#: What stands for an abbreviation's dot while a text is split (a one-dot leader), put back after.
_HELD_DOT = "\u2024"


def split_sentences(text: str) -> list[str]:
    """``text`` cut where its sentences end (:data:`SENTENCE_END`), not at an abbreviation's dot.

    Examples
    --------
    >>> split_sentences("Dalla graduatoria la S.V. non è ammessa. Distinti saluti.")
    ['Dalla graduatoria la S.V. non è ammessa.', 'Distinti saluti.']
    """
    held = _ABBREVIATION.sub(lambda m: (m.group(1) or m.group(2)).replace(".", _HELD_DOT), text or "")
    return [part.replace(_HELD_DOT, ".") for part in SENTENCE_END.split(held)]


def normalise(text: str) -> str:
    """Casefolded, accents dropped, one space between words (what the word tables are written for)."""
    text = text.casefold().replace("ß", "ss").replace("\u2019", "'").replace("\u2018", "'").translate(_UNDECOMPOSED)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(text.split())


#: Words a line ending on a comma has when it is a greeting or a sign-off ("Dear Tove,", "Best
#: regards,"), which ends its sentence; a longer one is a sentence wrapped over lines ("If you have not
#: heard from us within four weeks of the deadline,\nyour application has not been selected").
GREETING_WORDS = 4


def _rejoin_wrapped(parts: list[str]) -> list[str]:
    """``parts`` with a part that ends on a comma after more than :data:`GREETING_WORDS` words
    joined to the next: one sentence wrapped over lines."""
    out: list[str] = []
    for part in parts:
        if out and out[-1].rstrip().endswith(",") and len(out[-1].split()) > GREETING_WORDS:
            out[-1] = f"{out[-1].rstrip()} {part.lstrip()}"
        else:
            out.append(part)
    return out


def sentences(text: str, limit: int = DECISION_SENTENCES, *, questions: bool = True) -> list[str]:
    """The first ``limit`` sentences of ``text``, normalised (lines and sentence ends split);
    without ``questions``, a sentence that asks ("Sie möchten keine weiteren Stellenangebote
    erhalten?") is left out: a question decides nothing."""
    out = []
    for part in _rejoin_wrapped(split_sentences(text)):
        if not questions and part.rstrip().endswith("?"):
            continue
        part = normalise(part).strip(" .!?;")
        if part:
            out.append(part)
            if len(out) >= limit:
                break
    return out
