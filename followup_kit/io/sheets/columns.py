"""Which column of a job seeker's sheet holds which field, and how its words are normalised.

Headers are matched loosely (case, accents, spaces and punctuation do not matter)
against the canonical fields in :data:`FIELDS` and the aliases of
:data:`followup_kit.vocabulary.SHEET_HEADERS`; any number of interview columns
("Interview 2", "2e entretien"...) map to ``interview_on``.  Which status word means which
status is :mod:`~followup_kit.io.sheets.status_words`.

Examples
--------
>>> map_columns(["Entreprise", "Poste", "Entretien 2", "Colour"], None, "jobs.csv")
({'Entreprise': 'company', 'Poste': 'role', 'Entretien 2': 'interview_on'}, ['Colour'], 'sheet')
"""

from __future__ import annotations

import json
import re
import unicodedata

import pandas as pd

from followup_kit import vocabulary
from followup_kit.errors import InputError

#: Canonical fields of a flat sheet (one row per application).
FIELDS = (
    "company",
    "role",
    "location",
    "source",
    "url",
    "applied_on",
    "status",
    "first_response_on",
    "interview_on",
    "offer_on",
    "rejected_on",
    "decided_on",
    "ghosted_on",
    "industry",
    "referrer",
    "notes",
    "external_id",
    "interviewed",
    "offered",
    "was_rejected",
    "was_applied",
)
#: Yes/no stage columns ("Zweitgespräch: ja/nein", "Interview? x", "Rejected? TRUE"): a yes is the stage
#: reached, with no date.  "Applied? FALSE" is a row not applied to yet (see ``was_applied``).
YES_NO_FIELDS = {"interviewed": "interviewing", "offered": "offer", "was_rejected": "rejected"}
DATE_FIELDS = (
    "applied_on",
    "first_response_on",
    "interview_on",
    "offer_on",
    "rejected_on",
    "decided_on",
    "ghosted_on",
)
TEXT_FIELDS = ("company", "role", "location", "source", "url", "industry", "notes")
IGNORE = "ignore"


def _fold(text) -> str:
    """Lower-case ``text`` and drop its accents ("Refusé" -> "refuse", "Straße" -> "strasse")."""
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalise_header(name) -> str:
    """Lower-case a header, drop its accents and everything but letters and digits.

    >>> normalise_header(" Date_of 1st-Response? "), normalise_header("Date de réponse")
    ('dateof1stresponse', 'datedereponse')
    """
    return re.sub(r"[^0-9a-z]+", "", _fold(name))


def normalise_word(word) -> str:
    """Lower-case a status word, drop its accents and collapse punctuation and spaces; the emoji
    people type for a status read as their word (👻 "ghosted", ❌ "cross", ✅ "tick", ⏳ "waiting", 🎉 "offer"),
    so a legend above the table ("✅ = moved forward · ❌ = rejected") can say what they mean; other
    emoji are dropped.

    >>> normalise_word("  Inter + Rejec "), normalise_word("Refusé"), normalise_word("Zurückgezogen")
    ('inter rejec', 'refuse', 'zuruckgezogen')
    >>> normalise_word("❌"), normalise_word("⏳ waiting on HM")
    ('cross', 'waiting waiting on hm')
    """
    return re.sub(r"[^0-9a-z]+", " ", _fold(str(word).translate(_EMOJI_WORDS))).strip()


#: Emoji that people type as a status, as the word each stands for.
_EMOJI_WORDS = str.maketrans(
    {
        "\U0001f47b": " ghosted ",  # 👻
        # a cross and a tick stand for what a legend says (neither is a negation: "❌ Rejected" is rejected)
        "\u274c": " cross ", "\u2717": " cross ", "\u2718": " cross ", "\U0001f6ab": " cross ",  # ❌ ✗ ✘ 🚫
        "\u2705": " tick ", "\u2714": " tick ", "\u2713": " tick ", "\u2611": " tick ",  # ✅ ✔ ✓ ☑
        "\u23f3": " waiting ", "\u231b": " waiting ",  # ⏳ ⌛
        "\U0001f389": " offer ", "\U0001f973": " offer ",  # 🎉 🥳
    }
)  # fmt: skip


