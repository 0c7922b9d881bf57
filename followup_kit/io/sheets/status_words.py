"""Which status word of a job seeker's sheet means which status: the kit's own words in every language
(:data:`STATUS_WORDS`, from :data:`followup_kit.vocabulary.SHEET_STATUS_WORDS`), their stems and shapes,
typos within :data:`FUZZY_SCORE`, the user's own answers first; and the order meanings win in.

Examples
--------
>>> word_meaning("reeejected")[0], word_meaning("gesprek gehad, afgewezen")[0]
('rejected', 'rejected')
"""

from __future__ import annotations

import functools
import re

import pandas as pd

from followup_kit import vocabulary
from followup_kit.errors import InputError
from followup_kit.io.sheets.columns import FUZZY_LENGTH, normalise_word

SKIP = "skip"
#: Status words recognised without a ``status_map``, compared after :func:`normalise_word`;
#: the table people extend is :data:`followup_kit.vocabulary.SHEET_STATUS_WORDS`.
STATUS_WORDS = {
    status: tuple(dict.fromkeys(normalise_word(w) for w in words))
    for status, words in vocabulary.SHEET_STATUS_WORDS.items()
}
_STATUS = {word: status for status, words in STATUS_WORDS.items() for word in words}
#: Status words that could mean two statuses; never read without the user's ``status_map``.
AMBIGUOUS_WORDS = tuple(dict.fromkeys(normalise_word(w) for w in vocabulary.SHEET_AMBIGUOUS_STATUS_WORDS))


def kit_statuses(words: pd.Series, user_words: dict[str, str]) -> pd.Series:
    """The kit status of each word (already :func:`normalise_word`-ed): ``user_words`` first, then :data:`STATUS_WORDS`.

    >>> kit_statuses(pd.Series(["refuse", "on fire"]), {"on fire": "offer"}).tolist()
    ['rejected', 'offer']
    """
    return words.map(user_words).where(lambda s: s.notna(), words.map(_STATUS))


#: When a word holds two meanings, the later stage wins: an end first, then offer, interviewing, applied.
MEANING_ORDER = ("accepted", "rejected", "withdrawn", "ghosted", "offer", "interviewing", "applied", SKIP)
#: A typo within this similarity (rapidfuzz ratio, 0-100) of a known word or stem still reads as it
#: ("reeejected" is 89 from "rejected"); chosen on the real trackers of issue 24, where no word
#: of another meaning came within 85.
FUZZY_SCORE = 85
#: A stem this long also reads at the end of a compound word ("gesprach" in "Zweitgespräch").
COMPOUND_STEM = 7

_SHAPES = {
    status: re.compile("|".join(f"(?:{p})" for p in shapes))
    for status, shapes in vocabulary.SHEET_STATUS_SHAPES.items()
    if shapes
}
_STEMS = {
    stem: status
    for status in reversed(MEANING_ORDER)
    for stem in dict.fromkeys(normalise_word(w) for w in vocabulary.SHEET_STATUS_STEMS.get(status, ()))
}
_NEGATIONS = frozenset(normalise_word(w) for w in vocabulary.SHEET_STATUS_NEGATIONS)


def _first_meaning(found) -> str | None:
    """The meaning that wins among ``found`` (:data:`MEANING_ORDER`); two different ends are no meaning."""
    found = set(found)
    ends = found & {"accepted", "rejected", "withdrawn", "ghosted"}
    if len(ends - {"accepted"}) > 1:
        return None
    return next((m for m in MEANING_ORDER if m in found), None)


def _token_meaning(token: str) -> tuple[str | None, str]:
    """The meaning of one word by its stem, a cut-off stem ("Rejec") or a typo ("reeejected")."""
    if token in _STATUS:
        return _STATUS[token], "word"
    for stem, status in _STEMS.items():
        if (
            token.startswith(stem)
            or (len(stem) >= COMPOUND_STEM and token.endswith(stem))  # "Zweitgespräch"
            or (len(token) >= 4 and stem.startswith(token) and len(stem) - len(token) <= 3)  # "Rejec"
        ):
            return status, "stem"
    if len(token) < FUZZY_LENGTH:
        return None, ""
    from rapidfuzz import fuzz, process

    hit = process.extractOne(token, _FUZZY_WORDS, scorer=fuzz.ratio, score_cutoff=FUZZY_SCORE)
    for length, stems in _FUZZY_STEMS.items():  # a typo in the stem of a longer word ("reeejection")
        if hit is None:
            hit = process.extractOne(token[: length + 1], stems, scorer=fuzz.ratio, score_cutoff=FUZZY_SCORE)
    if hit is None:
        return None, ""
    return (_STATUS.get(hit[0]) or _STEMS[hit[0]]), "typo"


