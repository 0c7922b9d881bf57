"""The follow-up schedule: what to send, to whom, and by when, for the whole tracker.

One row per action, built with merges over whole tables (no loop over
applications).  The rules, with every number taken from
:class:`~followup_kit.followups.policy.FollowUpPolicy`:

==================  =====================================================================
kind                due
==================  =====================================================================
thank_you           24 real hours after the interview starts, one per person met
linkedin_invite     business days after the first interview with that person; also people
                    at the company you listed as ``employee`` (a cold invite)
linkedin_followup   a business day after a cold invite was accepted (``linkedin_connected_on``)
referrer_update     business days after each interview of a referred application
status_check        business days after the recorded decision date (else a fallback after
                    the last interview); a second one a week later; never more than two
expedite            business days before the deadline of an offer you hold, for each other
                    open application (one per application, for the most urgent offer)
keep_in_touch       business days after a rejection, if you are still interested
==================  =====================================================================

Chase-ups (every kind but ``thank_you``) land at ``send_hour`` local time on
a business day.  A known decision cancels the application's status checks; a
rejection, withdrawal or ghosting also cancels its expedite and referrer
update (and its LinkedIn actions if you are no longer interested); an accepted
offer cancels every live action of all other applications.  Done and skipped
marks (``Tracker.mark_done``/``skip``) override everything; a LinkedIn
invitation with ``linkedin_invited_on`` recorded counts as done.

Action keys are built from ids and the kind only (``thank_you:i12:c7``,
``status_check:a3:i12:1``), so they never change when dates or other rows do.

Examples
--------
>>> import tempfile, pathlib
>>> from followup_kit.store.tracker import Tracker
>>> t = Tracker.create(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite", timezone="America/New_York")
>>> hm = t.add_contact("Hana Manager", company="Acme", relation="hiring_manager")
>>> app = t.add_application("Acme", "Data Analyst")
>>> iv = t.log_interview(app, "2026-03-06 14:00", [hm], decision_expected_on="2026-03-13")
>>> s = follow_up_schedule(t, as_of="2026-03-07")
>>> print(s[["action_key", "due_at", "status"]].to_string(index=False))
          action_key                    due_at  status
     thank_you:i1:c1 2026-03-07 14:00:00-05:00 pending
  linkedin_invite:c1 2026-03-10 09:00:00-04:00 pending
status_check:a1:i1:1 2026-03-17 09:00:00-04:00 pending
status_check:a1:i1:2 2026-03-24 09:00:00-04:00 pending
>>> t.close()
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from followup_kit import vocabulary
from followup_kit._validation import as_of_moment, check_days, held_interviews, local_dates, window_end
from followup_kit.days_for_people import day_words
from followup_kit.errors import InputError
from followup_kit.followups.policy import (
    FollowUpPolicy,
)
from followup_kit.followups.rules import (
    RuleContext,
    expedite_actions,
    keep_in_touch_actions,
    linkedin_actions,
    recipients,
    referrer_update_actions,
    status_check_actions,
    thank_you_actions,
)
from followup_kit.store.episodes import search_episodes
from followup_kit.store.frames import with_status

#: Columns of the schedule, in order.
SCHEDULE_COLUMNS = (
    "action_key", "kind", "status", "due_at", "application_id", "interview_id", "contact_id",
    "company", "role", "contact_name", "contact_email", "relation", "cold", "reason",
    "to_whom", "expires_at",
)  # fmt: skip
#: What the schedule shows: the current search (``store.episodes``) or all of the history.
SCOPES = ("current", "all")
#: Statuses of actions still to do.
LIVE_STATUSES = vocabulary.LIVE_ACTION_STATUSES


def follow_up_schedule(
    tracker, *, as_of=None, policy: FollowUpPolicy | None = None, scope: str = "current"
) -> pd.DataFrame:
    """Every follow-up action of a tracker, with due time, status and reason.

    Parameters
    ----------
    tracker : Tracker or dict of DataFrame
        An open tracker, or the dict from :meth:`Tracker.tables`.
    as_of : date, datetime, str or None
        The moment "now" for pending/overdue; a bare date means local midnight.
        ``None`` means now in the policy's time zone.
    policy : FollowUpPolicy, optional
        Defaults to ``FollowUpPolicy()`` in the tracker's time zone.
    scope : {"current", "all"}
        ``"current"`` (the default): the follow-ups of the current search only (see
        :mod:`followup_kit.store.episodes`); ``"all"``: of all of the history.

    Returns
    -------
    DataFrame
        Columns :data:`SCHEDULE_COLUMNS`, sorted by due time.  ``status`` is ``pending``,
        ``overdue``, ``expired`` (past its window, see ``FollowUpPolicy.*_expires_days``: never
        proposed again), ``cancelled``, ``done`` or ``skipped``; ``to_whom`` is the person's name
        or "the hiring team at" the company.  ``attrs`` hold ``scope``, ``search_started_on``
        (the first day of the current search) and ``earlier_applications`` (how many
        applications belong to earlier searches).
    """
    policy = resolve_policy(tracker, policy)
    tables = tracker.tables() if hasattr(tracker, "tables") else tracker
    return build_schedule(tables, as_of=as_of, policy=policy, scope=scope)


def resolve_policy(tracker, policy: FollowUpPolicy | None = None) -> FollowUpPolicy:
    """The policy with its time zone filled in from the tracker (or the tables, or UTC)."""
    policy = policy or FollowUpPolicy()
    if policy.timezone is not None:
        return policy
    tz = getattr(tracker, "timezone", None)
    if tz is None and isinstance(tracker, dict) and "interviews" in tracker:
        dtype = tracker["interviews"]["starts_at"].dtype
        tz = str(dtype.tz) if isinstance(dtype, pd.DatetimeTZDtype) else None
    return policy.with_overrides({"timezone": tz or "UTC"})


def build_schedule(tables: dict, *, as_of, policy: FollowUpPolicy, scope: str = "current") -> pd.DataFrame:
    """The schedule from the tracker's tables (pure and vectorised; see :func:`follow_up_schedule`)."""
    if scope not in SCOPES:
        raise InputError("must be 'current' (this search) or 'all' (all of the history)", field="scope", value=scope)
    policy = resolve_policy(tables, policy)
    tz = policy.timezone
    now = as_of_moment(as_of, tz)
    today = np.datetime64(now.tz_localize(None).date(), "D")
    apps = tables["applications"].reset_index(drop=True)
    # the status on that day, silence included (store.silence: past the threshold, chase-ups stop)
    base = apps.drop(columns=["status"], errors="ignore")
    base = base if "stored_status" in base else base.assign(stored_status=None)
    day = pd.Timestamp(today)
    apps = with_status(
        base, tables["events"], tables["interviews"], day=day, timezone=tz, fallback_days=policy.ghosted_after_days
    )
    contacts = tables["contacts"].reset_index(drop=True)
    ctx = RuleContext(policy, tz, apps, contacts)
    ctx.episodes = search_episodes(
        base, tables["events"], tables["interviews"], day=day, timezone=tz, pause_days=policy.search_pause_days
    )
    iv = tables["interviews"]
    iv = held_interviews(iv)  # a cancelled interview was never held: none of its follow-ups are due
    iv = iv[["interview_id", "application_id", "starts_at", "decision_expected_on"]]
    iv = iv.dropna(subset=["starts_at"]).reset_index(drop=True)
    iv = iv.assign(starts_at=iv["starts_at"].dt.tz_convert(tz))
    iv = iv.assign(
        day=local_dates(iv["starts_at"]).to_numpy().astype("datetime64[D]"), _app=ctx.app_pos(iv["application_id"])
    )
    iv = iv[iv["_app"] >= 0].reset_index(drop=True)
    met = tables["participants"].merge(
        iv[["interview_id", "application_id", "starts_at", "day", "_app"]], on="interview_id"
    )
    met = met.assign(_con=ctx.contact_pos(met["contact_id"]))
    met = met[met["_con"] >= 0].reset_index(drop=True)
    recipient = recipients(met, contacts)
    events = tables["events"]

    frames = [
        thank_you_actions(ctx, met),
        *linkedin_actions(ctx, iv, met),
        referrer_update_actions(ctx, iv),
        status_check_actions(ctx, iv, recipient),
        expedite_actions(ctx, events, recipient, today),
        keep_in_touch_actions(ctx, iv, events, recipient),
    ]
    out = pd.concat([f for f in frames if len(f)] or [frames[0]], ignore_index=True)
    result = _finish(out, ctx, tables["action_state"], now)
    current = ctx.episodes["current"].to_numpy(dtype=bool)
    started = ctx.episodes["started_on"].to_numpy(dtype="datetime64[s]")[current]
    if scope == "current":
        keep = pd.Index(ctx.apps["application_id"].to_numpy(dtype="int64")[current])
        result = result[keep.get_indexer(result["application_id"].to_numpy(dtype="int64")) >= 0]
        result = result.reset_index(drop=True)
    result.attrs.update(
        as_of=now,
        scope=scope,
        search_started_on=pd.Timestamp(started[~np.isnat(started)].min()) if (~np.isnat(started)).any() else None,
        earlier_applications=int((~current).sum()),
    )
    return result


