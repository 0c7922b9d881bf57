"""Every benchmark script still runs: each ``benchmarks/bench_*.py`` at its ``--tiny`` size.

The scripts are found by glob, so a new one is covered without touching this file.  Speed is
not asserted here (the machine may be shared); only that each script finishes and prints at
least one ratio against its floor.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from helpers import ROOT

SCRIPTS = sorted((ROOT / "benchmarks").glob("bench_*.py"))

#: How the benchmarks print a ratio: "<number> x floor" (bench_invitations and bench_mail: "ratio ... <number>").
RATIO = re.compile(r"\d+\.\d+ x floor|^ratio\b.*?\d+\.\d+", re.MULTILINE)

#: Scripts that measure quality, not speed: what their output must contain instead of a ratio.
NOT_TIMED = {
    "bench_mail_classifier.py": "precision",
    "bench_mail_real.py": "false decisions",
    "bench_sheets_real.py": "rejections",
}


def test_the_benchmarks_folder_has_the_required_scripts():
    names = {p.name for p in SCRIPTS}
    assert {"bench_tables.py", "bench_report.py", "bench_import.py", "bench_schedule.py", "bench_stats.py"} <= names


@pytest.mark.slow
@pytest.mark.parametrize("script", SCRIPTS, ids=[p.stem for p in SCRIPTS])
def test_each_benchmark_runs_tiny_and_prints_a_ratio(script, tmp_path):
    done = subprocess.run(
        [sys.executable, str(script), "--tiny"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONWARNINGS": "ignore", "MPLBACKEND": "agg"},
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    if script.name in NOT_TIMED:
        assert NOT_TIMED[script.name] in done.stdout, done.stdout[-3000:]
    else:
        assert RATIO.search(done.stdout), done.stdout[-3000:]
