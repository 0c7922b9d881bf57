"""Exports of job-search tools, known by their header: LinkedIn, Huntr, Teal, Simplify, Notion, Airtable.

The shapes are data (``shapes.toml`` beside this module): the headers each tool always writes,
which of its columns is which of the kit's fields, its way of writing dates, and its columns of
the user's *own* personal data.  :func:`recognise_export` tells the export from the header
(loosely: case, spaces and punctuation do not matter; most of the signature is enough) and
:func:`shape_export` prepares its cells for the importer:

* the private columns (a LinkedIn export's phone number, e-mail address, r\u00e9sum\u00e9 file and the
  answers given to application questions, which hold the user's address) are dropped before
  anything reads them: never imported, never copied into notes, only named in a note;
* date cells written the tool's way (LinkedIn's ``1/14/25, 5:58 AM``, Notion's
  ``January 14, 2025``) become ``YYYY-MM-DD``; a cell that does not fit is left as it is;
* the tool's columns get their fields, under the user's own ``mapping`` (which wins).

Examples
--------
>>> frame = pd.DataFrame({"Application Date": ["1/14/25, 5:58 AM"], "Contact Email": ["me@example.org"],
...     "Contact Phone Number": ["+1 555 0100"], "Company Name": ["Acme"], "Job Title": ["Analyst"],
...     "Job Url": ["https://jobs.example/1"], "Resume Name": ["cv.pdf"], "Question And Answers": ["City: X"]})
>>> shaped = shape_export(frame, None)
>>> shaped.name, list(shaped.frame.columns), shaped.frame.loc[0, "Application Date"]
('LinkedIn data export', ['Application Date', 'Company Name', 'Job Title', 'Job Url'], '2025-01-14')
>>> shaped.notes[:2]
['recognised as a LinkedIn data export by its header', "left out 'Contact Email', 'Contact Phone Number', \
'Question And Answers', 'Resume Name': your own contact details and answers, never copied"]
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from importlib import resources

import pandas as pd

from followup_kit.io.sheets.cells import text_cells
from followup_kit.io.sheets.columns import match_headers, normalise_header

#: Share of a column's filled cells that must fit an export's date format for the column to be read with it.
DATE_FORMAT_SHARE = 0.5


def _load() -> dict:
    text = resources.files("followup_kit.io.sheets").joinpath("shapes.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


SHAPES = _load()


@dataclass(frozen=True)
class Export:
    """One known export: its ``name`` and the rules of ``shapes.toml`` (see that file)."""

    key: str
    name: str
    signature: tuple
    min_signature: int
    columns: dict
    fallback: dict
    private: tuple
    date_formats: tuple
    source: str = ""
    #: The column whose ids carry the time each row was made (a Trello card's id: the first 8 hex
    #: digits of a MongoDB ObjectId are its creation time, seconds since 1970).
    created_from: str = ""


#: Every known export, in the order they are tried.
EXPORTS = tuple(
    Export(
        key=key,
        name=spec["name"],
        signature=tuple(spec["signature"]),
        min_signature=int(spec["min_signature"]),
        columns=dict(spec.get("columns", {})),
        fallback=dict(spec.get("fallback", {})),
        private=tuple(spec.get("private", ())),
        date_formats=tuple(spec.get("date_formats", ())),
        source=spec.get("source", ""),
        created_from=spec.get("created_from", ""),
    )
    for key, spec in SHAPES["exports"].items()
)


#: The column an export's row ids are turned into: the day each row was made.
CREATED = "Created (from its id)"


def created_days(ids: pd.Series) -> pd.Series:
    """The UTC day each MongoDB ObjectId was made ("66a7ef76..." is 2024-07-29), as ``YYYY-MM-DD``;
    ``""`` for a cell that is no such id.

    >>> created_days(pd.Series(["66a7ef76857115626e9730ca", "not an id"])).tolist()
    ['2024-07-29', '']
    """
    text = ids.astype(str).str.strip()
    ok = text.str.fullmatch(r"[0-9a-fA-F]{24}")
    seconds = pd.to_numeric(text.str[:8].where(ok).map(lambda h: int(h, 16), na_action="ignore"), errors="coerce")
    days = pd.to_datetime(seconds, unit="s", utc=True, errors="coerce").dt.strftime("%Y-%m-%d")
    return days.where(ok & days.notna(), "")


@dataclass(frozen=True)
class ShapedExport:
    """What :func:`shape_export` made of a sheet: its cells, the mapping to use, what it said."""

    frame: pd.DataFrame
    mapping: dict | None
    name: str | None = None
    notes: list = field(default_factory=list)


def recognise_export(headers) -> Export | None:
    """The known export whose signature the ``headers`` hold best, or ``None``.

    >>> recognise_export(["companyName", "title", "listName", "createdAt", "lastMovedAt", "url"]).name
    'Huntr export'
    >>> recognise_export(["Company", "Role", "Status"]) is None
    True
    """
    present = {normalise_header(h) for h in headers}
    best, hits = None, 0
    for export in EXPORTS:
        n = sum(normalise_header(s) in present for s in export.signature)
        if n >= export.min_signature and n > hits:
            best, hits = export, n
    return best


def _by_norm(frame: pd.DataFrame) -> dict[str, str]:
    out: dict[str, str] = {}
    for col in frame.columns:
        out.setdefault(normalise_header(col), col)
    return out


def _read_dates(series: pd.Series, formats) -> tuple[pd.Series, int]:
    """Cells of ``series`` that fit one of ``formats`` as ``YYYY-MM-DD`` text; the others unchanged."""
    text = text_cells(series)
    filled = text.ne("")
    if not filled.any() or not formats:
        return series, 0
    parsed = pd.Series(pd.NaT, index=text.index, dtype="datetime64[s]")
    for fmt in formats:
        left = parsed.isna() & filled
        if not left.any():
            break
        parsed[left] = pd.to_datetime(text[left], format=fmt, errors="coerce")
    read = parsed.notna()
    if read.sum() < DATE_FORMAT_SHARE * filled.sum():
        return series, 0
    out = series.astype(object).copy()
    out[read] = parsed[read].dt.strftime("%Y-%m-%d")
    return out, int(read.sum())


def shape_export(frame: pd.DataFrame, mapping, *, file: str = "") -> ShapedExport:
    """Recognise ``frame`` as a known export and prepare it; any other sheet comes back unchanged.

    Parameters
    ----------
    frame : DataFrame
        The sheet's cells (:func:`~followup_kit.io.sheets.cells.read_sheet`).
    mapping : dict or None
        The user's ``{"Source column": "field"}``; it wins over the export's own columns.
    file : str
        Named in the notes.

    Returns
    -------
    ShapedExport
        ``frame`` without the private columns and with the export's dates as ``YYYY-MM-DD``,
        the mapping to import with, the export's name and one note per thing done.
    """
    export = recognise_export(frame.columns)
    if export is None:
        return ShapedExport(frame, mapping)
    by_norm = _by_norm(frame)
    notes = [f"recognised as a {export.name} by its header"]
    private = [by_norm[n] for n in (normalise_header(p) for p in export.private) if n in by_norm]
    user = dict(mapping or {})
    if private:
        notes.append(
            "left out " + ", ".join(repr(c) for c in private) + ": your own contact details and answers, never copied"
        )
    mapped = [k for k in user if normalise_header(k) in {normalise_header(c) for c in private}]
    if mapped:  # not even on request: the tracker is no place for the user's own phone number and address
        notes.append("your mapping of " + ", ".join(repr(k) for k in mapped) + " is not used (your own data)")
        user = {k: v for k, v in user.items() if k not in mapped}
    shaped = frame.drop(columns=private)
    dated = 0
    for col in shaped.columns:
        shaped[col], n = _read_dates(shaped[col], export.date_formats)
        dated += n
    if dated:
        notes.append(f"{dated} dates read in the {export.name}'s own format")
    if export.created_from and (id_col := by_norm.get(normalise_header(export.created_from))) in shaped.columns:
        shaped[CREATED] = created_days(shaped[id_col])
        by_norm = {**by_norm, normalise_header(CREATED): CREATED}
    user_norm = {normalise_header(k) for k in user}
    by_alias = match_headers(list(shaped.columns), None, file or "sheet")[0]
    merged: dict[str, str] = {}
    for src, fld in export.columns.items():
        col = by_norm.get(normalise_header(src))
        # only what the header words miss: mapping a field by hand turns its aliases off
        if col is None or col not in shaped.columns or normalise_header(col) in user_norm:
            continue
        if by_alias.get(col) != fld:
            merged[col] = fld
    merged.update(user)
    taken = set(match_headers(list(shaped.columns), merged, file or "sheet")[0].values())
    for src, fld in export.fallback.items():
        col = by_norm.get(normalise_header(src))
        if col is None or col not in shaped.columns or not shaped[col].astype(str).str.strip().ne("").any():
            continue  # an export's fallback column takes its field only when it holds something
        if fld not in taken and col not in merged:
            merged[col] = fld
            taken.add(fld)
    if "status" not in taken:  # LinkedIn's export: when each was sent, never how it ended
        notes.append(
            f"a {export.name} says when you applied, not how it ended: each application starts as applied, "
            "and one silent for longer than the silence threshold counts as ghosted until you record its news"
        )
    return ShapedExport(shaped, merged or None, export.name, notes)
