"""A seeded mutator for mail and calendar files: the broken input spam, old mail and odd exports carry.

:func:`mutate_mail` and :func:`mutate_calendar` apply one to three mutations chosen with the
given :class:`random.Random` (byte flips, truncation, duplicated and missing headers or
properties, bogus charsets, broken base64 and quoted-printable, deep multiparts, broken
dates, zones and parameters), so a failing case is found again from its seed.
:func:`check_tracker` says what is inconsistent in a tracker file (nothing when it is fine).
"""

from __future__ import annotations

import random
import re
import sqlite3

GARBAGE_CHARSETS = (b"utf\xb98", b"x-unknown-8", b"", b"utf-7", b"iso-2022-jp", b"\xff\xfe", b"utf-8\x00", b"cp65001")
BAD_DATES = (b"Mon, 99 Foo 99999 99:99:99 +9999", b"", b"yesterday", b"Tue, 31 Feb 2026 10:00:00 -2400", b"0")


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def _header_end(data: bytes) -> int:
    end = data.find(b"\n\n")
    return len(data) if end < 0 else end


def _flip(data: bytes, rng: random.Random) -> bytes:
    if not data:
        return data
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def _duplicate_header(data: bytes, rng: random.Random) -> bytes:
    end = _header_end(data)
    lines = _lines(data[:end])
    if not lines:
        return data
    i = rng.randrange(len(lines))
    lines.insert(rng.randrange(len(lines) + 1), lines[i])
    return b"\n".join(lines) + data[end:]


def _drop_header(data: bytes, rng: random.Random) -> bytes:
    end = _header_end(data)
    lines = _lines(data[:end])
    if len(lines) > 1:
        del lines[rng.randrange(len(lines))]
    return b"\n".join(lines) + data[end:]


def _bogus_charset(data: bytes, rng: random.Random) -> bytes:
    bad = rng.choice(GARBAGE_CHARSETS)
    if rng.random() < 0.5 and b"charset=" in data:
        return re.sub(rb'charset="?[\w.-]*"?', b'charset="' + bad + b'"', data, count=rng.randint(1, 3))
    word = (
        b"=?" + bad + b"?" + rng.choice([b"B", b"Q", b"X"]) + b"?" + rng.choice([b"SGk=", b"=ZZ", b"!!", b""]) + b"?="
    )
    header = rng.choice([b"Subject", b"From", b"X-Gmail-Labels", b"Content-Type"])
    return header + b": " + word + b" hello\n" + data


def _broken_base64(data: bytes, rng: random.Random) -> bytes:
    body = rng.choice([b"SGVsbG8gd29ybGQ", b"====", b"!!!@@@", b"SGVsbG8=\nZm9v=YmFy", b"a"])
    part = b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + body + b"\n"
    if b"Content-Transfer-Encoding: base64" in data and rng.random() < 0.6:
        at = data.find(b"Content-Transfer-Encoding: base64")
        at = data.find(b"\n\n", at)
        return data if at < 0 else data[: at + 2] + body + data[at + 2 + rng.randint(0, 30) :]
    return data[: _header_end(data)].replace(b"Content-Transfer-Encoding:", b"X-Old-CTE:") + b"\n" + part


def _broken_qp(data: bytes, rng: random.Random) -> bytes:
    body = rng.choice([b"caf=C3=\nA9 =ZZ =", b"=\n=\n=", b"line=\r\n=E9t=E9=", b"=3"])
    head = data[: _header_end(data)]
    head = re.sub(rb"(?im)^content-transfer-encoding:.*$", b"Content-Transfer-Encoding: quoted-printable", head)
    if b"quoted-printable" not in head.lower():
        head += b"\nContent-Transfer-Encoding: quoted-printable"
    return head + b"\n\n" + body + data[_header_end(data) + 2 :]


def _deep_multipart(data: bytes, rng: random.Random) -> bytes:
    depth = rng.choice([5, 50, 200, 1200])
    head = b"From: deep@nest.example\nSubject: deep\nMIME-Version: 1.0\n"
    out = [head]
    for i in range(depth):
        out.append(b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (i, i))
    out.append(b"Content-Type: text/plain\n\n" + data[-200:] + b"\n")
    if rng.random() < 0.5:  # closed, or left open
        out.extend(b"--b%d--\n" % i for i in reversed(range(depth)))
    return b"".join(out)


