"""Tests for followup_kit.datasets.synthetic."""

import pandas as pd
import pytest

from followup_kit.datasets.synthetic import make_tracker


def test_same_seed_same_tracker(tmp_path):
    a = make_tracker(tmp_path / "a.sqlite", 300, seed=3)
    b = make_tracker(tmp_path / "b.sqlite", 300, seed=3)
    for name, frame in a.tables().items():
        if name != "action_state":
            pd.testing.assert_frame_equal(frame, b.tables()[name])


def test_shapes_are_plausible_and_consistent(tmp_path):
    t = make_tracker(tmp_path / "s.sqlite", 2000, seed=0)
    tables = t.tables()
    apps, ivs, events = tables["applications"], tables["interviews"], tables["events"]
    assert len(apps) == 2000
    assert set(apps["status"]) <= {"applied", "interviewing", "offer", "accepted", "rejected", "withdrawn", "ghosted"}
    assert 0.05 < apps["application_id"].isin(ivs["application_id"]).mean() < 0.25
    # nothing happens before the application or after "today"
    first = events.merge(apps[["application_id", "applied_on"]], on="application_id")
    assert (first["on"] >= first["applied_on"]).all()
    assert events["on"].max() <= pd.Timestamp("2026-11-20") + pd.Timedelta(days=5)
    assert (ivs["starts_at"].dt.tz_localize(None) >= ivs.merge(apps, on="application_id")["applied_on"]).all()
    # every interview has at least one participant
    assert set(ivs["interview_id"]) == set(tables["participants"]["interview_id"])
    assert tables["contacts"]["email"].str.endswith("@example.com").all()


def test_zero_and_negative(tmp_path):
    assert make_tracker(tmp_path / "z.sqlite", 0).applications.empty
    with pytest.raises(ValueError):
        make_tracker(tmp_path / "n.sqlite", -1)
