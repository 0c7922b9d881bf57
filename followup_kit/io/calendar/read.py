"""Reading calendar files (.ics) as people have them, quickly and without losing characters.

A calendar file is unfolded at the byte level first (``icalendar`` decodes before it
unfolds, which turns a fold inside a multi-byte UTF-8 character into U+FFFD), split
into its ``VCALENDAR`` blocks (Outlook and some servers write several in one file),
and each event is first read *quickly*: only the handful of properties needed to
tell an interview from the dentist.  :func:`followup_kit.io.calendar.events.parse_events`
then gives the events worth a closer look to ``icalendar`` (with their calendar's
``VTIMEZONE`` blocks), so a whole-calendar export costs little more than splitting its lines.

Examples
--------
>>> raw = (b"BEGIN:VCALENDAR\\r\\nVERSION:2.0\\r\\nX-WR-TIMEZONE:Europe/Paris\\r\\nBEGIN:VEVENT\\r\\n"
...        b"UID:1@example.org\\r\\nDTSTART:20261203T100000\\r\\nSUMMARY:Entretien \\xc3\\r\\n \\xa9quipe\\r\\n"
...        b"END:VEVENT\\r\\nEND:VCALENDAR\\r\\n")
>>> [cal] = read_calendars(raw, file="invite.ics")
>>> quick = cal.events[0]
>>> quick.summary, quick.all_day
('Entretien équipe', False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from followup_kit.errors import InputError

#: How far into a file ``BEGIN:VCALENDAR`` must appear for it to count as a calendar
#: (a byte-order mark, blank lines or a mail header saved above it are tolerated).
CALENDAR_SNIFF_BYTES = 4_096

#: Characters of a description read to recognise an interview and its company; the rest
#: (meeting links, dial-in numbers, legal text) is never looked at and never stored.
DESCRIPTION_HEAD_CHARS = 1_000

_FOLD = re.compile(rb"\r?\n[ \t]")
_CAL_BLOCK = re.compile(r"^BEGIN:VCALENDAR[ \t]*$(.*?)^END:VCALENDAR[ \t]*$", re.M | re.S | re.I)
_FIRST_BEGIN = re.compile(r"^BEGIN:(?!VCALENDAR)", re.M | re.I)
_WANTED = frozenset(
    {
        "UID",
        "SUMMARY",
        "LOCATION",
        "DESCRIPTION",
        "DTSTART",
        "RRULE",
        "STATUS",
        "SEQUENCE",
        "RECURRENCE-ID",
        "ATTENDEE",
        "ORGANIZER",
    }
)


def is_calendar(raw: bytes) -> bool:
    """True if ``BEGIN:VCALENDAR`` starts a line near the start of ``raw``.

    Examples
    --------
    >>> is_calendar(b"\\xef\\xbb\\xbfBEGIN:VCALENDAR\\r\\n"), is_calendar(b"company,role\\n")
    (True, False)
    """
    head = raw[:CALENDAR_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf").upper()
    return head.startswith(b"BEGIN:VCALENDAR") or b"\nBEGIN:VCALENDAR" in head


@dataclass(frozen=True)
class QuickEvent:
    """What one ``VEVENT`` says at a glance (text unescaped, nothing interpreted yet)."""

    block: str
    line: int
    uid: str | None
    summary: str
    location: str
    description: str
    all_day: bool
    repeating: bool
    cancelled: bool
    sequence: int
    people: tuple[tuple[str, str, dict], ...]  # (property, address, params) for ORGANIZER and ATTENDEE lines


#: Characters of an error's message kept in a broken event's reason.
REASON_CHARS = 120


@dataclass(frozen=True)
class BrokenEvent:
    """An event that could not be read: where it is, what it says at a glance, and why."""

    file: str
    line: int
    uid: str | None
    summary: str
    reason: str


def broken_event(file: str, quick: QuickEvent, error: BaseException) -> BrokenEvent:
    """A :class:`BrokenEvent` for ``quick`` whose reading raised ``error`` (its class and message, cut)."""
    message = " ".join(str(error).split())
    if len(message) > REASON_CHARS:
        message = message[: REASON_CHARS - 1] + "…"
    reason = f"the event at line {quick.line} cannot be read: {type(error).__name__}" + (
        f": {message}" if message else ""
    )
    return BrokenEvent(file=file, line=quick.line, uid=quick.uid, summary=quick.summary, reason=reason)


@dataclass(frozen=True)
class Calendar:
    """One ``VCALENDAR`` block: its method, zone hints, time zone blocks and quick events."""

    method: str | None
    x_wr_timezone: str | None
    calendar_name: str | None
    header: str
    timezones: tuple[str, ...]
    events: tuple[QuickEvent, ...]
    line: int
    broken: tuple[BrokenEvent, ...] = ()  # events whose quick reading failed, with the reason


def unfold(raw: bytes) -> bytes:
    """Join folded lines at the byte level, so a character split by a fold stays whole.

    Examples
    --------
    >>> unfold(b"SUMMARY:Caf\\xc3\\r\\n \\xa9 call").decode()
    'SUMMARY:Café call'
    """
    return _FOLD.sub(b"", raw)


def _decode(raw: bytes, file: str) -> str:
    raw = raw.lstrip(b"\xef\xbb\xbf")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        # Older Outlook exports are written in the Windows code page; cp1252 maps nearly every byte.
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            # a byte neither reads (a damaged file): one character is lost, not the whole export
            return raw.decode("utf-8", "replace")


def _unescape(value: str) -> str:
    if "\\" not in value:
        return value
    return value.replace("\\N", "\n").replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def split_line(line: str) -> tuple[str, dict, str]:
    """``NAME;PARAM=x;PARAM="y:z":value`` as ``(NAME, {PARAM: value}, value)``; quoted colons respected.

    Examples
    --------
    >>> split_line('ATTENDEE;CN="Ana: HR";CUTYPE=INDIVIDUAL:mailto:ana@example.org')
    ('ATTENDEE', {'CN': 'Ana: HR', 'CUTYPE': 'INDIVIDUAL'}, 'mailto:ana@example.org')
    """
    colon = line.find(":")
    semi = line.find(";")
    if semi < 0 or (0 <= colon < semi):
        return line[:colon].upper() if colon >= 0 else line.upper(), {}, line[colon + 1 :] if colon >= 0 else ""
    name = line[:semi].upper()
    params: dict[str, str] = {}
    i, n = semi + 1, len(line)
    while i < n:
        eq = line.find("=", i)
        if eq < 0:
            break
        key = line[i:eq].upper()
        j = eq + 1
        if j < n and line[j] == '"':
            close = line.find('"', j + 1)
            close = n if close < 0 else close
            value = line[j + 1 : close]
            j = close + 1
        else:
            k = j
            while k < n and line[k] not in ";:":
                k += 1
            value = line[j:k]
            j = k
        params[key] = value
        if j >= n or line[j] == ":":
            return name, params, line[j + 1 :]
        i = j + 1
    return name, params, ""


def _quick(block: str, line: int, method: str | None) -> QuickEvent:
    found: dict[str, tuple[dict, str]] = {}
    people = []
    depth = 0
    for raw_line in block.split("\n"):
        head = raw_line[:6].upper()
        if head.startswith("BEGIN:"):
            depth += 1
            continue
        if head.startswith("END:"):
            depth -= 1
            continue
        if depth != 1:
            continue  # inside a VALARM: its SUMMARY/DESCRIPTION/ATTENDEE are not the event's
        stop = min((p for p in (raw_line.find(":"), raw_line.find(";")) if p >= 0), default=-1)
        name = raw_line[:stop].upper() if stop >= 0 else ""
        if name not in _WANTED:
            continue
        name, params, value = split_line(raw_line)
        if name in ("ATTENDEE", "ORGANIZER"):
            people.append((name, value.strip(), params))
        elif name not in found:
            found[name] = (params, value)
    start_params, start = found.get("DTSTART", ({}, ""))
    seq = found.get("SEQUENCE", ({}, "0"))[1].strip()
    status = found.get("STATUS", ({}, ""))[1].strip().upper()
    return QuickEvent(
        block=block,
        line=line,
        uid=found["UID"][1].strip() if "UID" in found else None,
        summary=" ".join(_unescape(found.get("SUMMARY", ({}, ""))[1]).split()),
        location=" ".join(_unescape(found.get("LOCATION", ({}, ""))[1]).split()),
        description=_unescape(found.get("DESCRIPTION", ({}, ""))[1][:DESCRIPTION_HEAD_CHARS]),
        all_day=start_params.get("VALUE", "").upper() == "DATE" or len(start.strip()) == 8,
        repeating="RRULE" in found,
        cancelled=status == "CANCELLED" or (method or "").upper() == "CANCEL",
        sequence=int(seq) if seq.isascii() and seq.isdigit() else 0,
        people=tuple(people),
    )


_EVENT_LINE = re.compile(r"^BEGIN:VEVENT[ \t]*$", re.M | re.I)
_INNER_EVENT = re.compile(r"\n(?=BEGIN:VEVENT[ \t]*$)", re.M | re.I)
_UID = re.compile(r"^UID:(.*)$", re.M | re.I)


def _uid(block: str) -> str | None:
    found = _UID.search(block)
    return found.group(1).strip() if found else None


def _unended(file: str, block: str, line: int) -> BrokenEvent:
    return BrokenEvent(
        file=file, line=line, uid=_uid(block), summary="", reason=f"the event at line {line} has no END:VEVENT"
    )


def _read_event(block: str, line: int, method, file: str, events: list, broken: list) -> None:
    """Read one ``VEVENT`` quickly into ``events``; an event without ``END:VEVENT`` (the next one's
    ``BEGIN`` comes first) or one that cannot be read goes to ``broken`` with the reason."""
    cuts = [m.start() + 1 for m in _INNER_EVENT.finditer(block)]
    at, counted = line, 0
    for start, end in zip([0, *cuts], [*cuts, len(block) + 1], strict=True):
        at += block.count("\n", counted, start)  # counted once along the block: linear in its size
        counted = start
        piece = block[start : end - 1]
        if end <= len(block):
            broken.append(_unended(file, piece, at))
            continue
        try:
            events.append(_quick(piece, at, method))
        except Exception as e:  # one broken event is reported; the others are read
            quick = QuickEvent(piece, at, _uid(piece), "", "", "", False, False, False, 0, ())
            broken.append(broken_event(file, quick, e))


_MARKER = re.compile(r"^(BEGIN|END):(VEVENT|VTIMEZONE)[ \t]*$", re.M | re.I)


def _components(body: str):
    """``(kind, start, end)`` of every ``VEVENT`` and ``VTIMEZONE`` of a calendar's body, in one pass,
    and where reading stopped: an event or time zone that never ends leaves everything after it unread
    (its events are then reported as unended).  A component runs from its ``BEGIN`` to the first
    ``END`` of its kind, as the pattern it replaces did, but each line is looked at once (the pattern
    rescanned the rest of the file from every unended ``BEGIN``: 20,000 of them took over a minute)."""
    found: list[tuple[str, int, int]] = []
    kind, start, last = None, 0, 0
    for m in _MARKER.finditer(body):
        verb, what = m.group(1).upper(), m.group(2).upper()
        if kind is None and verb == "BEGIN":
            kind, start = what, m.start()
        elif kind == what and verb == "END":
            found.append((kind, start, m.end()))
            kind, last = None, m.end()
    return found, last


def read_calendars(raw: bytes, *, file: str) -> list[Calendar]:
    """Every ``VCALENDAR`` block of a file, with its events read quickly.

    Raises :class:`InputError` naming ``file`` if it is not a calendar or is broken
    (a block that does not end, an event without ``END:VEVENT``).
    """
    if not is_calendar(raw):
        raise InputError("is not a calendar file (it does not start with BEGIN:VCALENDAR)", file=file)
    text = _decode(unfold(raw), file).replace("\r\n", "\n").replace("\r", "\n")
    opened = len(re.findall(r"^BEGIN:VCALENDAR[ \t]*$", text, re.M | re.I))
    closed = len(re.findall(r"^END:VCALENDAR[ \t]*$", text, re.M | re.I))
    if not closed:
        raise InputError("is a broken calendar file: BEGIN:VCALENDAR is never closed by END:VCALENDAR", file=file)
    # the block pattern is not run when blocks cannot pair up: each unended BEGIN would rescan the rest
    blocks = list(_CAL_BLOCK.finditer(text)) if opened <= closed else []
    if opened != len(blocks):
        raise InputError(
            f"is a broken calendar file: {opened} BEGIN:VCALENDAR lines but {len(blocks) or closed} "
            "END:VCALENDAR lines",
            file=file,
        )
    calendars = []
    base_line, file_counted = 1, 0
    for block in blocks:
        body = block.group(1)
        base_line += text.count("\n", file_counted, block.start(1))  # counted once along the file
        file_counted = block.start(1)
        first = _FIRST_BEGIN.search(body)
        header = body[: first.start()] if first else body
        props: dict[str, str] = {}
        for line in header.split("\n"):
            if line.strip():
                name, _params, value = split_line(line)
                props.setdefault(name, value.strip())
        method = props.get("METHOD")
        timezones: list[str] = []
        events: list[QuickEvent] = []
        broken: list[BrokenEvent] = []
        components, last = _components(body)
        line, counted = base_line, 0
        for kind, start, end in components:
            line += body.count("\n", counted, start)
            counted = start
            if kind == "VTIMEZONE":
                timezones.append(body[start:end])
            else:
                _read_event(body[start:end], line, method, file, events, broken)
        starts = [m.start() for m in _EVENT_LINE.finditer(body, last)]  # events after the last end never end
        for begin, stop in zip(starts, [*starts[1:], len(body)], strict=False):
            line += body.count("\n", counted, begin)
            counted = begin
            broken.append(_unended(file, body[begin:stop], line))
        begun = len(_EVENT_LINE.findall(body))
        if begun != len(events) + len(broken):
            missing = base_line + body.count("\n", 0, last) + 1
            raise InputError(f"is a broken calendar file: an event near line {missing} has no END:VEVENT", file=file)
        calname = props.get("X-WR-CALNAME")
        calendars.append(
            Calendar(
                method=method.upper() if method else None,
                x_wr_timezone=props.get("X-WR-TIMEZONE"),
                calendar_name=_unescape(calname) if calname else None,
                header=header,
                timezones=tuple(timezones),
                events=tuple(events),
                line=base_line,
                broken=tuple(broken),
            )
        )
    return calendars
