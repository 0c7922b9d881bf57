"""Fuzzing the sheet reader with resource bombs (issue 26): each is read or refused with a number, quickly."""

from __future__ import annotations

import random
import time
from collections import Counter

from fuzz import bomb_sheet
from helpers import FIGURES

from followup_kit.errors import InputError
from followup_kit.io.sheets.cells import read_sheet

SHEETS = 40


def test_resource_bomb_sheets_are_read_or_refused_naming_the_limit(tmp_path):
    seen: Counter[str] = Counter()
    slowest = 0.0
    started = time.perf_counter()
    for n in range(SHEETS):
        folder = tmp_path / str(n)
        folder.mkdir()
        path = bomb_sheet(folder, random.Random(f"sheet-bomb-{n}"))
        one = time.perf_counter()
        try:
            sheet = read_sheet(path)
        except InputError as e:
            assert path.name in str(e)
            assert "more than" in str(e) or "damaged" in str(e) or "expands" in str(e), str(e)
            seen["refused: " + ("damaged" if "damaged" in str(e) else "limit")] += 1
        else:
            assert len(sheet.frame) <= 100_000
            seen["read"] += 1
        slowest = max(slowest, time.perf_counter() - one)
    assert seen["read"] and seen["refused: limit"]
    assert slowest < 60
    FIGURES["sheet bomb fuzz"] = dict(
        sheets=SHEETS, seconds=round(time.perf_counter() - started, 1), slowest=round(slowest, 2), **seen
    )
