"""Fuzzing the sheet import at the edges (issue 26): dates in year 1 or 9999, huge numbers, hostile text.

Each sheet (:func:`fuzz.hostile_sheet`) mixes good rows with cells a careful user or an
attacker could type.  Imported with ``skip_invalid``, the good rows land and every other is
rejected with its reason; every fifth import, and at the end, the tracker must still serve
``summary``, ``due``, ``export`` and ``ics`` and check whole.
"""

from __future__ import annotations

import random
import time
from collections import Counter

from fuzz import check_readable, hostile_sheet
from helpers import FIGURES

from followup_kit.errors import FollowupKitError
from followup_kit.io.sources import import_source
from followup_kit.store.tracker import Tracker

SEED = 26
SHEETS = 20
CHECK_EVERY = 5


def test_sheets_at_the_edges_import_their_good_rows_and_leave_the_tracker_usable(tmp_path):
    db = tmp_path / "t.sqlite"
    Tracker.create(db, timezone="Europe/Berlin").close()
    seen: Counter[str] = Counter()
    problems = []
    started = time.perf_counter()
    for n in range(SHEETS):
        sheet = tmp_path / f"sheet{n}.csv"
        sheet.write_text(hostile_sheet(random.Random(f"{SEED}-{n}")), encoding="utf-8")
        with Tracker.open(db) as t:
            try:
                result = import_source(
                    t, sheet, skip_invalid=True, dayfirst=True, rejects_path=tmp_path / f"rej{n}.csv"
                )
            except FollowupKitError as e:  # a whole-file refusal names the file
                assert sheet.name in str(e), e
                seen["refused"] += 1
                continue
        seen.update(imported=result.rows_imported, updated=result.rows_updated, rejected=result.rows_rejected)
        if n % CHECK_EVERY == CHECK_EVERY - 1:
            problems += [f"sheet {n} (seed {SEED}-{n}): {p}" for p in check_readable(db, tmp_path / f"r{n}")]
    seconds = time.perf_counter() - started
    assert problems == []
    assert seen["imported"] > 0 and seen["rejected"] > 0
    FIGURES["sheet fuzz at the edges"] = dict(sheets=SHEETS, seconds=round(seconds, 1), **seen)
