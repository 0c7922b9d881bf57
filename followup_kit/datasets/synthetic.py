"""Realistic invented trackers of any size, for benchmarks and tests.

The generator is vectorised with numpy: a million applications take seconds,
most of it SQLite writing.  Shapes follow what job seekers report: most
applications never get an answer, about a third get a reply, a minority reach
interviews, and few end in offers.  All names are invented
(``Contact 123``, ``Company 45``) and every address is at example.com.

Examples
--------
>>> import tempfile, pathlib
>>> t = make_tracker(pathlib.Path(tempfile.mkdtemp()) / "synthetic.sqlite", 200, seed=1)
>>> len(t.applications)
200
>>> sorted(set(t.events["kind"])) <= sorted(["ghosted", "offer", "offer_accepted", "rejection", "response", "withdrawal"])
True
>>> t.close()
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from followup_kit.store.tracker import Tracker

INDUSTRIES = ("Software", "Finance", "Healthcare", "Government", "Retail", "Education", "Manufacturing", "Media")
SOURCES = ("LinkedIn", "Company site", "Referral", "Indeed", "Recruiter", "Job fair")
ROLES = ("Data Analyst", "Data Scientist", "Software Engineer", "Product Manager", "BI Developer", "ML Engineer")
STAGES = ("phone screen", "technical", "onsite", "final")

#: Default "today" of synthetic trackers, so generated data is reproducible.
DEFAULT_AS_OF = dt.date(2026, 11, 20)


def make_tracker(
    path,
    n_applications: int,
    seed: int = 0,
    *,
    timezone: str = "America/New_York",
    as_of: dt.date | None = None,
    days: int = 365,
) -> Tracker:
    """Create a tracker at ``path`` with ``n_applications`` invented applications.

    Applications are spread over the ``days`` days before ``as_of`` (default
    2026-11-20).  About 30 % get a response, 15 % reach interviews (one to three
    rounds, one to three interviewers each), 10 % came through a referral; outcomes
    are offers, rejections, withdrawals and ghosting, and the rest are still open.

    Parameters
    ----------
    path : path-like
        Where to create the tracker; must not exist yet.
    n_applications : int
        How many applications to generate (0 is allowed).
    seed : int
        Random seed; the same seed gives the same tracker.
    """
    if n_applications < 0:
        raise ValueError("n_applications must be 0 or more")
    rng = np.random.default_rng(seed)
    as_of = pd.Timestamp(as_of or DEFAULT_AS_OF)
    n = int(n_applications)
    tracker = Tracker.create(path, timezone=timezone)

    ids = np.arange(1, n + 1)
    applied = as_of - pd.to_timedelta(rng.integers(0, days, n), unit="D")
    responded = rng.random(n) < 0.30
    interviewed = responded & (rng.random(n) < 0.5)
    referred = rng.random(n) < 0.10
    response_on = applied + pd.to_timedelta(rng.geometric(1 / 9, n), unit="D")

    # referrers: one contact per referred application, drawn from a small pool
    n_ref = max(1, n // 50) if referred.any() else 0
    # interviews: 1-3 rounds for interviewed applications, a week or two apart
    iv_app = np.repeat(ids[interviewed], rng.integers(1, 4, interviewed.sum()))
    n_iv = len(iv_app)
    first_iv = pd.Series(
        response_on[interviewed] + pd.to_timedelta(rng.integers(2, 10, interviewed.sum()), unit="D"),
        index=ids[interviewed],
    )
    round_no = pd.Series(iv_app).groupby(iv_app).cumcount().to_numpy()
    iv_day = pd.DatetimeIndex(first_iv.reindex(iv_app).to_numpy()) + pd.to_timedelta(
        round_no * 8 + rng.integers(0, 4, n_iv), unit="D"
    )
    iv_local = iv_day + pd.to_timedelta(rng.integers(9, 17, n_iv), unit="h")
    starts_utc = iv_local.tz_localize(timezone, nonexistent="shift_forward", ambiguous=False).tz_convert("UTC")
    keep = iv_day <= as_of
    iv_app, iv_day, starts_utc, round_no = iv_app[keep], iv_day[keep], starts_utc[keep], round_no[keep]
    n_iv = len(iv_app)
    iv_ids = np.arange(1, n_iv + 1)
    decision_given = rng.random(n_iv) < 0.6
    decision_on = iv_day + pd.to_timedelta(rng.integers(5, 15, n_iv), unit="D")

    # interviewers: 1-3 new contacts per interview
    per_iv = rng.integers(1, 4, n_iv)
    part_iv = np.repeat(iv_ids, per_iv)
    n_people = len(part_iv)
    people_ids = np.arange(n_ref + 1, n_ref + n_people + 1)
    first_in_iv = np.r_[True, part_iv[1:] != part_iv[:-1]] if n_people else np.zeros(0, bool)

    # outcomes per application
    last_iv = pd.Series(iv_day, index=iv_app).groupby(level=0).max() if n_iv else pd.Series(dtype="datetime64[s]")
    has_iv = np.isin(ids, iv_app)
    last_iv_day = pd.DatetimeIndex(last_iv.reindex(ids).to_numpy())
    u = rng.random(n)
    outcome = np.select(
        [
            has_iv & (u < 0.15),
            has_iv & (u < 0.65),
            has_iv & (u < 0.72),
            has_iv & (u < 0.85),
            ~has_iv & responded & (u < 0.7),
            ~has_iv & ~responded & (u < 0.6),
        ],
        ["offer", "rejection", "withdrawal", "ghosted", "rejection", "ghosted"],
        default="open",
    )
    base = pd.DatetimeIndex(np.where(has_iv, last_iv_day, response_on))
    base = pd.DatetimeIndex(np.where(outcome == "ghosted", base + pd.Timedelta(days=30), base))
    outcome_on = base + pd.to_timedelta(rng.geometric(1 / 12, n), unit="D")
    outcome = np.where(outcome_on > as_of, "open", outcome)
    responded &= response_on <= as_of

    with tracker.transaction():
        if n_ref:
            tracker.insert_rows(
                "contacts",
                pd.DataFrame(
                    {
                        "contact_id": np.arange(1, n_ref + 1),
                        "name": _numbered("Referrer ", np.arange(1, n_ref + 1)),
                        "email": _numbered("referrer", np.arange(1, n_ref + 1), "@example.com"),
                        "relation": "referrer",
                    }
                ),
            )
        company = _numbered("Company ", rng.integers(1, max(2, n // 3), n))
        tracker.insert_rows(
            "applications",
            pd.DataFrame(
                {
                    "application_id": ids,
                    "company": company,
                    "role": np.asarray(ROLES, dtype=object)[rng.integers(0, len(ROLES), n)],
                    "applied_on": applied.strftime("%Y-%m-%d"),
                    "referrer_id": pd.Series(
                        rng.integers(1, n_ref + 1, n) if n_ref else np.zeros(n, int), dtype=object
                    ).where(referred, None),
                    "industry": np.asarray(INDUSTRIES, dtype=object)[rng.integers(0, len(INDUSTRIES), n)],
                    "source": np.where(
                        referred, "Referral", np.asarray(SOURCES, dtype=object)[rng.integers(0, len(SOURCES), n)]
                    ),
                    "confidential": (rng.random(n) < 0.05).astype(int),
                    "still_interested": (rng.random(n) < 0.7).astype(int),
                }
            ),
        )
        if n_people:
            iv_company = company.to_numpy()[iv_app - 1][part_iv - 1]
            relation = np.where(first_in_iv, "hiring_manager", "interviewer")
            tracker.insert_rows(
                "contacts",
                pd.DataFrame(
                    {
                        "contact_id": people_ids,
                        "name": _numbered("Contact ", people_ids),
                        "company": iv_company,
                        "email": _numbered("contact", people_ids, "@example.com"),
                        "relation": relation,
                    }
                ),
            )
        if n_iv:
            tracker.insert_rows(
                "interviews",
                pd.DataFrame(
                    {
                        "interview_id": iv_ids,
                        "application_id": iv_app,
                        "starts_at": starts_utc.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                        "stage": np.asarray(STAGES, dtype=object)[np.minimum(round_no, len(STAGES) - 1)],
                        "decision_expected_on": pd.Series(decision_on.strftime("%Y-%m-%d")).where(decision_given, None),
                        "candidates_in_pool": pd.array(rng.integers(2, 8, n_iv), dtype="Int64"),
                    }
                ),
            )
            tracker.insert_rows("participants", pd.DataFrame({"interview_id": part_iv, "contact_id": people_ids}))
        kinds = {"offer": "offer", "rejection": "rejection", "withdrawal": "withdrawal", "ghosted": "ghosted"}
        ev = [
            pd.DataFrame(
                {
                    "application_id": ids[responded],
                    "kind": "response",
                    "on": response_on[responded].strftime("%Y-%m-%d"),
                }
            )
        ]
        for name, kind in kinds.items():
            mask = outcome == name
            ev.append(
                pd.DataFrame({"application_id": ids[mask], "kind": kind, "on": outcome_on[mask].strftime("%Y-%m-%d")})
            )
        offers = outcome == "offer"
        accepted = offers & (rng.random(n) < 0.4) & (outcome_on + pd.Timedelta(days=5) <= as_of)
        ev.append(
            pd.DataFrame(
                {
                    "application_id": ids[accepted],
                    "kind": "offer_accepted",
                    "on": (outcome_on[accepted] + pd.Timedelta(days=5)).strftime("%Y-%m-%d"),
                }
            )
        )
        events = pd.concat(ev, ignore_index=True)
        deadline = (outcome_on + pd.Timedelta(days=10)).strftime("%Y-%m-%d")
        events["deadline"] = None
        offer_rows = events["kind"] == "offer"
        events.loc[offer_rows, "deadline"] = (
            pd.Series(deadline, index=ids).reindex(events.loc[offer_rows, "application_id"]).to_numpy()
        )
        tracker.insert_rows("events", events.sort_values(["application_id", "on"], kind="stable"))
    return tracker


def _numbered(prefix: str, numbers: np.ndarray, suffix: str = "") -> pd.Series:
    """``prefix + number + suffix`` for every number, without a Python loop."""
    return (prefix + pd.Series(numbers, dtype="int64").astype(str) + suffix).astype(object)


def make_silent_search(
    path,
    n_applications: int = 400,
    seed: int = 0,
    *,
    never_share: float = 0.6,
    mean_days: float = 14.0,
    days: int = 730,
    as_of: dt.date | None = None,
    timezone: str = "Europe/Paris",
) -> Tracker:
    """A job search whose truth is known: for testing how the kit reads silence.

    ``n_applications`` are spread evenly over the ``days`` days before ``as_of`` (default two
    years before 2026-11-20).  A share ``never_share`` never gets an answer; every other one gets
    a decision (a rejection, or an offer one time in eight) after a geometric wait with mean
    ``mean_days`` whole days, recorded only if it came by ``as_of``.  No interviews, no
    ``ghosted`` events: silence is all the kit sees of the unanswered ones.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> t = make_silent_search(pathlib.Path(tempfile.mkdtemp()) / "s.sqlite", 100, seed=2)
    >>> len(t.applications), sorted(set(t.events["kind"]))
    (100, ['offer', 'rejection'])
    >>> t.close()
    """
    if n_applications < 0 or not 0 <= never_share < 1 or mean_days < 1:
        raise ValueError("need n_applications >= 0, 0 <= never_share < 1 and mean_days >= 1")
    rng = np.random.default_rng(seed)
    as_of = pd.Timestamp(as_of or DEFAULT_AS_OF)
    n = int(n_applications)
    ids = np.arange(1, n + 1)
    applied = as_of - pd.to_timedelta(rng.integers(0, days, n), unit="D")
    answered = rng.random(n) >= never_share
    answer_on = applied + pd.to_timedelta(rng.geometric(1 / mean_days, n), unit="D")
    seen = answered & (answer_on <= as_of)
    kind = np.where(rng.random(n) < 1 / 8, "offer", "rejection")
    tracker = Tracker.create(path, timezone=timezone)
    with tracker.transaction():
        tracker.insert_rows(
            "applications",
            pd.DataFrame(
                {
                    "application_id": ids,
                    "company": _numbered("Company ", ids),
                    "role": np.asarray(ROLES, dtype=object)[rng.integers(0, len(ROLES), n)],
                    "applied_on": applied.strftime("%Y-%m-%d"),
                }
            ),
        )
        tracker.insert_rows(
            "events",
            pd.DataFrame({"application_id": ids[seen], "kind": kind[seen], "on": answer_on[seen].strftime("%Y-%m-%d")}),
        )
    return tracker
