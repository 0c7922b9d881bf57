"""Will I hear back, and when?  Forecasts from your own waits, silence counted as silence.

Three figures answer the question, each an :class:`Estimate` (value, 95%
interval, method):

* :func:`never_hear_back`: the share of applications that never get the
  awaited answer.  The kit reads it off the Kaplan-Meier plateau (the curve
  after the last answer), with a Maller-Zhou style check that the waits were
  followed long enough for the curve to have levelled off.  Why the plateau
  and not a mixture cure model: it assumes nothing about the shape of answer
  times (a cure model needs a parametric latency, and with a few dozen
  applications the fit leans on that choice), Maller and Zhou show it is a
  consistent estimate of the never-answered share when follow-up is
  sufficient, and its interval is the same Greenwood log(-log) band the kit
  already shows.  When follow-up is too short the answer is ``nan`` and the
  method says so.
* :func:`silence_threshold`: the day by which a given share (95%) of the
  answers that do come have come: the kit's data-driven suggestion for when to
  mark an application as ghosted.
* :meth:`SurvivalResult.chance_within <followup_kit.analysis.stats.SurvivalResult.chance_within>`:
  the chance that a wait still running after ``given`` days ends in the next
  ``days``.

:func:`reply_forecast` applies them to every application still waiting, and
falls back on a published prior (:class:`PublishedPrior`) while your history
holds fewer than :data:`FEW_ANSWERS` answers.
:func:`~followup_kit.analysis.forecast_words.forecast_sentences` says each
forecast in one plain sentence.

Examples
--------
>>> import pandas as pd
>>> waits = pd.DataFrame({"days": [3, 5, 6, 8, 9, 12, 40, 45, 50, 60],
...                       "observed": [True] * 6 + [False] * 4})
>>> e = never_hear_back(waits)
>>> round(e.value, 6), e.method.split(";")[0]
(0.4, 'Kaplan-Meier plateau after the last answer (day 12)')
>>> silence_threshold(waits).value
12.0
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from followup_kit._validation import resolve_tables
from followup_kit.analysis.conditional import KIND_UNKNOWN, conditional_chance
from followup_kit.analysis.estimate import Estimate
from followup_kit.analysis.prior import DEFAULT_PRIOR, FEW_ANSWERS, SILENCE_SHARE, PublishedPrior
from followup_kit.analysis.stats import CONFIDENCE_LEVEL, SurvivalResult, check_waits
from followup_kit.analysis.waits import wait_times
from followup_kit.errors import InputError
from followup_kit.store.silence import answered_quantile

__all__ = [
    "DEFAULT_PRIOR",
    "Estimate",
    "PublishedPrior",
    "follow_up_check",
    "never_hear_back",
    "reply_forecast",
    "silence_threshold",
]

#: Significance level of the Maller-Zhou style check that follow-up is long enough (their 5% test).
FOLLOW_UP_ALPHA = 0.05

#: Bootstrap resamples for the interval of the silence threshold, and their fixed seed (reproducible output).
BOOTSTRAP_RESAMPLES = 400
BOOTSTRAP_SEED = 13

#: The window of :func:`reply_forecast`, in days: "in the next week".
DEFAULT_WITHIN = 7


def follow_up_check(waits: pd.DataFrame, alpha: float = FOLLOW_UP_ALPHA) -> dict:
    """Maller-Zhou style check that the waits were followed long enough to see the plateau.

    With ``t*`` the day of the last answer and ``t_n`` the longest wait, the
    silent stretch ``(t*, t_n]`` is set beside a stretch as long just before
    it, ``(2 t* - t_n, t*]``, as Maller and Zhou do (*Survival Analysis with
    Long-Term Survivors*, 1996).  Their statistic counts the answers ``N`` in
    that earlier stretch among all ``n`` waits; the kit counts days followed
    instead, because with applications sent over time few waits reach the
    silent stretch: if answers kept coming at the earlier pace (``N`` per day
    followed there), the silent stretch should hold ``N * E_after / E_before``
    of them, and ``exp(-that)`` is the chance of seeing none.  Below ``alpha``
    the silence is taken as real: follow-up is sufficient.

    Returns
    -------
    dict
        ``last_answer``, ``longest``, ``answers_near_end`` (N),
        ``expected_after`` (answers the silent stretch should hold),
        ``statistic`` (the chance of none, ``nan`` without answers) and
        ``sufficient`` (bool).

    Examples
    --------
    >>> import pandas as pd
    >>> w = pd.DataFrame({"days": [2, 3, 4, 5, 30, 31, 32], "observed": [True] * 4 + [False] * 3})
    >>> c = follow_up_check(w)
    >>> c["answers_near_end"], round(c["expected_after"], 3), c["sufficient"]
    (4, 10.759, True)
    """
    days, observed = check_waits(waits)
    n = len(days)
    if n == 0 or not observed.any():
        return {
            "last_answer": math.nan,
            "longest": float(days.max()) if n else math.nan,
            "answers_near_end": 0,
            "expected_after": math.nan,
            "statistic": math.nan,
            "sufficient": False,
        }
    last, longest = float(days[observed].max()), float(days.max())
    before_from = 2 * last - longest
    near = int(np.sum(observed & (days > before_from) & (days <= last)))
    lo = max(before_from, 0.0)
    exposure_before = float(np.sum(np.clip(days - lo, 0, last - lo)))
    exposure_after = float(np.sum(np.clip(days - last, 0, longest - last)))
    expected = near * exposure_after / exposure_before if exposure_before > 0 else math.nan
    statistic = math.exp(-expected) if exposure_before > 0 else math.nan
    return {
        "last_answer": last,
        "longest": longest,
        "answers_near_end": near,
        "expected_after": expected,
        "statistic": statistic,
        "sufficient": bool(statistic < alpha),
    }


def _days(value: float) -> str:
    return f"day {value:g}"


def never_hear_back(waits: pd.DataFrame, *, confidence_level: float = CONFIDENCE_LEVEL) -> Estimate:
    """Share of applications that will never get the awaited answer, with its interval.

    Parameters
    ----------
    waits : DataFrame
        From :func:`~followup_kit.analysis.waits.wait_times` (``days``, ``observed``).

    Returns
    -------
    Estimate
        The Kaplan-Meier plateau ``S(t*)`` after the last answer ``t*``, with
        the Greenwood log(-log) interval at ``t*`` (``scipy.stats.ecdf``); when
        every wait ended in an answer, 0 with the exact binomial upper limit.
        ``nan`` with the reason in ``method`` when there are no waits, no
        answers yet, or follow-up too short to tell (see :func:`follow_up_check`).

    Examples
    --------
    >>> import pandas as pd
    >>> short = pd.DataFrame({"days": [3, 5, 9, 10], "observed": [True, True, True, False]})
    >>> never_hear_back(short).known
    False
    >>> print(never_hear_back(short).method)  # doctest: +NORMALIZE_WHITESPACE
    unknown: follow-up too short to tell silence from slowness: the last answer came on day 9 and the longest
    wait is 10 days, too soon after it to be sure no more will come (Maller-Zhou style check 0.607 >= 0.05)
    """
    days, observed = check_waits(waits)
    level = f"{confidence_level * 100:g}%"
    if len(days) == 0:
        return Estimate.unknown("unknown: no waits to learn from")
    if not observed.any():
        return Estimate.unknown(
            f"unknown: none of the {len(days)} waits has had its answer yet, so silence cannot be told from slowness"
        )
    if observed.all():
        high = 1 - ((1 - confidence_level) / 2) ** (1 / len(days))
        return Estimate(
            0.0,
            0.0,
            high,
            f"every one of the {len(days)} waits ended in an answer; {level} upper "
            "limit: exact binomial (Clopper-Pearson) for 0 never-answered",
        )
    check = follow_up_check(waits)
    if not check["sufficient"]:
        return Estimate.unknown(
            f"unknown: follow-up too short to tell silence from slowness: the last answer came on "
            f"{_days(check['last_answer'])} and the longest wait is {check['longest']:g} days, too soon after it "
            f"to be sure no more will come"
            + (
                f" (Maller-Zhou style check {check['statistic']:.3g} >= {FOLLOW_UP_ALPHA:g})"
                if check["statistic"] == check["statistic"]
                else ""
            )
        )
    km = SurvivalResult.estimate(days, observed, confidence_level=confidence_level)
    row = km.sf.loc[km.sf["time"] == check["last_answer"]].iloc[0]
    return Estimate(
        float(row["survival"]),
        float(row["lower"]),
        float(row["upper"]),
        f"Kaplan-Meier plateau after the last answer ({_days(check['last_answer'])}); {level} interval: "
        f"Greenwood, log(-log) scale; follow-up long enough (Maller-Zhou style check: at the pace of the "
        f"{check['answers_near_end']} answers just before, {check['expected_after']:.3g} would have come "
        f"after day {check['last_answer']:g}, and none did; chance {check['statistic']:.3g} < "
        f"{FOLLOW_UP_ALPHA:g})",
    )


def silence_threshold(
    waits: pd.DataFrame, share: float = SILENCE_SHARE, *, confidence_level: float = CONFIDENCE_LEVEL
) -> Estimate:
    """Day by which ``share`` of the answers that do come have come.

    The quantile of the wait among applications that get an answer, on the
    Kaplan-Meier curve so that waits still open count: the first day ``t``
    with ``1 - S(t) >= share * (1 - S(t*))``, ``t*`` the last answer.  The
    interval is a percentile bootstrap (:data:`BOOTSTRAP_RESAMPLES` resamples,
    fixed seed :data:`BOOTSTRAP_SEED`, so the same waits give the same figures).

    Examples
    --------
    >>> import pandas as pd
    >>> w = pd.DataFrame({"days": [1, 2, 2, 3, 4, 5, 6, 7, 8, 30, 60, 61],
    ...                   "observed": [True] * 10 + [False] * 2})
    >>> silence_threshold(w, share=0.9).value, silence_threshold(w, share=0.8).value
    (8.0, 7.0)
    """
    if not 0 < share < 1:
        raise InputError("the share of answers must be between 0 and 1", field="share", value=share)
    days, observed = check_waits(waits)
    if not observed.any():
        return Estimate.unknown("unknown: no answers yet, so no day by which answers come")
    times, inverse = np.unique(days, return_inverse=True)
    m = len(times)
    events = np.bincount(inverse, weights=observed, minlength=m)
    totals = np.bincount(inverse, minlength=m).astype(float)
    value = float(answered_quantile(times, events[None, :], totals[None, :], share)[0])
    # bootstrap: resampling waits is resampling the (time, answered) cells with their frequencies
    cells = np.concatenate([events, totals - events])
    rng = np.random.default_rng(BOOTSTRAP_SEED)
    draws = rng.multinomial(len(days), cells / cells.sum(), size=BOOTSTRAP_RESAMPLES).astype(float)
    boot = answered_quantile(times, draws[:, :m], draws[:, :m] + draws[:, m:], share)
    tail = (1 - confidence_level) / 2 * 100
    low, high = np.nanpercentile(boot, [tail, 100 - tail])
    method = (
        f"Kaplan-Meier: first day by which {share:.0%} of the answers that come have come; "
        f"{confidence_level * 100:g}% percentile bootstrap interval ({BOOTSTRAP_RESAMPLES} resamples)"
    )
    if not follow_up_check(waits)["sufficient"]:
        method += "; follow-up may be too short, so answers may still come later and the day may be later"
    return Estimate(value, float(low), float(high), method)


#: Columns of :func:`reply_forecast`, in order.
FORECAST_COLUMNS = (
    "application_id",
    "company",
    "role",
    "silent_days",
    "chance",
    "low",
    "high",
    "basis",
    "ghosted_after",
    "likely_ghosted",
    "since",
)


def reply_forecast(
    tracker,
    *,
    as_of=None,
    within: float = DEFAULT_WITHIN,
    start: str = "applied",
    end: str = "response",
    prior: PublishedPrior = DEFAULT_PRIOR,
    few_answers: int = FEW_ANSWERS,
    timezone: str | None = None,
) -> pd.DataFrame:
    """One row per application still waiting (or ghosted by silence alone): the chance of an answer within ``within`` days.

    Parameters
    ----------
    tracker : Tracker or dict of DataFrame
        A tracker or its ``tables()``, as :func:`~followup_kit.analysis.waits.wait_times` takes.
    as_of : date-like, optional
        The day of the forecast; ``None`` means today in the tracker's time zone.
    within : float
        The window ahead, in days (default 7: "in the next week").
    start, end : str
        Which wait: from ``start`` to ``end`` (default: application to first reply).
    prior : PublishedPrior
        Used while the history holds fewer than ``few_answers`` answers, and for
        waits longer than any in the history.
    timezone : str, optional
        For a dict of tables whose times are not timezone-aware (as in ``wait_times``).

    Returns
    -------
    DataFrame
        :data:`FORECAST_COLUMNS`: ``silent_days`` waited so far, ``chance``
        (with ``low``, ``high``, 95%) of the end event within ``within`` days,
        ``basis`` (``"your N applications"`` or the published prior used),
        ``ghosted_after`` (the silence rule's threshold, days: see
        :mod:`followup_kit.store.silence`) and ``likely_ghosted`` (silent
        longer than that: the kit counts it as ghosted until news comes, unless
        the user marked it as still waiting), ``since`` (the day the wait started).
        ``low <= chance <= high`` on every row.  ``attrs`` hold
        ``within``, ``as_of``, ``waits``, ``answered``, ``never``,
        ``threshold`` (the :class:`Estimate` figures of the history),
        ``silence_basis`` and ``last_answer`` (the longest wait that ended in an answer).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from followup_kit.store.tracker import Tracker
    >>> t = Tracker.create(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite", timezone="UTC")
    >>> a = t.add_application("Acme", "Analyst", applied_on="2026-03-02")
    >>> f = reply_forecast(t, as_of="2026-03-14")
    >>> f[["application_id", "silent_days", "likely_ghosted"]]
       application_id  silent_days  likely_ghosted
    0               1           12           False
    >>> f.loc[0, "basis"].startswith("published prior")
    True
    >>> t.close()
    """
    tables, tz = resolve_tables(tracker, timezone)  # one read of the tracker
    waits = wait_times(tables, as_of=as_of, start=start, end=end, timezone=tz)
    days, observed = check_waits(waits)
    # still running at as_of: open, or ghosted by silence alone (a reply would still reopen it)
    events = tables["events"]
    recorded = events["kind"].eq("ghosted").to_numpy() & (
        events["on"].to_numpy(dtype="datetime64[s]") <= np.datetime64(waits.attrs["as_of"], "s")
    )
    declared = waits["application_id"].isin(events.loc[recorded, "application_id"]).to_numpy()
    silent = waits["outcome"].eq("ghosted").to_numpy() & ~declared
    waiting = (waits["outcome"].eq("open").to_numpy() | silent) & ~observed
    silent = days[waiting]
    n_answered = int(observed.sum())
    own = n_answered >= few_answers
    km = SurvivalResult.estimate(days, observed, start_event=start, end_event=end)
    never, threshold = never_hear_back(waits), silence_threshold(waits)

    if own:
        out = conditional_chance(km.sf, silent, within, km.confidence_level)
        use_prior = out["kind"] == KIND_UNKNOWN
        chance, low, high = out["value"], out["low"], out["high"]
        basis = np.where(
            use_prior,
            f"{prior.basis}; no wait of yours lasted longer than {km.max_time:g} days",
            f"your {km.n} applications",
        )
    else:
        use_prior = np.ones(len(silent), dtype=bool)
        chance, low, high = (np.full(len(silent), np.nan) for _ in range(3))
        basis = np.full(
            len(silent),
            f"{prior.basis}; only {n_answered} of your applications answered, fewer than {few_answers}",
            dtype=object,
        )
    # the prior only where it is used (its Beta quantiles are the costly part)
    distinct, back = np.unique(silent[use_prior], return_inverse=True)
    prior_chance = prior.chance(distinct, within)
    prior_low, prior_high = prior.interval(prior_chance)
    chance[use_prior], low[use_prior], high[use_prior] = prior_chance[back], prior_low[back], prior_high[back]
    # every chance inside its interval, whatever the tail did to the limits
    low, high = np.fmin(np.asarray(low, dtype=float), chance), np.fmax(np.asarray(high, dtype=float), chance)
    ghosted_after = waits.attrs["silence_days"]  # the silence rule's threshold (store.silence)
    frame = pd.DataFrame(
        {
            "application_id": waits["application_id"].to_numpy()[waiting],
            "company": waits["company"].to_numpy(dtype=object)[waiting],
            "role": waits["role"].to_numpy(dtype=object)[waiting],
            "silent_days": silent.astype(waits["days"].dtype),
            "chance": chance.astype(float),
            "low": np.asarray(low, dtype=float),
            "high": np.asarray(high, dtype=float),
            "basis": np.asarray(basis, dtype=object),
            "ghosted_after": float(ghosted_after),
            "likely_ghosted": waits["status"].to_numpy(dtype=object)[waiting] == "ghosted",  # the one rule
            "since": waits["start"].to_numpy()[waiting],
        },
        columns=list(FORECAST_COLUMNS),
    )
    frame.attrs.update(
        within=within,
        as_of=waits.attrs.get("as_of"),
        start_event=start,
        end_event=end,
        waits=km.n,
        answered=n_answered,
        own_history=own,
        never=never,
        threshold=threshold,
        silence_basis=waits.attrs["silence_basis"],
        last_answer=float(days[observed].max()) if observed.any() else math.nan,
    )
    return frame
