"""Silence is an answer: the kit's one rule for "no answer", and the threshold it uses.

**The rule** (:func:`silent_past`, applied by :func:`~followup_kit.store.frames.with_status`):
an application still open (``applied`` or ``interviewing``: no decision yet) whose latest news
(the application itself, any reply, interview or event up to ``as_of``, an interview booked for
later, or the decision date an interviewer gave) lies more than the silence threshold before
``as_of`` counts as ``ghosted``.  Nothing is stored: a reply, an interview or a decision recorded
later reopens it by itself, and an earlier ``as_of`` shows it as it was then.

**Where it lives.** The store applies it (``Tracker.applications`` reads today's status), so the
rule and the threshold's computation sit here, below the analysis layer: the threshold needs only
dates and the Kaplan-Meier quantile (:func:`answered_quantile`, which
:func:`~followup_kit.analysis.forecast.estimates.silence_threshold` also uses for its interval).
Every other layer passes its own day (and the policy's fallback) down to
:func:`~followup_kit.store.frames.with_status`.  The user can still record a ``ghosted`` event, or say "still waiting" for one
application (``applications.still_waiting``), which the rule leaves open.

**The threshold** (:func:`silence_days`): the day by which 95% of the answers that came had
come, on the Kaplan-Meier curve of the user's own waits (waits still open count), once at least
:data:`FEW_ANSWERS` answers came: from the application to the first reply for an application
without an interview, from the last interview to a decision for one with an interview held
(after an interview a decision takes longer).  Before that, the policy's fixed number of days
(``FollowUpPolicy.ghosted_after_days``, default :data:`FALLBACK_SILENCE_DAYS`, with its source).

Everything that counts applications (``Tracker.applications``, ``followup-kit summary``, the
funnel, waits and comparisons, the desk and the report) goes through these functions; the
analysis layer passes its ``as_of`` down.  Vectorised: group-bys and sorts, no loop per application.

Examples
--------
>>> import numpy as np
>>> news = np.array(["2026-01-05", "2026-03-01"], dtype="datetime64[s]")
>>> silent_past(news, np.datetime64("2026-03-20", "s"), 30.0).tolist()
[True, False]
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from followup_kit._validation import held_interviews, local_dates

#: Days of silence after which an open application counts as ghosted while the user's own history
#: is too short (fewer than :data:`FEW_ANSWERS` answers).  The policy's default
#: (``FollowUpPolicy.ghosted_after_days`` cites its source); defined here because the store applies it.
FALLBACK_SILENCE_DAYS = 30

#: Below this many answered applications the user's own threshold is not trusted (issue 13:
#: "with too little history, say fewer than 10 answered applications").
FEW_ANSWERS = 10

#: Share of the answers that come by the silence threshold (issue 13: ``share=0.95``).
SILENCE_SHARE = 0.95

#: Event kinds that are a reply to an application (an interview is one too).
REPLY_KINDS = ("response", "offer", "offer_accepted", "rejection")

#: Event kinds that are a decision.
DECISION_KINDS = ("offer", "offer_accepted", "rejection")

#: Event kinds after which no reply is awaited any more (the wait for a reply stops there).
STOP_KINDS = ("ghosted", "withdrawal")

#: Statuses the rule can turn into ``ghosted`` (no decision yet).
OPEN_STATUSES = ("applied", "interviewing")

_NO_DAY = np.datetime64("NaT", "s")


def silent_past(last_news, day, threshold) -> np.ndarray:
    """The rule: True where the latest news is more than ``threshold`` whole days (a number, or one per row) before ``day``.

    Missing news (no applied date, nothing recorded) is never silent.

    Examples
    --------
    >>> import numpy as np
    >>> news = np.array(["2026-02-18", "2026-02-17", "NaT"], dtype="datetime64[s]")
    >>> silent_past(news, np.datetime64("2026-03-20", "s"), 30).tolist()
    [False, True, False]
    """
    news = np.asarray(last_news, dtype="datetime64[s]")
    known = ~np.isnat(news)
    silent = np.zeros(news.shape, dtype="int64")
    silent[known] = (np.datetime64(day, "s") - news[known]) // np.timedelta64(1, "D")
    return known & (silent > threshold)


def _interview_days(interviews: pd.DataFrame, day, tz, *, promised: bool = False) -> pd.DataFrame:
    """Held interviews by ``day`` (``on``: their local date); with ``promised``, the decision dates they gave."""
    held = held_interviews(interviews)
    on = local_dates(held["starts_at"], tz).to_numpy(dtype="datetime64[s]")
    frame = pd.DataFrame({"application_id": held["application_id"].to_numpy(dtype="int64"), "on": on})
    if promised and "decision_expected_on" in held:
        frame["on"] = held["decision_expected_on"].to_numpy(dtype="datetime64[s]")
        return frame.loc[(on <= np.datetime64(day, "s")) & ~np.isnat(frame["on"].to_numpy())]
    return frame.loc[on <= np.datetime64(day, "s")]


def _events_by(events: pd.DataFrame, day) -> pd.DataFrame:
    on = events["on"].to_numpy(dtype="datetime64[s]")
    return events.loc[on <= np.datetime64(day, "s"), ["application_id", "kind", "on"]]


def _first(frame: pd.DataFrame, ids: pd.Index, how: str = "min") -> np.ndarray:
    """The earliest (``how="min"``) or latest day per application of ``ids`` (NaT where none): one
    lookup and one unbuffered ufunc pass, no group-by."""
    out = np.full(len(ids), _NO_DAY)
    if frame.empty:
        return out
    pos = ids.get_indexer(frame["application_id"].to_numpy(dtype="int64"))
    day = frame["on"].to_numpy(dtype="datetime64[s]")
    keep = (pos >= 0) & ~np.isnat(day)
    pos, ticks = pos[keep], day[keep].view("int64")
    if how == "min":
        best = np.full(len(ids), np.iinfo(np.int64).max)
        np.minimum.at(best, pos, ticks)
        found = best != np.iinfo(np.int64).max
    else:
        best = np.full(len(ids), np.iinfo(np.int64).min)
        np.maximum.at(best, pos, ticks)
        found = best != np.iinfo(np.int64).min
    out[found] = best[found].view("datetime64[s]")
    return out


def last_news(apps: pd.DataFrame, events: pd.DataFrame, interviews: pd.DataFrame, day, tz) -> np.ndarray:
    """The day silence counts from, per application: the latest of applied, an interview or an event by ``day``,
    the decision date an interviewer gave (waiting until the promised day is not silence), and ``day``
    itself for an interview booked for later."""
    ids = pd.Index(apps["application_id"].to_numpy(dtype="int64"))
    held = held_interviews(interviews)
    booked = pd.DataFrame(  # an interview booked for later is news today: the company answered
        {
            "application_id": held["application_id"].to_numpy(dtype="int64"),
            "on": np.minimum(
                local_dates(held["starts_at"], tz).to_numpy(dtype="datetime64[s]"), np.datetime64(day, "s")
            ),
        }
    )
    news = pd.concat(
        [
            _events_by(events, day)[["application_id", "on"]],
            booked,
            _interview_days(interviews, day, tz, promised=True),
        ],
        ignore_index=True,
    )
    latest = _first(news, ids, "max")
    applied = apps["applied_on"].to_numpy(dtype="datetime64[s]")
    applied = np.where(applied <= np.datetime64(day, "s"), applied, _NO_DAY)
    return np.where(np.isnat(latest) | (applied > latest), applied, latest)


def first_reply_waits(
    apps: pd.DataFrame, events: pd.DataFrame, interviews: pd.DataFrame, day, tz
) -> tuple[np.ndarray, np.ndarray]:
    """``(days, observed)``: whole days from the application to its first reply, by ``day``.

    The same waits as ``wait_times(start="applied", end="response")``: a reply is a
    response, an offer, a rejection or an interview on or after the applied day; a wait without
    one is censored at a ghosted or withdrawal event, else at ``day``.  Applications without an
    applied day, or applied after ``day``, are left out.
    """
    ids = pd.Index(apps["application_id"].to_numpy(dtype="int64"))
    applied = apps["applied_on"].to_numpy(dtype="datetime64[s]")
    today = np.datetime64(day, "s")
    ev = _events_by(events, day)
    begin = pd.Series(applied, index=ids).reindex(ev["application_id"].to_numpy(dtype="int64")).to_numpy()
    ev = ev.loc[ev["on"].to_numpy(dtype="datetime64[s]") >= begin]
    iv = _interview_days(interviews, day, tz)
    iv_begin = pd.Series(applied, index=ids).reindex(iv["application_id"].to_numpy(dtype="int64")).to_numpy()
    iv = iv.loc[iv["on"].to_numpy(dtype="datetime64[s]") >= iv_begin]
    replies = pd.concat([ev.loc[ev["kind"].isin(REPLY_KINDS), ["application_id", "on"]], iv], ignore_index=True)
    reply = _first(replies, ids)
    stop = _first(ev.loc[ev["kind"].isin(STOP_KINDS)], ids)
    observed = ~np.isnat(reply)
    end = np.where(observed, reply, np.where(np.isnat(stop), today, stop))
    keep = ~np.isnat(applied) & (applied <= today)
    days = (end[keep] - applied[keep]) // np.timedelta64(1, "D")
    return days.astype(float), observed[keep]


def answered_quantile(times: np.ndarray, events: np.ndarray, totals: np.ndarray, share: float) -> np.ndarray:
    """First time where ``1 - S(t) >= share * (1 - S(last))``, one Kaplan-Meier curve per row.

    ``times`` are the distinct waits; ``events`` and ``totals`` (rows x times) count the answers
    and all waits at each; ``nan`` for a row without answers.  The quantile of the wait among the
    applications that get an answer, with the open waits counted.
    """
    at_risk = totals[:, ::-1].cumsum(axis=1)[:, ::-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        hazard = np.where(at_risk > 0, events / np.where(at_risk > 0, at_risk, 1), 0.0)
    answered = 1 - np.cumprod(1 - hazard, axis=1)
    reached = answered >= share * answered[:, -1:]
    first = reached.argmax(axis=1)
    return np.where(answered[:, -1] > 0, times[first], np.nan)


def threshold_of_waits(days: np.ndarray, observed: np.ndarray, share: float = SILENCE_SHARE) -> float:
    """The day by which ``share`` of the answers that came had come (``nan`` without answers)."""
    if not observed.any():
        return float("nan")
    times, inverse = np.unique(days, return_inverse=True)
    answers = np.bincount(inverse, weights=observed, minlength=len(times))
    totals = np.bincount(inverse, minlength=len(times)).astype(float)
    return float(answered_quantile(times, answers[None, :], totals[None, :], share)[0])


def decision_waits(
    apps: pd.DataFrame, events: pd.DataFrame, interviews: pd.DataFrame, day, tz
) -> tuple[np.ndarray, np.ndarray]:
    """``(days, observed)``: whole days from the last interview held by ``day`` to a decision.

    The same waits as ``wait_times(start="last_interview", end="decision")``: a decision is an
    offer or a rejection on or after the interview day; a wait without one is censored at a
    ghosted or withdrawal event, else at ``day``.
    """
    today = np.datetime64(day, "s")
    iv = _interview_days(interviews, day, tz)
    start = iv.groupby("application_id")["on"].max() if len(iv) else pd.Series(dtype="datetime64[s]")
    ids = pd.Index(start.index.to_numpy(dtype="int64"))
    begin = start.to_numpy(dtype="datetime64[s]")
    ev = _events_by(events, day)
    ev = ev.loc[ev["application_id"].isin(ids)]
    ev_begin = pd.Series(begin, index=ids).reindex(ev["application_id"].to_numpy(dtype="int64")).to_numpy()
    ev = ev.loc[ev["on"].to_numpy(dtype="datetime64[s]") >= ev_begin]
    decided = _first(ev.loc[ev["kind"].isin(DECISION_KINDS)], ids)
    stop = _first(ev.loc[ev["kind"].isin(STOP_KINDS)], ids)
    observed = ~np.isnat(decided)
    end = np.where(observed, decided, np.where(np.isnat(stop), today, stop))
    return ((end - begin) // np.timedelta64(1, "D")).astype(float), observed


def _own_or_fallback(days, observed, fallback_days: float, few_answers: int, what: str) -> tuple[float, str]:
    n_answered = int(observed.sum())
    if n_answered >= few_answers:
        own = threshold_of_waits(days, observed)
        return own, f"{what}: {SILENCE_SHARE:.0%} of your {n_answered} came within {own:g} days"
    return float(fallback_days), f"{what}: the policy's fixed {fallback_days:g} days (only {n_answered} of yours)"


def silence_days(
    apps: pd.DataFrame,
    events: pd.DataFrame,
    interviews: pd.DataFrame,
    day,
    tz,
    *,
    fallback_days: float = FALLBACK_SILENCE_DAYS,
    few_answers: int = FEW_ANSWERS,
) -> tuple[float, float, str]:
    """The silence thresholds at ``day`` and where they come from: ``(before, after, basis)``.

    ``before`` is for an application without an interview (the awaited answer is a first reply:
    :func:`first_reply_waits`), ``after`` for one with an interview held (the awaited answer is a
    decision: :func:`decision_waits`).  Each is your own (:func:`threshold_of_waits`) once at least
    ``few_answers`` such answers came, else ``fallback_days`` (the policy's number).

    Examples
    --------
    >>> import pandas as pd
    >>> apps = pd.DataFrame({"application_id": [1], "applied_on": pd.to_datetime(["2026-03-02"])})
    >>> events = pd.DataFrame({"application_id": pd.Series([], dtype="int64"), "kind": [], "on": pd.to_datetime([])})
    >>> iv = pd.DataFrame({"application_id": pd.Series([], dtype="int64"), "starts_at": pd.to_datetime([]).tz_localize("UTC")})
    >>> silence_days(apps, events, iv, pd.Timestamp("2026-04-01"), "UTC")[:2]
    (30.0, 30.0)
    """
    reply, reply_basis = _own_or_fallback(
        *first_reply_waits(apps, events, interviews, day, tz), fallback_days, few_answers, "first replies"
    )
    decision, decision_basis = _own_or_fallback(
        *decision_waits(apps, events, interviews, day, tz), fallback_days, few_answers, "decisions after an interview"
    )
    return reply, decision, f"{reply_basis}; {decision_basis}"


def interviewed_by(apps: pd.DataFrame, interviews: pd.DataFrame, day, tz) -> np.ndarray:
    """True for the applications with an interview held by ``day`` (they await a decision)."""
    held = _interview_days(interviews, day, tz)["application_id"]
    return apps["application_id"].isin(held).to_numpy(dtype=bool)