def _finish(out: pd.DataFrame, ctx, action_state: pd.DataFrame, now: pd.Timestamp) -> pd.DataFrame:
    app = out["_app"].to_numpy(dtype="int64")
    apps, contacts = ctx.apps, ctx.contacts
    con = ctx.contact_pos(out["contact_id"])
    has_con = con >= 0

    def from_contacts(col) -> np.ndarray:
        values: np.ndarray = (
            contacts[col].to_numpy(dtype=object)[np.where(has_con, con, 0)]
            if len(contacts)
            else np.full(len(out), None, dtype=object)
        )
        return np.where(has_con, values, np.array(None, dtype=object))

    closed = _closed_by_offer(ctx, now)[app]  # the accepted offer is the real reason, before silence
    cancel = np.where(pd.isna(closed), out["_cancel"].to_numpy(dtype=object), closed).astype(object)
    due = pd.DatetimeIndex(out["due_at"]).tz_convert(ctx.tz).as_unit("us")
    expires = pd.DatetimeIndex(out["expires_at"]).tz_convert(ctx.tz).as_unit("us")
    status = np.where(due < now, "overdue", "pending").astype(object)
    status = np.where(np.asarray(expires <= now, dtype=bool), "expired", status)
    status = np.where(pd.isna(cancel), status, "cancelled")
    reason = out["reason"].to_numpy(dtype=object).copy()
    cancelled = ~pd.isna(cancel)
    if cancelled.any():  # append the cancellation, formatting each distinct pair once
        r_codes, r_uniq = pd.factorize(reason[cancelled])
        c_codes, c_uniq = pd.factorize(cancel[cancelled])
        codes, combos = pd.factorize(r_codes * len(c_uniq) + c_codes)
        texts = np.array([f"{r_uniq[i // len(c_uniq)]} {c_uniq[i % len(c_uniq)]}" for i in combos], dtype=object)
        reason[cancelled] = texts[codes]
    if "_recorded" in out:
        status = np.where(out["_recorded"].fillna(False).to_numpy(dtype=bool), "done", status)
    if len(action_state):
        marks = pd.Series(
            action_state["state"].to_numpy(dtype=object), index=action_state["action_key"].to_numpy(dtype=object)
        )
        marked = out["action_key"].map(marks).to_numpy(dtype=object)
        status = np.where(pd.isna(marked), status, marked)
    result = pd.DataFrame(
        {
            "action_key": out["action_key"].to_numpy(dtype=object),
            "kind": out["kind"].to_numpy(dtype=object),
            "status": status,
            "due_at": due,
            "application_id": pd.array(apps["application_id"].to_numpy(dtype="int64")[app], dtype="Int64"),
            "interview_id": out["interview_id"].array,
            "contact_id": out["contact_id"].array,
            "company": apps["company"].to_numpy(dtype=object)[app],
            "role": apps["role"].to_numpy(dtype=object)[app],
            "contact_name": from_contacts("name"),
            "contact_email": from_contacts("email"),
            "relation": from_contacts("relation"),
            "cold": out["cold"].to_numpy(dtype=bool),
            "reason": reason,
            "to_whom": to_whom(from_contacts("name"), apps["company"].to_numpy(dtype=object)[app]),
            "expires_at": expires,
        },
        columns=list(SCHEDULE_COLUMNS),
    )
    kind_rank = out["_rank"].to_numpy()
    order = np.lexsort(
        (
            result["contact_id"].to_numpy(dtype="int64", na_value=-1),
            result["interview_id"].to_numpy(dtype="int64", na_value=-1),
            result["application_id"].to_numpy(dtype="int64"),
            kind_rank,
            due.as_unit("s").asi8,
        )
    )
    return result.iloc[order].reset_index(drop=True)


