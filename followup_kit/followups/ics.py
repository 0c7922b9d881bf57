"""Calendar export: one RFC 5545 event per live follow-up action.

Each event's UID is ``<action_key>@followup-kit``, so importing a newer file
updates the entries instead of duplicating them.  Every event carries a
reminder alarm and the draft in its description.

Examples
--------
>>> import tempfile, pathlib, icalendar
>>> from followup_kit.store.tracker import Tracker
>>> t = Tracker.create(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite", timezone="Europe/Berlin")
>>> hm = t.add_contact("Hana Manager", company="Acme", relation="hiring_manager")
>>> iv = t.log_interview(t.add_application("Acme", "Analyst"), "2026-03-10 14:00", [hm])
>>> cal = icalendar.Calendar.from_ical(schedule_to_ics(t, as_of="2026-03-10"))
>>> sorted(str(e["UID"]) for e in cal.walk("VEVENT"))[:2]
['linkedin_invite:c1@followup-kit', 'status_check:a1:i1:1@followup-kit']
>>> t.close()
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from followup_kit.followups.drafts import render_drafts
from followup_kit.followups.schedule import (
    LIVE_STATUSES,
    build_schedule,
    resolve_policy,
)
from followup_kit.store.files import private_file
from followup_kit.values import clean_text

#: Domain part of every UID.
UID_DOMAIN = "followup-kit"
#: Length of each calendar entry.
EVENT_MINUTES = 15

_TITLES = {
    "thank_you": "Thank-you note to {who}",
    "linkedin_invite": "LinkedIn invitation to {who}",
    "linkedin_followup": "LinkedIn follow-up with {who}",
    "referrer_update": "Update {who} on the interview",
    "status_check": "Ask {who} for an update",
    "expedite": "Tell {who} about your offer deadline",
    "keep_in_touch": "Keep in touch with {who}",
}


def uid_for(action_key: str) -> str:
    """The calendar UID of an action.

    Examples
    --------
    >>> uid_for("thank_you:i12:c7")
    'thank_you:i12:c7@followup-kit'
    """
    return f"{action_key}@{UID_DOMAIN}"


def schedule_to_ics(tracker, schedule=None, *, as_of=None, policy=None) -> bytes:
    """The live (pending and overdue) actions as an iCalendar file.

    Parameters
    ----------
    tracker : Tracker or dict of DataFrame
    schedule : DataFrame, optional
        A schedule already built from this tracker; built when ``None``.
    as_of, policy
        As for :func:`~followup_kit.followups.schedule.follow_up_schedule`.

    Returns
    -------
    bytes
        RFC 5545 text (CRLF line endings, folded lines).
    """
    import icalendar

    policy = resolve_policy(tracker, policy)
    tables = tracker.tables() if hasattr(tracker, "tables") else tracker
    if schedule is None:
        schedule = build_schedule(tables, as_of=as_of, policy=policy)
    live = schedule[schedule["status"].isin(LIVE_STATUSES)]
    drafts = render_drafts(live, tables, policy)
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)

    cal = icalendar.Calendar()
    cal.add("prodid", "-//followup-kit//follow-up schedule//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Job search follow-ups")
    for row in live.to_dict("records"):
        key = row["action_key"]
        who = row.get("to_whom") or row["contact_name"] or row["company"]
        start = row["due_at"].to_pydatetime()
        event = icalendar.Event()
        event.add("uid", uid_for(key))
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + dt.timedelta(minutes=EVENT_MINUTES))
        # text is data: no control character reaches a calendar app (RFC 5545 3.3.11 allows none but tab)
        event.add("summary", clean_text(f"{_TITLES[row['kind']].format(who=who)} ({row['company']})"))
        event.add("categories", [row["kind"]])
        event.add("description", clean_text(f"{row['reason']}\n\nAction key: {key}\n\n{drafts[key].text}"))
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", event["summary"])
        alarm.add("trigger", dt.timedelta(minutes=-policy.reminder_minutes_before))
        event.add_component(alarm)
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()


def write_ics(tracker, path, *, as_of=None, policy=None) -> Path:
    """Write :func:`schedule_to_ics` to ``path`` (owner read/write only, replaced atomically)."""
    path = Path(path)
    data = schedule_to_ics(tracker, as_of=as_of, policy=policy)
    with private_file(path, "wb") as fh:
        fh.write(data)
    return path
