"""What a row's notes say happened last: "phone screen 1/22, then rejected 2/5", "they said no on
4/2", "got the rejection email 4/30, forgot to update".

People update the notes and forget the status column.  A note's clauses are read in order with
the status words of every language (:func:`~followup_kit.io.sheets.status_words.word_meaning`); the last
clause that means something is what the note says last.  Only an answer counts (an offer, an
acceptance, a rejection, a withdrawal, silence): a stage in the notes ("final round 5/15 -
waiting") leaves the status column's word alone.

Examples
--------
>>> notes = pd.Series(["screen 2/24, portfolio review 3/6... they said no 3/14", "whiteboard 3/27, final round 5/15",
...                    "referral from Sam", None, "withdrew - 6 mo contract, no benefits"])
>>> told_in_notes(notes).tolist()
['rejected', None, None, None, 'withdrawn']
>>> told_in_notes(pd.Series(["offer 4/10 (L4 SEA). told them no 4/23", "ACCEPTED 4/22!!! start Aug 11"])).tolist()
['withdrawn', 'accepted']
"""

from __future__ import annotations

import re

import pandas as pd

from followup_kit.io.sheets.columns import normalise_word
from followup_kit.io.sheets.status_words import word_meaning

#: What a note may say last that the status column does not: an answer, never a stage.  An
#: acceptance only after an offer the status column holds (:data:`AFTER_OFFER`): "withdrew after
#: accepting another offer" names one elsewhere, and "accepted the interview invite" is a stage.
ANSWERS = ("offer", "rejected", "withdrawn", "ghosted", "accepted")
#: What a note may say after an offer the status column holds: "ACCEPTED 4/22!!!", "told them no 4/23".
AFTER_OFFER = ("accepted", "withdrawn")
#: Where a note's clauses part: punctuation, arrows, "then", "but".
_WITHDREW = re.compile(r"\b(?:withdrew|withdrawn|withdrawing|pulled out|backed out|dropped out)\b")
_CLAUSE = re.compile(r"\s*(?:[,;.!?]+|->|→|=>|\s[-–—]\s|\bthen\b|\bbut\b|\bafterwards\b)\s*", re.IGNORECASE)


def told_in_notes(notes: pd.Series) -> pd.Series:
    """The answer each note ends on (one of :data:`ANSWERS`), or None; each distinct note is read once."""
    filled = notes.dropna().astype(str)
    distinct = filled.drop_duplicates()
    read = pd.Series([_last_answer(n) for n in distinct], index=distinct.to_numpy(), dtype=object)
    out = pd.Series(None, index=notes.index, dtype=object)
    out[filled.index] = filled.map(read).to_numpy()
    return out.where(out.notna(), None)


def _last_answer(note: str) -> str | None:
    last = None
    for clause in _CLAUSE.split(note):
        words = normalise_word(clause)
        meaning, _ = word_meaning(words) if words else (None, "")
        if meaning == "accepted" and _WITHDREW.search(words):
            meaning = "withdrawn"  # "withdrew after accepting MW": your own step here, a job taken elsewhere
        if meaning is not None:
            last = meaning
    return last if last in ANSWERS else None
