"""The desk's forms: add an application, log an interview (with the people met) and record an outcome.

:class:`DeskForms` is mixed into :class:`~followup_kit.notebook.desk.FollowUpDesk`, which
supplies the tracker, its tables, the status line and ``refresh``; each handler is a plain
method, so tests fill the fields and call ``.click()`` without a browser.

Examples
--------
>>> import tempfile, pathlib
>>> from followup_kit.notebook.desk.main import FollowUpDesk
>>> from followup_kit.store.tracker import Tracker
>>> t = Tracker.create(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite", timezone="UTC")
>>> desk = FollowUpDesk(t, as_of="2026-03-11")
>>> desk.new_app_company.input.value, desk.new_app_role.input.value = "Acme", "Analyst"
>>> desk.new_app_button.click()
>>> desk.outcome_on.value  # the date pickers start at today
datetime.date(2026, 3, 11)
>>> desk.outcome_button.click()
>>> desk.outcome_status.value.count("Recorded")
1
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import pandas as pd

from followup_kit import vocabulary
from followup_kit.errors import FollowupKitError, InputError
from followup_kit.followups.schedule import resolve_policy
from followup_kit.notebook.context import DateField, DateTimeField, Field, notice_html, report_error
from followup_kit.notebook.desk.people import PeoplePicker
from followup_kit.store.tracker import Tracker
from followup_kit.vocabulary import ROLE_NOT_GIVEN

OUTCOME_LABELS = vocabulary.OUTCOME_LABELS

#: The forms' own styles: an application's dropdown as wide as its longest choice (company, role and
#: status read whole; never wider than the tab), and every label of a form in one column.
FORMS_CSS = """<style>
.fk-desk .fk-application-choice {width: auto !important; max-width: 100%;}
.fk-desk .fk-application-choice select {flex: 0 1 auto; width: auto; max-width: 100%;}
</style>"""


def next_full_hour(moment: pd.Timestamp, *, day_starts_at: int = 9) -> dt.datetime:
    """The interview form's default start: the first full hour after ``moment``, as a wall-clock
    time where ``moment`` is, unless that is before the working day starts (the night, or past
    midnight after 23:00): then ``day_starts_at`` o'clock of that day.

    The desk passes the policy's ``send_hour`` (the start of the working day), so a form opened
    at 23:30 proposes 9:00 tomorrow, never midnight.

    Examples
    --------
    >>> next_full_hour(pd.Timestamp("2026-03-11 09:20", tz="Europe/Paris"))
    datetime.datetime(2026, 3, 11, 10, 0)
    >>> next_full_hour(pd.Timestamp("2026-12-31 23:30", tz="Europe/Paris"))
    datetime.datetime(2027, 1, 1, 9, 0)
    >>> next_full_hour(pd.Timestamp("2026-03-11 00:00", tz="Europe/Paris"), day_starts_at=8)
    datetime.datetime(2026, 3, 11, 8, 0)
    """
    wall = moment.tz_localize(None) if moment.tzinfo is not None else moment
    start = wall.floor("h") + pd.Timedelta(hours=1)
    if start.hour < day_starts_at:
        start = start.normalize() + pd.Timedelta(hours=day_starts_at)
    return start.to_pydatetime()


class DeskForms:
    """The "New application", "Log an interview" and "Record an outcome" tabs of the desk.

    A mixin: the desk provides ``tracker``, ``tables`` (its latest read of the
    tracker), ``status`` (the desk's message line) and ``refresh()``, and calls
    the ``_build_*_form`` methods while it builds its widgets.
    """

    tracker: Tracker
    tables: dict[str, pd.DataFrame]
    status: Any

    if TYPE_CHECKING:

        def refresh(self, *, keep_selection: bool = True) -> None: ...

        @property
        def as_of(self) -> pd.Timestamp: ...

    def prefill_dates(self) -> None:
        """Put today in the date pickers and the next full hour in the interview's (the desk's "today")."""
        today = self.as_of.date()
        self.new_app_applied.reset(today)
        self.iv_when.reset(self._interview_default())
        self.outcome_on.reset(today)

    def _interview_default(self) -> dt.datetime:
        """The interview form's default start: the next full hour, within the working day."""
        policy = resolve_policy(self.tracker, getattr(self, "policy", None))
        return next_full_hour(self.as_of, day_starts_at=policy.send_hour)

    def _application_options(self):
        """Applications an outcome can still come for: open ones, and those ghosted by silence alone."""
        apps = self.tables["applications"]
        events = self.tables["events"]
        declared = apps["application_id"].isin(events.loc[events["kind"] == "ghosted", "application_id"])
        silent = apps["status"].eq("ghosted") & ~declared  # the silence rule: any news reopens it
        live = apps[~apps["status"].isin(vocabulary.CLOSED_STATUSES) | silent]
        roles = live["role"].fillna(ROLE_NOT_GIVEN)
        words = live["status"].where(~silent.loc[live.index], "silent: counted as ghosted")
        words = words.where(~live["still_waiting"].astype(bool), words + ", you are still waiting")
        labels = live["company"].astype(str) + " — " + roles.astype(str) + " (" + words + ")"
        return list(zip(labels, live["application_id"].astype(int).tolist()))

    def _chosen_company(self) -> str | None:
        """The company of the application chosen in the interview form."""
        app = self.iv_application.value
        if app is None:
            return None
        apps = self.tables["applications"]
        found = apps.loc[apps["application_id"] == app, "company"]
        return str(found.iloc[0]) if len(found) else None

    def _show_people(self, contacts: pd.DataFrame | None = None) -> None:
        self.people_picker.show(contacts, self._chosen_company())

    def _refresh_choices(self) -> None:
        apps = self._application_options()
        for dropdown in (self.iv_application, self.outcome_application):
            value = dropdown.value
            dropdown.options = apps
            ids = [v for _, v in apps]
            dropdown.value = value if value in ids else (ids[-1] if ids else None)
        self._show_people(self.tables["contacts"])

    def _build_application_form(self, w) -> None:
        self.new_app_company = Field("Company", css="fk-app-company")
        self.new_app_role = Field("Role", css="fk-app-role")
        self.new_app_applied = DateField("Applied on", css="fk-app-applied")
        self.new_app_button = w.Button(description="Add application", button_style="primary", icon="plus")
        self.new_app_button.add_class("fk-app-add")
        self.new_app_button.on_click(lambda _: self.add_application())
        self.application_form = w.VBox(
            [self.new_app_company.box, self.new_app_role.box, self.new_app_applied.box, self.new_app_button]
        )

    def add_application(self) -> None:
        """Handler of the "Add application" button."""
        fields = {"company": self.new_app_company, "role": self.new_app_role, "applied_on": self.new_app_applied}
        for f in fields.values():
            f.clear()
        try:
            app = self.tracker.add_application(
                self.new_app_company.value, self.new_app_role.value, applied_on=self.new_app_applied.value or None
            )
        except FollowupKitError as exc:
            report_error(fields, exc, self.status)
            return
        self.status.value = notice_html(f"Added {self.new_app_company.value} ({self.new_app_role.value}).", "ok")
        for f in fields.values():
            f.reset()
        self.new_app_applied.reset(self.as_of.date())
        self.refresh()
        self.iv_application.value = app

    def _build_interview_form(self, w) -> None:
        self.iv_application = w.Dropdown(
            description="Application", layout=w.Layout(width="40em"), style={"description_width": "12em"}
        )
        self.iv_application.add_class("fk-iv-application")
        self.iv_application.add_class("fk-application-choice")
        self.iv_application.observe(lambda _change: self._show_people(), names="value")
        self.iv_when = DateTimeField("When (your local time)", css="fk-iv-when")
        self.iv_stage = Field("Stage", placeholder="phone screen, onsite, final...", css="fk-iv-stage")
        self.people_picker = PeoplePicker("Who you met")
        self.iv_people = self.people_picker.select
        self.iv_people_filter = self.people_picker.filter
        self.iv_people_message = w.HTML()
        self.iv_new_name = Field("…or add a person", placeholder="Full name", css="fk-iv-new-name")
        self.iv_new_relation = w.Dropdown(
            options=[(r.replace("_", " "), r) for r in ("interviewer", "hiring_manager", "recruiter")],
            value="interviewer",
            layout=w.Layout(width="12em"),
        )
        self.iv_new_relation.add_class("fk-iv-new-relation")
        self.iv_new_email = Field("Their email (optional)", placeholder="name@example.com", css="fk-iv-new-email")
        self.iv_add_person = w.Button(description="Add person", icon="user-plus")
        self.iv_add_person.add_class("fk-iv-add-person")
        self.iv_add_person.on_click(lambda _: self.add_person())
        self.iv_decision = DateField("Decision expected on", css="fk-iv-decision", note="if they said")
        self.iv_candidates = Field(
            "Candidates in the pool", placeholder="a number (if they said)", css="fk-iv-candidates"
        )
        self.iv_start = DateField("Expected start date", css="fk-iv-start", note="if they said")
        self.iv_memorable = Field(
            "A memorable detail",
            multiline=True,
            width="32em",
            placeholder="something from the conversation to mention in the thank-you",
            css="fk-iv-memorable",
        )
        self.iv_not_discussed = Field(
            "What you did not get to say",
            multiline=True,
            width="32em",
            placeholder="e.g. a similar project you did well",
            css="fk-iv-not-discussed",
        )
        self.iv_button = w.Button(description="Log interview", button_style="primary", icon="calendar-check-o")
        self.iv_button.add_class("fk-iv-log")
        self.iv_button.on_click(lambda _: self.log_interview())
        self.iv_status = w.HTML()
        self.iv_status.add_class("fk-iv-status")
        self.interview_form = w.VBox(
            [
                w.HTML(FORMS_CSS),
                self.iv_application,
                self.iv_when.box,
                self.iv_stage.box,
                w.HBox([self.people_picker.widget, self.iv_people_message]),
                w.HBox([self.iv_new_name.box, self.iv_new_relation]),
                self.iv_new_email.box,
                self.iv_add_person,
                self.iv_decision.box,
                self.iv_candidates.box,
                self.iv_start.box,
                self.iv_memorable.box,
                self.iv_not_discussed.box,
                self.iv_button,
                self.iv_status,
            ]
        )

    def add_person(self) -> None:
        """Handler of "Add person": a new contact at the selected company, selected at once."""
        self.iv_new_name.clear()
        self.iv_new_email.clear()
        company = None
        if self.iv_application.value is not None:
            apps = self.tables["applications"].set_index("application_id")
            company = apps.loc[self.iv_application.value, "company"]
        try:
            cid = self.tracker.add_contact(
                self.iv_new_name.value,
                company=company,
                relation=self.iv_new_relation.value,
                email=self.iv_new_email.value or None,
            )
        except InputError as exc:
            report_error({"name": self.iv_new_name, "email": self.iv_new_email}, exc, self.iv_status)
            return
        chosen = tuple(self.iv_people.value)
        self._show_people(self.tracker.contacts)  # includes the new person
        self.iv_people.value = (*chosen, cid)
        self.iv_status.value = notice_html(f"Added {self.iv_new_name.value}.", "ok")
        self.iv_new_name.input.value = ""
        self.iv_new_email.input.value = ""

    def log_interview(self) -> None:
        """Handler of "Log interview": validates every field and shows messages beside them."""
        fields = {
            "starts_at": self.iv_when,
            "stage": self.iv_stage,
            "decision_expected_on": self.iv_decision,
            "candidates_in_pool": self.iv_candidates,
            "expected_start_on": self.iv_start,
            "memorable_detail": self.iv_memorable,
            "not_discussed": self.iv_not_discussed,
        }
        for f in fields.values():
            f.clear()
        self.iv_people_message.value = ""
        if self.iv_application.value is None:
            self.iv_status.value = notice_html("Add the application first (tab 'New application').", "error")
            return
        missing = self.iv_when.missing()
        if missing:
            self.iv_when.error(missing)
        if not self.iv_people.value:
            self.iv_people_message.value = notice_html("pick at least one person you met", "error")
        if missing or not self.iv_people.value:
            self.iv_status.value = notice_html("Please correct the highlighted field.", "error")
            return
        try:
            self.tracker.log_interview(
                self.iv_application.value,
                self.iv_when.value,
                list(self.iv_people.value),
                stage=self.iv_stage.value or None,
                decision_expected_on=self.iv_decision.value,
                candidates_in_pool=self.iv_candidates.value or None,
                expected_start_on=self.iv_start.value,
                memorable_detail=self.iv_memorable.value or None,
                not_discussed=self.iv_not_discussed.value or None,
            )
        except FollowupKitError as exc:
            report_error(fields, exc, self.iv_status)
            return
        n = len(self.iv_people.value)
        self.iv_status.value = notice_html(
            f"Interview logged. {n} thank-you note{'s' if n != 1 else ''} added to your follow-ups.", "ok"
        )
        for f in fields.values():
            f.reset()
        self.iv_when.reset(self._interview_default())
        self.iv_people.value = ()
        self.refresh()

    def _build_outcome_form(self, w) -> None:
        self.outcome_application = w.Dropdown(
            description="Application", layout=w.Layout(width="40em"), style={"description_width": "12em"}
        )
        self.outcome_application.add_class("fk-outcome-application")
        self.outcome_application.add_class("fk-application-choice")
        self.outcome_kind = w.Dropdown(
            description="What happened",
            options=[(v, k) for k, v in OUTCOME_LABELS.items()],
            value="response",
            layout=w.Layout(width="40em"),
            style={"description_width": "12em"},
        )
        self.outcome_kind.add_class("fk-outcome-kind")
        self.outcome_on = DateField("On", css="fk-outcome-on")
        self.outcome_deadline = DateField("Offer deadline", css="fk-outcome-deadline", note="offers only")
        self.outcome_interested = w.Checkbox(value=True, description="Still interested in this company", indent=False)
        self.outcome_interested.add_class("fk-outcome-interested")
        self.outcome_button = w.Button(description="Record", button_style="primary", icon="flag")
        self.outcome_button.add_class("fk-outcome-record")
        self.outcome_button.on_click(lambda _: self.record_outcome())
        self.waiting_button = w.Button(
            description="Still waiting",
            icon="hourglass-half",
            tooltip="Never count this application as ghosted by silence (you still expect an answer)",
        )
        self.waiting_button.add_class("fk-outcome-still-waiting")
        self.waiting_button.on_click(lambda _: self.still_waiting())
        self.outcome_status = w.HTML()
        self.outcome_status.add_class("fk-outcome-status")
        self.outcome_form = w.VBox(
            [
                w.HTML(FORMS_CSS),
                self.outcome_application,
                self.outcome_kind,
                self.outcome_on.box,
                self.outcome_deadline.box,
                self.outcome_interested,
                w.HBox([self.outcome_button, self.waiting_button]),
                self.outcome_status,
            ]
        )

    def still_waiting(self) -> None:
        """Handler of "Still waiting": the silence rule leaves this application open (stored with it)."""
        app = self.outcome_application.value
        if app is None:
            self.outcome_status.value = notice_html("There is no open application to keep waiting for.", "error")
            return
        self.tracker.update_application(app, still_waiting=True)
        self.outcome_status.value = notice_html(
            "Kept open: this application is never counted as ghosted by silence (record an outcome when it comes).",
            "ok",
        )
        self.refresh()

    def record_outcome(self) -> None:
        """Handler of "Record": an event, and whether you are still interested."""
        fields = {"on": self.outcome_on, "deadline": self.outcome_deadline}
        for f in fields.values():
            f.clear()
        app = self.outcome_application.value
        if app is None:
            self.outcome_status.value = notice_html("There is no open application to record an outcome for.", "error")
            return
        try:
            with self.tracker.transaction():
                self.tracker.record_event(
                    app,
                    self.outcome_kind.value,
                    self.outcome_on.value,
                    deadline=self.outcome_deadline.value,
                )
                self.tracker.update_application(app, still_interested=self.outcome_interested.value)
        except FollowupKitError as exc:
            report_error(fields, exc, self.outcome_status)
            return
        self.outcome_status.value = notice_html(
            f"Recorded: {OUTCOME_LABELS[self.outcome_kind.value]} on {self.outcome_on.value}.", "ok"
        )
        self.outcome_on.reset(self.as_of.date())
        self.outcome_deadline.reset()
        self.refresh()
