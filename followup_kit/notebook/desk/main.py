"""The follow-up desk: the widgets behind ``notebooks/follow_ups.ipynb``.

It lists overdue, today's and this week's follow-ups, shows the draft of the
selected one, marks it done or skipped (written to the tracker at once), and has
forms to add an application, log an interview and record an outcome (those are in
:mod:`~followup_kit.notebook.desk.forms`, with date pickers), tabs to import calendar
invitations and a mail export, and the Inbox of uncertain mail.  Every handler is a plain method, so tests
drive it without a browser: set ``.value``, call ``.click()``, read the widgets.

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
from followup_kit.analysis.waits import status_as_of
from followup_kit.days_for_people import day_word, day_words
from followup_kit.errors import FollowupKitError
from followup_kit.followups.drafts import render_drafts
from followup_kit.followups.schedule import due_soon, follow_up_schedule, resolve_policy
from followup_kit.notebook.context import (
    frame_html,
    in_app,
    notice_html,
    open_or_missing,
    open_tracker,
)
from followup_kit.notebook.desk.forecast import SilencePanel, silence_html
from followup_kit.notebook.desk.forms import DeskForms
from followup_kit.notebook.desk.inbox import InboxTab
from followup_kit.notebook.desk.invitations import InvitationImportPanel
from followup_kit.notebook.desk.mail import MailImportPanel
from followup_kit.notebook.desk.sheets import SheetImportPanel
from followup_kit.notebook.desk.table import TodoTable, history_lines
from followup_kit.vocabulary import ROLE_NOT_GIVEN

KIND_LABELS = vocabulary.KIND_LABELS

#: At most this many follow-ups are listed in the picker (the rest are counted).
MAX_LISTED = 200

#: The desk's own styles: a list that reads at 1280x800 and a draft pane with normal line spacing.
DESK_CSS = """<style>
.fk-todo table.dataTable {font-size: 13px;}
.fk-todo table.dataTable th, .fk-todo table.dataTable td {padding: 4px 5px; vertical-align: middle;}
.fk-todo td.fk-due {white-space: nowrap;}
.fk-todo .fk-late {color: #b35806; font-weight: 600;}
.fk-todo tr.selected .fk-late {color: inherit;}
.fk-todo td.fk-marks {white-space: nowrap; text-align: right;}
.fk-todo td.fk-marks button {font-size: 12px; padding: 1px 6px; cursor: pointer;}
.fk-todo tr:focus, .fk-todo tr:focus-within {outline: 2px solid #0969da; outline-offset: -2px;}
.fk-desk .widget-html-content {line-height: 1.4;}
.fk-desk .lm-TabBar-content {flex-wrap: wrap;}
.fk-desk .lm-TabBar-tab {flex: 0 0 auto !important; min-width: 0 !important; max-width: none !important;}
.fk-draft p {margin: 0 0 0.35em 0; line-height: 1.4;}
.fk-draft pre {white-space: pre-wrap; word-break: normal; overflow-wrap: break-word; line-height: 1.35; margin: 0.2em 0;}
.fk-draft-body textarea {font-size: 13px; line-height: 1.4;}
.fk-desk .fk-draft-body {width: auto !important; align-self: stretch;}
</style>"""


class FollowUpDesk(DeskForms):
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
        # the current search by default; all of the history one tick away
        self.history_toggle = w.Checkbox(
            value=False,
            description="Show all of my history (earlier searches too)",
            indent=False,
            layout=w.Layout(width="auto"),  # the label reads whole (a checkbox is 300px by default)
        )
        self.history_toggle.add_class("fk-history")
        self.history_toggle.observe(lambda _: self.refresh(), names="value")
        self.todo = TodoTable(on_select=self._show_draft, on_mark=self._mark_row)
        self.draft_html = w.HTML()
        self.draft_html.add_class("fk-draft")
        self.draft_body = w.Textarea(layout=w.Layout(width="100%", height="20em"))
        self.draft_body.add_class("fk-draft-body")
        self.done_button = w.Button(description="Done", button_style="success", icon="check", tooltip="Mark done")
        self.skip_button = w.Button(description="Skip", icon="forward", tooltip="Skip this follow-up")
        self.undo_button = w.Button(description="Undo", icon="undo", tooltip="Undo the last mark")
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
        self.prefill_dates()
        self.silence = SilencePanel()
        self.refresh()

        css = w.HTML(DESK_CSS)
        left = w.VBox(
            [
                self.summary,
                self.history_toggle,
                w.HTML(
                    "<span class='fk-note'>Today's first, then what is overdue, then the week. Click a row to see "
                    "its draft (or move with the arrow keys and pick with Space); <i>Done</i> and <i>Skip</i> are "
                    "on each row.</span>"
                ),
                self.todo.widget,
                self.status,
                self.silence.widget,
            ],
            layout=w.Layout(width="62%", padding="0 1em 0 0"),
        )
        right = w.VBox(
            [self.draft_html, self.draft_body, w.HBox([self.done_button, self.skip_button, self.undo_button])],
            layout=w.Layout(width="38%"),
        )
        desk_tab = w.VBox([css, w.HBox([left, right], layout=w.Layout(width="100%"))])
        self.import_panel = InvitationImportPanel(self.tracker, on_change=self.refresh)
        self.inbox = InboxTab(self.tracker, on_change=self.refresh)
        self.mail_panel = MailImportPanel(self.tracker, on_change=self._after_mail_import)
        self.tabs = w.Tab(
            children=[
                desk_tab,
                self.interview_form,
                self.outcome_form,
                self.application_form,
                self.import_panel.widget,
                self.mail_panel.widget,
                self.inbox.widget,
            ]
        )
        titles = (
            "Follow-ups",
            "Log an interview",
            "Record an outcome",
            "New application",
            "Import invitations",
            "Import mail",
            "Inbox",
        )
        for i, title in enumerate(titles):
            self.tabs.set_title(i, title)
        self.sheet_panel = SheetImportPanel(self.tracker, on_change=self.refresh)  # the last tab
        self.tabs.children = (*self.tabs.children, self.sheet_panel.widget)
        self.tabs.set_title(len(self.tabs.children) - 1, "Import a sheet")
        self.widget = w.VBox([self.tabs])
        self.widget.add_class("fk-desk")

    def _ipython_display_(self):
        from IPython.display import display

        display(self.widget)

    def _after_mail_import(self) -> None:
        """New events change the follow-ups; uncertain mail waits in the Inbox."""
        self.refresh()
        self.inbox.refresh()

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

        tables = self.tracker.tables()
        # the statuses on the desk's day, silence included with the policy's fixed days as the fallback
        day = self.as_of.tz_localize(None).normalize()
        fallback = resolve_policy(self.tracker, self.policy).ghosted_after_days
        tables["applications"] = status_as_of(
            tables["applications"],
            tables["events"],
            tables["interviews"],
            day,
            self.tracker.timezone,
            fallback_days=fallback,
        )
        self.tables = tables
        self.schedule = follow_up_schedule(self.tables, as_of=self.as_of, policy=self.policy, scope=self.scope)
        self._refresh_choices()
        window = self.visible_actions()
        previous = self.todo.selected
        listed = window.head(MAX_LISTED)
        keys = listed["action_key"].tolist() if len(listed) else []
        chosen = None if not keep_selection else previous if previous in keys else (keys[0] if keys else None)
        self.todo.show(listed, self.as_of, selected=chosen)
        self._show_draft(chosen)
        self.summary.value = self._summary_html(window)
        self.silence.refresh(self.tables, self.as_of, self.policy)

    @property
    def scope(self) -> str:
        """``"current"`` (the current search, the default) or ``"all"`` (the history too: the toggle)."""
        toggle = getattr(self, "history_toggle", None)
        return "all" if toggle is not None and toggle.value else "current"

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

    @property
    def selected(self) -> str | None:
        """The action key of the follow-up selected in the list (``None``: none)."""
        return self.todo.selected

    def select(self, action_key: str | None) -> None:
        """Select a follow-up in the list (as a click on its row does) and show its draft."""
        self.todo.select(action_key)
        self._show_draft(self.todo.selected)

    def _history_note(self) -> str:
        """The expired follow-ups counted, and the earlier searches left out (``history_lines``)."""
        lines = history_lines(self.schedule, self.as_of)
        return "".join(f"<br><span class='fk-note fk-expired'>{html.escape(t)}</span>" for t in lines)

    def _summary_html(self, window: pd.DataFrame) -> str:
        if window.empty:
            return (
                "<div class='fk-summary-box'>Nothing overdue and nothing due in the next "
                f"{self.days} days. Log an interview when you have one.{self._history_note()}</div>"
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
            f" <span class='fk-note'>(as of {self.as_of:%a %d %b %Y %H:%M %Z})</span>{listed}"
            f"{self._history_note()}</div>"
        )

    def actions_table(self):
        """The visible actions as a static HTML table, grouped by application (for batch runs and printouts).

        ``None`` in the app (``followup-kit app``), where the live list above is the one to use.
        """
        from IPython.display import HTML

        if in_app():
            return None
        window = self.visible_actions()
        if window.empty:
            return HTML(frame_html(window, empty="Nothing overdue or due this week."))
        parts = []
        window = window.assign(role=window["role"].fillna(ROLE_NOT_GIVEN))
        for (company, role), group in window.groupby(["company", "role"], sort=False):
            shown = pd.DataFrame(
                {
                    "when": [
                        self._bucket(r.due_at, r.status) + " " + d
                        for r, d in zip(group.itertuples(), day_words(group["due_at"], self.as_of, clock=True))
                    ],
                    "what": group["kind"].map(KIND_LABELS).fillna(group["kind"]),
                    "to": group["to_whom"],
                    "why": group["reason"],
                }
            )
            parts.append(f"<h4>{html.escape(str(company))} — {html.escape(str(role))}</h4>" + frame_html(shown))
        return HTML("".join(parts))

    def silences(self):
        """Will I hear back? One sentence per silent application, as static HTML (for batch runs).

        ``None`` in the app, whose desk shows the same sentences under the follow-ups.
        """
        from IPython.display import HTML

        if in_app():
            return None
        return HTML(silence_html(self.tables, self.as_of, policy=self.policy))

    # --- drafts and marks --------------------------------------------------------

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
        policy = resolve_policy(self.tracker, self.policy)
        d = render_drafts(found, self.tables, policy, as_of=self.as_of)[action_key]
        row = found.iloc[0]
        due = day_word(row["due_at"], self.as_of, long=True, clock=True)
        parts = [
            f"<p><b>{html.escape(KIND_LABELS.get(row['kind'], row['kind']))}</b> · due "
            f"{html.escape(due)} · <span class='fk-note'>{html.escape(str(row['reason']))}</span></p>"
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

    def _mark_row(self, action_key: str, state: str) -> None:
        """A row's own Done / Skip button (the row is selected first)."""
        self._mark(state, action_key)

    def _mark(self, state, key=None) -> None:
        key = key or self.todo.selected
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
        what = self._describe(key)
        self.refresh(keep_selection=False)
        self.status.value = notice_html(f"{word}: {what}. Pick the next follow-up from the list.", "ok")

    def _describe(self, action_key: str) -> str:
        """A follow-up as the list names it: ``Thank-you note → Ada Example (Acme)``."""
        found = self.schedule[self.schedule["action_key"] == action_key]
        if found.empty:
            return action_key
        row = found.iloc[0]
        who = row.get("to_whom") or row.get("contact_name") or "—"
        return f"{KIND_LABELS.get(row['kind'], row['kind'])} → {who} ({row['company']})"


def open_desk(tracker=None, **kwargs):
    """The follow-up desk for ``tracker`` (see :class:`FollowUpDesk`), or a note on creating a tracker if there is none."""
    return open_or_missing(FollowUpDesk, tracker, **kwargs)
