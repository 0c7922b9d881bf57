"""Benchmark: importing a whole-calendar export (dry run, CLI start included) beside icalendar's own parse.

The floor is ``icalendar.Calendar.from_ical`` parsing the same file in this process (its
import not counted): the least any importer built on icalendar would pay.  The measured
run is ``followup-kit import EXPORT.ics --dry-run`` as a fresh process, so starting Python,
importing the kit and pandas, opening the tracker, reading every event, matching and
the dry-run report are all counted.  The goal is a ratio at or below 1.5; the kit gets
there by parsing only the events that may be interviews.

Usage::

    .venv/bin/python benchmarks/bench_invitations.py              # 20,000 events
    .venv/bin/python benchmarks/bench_invitations.py --tiny       # 500 events, for the smoke test
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from followup_kit.datasets.calendar_export import EXPORT_COMPANIES, make_calendar_export
from followup_kit.store.tracker import Tracker

#: The target of issue 11: the import may cost at most this many times icalendar's parse.
GOAL_RATIO = 1.5


def _kit_command() -> list[str]:
    script = Path(sys.executable).with_name("followup-kit")
    return [str(script)] if script.exists() else [sys.executable, "-m", "followup_kit.cli"]


def run(n_events: int, interviews: int, repeat: int) -> dict:
    import icalendar

    with tempfile.TemporaryDirectory() as folder:
        export = Path(folder) / "export.ics"
        export.write_bytes(make_calendar_export(n_events, interviews=interviews, seed=7))
        tracker = Path(folder) / "tracker.sqlite"
        with Tracker.create(tracker, timezone="Europe/Berlin") as t:
            for company, _domain in EXPORT_COMPANIES:
                t.add_application(company, "Data Analyst")
        floor, kit = [], []
        for _ in range(repeat):
            start = time.perf_counter()
            icalendar.Calendar.from_ical(export.read_bytes())
            floor.append(time.perf_counter() - start)
            start = time.perf_counter()
            done = subprocess.run(
                [*_kit_command(), "import", str(export), "--dry-run", "--tracker", str(tracker)],
                capture_output=True,
                text=True,
                env={**os.environ, "PYTHONWARNINGS": "ignore"},
            )
            kit.append(time.perf_counter() - start)
            if done.returncode != 0:
                raise SystemExit(f"the import failed: {done.stderr.strip()}")
        summary = done.stdout.splitlines()[0]
        return dict(events=n_events, megabytes=export.stat().st_size / 1e6, floor=min(floor), kit=min(kit),
                    summary=summary)  # fmt: skip


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000, help="events in the export (default 20,000)")
    parser.add_argument("--interviews", type=int, default=40, help="interviews among them (default 40)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each; the fastest counts (default 1)")
    parser.add_argument("--tiny", action="store_true", help="500 events: a smoke test, not a measurement")
    args = parser.parse_args(argv)
    n = 500 if args.tiny else args.events
    r = run(n, min(args.interviews, max(1, n // 50)), args.repeat)
    ratio = r["kit"] / r["floor"]
    print(f"export: {r['events']:,} events, {r['megabytes']:.1f} MB")
    print(f"floor  icalendar.Calendar.from_ical: {r['floor']:.2f} s")
    print(f"kit    followup-kit import --dry-run: {r['kit']:.2f} s (CLI start included)")
    print(f"ratio  {ratio:.2f} (goal <= {GOAL_RATIO})")
    print(f"result {r['summary']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
