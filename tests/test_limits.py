"""The limits of one input (followup_kit.limits): every number has its reason."""

from __future__ import annotations

import dataclasses

from followup_kit.limits import LIMITS, PEAK_MEMORY_GOAL_BYTES, InputLimits, too_many


def test_every_limit_has_a_reason_that_says_why():
    reasons = InputLimits.reasons()
    assert set(reasons) == {f.name for f in dataclasses.fields(InputLimits)}
    assert all(len(r) > 40 for r in reasons.values())


def test_the_cells_of_a_full_sheet_fit_the_memory_goal():
    assert LIMITS.sheet_cells * 250 < PEAK_MEMORY_GOAL_BYTES  # reading costs about 250 bytes a text cell
    assert LIMITS.sheet_rows * 10 <= LIMITS.sheet_cells  # a 10-column tracker may use every row


def test_a_refusal_names_the_limit_and_what_was_found():
    assert too_many("rows", 1_000_000_000, 200_000) == (
        "more than 200,000 rows (1,000,000,000): the kit reads at most 200,000 rows of a sheet"
    )
    assert "(" not in too_many("cells", None, 5)
