"""Reading calendar files (.ics) as people have them, quickly and without losing characters.

A calendar file is unfolded at the byte level first (``icalendar`` decodes before it
unfolds, which turns a fold inside a multi-byte UTF-8 character into U+FFFD), split
into its ``VCALENDAR`` blocks (Outlook and some servers write several in one file),
and each event is first read *quickly*: only the handful of properties needed to
tell an interview from the dentist.  :func:`parse_events` then gives the events
worth a closer look to ``icalendar`` (with their calendar's ``VTIMEZONE`` blocks),
so a whole-calendar export costs little more than splitting its lines.

Examples
--------
>>> raw = (b"BEGIN:VCALENDAR\\r\\nVERSION:2.0\\r\\nX-WR-TIMEZONE:Europe/Paris\\r\\nBEGIN:VEVENT\\r\\n"
...        b"UID:1@example.org\\r\\nDTSTART:20261203T100000\\r\\nSUMMARY:Entretien \\xc3\\r\\n \\xa9quipe\\r\\n"
...        b"END:VEVENT\\r\\nEND:VCALENDAR\\r\\n")
>>> [cal] = read_calendars(raw, file="invite.ics")
>>> quick = cal.events[0]
>>> quick.summary, quick.all_day
('Entretien équipe', False)
>>> [event] = parse_events(cal, [quick], default_timezone="UTC", file="invite.ics")
>>> event.starts_at.isoformat()
'2026-12-03T09:00:00+00:00'
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from followup_kit.errors import InputError

#: How far into a file ``BEGIN:VCALENDAR`` must appear for it to count as a calendar
#: (a byte-order mark, blank lines or a mail header saved above it are tolerated).
CALENDAR_SNIFF_BYTES = 4_096

#: Characters of a description read to recognise an interview and its company; the rest
#: (meeting links, dial-in numbers, legal text) is never looked at and never stored.
DESCRIPTION_HEAD_CHARS = 1_000

_FOLD = re.compile(rb"\r?\n[ \t]")
_CAL_BLOCK = re.compile(r"^BEGIN:VCALENDAR[ \t]*$(.*?)^END:VCALENDAR[ \t]*$", re.M | re.S | re.I)
_COMPONENT = re.compile(r"^BEGIN:(VEVENT|VTIMEZONE)[ \t]*$.*?^END:\1[ \t]*$", re.M | re.S | re.I)
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


@dataclass(frozen=True)
class Person:
    """An organiser or attendee as written in the invitation."""

    address: str
    name: str | None
    cutype: str
    role: str | None
    organiser: bool


@dataclass(frozen=True)
class Event:
    """One event read fully: the instant it starts, who is invited, and its update keys."""

    uid: str
    recurrence_id: str | None
    sequence: int
    starts_at: dt.datetime | None  # UTC; None for all-day events
    all_day: bool
    cancelled: bool
    summary: str
    location: str
    description: str
    people: tuple[Person, ...]
    zone_note: str | None = None  # how a start without a usable zone was read


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
        except UnicodeDecodeError as e:
            raise InputError(f"is neither UTF-8 nor Windows-1252 text (byte {e.start})", file=file) from None


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
        sequence=int(seq) if seq.isdigit() else 0,
        people=tuple(people),
    )


def read_calendars(raw: bytes, *, file: str) -> list[Calendar]:
    """Every ``VCALENDAR`` block of a file, with its events read quickly.

    Raises :class:`InputError` naming ``file`` if it is not a calendar or is broken
    (a block that does not end, an event without ``END:VEVENT``).
    """
    if not is_calendar(raw):
        raise InputError("is not a calendar file (it does not start with BEGIN:VCALENDAR)", file=file)
    text = _decode(unfold(raw), file).replace("\r\n", "\n").replace("\r", "\n")
    blocks = list(_CAL_BLOCK.finditer(text))
    if not blocks:
        raise InputError("is a broken calendar file: BEGIN:VCALENDAR is never closed by END:VCALENDAR", file=file)
    opened = len(re.findall(r"^BEGIN:VCALENDAR[ \t]*$", text, re.M | re.I))
    if opened != len(blocks):
        raise InputError(
            f"is a broken calendar file: {opened} BEGIN:VCALENDAR lines but {len(blocks)} END:VCALENDAR lines",
            file=file,
        )
    calendars = []
    for block in blocks:
        body = block.group(1)
        base_line = text.count("\n", 0, block.start(1)) + 1
        first = _FIRST_BEGIN.search(body)
        header = body[: first.start()] if first else body
        props: dict[str, str] = {}
        for line in header.split("\n"):
            if line.strip():
                name, _params, value = split_line(line)
                props.setdefault(name, value.strip())
        method = props.get("METHOD")
        timezones, events = [], []
        last, line = 0, base_line
        for comp in _COMPONENT.finditer(body):
            if body.count("\nBEGIN:VEVENT", last, comp.start()) or body.count("\nBEGIN:VTIMEZONE", last, comp.start()):
                break
            line += body.count("\n", last, comp.start())
            last = comp.end()
            if comp.group(1).upper() == "VTIMEZONE":
                timezones.append(comp.group(0))
            else:
                events.append(_quick(comp.group(0), line, method))
            line += comp.group(0).count("\n")
        begun = len(re.findall(r"^BEGIN:VEVENT[ \t]*$", body, re.M | re.I))
        if begun != len(events):
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
            )
        )
    return calendars


def _address(value) -> str:
    text = str(value).strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    return text.strip().lower()


def _instant(value, zone: ZoneInfo) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
            value = value.replace(tzinfo=zone)
        return value.astimezone(dt.UTC)
    return None


def parse_events(calendar: Calendar, events, *, default_timezone: str, file: str) -> list[Event]:
    """Read ``events`` (quick events of ``calendar``) fully with icalendar.

    Times with a ``TZID`` are read with the calendar's ``VTIMEZONE`` (icalendar also knows
    the Windows zone names Outlook writes), floating times in the calendar's
    ``X-WR-TIMEZONE`` when it has one (via the x-wr-timezone package), else in
    ``default_timezone``.  Returns one :class:`Event` per input event, in order.
    """
    if not events:
        return []
    import icalendar

    text = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            *[ln for ln in calendar.header.split("\n") if ln.strip()],
            *calendar.timezones,
            *[e.block for e in events],
            "END:VCALENDAR",
            "",
        ]
    )
    try:
        parsed = icalendar.Calendar.from_ical(text.replace("\r\n", "\n").replace("\n", "\r\n"), multiple=True)
        if calendar.x_wr_timezone:
            import x_wr_timezone

            parsed = [x_wr_timezone.to_standard(c) for c in parsed]
        components = [c for cal in parsed for c in cal.walk("VEVENT")]
    except Exception as e:  # icalendar raises ValueError, KeyError and others for broken input
        raise InputError(
            f"is a broken calendar file: an event near line {events[0].line} cannot be read ({e})", file=file
        ) from None
    if len(components) != len(events):
        raise InputError(f"is a broken calendar file: the events near line {events[0].line} cannot be read", file=file)
    zone = ZoneInfo(default_timezone)
    out = []
    for quick, ev in zip(events, components):
        try:
            start_prop = ev.get("DTSTART")
            start = start_prop.dt if start_prop is not None else None
            rid = ev.get("RECURRENCE-ID")
            rid = rid.dt if rid is not None else None
        except Exception as e:
            raise InputError(
                f"is a broken calendar file: the start of the event at line {quick.line} cannot be read ({e})",
                file=file,
            ) from None
        if rid is None:
            rid_text = None
        elif isinstance(rid, dt.datetime):
            moment = _instant(rid, zone)
            rid_text = moment.strftime("%Y-%m-%dT%H:%M:%SZ") if moment is not None else rid.isoformat()
        else:
            rid_text = rid.isoformat()
        people = []
        for prop in ("ORGANIZER", "ATTENDEE"):
            values = ev.get(prop)
            values = values if isinstance(values, list) else ([] if values is None else [values])
            for v in values:
                params = getattr(v, "params", {})
                address = _address(v)
                if "@" not in address:
                    continue
                name = params.get("CN")
                people.append(
                    Person(
                        address=address,
                        name=str(name).strip() if name else None,
                        cutype=str(params.get("CUTYPE", "INDIVIDUAL")).upper(),
                        role=str(params.get("ROLE")).upper() if params.get("ROLE") else None,
                        organiser=prop == "ORGANIZER",
                    )
                )
        all_day = isinstance(start, dt.date) and not isinstance(start, dt.datetime)
        zone_note = None
        if isinstance(start, dt.datetime) and (start.tzinfo is None or start.tzinfo.utcoffset(start) is None):
            tzid = getattr(start_prop, "params", {}).get("TZID")
            zone_note = (
                f"its zone {tzid!r} is unknown, so the time was read in {default_timezone}"
                if tzid
                else f"no zone given, so the time was read in {default_timezone}"
            )
        out.append(
            Event(
                uid=quick.uid or "",
                recurrence_id=rid_text,
                sequence=quick.sequence,
                starts_at=None if all_day or start is None else _instant(start, zone),
                all_day=all_day,
                cancelled=quick.cancelled,
                summary=quick.summary,
                location=quick.location,
                description=quick.description,
                people=tuple(people),
                zone_note=zone_note,
            )
        )
    return out
