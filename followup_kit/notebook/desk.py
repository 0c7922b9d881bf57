"""The follow-up desk: the widgets behind ``notebooks/follow_ups.ipynb``.

It lists overdue, today's and this week's follow-ups, shows the draft of the
selected one, marks it done or skipped (written to the tracker at once), and has
forms to add an application, log an interview and record an outcome.  Every
handler is a plain method, so tests drive it without a browser: set ``.value``,
call ``.click()``, read the widgets.

Examples
--------
>>> import tempfile, pathlib
>>> from followup_kit import Tracker
>>> t = Tracker.create(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite", timezone="UTC")
>>> desk = FollowUpDesk(t, as_of="2026-03-11")
>>> desk.new_app_company.input.value, desk.new_app_role.input.value = "Acme", "Analyst"
>>> desk.new_app_button.click()
>>> desk.status.value.count("Added")
1
"""

from __future__ import annotations

import html

import pandas as pd

from followup_kit import vocabulary
from followup_kit._validation import as_of_moment
from followup_kit.errors import FollowupKitError, InputError
from followup_kit.followups.drafts import render_drafts
from followup_kit.followups.schedule import due_soon, follow_up_schedule, resolve_policy
from followup_kit.notebook.context import (
    Field,
    frame_html,
    notice_html,
    open_or_missing,
    open_tracker,
    report_error,
)
from followup_kit.notebook.desk_forecast import SilencePanel, silence_html
from followup_kit.notebook.desk_import import InvitationImportPanel
from followup_kit.notebook.desk_inbox import InboxTab

KIND_LABELS = vocabulary.KIND_LABELS

#: At most this many follow-ups are listed in the picker (the rest are counted).
MAX_LISTED = 200

OUTCOME_LABELS = vocabulary.OUTCOME_LABELS


