"""The status of each row of a sheet: the words of its status columns read by meaning (the most
advanced wins, an end first), a yes in a yes/no stage column ("Zweitgespräch: ja"), and a tick in a
stage's date column ("Offer: ✓").  A word nothing reads leaves the status to the dates and goes into
the row's notes, with one question per word (:func:`statuses`).

Examples
--------
>>> yes_no_share(pd.Series(["ja", "nein", "", "Ja"]))
(1.0, 2)
"""

from __future__ import annotations

import pandas as pd

from followup_kit import vocabulary
from followup_kit.io.sheets.columns import YES_NO_FIELDS, json_name, normalise_words
from followup_kit.io.sheets.status_words import AMBIGUOUS_WORDS, MEANING_ORDER, SKIP, read_statuses

_YES = frozenset(w.casefold() for w in vocabulary.SHEET_YES_NO.get("yes", ()))
_NO = frozenset(w.casefold() for w in vocabulary.SHEET_YES_NO.get("no", ()))


def yes_no_share(series: pd.Series) -> tuple[float, int]:
    """The share of a column's filled cells that say yes or no ("ja", "x", "✓"), and how many say yes."""
    text = series.astype(str).str.strip().str.casefold()
    filled = text[text.ne("") & text.ne("nan")]
    if filled.empty:
        return 0.0, 0
    yes = filled.isin(_YES)
    return float((yes | filled.isin(_NO)).mean()), int(yes.sum())


def yes_cells(series: pd.Series) -> pd.Series:
    """True where a cell says yes."""
    return series.astype(str).str.strip().str.casefold().isin(_YES)


def statuses(frame, by_field, values, user_status, cells) -> tuple[pd.Series, pd.DataFrame]:
    """The status of each row: the most advanced meaning among its status columns (an end first);
    a word nothing reads leaves the status to the dates and goes into the row's notes."""
    status = pd.Series(None, index=frame.index, dtype=object)
    rank = pd.Series(len(MEANING_ORDER), index=frame.index)
    shown = pd.Series("", index=frame.index, dtype=object)
    asked = []
    unknown_words = pd.Series("", index=frame.index, dtype=object)
    for col in by_field.get("status", []):
        text = json_name(cells(col))
        read = read_statuses(normalise_words(text), user_status)
        mine = pd.Series(pd.Index(MEANING_ORDER).get_indexer(read["status"].fillna("")), index=frame.index)
        mine = mine.where(mine >= 0, len(MEANING_ORDER))
        better = mine < rank
        status, rank = status.where(~better, read["status"]), rank.where(~better, mine)
        shown = shown.where(shown.ne("") | text.eq(""), text)
        unread = text.ne("") & read["status"].isna()
        if unread.any():  # one question per word, however it is spelt ("Declined", "declined")
            norm = normalise_words(text[unread])
            counts = pd.DataFrame({"word": text[unread], "norm": norm}).groupby("norm", sort=False)
            asked.append(
                pd.DataFrame(
                    {
                        "word": counts["word"].first().to_numpy(dtype=object),
                        "column": col,
                        "rows": counts.size().to_numpy(dtype="int64"),
                        "ambiguous": pd.Series(counts.size().index)
                        .isin(AMBIGUOUS_WORDS)
                        .map({True: "could mean two statuses", False: ""})
                        .to_numpy(),
                    }
                )
            )
            unknown_words = unknown_words.where(~unread | unknown_words.ne(""), text)
    told = unknown_words.ne("")
    notes = values["notes"]
    extra = "Status in the sheet: " + unknown_words
    values["notes"] = notes.where(~told, (notes.fillna("") + "; ").where(notes.notna(), "") + extra)
    values["status"] = status.astype(object).where(status.notna(), None)
    questions = (
        pd.concat(asked, ignore_index=True).drop_duplicates("word", keep="first").reset_index(drop=True)
        if asked
        else pd.DataFrame(columns=["word", "column", "rows", "ambiguous"])
    )
    return shown, questions


def yes_no_stages(frame, by_field, values) -> None:
    """A yes in a stage column ("Zweitgespräch: ja") is the stage reached, when the status says less; a
    no under "Applied?" is a row not applied to yet, when nothing else says it went further."""
    for fld, reached in YES_NO_FIELDS.items():
        for col in by_field.get(fld, []):
            _reach(values, yes_cells(frame[col]), reached)
    for col in by_field.get("was_applied", []):
        no = frame[col].astype(str).str.strip().str.casefold().isin(_NO)
        waiting = values["status"].isna() | values["status"].eq("applied")
        values["status"] = values["status"].where(~(no & waiting), SKIP)


def _reach(values, yes: pd.Series, reached: str) -> None:
    """The rows marked ``yes`` reach the status ``reached``, unless they say more already."""
    behind = values["status"].isna() | values["status"].isin(MEANING_ORDER[MEANING_ORDER.index(reached) + 1 :])
    values["status"] = values["status"].where(~(yes & behind), reached)


#: The status a tick in a stage's date column gives ("Rejected: ✓"), when the row's status says less.
TICKED = {
    "first_response_on": "interviewing",
    "interview_on": "interviewing",
    "offer_on": "offer",
    "rejected_on": "rejected",
}


def ticked_stages(frame, by_field, values) -> None:
    """A tick in a stage's date column ("Offer: ✓") is that stage reached, as a yes in a yes/no column is."""
    for fld, reached in TICKED.items():
        for col in by_field.get(fld, []):
            _reach(values, yes_cells(frame[col]), reached)
