"""A job search has episodes: an accepted offer ends the search it closed, not the next one.

**The rule of an accepted offer** (:func:`closed_by_acceptance`): an offer accepted on day *A*
closes the applications that were open on *A*: started (applied, or first heard of) on or before
*A* and not decided by *A* (no acceptance, rejection, withdrawal or ghosted event on or before
*A*; a decision known only as a stored status counts on the latest day known for it).  An application started after *A* belongs to a later search and is never closed by it.
An accepted offer recorded only as a status, without an ``offer_accepted`` event, counts on the
latest day known for its application; with no day known at all it closes nothing (there is no
day to compare with).

**Episodes** (:func:`search_episodes`): the applications in the order they started, a new
episode beginning after each accepted offer, and after a pause longer than
``FollowUpPolicy.search_pause_days`` with no application and no news at all.  *The current
search* is the episode of the latest application started by ``day``; applications with no day
known are counted in it (nothing says they are old).  The desk, ``followup-kit due`` and the
weekly report show the current search unless asked for all of the history.

Vectorised: a sort, a cumulative maximum and a ``searchsorted``; no loop per application.

Examples
--------
>>> import pandas as pd
>>> apps = pd.DataFrame({"application_id": [1, 2, 3, 4],
...                      "applied_on": pd.to_datetime(["2023-03-01", "2023-04-01", "2023-06-01", "2026-10-01"])})
>>> events = pd.DataFrame({"application_id": [1, 2], "kind": ["offer_accepted", "rejection"],
...                        "on": pd.to_datetime(["2023-05-02", "2023-04-20"])})
>>> closed_by_acceptance(apps, events, None)["closed_by"].tolist()
[<NA>, <NA>, <NA>, <NA>]
>>> events.loc[1, "on"] = pd.Timestamp("2023-05-10")  # decided after the acceptance: it was open then
>>> closed_by_acceptance(apps, events, None)["closed_by"].tolist()
[<NA>, 1, <NA>, <NA>]
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from followup_kit._validation import held_interviews, local_dates

#: Days of pause (no application, no news) after which a new search starts: the policy's default
#: (``FollowUpPolicy.search_pause_days`` cites its reason); defined here because the store applies it.
SEARCH_PAUSE_DAYS = 180

#: Event kinds after which an application is decided (it can no longer be closed by another offer).
DECIDING_KINDS = ("offer_accepted", "rejection", "withdrawal", "ghosted")

#: Stored statuses that say an application was decided (a sheet's status column, maybe with no day).
DECIDED_WORDS = ("accepted", "rejected", "withdrawn", "ghosted")

_NO_DAY = np.datetime64("NaT", "s")
_NEVER = np.iinfo(np.int64).max


def _days(values) -> np.ndarray:
    return pd.to_datetime(pd.Series(values), errors="coerce").to_numpy(dtype="datetime64[s]")


def _per_app(ids: pd.Index, owner, day, how: str) -> np.ndarray:
    """Earliest (``how="min"``) or latest day of ``day`` per application of ``ids``; NaT where none."""
    out = np.full(len(ids), _NO_DAY)
    pos = ids.get_indexer(np.asarray(owner, dtype="int64"))
    day = np.asarray(day, dtype="datetime64[s]")
    keep = (pos >= 0) & ~np.isnat(day)
    if not keep.any():
        return out
    ticks = day[keep].view("int64")
    best = np.full(len(ids), _NEVER if how == "min" else -_NEVER, dtype="int64")
    (np.minimum if how == "min" else np.maximum).at(best, pos[keep], ticks)
    found = np.abs(best) != _NEVER
    out[found] = best[found].view("datetime64[s]")
    return out


def _known_days(apps, events, interviews, day, timezone) -> tuple[pd.Index, pd.DataFrame]:
    """Every dated fact per application by ``day``: applied, events, held interviews (local dates)."""
    ids = pd.Index(apps["application_id"].to_numpy(dtype="int64"))
    parts = [
        pd.DataFrame({"application_id": ids.to_numpy(), "on": _days(apps["applied_on"]) if len(apps) else []}),
    ]
    if events is not None and len(events):
        parts.append(
            pd.DataFrame(
                {"application_id": events["application_id"].to_numpy(dtype="int64"), "on": _days(events["on"])}
            )
        )
    if interviews is not None and len(interviews):
        held = held_interviews(interviews).dropna(subset=["starts_at"])
        parts.append(
            pd.DataFrame(
                {
                    "application_id": held["application_id"].to_numpy(dtype="int64"),
                    "on": local_dates(held["starts_at"], timezone).to_numpy(dtype="datetime64[s]"),
                }
            )
        )
    facts = pd.concat(parts, ignore_index=True)
    if day is not None:
        facts = facts[facts["on"].to_numpy(dtype="datetime64[s]") <= np.datetime64(pd.Timestamp(day), "s")]
    return ids, facts


def _events_by(events, day) -> pd.DataFrame:
    if events is None or not len(events):
        return pd.DataFrame({"application_id": np.array([], dtype="int64"), "kind": [], "on": _days([])})
    frame = pd.DataFrame(
        {
            "application_id": events["application_id"].to_numpy(dtype="int64"),
            "kind": events["kind"].to_numpy(dtype=object),
            "on": _days(events["on"]),
        }
    )
    if day is not None:
        frame = frame[frame["on"].to_numpy(dtype="datetime64[s]") <= np.datetime64(pd.Timestamp(day), "s")]
    return frame


def acceptances(apps, events, interviews=None, *, day=None, timezone=None) -> pd.DataFrame:
    """The accepted offers by ``day``: ``application_id`` and ``on``, sorted by day (undated ones left out).

    An ``offer_accepted`` event counts on its day; an application whose stored status is
    ``accepted`` without such an event counts on the latest day known for it.

    Examples
    --------
    >>> import pandas as pd
    >>> apps = pd.DataFrame({"application_id": [1, 2], "applied_on": pd.to_datetime(["2023-01-02", "2023-02-01"]),
    ...                      "stored_status": [None, "accepted"]})
    >>> acceptances(apps, None).to_dict("records")
    [{'application_id': 2, 'on': Timestamp('2023-02-01 00:00:00')}]
    """
    ev = _events_by(events, day)
    accepted = ev[ev["kind"] == "offer_accepted"][["application_id", "on"]]
    if "stored_status" in apps:
        ids, facts = _known_days(apps, events, interviews, day, timezone)
        stored = (apps["stored_status"].to_numpy(dtype=object) == "accepted") & ~ids.isin(accepted["application_id"])
        latest = _per_app(ids, facts["application_id"], facts["on"], "max")
        accepted = pd.concat(
            [accepted, pd.DataFrame({"application_id": ids.to_numpy()[stored], "on": latest[stored]})],
            ignore_index=True,
        )
    accepted = accepted[~np.isnat(accepted["on"].to_numpy(dtype="datetime64[s]"))]
    return accepted.sort_values(["on", "application_id"], kind="stable").reset_index(drop=True)


def closed_by_acceptance(apps, events, interviews, *, day=None, timezone=None) -> pd.DataFrame:
    """Which accepted offer closed each application, and when (see the rule above).

    Parameters
    ----------
    apps, events, interviews : DataFrame
        The tracker's tables (``interviews`` may be ``None``).
    day : date, optional
        Only what happened by this local day counts.
    timezone : str, optional
        The tracker's zone, for the local day of an interview.

    Returns
    -------
    DataFrame
        One row per application, in the order of ``apps``: ``application_id``, ``started_on``,
        ``closed_by`` (the accepted application's id, ``<NA>`` when none) and ``closed_on``.
    """
    ids, facts = _known_days(apps, events, interviews, day, timezone)
    started = _per_app(ids, facts["application_id"], facts["on"], "min")
    ev = _events_by(events, day)
    acc = acceptances(apps, events, interviews, day=day, timezone=timezone)
    deciding = pd.concat([ev[ev["kind"].isin(DECIDING_KINDS).to_numpy()], acc], ignore_index=True)
    decided = _per_app(ids, deciding["application_id"], deciding["on"], "min")  # its own acceptance decides it
    if "stored_status" in apps:  # decided in a sheet's status column, with no day: on the latest day known
        stored = np.isin(apps["stored_status"].to_numpy(dtype=object), DECIDED_WORDS) & np.isnat(decided)
        decided[stored] = _per_app(ids, facts["application_id"], facts["on"], "max")[stored]
    acc_on = acc["on"].to_numpy(dtype="datetime64[s]")
    # the first acceptance on or after the day each application started
    which = np.searchsorted(acc_on, started, side="left")
    has = ~np.isnat(started) & (which < len(acc_on))
    which = np.where(has, which, 0)
    on = np.where(has, acc_on[which] if len(acc_on) else _NO_DAY, _NO_DAY)
    closed = has & (np.isnat(decided) | (decided > on))
    by = acc["application_id"].to_numpy(dtype="int64")[which] if len(acc_on) else np.zeros(len(ids), "int64")
    return pd.DataFrame(
        {
            "application_id": ids.to_numpy(),
            "started_on": started,
            "closed_by": pd.Series(by, dtype="Int64", index=apps.index).where(closed),
            "closed_on": np.where(closed, on, _NO_DAY),
        },
        index=apps.index,
    )


def search_episodes(
    apps, events, interviews, *, day, timezone=None, pause_days: int = SEARCH_PAUSE_DAYS
) -> pd.DataFrame:
    """Which search each application belongs to, and whether it is the current one.

    Parameters
    ----------
    apps, events, interviews : DataFrame
        The tracker's tables (``interviews`` may be ``None``).
    day : date
        "Today": only what happened by this local day counts.
    timezone : str, optional
        The tracker's zone.
    pause_days : int
        A pause longer than this, with no application and no news, starts a new search
        (``FollowUpPolicy.search_pause_days``).

    Returns
    -------
    DataFrame
        One row per application, in the order of ``apps``: the columns of
        :func:`closed_by_acceptance` plus ``last_news``, ``episode`` (0 for the first search)
        and ``current`` (bool).

    Examples
    --------
    >>> import pandas as pd
    >>> apps = pd.DataFrame({"application_id": [1, 2, 3],
    ...                      "applied_on": pd.to_datetime(["2022-01-10", "2022-03-01", "2026-10-01"])})
    >>> e = search_episodes(apps, None, None, day="2026-11-20")
    >>> e["episode"].tolist(), e["current"].tolist()
    ([0, 0, 1], [False, False, True])
    """
    day = pd.Timestamp(day).normalize()
    out = closed_by_acceptance(apps, events, interviews, day=day, timezone=timezone)
    ids, facts = _known_days(apps, events, interviews, day, timezone)
    news = _per_app(ids, facts["application_id"], facts["on"], "max")
    started = out["started_on"].to_numpy(dtype="datetime64[s]")
    acc_on = acceptances(apps, events, interviews, day=day, timezone=timezone)["on"].to_numpy(dtype="datetime64[s]")
    dated = np.flatnonzero(~np.isnat(started))
    order = dated[np.argsort(started[dated], kind="stable")]
    s, n = started[order], news[order]
    seen = np.maximum.accumulate(np.where(np.isnat(n), s, n).view("int64")) if len(order) else np.zeros(0, "int64")
    gap = np.zeros(len(order), dtype=bool)
    gap[1:] = (s[1:].view("int64") - seen[:-1]) > pause_days * 86_400
    before = np.searchsorted(acc_on, s, side="left")  # acceptances strictly before each start
    after_offer = np.zeros(len(order), dtype=bool)
    after_offer[1:] = before[1:] > before[:-1]
    episode = np.zeros(len(apps), dtype="int64")
    episode[order] = np.cumsum(gap | after_offer)
    last = episode[order][s <= np.datetime64(day, "s")].max() if (s <= np.datetime64(day, "s")).any() else 0
    undated = np.isnat(started)
    episode[undated] = last
    return out.assign(last_news=news, episode=episode, current=(episode >= last) | undated)