class FollowUpDesk:
    """The daily desk for one tracker.

    Parameters
    ----------
    tracker : Tracker, path or None
        The tracker (``None``: ``$FOLLOWUP_KIT_TRACKER`` or ``data/tracker.sqlite``).
    as_of : date or str, optional
        "Today" for the schedule; ``None`` means now.  Under papermill the
        parameters cell sets it, so the batch run shows the same lists.
    days : int
        How far ahead "this week" looks.
    """

    def __init__(self, tracker=None, *, as_of=None, days: int = 7, policy=None):
        import ipywidgets as w

        self.tracker = open_tracker(tracker)
        self.policy = policy
        self.days = days
        self._as_of_input = as_of
        self._last_marked = None
        self.schedule = pd.DataFrame()

        self.summary = w.HTML()
        self.summary.add_class("fk-summary")
        self.actions = w.Select(options=[], rows=14, layout=w.Layout(width="100%"))
        self.actions.add_class("fk-actions")
        self.actions.observe(self._on_select, names="value")
        self.draft_html = w.HTML()
        self.draft_html.add_class("fk-draft")
        self.draft_body = w.Textarea(layout=w.Layout(width="100%", height="20em"))
        self.draft_body.add_class("fk-draft-body")
        self.done_button = w.Button(description="Mark done", button_style="success", icon="check")
        self.skip_button = w.Button(description="Skip", icon="forward")
        self.undo_button = w.Button(description="Undo mark", icon="undo")
        for b, css in ((self.done_button, "fk-done"), (self.skip_button, "fk-skip"), (self.undo_button, "fk-undo")):
            b.add_class(css)
        self.done_button.on_click(lambda _: self._mark("done"))
        self.skip_button.on_click(lambda _: self._mark("skipped"))
        self.undo_button.on_click(lambda _: self._mark(None))
        self.status = w.HTML()
        self.status.add_class("fk-status")

        self._build_application_form(w)
        self._build_interview_form(w)
        self._build_outcome_form(w)
        self.silence = SilencePanel()
        self.refresh()

        css = w.HTML(
            "<style>.fk-actions select {font-family: ui-monospace, Menlo, Consolas, monospace; "
            "font-size: 12px;} .fk-draft-body textarea {font-size: 13px;}</style>"
        )
        left = w.VBox(
            [
                self.summary,
                w.HTML("<b>Follow-ups</b> <span class='fk-note'>(overdue first; pick one to see its draft)</span>"),
                self.actions,
                w.HBox([self.done_button, self.skip_button, self.undo_button]),
                self.status,
                self.silence.widget,
            ],
            layout=w.Layout(width="56%", padding="0 1em 0 0"),
        )
        right = w.VBox([self.draft_html, self.draft_body], layout=w.Layout(width="44%"))
        desk_tab = w.VBox([css, w.HBox([left, right], layout=w.Layout(width="100%"))])
        self.import_panel = InvitationImportPanel(self.tracker, on_change=self.refresh)
        self.inbox = InboxTab(self.tracker, on_change=self.refresh)
        self.tabs = w.Tab(
            children=[
                desk_tab,
                self.interview_form,
                self.outcome_form,
                self.application_form,
                self.import_panel.widget,
                self.inbox.widget,
            ]
        )
        titles = (
            "Follow-ups",
            "Log an interview",
            "Record an outcome",
            "New application",
            "Import invitations",
            "Inbox",
        )
        for i, title in enumerate(titles):
            self.tabs.set_title(i, title)
        self.widget = w.VBox([self.tabs])
        self.widget.add_class("fk-desk")

    def _ipython_display_(self):
        from IPython.display import display

        display(self.widget)

    # --- the schedule ----------------------------------------------------------

    @property
    def as_of(self) -> pd.Timestamp:
        """The desk's "now" (timezone-aware), read by the kit's one ``as_of`` rule (a bare date: its start)."""
        return as_of_moment(self._as_of_input, self.tracker.timezone)

    def refresh(self, *, keep_selection: bool = True) -> None:
        """Recompute the schedule from the tracker and redraw the lists and choices.

        After a mark (``keep_selection=False``) nothing is selected, so a double
        click on "Mark done" cannot mark the next action by accident.
        """

        self.tables = self.tracker.tables()
        self.schedule = follow_up_schedule(self.tables, as_of=self.as_of, policy=self.policy)
        self._refresh_choices()
        window = self.visible_actions()
        previous = self.actions.value
        options = [(self._label(row), row.action_key) for row in window.head(MAX_LISTED).itertuples()]
        self.actions.options = options
        keys = [k for _, k in options]
        if not keep_selection:
            self.actions.value = None
        else:
            self.actions.value = previous if previous in keys else (keys[0] if keys else None)
        if self.actions.value is None:
            self._show_draft(None)
        self.summary.value = self._summary_html(window)
        self.silence.refresh(self.tables, self.as_of, self.policy)

    def visible_actions(self) -> pd.DataFrame:
        """Live actions overdue or due today and in the next ``days`` days (the window of ``followup-kit due``),
        overdue first, then by due time."""
        s = self.schedule
        if s.empty:
            return s
        return due_soon(s, as_of=self.as_of, days=self.days)

    def _bucket(self, due_at: pd.Timestamp, status: str) -> str:
        today = self.as_of.normalize()
        if status == "overdue":
            return "OVERDUE"
        if due_at < today + pd.Timedelta(days=1):
            return "TODAY"
        return "this week"

    def _label(self, row) -> str:
        who = getattr(row, "contact_name", None) or "—"
        when = row.due_at.strftime("%a %d %b %H:%M")
        what = KIND_LABELS.get(row.kind, row.kind)
        action = f"{what} → {who}"
        return f"{self._bucket(row.due_at, row.status):9} {when}  {action:40} · {row.company}"

    def _summary_html(self, window: pd.DataFrame) -> str:
        if window.empty:
            return (
                "<div class='fk-summary-box'>Nothing overdue and nothing due in the next "
                f"{self.days} days. Log an interview when you have one.</div>"
            )
        late = window["status"] == "overdue"
        today = ~late & (window["due_at"] < self.as_of.normalize() + pd.Timedelta(days=1))
        counts = {"OVERDUE": int(late.sum()), "TODAY": int(today.sum()), "this week": int((~late & ~today).sum())}
        listed = (
            f"<br><span class='fk-note'>The list shows the first {MAX_LISTED} of {len(window):,}; "
            "'followup-kit due' prints them all.</span>"
            if len(window) > MAX_LISTED
            else ""
        )
        return (
            f"<div class='fk-summary-box'><span style='color:#b35806;font-weight:600'>{counts['OVERDUE']} overdue</span>"
            f" · <b>{counts['TODAY']} due today</b> · {counts['this week']} more in the next {self.days} days"
            f" <span class='fk-note'>(as of {self.as_of:%a %d %b %Y %H:%M %Z})</span>{listed}</div>"
        )

    def actions_table(self):
        """The visible actions as a static HTML table, grouped by application (for batch runs)."""
        from IPython.display import HTML

        window = self.visible_actions()
        if window.empty:
            return HTML(frame_html(window, empty="Nothing overdue or due this week."))
        parts = []
        for (company, role), group in window.groupby(["company", "role"], sort=False):
            shown = pd.DataFrame(
                {
                    "when": [
                        self._bucket(r.due_at, r.status) + " " + r.due_at.strftime("%a %d %b %H:%M")
                        for r in group.itertuples()
                    ],
                    "what": group["kind"].map(KIND_LABELS).fillna(group["kind"]),
                    "to": group.get("contact_name", pd.Series("", index=group.index)).fillna(""),
                    "why": group["reason"],
                }
            )
            parts.append(f"<h4>{html.escape(str(company))} — {html.escape(str(role))}</h4>" + frame_html(shown))
        return HTML("".join(parts))

    def silences(self):
        """Will I hear back? One sentence per silent application, as static HTML (for batch runs)."""
        from IPython.display import HTML

        return HTML(silence_html(self.tables, self.as_of, policy=self.policy))

    # --- drafts and marks --------------------------------------------------------

    def _on_select(self, change) -> None:
        self._show_draft(change["new"])

    def _show_draft(self, action_key) -> None:
        if not action_key:
            self.draft_html.value = "<p class='fk-note'>Pick a follow-up to see a draft.</p>"
            self.draft_body.value = ""
            return

        found = self.schedule[self.schedule["action_key"] == action_key]
        if found.empty:
            self.draft_html.value = notice_html(f"No follow-up {action_key} in the schedule any more.", "error")
            self.draft_body.value = ""
            return
        d = render_drafts(found, self.tables, resolve_policy(self.tracker, self.policy))[action_key]
        row = found.iloc[0]
        parts = [
            f"<p><b>{html.escape(KIND_LABELS.get(row['kind'], row['kind']))}</b> · due "
            f"{row['due_at']:%A %d %B, %H:%M} · <span class='fk-note'>{html.escape(str(row['reason']))}</span></p>"
        ]
        if d.to:
            parts.append(f"<p>To: <b>{html.escape(d.to)}</b>")
            if d.mailto:
                parts.append(
                    f" · <a href='{html.escape(d.mailto, quote=True)}' target='_blank'>open in your mail program</a>"
                )
            parts.append("</p>")
        if d.subject:
            parts.append(f"<p>Subject: <b>{html.escape(d.subject)}</b></p>")
        note = getattr(d, "linkedin_note", None)
        if note:
            limit = getattr(d, "note_limit", None)
            count = f"{len(note)}" + (f" of {limit}" if limit else "") + " characters"
            parts.append(f"<p>LinkedIn note ({count}):</p><pre class='fk-linkedin-note'>{html.escape(note)}</pre>")
        self.draft_html.value = "".join(parts)
        self.draft_body.value = d.body or ""

    def _mark(self, state) -> None:
        key = self.actions.value
        if state is None and not key:
            key = self._last_marked  # "Undo mark" with nothing selected undoes the last mark
        if not key:
            self.status.value = notice_html("Pick a follow-up first.", "error")
            return
        try:
            if state == "done":
                self.tracker.mark_done(key)
            elif state == "skipped":
                self.tracker.skip(key)
            else:
                self.tracker.unmark(key)
        except FollowupKitError as exc:
            self.status.value = notice_html(str(exc), "error")
            return
        self._last_marked = key if state else None
        word = {"done": "Marked done", "skipped": "Skipped", None: "Mark removed from"}[state]
        self.refresh(keep_selection=False)
        self.status.value = notice_html(f"{word}: {key}. Pick the next follow-up from the list.", "ok")

    # --- forms ---------------------------------------------------------------------

    def _application_options(self):
        apps = self.tables["applications"]
        live = apps[~apps["status"].isin(vocabulary.CLOSED_STATUSES)]
        return [(f"{r.company} — {r.role} ({r.status})", int(r.application_id)) for r in live.itertuples()]

    def _contact_options(self, people=None):
        people = self.tables["contacts"] if people is None else people
        return [
            (
                f"{r.name}" + (f" ({r.company})" if r.company else "") + f" · {r.relation.replace('_', ' ')}",
                int(r.contact_id),
            )
            for r in people.itertuples()
        ]

    def _refresh_choices(self) -> None:
        apps = self._application_options()
        for dropdown in (self.iv_application, self.outcome_application):
            value = dropdown.value
            dropdown.options = apps
            ids = [v for _, v in apps]
            dropdown.value = value if value in ids else (ids[-1] if ids else None)
        chosen = self.iv_people.value
        self.iv_people.options = self._contact_options()
        self.iv_people.value = tuple(v for v in chosen if v in {v for _, v in self.iv_people.options})

    def _build_application_form(self, w) -> None:
        self.new_app_company = Field("Company", css="fk-app-company")
        self.new_app_role = Field("Role", css="fk-app-role")
        self.new_app_applied = Field("Applied on", placeholder="YYYY-MM-DD", css="fk-app-applied")
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
            f.input.value = ""
        self.refresh()
        self.iv_application.value = app

    def _build_interview_form(self, w) -> None:
        self.iv_application = w.Dropdown(
            description="Application", layout=w.Layout(width="40em"), style={"description_width": "12em"}
        )
        self.iv_application.add_class("fk-iv-application")
        self.iv_when = Field("When (local time)", placeholder="YYYY-MM-DD HH:MM", css="fk-iv-when")
        self.iv_stage = Field("Stage", placeholder="phone screen, onsite, final...", css="fk-iv-stage")
        self.iv_people = w.SelectMultiple(
            description="Who you met", rows=6, layout=w.Layout(width="40em"), style={"description_width": "12em"}
        )
        self.iv_people.add_class("fk-iv-people")
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
        self.iv_decision = Field("Decision expected on", placeholder="YYYY-MM-DD (if they said)", css="fk-iv-decision")
        self.iv_candidates = Field(
            "Candidates in the pool", placeholder="a number (if they said)", css="fk-iv-candidates"
        )
        self.iv_start = Field("Expected start date", placeholder="YYYY-MM-DD (if they said)", css="fk-iv-start")
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
                self.iv_application,
                self.iv_when.box,
                self.iv_stage.box,
                w.HBox([self.iv_people, self.iv_people_message]),
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
        self.iv_people.options = self._contact_options(self.tracker.contacts)  # includes the new person
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
        if not self.iv_people.value:
            self.iv_people_message.value = notice_html("pick at least one person you met", "error")
            self.iv_status.value = notice_html("Please correct the highlighted field.", "error")
            return
        try:
            self.tracker.log_interview(
                self.iv_application.value,
                self.iv_when.value,
                list(self.iv_people.value),
                stage=self.iv_stage.value or None,
                decision_expected_on=self.iv_decision.value or None,
                candidates_in_pool=self.iv_candidates.value or None,
                expected_start_on=self.iv_start.value or None,
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
            f.input.value = ""
        self.iv_people.value = ()
        self.refresh()

    def _build_outcome_form(self, w) -> None:
        self.outcome_application = w.Dropdown(
            description="Application", layout=w.Layout(width="40em"), style={"description_width": "12em"}
        )
        self.outcome_application.add_class("fk-outcome-application")
        self.outcome_kind = w.Dropdown(
            description="What happened",
            options=[(v, k) for k, v in OUTCOME_LABELS.items()],
            value="response",
            layout=w.Layout(width="40em"),
            style={"description_width": "12em"},
        )
        self.outcome_kind.add_class("fk-outcome-kind")
        self.outcome_on = Field("On", placeholder="YYYY-MM-DD", css="fk-outcome-on")
        self.outcome_deadline = Field(
            "Offer deadline", placeholder="YYYY-MM-DD (offers only)", css="fk-outcome-deadline"
        )
        self.outcome_interested = w.Checkbox(value=True, description="Still interested in this company", indent=False)
        self.outcome_interested.add_class("fk-outcome-interested")
        self.outcome_button = w.Button(description="Record", button_style="primary", icon="flag")
        self.outcome_button.add_class("fk-outcome-record")
        self.outcome_button.on_click(lambda _: self.record_outcome())
        self.outcome_status = w.HTML()
        self.outcome_status.add_class("fk-outcome-status")
        self.outcome_form = w.VBox(
            [
                self.outcome_application,
                self.outcome_kind,
                self.outcome_on.box,
                self.outcome_deadline.box,
                self.outcome_interested,
                self.outcome_button,
                self.outcome_status,
            ]
        )

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
                    self.outcome_on.value or None,
                    deadline=self.outcome_deadline.value or None,
                )
                self.tracker.update_application(app, still_interested=self.outcome_interested.value)
        except FollowupKitError as exc:
            report_error(fields, exc, self.outcome_status)
            return
        self.outcome_status.value = notice_html(
            f"Recorded: {OUTCOME_LABELS[self.outcome_kind.value]} on {self.outcome_on.value}.", "ok"
        )
        self.outcome_on.input.value = ""
        self.outcome_deadline.input.value = ""
        self.refresh()


def open_desk(tracker=None, **kwargs):
    """The follow-up desk for ``tracker`` (see :class:`FollowUpDesk`), or a note on creating a tracker if there is none."""
    return open_or_missing(FollowUpDesk, tracker, **kwargs)
