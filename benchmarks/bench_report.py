"""Benchmark: the weekly report end to end beside its floor.

The floor is a papermill run of a notebook that imports pandas and matplotlib, reads
the tracker's tables and draws one plot: the cost of starting a kernel, loading the
data and showing a figure, which no report can avoid.  The report is what
``followup-kit report`` runs (papermill + nbconvert + .ics).  Floor and report run
alternately ``--repeat`` times and the best of each is kept; printed as seconds and as
a ratio to the floor, at the sample size and at 100,000 synthetic applications.

Usage::

    .venv/bin/python benchmarks/bench_report.py --sizes sample 100000 --repeat 3
    .venv/bin/python benchmarks/bench_report.py --tiny          (the sample once: a smoke run)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import nbformat
import papermill as pm

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # benchmarks/, for _shared (also when loaded by a test)

from _shared import LIMITS, verdict

from followup_kit.datasets.sample.tracker import create_sample_tracker
from followup_kit.datasets.synthetic import make_tracker
from followup_kit.notebook.report import run_weekly_report

FLOOR_SOURCE = """\
import pandas as pd
import matplotlib.pyplot as plt
from followup_kit.store.tracker import Tracker
t = Tracker.open(tracker)
tables = t.tables()
fig, ax = plt.subplots(figsize=(8, 3.6), layout="constrained")
tables["applications"]["applied_on"].dt.month.value_counts().sort_index().plot.bar(ax=ax)
"""


def floor_notebook(folder: Path) -> Path:
    nb = nbformat.v4.new_notebook(
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    )
    params = nbformat.v4.new_code_cell("tracker = None")
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell(FLOOR_SOURCE)]
    path = folder / "floor.ipynb"
    nbformat.write(nb, path)
    return path


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", nargs="+", default=["sample", "100000"], help="'sample' or a number of synthetic applications"
    )
    parser.add_argument("--week-ending", default="2026-11-20")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many alternating runs")
    parser.add_argument("--tiny", action="store_true", help="the sample, once: a smoke run")
    args = parser.parse_args(argv)
    sizes, repeat = (["sample"], 1) if args.tiny else (args.sizes, args.repeat)
    work = Path(tempfile.mkdtemp(prefix="bench-report-"))
    floor_nb = floor_notebook(work)
    print(f"{'tracker':>10} {'floor s':>8} {'report s':>9}  ratio")
    for i, size in enumerate(sizes, 1):
        print(f"[{i}/{len(sizes)}] preparing {size} ...", flush=True)
        path = work / f"tracker-{size}.sqlite"
        if size == "sample":
            create_sample_tracker(path).close()
        else:
            make_tracker(path, int(size), seed=0).close()
        floor = report = float("inf")
        for run in range(repeat):
            t0 = time.perf_counter()
            pm.execute_notebook(
                str(floor_nb),
                str(work / f"floor-{size}.ipynb"),
                parameters={"tracker": str(path)},
                kernel_name="python3",
                progress_bar=False,
            )
            floor = min(floor, time.perf_counter() - t0)
            t0 = time.perf_counter()
            run_weekly_report(path, week_ending=args.week_ending, out_dir=work / f"out-{size}-{run}", progress=False)
            report = min(report, time.perf_counter() - t0)
        print(f"{size:>10} {floor:>8.2f} {report:>9.2f}  {verdict(report / floor, LIMITS['report'])}", flush=True)


if __name__ == "__main__":
    main()
