"""Benchmark: planning a sheet import (reading the cells and guessing every column) beside reading the CSV.

The floor is what any importer pays to get the cells out of the file: ``pandas.read_csv`` with
every cell as text.  The plan reads the file the kit's way (encoding, delimiter), guesses each
column from its header words and its cells (dates, their order within rows, links, status words)
and parses every row, so the ratio ``plan / floor`` says what recognising columns by content costs.
The sheet is synthetic: stage-only and meaningless date headers, links, status words, free text.

Usage::

    .venv/bin/python benchmarks/bench_sheet_plan.py     (1,000 / 10,000 / 100,000 rows: the most the kit reads)
    .venv/bin/python benchmarks/bench_sheet_plan.py --sizes 100000
    .venv/bin/python benchmarks/bench_sheet_plan.py --tiny            (a smoke run)
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
from _shared import TINY, timed

from followup_kit.io.sheets.cells import read_sheet
from followup_kit.io.sheets.guess import guess_columns
from followup_kit.io.sheets.plan import plan_sheet

WORDS = np.array(["In process", "Turned down", "Interview", "Offer", "Ghosted", "En cours"])


def make_sheet(path: Path, n: int, seed: int = 0) -> None:
    """A sheet of ``n`` applications: company, role, three date columns, a link, a status, notes."""
    rng = np.random.default_rng(seed)
    applied = pd.Timestamp("2025-01-01") + pd.to_timedelta(rng.integers(0, 600, n), unit="D")
    reply = applied + pd.to_timedelta(rng.integers(1, 30, n), unit="D")
    final = reply + pd.to_timedelta(rng.integers(1, 40, n), unit="D")
    blank = rng.random(n) < 0.4
    frame = pd.DataFrame(
        {
            "Company": "Company " + pd.Series(rng.integers(0, n // 3 + 1, n)).astype(str),
            "Role": "Analyst",
            "Candidature": applied.strftime("%Y-%m-%d"),
            "B": pd.Series(reply.strftime("%Y-%m-%d")).where(~blank, ""),
            "col3": pd.Series(final.strftime("%Y-%m-%d")).where(~blank, ""),
            "Where": "https://jobs.example/" + pd.Series(np.arange(n)).astype(str),
            "Etat": WORDS[rng.integers(0, len(WORDS), n)],
            "Notes": "met at a fair",
        }
    )
    frame.to_csv(path, index=False)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # up to the largest sheet the kit reads (LIMITS.sheet_rows, 100,000 rows; issue 26): a larger one is refused
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--tiny", action="store_true", help=f"one sheet of {TINY} rows (a smoke run)")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="fk-bench-sheet-"))
    for n in [TINY] if args.tiny else args.sizes:
        path = folder / f"sheet-{n}.csv"
        make_sheet(path, n)
        print(f"{n:,} rows ({path.stat().st_size / 1e6:.1f} MB)", flush=True)
        _, floor = timed("floor: pandas.read_csv, text cells", lambda: pd.read_csv(path, dtype=str))
        frame = read_sheet(path).frame
        guess, _ = timed(
            "guess the columns (header words + cells)", lambda: guess_columns(frame, file=path.name), floor
        )
        plan, _ = timed("plan_sheet (read, guess, parse every row)", lambda: plan_sheet(path), floor)
        assert guess.columns["Candidature"] == "applied_on" and plan.counts["with_applied_date"] == n
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
