"""Smoke runs of the mail benchmarks (their full runs are in benchmarks/, not in the tests)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def run(script: str) -> str:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), "--tiny"],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_bench_mail_tiny_prints_the_ratio_and_the_memory_and_finds_the_replies():
    out = run("bench_mail.py")
    assert "ratio kit / floor: " in out and "(goal <= 0.5)" in out
    assert "peak memory of the kit: " in out
    assert "replies found: 42 applied, expected 42" in out
    personal = next(line for line in out.splitlines() if line.startswith("personal mail, no list headers"))
    lists = next(line for line in out.splitlines() if line.startswith("newsletters with list headers"))
    assert personal.endswith(("(limit 0.25) met", "(limit 0.25) not met")) and " x floor " in personal
    assert lists.endswith(("(limit 0.1) met", "(limit 0.1) not met")) and "peak" in lists


def test_bench_mail_classifier_prints_precision_and_recall_per_kind():
    out = run("bench_mail_classifier.py")
    assert "false rejections: 0" in out and "false offers: 0" in out
    header = next(line for line in out.splitlines() if "precision" in line)
    assert header.split() == ["kind", "labelled", "predicted", "correct", "precision", "recall"]
    rows = {
        line.split()[0]: line.split()
        for line in out.splitlines()
        if line.split()[:1] and line.split()[0] in ("rejection", "offer")
    }
    assert float(rows["rejection"][4]) == 1.0 and float(rows["rejection"][5]) >= 0.9
    assert float(rows["offer"][4]) == 1.0 and float(rows["offer"][5]) >= 0.9
