"""Waiting times: how long each application has waited, counting the open ones.

:func:`wait_times` turns a tracker into one row per application with a start
event: the whole calendar days from the start to the end event, whether the end
event happened (``observed``) and what ended the wait (``outcome``).  A wait
without its end event is *right-censored*, not missing: it is measured up to
``as_of`` (``outcome="open"``) or up to the event that closed the application
first (``ghosted``, ``withdrawn``, or the other verdict).

Examples
--------
>>> import tempfile, pathlib
>>> from followup_kit.store.tracker import Tracker
>>> t = Tracker.create(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite", timezone="Europe/Berlin")
>>> a = t.add_application("Acme", "Analyst", applied_on="2026-03-02")
>>> b = t.add_application("Brio", "Engineer", applied_on="2026-03-03")
>>> _ = t.log_interview(a, "2026-03-10 10:00", [])
>>> _ = t.log_interview(b, "2026-03-12 10:00", [])
>>> _ = t.record_event(a, "offer", "2026-04-01")
>>> w = wait_times(t, as_of="2026-04-08")
>>> w[["application_id", "days", "observed", "outcome"]]
   application_id  days  observed outcome
0               1    22      True   offer
1               2    27     False    open
>>> wait_times(t, as_of="2026-04-15").loc[1, "outcome"]  # silent 34 days: past the fixed 30
'ghosted'
>>> t.close()
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from followup_kit._validation import as_of_day, held_interviews, local_dates, resolve_tables
from followup_kit.errors import InputError
from followup_kit.store.frames import with_status
from followup_kit.store.silence import FALLBACK_SILENCE_DAYS

#: Events a wait can start from.
START_EVENTS = ("applied", "first_interview", "last_interview")

#: Events a wait can end at.
END_EVENTS = ("response", "offer", "decision", "rejection")

#: For each end: which tracker event kinds end the wait, and the outcome each one names.
END_KINDS = {
    "response": {"response": "response", "offer": "offer", "offer_accepted": "offer", "rejection": "rejection"},
    "offer": {"offer": "offer", "offer_accepted": "offer"},
    "decision": {"offer": "offer", "offer_accepted": "offer", "rejection": "rejection"},
    "rejection": {"rejection": "rejection"},
}

#: For each end: which event kinds censor the wait (it can no longer end), and their outcome.
CENSOR_KINDS = {
    "response": {"ghosted": "ghosted", "withdrawal": "withdrawn"},
    "offer": {"ghosted": "ghosted", "withdrawal": "withdrawn", "rejection": "rejection"},
    "decision": {"ghosted": "ghosted", "withdrawal": "withdrawn"},
    "rejection": {"ghosted": "ghosted", "withdrawal": "withdrawn", "offer": "offer", "offer_accepted": "offer"},
}

#: Outcome of a wait that is still running at ``as_of``.
OPEN = "open"

#: Columns carried along for grouping (``stage`` is the stage of the last interview).
GROUP_COLUMNS = ("company", "role", "industry", "source", "stage", "status")

#: The columns :func:`wait_times` returns, in order.
WAIT_COLUMNS = ("application_id", *GROUP_COLUMNS, "start", "end", "days", "observed", "outcome")


def _first_by_kind(events: pd.DataFrame, kinds, start: pd.Series) -> pd.DataFrame:
    """Earliest date of each kind per application, counting only events on or after the start."""
    ev = events.loc[events["kind"].isin(list(kinds)), ["application_id", "kind", "on"]]
    ev = ev.loc[ev["on"].to_numpy() >= start.reindex(ev["application_id"].to_numpy()).to_numpy()]
    if ev.empty:
        return pd.DataFrame(index=start.index, columns=list(kinds), dtype="datetime64[s]")
    wide = ev.groupby(["application_id", "kind"], sort=False)["on"].min().unstack("kind")
    return wide.reindex(index=start.index, columns=list(kinds)).astype("datetime64[s]")


def _earliest(wide: pd.DataFrame, labels: dict) -> tuple[pd.Series, pd.Series]:
    """Earliest date across columns and the label of the column that has it (first column wins ties)."""
    if wide.shape[1] == 0:
        return (
            pd.Series(pd.NaT, index=wide.index, dtype="datetime64[s]"),
            pd.Series(None, index=wide.index, dtype=object),
        )
    values = wide.to_numpy(dtype="datetime64[s]")
    filled = np.where(np.isnat(values), np.datetime64("9999-12-31", "s"), values)
    pos = filled.argmin(axis=1)
    date = values[np.arange(len(values)), pos]
    names = np.array([labels[c] for c in wide.columns], dtype=object)[pos]
    names = np.where(np.isnat(date), None, names)
    return pd.Series(date, index=wide.index), pd.Series(names, index=wide.index, dtype=object)


def status_as_of(
    apps: pd.DataFrame,
    events: pd.DataFrame,
    interviews: pd.DataFrame,
    day,
    tz: str | None,
    *,
    fallback_days: float = FALLBACK_SILENCE_DAYS,
    threshold: float | None = None,
) -> pd.DataFrame:
    """The applications with ``status`` as it was on ``day``, the silence rule included.

    The one way the analysis layer reads a status: :func:`~followup_kit.store.frames.with_status`
    with the day (events and interviews after it do not count; an open application silent longer
    than the silence threshold is ``ghosted``, see :mod:`followup_kit.store.silence`).
    ``fallback_days`` is the policy's ``ghosted_after_days``; ``threshold`` (days) replaces the
    threshold altogether.  ``attrs`` hold ``silence_days`` (before an interview),
    ``silence_days_after_interview`` and ``silence_basis``.
    """
    base = apps.drop(columns=["status"], errors="ignore")
    if "stored_status" not in base:
        base = base.assign(stored_status=None)
    return with_status(base, events, interviews, day=day, timezone=tz, fallback_days=fallback_days, threshold=threshold)


def applications_as_of(
    tracker,
    *,
    as_of=None,
    timezone: str | None = None,
    fallback_days: float = FALLBACK_SILENCE_DAYS,
    threshold: float | None = None,
) -> pd.DataFrame:
    """A tracker's applications made by ``as_of``, with their status on that day (see :func:`status_as_of`).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from followup_kit.store.tracker import Tracker
    >>> t = Tracker.create(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite", timezone="UTC")
    >>> a = t.add_application("Acme", "Analyst", applied_on="2026-03-02")
    >>> applications_as_of(t, as_of="2026-03-20")["status"].tolist()
    ['applied']
    >>> applications_as_of(t, as_of="2026-04-20")["status"].tolist()  # 49 days of silence: past the fixed 30
    ['ghosted']
    >>> t.close()
    """
    tables, tz = resolve_tables(tracker, timezone)
    day = as_of_day(as_of, tz)
    apps = status_as_of(
        tables["applications"],
        tables["events"],
        tables["interviews"],
        day,
        tz,
        fallback_days=fallback_days,
        threshold=threshold,
    )
    applied = apps["applied_on"].to_numpy(dtype="datetime64[s]")
    made = np.isnat(applied) | (applied <= day.to_datetime64())
    out = apps.loc[made].reset_index(drop=True)
    out.attrs.update(apps.attrs)
    return out


def wait_times(
    tracker, *, as_of=None, start: str = "first_interview", end: str = "decision", timezone: str | None = None
) -> pd.DataFrame:
    """One row per application with the start event: how long it waited for the end event.

    Parameters
    ----------
    tracker : Tracker or dict of DataFrame
        A tracker, or the dict from ``Tracker.tables()``.
    as_of : date-like, optional
        The day the waits are measured on; ``None`` means today in the tracker's
        time zone.  Events after ``as_of`` are ignored, so a past date shows what
        was known then.
    start : {"first_interview", "applied", "last_interview"}
        Where a wait starts (interviews count on their local date).
    end : {"decision", "response", "offer", "rejection"}
        What ends it: an offer or a rejection (``decision``), the first reply of
        any kind (a response, an offer, a rejection, or for waits from
        ``applied`` also an interview), an offer, or a rejection.
    timezone : str, optional
        The time zone for a dict of tables whose ``starts_at`` is not
        timezone-aware, or to override the tracker's.

    Returns
    -------
    DataFrame
        Columns ``application_id, company, role, industry, source, stage,
        status, start, end, days, observed, outcome``.  ``days`` counts whole
        calendar days between the local dates ``start`` and ``end``.
        ``observed`` is True exactly when the end event happened (on or after
        the start, by ``as_of``); ``outcome`` names what ended the wait:
        ``offer``, ``rejection``, ``response`` or ``interview`` when observed;
        otherwise ``ghosted`` or ``withdrawn`` (censored on that date), the
        other verdict (``rejection`` when ``end="offer"``, ``offer`` when
        ``end="rejection"``), ``ghosted`` for a wait whose application is
        silent past the silence threshold (:mod:`followup_kit.store.silence`;
        censored at ``as_of``: a later answer would still count), or ``open``
        (silent for less than the threshold, censored at ``as_of``).
        ``status`` is the status on ``as_of``.  ``attrs`` holds ``start_event``,
        ``end_event``, ``as_of``, ``timezone``, ``silence_days`` (before an interview),
        ``silence_days_after_interview`` and ``silence_basis``.
        The input is not changed.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from followup_kit.store.tracker import Tracker
    >>> t = Tracker.create(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite", timezone="UTC")
    >>> a = t.add_application("Acme", "Analyst", applied_on="2026-03-02")
    >>> _ = t.record_event(a, "rejection", "2026-03-20")
    >>> w = wait_times(t, as_of="2026-04-01", start="applied", end="offer")
    >>> w[["days", "observed", "outcome"]]
       days  observed    outcome
    0    18     False  rejection
    >>> t.close()
    """
    if start not in START_EVENTS:
        raise InputError("unknown start event; use one of " + ", ".join(START_EVENTS), field="start", value=start)
    if end not in END_EVENTS:
        raise InputError("unknown end event; use one of " + ", ".join(END_EVENTS), field="end", value=end)
    tables, tz = resolve_tables(tracker, timezone)
    day = as_of_day(as_of, tz).to_datetime64().astype("datetime64[s]")
    apps, interviews, events = tables["applications"], held_interviews(tables["interviews"]), tables["events"]
    apps = status_as_of(apps, events, tables["interviews"], pd.Timestamp(day), tz)

    ids = apps["application_id"].to_numpy(dtype="int64")
    iv = interviews.loc[:, ["application_id", "starts_at", "stage"]]
    iv = iv.assign(on=local_dates(iv["starts_at"], tz))
    iv = iv.loc[iv["on"].to_numpy() <= day]
    ev = events.loc[events["on"].to_numpy() <= day, ["application_id", "kind", "on"]]

    # the start date per application (indexed by application_id)
    if start == "applied":
        begin = pd.Series(apps["applied_on"].to_numpy(dtype="datetime64[s]"), index=ids)
    else:
        ordered = iv.sort_values(["application_id", "starts_at"], kind="stable")
        ordered = ordered.drop_duplicates("application_id", keep="first" if start == "first_interview" else "last")
        begin = pd.Series(
            ordered["on"].to_numpy(dtype="datetime64[s]"), index=ordered["application_id"].to_numpy("int64")
        )
        begin = begin.reindex(ids)
    begin = begin.loc[begin.notna().to_numpy() & (begin.to_numpy() <= day)]

    ends = _first_by_kind(ev, END_KINDS[end], begin)
    labels = dict(END_KINDS[end])
    if end == "response" and start == "applied":
        replied = iv.loc[:, ["application_id", "on"]].assign(kind="interview")
        ends = ends.join(_first_by_kind(replied, ["interview"], begin))
        labels["interview"] = "interview"
    end_date, end_outcome = _earliest(ends, labels)
    cens = _first_by_kind(ev, CENSOR_KINDS[end], begin)
    cens_date, cens_outcome = _earliest(cens, CENSOR_KINDS[end])

    observed = end_date.notna().to_numpy()
    censored_early = ~observed & cens_date.notna().to_numpy()
    stop = np.where(observed, end_date.to_numpy(), np.where(censored_early, cens_date.to_numpy(), day))
    outcome = np.where(observed, end_outcome.to_numpy(), np.where(censored_early, cens_outcome.to_numpy(), OPEN))
    stop = stop.astype("datetime64[s]")
    begin_values = begin.to_numpy(dtype="datetime64[s]")
    days = ((stop - begin_values) // np.timedelta64(1, "D")).astype("int64")

    # grouping columns from the applications and the last interview's stage
    rows = pd.Index(ids).get_indexer(begin.index)
    out = {"application_id": begin.index.to_numpy(dtype="int64")}
    for col in ("company", "role", "industry", "source"):
        out[col] = apps[col].to_numpy(dtype=object)[rows]
    last = iv.sort_values(["application_id", "starts_at"], kind="stable").drop_duplicates("application_id", keep="last")
    stage = pd.Series(last["stage"].to_numpy(dtype=object), index=last["application_id"].to_numpy("int64"))
    out["stage"] = stage.reindex(begin.index).to_numpy(dtype=object)
    out["status"] = apps["status"].to_numpy(dtype=object)[rows]
    silent = (outcome == OPEN) & (out["status"] == "ghosted")
    outcome = np.where(silent, "ghosted", outcome)
    out.update(start=begin_values, end=stop, days=days, observed=observed, outcome=outcome.astype(object))
    frame = pd.DataFrame(out, columns=list(WAIT_COLUMNS))
    for col in ("company", "role", "industry", "source", "stage", "status", "outcome"):
        frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
    frame = frame.sort_values("application_id", kind="stable").reset_index(drop=True)
    frame.attrs.update(
        start_event=start,
        end_event=end,
        as_of=pd.Timestamp(day).date().isoformat(),
        timezone=tz,
        silence_days=apps.attrs["silence_days"],
        silence_days_after_interview=apps.attrs["silence_days_after_interview"],
        silence_basis=apps.attrs["silence_basis"],
    )
    return frame


def empty_waits(start: str = "first_interview", end: str = "decision") -> pd.DataFrame:
    """A wait-times frame with no rows (the shape :func:`wait_times` returns).

    Examples
    --------
    >>> list(empty_waits().columns)[-4:]
    ['end', 'days', 'observed', 'outcome']
    """
    frame = pd.DataFrame({c: pd.Series(dtype=object) for c in WAIT_COLUMNS})
    frame = frame.astype(
        {"application_id": "int64", "start": "datetime64[s]", "end": "datetime64[s]", "days": "int64", "observed": bool}
    )
    frame.attrs.update(start_event=start, end_event=end)
    return frame
