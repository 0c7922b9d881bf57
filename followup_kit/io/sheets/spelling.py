"""One spelling per company within a sheet: a typo the author made once ("Cloudfare", "Atlassain",
"Datadgo") reads as the spelling the sheet uses more often ("Cloudflare", "Atlassian", "Datadog").

People type company names by hand, row after row; a slip splits one employer in two, and in a
log of one row per step it splits one application.  Two names are one company's when their keys
(:func:`~followup_kit.io.matching.company_key`: casefolded, accents and legal forms dropped) are one
edit apart (a letter added, dropped, changed, or two letters swapped: Damerau-Levenshtein) and
at least :data:`MIN_LETTERS` long; the rarer spelling gives way to the more frequent one, and a tie
changes nothing (the sheet does not say which is right).  Each change is said in the import's notes.

Examples
--------
>>> names = pd.Series(["Cloudflare", "Cloudfare", "Cloudflare", "Meta", "Mesa", "Stripe"])
>>> fixed, notes = one_spelling(names)
>>> fixed.tolist()
['Cloudflare', 'Cloudflare', 'Cloudflare', 'Meta', 'Mesa', 'Stripe']
>>> notes
["'Cloudfare' (1 row) is read as 'Cloudflare' (2 rows): one letter apart"]
"""

from __future__ import annotations

import pandas as pd

from followup_kit.io.matching import company_key

#: Letters a company's key needs before a one-letter difference is read as a typo: short names
#: differ by one letter and are other companies ("Meta" and "Mesa", "Unity" and "Unify").
MIN_LETTERS = 6
#: Most distinct names compared pair by pair (within groups of one first letter); a larger sheet
#: keeps its spellings as typed rather than spend minutes on them.
MAX_DISTINCT = 20_000


def one_spelling(companies: pd.Series) -> tuple[pd.Series, list[str]]:
    """``companies`` with each typo replaced by the sheet's more frequent spelling, and a note per change.

    Blank cells (None or ``""``) stay as they are.  Vectorised: names are counted once, and only the
    distinct names sharing a first letter are compared.
    """
    filled = companies.dropna()
    filled = filled[filled.astype(str).str.strip().ne("")]
    if filled.empty:
        return companies, []
    counts = filled.value_counts(sort=False)
    if len(counts) > MAX_DISTINCT:
        return companies, []
    keys = pd.Series([company_key(str(n)) for n in counts.index], index=counts.index)
    by_key = counts.groupby(keys.to_numpy()).sum()  # "Stripe" and "Stripe Inc" are one key already
    ranked = pd.DataFrame({"name": counts.index, "key": keys.to_numpy(), "n": counts.to_numpy()})
    ranked = ranked.sort_values("n", ascending=False, kind="stable").drop_duplicates("key")
    spelled = pd.Series(ranked["name"].to_numpy(), index=ranked["key"].to_numpy())  # each key's usual spelling
    candidates = by_key[[len(k.replace(" ", "")) >= MIN_LETTERS for k in by_key.index]]
    moves = _typos(candidates)
    if not moves:
        return companies, []
    rename = {name: spelled[moves[key]] for name, key in keys.items() if key in moves}
    notes = [
        f"{name!r} ({_rows(counts[name])}) is read as {spelled[moves[key]]!r} ({_rows(by_key[moves[key]])}): "
        "one letter apart"
        for name, key in keys.items()
        if key in moves
    ]
    return companies.map(lambda c: rename.get(c, c)), notes


def _rows(n) -> str:
    return f"{int(n)} row" + ("" if int(n) == 1 else "s")


def _typos(counts: pd.Series) -> dict[str, str]:
    """Key -> the key it is a typo of: one edit apart, the other counted more often.  Names of one
    first letter and near lengths are compared all at once (rapidfuzz's ``cdist``, in C)."""
    import numpy as np
    from rapidfuzz.distance import DamerauLevenshtein
    from rapidfuzz.process import cdist

    moves: dict[str, str] = {}
    keys = list(counts.index)
    # one edit apart means the same first letter (or a swap or a change there, left alone) and
    # lengths at most one apart: each (letter, length) block is compared with itself and the next length
    blocks: dict[tuple[str, int], list[str]] = {}
    for k in keys:
        blocks.setdefault((k[0], len(k)), []).append(k)
    for (letter, length), names in blocks.items():
        for other, same in ((names, True), (blocks.get((letter, length + 1), []), False)):
            if not other or (same and len(names) < 2):
                continue
            near = cdist(names, other, scorer=DamerauLevenshtein.distance, score_cutoff=1, dtype=np.int32) <= 1
            for i, j in zip(*np.nonzero(np.triu(near, k=1) if same else near), strict=True):
                a, b = names[i], other[j]
                if counts[a] != counts[b]:
                    rare, common = (a, b) if counts[a] < counts[b] else (b, a)
                    moves.setdefault(rare, common)
    # a chain (a -> b -> c) ends on its last spelling
    return {k: _end(v, moves) for k, v in moves.items()}


def _end(key: str, moves: dict[str, str]) -> str:
    seen = {key}
    while key in moves and moves[key] not in seen:
        key = moves[key]
        seen.add(key)
    return key