def _bad_date(data: bytes, rng: random.Random) -> bytes:
    bad = rng.choice(BAD_DATES)
    if re.search(rb"(?im)^date:", data):
        return re.sub(rb"(?im)^date:.*$", b"Date: " + bad, data, count=1)
    return b"Date: " + bad + b"\n" + data


def _broken_structure(data: bytes, rng: random.Random) -> bytes:
    choice = rng.randrange(5)
    if choice == 0:
        return re.sub(rb'boundary="?[^"\s;]*"?', b"", data, count=1)
    if choice == 1:
        return b"Content-Type: multipart/alternative; boundary=\n" + data
    if choice == 2:
        return data.replace(b"\n\n", b"\n", 1)
    if choice == 3:
        return b"Content-Type: " + rng.choice([b"text/html", b"message/rfc822", b"text/calendar", b"/"]) + b"\n" + data
    return data + b"\n<html><body><div><p>" + b"<b>" * rng.randint(1, 3000) + b"\x00\xff"


MAIL_MUTATIONS = (
    _flip,
    _truncate,
    _duplicate_header,
    _drop_header,
    _bogus_charset,
    _broken_base64,
    _broken_qp,
    _deep_multipart,
    _bad_date,
    _broken_structure,
)


def mutate_mail(data: bytes, rng: random.Random) -> bytes:
    """``data`` (one message's bytes) with one to three mutations applied."""
    for _ in range(rng.randint(1, 3)):
        data = rng.choice(MAIL_MUTATIONS)(data, rng)
    return data


# --- calendars ---------------------------------------------------------------------------


def _cal_lines(data: bytes) -> list[bytes]:
    return data.replace(b"\r\n", b"\n").split(b"\n")


def _join(lines: list[bytes]) -> bytes:
    return b"\r\n".join(lines)


def _cal_property(data: bytes, rng: random.Random, name: bytes, values) -> bytes:
    lines = _cal_lines(data)
    hits = [i for i, ln in enumerate(lines) if ln.upper().startswith(name)]
    value = rng.choice(values)
    if hits:
        i = rng.choice(hits)
        lines[i] = value
    else:
        begins = [i for i, ln in enumerate(lines) if ln.upper().startswith(b"BEGIN:VEVENT")]
        if begins:
            lines.insert(rng.choice(begins) + 1, value)
    return _join(lines)


def _bad_start(data: bytes, rng: random.Random) -> bytes:
    values = (
        b"DTSTART:2026-13-45 25:00",
        b"DTSTART;TZID=Mars/Olympus_Mons:20261203T100000",
        b"DTSTART;TZID=:20261203T100000",
        b"DTSTART;VALUE=DATE:20261203T100000",
        b"DTSTART;VALUE=PERIOD:20261203T100000Z/PT1H",
        b"DTSTART:",
        b"DTSTART:99999999T999999Z",
        b'DTSTART;TZID="W. Europe Standard Time:20261203T100000',
    )
    return _cal_property(data, rng, b"DTSTART", values)


def _bad_property(data: bytes, rng: random.Random) -> bytes:
    values = (
        b"RECURRENCE-ID:notadate",
        b"SEQUENCE:\xc2\xb2",
        b"SEQUENCE:-1",
        b"RRULE:FREQ=SOMETIMES;COUNT=x",
        b'ATTENDEE;CN="unclosed:mailto:a@b.example',
        b"ORGANIZER;;;=:mailto:",
        b"ATTENDEE:mailto:",
        b"EXDATE:yesterday",
        b"DURATION:PT-XH",
        b"STATUS:CANCELLED",
        b"UID:",
        b"SUMMARY:\xff\xfe\x00interview",
        b"NOCOLON",
    )
    name = rng.choice([b"RECURRENCE-ID", b"SEQUENCE", b"ATTENDEE", b"ORGANIZER", b"SUMMARY", b"UID", b"RRULE"])
    return _cal_property(data, rng, name, values)


def _cal_duplicate(data: bytes, rng: random.Random) -> bytes:
    lines = _cal_lines(data)
    i = rng.randrange(len(lines))
    lines.insert(rng.randrange(len(lines) + 1), lines[i])
    return _join(lines)


def _cal_drop(data: bytes, rng: random.Random) -> bytes:
    lines = _cal_lines(data)
    if len(lines) > 1:
        del lines[rng.randrange(len(lines))]
    return _join(lines)


def _cal_truncate_event(data: bytes, rng: random.Random) -> bytes:
    lines = _cal_lines(data)
    ends = [i for i, ln in enumerate(lines) if ln.upper().startswith(b"END:VEVENT")]
    if ends:
        del lines[rng.choice(ends)]
    return _join(lines)


