"""Run every benchmark at sizes that finish in a few minutes on a laptop (``make bench``).

Every ``bench_*.py`` in this folder runs, each printing its figures as ratios against a
floor measured in the same run.  ``--tiny`` passes ``--tiny`` to each (a smoke run).
"""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: Arguments of each script for ``make bench``; a script not listed runs with its own defaults.
ARGUMENTS = {
    "bench_tables.py": ["--sizes", "10000", "100000", "1000000"],
    "bench_schedule.py": ["--sizes", "10000", "100000", "1000000"],
    "bench_stats.py": ["--sizes", "10000", "100000", "1000000"],
    "bench_forecast.py": ["--sizes", "10000", "100000"],
    "bench_report.py": ["--sizes", "sample", "100000"],
    "bench_import.py": ["--runs", "21"],
    "bench_invitations.py": ["--events", "20000"],
    "bench_mail.py": ["--mb", "100"],
}


def main(argv=None) -> int:
    tiny = "--tiny" in (argv if argv is not None else sys.argv[1:])
    failed = []
    for script in sorted(HERE.glob("bench_*.py")):
        args = ["--tiny"] if tiny else ARGUMENTS.get(script.name, [])
        print(f"\n== {script.name} {' '.join(args)}", flush=True)
        if subprocess.run([sys.executable, str(script), *args]).returncode != 0:
            failed.append(script.name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
