"""The rules of the follow-up schedule, one builder per kind of action, each vectorised over whole tables.

:func:`~followup_kit.followups.schedule.build_schedule` calls them and joins what they return;
every number they use comes from :class:`~followup_kit.followups.policy.FollowUpPolicy`, and every
reason they give names its source.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from numpy.dtypes import StringDType

from followup_kit import vocabulary
from followup_kit.errors import InputError
from followup_kit.followups.business_days import (
    add_business_days,
    at_local_hour,
)
from followup_kit.followups.policy import (
    PER_APPLICATION_FIELDS,
    FollowUpPolicy,
    parse_overrides,
)

#: Relations in the order we prefer them as the recipient of a status check.
RECIPIENT_ORDER = ("hiring_manager", "recruiter", "interviewer", "other", "employee", "referrer")
#: Application statuses that mean a decision is known.
DECIDED = vocabulary.DECIDED_STATUSES
_ENDED = vocabulary.ENDED_STATUSES
_ENDED_WORDS = {k: vocabulary.DECIDED_REASONS[k] for k in _ENDED}
_DECIDED_WORDS = vocabulary.DECIDED_REASONS
_STR = StringDType()

_REASONS = {
    "thank_you": "Send each person you met a personal thank-you within {hours} hours of the interview "
    "(source article: within 24 hours).",
    "linkedin_invite_met": "Invite them to connect on LinkedIn {days} business days after meeting them, "
    "once the thank-you is sent (source article).",
    "linkedin_invite_cold": "Invite someone at the company you have not met to connect, {days} business days after "
    "your interview there; the note must not mention interviewing (source article).",
    "linkedin_followup": "They accepted your LinkedIn invitation: thank them and ask for a short talk within "
    "{days} business days (source article).",
    "referrer_update": "Tell the person who referred you how the interview went, {days} business days later, "
    "without asking them to chase (source article).",
    "status_check_dated_1": "Ask for an update {days} business days after the decision date they gave "
    "(Indeed: wait for the stated date, then 1-2 business days).",
    "status_check_fallback_1": "No decision date was recorded, so ask for an update {days} business days after the "
    "last interview (Indeed: about 5; CareerOneStop: a week or two).",
    "status_check_2": "Check once more {gap} days after the first check, then stop "
    "(Indeed: at most one follow-up a week, and no more than two).",
    "expedite": "You hold an offer with a deadline: tell them, {days} business days before it, that you may have "
    "to decide soon (source article).",
    "keep_in_touch": "They said no but you are still interested: a short feedback note {days} business days later "
    "keeps the door open (source article).",
}


class RuleContext:
    """Lookups shared by the rule builders: per-application settings, positions by id."""

    def __init__(self, policy, tz, apps, contacts):
        self.policy, self.tz, self.apps, self.contacts = policy, tz, apps, contacts
        self._app_index = pd.Index(apps["application_id"].to_numpy(dtype="int64"))
        self._contact_index = pd.Index(contacts["contact_id"].to_numpy(dtype="int64"))
        self.settings = _settings(apps, policy)
        self.status = apps["status"].to_numpy(dtype=object)
        self.interested = apps["still_interested"].to_numpy(dtype=bool)
        self.episodes = pd.DataFrame()  # store.episodes.search_episodes, set by the schedule

    def app_pos(self, ids) -> np.ndarray:
        return _positions(self._app_index, ids)

    def contact_pos(self, ids) -> np.ndarray:
        return _positions(self._contact_index, ids)

    def setting(self, name: str, app_pos) -> np.ndarray:
        return self.settings[name][np.asarray(app_pos)]

    def chase_due(self, days, n) -> pd.DatetimeIndex:
        """``n`` business days after each local date, at the policy's send hour."""
        p = self.policy
        return at_local_hour(add_business_days(days, n, p.country, p.subdivision), p.send_hour, self.tz)

    def expires(self, days, window) -> pd.DatetimeIndex:
        """The local midnight ending day ``days + window``: from then on the follow-up has expired."""
        end = np.asarray(days, dtype="datetime64[D]") + np.asarray(window, dtype="int64") + 1
        return at_local_hour(end, 0, self.tz)


