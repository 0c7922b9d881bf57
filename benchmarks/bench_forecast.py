"""Time the forecasts (reply_forecast, never_hear_back, silence_threshold) on synthetic trackers.

Usage: .venv/bin/python benchmarks/bench_forecast.py --sizes 10000 100000 1000000
       .venv/bin/python benchmarks/bench_forecast.py --tiny        (a smoke run, a few hundred applications)

For each size it builds (once, cached in --workdir) a synthetic tracker, reads its
tables, and reports seconds for the floor (``wait_times`` from application to first
reply, which every forecast needs) and for each forecast, with the ratio to the floor
measured in the same run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the checkout, for followup_kit
sys.path.insert(0, str(Path(__file__).resolve().parent))  # benchmarks/, for _shared (also when loaded by a test)

from _shared import TINY, timed, tracker_paths

from followup_kit.analysis.forecast.estimates import never_hear_back, reply_forecast, silence_threshold
from followup_kit.analysis.forecast.words import forecast_sentences
from followup_kit.analysis.stats import survival
from followup_kit.analysis.waits import wait_times
from followup_kit.store.tracker import Tracker

AS_OF = "2026-11-20"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--tiny", action="store_true", help=f"one small tracker ({TINY} applications)")
    parser.add_argument("--workdir", type=Path, default=None, help="keep generated trackers here")
    args = parser.parse_args(argv)
    timed("importing scipy.stats (once)", lambda: __import__("scipy.stats"))
    for _n, path in tracker_paths(args.sizes, tiny=args.tiny, workdir=args.workdir, prefix="bench-forecast-"):
        with Tracker.open(path) as t:
            tables = t.tables()
            waits, floor = timed(
                "floor: wait_times(applied -> response)",
                lambda: wait_times(tables, as_of=AS_OF, start="applied", end="response"),
            )
            km, _ = timed("survival", lambda: survival(waits), floor)
            timed("chance_within(7, given=12)", lambda: km.chance_within(7, given=12), floor)
            timed("never_hear_back", lambda: never_hear_back(waits), floor)
            timed("silence_threshold (400 bootstraps)", lambda: silence_threshold(waits), floor)
            forecast, _total = timed("reply_forecast (all of it)", lambda: reply_forecast(tables, as_of=AS_OF), floor)
            timed("forecast_sentences", lambda: forecast_sentences(forecast), floor)
            print(f"    {len(waits):,} waits, {len(forecast):,} still silent", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
