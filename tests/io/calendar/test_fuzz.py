"""Fuzzing the calendar import: 500 mutated calendars on every run (issue 18).

Each is one of the test calendars broken by :mod:`fuzz`'s seeded mutator (byte flips,
truncation, broken starts, zones and properties, duplicated and missing lines, folds).
The import either refuses the file with the kit's own one-sentence error or imports it,
listing each event it cannot read as unreadable; every 25th import is real and the tracker
is checked for consistency at the end.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from pathlib import Path

from fuzz import check_tracker, mutate_calendar
from helpers import FIGURES

from followup_kit.errors import FollowupKitError
from followup_kit.io.calendar.invitations import import_invitations
from followup_kit.store.tracker import Tracker

DATA = Path(__file__).resolve().parents[1] / "data" / "calendar"
GOOD = ("apple.ics", "calendly.ics", "google_cancel.ics", "google_floating.ics", "google_invite.ics",
        "google_reschedule.ics", "google_stale.ics", "multibyte_fold.ics", "outlook_teams.ics",
        "outlook_two_calendars.ics", "scheduling_tool.ics", "unmatched.ics", "zoom.ics")  # fmt: skip
SEED = 18
CALENDARS = 500
REAL_IMPORT_EVERY = 25


def test_500_mutated_calendars_import_or_are_refused_and_leave_the_tracker_consistent(tmp_path):
    base = [(name, (DATA / name).read_bytes()) for name in GOOD]
    db = tmp_path / "t.sqlite"
    with Tracker.create(db, timezone="Europe/Berlin") as t:
        for company in ("Northwind GmbH", "Contoso", "Fabrikam", "Globex", "Tailspin Toys", "Initech"):
            t.add_application(company, "Analyst", applied_on="2026-10-01")
    seen: Counter[str] = Counter()
    started = time.perf_counter()
    with Tracker.open(db) as t:
        for n in range(CALENDARS):
            rng = random.Random(f"{SEED}-{n}")
            name, raw = rng.choice(base)
            data = mutate_calendar(raw, rng)
            try:
                result = import_invitations(
                    t, (name, data), me=["sam@example.org"], dry_run=n % REAL_IMPORT_EVERY != 0, create=n % 2 == 0
                )
            except FollowupKitError as e:  # the kit's own refusal, naming the file
                assert name in str(e), f"calendar {n} (seed {SEED}-{n}): {e}"
                seen["refused"] += 1
                continue
            assert result.events["outcome"].notna().all() and result.events["reason"].notna().all()
            seen.update(result.events["outcome"])
            seen["imported files"] += 1
    seconds = time.perf_counter() - started
    assert check_tracker(db) == []
    assert seen["unreadable"] > 0 and seen["imported files"] > CALENDARS // 2
    FIGURES["calendar fuzz"] = dict(calendars=CALENDARS, seconds=round(seconds, 1), **seen)


BOMB_CALENDARS = 30


def test_resource_bomb_calendars_are_read_in_linear_time(tmp_path):
    """Issue 26: unended events and calendars, thousands of blocks, long folded values, attendees, alarms."""
    from fuzz import bomb_calendar

    base = [(name, (DATA / name).read_bytes()) for name in GOOD]
    db = tmp_path / "t.sqlite"
    Tracker.create(db, timezone="Europe/Berlin").close()
    seen: Counter[str] = Counter()
    slowest = 0.0
    started = time.perf_counter()
    with Tracker.open(db) as t:
        for n in range(BOMB_CALENDARS):
            rng = random.Random(f"bomb-{n}")
            name, raw = rng.choice(base)
            data = bomb_calendar(raw, rng)
            one = time.perf_counter()
            try:
                result = import_invitations(t, (name, data), me=["sam@example.org"], dry_run=True)
            except FollowupKitError as e:
                assert name in str(e)
                seen["refused"] += 1
            else:
                assert result.events["reason"].notna().all()
                seen["imported files"] += 1
            slowest = max(slowest, time.perf_counter() - one)
    assert slowest < 60
    FIGURES["calendar bomb fuzz"] = dict(
        calendars=BOMB_CALENDARS, seconds=round(time.perf_counter() - started, 1), slowest=round(slowest, 2), **seen
    )
