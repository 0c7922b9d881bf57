"""Shared fixtures: small literal trackers built through the public API."""

from __future__ import annotations

import json
import os
import subprocess

import pytest
from helpers import FIGURES, fake_now_moment
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


# ---------------------------------------------------------------------------------------------
# A faked clock for the whole run: `pytest --fake-now "2026-12-31 23:30 America/New_York"`.
# A test that reads the wall clock instead of an explicit as_of passes on the day it was written
# and fails on another; `make test-clocks` runs the in-process tests on such days (New Year's Eve
# late at night, the Monday after a daylight-saving change, a leap day), so a date bomb fails in
# CI and not on a user's first day.  time-machine moves datetime.now, date.today and time.time
# (and the TZ of the process) but not another process, so a test that starts one (a kernel,
# papermill, a server, a browser, the CLI in a subprocess) is skipped in such a run: it runs
# under the real clock in `make test`.


def pytest_addoption(parser):
    parser.addoption(
        "--fake-now",
        default=None,
        metavar="'YYYY-MM-DD HH:MM Zone/Name'",
        help="run under a ticking clock that starts at this local time in this zone "
        "(tests that start another process are skipped: it would not see the clock)",
    )


_traveller = None
_real_popen_init = subprocess.Popen.__init__


def _skip_process_start(self, *args, **kwargs):
    pytest.skip("starts another process, which would not see the faked clock (runs in make test)")


def pytest_configure(config):
    global _traveller
    text = config.getoption("--fake-now")
    if not text:
        return
    import time_machine

    _traveller = time_machine.travel(fake_now_moment(text), tick=True)
    _traveller.start()
    subprocess.Popen.__init__ = _skip_process_start  # type: ignore[method-assign]


def pytest_unconfigure(config):
    global _traveller
    if _traveller is not None:
        subprocess.Popen.__init__ = _real_popen_init  # type: ignore[method-assign]
        _traveller.stop()
        _traveller = None


def pytest_report_header(config):
    text = config.getoption("--fake-now")
    if text:
        return f"faked clock: starts at {text} (tests that start another process are skipped)"
    return None