def _cal_fold(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.choice([b"\r\n ", b"\n\t", b"\r\n", b"\r"]) + data[at:]


def _cal_timezone(data: bytes, rng: random.Random) -> bytes:
    block = rng.choice(
        [
            b"BEGIN:VTIMEZONE\r\nTZID:Broken\r\nBEGIN:STANDARD\r\nDTSTART:nonsense\r\nTZOFFSETFROM:+99\r\n"
            b"TZOFFSETTO:abc\r\nEND:STANDARD\r\nEND:VTIMEZONE",
            b"BEGIN:VTIMEZONE\r\nTZID:Empty\r\nEND:VTIMEZONE",
            b"X-WR-TIMEZONE:Nowhere/Atlantis",
        ]
    )
    lines = _cal_lines(data)
    at = next((i + 1 for i, ln in enumerate(lines) if ln.upper().startswith(b"BEGIN:VCALENDAR")), 0)
    lines.insert(at, block)
    return _join(lines).replace(b"TZID=", b"TZID=" + rng.choice([b"Broken:", b"Empty:", b""]), 1)


CALENDAR_MUTATIONS = (
    _flip,
    _truncate,
    _bad_start,
    _bad_property,
    _cal_duplicate,
    _cal_drop,
    _cal_truncate_event,
    _cal_fold,
    _cal_timezone,
)


def mutate_calendar(data: bytes, rng: random.Random) -> bytes:
    """``data`` (a .ics file's bytes) with one to three mutations applied."""
    for _ in range(rng.randint(1, 3)):
        data = rng.choice(CALENDAR_MUTATIONS)(data, rng)
    return data


# --- the tracker afterwards --------------------------------------------------------------


def check_tracker(path) -> list[str]:
    """What is wrong with the tracker file at ``path``: integrity, foreign keys, orphans (empty when fine)."""
    from followup_kit.store.tracker import Tracker

    problems = []
    conn = sqlite3.connect(path)
    try:
        if (found := conn.execute("PRAGMA integrity_check").fetchone()[0]) != "ok":
            problems.append(f"integrity_check: {found}")
        if bad := conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"foreign_key_check: {bad[:3]}")
        orphans = {
            "events": "SELECT count(*) FROM events WHERE application_id NOT IN (SELECT application_id FROM applications)",
            "interviews": "SELECT count(*) FROM interviews "
            "WHERE application_id NOT IN (SELECT application_id FROM applications)",
            "participants": "SELECT count(*) FROM participants WHERE interview_id NOT IN "
            "(SELECT interview_id FROM interviews) OR contact_id NOT IN (SELECT contact_id FROM contacts)",
            "mail_messages": "SELECT count(*) FROM mail_messages WHERE application_id IS NOT NULL AND "
            "application_id NOT IN (SELECT application_id FROM applications)",
        }
        for table, sql in orphans.items():
            if n := conn.execute(sql).fetchone()[0]:
                problems.append(f"{n} {table} rows point at nothing")
    finally:
        conn.close()
    with Tracker.open(path) as t:
        tables = t.tables()
        if not {"applications", "events", "interviews", "contacts"} <= set(tables):
            problems.append(f"tables() misses some: {sorted(tables)}")
    return problems


# --- resource bombs: small files that declare or hold huge inputs (issue 26) ---------------------


def _bomb_many_parts(data: bytes, rng: random.Random) -> bytes:
    parts = rng.choice([600, 3000, 20_000])
    tiny = b"--rb\nContent-Type: text/plain\n\nx\n" * parts
    return b"Content-Type: multipart/mixed; boundary=rb\n\n" + tiny + b"--rb\n" + data + b"\n--rb--\n"


def _bomb_big_attachment(data: bytes, rng: random.Random) -> bytes:
    size = rng.choice([1, 3, 9]) << 20  # 9 MiB passes message_kept_bytes: the bounded parse
    blob = b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3\n" * (size // 81)
    attachment = b"--ra\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\n" + blob
    return b"Content-Type: multipart/mixed; boundary=ra\n\n--ra\n" + data + b"\n" + attachment + b"--ra--\n"


def _bomb_long_line(data: bytes, rng: random.Random) -> bytes:
    return data + b"\n" + b"interview " * (rng.choice([1, 4, 10]) << 17)  # 1.3 to 13 MB, one line