def _closed_by_offer(ctx, now: pd.Timestamp) -> np.ndarray:
    """Per application: the sentence cancelling its follow-ups because an offer was accepted while it was open."""
    episodes, apps = ctx.episodes, ctx.apps
    closed = episodes["closed_by"].notna().to_numpy()
    out = np.full(len(apps), None, dtype=object)
    if not closed.any():
        return out
    by = episodes["closed_by"].to_numpy(dtype="int64", na_value=-1)[closed]
    codes, uniq = pd.factorize(by)
    pos = ctx.app_pos(uniq)
    company = apps["company"].to_numpy(dtype=object)[pos]
    on = day_words(pd.Series(episodes["closed_on"].to_numpy()[closed][np.unique(codes, return_index=True)[1]]), now)
    texts = np.array(
        [f"Cancelled: you accepted the offer from {c or 'another company'} on {d}." for c, d in zip(company, on)],
        dtype=object,
    )
    out[closed] = texts[codes]
    return out


def to_whom(names, companies) -> np.ndarray:
    """Whom each follow-up goes to: the person's name, else "the hiring team at" the company.

    Examples
    --------
    >>> to_whom([None, "Hana Manager", ""], ["Acme", "Acme", None]).tolist()
    ['the hiring team at Acme', 'Hana Manager', 'the hiring team']
    """
    names = pd.Series(list(names), dtype=object)
    companies = pd.Series(list(companies), dtype=object)
    named = names.notna() & names.astype(str).str.strip().ne("")
    known = companies.notna() & companies.astype(str).str.strip().ne("")
    team = ("the hiring team at " + companies.where(known, "").astype(str)).where(known, "the hiring team")
    return names.where(named, team).to_numpy(dtype=object)


