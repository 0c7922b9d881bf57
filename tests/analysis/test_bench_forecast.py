"""Smoke test: the forecast benchmark runs end to end in its tiny mode (no timing is asserted)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_forecast.py"


def test_tiny_run_prints_every_step(tmp_path, capsys):
    spec = importlib.util.spec_from_file_location("bench_forecast", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--tiny", "--workdir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    for step in ("floor: wait_times", "reply_forecast (all of it)", "never_hear_back", "silence_threshold"):
        assert step in out
    assert "x floor" in out and "still silent" in out
