"""Shared fixtures: small literal trackers built through the public API."""

from __future__ import annotations

import json
import os

import pytest
from helpers import FIGURES
from hypothesis import HealthCheck, settings

from followup_kit.store.tracker import Tracker

settings.register_profile("ci", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture
def tracker(tmp_path):
    """An empty tracker in New York time, closed after the test."""
    t = Tracker.create(tmp_path / "tracker.sqlite", timezone="America/New_York")
    yield t
    t.close()


@pytest.fixture
def interviewed(tracker):
    """One application with a referral and one interview with two interviewers.

    Interview: Tuesday 2026-03-10 14:00 New York time; decision promised for 2026-03-20.
    """
    ref = tracker.add_contact("Rita Referrer", company="Elsewhere Ltd", relation="referrer", email="rita@example.com")
    hm = tracker.add_contact(
        "Hana Manager",
        company="Acme Analytics",
        title="Head of Data",
        relation="hiring_manager",
        email="hana@example.com",
    )
    iv = tracker.add_contact(
        "Ivo Interviewer", company="Acme Analytics", relation="interviewer", email="ivo@example.com"
    )
    app = tracker.add_application(
        "Acme Analytics",
        "Data Analyst",
        applied_on="2026-03-02",
        referrer_id=ref,
        industry="Software",
        source="Referral",
    )
    interview = tracker.log_interview(
        app,
        "2026-03-10 14:00",
        [hm, iv],
        stage="onsite",
        decision_expected_on="2026-03-20",
        candidates_in_pool=4,
        memorable_detail="the churn model they rebuilt last spring",
        not_discussed="my dashboard migration at my last job",
    )
    return {
        "tracker": tracker,
        "application_id": app,
        "interview_id": interview,
        "referrer_id": ref,
        "hiring_manager_id": hm,
        "interviewer_id": iv,
    }


def pytest_terminal_summary(terminalreporter):
    """Print the figures the reliability and bad-input tests collected (for the README and the closing notes)."""
    shown = {name: figures for name, figures in FIGURES.items() if figures and any(figures.values())}
    if shown:
        terminalreporter.section("figures")
        for name, figures in shown.items():
            terminalreporter.write_line(f"{name}: {json.dumps(figures)}")
