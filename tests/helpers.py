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


#: JavaScript for ``page.evaluate``: the visible elements of the desk's open tab that reach past the
#: box that holds them (ipywidgets' boxes scroll, so such an element is cut), except in a box meant to
#: scroll sideways (a class ``fk-...-scroll``, like the sheet preview's).
SPILLING = """() => {
    const panel = document.querySelector('.fk-desk .widget-tab');
    const scroller = e => {
        for (let a = e.parentElement; a && a !== panel; a = a.parentElement) {
            if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(a).overflowX)) return a;
        }
        return panel;
    };
    const deliberate = a => /(^|\\s)fk-[\\w-]*scroll\\b/.test(String(a.className));
    return [...panel.querySelectorAll('*')]
        .filter(e => e.offsetParent !== null && e.getBoundingClientRect().width > 0)
        .filter(e => {
            const s = scroller(e);
            const edge = s.getBoundingClientRect().left + s.clientLeft + s.clientWidth;
            return e.getBoundingClientRect().right > edge + 1 && !deliberate(s);
        })
        .map(e => (e.tagName + '.' + String(e.className)).slice(0, 80));
}"""

#: JavaScript for ``page.evaluate(CUT_OPTIONS, selector)``: the choices of a closed dropdown whose text
#: is wider than the dropdown shows (measured with the dropdown's own font).
CUT_OPTIONS = """(selector) => {
    const select = document.querySelector(selector);
    const style = getComputedStyle(select);
    const pen = document.createElement('canvas').getContext('2d');
    pen.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return [...select.options].filter(o => pen.measureText(o.text).width > room).map(o => o.text);
}"""
