"""Benchmark: follow-up schedule throughput on synthetic trackers.

Prints, for each size, the time to read the tracker's tables (``tracker.tables()``),
the time to build the schedule from them, applications per second, and the
ratio schedule time / read time (reading is the floor).

Usage::

    .venv/bin/python benchmarks/bench_schedule.py --sizes 10000 100000 1000000
    .venv/bin/python benchmarks/bench_schedule.py --tiny        (a smoke run, a few hundred applications)

Synthetic trackers come from ``followup_kit.datasets.synthetic.make_tracker``.
Trackers are cached under ``--workdir`` (default: a temporary folder).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from followup_kit.followups.schedule import build_schedule, resolve_policy
from followup_kit.store.tracker import Tracker


def make_tracker(path: Path, n: int) -> Tracker:
    """A synthetic tracker of ``n`` applications (cached: reused if the file exists)."""
    if path.exists():
        return Tracker.open(path)
    from followup_kit.datasets.synthetic import make_tracker as synthetic

    return synthetic(path, n, seed=0)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--as-of", default="2026-11-20", help="as synthetic.DEFAULT_AS_OF")
    parser.add_argument("--repeat", type=int, default=1, help="best of this many schedule runs")
    parser.add_argument("--workdir", type=Path, default=None, help="keep generated trackers here")
    parser.add_argument("--tiny", action="store_true", help="one small tracker (300 applications)")
    args = parser.parse_args(argv)
    sizes = [300] if args.tiny else args.sizes
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bench-schedule-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"{'applications':>12} {'rows':>10} {'read s':>8} {'schedule s':>10} {'apps/s':>12} {'ratio':>6}")
    for i, n in enumerate(sizes, 1):
        print(f"[{i}/{len(sizes)}] {n:,} applications", flush=True)
        tracker = make_tracker(workdir / f"tracker-{n}.sqlite", n)
        t0 = time.perf_counter()
        tables = tracker.tables()
        read = time.perf_counter() - t0
        policy = resolve_policy(tracker)
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            schedule = build_schedule(tables, as_of=args.as_of, policy=policy)
            best = min(best, time.perf_counter() - t0)
        tracker.close()
        n_apps = len(tables["applications"])
        print(
            f"{n_apps:>12,} {len(schedule):>10,} {read:>8.2f} {best:>10.2f} {n_apps / best:>12,.0f} "
            f"{best / read:>6.2f} x floor",
            flush=True,
        )


if __name__ == "__main__":
    main()
