"""A LibreOffice sheet's vertically merged cells: a company written once over the rows of its
roles.  pandas reads the covered cells as empty; :func:`vertical_merges` finds the ranges in
``content.xml`` (``table:number-rows-spanned``) so that
:func:`~followup_kit.io.sheets.xlsx_parts.fill_merged` writes the top value into them, as for XLSX.

The file is streamed (``iterparse``), never expanded: a repeated row or cell only moves the count.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree.ElementTree import iterparse

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_SHEET, _ROW, _CELL, _COVERED = (
    f"{_TABLE}table",
    f"{_TABLE}table-row",
    f"{_TABLE}table-cell",
    f"{_TABLE}covered-table-cell",
)


def vertical_merges(path, sheet: str | None = None) -> list[tuple[int, int, int]]:
    """``(column from 0, first row, last row)`` (rows from 1) of the sheet's ranges one column wide
    and two rows or more tall; the first sheet when ``sheet`` is None; ``[]`` when the file holds
    none or cannot say (the read itself reports a damaged file).

    Examples
    --------
    >>> vertical_merges("no such file.ods")
    []
    """
    found: list[tuple[int, int, int]] = []
    try:
        with zipfile.ZipFile(Path(path)) as book, book.open("content.xml") as xml:
            seen_sheet, inside, row, col = False, False, 0, 0
            for event, el in iterparse(xml, events=("start", "end")):
                if el.tag == _SHEET:
                    if event == "start":
                        name = el.get(f"{_TABLE}name")
                        inside = (sheet is None and not seen_sheet) or name == sheet
                        seen_sheet, row = True, 0
                    elif inside:
                        break
                    continue
                if not inside:
                    if event == "end":
                        el.clear()
                    continue
                if el.tag == _ROW and event == "start":
                    row, col = row + 1, 0
                elif el.tag == _ROW:  # end: a repeated row moves the count past its copies
                    row += int(el.get(f"{_TABLE}number-rows-repeated", "1")) - 1
                    el.clear()
                elif el.tag in (_CELL, _COVERED) and event == "start":
                    tall = int(el.get(f"{_TABLE}number-rows-spanned", "1"))
                    wide = int(el.get(f"{_TABLE}number-columns-spanned", "1"))
                    if el.tag == _CELL and tall > 1 and wide == 1:
                        found.append((col, row, row + tall - 1))
                    col += int(el.get(f"{_TABLE}number-columns-repeated", "1"))
    except (KeyError, OSError, ValueError, zipfile.BadZipFile, SyntaxError):
        return []
    return found
