"""Smoke test of benchmarks/bench_invitations.py at its tiny size (no timing is asserted)."""

import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[3] / "benchmarks" / "bench_invitations.py"


def test_tiny_benchmark_runs_and_prints_its_ratio():
    done = subprocess.run([sys.executable, str(BENCH), "--tiny"], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert re.search(r"^ratio  \d+\.\d\d \(goal <= 1\.5\)$", out, re.M)
    assert re.search(r"^export: 500 events", out, re.M)
    assert "result Dry run, nothing saved: 10 added" in out and "490 everyday events left alone" in out
