"""One meaning of ``as_of`` everywhere (followup_kit._validation): a bare date is the start of that day.

Every public function that takes ``as_of`` is called with the same day written five ways; each must give
the same result, and a different day must give a different one (so the test would notice an ignored as_of).
"""

from __future__ import annotations

import datetime as dt
import inspect

import numpy as np
import pandas as pd
import pytest

import followup_kit as fk
from followup_kit import _validation
from followup_kit.cli import main as cli_main
from followup_kit.notebook.desk.main import FollowUpDesk

TZ = "America/New_York"
SAME_DAY = (
    "2026-03-07",
    dt.date(2026, 3, 7),
    dt.datetime(2026, 3, 7),
    pd.Timestamp("2026-03-07 00:00", tz=TZ),
    pd.Timestamp("2026-03-07 05:00", tz="UTC"),  # the same instant, written in UTC
)


NAMES = (
    "follow_up_schedule", "due_soon", "schedule_to_ics", "draft", "wait_times", "funnel", "response_rate",
    "time_in_stage", "overdue_applications", "ghosting_rate", "reply_forecast", "legal_deadline_sentences",
    "plot_chance_within", "applications_as_of",
)  # fmt: skip


def _calls(tracker):
    """Every public function with an ``as_of`` parameter, as a call on the tracker."""
    schedule = fk.follow_up_schedule(tracker, as_of="2026-03-01")
    return {
        "follow_up_schedule": lambda a: fk.follow_up_schedule(tracker, as_of=a),
        "due_soon": lambda a: fk.due_soon(schedule, as_of=a, days=7),
        "schedule_to_ics": lambda a: _without_stamps(fk.schedule_to_ics(tracker, as_of=a)),
        "draft": lambda a: fk.draft(tracker, schedule["action_key"].iloc[0], as_of=a).body,
        "wait_times": lambda a: fk.wait_times(tracker, as_of=a, start="applied", end="response"),
        "funnel": lambda a: fk.funnel(tracker, as_of=a),
        "response_rate": lambda a: fk.response_rate(tracker, as_of=a),
        "time_in_stage": lambda a: fk.time_in_stage(tracker, as_of=a),
        "overdue_applications": lambda a: fk.overdue_applications(tracker, as_of=a),
        "ghosting_rate": lambda a: fk.ghosting_rate(tracker, as_of=a),
        "reply_forecast": lambda a: fk.reply_forecast(tracker, as_of=a),
        "legal_deadline_sentences": lambda a: fk.legal_deadline_sentences(tracker, as_of=a, country="CA", region="ON"),
        "plot_chance_within": lambda a: _curve(fk.plot_chance_within(tracker, as_of=a, start="first_interview")),
        "applications_as_of": lambda a: fk.applications_as_of(tracker, as_of=a)[["application_id", "status"]],
        "desk": lambda a: FollowUpDesk(tracker, as_of=a).visible_actions()[["action_key", "status"]],
    }


def _curve(ax):
    import matplotlib.pyplot as plt

    data = [tuple(np.round(line.get_xydata().ravel(), 12)) for line in ax.get_lines()]
    plt.close(ax.figure)
    return data


def _without_stamps(ics: bytes) -> bytes:
    """The calendar with its DTSTAMP lines (the moment it was written) left out, events and all."""
    lines = ics.replace(b"\r\n ", b"").split(b"\r\n")
    kept = b"\r\n".join(line for line in lines if not line.startswith(b"DTSTAMP"))
    assert kept.count(b"BEGIN:VEVENT") >= 1  # the comparison covers events, not only the header
    return kept


def _same(a, b) -> bool:
    if isinstance(a, pd.DataFrame | pd.Series):
        return a.reset_index(drop=True).equals(b.reset_index(drop=True))
    if isinstance(a, float) and np.isnan(a):
        return np.isnan(b)
    return a == b


def test_every_public_function_with_as_of_is_covered():
    public = {name for name in fk.__all__ if inspect.isfunction(getattr(fk, name))}
    takes_as_of = {n for n in public if "as_of" in inspect.signature(getattr(fk, n)).parameters}
    # write_ics is schedule_to_ics written to a file; the generators' as_of is the day their invented story ends
    missing = takes_as_of - set(NAMES) - {"write_ics", "make_tracker", "make_silent_search"}
    assert not missing, f"add these to _calls: {sorted(missing)}"
    for name in takes_as_of:
        kind = inspect.signature(getattr(fk, name)).parameters["as_of"].kind
        assert kind is inspect.Parameter.KEYWORD_ONLY, f"{name}: as_of must be keyword-only"


@pytest.mark.parametrize("name", [*NAMES, "desk"])
def test_a_day_means_the_same_everywhere(interviewed, name):
    tracker = interviewed["tracker"]
    tracker.record_event(interviewed["application_id"], "response", "2026-03-05")
    call = _calls(tracker)[name]
    first = call(SAME_DAY[0])
    for other in SAME_DAY[1:]:
        assert _same(first, call(other)), f"{name}: {other!r} read differently from '2026-03-07'"


def test_the_day_matters(interviewed):
    """A later day changes what the schedule says (so the test above would catch an ignored as_of)."""
    t = interviewed["tracker"]
    early = fk.follow_up_schedule(t, as_of="2026-03-07")
    late = fk.follow_up_schedule(t, as_of="2026-04-07")
    assert not early["status"].equals(late["status"])


def test_what_falls_due_that_day_is_due_today_not_overdue(interviewed):
    # the interview is Tuesday 2026-03-10 14:00; its thank-yous fall due on Wednesday 2026-03-11
    s = fk.follow_up_schedule(interviewed["tracker"], as_of="2026-03-11")
    thanks = s[s["kind"] == "thank_you"]
    assert len(thanks) == 2 and (thanks["status"] == "pending").all()
    assert (thanks["due_at"].dt.date == dt.date(2026, 3, 11)).all()
    later = fk.follow_up_schedule(interviewed["tracker"], as_of="2026-03-12")
    assert (later[later["kind"] == "thank_you"]["status"] == "overdue").all()


def test_window_is_today_and_the_next_n_days():
    end = _validation.window_end("2026-03-07", 7, TZ)
    assert end == pd.Timestamp("2026-03-15 00:00", tz=TZ)  # across the DST change on 2026-03-08
    assert _validation.window_end("2026-03-07", 0, TZ) == pd.Timestamp("2026-03-08 00:00", tz=TZ)


@pytest.mark.parametrize("days", [0, 1, 7, 30])
def test_desk_and_due_command_list_the_same_actions(interviewed, tmp_path, capsys, days):
    tracker = interviewed["tracker"]
    compared = 0
    for as_of in ("2026-03-10", "2026-03-11", "2026-03-16"):
        desk = FollowUpDesk(tracker, as_of=as_of, days=days)
        capsys.readouterr()
        code = cli_main(
            ["due", "--tracker", str(tracker.path), "--as-of", as_of, "--days", str(days), "--format", "csv"]
        )
        assert code == 0
        out = capsys.readouterr().out
        listed = pd.read_csv(pd.io.common.StringIO(out))["action_key"].tolist() if out.strip() else []
        assert listed == desk.visible_actions()["action_key"].tolist(), (as_of, days)
        compared += len(listed)
    assert compared > 0  # the lists compared were not all empty
