"""Every number and choice behind the follow-up schedule, each with its source.

The defaults follow published advice:

* the source article (SHRM blog, "How to Follow-Up After Job Interviews"):
  a personalised thank-you within 24 hours to each person met; LinkedIn
  invitations after the interview; an update to the referrer; ask for an
  update once the timeline the hiring manager gave has passed;
* Indeed Career Guide ("How long to wait to follow up after an interview"):
  without a stated timeline, wait about five business days; with one, wait
  until it has passed and then one or two business days; no more than one
  follow-up a week, and stop after two;
* US Department of Labor, CareerOneStop ("Follow up after the interview"):
  "a week or two" without a stated date;
* LinkedIn Help: invitation notes are limited to 200 characters on free
  accounts and 300 on Premium.

A user changes any of them for the whole kit (``FollowUpPolicy(send_hour=8)``)
or for one application (the application's ``policy_overrides`` JSON, read with
:meth:`FollowUpPolicy.with_overrides`).

Examples
--------
>>> p = FollowUpPolicy()
>>> p.thank_you_hours, p.status_check_fallback_business_days, p.linkedin_note_limit
(24, 5, 200)
>>> p.with_overrides({"linkedin_premium": True}).linkedin_note_limit
300
>>> p.with_overrides({"thank_you_hour": 12})
Traceback (most recent call last):
...
followup_kit.errors.InputError: field 'thank_you_hour', value 12: not a policy setting; known settings are timezone, country, subdivision, thank_you_hours, linkedin_invite_business_days, linkedin_followup_business_days, referrer_update_business_days, status_check_buffer_business_days, status_check_fallback_business_days, second_check_after_days, max_status_checks, keep_in_touch_business_days, expedite_days_before_deadline, linkedin_premium, send_hour, reminder_minutes_before, ghosted_after_days, thank_you_expires_days, linkedin_invite_expires_days, linkedin_followup_expires_days, referrer_update_expires_days, status_check_expires_days, keep_in_touch_expires_days, search_pause_days
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field

from followup_kit.errors import InputError
from followup_kit.store.episodes import SEARCH_PAUSE_DAYS
from followup_kit.store.silence import FALLBACK_SILENCE_DAYS
from followup_kit.values import check_timezone

#: LinkedIn invitation note limit on a free account (LinkedIn Help).
LINKEDIN_NOTE_LIMIT_FREE = 200
#: LinkedIn invitation note limit on a Premium account (LinkedIn Help).
LINKEDIN_NOTE_LIMIT_PREMIUM = 300


def _meta(source: str, lo=None, hi=None):
    return {"source": source, "min": lo, "max": hi}


@dataclass(frozen=True)
class FollowUpPolicy:
    """The rules of the follow-up schedule; frozen, so change it with :meth:`with_overrides`.

    Each field's ``metadata["source"]`` says where its default comes from (see
    :meth:`sources`).

    Examples
    --------
    >>> FollowUpPolicy(country="DE").country
    'DE'
    >>> FollowUpPolicy(send_hour=25)
    Traceback (most recent call last):
    ...
    followup_kit.errors.InputError: field 'send_hour', value 25: must be a whole number from 0 to 23
    """

    # Whose clock: None means the tracker's time zone (an IANA name otherwise).
    timezone: str | None = field(default=None, metadata=_meta("the tracker's time zone"))
    # Whose public holidays count as non-business days (ISO 3166 code, `holidays` package).
    country: str = field(default="US", metadata=_meta("the user's country; public holidays from the holidays package"))
    subdivision: str | None = field(default=None, metadata=_meta("state or province holidays, if any"))
    # Seed article: a personalised thank-you "within 24 hours" of the interview.
    thank_you_hours: int = field(default=24, metadata=_meta("source article: within 24 hours", 1, 24 * 7))
    # Seed article: invite the interviewers "after your interview"; we leave a day for the thank-you first.
    linkedin_invite_business_days: int = field(
        default=2, metadata=_meta("source article: after the interview, after the thank-you", 0, 30)
    )
    # Seed article: respond to an accepted invitation with thanks and a request to talk.
    linkedin_followup_business_days: int = field(
        default=1, metadata=_meta("source article: reply once the invitation is accepted", 0, 30)
    )
    # Seed article: "be sure to send an update" to the referrer on how the interview went.
    referrer_update_business_days: int = field(
        default=1, metadata=_meta("source article: update the referrer soon after the interview", 0, 30)
    )
    # Indeed: with a stated date, wait until it passes, then allow 1-2 business days.
    status_check_buffer_business_days: int = field(
        default=2, metadata=_meta("Indeed: after the stated date, allow 1-2 business days", 0, 30)
    )
    # Indeed: about 5 business days without a stated timeline (CareerOneStop: "a week or two").
    status_check_fallback_business_days: int = field(
        default=5, metadata=_meta("Indeed: about 5 business days; CareerOneStop: a week or two", 1, 30)
    )
    # Indeed: no more than one follow-up a week.
    second_check_after_days: int = field(default=7, metadata=_meta("Indeed: at most one follow-up a week", 7, 60))
    # Indeed: stop after two follow-ups.
    max_status_checks: int = field(default=2, metadata=_meta("Indeed: stop after two follow-ups", 0, 2))
    # Seed article: after a rejection, a feedback email keeps the door open; sent while it is fresh.
    keep_in_touch_business_days: int = field(
        default=2, metadata=_meta("source article: keep the door open after a rejection", 0, 30)
    )
    # Seed article: tell the hiring manager you may have to decide soon; leave them time to act.
    expedite_days_before_deadline: int = field(
        default=3, metadata=_meta("source article: you may have to decide soon; leave time to act", 1, 30)
    )
    # LinkedIn Help: invitation notes hold 200 characters (free) or 300 (Premium).
    linkedin_premium: bool = field(default=False, metadata=_meta("LinkedIn Help: 200 characters free, 300 Premium"))
    # Chase-ups land at this local hour on a business day (start of the working day).
    send_hour: int = field(default=9, metadata=_meta("start of the recipient's working day", 0, 23))
    # Calendar reminder this many minutes before an action is due (.ics VALARM).
    reminder_minutes_before: int = field(default=15, metadata=_meta("a short nudge before the due time", 0, 24 * 60))
    # Silence as an answer: an open application silent this many days counts as ghosted while your
    # own history is too short (fewer than 10 answers) to give your own threshold.
    ghosted_after_days: int = field(
        default=FALLBACK_SILENCE_DAYS,
        metadata=_meta(
            "a rule of thumb, not a measured figure: the first status check (Indeed: about 5 business days), "
            "a second a week later, then stop (Indeed: stop after two) leaves about a month of silence; "
            "replaced by your own threshold once 10 of your applications were answered",
            7,
            365,
        ),
    )

    # Follow-ups expire: past its window a follow-up is no longer proposed nor overdue ("expired", counted).
    # Each window counts whole days from the follow-up's own starting point, so a thank-you three
    # years late is gone, not "overdue 1184 days".
    thank_you_expires_days: int = field(
        default=7,
        metadata=_meta(
            "source article: within 24 hours; a week after the interview a thank-you no longer reads as one",
            1,
            60,
        ),
    )
    linkedin_invite_expires_days: int = field(
        default=28,
        metadata=_meta(
            "source article: soon after the interview; four weeks on, the meeting is no longer fresh", 1, 180
        ),
    )
    linkedin_followup_expires_days: int = field(
        default=28,
        metadata=_meta("source article: reply once the invitation is accepted; four weeks on, it is stale", 1, 180),
    )
    referrer_update_expires_days: int = field(
        default=14,
        metadata=_meta("source article: an update soon after the interview; two weeks on, news has moved on", 1, 90),
    )
    status_check_expires_days: int = field(
        default=45,
        metadata=_meta(
            "Ontario (since 2026-01-01): employers tell interviewed candidates the outcome within 45 days of the "
            "last interview (or of the decision date they gave, if later); past that the process is over",
            7,
            180,
        ),
    )
    keep_in_touch_expires_days: int = field(
        default=30,
        metadata=_meta(
            "source article: a feedback note right after a rejection; a month on, the door is better kept by "
            "a new application",
            1,
            180,
        ),
    )
    # Episodes of a search (store.episodes): a new search starts after an accepted offer or such a pause.
    search_pause_days: int = field(
        default=SEARCH_PAUSE_DAYS,
        metadata=_meta(
            "a rule of thumb: half a year with no application and no news at all is longer than most job "
            "searches (mean duration of unemployment in the US: about 20 weeks in 2023, BLS Current "
            "Population Survey), so what follows is a new search",
            30,
            3650,
        ),
    )

    def __post_init__(self):
        for f in dataclasses.fields(self):
            _check_value(f, getattr(self, f.name))

    @property
    def linkedin_note_limit(self) -> int:
        """Characters allowed in a LinkedIn invitation note (300 with Premium, else 200)."""
        return LINKEDIN_NOTE_LIMIT_PREMIUM if self.linkedin_premium else LINKEDIN_NOTE_LIMIT_FREE

    def with_overrides(self, overrides) -> FollowUpPolicy:
        """Return a copy with some settings changed.

        Parameters
        ----------
        overrides : dict or str or None
            Setting name to value, or the same as JSON text (an application's
            ``policy_overrides``).  ``None`` or ``{}`` changes nothing.

        Raises
        ------
        InputError
            For unknown names, values of the wrong type or out of range.

        Examples
        --------
        >>> FollowUpPolicy().with_overrides('{"send_hour": 8}').send_hour
        8
        >>> FollowUpPolicy().with_overrides({"max_status_checks": 3})
        Traceback (most recent call last):
        ...
        followup_kit.errors.InputError: field 'max_status_checks', value 3: must be a whole number from 0 to 2
        """
        overrides = parse_overrides(overrides)
        if not overrides:
            return self
        return dataclasses.replace(self, **overrides)

    @classmethod
    def sources(cls):
        """A table of every setting, its default and its source (for docs and notebooks).

        Examples
        --------
        >>> FollowUpPolicy.sources().loc["thank_you_hours", "default"]
        24
        """
        import pandas as pd

        rows = [
            {"setting": f.name, "default": f.default, "source": f.metadata["source"]} for f in dataclasses.fields(cls)
        ]
        return pd.DataFrame(rows).set_index("setting")


#: Settings that can differ between applications (the rest apply to the whole kit).
PER_APPLICATION_FIELDS = (
    "thank_you_hours",
    "linkedin_invite_business_days",
    "linkedin_followup_business_days",
    "referrer_update_business_days",
    "status_check_buffer_business_days",
    "status_check_fallback_business_days",
    "second_check_after_days",
    "max_status_checks",
    "keep_in_touch_business_days",
    "expedite_days_before_deadline",
    "thank_you_expires_days",
    "linkedin_invite_expires_days",
    "linkedin_followup_expires_days",
    "referrer_update_expires_days",
    "status_check_expires_days",
    "keep_in_touch_expires_days",
)

_FIELDS = {f.name: f for f in dataclasses.fields(FollowUpPolicy)}


def parse_overrides(overrides, *, allowed=None) -> dict:
    """Read and check a mapping (or JSON text) of policy settings; returns a plain dict.

    ``allowed`` restricts the names (e.g. to :data:`PER_APPLICATION_FIELDS`).

    Examples
    --------
    >>> parse_overrides('{"thank_you_hours": 12}')
    {'thank_you_hours': 12}
    >>> parse_overrides({"country": "DE"}, allowed=PER_APPLICATION_FIELDS)
    Traceback (most recent call last):
    ...
    followup_kit.errors.InputError: field 'country', value 'DE': cannot differ between applications; set it for the whole kit instead
    """
    if overrides is None:
        return {}
    if isinstance(overrides, str):
        if not overrides.strip():
            return {}
        try:
            overrides = json.loads(overrides)
        except json.JSONDecodeError as e:
            raise InputError("not valid JSON", field="policy_overrides", value=overrides) from e
    if not isinstance(overrides, dict):
        raise InputError("must be a mapping of policy setting to value", field="policy_overrides", value=overrides)
    out = {}
    for name, value in overrides.items():
        if name not in _FIELDS:
            raise InputError("not a policy setting; known settings are " + ", ".join(_FIELDS), field=name, value=value)
        if allowed is not None and name not in allowed:
            raise InputError(
                "cannot differ between applications; set it for the whole kit instead", field=name, value=value
            )
        out[name] = _check_value(_FIELDS[name], value)
    return out


def _check_value(f, value):
    name = f.name
    if name == "timezone":
        return value if value is None else check_timezone(value, field=name)
    if name == "subdivision":
        if value is not None and not isinstance(value, str):
            raise InputError("must be a subdivision code such as CA or BY", field=name, value=value)
        return value
    if name == "country":
        if not isinstance(value, str) or not value:
            raise InputError("must be a country code such as US, GB or DE", field=name, value=value)
        return value
    if name == "linkedin_premium":
        if not isinstance(value, bool):
            raise InputError("must be true or false", field=name, value=value)
        return value
    lo, hi = f.metadata["min"], f.metadata["max"]
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise InputError(f"must be a whole number from {lo} to {hi}", field=name, value=value)
    return value
