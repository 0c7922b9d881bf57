"""Small files that declare or hold huge inputs: the resource bombs of issue 26, invented here.

Each builder writes one file into ``folder`` and returns its path; the size parameters let the
benchmark build the sizes of the issue and the tests small ones.  Nothing here is real data.

Examples
--------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> xlsx_far_cell(folder).stat().st_size < 10_000
True
>>> ods_repeated_rows(folder, 10**9).stat().st_size < 2_000
True
"""

from __future__ import annotations

import zipfile
from pathlib import Path

_ODS_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)
_ODS_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    '<office:body><office:spreadsheet><table:table table:name="Jobs">'
)
_ODS_TAIL = "</table:table></office:spreadsheet></office:body></office:document-content>"


def _cell(text: str, repeat: int = 1) -> str:
    rep = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return f'<table:table-cell office:value-type="string"{rep}><text:p>{text}</text:p></table:table-cell>'


def _header_row() -> str:
    return f"<table:table-row>{_cell('Company')}{_cell('Role')}</table:table-row>"


def write_ods(path: Path, rows_xml: str) -> Path:
    """An .ods of one sheet whose rows are ``rows_xml`` (table:table-row elements)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", _ODS_MANIFEST)
        z.writestr("content.xml", _ODS_HEAD + rows_xml + _ODS_TAIL)
    return path


def ods_repeated_rows(folder, repeat: int = 10**9) -> Path:
    """An .ods whose one data row is repeated ``repeat`` times (825 bytes took 3.9 GB)."""
    row = (
        f'<table:table-row table:number-rows-repeated="{repeat}">{_cell("Contoso")}{_cell("Analyst")}</table:table-row>'
    )
    return write_ods(Path(folder) / "repeated-rows.ods", _header_row() + row)


def ods_repeated_columns(folder, repeat: int = 10**6) -> Path:
    """An .ods whose one data cell is repeated ``repeat`` times across (this hung)."""
    row = f"<table:table-row>{_cell('Contoso', repeat)}</table:table-row>"
    return write_ods(Path(folder) / "repeated-columns.ods", _header_row() + row)


def ods_ordinary(folder, rows: int = 50) -> Path:
    """An ordinary .ods tracker of ``rows`` applications (the floor)."""
    body = "".join(f"<table:table-row>{_cell(f'Company {i}')}{_cell('Analyst')}</table:table-row>" for i in range(rows))
    return write_ods(Path(folder) / "ordinary.ods", _header_row() + body)


def xlsx_ordinary(folder, rows: int = 50) -> Path:
    """An ordinary .xlsx tracker of ``rows`` applications (the floor)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Company", "Role", "Applied"])
    for i in range(rows):
        sheet.append([f"Company {i}", "Analyst", "2026-11-02"])
    path = Path(folder) / "ordinary.xlsx"
    book.save(path)
    return path


def xlsx_far_cell(folder) -> Path:
    """An .xlsx with a header and one cell at XFD1048576 (1.5 KB needed over 4 GB)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Company", "Role"])
    sheet.append(["Contoso", "Analyst"])
    sheet["XFD1048576"] = "far"
    path = Path(folder) / "far-cell.xlsx"
    book.save(path)
    return path


def _replace_member(source: Path, target: Path, member: str, chunks) -> Path:
    """Copy the zip ``source`` to ``target`` with ``member`` written from the byte ``chunks`` (streamed)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as new:
        for info in old.infolist():
            if info.filename == member:
                info = zipfile.ZipInfo(member)
                info.compress_type = zipfile.ZIP_DEFLATED
                with new.open(info, "w", force_zip64=True) as out:
                    for chunk in chunks:
                        out.write(chunk)
            else:
                new.writestr(info, old.read(info))
    return target


