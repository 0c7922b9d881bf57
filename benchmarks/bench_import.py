"""Benchmark: ``import followup_kit`` beside ``import pandas``, each in a fresh interpreter.

pandas is the floor: the kit cannot load without it.  Each statement runs in a new
``python -c`` process ``--runs`` times, alternating, and the median wall time of each is
printed with the ratio kit / pandas.  The interpreter's own start-up (``python -c pass``)
is shown too, for reference.

Usage::

    .venv/bin/python benchmarks/bench_import.py --runs 15
    .venv/bin/python benchmarks/bench_import.py --tiny          (3 runs: a smoke run)

To see what a slow import spends its time on: ``python -X importtime -c "import followup_kit"``.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STATEMENTS = {"python": "pass", "pandas": "import pandas", "followup_kit": "import followup_kit"}


def once(statement: str) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", statement], check=True, cwd=ROOT)
    return time.perf_counter() - t0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="fresh interpreters per statement (median kept)")
    parser.add_argument("--tiny", action="store_true", help="3 runs: a smoke run")
    args = parser.parse_args(argv)
    runs = 3 if args.tiny else args.runs
    for statement in STATEMENTS.values():
        once(statement)  # warm the file cache
    seconds: dict[str, list[float]] = {name: [] for name in STATEMENTS}
    for _ in range(runs):
        for name, statement in STATEMENTS.items():
            seconds[name].append(once(statement))
    median = {name: statistics.median(values) for name, values in seconds.items()}
    for name, value in median.items():
        print(f"{STATEMENTS[name]:<22} {value:7.3f} s (median of {runs})")
    print(f"import followup_kit / import pandas: {median['followup_kit'] / median['pandas']:.2f} x floor")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
