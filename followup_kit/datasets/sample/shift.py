"""Moving the sample in time: its story shifted by whole weeks so that it ends in the last seven days.

``followup-kit init --sample`` uses :func:`shift_export` on the shipped export, then
:func:`tick_off_overdue` marks done what a diligent user would have done by now.

Examples
--------
>>> sample_shift_days(dt.date(2026, 12, 1))
7
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd

from followup_kit.datasets.sample.story import SAMPLE_AS_OF, SAMPLE_TIMEZONE
from followup_kit.followups.schedule import follow_up_schedule
from followup_kit.store import model
from followup_kit.store.tracker import Tracker
from followup_kit.values import local_timezone_name

#: The sample moves by whole weeks only, so weekdays, weekends and the business-day
#: rules of the follow-up policy keep the shape they had on the fixed dates.
SHIFT_STEP_DAYS = 7
#: How many overdue follow-ups a shifted sample keeps (issue 14: "one or two overdue");
#: older ones are marked done, as a diligent user would have.
SAMPLE_OVERDUE_LEFT = 2
#: A bare date given as ``shift_to`` stands for this local time of that day.
SHIFT_TO_TIME = dt.time(12, 0)
#: How the tracker stores a moment (see ``store.sqlite.utc``).
UTC_FORMAT = "%Y-%m-%dT%H:%M:%S+00:00"
#: The meta row of an export holding a time stamp.
_META_STAMP = "exported_at"


def sample_shift_days(today: dt.date) -> int:
    """Days to add to every sample date so its story ends in the week up to ``today``.

    A whole number of weeks (:data:`SHIFT_STEP_DAYS`), rounded down so that nothing
    lands in the future: the sample's last day (a Friday) becomes the latest Friday
    on or before ``today``.

    >>> sample_shift_days(dt.date(2026, 11, 20)), sample_shift_days(dt.date(2026, 11, 26))
    (0, 0)
    >>> sample_shift_days(dt.date(2026, 11, 28)), sample_shift_days(dt.date(2026, 11, 19))
    (7, -7)
    """
    return (today - SAMPLE_AS_OF).days // SHIFT_STEP_DAYS * SHIFT_STEP_DAYS


def shift_moment(shift_to) -> pd.Timestamp:
    """``shift_to`` as an aware moment; its date is "today" in the zone it was given in."""
    if isinstance(shift_to, dt.datetime):
        if shift_to.tzinfo is None:
            shift_to = shift_to.replace(tzinfo=dt.datetime.now().astimezone().tzinfo)
        return pd.Timestamp(shift_to)
    if isinstance(shift_to, dt.date):
        return pd.Timestamp(dt.datetime.combine(shift_to, SHIFT_TO_TIME)).tz_localize(SAMPLE_TIMEZONE)
    raise TypeError(f"shift_to must be a date or a datetime, not {type(shift_to).__name__}")


def today_moment() -> dt.datetime:
    """Now, in this machine's time zone (what ``followup-kit init --sample`` shifts to)."""
    return dt.datetime.now(pd.Timestamp.now(tz=local_timezone_name()).tzinfo)


def shift_export(folder: Path, out: Path, days: int) -> Path:
    """Copy an export folder to ``out`` with every date and time moved by ``days`` days.

    Times move in local wall-clock time (an interview at 10:00 stays at 10:00 across a
    daylight-saving change).  One vectorised pass per column.
    """
    folder, out = Path(folder), Path(out)
    out.mkdir(parents=True, exist_ok=True)
    step = pd.Timedelta(days=days)
    for src in sorted(folder.glob("*.csv")):
        name = src.stem
        frame = pd.read_csv(src, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        for col in model.DATE_COLUMNS.get(name, ()):
            dates = pd.to_datetime(frame[col].where(frame[col] != ""), format="%Y-%m-%d")
            frame[col] = (dates + step).dt.strftime("%Y-%m-%d").fillna("")
        stamps = list(model.TIMESTAMP_COLUMNS.get(name, ()))
        if name == "meta":
            is_stamp = frame["key"] == _META_STAMP
            frame.loc[is_stamp, "value"] = _shift_stamps(frame.loc[is_stamp, "value"], step)
        for col in stamps:
            frame[col] = _shift_stamps(frame[col], step)
        # the cells are already as the export wrote them (formulas neutralised): write them back untouched
        frame.to_csv(out / src.name, index=False, encoding="utf-8-sig", lineterminator="\r\n")
    return out


def _shift_stamps(text: pd.Series, step: pd.Timedelta) -> pd.Series:
    given = text.ne("")
    local = pd.to_datetime(text.where(given), utc=True).dt.tz_convert(SAMPLE_TIMEZONE).dt.tz_localize(None) + step
    # a wall time that falls twice (autumn) is read as the first one, one that never happens moves forward
    moved = local.dt.tz_localize(
        SAMPLE_TIMEZONE, ambiguous=np.ones(len(local), dtype=bool), nonexistent="shift_forward"
    )
    iso = moved.dt.strftime("%Y-%m-%dT%H:%M:%S%z").str.replace(r"([+-]\d{2})(\d{2})$", r"\1:\2", regex=True)
    return iso.where(given, "")


def tick_off_overdue(tracker: Tracker, now: pd.Timestamp) -> None:
    """Mark done (three hours before due) every follow-up overdue at ``now`` but the latest few."""
    schedule = follow_up_schedule(tracker, as_of=now)
    overdue = schedule[schedule["status"] == "overdue"].sort_values(["due_at", "action_key"], kind="stable")
    done = overdue.iloc[: max(len(overdue) - SAMPLE_OVERDUE_LEFT, 0)]
    when = pd.DatetimeIndex(done["due_at"]) - pd.Timedelta(hours=3)
    rows = pd.DataFrame(
        {
            "action_key": done["action_key"].to_numpy(),
            "state": "done",
            "done_at": when.tz_convert("UTC").strftime(UTC_FORMAT),
        }
    )
    with tracker.transaction():
        tracker.insert_rows("action_state", rows)
