"""Benchmark: ``Tracker.tables()`` beside the sqlite3 fetch floor, on synthetic trackers.

The floor is what any reader pays to get the rows out of SQLite into Python:
``cursor.fetchall()`` of the same SELECTs (every column of every table, in the same
order), with no typing at all.  ``tables()`` returns typed frames with the derived
``status``; the ratio ``tables / floor`` is printed for each size, floor and reader
run alternately ``--repeat`` times and the best of each kept (the machine may be shared).
Wall and CPU time are both shown; on a busy machine the CPU ratio is the steadier figure.

Usage::

    .venv/bin/python benchmarks/bench_tables.py --sizes 10000 100000 1000000
    .venv/bin/python benchmarks/bench_tables.py --tiny          (a smoke run, a few hundred applications)

Synthetic trackers come from ``followup_kit.datasets.synthetic.make_tracker`` and are cached
in ``--workdir`` (default: followup-kit-bench in the temporary folder) (a million applications take about half a minute to build, once).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # benchmarks/, for _shared (also when loaded by a test)

from _shared import LIMITS, verdict

from followup_kit.datasets.synthetic import make_tracker
from followup_kit.store import model
from followup_kit.store.tracker import Tracker

TINY = 300

#: The size the speed guard (at most ``LIMITS['tables']`` x floor) is for.
GUARDED = 1_000_000


def fetch_floor(path: Path) -> tuple[float, float]:
    """Wall and CPU seconds for ``cursor.fetchall()`` of every stored column of every table, ordered as the tracker reads."""
    conn = sqlite3.connect(path)
    try:
        t0, c0 = time.perf_counter(), time.process_time()
        conn.execute("BEGIN")
        for table, columns in model.COLUMNS.items():
            stored = [c for c in columns if c != "status"]
            quoted = ", ".join(f'"{c}"' for c in stored)
            conn.execute(f'SELECT {quoted} FROM {table} ORDER BY "{stored[0]}"').fetchall()
        conn.execute("COMMIT")
        return time.perf_counter() - t0, time.process_time() - c0
    finally:
        conn.close()


def read_tables(path: Path) -> tuple[float, float, int]:
    """Wall and CPU seconds of ``Tracker.tables()``, and the number of rows it read."""
    with Tracker.open(path) as tracker:
        t0, c0 = time.perf_counter(), time.process_time()
        tables = tracker.tables()
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        return wall, cpu, sum(len(frame) for frame in tables.values())


def _ratio(n: int, ratio: float) -> str:
    if n >= GUARDED:
        return verdict(ratio, LIMITS["tables"])
    return f"{ratio:.2f} x floor (the limit of {LIMITS['tables']:g} x is for {GUARDED:,})"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--tiny", action="store_true", help=f"one small tracker ({TINY} applications)")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many alternating runs")
    parser.add_argument("--workdir", type=Path, default=None, help="keep generated trackers here")
    args = parser.parse_args(argv)
    sizes = [TINY] if args.tiny else args.sizes
    workdir = args.workdir or (
        Path(tempfile.mkdtemp(prefix="bench-tables-"))
        if args.tiny
        else Path(tempfile.gettempdir()) / "followup-kit-bench"
    )
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"{'applications':>12} {'rows':>10} {'floor s':>8} {'tables s':>9}  ratio")
    for n in sizes:
        path = workdir / f"synthetic-{n}.sqlite"
        if not path.exists():
            print(f"building {path} (once) ...", flush=True)
            make_tracker(path, n, seed=0).close()
        floor = reader = floor_cpu = reader_cpu = float("inf")
        for _ in range(args.repeat):
            wall, cpu = fetch_floor(path)
            floor, floor_cpu = min(floor, wall), min(floor_cpu, cpu)
            wall, cpu, rows = read_tables(path)
            reader, reader_cpu = min(reader, wall), min(reader_cpu, cpu)
        print(f"{n:>12,} {rows:>10,} {floor:>8.3f} {reader:>9.3f}  wall: {_ratio(n, reader / floor)}", flush=True)
        print(f"{'':>12} {'':>10} {floor_cpu:>8.3f} {reader_cpu:>9.3f}  CPU:  {_ratio(n, reader_cpu / floor_cpu)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
