"""Run every benchmark at sizes that finish in a few minutes on a laptop (``make bench``)."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNS = [
    ["bench_schedule.py", "--sizes", "10000", "100000", "1000000"],
    ["bench_stats.py", "--sizes", "10000", "100000", "1000000"],
    ["bench_report.py", "--sizes", "sample", "100000"],
    ["bench_invitations.py", "--events", "20000"],
]

for run in RUNS:
    print(f"\n== {' '.join(run)}", flush=True)
    subprocess.run([sys.executable, str(HERE / run[0]), *run[1:]], check=True)