def _positions(index: pd.Index, ids) -> np.ndarray:
    ids = pd.array(ids, dtype="Int64")
    pos = index.get_indexer(ids.to_numpy(dtype="int64", na_value=-1))
    return np.where(ids.isna(), -1, pos)


def _settings(apps: pd.DataFrame, policy: FollowUpPolicy) -> dict[str, np.ndarray]:
    """Per-application policy numbers: the policy, overridden by each application's JSON."""
    n = len(apps)
    out = {f: np.full(n, getattr(policy, f), dtype="int64") for f in PER_APPLICATION_FIELDS}
    raw = apps["policy_overrides"]
    has = raw.notna().to_numpy()
    if not has.any():
        return out
    codes, uniques = pd.factorize(raw[has])
    ids = apps["application_id"].to_numpy()[has]
    parsed = []
    for j, text in enumerate(uniques):  # one pass per distinct override text, not per application
        try:
            parsed.append(parse_overrides(text, allowed=PER_APPLICATION_FIELDS))
        except InputError as e:
            first = ids[np.argmax(codes == j)]
            raise InputError(
                f"{e.reason} (policy_overrides of application {first})", field=e.field, value=e.value
            ) from e
    table = pd.DataFrame(parsed, columns=list(PER_APPLICATION_FIELDS))
    for name in table.columns:
        values = table[name].to_numpy(dtype="float64")[codes]
        given = ~np.isnan(values)
        target = out[name][has]
        target[given] = values[given].astype("int64")
        out[name][has] = target
    return out


def recipients(met: pd.DataFrame, contacts: pd.DataFrame) -> pd.DataFrame:
    """One contact per application for status checks: hiring manager, else recruiter, else interviewer."""
    relation = contacts["relation"].to_numpy(dtype=object)[met["_con"].to_numpy()]
    rank = pd.Series(relation).map({r: i for i, r in enumerate(RECIPIENT_ORDER)}).fillna(99).to_numpy()
    order = np.lexsort(
        (
            met["contact_id"].to_numpy(dtype="int64"),
            -pd.DatetimeIndex(met["starts_at"]).as_unit("us").asi8,
            rank,
            met["_app"].to_numpy(),
        )
    )
    best = met.iloc[order].drop_duplicates("_app")
    return pd.DataFrame({"_app": best["_app"].to_numpy(), "contact_id": best["contact_id"].to_numpy()})


def _keys(kind: str, *parts) -> np.ndarray:
    """Action keys from a kind and (prefix, integer array) parts, e.g. ``thank_you:i12:c7``."""
    n = len(parts[0][1]) if parts else 0
    out = np.full(n, kind, dtype=_STR)
    for prefix, ids in parts:
        out = np.strings.add(np.strings.add(out, prefix), np.asarray(ids, dtype="int64").astype(_STR))
    return out.astype(object)


def _texts(key: str, n: int, **params) -> np.ndarray:
    """Format ``_REASONS[key]`` per row, formatting each distinct combination of ``params`` once."""
    fmt = _REASONS[key]
    if not params or n == 0:
        return np.full(n, fmt, dtype=object)
    combined = np.zeros(n, dtype="int64")
    for values in params.values():
        codes, uniq = pd.factorize(np.asarray(values))
        combined = combined * (len(uniq) + 1) + codes
    codes, _ = pd.factorize(combined)
    _, first = np.unique(codes, return_index=True)
    texts = np.array([fmt.format(**{k: np.asarray(v)[i] for k, v in params.items()}) for i in first], dtype=object)
    return texts[codes]


