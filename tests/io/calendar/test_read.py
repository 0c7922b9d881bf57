"""Reading calendar files: unended events are reported one by one, in one pass over the file."""

from __future__ import annotations

import pytest

from followup_kit.datasets import bombs
from followup_kit.errors import InputError
from followup_kit.io.calendar.read import read_calendars


def test_twenty_thousand_unended_events_are_each_reported_with_their_line(tmp_path):
    raw = bombs.calendar_unended(tmp_path, 20_000).read_bytes()
    [cal] = read_calendars(raw, file="unended.ics")
    assert len(cal.broken) == 20_000 and not cal.events
    assert [b.line for b in cal.broken[:3]] == [3, 7, 11]
    assert cal.broken[-1].line == 3 + 4 * 19_999
    assert cal.broken[5].uid == "5@contoso.example"  # its own UID, not the next event's
    assert cal.broken[0].reason == "the event at line 3 has no END:VEVENT"


def test_an_unended_event_before_an_ended_one_is_reported_and_the_other_read():
    raw = (
        b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nSUMMARY:lost\nBEGIN:VEVENT\nUID:b\nSUMMARY:Interview\n"
        b"DTSTART:20261203T100000Z\nEND:VEVENT\nBEGIN:VTIMEZONE\nTZID:X\nEND:VTIMEZONE\nEND:VCALENDAR\n"
    )
    [cal] = read_calendars(raw, file="x.ics")
    assert [(b.uid, b.line) for b in cal.broken] == [("a", 2)]
    assert [(e.uid, e.line) for e in cal.events] == [("b", 5)]
    assert len(cal.timezones) == 1


def test_many_calendars_in_one_file_are_numbered_in_one_pass():
    block = b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:{i}\nDTSTART:20261203T100000Z\nEND:VEVENT\nEND:VCALENDAR\n"
    raw = b"".join(block.replace(b"{i}", str(i).encode()) for i in range(3000))
    cals = read_calendars(raw, file="many.ics")
    assert len(cals) == 3000 and cals[-1].events[0].line == 6 * 2999 + 2


def test_unended_calendars_are_refused_before_any_block_is_matched():
    with pytest.raises(InputError, match="never closed"):
        read_calendars(b"BEGIN:VCALENDAR\n" * 20_000, file="open.ics")
    with pytest.raises(InputError, match="2 BEGIN:VCALENDAR lines but 1 END:VCALENDAR"):
        read_calendars(b"BEGIN:VCALENDAR\nBEGIN:VCALENDAR\nEND:VCALENDAR\n", file="half.ics")
