"""Drafts for each follow-up action, from jinja2 templates in ``followup_kit/templates``.

One template per kind (``thank_you.j2`` ...), each with a ``subject`` block and
either a ``body`` block (an email) or a ``note`` block (a LinkedIn note).  The
drafts use what the user recorded (names, role, company, the memorable
detail, what was not discussed, the referrer, the decision date); a missing
detail changes the sentence instead of leaving a gap.  LinkedIn notes fit the
policy's limit; cold notes never mention interviews or applications; a
confidential search is never mentioned to people outside the process (a
referrer is inside it, a cold contact is not).

Examples
--------
>>> import tempfile, pathlib
>>> from followup_kit.store.tracker import Tracker
>>> t = Tracker.create(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite", timezone="America/New_York")
>>> hm = t.add_contact("Hana Manager", company="Acme", relation="hiring_manager", email="hana@example.com")
>>> app = t.add_application("Acme", "Data Analyst")
>>> iv = t.log_interview(app, "2026-03-10 14:00", [hm], memorable_detail="their churn model")
>>> d = draft(t, "thank_you:i1:c1", as_of="2026-03-10 17:00")
>>> d.subject
'Thank you for talking with me about the Data Analyst role'
>>> print(d.body.splitlines()[2])
Thank you for taking the time to meet with me on Tuesday 10 March about the Data Analyst role at Acme. I keep coming back to our conversation about their churn model; it made the work sound even more appealing.
>>> d.mailto.startswith("mailto:hana@example.com?subject=Thank%20you%20for%20talking")
True
>>> draft(t, "thank_you:i1:c1", as_of="2027-01-04").body.splitlines()[2][:70]  # another year: the year is said
'Thank you for taking the time to meet with me on Tuesday 10 March 2026'
>>> t.close()
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from urllib.parse import quote

import pandas as pd

from followup_kit._validation import as_of_moment
from followup_kit.days_for_people import day_word
from followup_kit.errors import InputError
from followup_kit.followups.schedule import build_schedule, resolve_policy, to_whom
from followup_kit.vocabulary import DRAFT_ROLE_NOT_GIVEN

#: Kinds whose draft is a LinkedIn note rather than an email.
LINKEDIN_KINDS = ("linkedin_invite", "linkedin_followup")
TEMPLATE_DIR = resources.files("followup_kit.followups") / "templates"
ELLIPSIS = "\u2026"


@dataclass(frozen=True)
class Draft:
    """A message to start from.

    ``to`` is ``Name <address>`` (or the LinkedIn profile for notes); ``mailto``
    opens it in a mail program (``None`` for LinkedIn notes); ``chars`` counts the
    note (or the body).
    """

    action_key: str
    kind: str
    subject: str
    body: str
    to: str
    mailto: str | None
    linkedin_note: str | None
    chars: int

    @property
    def text(self) -> str:
        """The whole draft as plain text (for a calendar entry or a terminal)."""
        head = f"To: {self.to}\nSubject: {self.subject}\n\n" if self.to else f"Subject: {self.subject}\n\n"
        return head + self.body


@functools.lru_cache(maxsize=1)
def _environment():
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=False,  # plain text; the mailto link is quoted separately
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def draft(tracker, action_key: str, *, as_of=None, policy=None) -> Draft:
    """The draft for one action of the tracker's schedule.

    Parameters
    ----------
    tracker : Tracker or dict of DataFrame
    action_key : str
        A key from :func:`~followup_kit.followups.schedule.follow_up_schedule`.
    policy : FollowUpPolicy, optional
    as_of : date, datetime, str or None
        As for the schedule; matters for expedite actions, which exist only
        until the offer's deadline.

    Raises
    ------
    InputError
        If no action has that key.
    """
    policy = resolve_policy(tracker, policy)
    tables = tracker.tables() if hasattr(tracker, "tables") else tracker
    schedule = build_schedule(tables, as_of=as_of, policy=policy, scope="all")
    found = schedule[schedule["action_key"] == action_key]
    if found.empty:
        raise InputError(
            "no such action in the schedule; 'followup-kit due' lists the action keys",
            field="action_key",
            value=action_key,
        )
    return render_drafts(found, tables, policy, as_of=as_of)[action_key]


def render_drafts(schedule: pd.DataFrame, tables: dict, policy, *, as_of=None) -> dict[str, Draft]:
    """Drafts for the rows of ``schedule`` (a loop over the actions you asked for), keyed by action key.

    ``as_of`` ("today": a day of another year is written with its year) defaults to the
    schedule's own ``as_of`` (``schedule.attrs``), else now.
    """
    look = _Lookup(tables)
    now = as_of_moment(as_of if as_of is not None else schedule.attrs.get("as_of"), policy.timezone)
    return {row["action_key"]: _render(row, look, policy, now) for row in schedule.to_dict("records")}


class _Lookup:
    def __init__(self, tables):
        self.apps = tables["applications"].set_index("application_id", drop=False)
        self.contacts = tables["contacts"].set_index("contact_id", drop=False)
        self.interviews = tables["interviews"].set_index("interview_id", drop=False)
        self.events = tables["events"].set_index("event_id", drop=False)

    @staticmethod
    def row(frame, ident) -> dict:
        if ident is None or pd.isna(ident) or int(ident) not in frame.index:
            return {}
        return {k: (None if _missing(v) else v) for k, v in frame.loc[int(ident)].items()}


def _missing(value) -> bool:
    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _render(row: dict, look: _Lookup, policy, now: pd.Timestamp) -> Draft:
    kind = row["kind"]
    app = look.row(look.apps, row["application_id"])
    contact = look.row(look.contacts, row["contact_id"])
    interview = look.row(look.interviews, row["interview_id"])
    if not interview and kind in ("status_check", "keep_in_touch", "expedite"):
        mine = look.interviews[look.interviews["application_id"] == row["application_id"]]
        if len(mine):
            interview = look.row(look.interviews, mine.sort_values("starts_at")["interview_id"].iloc[-1])
    key = row["action_key"]
    offer = {}
    if kind == "expedite":
        offer = look.row(look.events, int(key.rsplit(":o", 1)[1]))
    name = contact.get("name")
    first = name.split()[0] if name else None
    formal = kind in ("thank_you", "status_check", "expedite", "keep_in_touch")
    company = app.get("company")
    team = f"Dear {company} hiring team," if company else "Dear hiring team,"
    greeting = (f"Dear {first}," if formal else f"Hi {first},") if first else team
    starts = interview.get("starts_at")

    def _day(value) -> str | None:
        return day_word(value, now, long=True) or None

    stage = interview.get("stage")
    industry = app.get("industry")
    values = dict(
        greeting=greeting,
        name=name or "this contact",
        first_name=first or "there",
        company=app.get("company") or "the company",
        role=DRAFT_ROLE_NOT_GIVEN if _missing(app.get("role")) or not app.get("role") else app.get("role"),
        interview_on=f"on {_day(starts)}" if starts is not None else "recently",
        stage_phrase=f"my {stage} interview" if stage else "my interview",
        memorable_detail=interview.get("memorable_detail"),
        not_discussed=interview.get("not_discussed"),
        decision_on=_day(interview.get("decision_expected_on")),
        deadline_on=_day(offer.get("deadline")) or "the end of the week",
        still_interested=bool(app.get("still_interested", True)),
        cold=bool(row.get("cold")),
        mention_application=not app.get("confidential", False),
        field=f"the {industry.lower()} field" if industry else "your field",
        check_number=int(key.rsplit(":", 1)[1]) if kind == "status_check" else 1,
        short=False,
    )
    template = _environment().get_template(f"{kind}.j2")
    subject = _block(template, "subject", values)
    if kind in LINKEDIN_KINDS:
        note = _fit_note(template, values, policy.linkedin_note_limit)
        to = contact.get("linkedin_url") or (f"{name} on LinkedIn" if name else "")
        return Draft(key, kind, subject, note, to, None, note, len(note))
    body = _block(template, "body", values)
    email = contact.get("email")
    whom = row.get("to_whom") or to_whom([name], [company])[0]
    to = f"{name} <{email}>" if name and email else (email or name or whom)
    mailto = f"mailto:{quote(email or '', safe='@')}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"
    return Draft(key, kind, subject, body, to, mailto, None, len(body))


def _block(template, name: str, values: dict) -> str:
    text = "".join(template.blocks[name](template.new_context(values)))
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)


def _fit_note(template, values: dict, limit: int) -> str:
    """The note, or its short wording, or that cut at a word boundary with an ellipsis, within ``limit``."""
    note = _block(template, "note", values)
    if len(note) <= limit:
        return note
    note = _block(template, "note", {**values, "short": True})
    return shorten(note, limit)


def shorten(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` characters at a word boundary, ending with an ellipsis.

    Examples
    --------
    >>> shorten("Thanks for connecting, Hana.", 20)
    'Thanks for\u2026'
    >>> shorten("short", 20)
    'short'
    """
    if len(text) <= limit:
        return text
    cut = text[: limit - len(ELLIPSIS) + 1]
    space = cut.rfind(" ")
    cut = cut[:space] if space > 0 else cut[: limit - len(ELLIPSIS)]
    return cut.rstrip(" ,;:.-") + ELLIPSIS
