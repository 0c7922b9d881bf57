"""An invented long history beside a live search: years of old applications added to a tracker.

People bring an old sheet into a new tool: three years of applications, interviews, rejections,
silence and one accepted offer, beside the search they are living now.  :func:`add_past_search`
adds such a history to any tracker (the sample, a synthetic one), with fresh ids, so tests can
check what the kit shows next to it: the accepted offer of the past must not end today's search,
and follow-ups three years old must have expired, not be "overdue 1184 days".  Every name is
invented (``Past Company 12``, ``Past Contact 7``) and every address is at example.com.

Examples
--------
>>> import tempfile, pathlib
>>> from followup_kit.store.tracker import Tracker
>>> t = Tracker.create(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite", timezone="America/New_York")
>>> add_past_search(t, 300, seed=1)
300
>>> ev = t.events
>>> int((ev["kind"] == "offer_accepted").sum()), str(ev.loc[ev["kind"] == "offer_accepted", "on"].iloc[0].date())
(1, '2023-05-02')
>>> t.close()
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from followup_kit.datasets.synthetic import ROLES, STAGES

#: Where the invented history starts and ends, and the day its one accepted offer was accepted.
PAST_START, PAST_END, PAST_ACCEPTED_ON = "2020-03-02", "2023-06-30", "2023-05-02"


def _next_id(tracker, table: str, column: str) -> int:
    return int(tracker.execute(f"SELECT COALESCE(MAX({column}), 0) FROM {table}")[0][0]) + 1


def add_past_search(
    tracker,
    n_applications: int = 400,
    seed: int = 0,
    *,
    start: str = PAST_START,
    end: str = PAST_END,
    accepted_on: str = PAST_ACCEPTED_ON,
) -> int:
    """Add ``n_applications`` invented applications from ``start`` to ``end`` to ``tracker``.

    About one in five gets interviews (one or two rounds; one interview in four with nobody
    recorded as met, as old sheets often are), most of those end in a rejection (some still
    interesting to the user), most others are never answered; one application gets an offer
    accepted on ``accepted_on``; about one in ten is applied for after the acceptance and left
    open.  Returns how many applications were added.
    """
    rng = np.random.default_rng(seed)
    n = int(n_applications)
    a0, c0, i0 = (_next_id(tracker, t, c) for t, c in (
        ("applications", "application_id"), ("contacts", "contact_id"), ("interviews", "interview_id")
    ))  # fmt: skip
    first, last, acc = pd.Timestamp(start), pd.Timestamp(end), pd.Timestamp(accepted_on)
    ids = np.arange(a0, a0 + n)
    after = rng.random(n) < 0.1  # applied after the acceptance, still open
    span_before = max(1, (acc - first).days - 60)
    applied = np.where(
        after,
        acc + pd.to_timedelta(rng.integers(1, max(2, (last - acc).days), n), unit="D"),
        first + pd.to_timedelta(rng.integers(0, span_before, n), unit="D"),
    )
    applied = pd.DatetimeIndex(applied)
    interviewed = ~after & (rng.random(n) < 0.2)
    winner = int(np.flatnonzero(~after & (applied < acc - pd.Timedelta(days=45)))[-1])
    interviewed[winner] = True
    rounds = np.where(interviewed, rng.integers(1, 3, n), 0)
    iv_app = np.repeat(np.arange(n), rounds)
    iv_round = np.arange(len(iv_app)) - np.repeat(np.cumsum(rounds) - rounds, rounds)
    iv_day = applied[iv_app] + pd.to_timedelta(12 + 9 * iv_round + rng.integers(0, 5, len(iv_app)), unit="D")
    won_days = acc - pd.Timedelta(days=20) + pd.to_timedelta(7 * iv_round, unit="D")
    iv_day = pd.DatetimeIndex(np.where(iv_app == winner, won_days, iv_day))
    starts = (iv_day + pd.Timedelta(hours=10)).tz_localize(tracker.timezone, nonexistent="shift_forward")
    iv_ids = np.arange(i0, i0 + len(iv_app))
    met = (rng.random(len(iv_app)) < 0.75) | (iv_app == winner)  # a quarter: nobody recorded as met
    people = np.arange(c0, c0 + int(met.sum()))
    company = ("Past Company " + pd.Series(rng.integers(1, max(2, n // 2), n)).astype(str)).to_numpy(dtype=object)
    last_iv = pd.Series(iv_day, index=iv_app).groupby(level=0).max().reindex(np.arange(n)).to_numpy()
    u = rng.random(n)
    rejected = interviewed & (u < 0.7)
    silent_no = ~interviewed & ~after & (u < 0.25)
    rejected[winner] = silent_no[winner] = False
    decided_on = pd.DatetimeIndex(np.where(rejected, last_iv, applied)) + pd.to_timedelta(rng.integers(5, 30, n), "D")
    with tracker.transaction():
        tracker.insert_rows(
            "applications",
            pd.DataFrame(
                {
                    "application_id": ids,
                    "company": company,
                    "role": np.asarray(ROLES, dtype=object)[rng.integers(0, len(ROLES), n)],
                    "applied_on": applied.strftime("%Y-%m-%d"),
                    "still_interested": (rng.random(n) < 0.6).astype(int),
                }
            ),
        )
        tracker.insert_rows(
            "contacts",
            pd.DataFrame(
                {
                    "contact_id": people,
                    "name": ("Past Contact " + pd.Series(people).astype(str)).to_numpy(dtype=object),
                    "company": company[iv_app[met]],
                    "email": ("past" + pd.Series(people).astype(str) + "@example.com").to_numpy(dtype=object),
                    "relation": "hiring_manager",
                }
            ),
        )
        tracker.insert_rows(
            "interviews",
            pd.DataFrame(
                {
                    "interview_id": iv_ids,
                    "application_id": ids[iv_app],
                    "starts_at": starts.tz_convert("UTC").strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                    "stage": np.asarray(STAGES, dtype=object)[np.minimum(iv_round, len(STAGES) - 1)],
                }
            ),
        )
        tracker.insert_rows("participants", pd.DataFrame({"interview_id": iv_ids[met], "contact_id": people}))
        told = rejected | silent_no
        events = pd.DataFrame(
            {"application_id": ids[told], "kind": "rejection", "on": decided_on[told].strftime("%Y-%m-%d")}
        )
        won = pd.DataFrame(
            {
                "application_id": [ids[winner], ids[winner]],
                "kind": ["offer", "offer_accepted"],
                "on": [(acc - pd.Timedelta(days=5)).strftime("%Y-%m-%d"), acc.strftime("%Y-%m-%d")],
            }
        )
        tracker.insert_rows("events", pd.concat([events, won], ignore_index=True))
    return n
