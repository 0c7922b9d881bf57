"""Pipeline analytics: what is overdue, the funnel, time in each stage, ghosting.

Every function takes a :class:`~followup_kit.store.tracker.Tracker` (or the dict
from ``Tracker.tables()``) and returns a new DataFrame or Series, vectorised.

Examples
--------
>>> import tempfile, pathlib
>>> from followup_kit.store.tracker import Tracker
>>> t = Tracker.create(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite", timezone="UTC")
>>> a = t.add_application("Acme", "Analyst", applied_on="2026-03-02")
>>> b = t.add_application("Brio", "Engineer", applied_on="2026-03-03")
>>> _ = t.log_interview(a, "2026-03-10 10:00", [])
>>> funnel(t, as_of="2026-04-08")["count"].tolist()
[2, 1, 1, 0]
>>> overdue_applications(t, as_of="2026-04-08")[["company", "days_waited", "days_over"]]
  company  days_waited  days_over
0    Acme           29        5.0
>>> funnel(t, as_of="2026-04-30")["ghosted"].tolist()  # both silent for more than 30 days by then
[1, 0, 1, 0]
>>> t.close()
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from followup_kit import vocabulary
from followup_kit._validation import as_of_day, held_interviews, local_dates, resolve_tables
from followup_kit.analysis.published import get_benchmark
from followup_kit.analysis.waits import applications_as_of, wait_times
from followup_kit.store.silence import FALLBACK_SILENCE_DAYS

#: Default benchmark for "overdue": the often-quoted 24 days from first interview.
DEFAULT_BENCHMARK = vocabulary.DEFAULT_BENCHMARK

#: Days without any news after which an open application counts as ghosted while your own history is
#: too short: the silence rule's fallback (``FollowUpPolicy.ghosted_after_days`` cites its source).
GHOSTING_SILENCE_DAYS = FALLBACK_SILENCE_DAYS

#: Stages of the funnel, in order.
FUNNEL_STAGES = ("applied", "response", "interview", "offer")

#: Milestones that start a stage in :func:`time_in_stage`, in their natural order.
STAGE_ORDER = ("applied", "responded", "interviewing", "offer", "closed")

_REPLY_KINDS = ("response", "offer", "offer_accepted", "rejection")
_OFFER_KINDS = ("offer", "offer_accepted")
_CLOSING_KINDS = ("offer_accepted", "rejection", "withdrawal", "ghosted")


def overdue_applications(
    tracker_or_waits, benchmark_id: str = DEFAULT_BENCHMARK, *, as_of=None, timezone: str | None = None
) -> pd.DataFrame:
    """Open applications waiting longer than a benchmark since their first interview.

    Parameters
    ----------
    tracker_or_waits : Tracker, dict of DataFrame, or DataFrame
        A tracker (waits are measured from the first interview to a decision),
        or a frame from :func:`~followup_kit.analysis.waits.wait_times` used as it is.
    benchmark_id : str
        Which benchmark sets the limit (its ``value_days``).
    as_of : date-like, optional
        The day to measure on; ``None`` is today in the tracker's time zone.

    Returns
    -------
    DataFrame
        ``application_id, company, role, start, days_waited, benchmark_days,
        days_over``, longest wait first.
    """
    limit = float(get_benchmark(benchmark_id)["value_days"])
    if isinstance(tracker_or_waits, pd.DataFrame):
        waits = tracker_or_waits
    else:
        waits = wait_times(tracker_or_waits, as_of=as_of, start="first_interview", end="decision", timezone=timezone)
    late = waits.loc[(waits["outcome"] == "open") & (waits["days"] > limit)]
    out = pd.DataFrame(
        {
            "application_id": late["application_id"].to_numpy(),
            "company": late["company"].to_numpy(dtype=object) if "company" in late else None,
            "role": late["role"].to_numpy(dtype=object) if "role" in late else None,
            "start": late["start"].to_numpy() if "start" in late else None,
            "days_waited": late["days"].to_numpy(dtype="int64"),
            "benchmark_days": limit,
            "days_over": late["days"].to_numpy(dtype=float) - limit,
        }
    )
    return out.sort_values(["days_waited", "application_id"], ascending=[False, True], kind="stable").reset_index(
        drop=True
    )


def _milestones(tracker, as_of, timezone):
    """First date of each milestone per application (naive local dates), up to ``as_of``."""
    tables, tz = resolve_tables(tracker, timezone)
    day = as_of_day(as_of, tz).to_datetime64().astype("datetime64[s]")
    apps, interviews, events = tables["applications"], held_interviews(tables["interviews"]), tables["events"]
    ids = pd.Index(apps["application_id"].to_numpy(dtype="int64"), name="application_id")
    ev = events.loc[events["on"].to_numpy() <= day]

    def first(kinds):
        sel = ev.loc[ev["kind"].isin(kinds)]
        return sel.groupby("application_id")["on"].min().reindex(ids).astype("datetime64[s]")

    iv_on = local_dates(interviews["starts_at"], tz)
    iv = pd.DataFrame({"application_id": interviews["application_id"].to_numpy("int64"), "on": iv_on.to_numpy()})
    iv = iv.loc[iv["on"].to_numpy() <= day]
    applied = pd.Series(apps["applied_on"].to_numpy(dtype="datetime64[s]"), index=ids)
    frame = pd.DataFrame(
        {
            "applied": applied,
            "responded": first(["response"]),
            "interviewing": iv.groupby("application_id")["on"].min().reindex(ids).astype("datetime64[s]"),
            "offer": first(list(_OFFER_KINDS)),
            "closed": first(list(_CLOSING_KINDS)),
            "any_reply": first(list(_REPLY_KINDS)),
            "declared_ghosted": first(["ghosted"]),
            "last_news": pd.concat([ev[["application_id", "on"]], iv])
            .groupby("application_id")["on"]
            .max()
            .reindex(ids)
            .astype("datetime64[s]"),
        }
    )
    known = frame["applied"].isna() | (frame["applied"] <= day)  # applications made by as_of
    return frame.loc[known], day


def funnel(tracker, *, as_of=None, timezone: str | None = None) -> pd.DataFrame:
    """Applied, response, interview, offer: how many applications reached each stage.

    An application counts for a stage when it reached it or any later one (an
    interview implies a reply), so the counts never grow down the funnel.

    Returns
    -------
    DataFrame
        Indexed by ``stage``; ``count``, ``conversion`` (share of the stage
        above), ``share_of_applied`` and ``ghosted``: of the applications
        that stopped at this stage, how many are ghosted on ``as_of``
        (recorded, or silent past the silence threshold:
        :mod:`followup_kit.store.silence`).
    """
    m, _ = _milestones(tracker, as_of, timezone)
    offer = m["offer"].notna()
    interview = m["interviewing"].notna() | offer
    response = m["any_reply"].notna() | m["responded"].notna() | interview
    counts = np.array([len(m), int(response.sum()), int(interview.sum()), int(offer.sum())])
    apps = applications_as_of(tracker, as_of=as_of, timezone=timezone)
    ghosted = pd.Series(apps["status"].eq("ghosted").to_numpy(), index=apps["application_id"].to_numpy("int64"))
    ghosted = ghosted.reindex(m.index, fill_value=False).to_numpy(dtype=bool)
    furthest = np.select([offer, interview, response], [3, 2, 1], 0)
    stopped = np.bincount(furthest[ghosted], minlength=4)
    with np.errstate(divide="ignore", invalid="ignore"):
        conversion = np.concatenate([[1.0 if counts[0] else np.nan], counts[1:] / counts[:-1]])
        share = counts / counts[0]
    conversion = np.where(np.concatenate([[counts[0]], counts[:-1]]) > 0, conversion, np.nan)
    return pd.DataFrame(
        {
            "count": counts,
            "conversion": conversion,
            "share_of_applied": share if counts[0] else np.full(4, np.nan),
            "ghosted": stopped.astype("int64"),
        },
        index=pd.Index(FUNNEL_STAGES, name="stage"),
    )


def response_rate(tracker, *, as_of=None, timezone: str | None = None) -> float:
    """Share of applications that got any reply (a response, an interview, an offer or a rejection); ``nan`` if none.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from followup_kit.store.tracker import Tracker
    >>> t = Tracker.create(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite", timezone="UTC")
    >>> a = t.add_application("Acme", "Analyst", applied_on="2026-03-02")
    >>> b = t.add_application("Brio", "Engineer", applied_on="2026-03-03")
    >>> _ = t.record_event(b, "rejection", "2026-03-09")
    >>> response_rate(t, as_of="2026-04-01")
    0.5
    >>> t.close()
    """
    f = funnel(tracker, as_of=as_of, timezone=timezone)
    return float(f.loc["response", "share_of_applied"])


def time_in_stage(tracker, *, as_of=None, timezone: str | None = None) -> pd.DataFrame:
    """How long each application spent in each stage, from its history.

    Stages start at the first ``applied``, ``responded``, ``interviewing`` and
    ``offer`` date and end at the next milestone (a closing event ends the
    last one); a stage still running is measured to ``as_of`` with
    ``ongoing=True``.  Summarise with
    ``time_in_stage(t).groupby("stage")["days"].median()``.

    Returns
    -------
    DataFrame
        ``application_id, stage, entered_on, left_on, days, ongoing``.
    """
    m, day = _milestones(tracker, as_of, timezone)
    long = m[list(STAGE_ORDER)].rename_axis(columns="stage").stack(future_stack=True).dropna()
    long = long.rename("entered_on").reset_index()
    long["order"] = pd.Index(STAGE_ORDER).get_indexer(long["stage"])
    long = long.sort_values(["application_id", "entered_on", "order"], kind="stable")
    nxt = long.groupby("application_id")["entered_on"].shift(-1)
    long = long.assign(left_on=nxt).loc[long["stage"] != "closed"]
    ongoing = long["left_on"].isna().to_numpy()
    left = np.where(ongoing, day, long["left_on"].to_numpy(dtype="datetime64[s]"))
    days = (left - long["entered_on"].to_numpy(dtype="datetime64[s]")) // np.timedelta64(1, "D")
    out = pd.DataFrame(
        {
            "application_id": long["application_id"].to_numpy("int64"),
            "stage": long["stage"].to_numpy(dtype=object),
            "entered_on": long["entered_on"].to_numpy(dtype="datetime64[s]"),
            "left_on": left.astype("datetime64[s]"),
            "days": days.astype("int64"),
            "ongoing": ongoing,
        }
    )
    return out.reset_index(drop=True)


def ghosting_rate(tracker, silence_days: float | None = None, *, as_of=None, timezone: str | None = None) -> pd.Series:
    """Share of applications ghosted: declared so, or silent past the silence threshold with no verdict.

    The silence rule is the kit's one rule (:mod:`followup_kit.store.silence`): silence is counted
    from the latest news of any kind (the application, an interview, any event), and the threshold
    is your own (95% of your first replies came by then) once 10 applications were answered, else
    the policy's fixed days; ``silence_days`` replaces it.  Applications still within the silence
    window are left out of the denominator: they have not had the chance to be ghosted yet.

    Returns
    -------
    Series
        ``applications``, ``declared``, ``silent``, ``ghosted``, ``settled``
        (the denominator), ``rate``, ``silence_days``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from followup_kit.store.tracker import Tracker
    >>> t = Tracker.create(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite", timezone="UTC")
    >>> a = t.add_application("Acme", "Analyst", applied_on="2026-01-05")
    >>> b = t.add_application("Brio", "Engineer", applied_on="2026-03-25")
    >>> c = t.add_application("Cora", "Engineer", applied_on="2026-01-10")
    >>> _ = t.record_event(c, "rejection", "2026-01-20")
    >>> ghosting_rate(t, as_of="2026-04-01")[["silent", "settled", "rate", "silence_days"]].tolist()
    [1, 2, 0.5, 30.0]
    >>> t.close()
    """
    m, _ = _milestones(tracker, as_of, timezone)
    apps = applications_as_of(tracker, as_of=as_of, timezone=timezone, threshold=silence_days)
    status = pd.Series(apps["status"].to_numpy(dtype=object), index=apps["application_id"].to_numpy("int64"))
    status = status.reindex(m.index).to_numpy(dtype=object)
    declared = m["declared_ghosted"].notna().to_numpy()
    ghosted = status == "ghosted"
    silent = ghosted & ~declared
    settled = ~np.isin(status, ["applied", "interviewing"])
    n_settled = int(settled.sum())
    return pd.Series(
        {
            "applications": len(m),
            "declared": int(declared.sum()),
            "silent": int(silent.sum()),
            "ghosted": int(ghosted.sum()),
            "settled": n_settled,
            "rate": float(ghosted.sum() / n_settled) if n_settled else float("nan"),
            "silence_days": float(apps.attrs["silence_days"]),
        },
        dtype=object,
    )