_FUZZY_WORDS = [w for w in (*_STATUS, *_STEMS) if " " not in w and len(w) >= FUZZY_LENGTH]
_FUZZY_STEMS: dict[int, list[str]] = {}
for _stem in _STEMS:
    if len(_stem) >= FUZZY_LENGTH:
        _FUZZY_STEMS.setdefault(len(_stem), []).append(_stem)


@functools.lru_cache(maxsize=4096)
def word_meaning(word: str) -> tuple[str | None, str]:
    """The kit status a status word means, and how it was read (``"word"``, ``"shape"``, ``"stem"``, ``"typo"``).

    ``word`` is normalised (:func:`normalise_word`).  A known word (:data:`STATUS_WORDS`) is read as
    listed; else a phrase shape of :data:`followup_kit.vocabulary.SHEET_STATUS_SHAPES`; else the
    stems of its words, unless a negation comes before them ("no offer"); ``(None, "")`` when
    nothing reads it, or when it could mean two ends.

    >>> [word_meaning(normalise_word(w))[0] for w in ("reeejected", "Rejection :(", "Negative (Application rejected)")]
    ['rejected', 'rejected', 'rejected']
    >>> [word_meaning(normalise_word(w))[0] for w in ("No Current Opportunity", "Role Filled / Closed", "Not Pursued")]
    ['rejected', 'rejected', 'withdrawn']
    >>> [word_meaning(normalise_word(w))[0] for w in ("abgesagt", "Suspected Ghost Job", "ongoing", "Delivery Failed")]
    ['rejected', 'ghosted', 'applied', 'withdrawn']
    >>> word_meaning("purple")
    (None, '')
    """
    if not word:
        return None, ""
    if word in _STATUS:
        return _STATUS[word], "word"
    if word in AMBIGUOUS_WORDS:
        return None, ""
    shaped = [status for status, pattern in _SHAPES.items() if pattern.search(word)]
    found, how, negated, ambiguous = _token_meanings(word)
    if shaped:
        if not negated and set(shaped) <= {
            "applied",
            "interviewing",
        }:  # an end in its words wins ("Phone screen - rejected")
            shaped += found
        elif not negated and set(shaped) == {"offer"} and "accepted" in found:  # "offer received, accepted"
            shaped.append("accepted")
        return _first_meaning(shaped), "shape"
    if ambiguous:  # "Offer declined": by whom? asked, like "Declined" alone
        return None, ""
    if not found or negated:
        return None, ""
    return _first_meaning(found), "typo" if "typo" in how else "stem"


def _token_meanings(word: str) -> tuple[list, set, bool, bool]:
    """The meanings of a phrase's words, how they were read, whether a negation came first, and
    whether an ambiguous word is among them."""
    found, how = [], set()
    negated = ambiguous = False
    for token in word.split(" "):
        if token in _NEGATIONS:
            negated = True
            continue
        if token in AMBIGUOUS_WORDS:
            ambiguous = True
            continue
        meaning, by = _token_meaning(token)
        if meaning is not None:
            found.append(meaning)
            how.add(by)
    return found, how, negated, ambiguous


def read_statuses(words: pd.Series, user_words: dict[str, str]) -> pd.DataFrame:
    """The status of each (normalised) word and how it was read: the user's answer first, then :func:`word_meaning`.

    Each distinct word is read once.  Columns ``status`` (``None`` where unread) and ``how``
    (``"your answer"``, ``"word"``, ``"shape"``, ``"stem"``, ``"typo"`` or ``""``).

    >>> read_statuses(pd.Series(["reeejected", "on fire", "purple", ""]), {"on fire": "offer"}).values.tolist()
    [['rejected', 'typo'], ['offer', 'your answer'], [None, ''], [None, '']]
    """
    distinct = pd.Index(words.drop_duplicates())
    read = [
        (user_words[w], "your answer") if w in user_words else word_meaning(w) for w in distinct
    ]  # one call per distinct word: a status column repeats a handful
    table = pd.DataFrame(read, index=distinct, columns=["status", "how"], dtype=object)
    where = distinct.get_indexer(words)
    out = pd.DataFrame(table.to_numpy()[where], index=words.index, columns=["status", "how"], dtype=object)
    return out.where(out.notna(), None)


def user_status_words(status_map, file) -> dict[str, str]:
    """The user's ``{"word": "status"}`` map with its words normalised; an unknown status is an :class:`InputError`."""
    out = {}
    for word, status in (status_map or {}).items():
        if status not in (*vocabulary.STATUSES, SKIP):
            raise InputError(
                f"--status {word}={status}: {status!r} is not a status; statuses are "
                + ", ".join(vocabulary.STATUSES)
                + f" (or {SKIP} for rows not applied to yet)",
                file=file,
            )
        out[normalise_word(word)] = status
    return out
