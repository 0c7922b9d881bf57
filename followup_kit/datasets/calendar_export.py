"""A synthetic whole-calendar export, as Google Calendar writes one, for tests and benchmarks.

Mostly everyday life (weekly team meetings, birthdays, the dentist, the gym, lunches,
cancelled instances, moved occurrences of a series) with a few job interviews at
invented companies among them.  Lines are folded every 75 bytes, even inside a
multi-byte character, as some servers do.  Every name and address is invented
(``.example`` domains).

Examples
--------
>>> raw = make_calendar_export(50, seed=1)
>>> raw.startswith(b"BEGIN:VCALENDAR") and raw.count(b"BEGIN:VEVENT") == 50
True
"""

from __future__ import annotations

import datetime as dt
import random

#: Invented companies an export's interviews are with: (name, mail domain).
EXPORT_COMPANIES = (
    ("Northwind GmbH", "northwind-gmbh.example"),
    ("Fabrikam Ltd", "fabrikam.example"),
    ("Société Lumière SAS", "lumiere.example"),
    ("Tailspin Toys", "tailspintoys.example"),
)

_VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
X-LIC-LOCATION:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

_EVERYDAY = (
    "Dentist",
    "Gym",
    "Lunch with Robin",
    "Haircut",
    "Yoga class",
    "Pick up parcel",
    "Call mum",
    "Book club",
    "Car service",
    "Piano lesson",
    "Groceries",
    "Flat viewing",
    "Doctor's appointment",
    "Coffee with Kim",
    "Run club",
    "Tax advisor",
)
_WORK = (
    "Team sync",
    "Sprint planning",
    "1:1 Kim / Sam",
    "Retro",
    "Design review",
    "Weekly report",
    "All hands",
    "Standup",
)
_FIRST = (
    "Ana",
    "Bo",
    "Chidi",
    "Dana",
    "Emil",
    "Fatou",
    "Gustav",
    "Hiro",
    "Inès",
    "Jonas",
    "Kalani",
    "Lea",
    "Mateo",
    "Noor",
    "Oskar",
    "Priya",
    "Quinn",
    "Rosa",
    "Søren",
    "Tomás",
)
_LAST = ("Example", "Sample", "Muster", "Dupont", "Pérez", "Okafor", "Lindqvist", "Novak", "Tanaka", "Weiß")
_LONG_DESCRIPTION = (
    "Join with Google Meet: https://meet.example/abc-defg-hij\\nOr dial: +1 555 0100 PIN: 1234#\\n"
    "Learn more about Meet at: https://support.example/meet\\n" + "Please do not edit this section. " * 8
)


def fold(line: str) -> bytes:
    """One content line as bytes, folded every 75 bytes (even inside a multi-byte character)."""
    data = line.encode("utf-8")
    parts = [data[:75]] + [data[i : i + 74] for i in range(75, len(data), 74)]
    return b"\r\n ".join(parts) + b"\r\n"


def _stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%SZ")


def _person(rng: random.Random, domain: str) -> tuple[str, str]:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    local = (
        f"{first}.{last}".lower()
        .replace("ß", "ss")
        .replace("é", "e")
        .replace("è", "e")
        .replace("ø", "o")
        .replace("á", "a")
    )
    return f"{first} {last}", f"{local}@{domain}"


