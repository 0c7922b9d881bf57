"""Sizes of a sheet measured before it is read, and reading that stops at the limits.

Every number comes from :data:`~followup_kit.limits.LIMITS`; every refusal is an
:class:`~followup_kit.errors.InputError` naming the file and the limit it passed (issue 26:
one cell at XFD1048576 in a 1.5 KB .xlsx needed over 4 GB, an 825-byte .ods with a row
repeated 10^9 times 3.9 GB, 1 MB zip bombs 2 to 4 GB, a CSV row of 10^6 fields ran past a
minute).

Examples
--------
>>> check_csv_shape("a,b\\n1,2\\n", ",", "jobs.csv")
>>> check_csv_shape("a" + "," * 5000 + "\\n", ",", "wide.csv")
Traceback (most recent call last):
...
followup_kit.errors.InputError: wide.csv: more than 1,000 columns (5,001): the kit reads at most 1,000 columns of a sheet (line 1)
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

from followup_kit.errors import InputError
from followup_kit.limits import LIMITS, too_many


def check_csv_shape(text: str, delimiter: str, name: str) -> None:
    """Refuse a CSV whose lines hold more fields, or whose file more cells, than :data:`LIMITS` allows,
    before pandas builds them (a 2 MB row of 10^6 fields ran past a minute)."""
    lines = text.count("\n") + (not text.endswith("\n"))  # a last line ends with a newline or the file
    if lines > LIMITS.sheet_rows + 1:
        raise InputError(too_many("rows", lines - 1, LIMITS.sheet_rows), file=name)
    fields = text.count(delimiter) + lines  # every field of the file, the header's too
    if fields <= LIMITS.sheet_columns:
        return  # too few delimiters in the whole file for any row to pass the limit
    header = text[: text.find("\n")] if "\n" in text else text
    cells = fields - header.count(delimiter) - 1
    if cells > LIMITS.sheet_cells:
        raise InputError(too_many("cells", cells, LIMITS.sheet_cells), file=name)
    widest = max(enumerate(text.split("\n"), start=1), key=lambda item: item[1].count(delimiter))
    fields = widest[1].count(delimiter) + 1
    if fields > LIMITS.sheet_columns:  # quoted delimiters count too: a bound, never a miss
        raise InputError(too_many("columns", fields, LIMITS.sheet_columns) + f" (line {widest[0]})", file=name)


def check_zip(path: Path, name: str, kind: str) -> None:
    """Refuse a workbook whose zip declares more than :data:`LIMITS` allows (uncompressed bytes, or a
    compression ratio only a zip bomb has), before anything is expanded.  The declared sizes bind:
    Python's zip reader stops at a member's declared size."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(f"not a readable {kind} file ({type(exc).__name__})", file=name) from None
    total = sum(m.file_size for m in members)
    if total > LIMITS.workbook_bytes:
        raise InputError(too_many("bytes uncompressed", total, LIMITS.workbook_bytes, "a workbook"), file=name)
    for m in members:
        ratio = m.file_size / max(m.compress_size, 1)
        if m.file_size > LIMITS.zip_ratio_from_bytes and ratio > LIMITS.zip_ratio:
            raise InputError(
                f"{m.filename} expands {ratio:,.0f} times (more than the {LIMITS.zip_ratio} times of any "
                "spreadsheet): not a spreadsheet the kit reads",
                file=name,
            )


#: The last row number a spreadsheet program has (Excel's and LibreOffice's 1,048,576).
_LAST_ROW = 1_048_576


def bounded_rows(ws, name: str, convert: Callable) -> list[tuple]:
    """The rows of a read-only openpyxl sheet, each cell through ``convert``, within :data:`LIMITS`.

    The sheet's declared dimension is ignored (one cell at XFD1048576 declares 17 billion
    cells); blank rows are counted, not stored, until a row with content follows them.
    A damaged cell (a missing shared string, text in a number cell, a bad reference) is a
    refusal naming the row where reading stopped.
    """
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()
    rows: list[tuple] = []
    pending = cells = 0
    number = 0
    width_limit = LIMITS.sheet_columns
    try:
        for number, row in enumerate(ws.iter_rows(values_only=True), start=1):
            if number > _LAST_ROW:
                raise InputError(too_many("rows", None, LIMITS.sheet_rows), file=name)
            if len(row) > width_limit:
                if row[width_limit:].count(None) < len(row) - width_limit:
                    raise InputError(too_many("columns", len(row), width_limit) + f" (row {number})", file=name)
                row = row[:width_limit]
            if row.count(None) == len(row):
                pending += 1
                continue
            if len(rows) + pending + 1 > LIMITS.sheet_rows + 1:
                raise InputError(too_many("rows", None, LIMITS.sheet_rows) + f" (row {number})", file=name)
            cells += (pending + 1) * len(row)
            if cells > LIMITS.sheet_cells:
                raise InputError(too_many("cells", None, LIMITS.sheet_cells) + f" (row {number})", file=name)
            rows.extend([()] * pending)
            pending = 0
            rows.append(tuple(convert(v) for v in row))
    except InputError:
        raise
    except Exception as exc:  # openpyxl's parser raises IndexError, ValueError... for a damaged cell
        raise InputError(
            f"the cell data of row {number + 1} is damaged ({type(exc).__name__}); open the file in a "
            "spreadsheet program and save it again",
            file=name,
        ) from None
    if len(rows) + pending <= LIMITS.sheet_rows + 1:
        rows.extend([()] * pending)  # trailing blank rows, counted as blank like any other
    return rows