def normalise_words(words: pd.Series) -> pd.Series:
    """:func:`normalise_word` of every cell, computed once per distinct word (a status column repeats a few).

    >>> normalise_words(pd.Series(["Refusé", "REFUSÉ", "En cours"])).tolist()
    ['refuse', 'refuse', 'en cours']
    """
    distinct = words.drop_duplicates()
    return words.map(pd.Series(distinct.map(normalise_word).to_numpy(), index=distinct.to_numpy()))


#: Header aliases of each field, compared after :func:`normalise_header`; the table
#: people extend is :data:`followup_kit.vocabulary.SHEET_HEADERS` (English, French, German, Spanish).
ALIASES = {
    name: tuple(dict.fromkeys(normalise_header(a) for a in aliases))
    for name, aliases in vocabulary.SHEET_HEADERS.items()
}
_ALIAS = {alias: name for name, aliases in ALIASES.items() for alias in aliases}
#: The field each header names, normalised (:func:`normalise_header`): "company" for "Company", "Firma".
HEADER_FIELDS = _ALIAS


_ORDINAL = r"(?:\d+(?:st|nd|rd|th|er|re|e|eme|ieme|te|tes|ter|o|a|do|da)?|first|second|third|fourth|final|last"
_ORDINAL += r"|premier|premiere|deuxieme|troisieme|erstes|zweites|drittes|letztes|primera|segunda|tercera|ultima)"
#: Any number of interview columns: "Interview 2", "Round 3 date", "2e entretien", "Vorstellungsgespräch 1"...
_INTERVIEW = re.compile(
    r"^(?:date(?:of|de|du|d)?|datum(?:des|der)?|fecha(?:de(?:la)?)?)?"
    + _ORDINAL
    + r"?(?:"
    + "|".join(vocabulary.SHEET_INTERVIEW_WORDS)
    + r")(?:round|tour|runde|ronda)?\d*"
    + _ORDINAL
    + r"?(?:date|on|datum|le|am|el)?$"
)

#: Words shorter than this are never read by a typo (too many short words are near each other).
FUZZY_LENGTH = 5


_ENGLISH_HEADERS = {normalise_header(w) for ws in vocabulary.WORDS["en"]["sheet"]["headers"].values() for w in ws}
_OTHER_HEADERS = {
    normalise_header(w)
    for lang, table in vocabulary.WORDS.items()
    if lang != "en"
    for ws in table.get("sheet", {}).get("headers", {}).values()
    for w in ws
} - _ENGLISH_HEADERS


def foreign_headers(headers: list[str]) -> bool:
    """True when a header is a word of a language that writes dates day first (French, German, Spanish).

    >>> foreign_headers(["Entreprise", "Poste"]), foreign_headers(["Company", "Role"])
    (True, False)
    """
    return any(normalise_header(h) in _OTHER_HEADERS for h in headers)