def _frame(
    kind,
    keys,
    due,
    app_pos,
    ctx,
    interview_id=None,
    contact_id=None,
    reason=None,
    cold=False,
    cancel=None,
    expires=None,
) -> pd.DataFrame:
    n = len(keys)
    app_pos = np.asarray(app_pos, dtype="int64")
    return pd.DataFrame(
        {
            "action_key": keys,
            "kind": np.full(n, kind, dtype=object),
            "due_at": due,
            "expires_at": expires if expires is not None else pd.DatetimeIndex([pd.NaT] * n, tz=ctx.tz),
            "_app": app_pos,
            "interview_id": pd.array(interview_id if interview_id is not None else [pd.NA] * n, dtype="Int64"),
            "contact_id": pd.array(contact_id if contact_id is not None else [pd.NA] * n, dtype="Int64"),
            "cold": np.broadcast_to(np.asarray(cold, dtype=bool), (n,)).copy(),
            "reason": reason,
            "_cancel": cancel if cancel is not None else np.full(n, None, dtype=object),
            "_rank": np.full(n, vocabulary.ACTION_KINDS.index(kind), dtype="int64"),
        }
    )


def _ended_cancel(ctx, app_pos, also_when_uninterested=False):
    """Cancellation sentences for actions of applications that ended (rejected, withdrawn, ghosted)."""
    status = ctx.status[app_pos]
    ended = np.isin(status, _ENDED)
    if also_when_uninterested:
        ended &= ~ctx.interested[app_pos]
    sentences = {k: f"Cancelled: {v}." for k, v in _ENDED_WORDS.items()}
    return np.where(ended, pd.Series(status).map(sentences).to_numpy(dtype=object), None)


def thank_you_actions(ctx, met) -> pd.DataFrame:
    app = met["_app"].to_numpy()
    hours = ctx.setting("thank_you_hours", app)
    due = met["starts_at"] + pd.to_timedelta(hours, unit="h")  # real hours: DST-safe
    keys = _keys("thank_you", (":i", met["interview_id"]), (":c", met["contact_id"]))
    return _frame(
        "thank_you",
        keys,
        pd.DatetimeIndex(due),
        app,
        ctx,
        met["interview_id"],
        met["contact_id"],
        _texts("thank_you", len(met), hours=hours),
        expires=ctx.expires(met["day"].to_numpy(), ctx.setting("thank_you_expires_days", app)),
    )


def linkedin_actions(ctx, iv, met):
    contacts = ctx.contacts
    first_met = met.sort_values(["starts_at", "interview_id"], kind="stable").drop_duplicates("contact_id")
    relation = contacts["relation"].to_numpy(dtype=object)
    first_met = first_met[relation[first_met["_con"].to_numpy()] != "referrer"]
    # Cold contacts: people at a company with an interview whom the user has not met.
    cold = contacts[
        (relation == "employee")
        & ~contacts["contact_id"].isin(met["contact_id"]).to_numpy()
        & contacts["company"].notna().to_numpy()
    ]
    cold = cold.assign(_company=_company_key(cold["company"]))
    first_iv = iv.sort_values(["starts_at", "interview_id"], kind="stable").drop_duplicates("_app")
    first_iv = first_iv.assign(_company=_company_key(ctx.apps["company"].iloc[first_iv["_app"].to_numpy()]))
    first_iv = first_iv.drop_duplicates("_company")
    cold = cold[cold["_company"] != ""].merge(
        first_iv[["_company", "interview_id", "application_id", "day", "_app"]], on="_company"
    )
    cold = cold.assign(_con=ctx.contact_pos(cold["contact_id"]))
    invited = contacts["linkedin_invited_on"].notna().to_numpy() | contacts["linkedin_connected_on"].notna().to_numpy()

    frames = []
    for is_cold, rows in ((False, first_met), (True, cold)):
        app = rows["_app"].to_numpy()
        days = ctx.setting("linkedin_invite_business_days", app)
        keys = _keys("linkedin_invite", (":c", rows["contact_id"]))
        frame = _frame(
            "linkedin_invite",
            keys,
            ctx.chase_due(rows["day"].to_numpy(), days),
            app,
            ctx,
            rows["interview_id"],
            rows["contact_id"],
            _texts("linkedin_invite_cold" if is_cold else "linkedin_invite_met", len(rows), days=days),
            cold=is_cold,
            cancel=_ended_cancel(ctx, app, also_when_uninterested=True),
            expires=ctx.expires(rows["day"].to_numpy(), ctx.setting("linkedin_invite_expires_days", app)),
        )
        frames.append(frame.assign(_recorded=invited[rows["_con"].to_numpy()]))
    connected = cold[contacts["linkedin_connected_on"].notna().to_numpy()[cold["_con"].to_numpy()]]
    app = connected["_app"].to_numpy()
    days = ctx.setting("linkedin_followup_business_days", app)
    on = contacts["linkedin_connected_on"].to_numpy()[connected["_con"].to_numpy()]
    frames.append(
        _frame(
            "linkedin_followup",
            _keys("linkedin_followup", (":c", connected["contact_id"])),
            ctx.chase_due(on, days),
            app,
            ctx,
            connected["interview_id"],
            connected["contact_id"],
            _texts("linkedin_followup", len(connected), days=days),
            cold=True,
            cancel=_ended_cancel(ctx, app, also_when_uninterested=True),
            expires=ctx.expires(on, ctx.setting("linkedin_followup_expires_days", app)),
        )
    )
    return frames