_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


class _OdsSize:
    """What a streaming pass over an .ods ``content.xml`` counts, as pandas' odf reader would expand it:
    rows and cells after their repeats, blank rows and cells at the ends left out."""

    def __init__(self, name: str):
        self.name = name
        self.cells = 0  # over every table: pandas reads them all
        self.rows = self.width = self.blank_rows = 0
        self.row_len = self.blank_cells = self.row_repeat = 0

    def repeat(self, attrs: dict, key: str) -> int:
        value = attrs.get(f"{_TABLE} {key}", "1")
        try:
            return max(int(value), 1)
        except ValueError:
            raise InputError(
                f"a {key} of {value[:20]!r} is not a number; the file is damaged", file=self.name
            ) from None

    def start(self, tag: str, attrs: dict) -> None:
        if tag == f"{_TABLE} table":
            self.rows = self.width = self.blank_rows = 0
        elif tag == f"{_TABLE} table-row":
            self.row_len = self.blank_cells = 0
            self.row_repeat = self.repeat(attrs, "number-rows-repeated")
        elif tag in (f"{_TABLE} table-cell", f"{_TABLE} covered-table-cell"):
            repeat = self.repeat(attrs, "number-columns-repeated")
            covered = tag.endswith("covered-table-cell")
            filled = f"{_OFFICE} value" in attrs if covered else f"{_OFFICE} value-type" in attrs
            if not filled:
                self.blank_cells += repeat
                return
            self.row_len += self.blank_cells + repeat
            self.blank_cells = 0
            if self.row_len > LIMITS.sheet_columns:
                raise InputError(too_many("columns", self.row_len, LIMITS.sheet_columns), file=self.name)

    def end(self, tag: str) -> None:
        if tag != f"{_TABLE} table-row":
            return
        if self.row_len == 0:
            self.blank_rows += self.row_repeat
            return
        self.rows += self.blank_rows + self.row_repeat
        self.blank_rows = 0
        self.width = max(self.width, self.row_len)
        if self.rows > LIMITS.sheet_rows + 1:
            raise InputError(too_many("rows", self.rows - 1, LIMITS.sheet_rows), file=self.name)
        self.cells += self.row_len * self.row_repeat
        if self.cells > LIMITS.sheet_cells or self.rows * self.width > LIMITS.sheet_cells:
            raise InputError(too_many("cells", None, LIMITS.sheet_cells), file=self.name)


def check_ods(path: Path, name: str) -> None:
    """Refuse an .ods file whose sheets, once their repeated rows and cells are expanded, pass
    :data:`LIMITS`, or whose ``content.xml`` is too large to read; nothing is expanded to find out.

    The pass streams the XML with expat (no tree, no repeats multiplied out): an 825-byte file
    with a row repeated 10^9 times is refused in milliseconds.
    """
    import xml.parsers.expat

    size = _OdsSize(name)
    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = size.start
    parser.EndElementHandler = size.end
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("content.xml")
            if info.file_size > LIMITS.ods_content_bytes:
                raise InputError(
                    too_many("bytes", info.file_size, LIMITS.ods_content_bytes, "an .ods content.xml")
                    + "; save the sheet as .xlsx or .csv, which the kit reads in a stream",
                    file=name,
                )
            with archive.open(info) as stream:
                parser.ParseFile(stream)
    except (KeyError, zipfile.BadZipFile, xml.parsers.expat.ExpatError, OSError) as exc:
        raise InputError(f"not a readable .ods file ({type(exc).__name__})", file=name) from None
