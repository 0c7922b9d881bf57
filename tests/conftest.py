"""Shared fixtures: small literal trackers built through the public API."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

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


def _merge(into: dict, more: dict) -> dict:
    """Figures of two workers as one: counts add up, nested figures merge, anything else is the latest."""
    for key, value in more.items():
        if isinstance(value, dict):
            _merge(into.setdefault(key, {}), value)
        elif isinstance(value, int | float) and isinstance(into.get(key), int | float):
            into[key] = round(into[key] + value, 1)
        else:
            into[key] = value
    return into


class _FiguresAcrossWorkers:
    """Under pytest-xdist each worker collects its own figures; the controller prints them all."""

    @pytest.hookimpl(optionalhook=True)
    def pytest_configure_node(self, node):
        if getattr(node.config, "_figures_folder", None) is None:  # one folder for every worker of the run
            node.config._figures_folder = Path(tempfile.mkdtemp(prefix="followup-kit-figures-"))
        node.workerinput["figures_folder"] = str(node.config._figures_folder)


def pytest_configure(config):
    config.pluginmanager.register(_FiguresAcrossWorkers(), "followup-kit-figures")


def pytest_sessionfinish(session):
    worker = getattr(session.config, "workerinput", None)
    if worker and "figures_folder" in worker:
        path = Path(worker["figures_folder"]) / f"{worker['workerid']}.json"
        path.write_text(json.dumps(FIGURES), encoding="utf-8")


def pytest_terminal_summary(terminalreporter, config):
    """Print the figures the reliability and bad-input tests collected (for the README and the closing notes)."""
    figures: dict = _merge({}, FIGURES)
    folder = getattr(config, "_figures_folder", None)
    if folder is not None:
        for path in sorted(Path(folder).glob("*.json")):
            _merge(figures, json.loads(path.read_text(encoding="utf-8")))
        shutil.rmtree(folder, ignore_errors=True)
    shown = {name: values for name, values in figures.items() if values and any(values.values())}
    if shown:
        terminalreporter.section("figures")
        for name, values in shown.items():
            terminalreporter.write_line(f"{name}: {json.dumps(values)}")