def _bomb_headers(data: bytes, rng: random.Random) -> bytes:
    if rng.random() < 0.5:
        return b"X-Noise: a\n" * rng.choice([5_000, 50_000]) + data
    return b"Subject: " + b"A" * rng.choice([300_000, 2_000_000]) + b"\n" + data


def _bomb_prefix_boundaries(data: bytes, rng: random.Random) -> bytes:
    depth = rng.choice([30, 300])
    out = [b'Content-Type: multipart/mixed; boundary="b"\n\n']
    for i in range(depth):
        out.append(b'--b%s\nContent-Type: multipart/mixed; boundary="b%s"\n\n' % (b"0" * i, b"0" * (i + 1)))
    return b"".join(out) + data


MAIL_BOMBS = (_bomb_many_parts, _bomb_big_attachment, _bomb_long_line, _bomb_headers, _bomb_prefix_boundaries)


def bomb_mail(data: bytes, rng: random.Random) -> bytes:
    """``data`` (one message) turned into one of :data:`MAIL_BOMBS`."""
    return rng.choice(MAIL_BOMBS)(data, rng)


def _bomb_unended_events(data: bytes, rng: random.Random) -> bytes:
    n = rng.choice([1_000, 5_000, 20_000])
    events = b"".join(b"BEGIN:VEVENT\r\nUID:u%d@x\r\nSUMMARY:Interview\r\n" % i for i in range(n))
    return data.replace(b"END:VCALENDAR", events + b"END:VCALENDAR", 1)


def _bomb_many_calendars(data: bytes, rng: random.Random) -> bytes:
    return data * rng.choice([200, 2_000])


def _bomb_unended_calendars(data: bytes, rng: random.Random) -> bytes:
    return data + b"BEGIN:VCALENDAR\r\n" * rng.choice([1_000, 20_000])


def _bomb_long_property(data: bytes, rng: random.Random) -> bytes:
    value = b"Interview " * (rng.choice([1, 8]) << 15)
    folded = b"\r\n ".join(value[i : i + 74] for i in range(0, len(value), 74))
    return data.replace(b"BEGIN:VEVENT\r\n", b"BEGIN:VEVENT\r\nDESCRIPTION:" + folded + b"\r\n", 1)


def _bomb_attendees(data: bytes, rng: random.Random) -> bytes:
    people = b"".join(b"ATTENDEE;CN=P%d:mailto:p%d@x.example\r\n" % (i, i) for i in range(rng.choice([500, 10_000])))
    return data.replace(b"BEGIN:VEVENT\r\n", b"BEGIN:VEVENT\r\n" + people, 1)


def _bomb_alarms(data: bytes, rng: random.Random) -> bytes:
    return data.replace(b"BEGIN:VEVENT\r\n", b"BEGIN:VEVENT\r\n" + b"BEGIN:VALARM\r\n" * rng.choice([100, 5_000]), 1)


CALENDAR_BOMBS = (
    _bomb_unended_events,
    _bomb_many_calendars,
    _bomb_unended_calendars,
    _bomb_long_property,
    _bomb_attendees,
    _bomb_alarms,
)


def bomb_calendar(data: bytes, rng: random.Random) -> bytes:
    """``data`` (a .ics file, CRLF lines) turned into one of :data:`CALENDAR_BOMBS`."""
    return rng.choice(CALENDAR_BOMBS)(data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"), rng)


def bomb_sheet(folder, rng: random.Random):
    """A small sheet file of one of the resource-bomb shapes, sizes drawn from ``rng``: its path."""
    from followup_kit.datasets import bombs

    shapes = [
        lambda: bombs.ods_repeated_rows(folder, rng.choice([10, 250_000, 10**6, 10**9])),
        lambda: bombs.ods_repeated_columns(folder, rng.choice([5, 1_500, 10**6, 10**8])),
        lambda: bombs.xlsx_far_cell(folder),
        lambda: bombs.xlsx_damaged(folder, rng.choice(["shared-string", "number", "reference"])),
        lambda: bombs.csv_wide_row(folder, rng.choice([50, 2_000, 10**6])),
        lambda: bombs.xlsx_zip_bomb(folder, rng.choice([1, 20])),
        lambda: _csv_many_lines(folder, rng.choice([1_000, 250_000])),
    ]
    return rng.choice(shapes)()


def _csv_many_lines(folder, lines: int):
    from pathlib import Path

    path = Path(folder) / "lines.csv"
    path.write_bytes(b"Company,Role\n" + b"Contoso,Analyst\n" * lines)
    return path