def make_calendar_export(
    n_events: int,
    *,
    interviews: int | None = None,
    me: str = "sam.candidate@example.org",
    start: str = "2026-01-05",
    seed: int = 0,
) -> bytes:
    """A Google-style ``.ics`` export with ``n_events`` events, ``interviews`` of them job interviews.

    Parameters
    ----------
    n_events : int
        Events in the file (every ``VEVENT`` counts, recurring series and their moved occurrences too).
    interviews : int, optional
        How many are interviews at :data:`EXPORT_COMPANIES` (default: 1 in 200, at least 1).
    me : str
        The calendar owner's address (in ``X-WR-CALNAME`` and as an attendee).
    start : str
        The first day the events spread from (about 8 events a day).
    seed : int
        Seed of the random choices, so the same arguments give the same bytes.
    """
    rng = random.Random(seed)
    interviews = max(1, n_events // 200) if interviews is None else interviews
    interview_at = set(rng.sample(range(n_events), min(interviews, n_events)))
    day0 = dt.datetime.fromisoformat(start)
    created = _stamp(day0 - dt.timedelta(days=30))
    out = [
        fold(x)
        for x in (
            "BEGIN:VCALENDAR",
            "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            f"X-WR-CALNAME:{me}",
            "X-WR-TIMEZONE:Europe/Berlin",
        )
    ]
    out += [fold(x) for x in _VTIMEZONE.split("\n")]
    series: list[str] = []
    for i in range(n_events):
        when = day0 + dt.timedelta(days=i // 8, hours=8 + (i % 8) + rng.choice((0, 0.5)))
        uid = f"{i:06d}{rng.getrandbits(40):010x}@google.example"
        lines = ["BEGIN:VEVENT"]
        kind = rng.random()
        if i in interview_at:
            company, domain = rng.choice(EXPORT_COMPANIES)
            name, address = _person(rng, domain)
            brand = company.rsplit(" ", 1)[0] if rng.random() < 0.5 and " " in company else company
            lines += [
                f"DTSTART;TZID=Europe/Berlin:{when:%Y%m%dT%H%M%S}",
                f"DTEND;TZID=Europe/Berlin:{when + dt.timedelta(hours=1):%Y%m%dT%H%M%S}",
                f"ORGANIZER;CN={name}:mailto:{address}",
                f"UID:{uid}",
                f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={name}:mailto:{address}",
                f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sam Candidate:mailto:{me}",
                f"SUMMARY:Interview {brand} – Data Analyst",
                "X-GOOGLE-CONFERENCE:https://meet.example/xyz",
            ]
        elif kind < 0.12 and series:
            # a moved occurrence of a weekly series
            lines += [
                f"DTSTART:{_stamp(when)}",
                f"DTEND:{_stamp(when + dt.timedelta(minutes=30))}",
                f"UID:{rng.choice(series)}",
                f"RECURRENCE-ID:{_stamp(when - dt.timedelta(hours=1))}",
                f"SUMMARY:{rng.choice(_WORK)} (moved)",
            ]
        elif kind < 0.35:
            series.append(uid)
            name, address = _person(rng, "currentjob.example")
            lines += [
                f"DTSTART;TZID=Europe/Berlin:{when:%Y%m%dT%H%M%S}",
                f"DTEND;TZID=Europe/Berlin:{when + dt.timedelta(minutes=30):%Y%m%dT%H%M%S}",
                "RRULE:FREQ=WEEKLY;BYDAY=" + ("MO", "TU", "WE", "TH", "FR")[i % 5],
                f"UID:{uid}",
                f"ORGANIZER;CN={name}:mailto:{address}",
                f"ATTENDEE;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;CN={name}:mailto:{address}",
                f"ATTENDEE;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;CN=Sam Candidate:mailto:{me}",
                f"SUMMARY:{rng.choice(_WORK)}",
            ]
        elif kind < 0.5:
            name = rng.choice(_FIRST)
            lines += [
                f"DTSTART;VALUE=DATE:{when:%Y%m%d}",
                f"DTEND;VALUE=DATE:{when + dt.timedelta(days=1):%Y%m%d}",
                f"UID:{uid}",
                f"SUMMARY:{rng.choice(('Birthday: ', 'Holiday: ', 'Out of office – '))}{name}",
            ]
        else:
            status = "CANCELLED" if kind > 0.95 else "CONFIRMED"
            lines += [
                f"DTSTART:{_stamp(when)}",
                f"DTEND:{_stamp(when + dt.timedelta(hours=1))}",
                f"UID:{uid}",
                f"STATUS:{status}",
                f"SUMMARY:{rng.choice(_EVERYDAY)}",
            ]
            if kind > 0.8:
                name, address = _person(rng, rng.choice(("currentjob.example", "friends.example")))
                lines += [
                    f"ORGANIZER;CN={name}:mailto:{address}",
                    f"ATTENDEE;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;CN={name}:mailto:{address}",
                    f"ATTENDEE;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;CN=Sam Candidate:mailto:{me}",
                ]
        lines += [
            f"DTSTAMP:{created}",
            f"CREATED:{created}",
            f"DESCRIPTION:{_LONG_DESCRIPTION}",
            "SEQUENCE:0",
            "TRANSP:OPAQUE",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "DESCRIPTION:This is an event reminder",
            "TRIGGER:-P0DT0H10M0S",
            "END:VALARM",
            "END:VEVENT",
        ]
        out += [fold(x) for x in lines]
    out.append(fold("END:VCALENDAR"))
    return b"".join(out)