def match_headers(headers: list[str], mapping, file: str) -> tuple[dict[str, str], dict[str, str]]:
    """Sheet column -> field by ``mapping`` first, then header aliases and interview columns; and why each.

    Columns the user maps to ``"ignore"`` are in the result with that field.

    >>> match_headers(["Firma", "Datum", "2e entretien"], {"Datum": "applied_on"}, "jobs.csv")[0]
    {'Datum': 'applied_on', 'Firma': 'company', '2e entretien': 'interview_on'}
    """
    by_norm: dict[str, str] = {}
    for h in headers:
        by_norm.setdefault(normalise_header(h), h)
    assigned: dict[str, str] = {}
    reasons: dict[str, str] = {}
    for src, fld in (mapping or {}).items():
        name = str(fld).strip().lower()
        if name not in FIELDS and name != IGNORE:
            raise InputError(
                f"--map {src}={fld}: {fld!r} is not a field; fields are {', '.join(FIELDS)} (or {IGNORE})", file=file
            )
        col = src if src in headers else by_norm.get(normalise_header(src))
        if col is None:
            raise InputError(
                f"--map {src}={fld}: the file has no column {src!r}; its columns are " + ", ".join(headers), file=file
            )
        assigned[col], reasons[col] = name, "your mapping"
    explicit = set(assigned.values()) - {"interview_on"}
    for h in headers:
        n = normalise_header(h)
        alias = _ALIAS.get(n)
        fld = alias or ("interview_on" if _INTERVIEW.match(n) else None)
        if h not in assigned and fld and fld not in explicit:
            assigned[h] = fld
            reasons[h] = f"header ({h.strip()!r} names {fld})" if alias else "header (an interview column)"
    taken = set(assigned.values()) - {"interview_on"}
    for h in headers:  # a typo in a header ("Comapny", "Date Aplied", "Stauts") reads as the word it misspells
        fld = None if h in assigned else typo_alias(normalise_header(h))
        if fld is not None and fld not in taken:
            assigned[h], reasons[h] = fld, f"header ({h.strip()!r} reads as a misspelt {fld} header)"
            taken.add(fld)
    return assigned, reasons


def typo_alias(norm: str) -> str | None:
    """The field of the known header that ``norm`` (normalised) misspells by one edit (a letter
    added, dropped or changed, or two swapped), or None when it is short, near none, or near
    headers of two fields.

    >>> typo_alias("comapny"), typo_alias("dateaplied"), typo_alias("stauts"), typo_alias("color")
    ('company', 'applied_on', 'status', None)
    """
    from rapidfuzz.distance import DamerauLevenshtein

    if len(norm) < FUZZY_LENGTH:
        return None
    near = {
        _ALIAS[alias]
        for alias in _ALIAS
        if abs(len(alias) - len(norm)) <= 1
        and len(alias) >= FUZZY_LENGTH
        and DamerauLevenshtein.distance(norm, alias, score_cutoff=1) <= 1
    }
    return near.pop() if len(near) == 1 else None


def sheet_flavour(headers: list[str]) -> str:
    """``"teal"``, ``"huntr"`` or ``"sheet"``: the prefix of the external ids, told by the headers."""
    norms = {normalise_header(h) for h in headers}
    if "companyname" in norms and norms & {"statusname", "excitement", "appliedat"}:
        return "teal"
    return "huntr" if {"companyname", "listname"} <= norms else "sheet"


def require_company(columns: dict[str, str], headers: list[str], file: str) -> None:
    """An :class:`InputError` when no column holds the company (every application needs one)."""
    if "company" not in columns.values():
        raise InputError(
            "no column for 'company'; name it with --map \"Your column=company\" "
            "(the columns are " + ", ".join(headers) + ")",
            file=file,
        )


def map_columns(headers: list[str], mapping, file: str) -> tuple[dict[str, str], list[str], str]:
    """Sheet column -> field for ``headers`` by their names alone, the unclaimed columns, the flavour.

    The flavour (teal, huntr or sheet) prefixes the external ids; no column for ``company`` is an
    :class:`InputError`.  :func:`followup_kit.io.sheets.guess.guess_columns` also reads the cells.
    """
    assigned, _ = match_headers(headers, mapping, file)
    unknown = [h for h in headers if h not in assigned]
    columns = {h: f for h, f in assigned.items() if f != IGNORE}
    require_company(columns, headers, file)
    return columns, unknown, sheet_flavour(headers)


def json_name(text: pd.Series) -> pd.Series:
    """Teal writes the status as JSON with a ``name``; read the name (other cells unchanged)."""
    looks = text.str.startswith("{")
    if not looks.any():
        return text

    def name(cell):
        try:
            value = json.loads(cell)
        except ValueError:
            return cell
        return str(value.get("name", cell)) if isinstance(value, dict) else cell

    names = {cell: name(cell) for cell in text[looks].unique()}
    return text.where(~looks, text.map(names))
