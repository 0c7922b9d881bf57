"""The sample tracker: an invented job search that ships in ``followup_kit/datasets/sample_data/``.

Fifteen applications in New York time between 2026-09-01 and 2026-11-20 (the
notebooks use ``as_of = 2026-11-20``, a Friday), at every stage: applied only,
answered, interviewing over several rounds with two or three interviewers,
referred by friends, one confidential, people to connect with on LinkedIn, an
offer whose deadline is still ahead, rejections, a withdrawal and silence.
Every person, company, address and profile is made up (``example.com``).

``sample_data/`` is the kit's export format; :func:`build_sample` (in
:mod:`followup_kit.datasets.sample.story`) is the source it was written from.

A newcomer should meet a live search, not one frozen on 2026-11-20:
``create_sample_tracker(path, shift_to=today)`` (what ``followup-kit init
--sample`` does) moves every date and time by whole weeks so that the story ends
in the last seven days, and ticks off what a diligent user would have done by
then, leaving at most :data:`SAMPLE_OVERDUE_LEFT` overdue (the shift is in
:mod:`followup_kit.datasets.sample.shift`).  Without ``shift_to``
the sample keeps its fixed dates (the notebooks' stored outputs use them).  Regenerate it with
``python -m followup_kit.datasets.sample.tracker`` after changing :func:`build_sample`.

Examples
--------
>>> import tempfile, pathlib
>>> t = create_sample_tracker(pathlib.Path(tempfile.mkdtemp()) / "sample.sqlite")
>>> len(t.applications), t.timezone
(15, 'America/New_York')
>>> t.close()
>>> live = create_sample_tracker(pathlib.Path(tempfile.mkdtemp()) / "live.sqlite", shift_to=dt.date(2027, 3, 3))
>>> sorted(str(d) for d in live.interviews["starts_at"].dt.date)[-2:]  # yesterday's, and one booked for next week
['2027-02-25', '2027-03-02']
>>> live.close()
"""

from __future__ import annotations

import datetime as dt
import tempfile
from importlib import resources
from pathlib import Path

from followup_kit.datasets.sample.shift import sample_shift_days, shift_export, shift_moment, tick_off_overdue
from followup_kit.datasets.sample.story import SAMPLE_TIMEZONE, build_sample
from followup_kit.errors import TrackerError
from followup_kit.io.kit_folder import export_tracker
from followup_kit.io.sources import import_source
from followup_kit.store.tracker import Tracker

#: The shipped sample, in the kit's export format.
SAMPLE_DIR = Path(str(resources.files("followup_kit.datasets") / "sample_data"))


def create_sample_tracker(path, shift_to=None) -> Tracker:
    """Create a new tracker at ``path`` holding the sample job search.

    Parameters
    ----------
    path : path
        The tracker file to create; it must not exist.
    shift_to : date, datetime or None
        ``None`` keeps the fixed dates (the story ends on :data:`SAMPLE_AS_OF`).
        A date or an aware datetime ("now", e.g. ``datetime.now().astimezone()``)
        moves the story by :func:`sample_shift_days` so that it ends in the seven
        days up to that day (a bare date means :data:`SHIFT_TO_TIME` on it in the
        sample's zone) and marks done all but the latest :data:`SAMPLE_OVERDUE_LEFT`
        follow-ups that are overdue at that moment.

    Raises
    ------
    TrackerError
        If ``path`` already exists.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> t = create_sample_tracker(pathlib.Path(tempfile.mkdtemp()) / "s.sqlite", shift_to=dt.date(2026, 11, 27))
    >>> str(t.applications["applied_on"].min().date())
    '2026-09-09'
    >>> t.close()
    """

    path = Path(path)
    if path.exists():
        raise TrackerError(f"{path} already exists; choose another file name for the sample tracker")
    now = None if shift_to is None else shift_moment(shift_to)
    tracker = Tracker.create(path, timezone=SAMPLE_TIMEZONE)
    try:
        if now is None:
            import_source(tracker, SAMPLE_DIR)
        else:
            with tempfile.TemporaryDirectory(prefix="followup-kit-sample-") as tmp:
                shift_export(SAMPLE_DIR, Path(tmp), sample_shift_days(now.date()))
                import_source(tracker, Path(tmp))
            tick_off_overdue(tracker, now)
    except BaseException:
        tracker.close()
        path.unlink(missing_ok=True)
        raise
    return tracker


def rebuild(folder=SAMPLE_DIR) -> list[Path]:
    """Write the sample to ``folder`` (default the package's ``sample_data``) from :func:`build_sample`."""
    with tempfile.TemporaryDirectory() as tmp, Tracker.create(Path(tmp) / "s.sqlite", SAMPLE_TIMEZONE) as t:
        build_sample(t)
        stamp = dt.datetime(2026, 11, 20, 17, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
        return export_tracker(t, folder, exported_at=stamp)


if __name__ == "__main__":  # pragma: no cover
    for written in rebuild():
        print(written)
