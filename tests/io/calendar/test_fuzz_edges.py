"""Fuzzing the calendar import at the edges (issue 26): extreme dates, huge integers, hostile text.

Each calendar is one of the test calendars with one to three values pushed to or past the
edges (:func:`fuzz.mutate_calendar_edges`: DTSTART and RECURRENCE-ID in year 1 or 9999,
SEQUENCE past 64 bits, control characters, ``$`` and markup in the summary, the location,
the description and the people's names).  Every import is real; every tenth, and at the
end, the tracker must still serve ``summary``, ``due``, ``export`` and ``ics`` and check whole.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from pathlib import Path

from fuzz import check_readable, mutate_calendar_edges
from helpers import FIGURES

from followup_kit.errors import FollowupKitError
from followup_kit.io.calendar.invitations import import_invitations
from followup_kit.store.tracker import Tracker

DATA = Path(__file__).resolve().parents[1] / "data" / "calendar"
GOOD = ("apple.ics", "calendly.ics", "google_cancel.ics", "google_invite.ics", "google_reschedule.ics",
        "outlook_teams.ics", "scheduling_tool.ics", "zoom.ics")  # fmt: skip
SEED = 26
CALENDARS = 40
CHECK_EVERY = 10


def test_calendars_at_the_edges_import_and_leave_the_tracker_usable(tmp_path):
    base = [(name, (DATA / name).read_bytes()) for name in GOOD]
    db = tmp_path / "t.sqlite"
    with Tracker.create(db, timezone="Europe/Berlin") as t:
        for company in ("Northwind GmbH", "Contoso", "Fabrikam", "Globex"):
            t.add_application(company, "Analyst", applied_on="2026-10-01")
    seen: Counter[str] = Counter()
    problems = []
    started = time.perf_counter()
    for n in range(CALENDARS):
        rng = random.Random(f"{SEED}-{n}")
        name, raw = rng.choice(base)
        with Tracker.open(db) as t:
            try:
                result = import_invitations(
                    t, (name, mutate_calendar_edges(raw, rng)), me=["sam@example.org"], create=True
                )
            except FollowupKitError as e:  # the kit's own refusal, naming the file
                assert name in str(e), f"calendar {n} (seed {SEED}-{n}): {e}"
                seen["refused"] += 1
                continue
        seen.update(result.events["outcome"])
        if n % CHECK_EVERY == CHECK_EVERY - 1:
            problems += [f"calendar {n} (seed {SEED}-{n}): {p}" for p in check_readable(db, tmp_path / f"r{n}")]
    seconds = time.perf_counter() - started
    assert problems == []
    assert seen["unreadable"] > 0 and seen["added"] + seen["updated"] > 0
    FIGURES["calendar fuzz at the edges"] = dict(calendars=CALENDARS, seconds=round(seconds, 1), **seen)
