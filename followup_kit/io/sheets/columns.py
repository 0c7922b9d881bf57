"""Which column of a job seeker's sheet holds which field, and which status word means which status.

Headers are matched loosely (case, accents, spaces and punctuation do not matter)
against the canonical fields in :data:`FIELDS` and the aliases of
:data:`followup_kit.vocabulary.SHEET_HEADERS`; any number of interview columns
("Interview 2", "2e entretien"...) map to ``interview_on``.  Status words are
matched against :data:`STATUS_WORDS` (from
:data:`followup_kit.vocabulary.SHEET_STATUS_WORDS`) after the user's own map.

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
)
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
    """Lower-case a status word, drop its accents and collapse punctuation and spaces.

    >>> normalise_word("  Inter + Rejec "), normalise_word("Refusé"), normalise_word("Zurückgezogen")
    ('inter rejec', 'refuse', 'zuruckgezogen')
    """
    return re.sub(r"[^0-9a-z]+", " ", _fold(word)).strip()


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
    return assigned, reasons


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
