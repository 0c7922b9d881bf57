"""Benchmark: ``import followup_kit`` beside ``import pandas``, each in a fresh interpreter.

pandas is the floor: the kit cannot load without it.  Each statement runs in a new
``python -c`` process ``--runs`` times, alternating, and the median wall time and the
median CPU time (user + system, of the child process) of each are printed with the
ratios kit / pandas.  On a shared machine the CPU ratio is the steadier figure.  The
interpreter's own start-up (``python -c pass``) is shown too, for reference.

pandas is installed with compiled bytecode; so that the kit is measured the same way (as
after a normal install, or after its first import), the kit's modules are byte-compiled
first (``compileall``; this matters where ``PYTHONDONTWRITEBYTECODE`` is set).

Usage::

    .venv/bin/python benchmarks/bench_import.py --runs 21
    .venv/bin/python benchmarks/bench_import.py --tiny          (3 runs: a smoke run)

To see what a slow import spends its time on: ``python -X importtime -c "import followup_kit"``.
"""

from __future__ import annotations

import argparse
import compileall
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))  # benchmarks/, for _shared (also when loaded by a test)

from _shared import LIMITS, verdict  # noqa: E402

STATEMENTS = {"python": "pass", "pandas": "import pandas", "followup_kit": "import followup_kit"}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def once(statement: str) -> tuple[float, float]:
    """Wall and CPU seconds of one fresh interpreter running ``statement``."""
    cpu, t0 = _children_cpu(), time.perf_counter()
    subprocess.run([sys.executable, "-c", statement], check=True, cwd=ROOT)
    return time.perf_counter() - t0, _children_cpu() - cpu


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="fresh interpreters per statement (median kept)")
    parser.add_argument("--tiny", action="store_true", help="3 runs: a smoke run")
    args = parser.parse_args(argv)
    runs = 3 if args.tiny else args.runs
    compileall.compile_dir(ROOT / "followup_kit", quiet=1)
    for statement in STATEMENTS.values():
        once(statement)  # warm the file cache
    seconds: dict[str, list[tuple[float, float]]] = {name: [] for name in STATEMENTS}
    for _ in range(runs):
        for name, statement in STATEMENTS.items():
            seconds[name].append(once(statement))
    wall = {name: statistics.median(w for w, _ in values) for name, values in seconds.items()}
    cpu = {name: statistics.median(c for _, c in values) for name, values in seconds.items()}
    for name in STATEMENTS:
        print(f"{STATEMENTS[name]:<22} {wall[name]:7.3f} s wall, {cpu[name]:7.3f} s CPU (medians of {runs})")
    limit = LIMITS["import"]
    print(f"import followup_kit / import pandas, wall: {verdict(wall['followup_kit'] / wall['pandas'], limit)}")
    print(f"import followup_kit / import pandas, CPU:  {verdict(cpu['followup_kit'] / cpu['pandas'], limit)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