def _company_key(names: pd.Series) -> np.ndarray:
    """Company names compared loosely (case and surrounding spaces ignored), one pass per distinct name."""
    codes, uniq = pd.factorize(names.astype(object).fillna(""))
    keys = np.array([str(u).strip().casefold() for u in uniq], dtype=object)
    return keys[codes] if len(codes) else np.array([], dtype=object)


def referrer_update_actions(ctx, iv) -> pd.DataFrame:
    referrer = pd.array(ctx.apps["referrer_id"], dtype="Int64")[iv["_app"].to_numpy()]
    rows = iv[~pd.isna(referrer)].assign(referrer_id=referrer[~pd.isna(referrer)])
    app = rows["_app"].to_numpy()
    days = ctx.setting("referrer_update_business_days", app)
    keys = _keys("referrer_update", (":i", rows["interview_id"]), (":c", rows["referrer_id"]))
    return _frame(
        "referrer_update",
        keys,
        ctx.chase_due(rows["day"].to_numpy(), days),
        app,
        ctx,
        rows["interview_id"],
        rows["referrer_id"],
        _texts("referrer_update", len(rows), days=days),
        cancel=_ended_cancel(ctx, app),
        expires=ctx.expires(rows["day"].to_numpy(), ctx.setting("referrer_update_expires_days", app)),
    )


def status_check_actions(ctx, iv, recipient) -> pd.DataFrame:
    last = iv.sort_values(["starts_at", "interview_id"], kind="stable").drop_duplicates("_app", keep="last")
    decision = iv.groupby("_app")["decision_expected_on"].max()
    app = last["_app"].to_numpy()
    day = last["day"].to_numpy()
    decided_on = decision.reindex(app).to_numpy().astype("datetime64[D]")
    dated = ~np.isnat(decided_on) & (decided_on >= day)
    buffer = ctx.setting("status_check_buffer_business_days", app)
    fallback = ctx.setting("status_check_fallback_business_days", app)
    p = ctx.policy
    first = np.where(
        dated,
        add_business_days(np.where(dated, decided_on, day), buffer, p.country, p.subdivision),
        add_business_days(day, fallback, p.country, p.subdivision),
    )
    count = ctx.setting("max_status_checks", app)
    rep = np.repeat(np.arange(len(last)), count)
    k = np.arange(len(rep)) - np.repeat(np.cumsum(count) - count, count) + 1
    gap = ctx.setting("second_check_after_days", app)[rep]
    days = first[rep] + ((k - 1) * gap).astype("timedelta64[D]")
    due = ctx.chase_due(days, 0)
    app_r, iv_r = app[rep], last["interview_id"].to_numpy(dtype="int64")[rep]
    keys = _keys(
        "status_check", (":a", ctx.apps["application_id"].to_numpy(dtype="int64")[app_r]), (":i", iv_r), (":", k)
    )
    reason = np.where(
        k == 1,
        np.where(
            dated[rep],
            _texts("status_check_dated_1", len(rep), days=buffer[rep]),
            _texts("status_check_fallback_1", len(rep), days=fallback[rep]),
        ),
        _texts("status_check_2", len(rep), gap=gap),
    )
    status = ctx.status[app_r]
    sentences = {k: f"Cancelled: a decision is known ({v})." for k, v in _DECIDED_WORDS.items()}
    cancel = np.where(np.isin(status, DECIDED), pd.Series(status).map(sentences).to_numpy(dtype=object), None)
    contact = recipient.set_index("_app")["contact_id"].reindex(app_r).to_numpy()
    # the hiring window runs from the last interview, or from the decision date they gave if later
    anchor = np.where(dated, np.maximum(day, np.where(dated, decided_on, day)), day)[rep]
    expires = ctx.expires(anchor, ctx.setting("status_check_expires_days", app_r))
    return _frame("status_check", keys, due, app_r, ctx, iv_r, contact, reason, cancel=cancel, expires=expires)


