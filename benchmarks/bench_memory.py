"""Peak memory and time of importing each resource bomb of issue 26, against an ordinary file.

Each bomb is built in a temporary folder (``followup_kit.datasets.bombs``) and imported by
``followup-kit import`` in a subprocess of its own; the peak resident memory of that
subprocess (and of any worker it forks) is read from ``getrusage(RUSAGE_CHILDREN)``.  The
floor is the same import of an ordinary small file of the same kind, measured in the same
run.  The goal: every bomb under :data:`followup_kit.limits.PEAK_MEMORY_GOAL_BYTES`
(300 MB) and refused or imported cleanly (no traceback).

Run::

    .venv/bin/python benchmarks/bench_memory.py            # the sizes of the issue
    .venv/bin/python benchmarks/bench_memory.py --tiny     # small bombs, for the smoke test
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from followup_kit.datasets import bombs
from followup_kit.limits import PEAK_MEMORY_GOAL_BYTES

#: A traceback in the output is a failure whatever the exit status.
TRACEBACK = "Traceback (most recent call last)"


def cases(tiny: bool):
    """``(name, builder, floor builder)``: each bomb with the ordinary file of its kind."""
    mb = 8 if tiny else 200
    return [
        ("xlsx: one cell at XFD1048576", bombs.xlsx_far_cell, bombs.xlsx_ordinary),
        ("xlsx: zip bomb", lambda f: bombs.xlsx_zip_bomb(f, 40 if tiny else 1024), bombs.xlsx_ordinary),
        ("xlsx: missing shared string", lambda f: bombs.xlsx_damaged(f, "shared-string"), bombs.xlsx_ordinary),
        ("ods: a row repeated 10^9 times", bombs.ods_repeated_rows, bombs.ods_ordinary),
        ("ods: a cell repeated 10^6 times", bombs.ods_repeated_columns, bombs.ods_ordinary),
        ("csv: a row of 10^6 fields", bombs.csv_wide_row, bombs.csv_ordinary),
        (f"mail: {mb} MB attachment", lambda f: bombs.mail_big_attachment(f, mb), bombs.mail_ordinary),
        (f"mail: {mb} MB text body", lambda f: bombs.mail_big_text(f, mb), bombs.mail_ordinary),
        ("mail: 100,000 parts", lambda f: bombs.mail_many_parts(f, 10_000 if tiny else 100_000), bombs.mail_ordinary),
        (
            "calendar: unended VEVENTs",
            lambda f: bombs.calendar_unended(f, 2_000 if tiny else 20_000),
            bombs.calendar_ordinary,
        ),
    ]


def import_once(path: Path, folder: Path, timeout: float) -> tuple[float, float, str]:
    """Import ``path`` into a fresh tracker in a subprocess: ``(seconds, peak MB, outcome)``."""
    tracker = folder / f"t-{time.monotonic_ns()}.sqlite"
    code = (
        "import resource, sys\n"
        "from followup_kit.cli import main\n"
        "status = main(sys.argv[1:])\n"
        "print('PEAK', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "
        "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        "sys.exit(status)\n"
    )
    argv = [sys.executable, "-c", code, "import", str(path), "--tracker", str(tracker), "--create"]
    start = time.perf_counter()
    try:
        done = subprocess.run(
            argv, capture_output=True, text=True, timeout=timeout, env={**os.environ, "PYTHONWARNINGS": "ignore"}
        )
    except subprocess.TimeoutExpired:
        return timeout, float("nan"), f"HANG (over {timeout:g} s)"
    seconds = time.perf_counter() - start
    peak_line = [line for line in done.stdout.splitlines() if line.startswith("PEAK ")]
    if peak_line:
        own, children = (int(x) for x in peak_line[-1].split()[1:])
        peak_mb = max(own, children) / 1024
    else:  # it died before printing: what the parent saw of it
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    text = done.stdout + done.stderr
    if TRACEBACK in text:
        outcome = "TRACEBACK"
    elif done.returncode == 0:
        outcome = "imported"
    else:
        last = [line for line in done.stderr.strip().splitlines() if line.strip()]
        outcome = "refused: " + (last[-1][:110] if last else f"exit {done.returncode}")
    return seconds, peak_mb, outcome


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tiny", action="store_true", help="small bombs (the smoke test's size)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before an import counts as a hang")
    args = parser.parse_args(argv)
    goal_mb = PEAK_MEMORY_GOAL_BYTES / (1 << 20)
    failures = 0
    with tempfile.TemporaryDirectory(prefix="followup-kit-bombs-") as root:
        for name, build, build_floor in cases(args.tiny):
            folder = Path(tempfile.mkdtemp(dir=root))
            bomb, ordinary = build(folder), build_floor(folder)
            floor_s, floor_mb, _ = import_once(ordinary, folder, args.timeout)
            secs, peak_mb, outcome = import_once(bomb, folder, args.timeout)
            met = peak_mb <= goal_mb and not outcome.startswith(("HANG", "TRACEBACK"))
            failures += not met
            print(f"{name} ({bomb.stat().st_size:,} bytes)", flush=True)
            print(
                f"    peak {peak_mb:7.1f} MB (floor {floor_mb:.1f} MB, goal {goal_mb:.0f} MB), "
                f"{secs:6.2f} s = {secs / floor_s:.2f} x floor ({floor_s:.2f} s): {'met' if met else 'NOT met'}",
                flush=True,
            )
            print(f"    {outcome}", flush=True)
            for p in folder.iterdir():
                p.unlink()
    print(f"{failures} of {len(cases(args.tiny))} inputs over the goal, hung or with a traceback")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
