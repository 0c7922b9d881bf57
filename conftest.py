"""nbval settings for the notebooks: a throw-away copy of the sample tracker and a fixed "today".

The stored outputs were made by ``make notebooks`` from the sample tracker at
2026-11-20 (the documented knob ``FOLLOWUP_KIT_AS_OF``), so ``pytest notebooks``
re-runs them against the same data.  The variables are set only while a
notebook's cells run (nbval's kernel inherits them when it starts), so other
tests never see them, and your own tracker is never read.
"""

from __future__ import annotations

import os
import shutil
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
