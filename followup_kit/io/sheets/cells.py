"""Read the raw cells of files that spreadsheet programs write.

:func:`read_sheet` turns a CSV or XLSX file into a DataFrame of text cells
(XLSX date cells stay ``datetime`` objects), coping with what Excel,
LibreOffice and Numbers produce: UTF-8 with or without a byte-order mark,
UTF-16, Windows-1252 (cp1252, used when the bytes are not valid UTF-8), and
comma, semicolon, tab or pipe delimiters (guessed from the header line).
Row labels are the row numbers a spreadsheet user sees: the header is row 1,
the first data row is row 2.

:func:`~followup_kit.io.sheets.date_scan.scan_dates` looks at a column's dates for the workbook's
choice of sheet; :mod:`followup_kit.io.sheets.dates` reads them.

Examples
--------
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "jobs.csv"
>>> _ = path.write_bytes("Company;Applied\\nSociété Générale;14.11.2021\\n".encode("cp1252"))
>>> sheet = read_sheet(path)
>>> sheet.encoding, sheet.delimiter, sheet.frame.loc[2, "Company"]
('cp1252', ';', 'Société Générale')
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import itertools
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from followup_kit.errors import InputError
from followup_kit.io.sheets.bounds import bounded_rows, check_csv_shape, check_ods, check_zip
from followup_kit.io.sheets.encoding import EncodingUnclear, chosen_encoding, guess_encoding, seven_bit_japanese
from followup_kit.io.sheets.ods_merges import vertical_merges as ods_vertical_merges
from followup_kit.io.sheets.xlsx_parts import fill_merged, vertical_merges
from followup_kit.limits import LIMITS, too_many

#: Cells a spreadsheet shows when a formula failed.
ERROR_CELLS = ("#REF!", "#N/A", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#SPILL!", "#CALC!")

#: A text cell starting with one of these is run as a formula by spreadsheet programs.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

_DELIMITERS = (",", ";", "\t", "|")


@dataclass
class Sheet:
    """Cells of one sheet: ``frame`` (text, or ``datetime`` for XLSX date cells), indexed by row number."""

    frame: pd.DataFrame
    file: str
    encoding: str | None
    delimiter: str | None
    blank_rows: int = 0
    #: The text above the header row, when the header was found lower down ("Job Search Tracker 2024-25").
    title: str = ""


def read_sheet(path, *, sheet: str | None = None, encoding: str | None = None) -> Sheet:
    """Read a ``.csv`` (or ``.txt``/``.tsv``), ``.xlsx`` or LibreOffice ``.ods`` file as text cells.

    Raises :class:`~followup_kit.errors.InputError` naming the file when it is
    missing, empty, unreadable, of an unknown kind, larger than the limits of
    :data:`~followup_kit.limits.LIMITS` (rows, columns, cells, uncompressed bytes; the
    message names the limit), or written in an encoding that its bytes do not settle
    (the message names the candidates; choose with ``encoding``, the CLI's ``--encoding``).
    Rows whose cells are all blank (or unticked checkboxes of a template) are dropped and counted
    in ``blank_rows``.
    """
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise InputError("no such file", file=name)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        frame, encoding, delimiter = _read_xlsx(path, sheet, name), None, None
    elif suffix == ".ods":
        frame, encoding, delimiter = _read_ods(path, sheet, name), None, None
    elif suffix in (".xls", ".numbers"):
        raise InputError(f"cannot read {suffix} files; save the sheet as .xlsx or .csv and import that", file=name)
    else:
        frame, encoding, delimiter = _read_csv(path, name, encoding or chosen_encoding())
    frame.index = pd.RangeIndex(2, 2 + len(frame))
    blank = _blank(frame).all(axis=1) if len(frame.columns) else pd.Series(True, index=frame.index)
    return Sheet(frame[~blank], name, encoding, delimiter, int(blank.sum()))


def _read_csv(path: Path, name: str, encoding: str | None = None):
    size = path.stat().st_size
    if size > LIMITS.csv_bytes:
        raise InputError(too_many("bytes", size, LIMITS.csv_bytes, "a CSV file"), file=name)
    data = path.read_bytes()
    if encoding is not None:
        text = data.decode(encoding, errors="replace")
        text = text[1:] if text.startswith("\ufeff") else text
    else:
        try:
            text, encoding = _decode(data)
        except EncodingUnclear as unclear:
            raise InputError(str(unclear), file=name) from None
    del data
    if not text.strip():
        raise InputError("the file is empty; export the sheet again with its header row", file=name)
    delimiter = _sniff(text)
    check_csv_shape(text, delimiter, name)
    if _first_row_short(text, delimiter):
        # a title alone on line 1 ("Applications", as Numbers exports a table's name) over wider rows:
        # pandas would make the extra cells an index; every cell is kept under columns of its own
        frame = _ragged(text, delimiter)
        if frame is not None:
            frame.columns = [str(c).strip() for c in frame.columns]
            return frame.fillna("").astype(object), encoding, delimiter
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            sep=delimiter,
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            skip_blank_lines=False,
            engine="python" if delimiter == "|" else "c",
        )
    except pd.errors.EmptyDataError:
        raise InputError(
            "the first line is empty, so the sheet has no header row; put the column names on line 1", file=name
        ) from None
    except (pd.errors.ParserError, csv.Error) as exc:
        # a row longer than the header ("11/19,amazon,SDE I,OA done,") keeps its cells; a quote never
        # closed would swallow the rows after it, so that file is still refused
        frame = _ragged(text, delimiter) if "Expected" in str(exc) else None
        if frame is None:
            raise InputError(f"not a readable CSV file ({str(exc).strip()[:200]})", file=name) from None
    frame.columns = [str(c).strip() for c in frame.columns]
    return frame.fillna("").astype(object), encoding, delimiter


#: Rows looked at to tell a short first line (a title) from the table's width.
PEEK_ROWS = 50


def _first_row_short(text: str, delimiter: str) -> bool:
    """True when line 1 has fewer cells than a row among the next :data:`PEEK_ROWS`."""
    try:
        rows = list(itertools.islice(csv.reader(io.StringIO(text), delimiter=delimiter), PEEK_ROWS))
    except csv.Error:
        return False
    # an empty line 1 is no title: the sheet has no header row (a clear error, below)
    return len(rows) > 1 and any(c.strip() for c in rows[0]) and len(rows[0]) < max(len(r) for r in rows[1:])


def _ragged(text: str, delimiter: str) -> pd.DataFrame | None:
    """The cells of a CSV whose rows are not all as long as its header: every row kept, the extra
    cells under columns of their own ("Unnamed: 4"); None when the csv module cannot read it either."""
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error:
        return None
    if not rows:
        return None
    width = max(len(r) for r in rows)
    header = [h if h.strip() else f"Unnamed: {i}" for i, h in enumerate(rows[0])]
    header += [f"Unnamed: {i}" for i in range(len(header), width)]
    body = [r + [""] * (width - len(r)) for r in rows[1:]]
    return pd.DataFrame(body, columns=_unique(header), dtype=object)


def _decode(data: bytes) -> tuple[str, str]:
    """Decode the bytes of a CSV file; bytes that cannot be read become U+FFFD, which the importer reports.

    Raises :class:`~followup_kit.io.sheets.encoding.EncodingUnclear` when the bytes are neither
    UTF-8 nor UTF-16 and do not settle between a Western code page and an East Asian one.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    sixteen = _utf16_without_bom(data)
    if sixteen:
        return data.decode(sixteen, errors="replace"), sixteen
    jis = seven_bit_japanese(data[:65536])
    if jis:
        return data.decode(jis, errors="replace"), jis
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Mostly valid UTF-8 with a few broken bytes: reading it all as cp1252 would garble
    # every accented name ("Société" -> "SociÃ©tÃ©"); keep UTF-8 and let the importer
    # name the cells that hold the broken bytes.
    valid = len(_UTF8_MULTIBYTE.findall(data))
    if valid and data.decode("utf-8", errors="replace").count("\ufffd") <= valid:
        return data.decode("utf-8", errors="replace"), "utf-8"
    # Shift-JIS or GB18030 read as cp1252 is silent mojibake ("Š”Ž®‰ïŽÐ"): ask the bytes first.
    found = guess_encoding(data)
    if found is not None:
        return data.decode(found, errors="replace"), found
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when text looks like UTF-16 without a byte-order mark (NUL in every other byte)."""
    head = data[:4096]
    if len(head) < 4 or b"\x00" not in head:
        return None
    half = len(head) // 2
    odd, even = head[1::2].count(0), head[0::2].count(0)
    if odd >= 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even >= 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _sniff(text: str) -> str:
    """Guess the delimiter from the header line: the candidate that occurs most outside quotes."""
    header = text.lstrip("\r\n").splitlines()[0]
    outside = re.sub(r'"[^"]*"', "", header)
    counts = {d: outside.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_xlsx(path: Path, sheet: str | None, name: str) -> pd.DataFrame:
    check_zip(path, name, ".xlsx")
    with warnings.catch_warnings():  # openpyxl's notes on parts it skips (slicers, validation) are not the user's
        warnings.simplefilter("ignore", UserWarning)
        return _read_xlsx_cells(path, sheet, name)


def _read_xlsx_cells(path: Path, sheet: str | None, name: str) -> pd.DataFrame:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise InputError(f"not a readable .xlsx file ({type(exc).__name__})", file=name) from None
    try:
        if sheet is None:
            ws = book.worksheets[0]
        elif sheet in book.sheetnames:
            ws = book[sheet]
        else:
            raise InputError(
                "no such sheet; sheets are " + ", ".join(book.sheetnames), file=name, field="sheet", value=sheet
            )
        rows = bounded_rows(ws, name, _xlsx_cell)
        title = ws.title
    finally:
        book.close()
    return _cells_frame(fill_merged(rows, vertical_merges(path, title)), name)  # a company merged over its roles


def _read_ods(path: Path, sheet: str | None, name: str) -> pd.DataFrame:
    """A LibreOffice sheet, read by pandas with odfpy; date cells stay dates, like XLSX ones.

    Its size is measured first by a streaming pass over ``content.xml`` that counts repeated
    rows and cells without expanding them (:func:`~followup_kit.io.sheets.ods_size.check_ods`).
    """
    check_zip(path, name, ".ods")
    check_ods(path, name)
    try:
        book = pd.read_excel(path, engine="odf", sheet_name=None, header=None, dtype=object)
    except Exception as exc:  # odfpy raises many kinds for a damaged file
        raise InputError(f"not a readable .ods file ({type(exc).__name__})", file=name) from None
    if sheet is not None and sheet not in book:
        raise InputError("no such sheet; sheets are " + ", ".join(book), file=name, field="sheet", value=sheet)
    cells = book[sheet] if sheet is not None else next(iter(book.values()), pd.DataFrame())
    cells = cells.astype(object).where(cells.notna(), None)
    rows = [tuple(_xlsx_cell(v) for v in row) for row in cells.itertuples(index=False, name=None)]
    return _cells_frame(fill_merged(rows, ods_vertical_merges(path, sheet)), name)  # a company merged over its roles


def _cells_frame(rows: list[tuple], name: str) -> pd.DataFrame:
    if not rows or all(v == "" for v in rows[0]):
        raise InputError("the sheet is empty (no header in row 1)", file=name)
    width = max(len(r) for r in rows)
    header = [str(v).strip() or f"Unnamed: {i}" for i, v in enumerate(rows[0] + ("",) * (width - len(rows[0])))]
    body = [r + ("",) * (width - len(r)) for r in rows[1:]]
    frame = pd.DataFrame(body, columns=_unique(header), dtype=object)
    keep = [c for c in frame.columns if not (c.startswith("Unnamed: ") and _blank(frame[[c]]).all().all())]
    return frame[keep]


def _xlsx_cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (int, float, dt.time)):
        return str(value)
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if isinstance(value, (dt.datetime, dt.date)):
        return value
    return str(value)


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for n in names:
        seen[n] = seen.get(n, 0) + 1
        out.append(n if seen[n] == 1 else f"{n}.{seen[n] - 1}")
    return out


#: Cells a template fills in every row before anything is typed: an unticked checkbox.  A row of
#: only these is a blank row of the template, not an application without a company.
_UNTICKED = frozenset(("", "false", "☐", "□"))


def _blank(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.apply(lambda col: text_cells(col).str.casefold().isin(_UNTICKED))


def text_cells(series: pd.Series) -> pd.Series:
    """Cells as stripped text (``datetime`` cells become ISO dates); blank is ``""``."""
    if pd.api.types.infer_dtype(series, skipna=False) == "string":
        return series.str.strip()
    return series.map(lambda v: v.isoformat()[:10] if isinstance(v, (dt.date, dt.datetime)) else str(v).strip())


def error_cells(series: pd.Series) -> pd.Series:
    """Boolean mask of spreadsheet error cells (``#REF!``, ``#N/A``...)."""
    text = text_cells(series)
    maybe = text.str.startswith("#").to_numpy(dtype=bool)  # upper-case only the few that could be
    out = pd.Series(False, index=text.index)
    if maybe.any():
        out[maybe] = text[maybe].str.upper().isin(ERROR_CELLS)
    return out


def neutralise(series: pd.Series) -> pd.Series:
    """Prefix an apostrophe to text a spreadsheet would run as a formula, and to text starting with one.

    >>> neutralise(pd.Series(["=1+2", "'quoted", "plain", None])).tolist()
    ["'=1+2", "''quoted", 'plain', None]
    """
    text = series.astype(object)
    is_text = text.map(lambda v: isinstance(v, str))
    risky = is_text & text.where(is_text, "").str.startswith((*FORMULA_START, "'"))
    out = text.where(~risky, "'" + text.where(risky, "").astype(str))
    return out.where(series.notna(), None)
