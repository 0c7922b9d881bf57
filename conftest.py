"""pytest settings for the whole checkout: nbval's throw-away sample tracker and fixed "today", and --fake-now.

The stored outputs were made by ``make notebooks`` from the sample tracker at
2026-11-20 (the documented knob ``FOLLOWUP_KIT_AS_OF``), so ``pytest notebooks``
re-runs them against the same data.  The variables are set only while a
notebook's cells run (nbval's kernel inherits them when it starts), so other
tests never see them, and your own tracker is never read.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

#: The day the notebooks' stored outputs were made for.
NOTEBOOK_AS_OF = "2026-11-20"

_folder: Path | None = None


def _sample_tracker() -> Path:
    global _folder
    if _folder is None:
        from followup_kit.datasets.sample.tracker import create_sample_tracker

        _folder = Path(tempfile.mkdtemp(prefix="followup-kit-nbval-"))
        create_sample_tracker(_folder / "tracker.sqlite").close()
    return _folder / "tracker.sqlite"


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_setup(item):
    if item.path.suffix != ".ipynb":
        yield
        return
    saved = {k: os.environ.get(k) for k in ("FOLLOWUP_KIT_TRACKER", "FOLLOWUP_KIT_AS_OF")}
    os.environ["FOLLOWUP_KIT_TRACKER"] = str(_sample_tracker())
    os.environ["FOLLOWUP_KIT_AS_OF"] = NOTEBOOK_AS_OF
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def pytest_sessionfinish(session, exitstatus):
    if _folder is not None:
        shutil.rmtree(_folder, ignore_errors=True)


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
    if not text or (getattr(config.option, "numprocesses", None) and not hasattr(config, "workerinput")):
        return  # no faked clock, or pytest-xdist's controller: it starts the workers and runs no test
    import time_machine

    sys.path.insert(0, str(Path(__file__).parent / "tests"))
    from helpers import fake_now_moment

    _traveller = time_machine.travel(fake_now_moment(text), tick=True)
    _traveller.start()


@pytest.hookimpl(wrapper=True)
def pytest_runtestloop(session):
    """While tests run under a faked clock, a process start skips the test (pytest itself may start some before)."""
    if _traveller is not None:
        subprocess.Popen.__init__ = _skip_process_start  # type: ignore[method-assign]
    try:
        return (yield)
    finally:
        subprocess.Popen.__init__ = _real_popen_init  # type: ignore[method-assign]


def pytest_unconfigure(config):
    global _traveller
    if _traveller is not None:
        _traveller.stop()
        _traveller = None


def pytest_report_header(config):
    text = config.getoption("--fake-now")
    if text:
        return f"faked clock: starts at {text} (tests that start another process are skipped)"
    return None
