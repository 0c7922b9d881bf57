"""Benchmark: the weekly report end to end beside its floor.

The floor is a papermill run of a notebook that only imports pandas and matplotlib
and reads the tracker's tables: the cost of starting a kernel and loading the data,
which no report can avoid.  The report is ``followup-kit report`` itself
(papermill + nbconvert + .ics).  Printed as seconds and as a ratio to the floor,
at the sample size and at 100,000 synthetic applications.

Usage::

    .venv/bin/python benchmarks/bench_report.py --sizes sample 100000
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

from followup_kit.datasets.sample import create_sample_tracker
from followup_kit.datasets.synthetic import make_tracker
from followup_kit.notebook.report import run_weekly_report

FLOOR_SOURCE = """\
import pandas as pd
import matplotlib.pyplot as plt
from followup_kit.store.tracker import Tracker
t = Tracker.open(tracker)
tables = t.tables()
len(tables["applications"])
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
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="bench-report-"))
    floor_nb = floor_notebook(work)
    print(f"{'tracker':>10} {'floor s':>8} {'report s':>9} {'ratio':>6}")
    for i, size in enumerate(args.sizes, 1):
        print(f"[{i}/{len(args.sizes)}] preparing {size} ...", flush=True)
        path = work / f"tracker-{size}.sqlite"
        if size == "sample":
            create_sample_tracker(path).close()
        else:
            make_tracker(path, int(size), seed=0).close()
        t0 = time.perf_counter()
        pm.execute_notebook(
            str(floor_nb),
            str(work / f"floor-{size}.ipynb"),
            parameters={"tracker": str(path)},
            kernel_name="python3",
            progress_bar=False,
        )
        floor = time.perf_counter() - t0
        t0 = time.perf_counter()
        run_weekly_report(path, week_ending=args.week_ending, out_dir=work / f"out-{size}", progress=False)
        report = time.perf_counter() - t0
        print(f"{size:>10} {floor:>8.2f} {report:>9.2f} {report / floor:>6.2f}", flush=True)


if __name__ == "__main__":
    main()
