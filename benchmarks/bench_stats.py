"""Time wait_times + survival + outcome_incidence on synthetic trackers.

Usage: .venv/bin/python benchmarks/bench_stats.py --sizes 10000 100000 1000000
       .venv/bin/python benchmarks/bench_stats.py --tiny        (a smoke run, a few hundred applications)

For each size it builds (once, cached in --workdir) a synthetic tracker, then
reports seconds for reading the tables (the floor: ``tracker.tables()``) and for
each statistic on those tables, with the ratio to the floor.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the checkout, for followup_kit
sys.path.insert(0, str(Path(__file__).resolve().parent))  # benchmarks/, for _shared (also when loaded by a test)

from _shared import TINY, timed, tracker_paths

from followup_kit.analysis.comparison import compare_to_benchmark
from followup_kit.analysis.incidence import outcome_incidence
from followup_kit.analysis.stats import survival
from followup_kit.analysis.waits import wait_times
from followup_kit.store.tracker import Tracker

AS_OF = "2026-11-20"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--tiny", action="store_true", help=f"one small tracker ({TINY} applications)")
    parser.add_argument("--workdir", type=Path, default=None, help="keep generated trackers here")
    args = parser.parse_args(argv)
    timed("importing scipy.stats (once)", lambda: __import__("scipy.stats"))
    for _n, path in tracker_paths(args.sizes, tiny=args.tiny, workdir=args.workdir, prefix="bench-stats-"):
        with Tracker.open(path) as t:
            tables, floor = timed("floor: tracker.tables()", t.tables)
            waits, a = timed("wait_times", lambda: wait_times(tables, as_of=AS_OF), floor)
            _, b = timed("survival", lambda: survival(waits), floor)
            _, c = timed("survival(by='industry')", lambda: survival(waits, by="industry"), floor)
            _, d = timed("outcome_incidence", lambda: outcome_incidence(waits), floor)
            _, e = timed("compare_to_benchmark", lambda: compare_to_benchmark(waits, "shrm_24_days"), floor)
            total = a + b + c + d + e
            print(
                f"    {'statistics total':<38} {total:8.2f} s  ({total / floor:.2f} x floor); "
                f"{len(waits):,} waits from the first interview",
                flush=True,
            )
            every, f = timed(
                "wait_times(start='applied')", lambda: wait_times(tables, as_of=AS_OF, start="applied"), floor
            )
            _, g = timed("survival (every application)", lambda: survival(every), floor)
            _, h = timed("outcome_incidence (every application)", lambda: outcome_incidence(every), floor)
            total = f + g + h
            print(
                f"    {'total from applied':<38} {total:8.2f} s  ({total / floor:.2f} x floor); {len(every):,} waits",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
