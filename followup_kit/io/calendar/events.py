"""Reading the events worth a closer look fully with ``icalendar``, one broken event at a time.

:func:`parse_events` gives the quick events of a calendar (:mod:`followup_kit.io.calendar.read`)
to ``icalendar`` together, with the calendar's ``VTIMEZONE`` blocks.  When that fails, each
event is read on its own: a broken event (a start that is not a date, an unknown property
value, a broken parameter) is set aside as a :class:`BrokenEvent` with its line and the
reason, and the good events of the same export are imported (issue 18).

Examples
--------
>>> from followup_kit.io.calendar.read import read_calendars
>>> raw = (b"BEGIN:VCALENDAR\\r\\nVERSION:2.0\\r\\nX-WR-TIMEZONE:Europe/Paris\\r\\nBEGIN:VEVENT\\r\\n"
...        b"UID:1@example.org\\r\\nDTSTART:20261203T100000\\r\\nSUMMARY:Entretien\\r\\nEND:VEVENT\\r\\n"
...        b"BEGIN:VEVENT\\r\\nUID:2@example.org\\r\\nDTSTART:2026-13-45\\r\\nSUMMARY:Interview\\r\\nEND:VEVENT\\r\\n"
...        b"END:VCALENDAR\\r\\n")
>>> [cal] = read_calendars(raw, file="invite.ics")
>>> broken = []
>>> [event] = parse_events(cal, cal.events, default_timezone="UTC", file="invite.ics", broken=broken)
>>> event.starts_at.isoformat()
'2026-12-03T09:00:00+00:00'
>>> broken[0].line, broken[0].uid
(9, '2@example.org')
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from followup_kit.errors import InputError
from followup_kit.io.calendar.read import BrokenEvent, Calendar, QuickEvent, broken_event
from followup_kit.values import check_day, check_integer, clean_text


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


def _components(calendar: Calendar, events) -> list:
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
    parsed = icalendar.Calendar.from_ical(text.replace("\r\n", "\n").replace("\n", "\r\n"), multiple=True)
    if calendar.x_wr_timezone:
        import x_wr_timezone

        parsed = [x_wr_timezone.to_standard(c) for c in parsed]
    components = [c for cal in parsed for c in cal.walk("VEVENT")]
    if len(components) != len(events):
        raise ValueError(f"{len(components)} events read where {len(events)} were written")
    return components


def parse_events(
    calendar: Calendar, events, *, default_timezone: str, file: str, broken: list[BrokenEvent] | None = None
) -> list[Event]:
    """Read ``events`` (quick events of ``calendar``) fully with icalendar.

    Times with a ``TZID`` are read with the calendar's ``VTIMEZONE`` (icalendar also knows
    the Windows zone names Outlook writes), floating times in the calendar's
    ``X-WR-TIMEZONE`` when it has one (via the x-wr-timezone package), else in
    ``default_timezone``.  Returns one :class:`Event` per event read.

    With a ``broken`` list, an event that cannot be read is appended to it as a
    :class:`BrokenEvent` and the others are read; without one, the first broken event raises
    :class:`InputError` naming the file and the line.
    """
    if not events:
        return []
    try:
        pairs = list(zip(events, _components(calendar, events)))
    except Exception as e:  # icalendar raises ValueError, KeyError and others for broken input
        if broken is None:
            raise InputError(
                f"is a broken calendar file: an event near line {events[0].line} cannot be read ({e})", file=file
            ) from None
        pairs = []
        for quick in events:  # read alone, a broken event spoils nothing but itself
            try:
                pairs.append((quick, _components(calendar, [quick])[0]))
            except Exception as one:
                broken.append(broken_event(file, quick, one))
    zone = ZoneInfo(default_timezone)
    out = []
    for quick, ev in pairs:
        try:
            out.append(_event(quick, ev, zone, default_timezone))
        except Exception as e:
            if broken is None:
                raise InputError(
                    f"is a broken calendar file: the start of the event at line {quick.line} cannot be read ({e})",
                    file=file,
                ) from None
            broken.append(broken_event(file, quick, e))
    return out


def _event(quick: QuickEvent, ev, zone: ZoneInfo, default_timezone: str) -> Event:
    start_prop = ev.get("DTSTART")
    start = start_prop.dt if start_prop is not None else None
    if start is not None and not isinstance(start, dt.date):
        raise ValueError(f"DTSTART is not a date or a time ({type(start).__name__})")
    if start is not None:
        check_day(start, field="DTSTART")  # year 1 or 9999 is refused here, with its reason
    check_integer(quick.sequence, field="SEQUENCE", minimum=0)
    rid = ev.get("RECURRENCE-ID")
    rid = rid.dt if rid is not None else None
    if isinstance(rid, dt.date):
        check_day(rid, field="RECURRENCE-ID")
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
                    name=clean_text(str(name)).strip() or None if name else None,
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
    return Event(
        uid=quick.uid or "",
        recurrence_id=rid_text,
        sequence=quick.sequence,
        starts_at=None if all_day or start is None else _instant(start, zone),
        all_day=all_day,
        cancelled=quick.cancelled,
        summary=clean_text(quick.summary),
        location=clean_text(quick.location),
        description=clean_text(quick.description),
        people=tuple(people),
        zone_note=zone_note,
    )