def xlsx_zip_bomb(folder, megabytes: int = 1024) -> Path:
    """An .xlsx whose sheet XML expands to ``megabytes`` MB of repeated rows (a 1 MB zip reached 2-4 GB)."""
    ordinary = xlsx_ordinary(folder, 1)
    row = b'<row><c t="inlineStr"><is><t>Contoso</t></is></c><c t="inlineStr"><is><t>Analyst</t></is></c></row>'
    block = row * ((1 << 20) // len(row))
    head = (
        b'<?xml version="1.0" encoding="UTF-8"?><worksheet '
        b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    )

    def chunks():
        yield head
        for _ in range(megabytes):
            yield block
        yield b"</sheetData></worksheet>"

    return _replace_member(ordinary, Path(folder) / "zip-bomb.xlsx", "xl/worksheets/sheet1.xml", chunks())


def xlsx_damaged(folder, kind: str) -> Path:
    """An .xlsx with one damaged cell: ``"shared-string"`` (an index past the table), ``"number"``
    (text in a number cell) or ``"reference"`` (a cell reference that is not one)."""
    ordinary = xlsx_ordinary(folder, 3)
    cell = {
        "shared-string": b'<c r="A2" t="s"><v>999</v></c>',
        "number": b'<c r="A2" t="n"><v>not a number</v></c>',
        "reference": b'<c r="ZZZZZ99999999" t="inlineStr"><is><t>x</t></is></c>',
    }[kind]
    xml = (
        b'<?xml version="1.0" encoding="UTF-8"?><worksheet '
        b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>Company</t></is></c></row>'
        b'<row r="2">' + cell + b"</row></sheetData></worksheet>"
    )
    return _replace_member(ordinary, Path(folder) / f"damaged-{kind}.xlsx", "xl/worksheets/sheet1.xml", [xml])


def csv_wide_row(folder, fields: int = 10**6) -> Path:
    """A CSV whose header row has ``fields`` fields (2 MB ran past a minute)."""
    path = Path(folder) / "wide.csv"
    path.write_bytes(b"Company,Role" + b",x" * (fields - 2) + b"\nContoso,Analyst\n")
    return path


def csv_ordinary(folder, rows: int = 50) -> Path:
    """An ordinary CSV tracker of ``rows`` applications (the floor)."""
    path = Path(folder) / "ordinary.csv"
    path.write_text("Company,Role,Applied\n" + "".join(f"Company {i},Analyst,2026-11-02\n" for i in range(rows)))
    return path


def _message_head(boundary: str) -> bytes:
    return (
        (
            "From: Talent Team <talent@contoso.example>\nTo: me@example.org\nSubject: Interview invitation\n"
            "Date: Mon, 02 Nov 2026 10:00:00 +0000\nMessage-ID: <bomb-{b}@contoso.example>\nMIME-Version: 1.0\n"
            f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        )
        .replace("{b}", boundary)
        .encode()
    )


_TEXT = b"Content-Type: text/plain; charset=utf-8\n\nWe would like to invite you to an interview at Contoso.\n"


def mail_big_attachment(folder, megabytes: int = 200) -> Path:
    """One .eml message with a text part and a base64 attachment of ``megabytes`` MB (peaked at 2.0 GB)."""
    path = Path(folder) / "big-attachment.eml"
    line = b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3\n"
    block = line * ((1 << 20) // len(line))
    with open(path, "wb") as out:
        out.write(_message_head("b1") + b"--b1\n" + _TEXT + b"--b1\n")
        out.write(b"Content-Type: application/pdf\nContent-Transfer-Encoding: base64\n")
        out.write(b'Content-Disposition: attachment; filename="offer.pdf"\n\n')
        for _ in range(megabytes):
            out.write(block)
        out.write(b"--b1--\n")
    return path


def mail_big_text(folder, megabytes: int = 200) -> Path:
    """One .eml message whose plain text body is ``megabytes`` MB (peaked at 4.1 GB)."""
    path = Path(folder) / "big-text.eml"
    line = b"We would like to invite you to an interview at Contoso next week, please reply.\n"
    block = line * ((1 << 20) // len(line))
    with open(path, "wb") as out:
        out.write(_message_head("b2").replace(b"multipart/mixed", b"multipart/alternative") + b"--b2\n" + _TEXT)
        for _ in range(megabytes):
            out.write(block)
        out.write(b"--b2--\n")
    return path


def mail_many_parts(folder, parts: int = 100_000) -> Path:
    """One .eml message of ``parts`` small parts (3 MB took 33-41 s)."""
    path = Path(folder) / "many-parts.eml"
    part = b"--b3\nContent-Type: text/plain\n\ninterview\n"
    path.write_bytes(_message_head("b3") + part * parts + b"--b3--\n")
    return path


def mail_ordinary(folder) -> Path:
    """An ordinary interview invitation (the floor)."""
    path = Path(folder) / "ordinary.eml"
    path.write_bytes(_message_head("b4") + b"--b4\n" + _TEXT + b"--b4--\n")
    return path


def calendar_unended(folder, events: int = 20_000) -> Path:
    """An .ics of ``events`` VEVENTs without END:VEVENT (20,000 took over a minute)."""
    path = Path(folder) / "unended.ics"
    event = "BEGIN:VEVENT\r\nUID:{i}@contoso.example\r\nDTSTART:20261203T100000Z\r\nSUMMARY:Interview Contoso\r\n"
    body = "".join(event.format(i=i) for i in range(events))
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + body + "END:VCALENDAR\r\n")
    return path


def calendar_ordinary(folder, events: int = 20) -> Path:
    """An ordinary .ics of ``events`` interviews (the floor)."""
    path = Path(folder) / "ordinary.ics"
    event = (
        "BEGIN:VEVENT\r\nUID:{i}@contoso.example\r\nDTSTAMP:20261101T100000Z\r\nDTSTART:20261203T100000Z\r\n"
        "DTEND:20261203T110000Z\r\nSUMMARY:Interview Contoso\r\nEND:VEVENT\r\n"
    )
    body = "".join(event.format(i=i) for i in range(events))
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//invented//EN\r\n" + body + "END:VCALENDAR\r\n")
    return path
