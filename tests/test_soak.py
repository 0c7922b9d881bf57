"""Long crash and concurrency runs; opt in with ``pytest -m soak tests/test_soak.py -s``.

They reuse the machinery of test_reliability.py with bigger numbers:
``FOLLOWUP_KIT_SOAK_KILLS`` (default 200) SIGKILLs, and two writers of
``FOLLOWUP_KIT_SOAK_WRITES`` (default 1000) rounds each beside a reader.
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

pytestmark = pytest.mark.soak

_spec = importlib.util.spec_from_file_location("_reliability", Path(__file__).with_name("test_reliability.py"))
reliability = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(reliability)

KILLS = int(os.environ.get("FOLLOWUP_KIT_SOAK_KILLS", "200"))
WRITES = int(os.environ.get("FOLLOWUP_KIT_SOAK_WRITES", "1000"))


@pytest.fixture(autouse=True)
def _opt_in(request):
    if "soak" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("soak run: opt in with -m soak")


@pytest.mark.parametrize("seed", [11, 12])
def test_soak_sigkill(tmp_path, seed):
    figures = reliability.run_crash_campaign(tmp_path, kills=KILLS // 2, seed=seed, max_wait=1.5)
    print("\nsoak crash:", json.dumps(figures))
    assert figures["operations_acknowledged"] > KILLS // 2


def test_soak_two_writers_and_a_reader(tmp_path):
    figures = reliability.run_concurrency(tmp_path, writers=2, per_writer=WRITES)
    print("\nsoak concurrency:", json.dumps(figures))
    assert figures["transactions_landed"] == 2 * 3 * WRITES
