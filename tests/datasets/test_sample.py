"""The shipped sample tracker: complete, invented, and in step with its source."""

from __future__ import annotations

import pandas as pd
import pytest

from followup_kit.datasets.sample import (
    SAMPLE_AS_OF,
    SAMPLE_DIR,
    create_sample_tracker,
    rebuild,
)
from followup_kit.errors import TrackerError
from followup_kit.store import model


@pytest.fixture
def sample(tmp_path):
    t = create_sample_tracker(tmp_path / "sample.sqlite")
    yield t
    t.close()


def test_sample_dir_is_in_the_repository():
    assert SAMPLE_DIR.name == "sample_data" and (SAMPLE_DIR / "meta.csv").is_file()


def test_data_sample_matches_its_source(tmp_path):
    rebuild(tmp_path / "fresh")
    for name in [*model.COLUMNS, "meta"]:
        assert (tmp_path / "fresh" / f"{name}.csv").read_bytes() == (SAMPLE_DIR / f"{name}.csv").read_bytes(), (
            f"data/sample/{name}.csv is stale: run python -m followup_kit.datasets.sample"
        )


def test_sample_has_every_stage(sample):
    t = sample.tables()
    apps, events, interviews, contacts = t["applications"], t["events"], t["interviews"], t["contacts"]
    assert sample.timezone == "America/New_York" and 12 <= len(apps) <= 16
    assert set(apps["status"]) == {"applied", "interviewing", "offer", "rejected", "withdrawn", "ghosted"}
    assert apps["applied_on"].min() >= pd.Timestamp("2026-09-01")
    assert events["on"].max() <= pd.Timestamp(SAMPLE_AS_OF)
    assert interviews["starts_at"].max().date() <= SAMPLE_AS_OF
    offer = events[events["kind"] == "offer"]
    assert (offer["deadline"] > pd.Timestamp(SAMPLE_AS_OF)).all() and len(offer) == 1
    assert apps["referrer_id"].notna().sum() >= 2 and apps["confidential"].sum() == 1
    rejected = apps[apps["status"] == "rejected"]
    assert set(rejected["still_interested"]) == {True, False}
    per_interview = t["participants"].groupby("interview_id").size()
    assert per_interview.max() == 3 and (per_interview >= 2).sum() >= 5
    assert interviews["memorable_detail"].notna().all() or interviews["memorable_detail"].notna().sum() >= 10
    assert interviews["decision_expected_on"].notna().sum() >= 5 and interviews["candidates_in_pool"].notna().any()
    employees = contacts[contacts["relation"] == "employee"]
    assert len(employees) >= 2 and employees["linkedin_connected_on"].notna().sum() == 1
    assert apps["industry"].nunique() >= 10 and apps["source"].nunique() >= 5


def test_sample_people_are_invented(sample):
    contacts = sample.contacts
    emails = contacts["email"].dropna()
    assert emails.str.endswith("example.com").all()
    assert contacts["linkedin_url"].dropna().str.startswith("https://www.linkedin.com/in/example-").all()


def test_create_sample_tracker_refuses_an_existing_file(tmp_path):
    (tmp_path / "t.sqlite").write_text("")
    with pytest.raises(TrackerError, match=r"t.sqlite already exists; choose another file name"):
        create_sample_tracker(tmp_path / "t.sqlite")
