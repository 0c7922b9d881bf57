"""Pipeline analytics: overdue list, funnel, response rate, time in stage, ghosting rate."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from followup_kit.analysis.pipeline import (
    funnel,
    ghosting_rate,
    overdue_applications,
    response_rate,
    time_in_stage,
)
from followup_kit.analysis.waits import wait_times

AS_OF = "2026-04-20"


@pytest.fixture
def pipe(tracker):
    """Acme: interview 03-10, offer 04-01. Brio: interview 03-12, open. Cora: interview 03-25, open.
    Dara: response 03-09, rejection 03-20. Eve: applied 04-10, nothing else. Fay: applied 01-05, ghosted 02-20."""
    t = tracker
    ids = [
        t.add_application(c, "Analyst", applied_on=d)
        for c, d in [
            ("Acme", "2026-03-02"),
            ("Brio", "2026-03-03"),
            ("Cora", "2026-03-04"),
            ("Dara", "2026-03-05"),
            ("Eve", "2026-04-10"),
            ("Fay", "2026-01-05"),
        ]
    ]
    a, b, c, d, _e, f = ids
    t.log_interview(a, "2026-03-10 10:00", [])
    t.log_interview(b, "2026-03-12 10:00", [])
    t.log_interview(c, "2026-03-25 10:00", [])
    t.record_event(a, "offer", "2026-04-01")
    t.record_event(d, "response", "2026-03-09")
    t.record_event(d, "rejection", "2026-03-20")
    t.record_event(f, "ghosted", "2026-02-20")
    return t


def test_overdue(pipe):
    late = overdue_applications(pipe, as_of=AS_OF)
    # Cora: 26 days > 24 and still open; Acme has its offer; Brio, silent 39 days since its interview,
    # is past the silence threshold (the fixed 30 days): ghosted, no longer open
    assert late["company"].tolist() == ["Cora"]
    assert late["days_waited"].tolist() == [26]
    assert overdue_applications(pipe, as_of="2026-04-10")["company"].tolist() == ["Brio"]  # 29 days
    assert late.columns.tolist() == [
        "application_id",
        "company",
        "role",
        "start",
        "days_waited",
        "benchmark_days",
        "days_over",
    ]


def test_overdue_lists_longest_first_and_takes_waits(pipe):
    late = overdue_applications(pipe, benchmark_id="glassdoor_2017_us_restaurants", as_of=AS_OF)
    assert late["company"].tolist() == ["Cora"]  # Brio is ghosted by silence (see test_overdue)
    assert late["days_waited"].tolist() == [26]
    assert late["days_over"].tolist() == pytest.approx([15.8])
    w = wait_times(pipe, as_of=AS_OF)
    pd.testing.assert_frame_equal(overdue_applications(w, benchmark_id="glassdoor_2017_us_restaurants"), late)


def test_funnel(pipe):
    f = funnel(pipe, as_of=AS_OF)
    assert f.index.tolist() == ["applied", "response", "interview", "offer"]
    # replies: three interviews and Dara's response; Fay's ghosting and Eve's silence are none
    assert f["count"].tolist() == [6, 4, 3, 1]
    assert f["conversion"].tolist() == pytest.approx([1, 4 / 6, 3 / 4, 1 / 3])
    assert f["share_of_applied"].tolist() == pytest.approx([1, 4 / 6, 3 / 6, 1 / 6])
    assert response_rate(pipe, as_of=AS_OF) == pytest.approx(4 / 6)


def test_funnel_as_of_in_the_past(pipe):
    assert funnel(pipe, as_of="2026-03-11")["count"].tolist() == [5, 2, 1, 0]


def test_empty(tracker):
    f = funnel(tracker, as_of=AS_OF)
    assert f["count"].tolist() == [0, 0, 0, 0] and f["conversion"].isna().all()
    assert math.isnan(response_rate(tracker, as_of=AS_OF))
    assert time_in_stage(tracker, as_of=AS_OF).empty
    assert overdue_applications(tracker, as_of=AS_OF).empty
    g = ghosting_rate(tracker, as_of=AS_OF)
    assert g["applications"] == 0 and math.isnan(g["rate"])


def test_time_in_stage(pipe):
    s = time_in_stage(pipe, as_of=AS_OF)
    acme = s.loc[s["application_id"] == 1]
    assert acme["stage"].tolist() == ["applied", "interviewing", "offer"]
    assert acme["days"].tolist() == [8, 22, 19]
    assert acme["ongoing"].tolist() == [False, False, True]
    dara = s.loc[s["application_id"] == 4]
    assert dara["stage"].tolist() == ["applied", "responded"] and dara["days"].tolist() == [4, 11]
    assert not dara["ongoing"].any()
    # applied: Acme 8, Brio 9, Cora 21, Dara 4, Eve 10 (ongoing), Fay 46 (to the ghosting)
    assert s.groupby("stage")["days"].median()["applied"] == 9.5


def test_ghosting_rate(pipe):
    g = ghosting_rate(pipe, silence_days=30, as_of=AS_OF)
    # declared: Fay; silent > 30 days with no verdict: Brio (news 03-12); settled: Acme, Dara, Fay, Brio
    assert (g["declared"], g["silent"], g["ghosted"], g["settled"]) == (1, 1, 2, 4)
    assert g["rate"] == 0.5
    short = ghosting_rate(pipe, silence_days=10, as_of=AS_OF)
    # Cora (26 days) joins Brio; Eve (exactly 10 days) is not past it: silent for *longer* than the threshold
    assert (short["silent"], short["settled"]) == (2, 5) and short["rate"] == pytest.approx(3 / 5)
    early = ghosting_rate(pipe, silence_days=30, as_of="2026-03-11")
    assert early["applications"] == 5 and early["silent"] == 0 and early["settled"] == 1  # only Fay settled