def expired_count(schedule: pd.DataFrame) -> int:
    """How many follow-ups of ``schedule`` expired unsent (past their window, never marked)."""
    return int((schedule["status"] == "expired").sum()) if "status" in schedule else 0


def expired_line(schedule: pd.DataFrame) -> str:
    """One line counting the expired follow-ups ("12 old follow-ups expired"), or ``""`` when none.

    Examples
    --------
    >>> import pandas as pd
    >>> expired_line(pd.DataFrame({"status": ["expired", "pending", "expired"]}))
    '2 old follow-ups expired'
    """
    n = expired_count(schedule)
    return "" if n == 0 else f"{n:,} old follow-up{'s' if n != 1 else ''} expired"


def due_soon(schedule: pd.DataFrame, *, as_of=None, days: int = 7) -> pd.DataFrame:
    """What is overdue or due within ``days`` days of ``as_of``: today's first, then the rest overdue, then the week.

    Status is recomputed against ``as_of``; done, skipped, cancelled and expired actions are left
    out.  The order: what falls due today (overdue since this morning included), by due time; then
    what is overdue from earlier days, the most recent first (the freshest are the most worth
    sending; the oldest are about to expire); then what falls due later, by due time.

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"action_key": ["a", "b", "c"], "status": ["pending", "pending", "done"],
    ...                   "due_at": pd.to_datetime(["2026-03-05 09:00", "2026-03-20 09:00", "2026-03-01 09:00"]).tz_localize("UTC")})
    >>> due_soon(s, as_of="2026-03-06", days=7)[["action_key", "status"]].to_dict("records")
    [{'action_key': 'a', 'status': 'overdue'}]
    """
    days = check_days(days)
    due = pd.DatetimeIndex(schedule["due_at"])
    tz = str(due.tz) if due.tz is not None else "UTC"
    now = as_of_moment(as_of, tz)
    live = schedule["status"].isin(LIVE_STATUSES).to_numpy() & (due < window_end(now, days, tz))
    out = schedule[live].copy()
    out["status"] = np.where(pd.DatetimeIndex(out["due_at"]) < now, "overdue", "pending")
    when = pd.DatetimeIndex(out["due_at"]).tz_convert(now.tz).as_unit("s")
    today = np.asarray(when.normalize().tz_localize(None) == now.normalize().tz_localize(None))
    rank = np.where(today, 0, np.where(out["status"].to_numpy() == "overdue", 1, 2))
    ticks = when.asi8
    order = np.lexsort((np.where(rank == 1, -ticks, ticks), rank))
    return out.iloc[order].reset_index(drop=True)
