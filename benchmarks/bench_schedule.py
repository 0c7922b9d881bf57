"""Benchmark: follow-up schedule throughput on synthetic trackers.

Prints, for each size, the time to read the tracker's tables (``tracker.tables()``),
the time to build the schedule from them, applications per second, and the
ratio schedule time / read time.

Usage::

    .venv/bin/python benchmarks/bench_schedule.py --sizes 10000 100000 1000000

Synthetic trackers come from ``followup_kit.synthetic.make_tracker`` when it
exists; otherwise a simple generator here fills one (same shape: interviews
with two people met, referrals, offers with deadlines, rejections).
Trackers are cached under ``--workdir`` (default: a temporary folder).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from followup_kit.schedule import build_schedule, resolve_policy  # noqa: E402
from followup_kit.tracker import Tracker  # noqa: E402


def _fallback_tracker(path: Path, n: int, seed: int = 0) -> Tracker:
    """A synthetic tracker: every application has 0-2 interviews with 2 people met."""
    rng = np.random.default_rng(seed)
    t = Tracker.create(path, timezone="America/New_York")
    n_companies = max(1, n // 3)
    n_contacts = 2 * n
    contacts = pd.DataFrame({
        "contact_id": np.arange(1, n_contacts + 1),
        "name": [f"Person {i}" for i in range(n_contacts)],
        "company": [f"Company {i % n_companies}" for i in range(n_contacts)],
        "email": [f"p{i}@example.com" for i in range(n_contacts)],
        "relation": rng.choice(["hiring_manager", "interviewer", "recruiter", "referrer", "employee"], n_contacts,
                               p=[0.3, 0.4, 0.1, 0.1, 0.1]),
    })
    applied = pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 900, n), unit="D")
    referred = rng.random(n) < 0.15
    apps = pd.DataFrame({
        "application_id": np.arange(1, n + 1),
        "company": [f"Company {i % n_companies}" for i in range(n)],
        "role": "Data Analyst",
        "applied_on": applied.strftime("%Y-%m-%d"),
        "referrer_id": np.where(referred, rng.integers(1, n_contacts + 1, n), None),
        "confidential": (rng.random(n) < 0.1).astype(int),
        "still_interested": (rng.random(n) < 0.8).astype(int),
    })
    n_iv = rng.choice([0, 1, 2], n, p=[0.5, 0.35, 0.15])
    iv_app = np.repeat(apps["application_id"].to_numpy(), n_iv)
    k = np.arange(len(iv_app)) - np.repeat(np.cumsum(n_iv) - n_iv, n_iv)
    starts = (applied[iv_app - 1] + pd.to_timedelta(7 + 10 * k, unit="D") + pd.Timedelta(hours=19))
    interviews = pd.DataFrame({
        "interview_id": np.arange(1, len(iv_app) + 1),
        "application_id": iv_app,
        "starts_at": starts.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
        "decision_expected_on": np.where(rng.random(len(iv_app)) < 0.5,
                                         (starts + pd.Timedelta(days=10)).strftime("%Y-%m-%d"), None),
    })
    participants = pd.DataFrame({
        "interview_id": np.repeat(interviews["interview_id"].to_numpy(), 2),
        "contact_id": rng.integers(1, n_contacts + 1, 2 * len(interviews)),
    }).drop_duplicates()
    has_iv = np.flatnonzero(n_iv > 0) + 1
    outcome = rng.choice(["offer", "rejection", "ghosted", None], len(has_iv), p=[0.05, 0.4, 0.15, 0.4])
    chosen = outcome != None  # noqa: E711
    on = applied[has_iv[chosen] - 1] + pd.Timedelta(days=40)
    events = pd.DataFrame({
        "application_id": has_iv[chosen],
        "kind": outcome[chosen],
        "on": on.strftime("%Y-%m-%d"),
        "deadline": np.where(outcome[chosen] == "offer", (on + pd.Timedelta(days=7)).strftime("%Y-%m-%d"), None),
    })
    with t.transaction():
        t.insert_rows("contacts", contacts)
        t.insert_rows("applications", apps)
        t.insert_rows("interviews", interviews)
        t.insert_rows("participants", participants)
        t.insert_rows("events", events)
    return t


def make_tracker(path: Path, n: int) -> Tracker:
    try:
        from followup_kit.synthetic import make_tracker as lead_make
    except ImportError:
        lead_make = None
    if path.exists():
        return Tracker.open(path)
    print(f"  generating {n:,} applications ({'followup_kit.synthetic' if lead_make else 'fallback generator'})...",
          flush=True)
    return lead_make(path, n, seed=0) if lead_make else _fallback_tracker(path, n)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--as-of", default="2026-11-20", help="as synthetic.DEFAULT_AS_OF")
    parser.add_argument("--repeat", type=int, default=1, help="best of this many schedule runs")
    parser.add_argument("--workdir", type=Path, default=None, help="keep generated trackers here")
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bench-schedule-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"{'applications':>12} {'rows':>10} {'read s':>8} {'schedule s':>10} {'apps/s':>12} {'ratio':>6}")
    for i, n in enumerate(args.sizes, 1):
        print(f"[{i}/{len(args.sizes)}] {n:,} applications", flush=True)
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
        print(f"{n_apps:>12,} {len(schedule):>10,} {read:>8.2f} {best:>10.2f} {n_apps / best:>12,.0f} "
              f"{best / read:>6.2f}", flush=True)


if __name__ == "__main__":
    main()
