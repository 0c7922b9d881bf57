"""What the kit reads from an ``.xlsx`` file's own XML parts: cells merged down a column, hidden sheets.

Cells merged down a column: the top cell's value belongs to every row it spans.

People merge a company's cell over the rows of its several roles ("The Home Depot" over "Supply
Chain Analyst II" and "Inventory Analyst"), or a status over two rows.  A reader in read-only
mode sees only the top cell and blanks under it.  :func:`vertical_merges` reads the sheet's own
list of merged ranges (``<mergeCell ref="A9:A11"/>`` in its XML, found through the workbook's
relationships) and :func:`fill_merged` copies each one-column range's top value down.  A range
across columns (a month's heading over the whole row) is left as it is.

:func:`hidden_sheets` names the sheets the workbook hides (a template's drop-down lists), read
from ``xl/workbook.xml`` alone: a worksheet's XML is never parsed for it, so a sheet that would
expand to gigabytes is refused by the read, not parsed here.

Examples
--------
>>> fill_merged([("Company", "Role"), ("Acme", "Analyst"), ("", "Engineer"), ("Globex", "Clerk")], [(0, 2, 3)])
[('Company', 'Role'), ('Acme', 'Analyst'), ('Acme', 'Engineer'), ('Globex', 'Clerk')]
"""

from __future__ import annotations

import html
import posixpath
import re
import zipfile
from pathlib import Path

#: A sheet's XML larger than this is not searched for merged ranges (a million-row log merges none worth it).
MAX_SHEET_XML = 64 << 20

_SHEET = re.compile(rb'<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"[^>]*?\br:id="([^"]+)"')
_REL = re.compile(
    rb'<Relationship\b[^>]*?\bId="([^"]+)"[^>]*?\bTarget="([^"]+)"|<Relationship\b[^>]*?\bTarget="([^"]+)"[^>]*?\bId="([^"]+)"'
)
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)"')


def _column(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + (ch - 64)
    return number - 1


def _sheet_part(book: zipfile.ZipFile, sheet: str | None) -> str | None:
    sheets = _SHEET.findall(book.read("xl/workbook.xml"))
    if not sheets:
        return None
    wanted = next((rid for name, rid in sheets if html.unescape(name.decode("utf-8", "replace")) == sheet), None)
    rid = wanted if sheet is not None else sheets[0][1]
    if rid is None:
        return None
    targets = {}
    for m in _REL.finditer(book.read("xl/_rels/workbook.xml.rels")):
        key, target = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        targets[key] = target.decode("utf-8", "replace")
    target = targets.get(rid)
    if target is None:
        return None
    return target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))


_STATE = re.compile(rb'<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"[^>]*?\bstate="(hidden|veryHidden)"')


def hidden_sheets(path) -> set[str]:
    """The names of the sheets a workbook hides; an empty set when it hides none or cannot say."""
    try:
        with zipfile.ZipFile(Path(path)) as book:
            xml = book.read("xl/workbook.xml")
    except (KeyError, OSError, zipfile.BadZipFile):
        return set()
    return {html.unescape(name.decode("utf-8", "replace")) for name, _ in _STATE.findall(xml)}


def vertical_merges(path, sheet: str | None = None) -> list[tuple[int, int, int]]:
    """``(column from 0, first row, last row)`` of the sheet's ranges one column wide and two rows or
    more tall; ``[]`` when the file holds none or cannot say (the read itself reports a damaged file)."""
    try:
        with zipfile.ZipFile(Path(path)) as book:
            part = _sheet_part(book, sheet)
            if part is None or book.getinfo(part).file_size > MAX_SHEET_XML:
                return []
            xml = book.read(part)
    except (KeyError, OSError, zipfile.BadZipFile):
        return []
    found = []
    for left, top, right, bottom in _MERGE.findall(xml):
        if left == right and int(bottom) > int(top):
            found.append((_column(left), int(top), int(bottom)))
    return found


def fill_merged(rows: list[tuple], merges: list[tuple[int, int, int]]) -> list[tuple]:
    """``rows`` (row 1 first) with each merged range's top value in the blank cells under it."""
    if not merges:
        return rows
    out = [list(r) for r in rows]
    for col, top, bottom in merges:
        if top - 1 >= len(out) or col >= len(out[top - 1]):
            continue
        value = out[top - 1][col]
        for r in range(top, min(bottom, len(out))):
            if col < len(out[r]) and out[r][col] in ("", None):
                out[r][col] = value
    return [tuple(r) for r in out]
