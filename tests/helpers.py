"""Helpers shared by the tests (``pythonpath = ["tests"]`` in pyproject makes ``import helpers`` work)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pandas as pd

#: The project's checkout.
ROOT = Path(__file__).resolve().parent.parent

#: The public MIT-licensed job log in shared/external (beside the checkout in CI, or this machine's copy).
_REAL_NAME = "job-application-statistics-merged.csv"
REAL_LOG = next(
    (
        p
        for p in (ROOT.parent / "shared" / "external" / _REAL_NAME, Path("/work/shared/external") / _REAL_NAME)
        if p.is_file()
    ),
    ROOT.parent / "shared" / "external" / _REAL_NAME,
)


#: Figures the reliability and bad-input tests collect; conftest.py prints them after the run.
FIGURES: dict[str, dict] = {}


def waits(days, observed, outcome=None, **cols) -> pd.DataFrame:
    """A wait-times frame (as :func:`followup_kit.wait_times` returns) from literal lists."""
    frame = pd.DataFrame(
        {
            "days": days,
            "observed": observed,
            "outcome": outcome if outcome is not None else ["offer" if o else "open" for o in observed],
            **cols,
        }
    )
    frame.attrs.update(start_event="first_interview", end_event="decision")
    return frame


#: A page script: the text of every visible label, button text and tab title whose text is wider than its box (cut or ellipsised)
CUT_LABELS = """() => [...document.querySelectorAll(
        '.fk-desk .widget-label, .fk-desk .widget-label-basic, .fk-desk button, .fk-desk .lm-TabBar-tabLabel')]
    .filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)
    .map(e => e.innerText || e.textContent)"""


def fake_now_moment(text: str) -> dt.datetime:
    """``"2026-12-31 23:30 America/New_York"`` as an aware moment in that zone."""
    day, clock, zone = text.split()
    return dt.datetime.fromisoformat(f"{day} {clock}").replace(tzinfo=ZoneInfo(zone))