def expedite_actions(ctx, events, recipient, today) -> pd.DataFrame:
    offers = events[(events["kind"] == "offer") & events["deadline"].notna()]
    offers = offers.assign(_app=ctx.app_pos(offers["application_id"]))
    offers = offers[(offers["_app"] >= 0)]
    offers = offers[
        (ctx.status[offers["_app"].to_numpy()] == "offer")
        & (offers["deadline"].to_numpy().astype("datetime64[D]") >= today)
    ]
    offers = offers.sort_values(["deadline", "event_id"]).head(2)
    targets = np.flatnonzero((ctx.status == "interviewing") & ctx.interested)
    if offers.empty or not len(targets):
        return _frame("expedite", np.array([], dtype=object), pd.DatetimeIndex([], tz=ctx.tz), [], ctx)
    # Each target answers to the most urgent offer held elsewhere (one expedite per application).
    which = np.where(
        ctx.apps["application_id"].to_numpy(dtype="int64")[targets] == int(offers["application_id"].iloc[0]), 1, 0
    )
    keep = which < len(offers)
    targets, which = targets[keep], which[keep]
    deadline = offers["deadline"].to_numpy().astype("datetime64[D]")[which]
    offered = offers["on"].to_numpy().astype("datetime64[D]")[which]
    days = ctx.setting("expedite_days_before_deadline", targets)
    p = ctx.policy
    due_day = np.maximum(
        add_business_days(deadline, -days, p.country, p.subdivision),
        add_business_days(offered, 0, p.country, p.subdivision),
    )
    keys = _keys(
        "expedite",
        (":a", ctx.apps["application_id"].to_numpy(dtype="int64")[targets]),
        (":o", offers["event_id"].to_numpy(dtype="int64")[which]),
    )
    contact = recipient.set_index("_app")["contact_id"].reindex(targets).to_numpy()
    return _frame(
        "expedite",
        keys,
        ctx.chase_due(due_day, 0),
        targets,
        ctx,
        None,
        contact,
        _texts("expedite", len(targets), days=days),
        expires=ctx.expires(deadline, np.zeros(len(targets), dtype="int64")),  # moot once the deadline has passed
    )


def keep_in_touch_actions(ctx, iv, events, recipient) -> pd.DataFrame:
    rejected = np.flatnonzero((ctx.status == "rejected") & ctx.interested)
    rejected = rejected[np.isin(rejected, iv["_app"].to_numpy())]
    rej = events[events["kind"] == "rejection"].assign(_app=lambda d: ctx.app_pos(d["application_id"]))
    on = rej.groupby("_app")["on"].max().reindex(rejected).to_numpy().astype("datetime64[D]")
    last_day = iv.groupby("_app")["day"].max().reindex(rejected).to_numpy().astype("datetime64[D]")
    on = np.where(np.isnat(on), last_day, on)
    days = ctx.setting("keep_in_touch_business_days", rejected)
    keys = _keys("keep_in_touch", (":a", ctx.apps["application_id"].to_numpy(dtype="int64")[rejected]))
    contact = recipient.set_index("_app")["contact_id"].reindex(rejected).to_numpy()
    return _frame(
        "keep_in_touch",
        keys,
        ctx.chase_due(on, days),
        rejected,
        ctx,
        None,
        contact,
        _texts("keep_in_touch", len(rejected), days=days),
        expires=ctx.expires(on, ctx.setting("keep_in_touch_expires_days", rejected)),
    )
