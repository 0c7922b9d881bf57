"""The desk's to-do list: the follow-ups as a real table (itables' ``ITable`` widget).

One row per follow-up: when it is due, said the way people say it ("overdue 2
days", "today 09:00", "Mon"), what to send, to whom, for which company, and
*Done* / *Skip* on the row itself.  Columns sort on a click (the due column by
the real due time), selecting a row shows its draft, and the keyboard works:
Tab into the list, arrow keys move, Space selects, Tab reaches the row's buttons.

The table is DataTables inside an anywidget; its JavaScript ships in the itables
wheel, so it works offline in JupyterLab and in Voilà.  A row's *Done* / *Skip*
button writes "done:ROW" into a hidden text widget, which ipywidgets sends to
the kernel; Python maps ROW to its action key and calls ``on_mark``, the same
handler as the buttons beside the draft.

Examples
--------
>>> import pandas as pd
>>> now = pd.Timestamp("2026-11-20 10:00", tz="UTC")
>>> due = pd.Series(pd.to_datetime(["2026-11-18 09:00", "2026-11-20 09:00", "2026-11-20 15:00",
...                                 "2026-11-21 09:00", "2026-11-23 09:00", "2026-12-04 09:00"]).tz_localize("UTC"))
>>> due_phrases(due, now).tolist()
['overdue 2 days', 'overdue since 09:00', 'today 15:00', 'tomorrow 09:00', 'Mon', 'Fri 4 Dec']
>>> due_phrases(pd.Series([pd.Timestamp("2027-01-08 09:00", tz="UTC")]), now).tolist()  # another year: said
['Fri 8 Jan 2027']
"""

from __future__ import annotations

import html

import numpy as np
import pandas as pd

from followup_kit.days_for_people import day_word, day_words
from followup_kit.followups.schedule import expired_line, to_whom
from followup_kit.vocabulary import KIND_LABELS

#: The list's columns as people read them; ``marks`` holds the row's Done / Skip buttons.
COLUMNS = ("Due", "What", "To whom", "Company", "")
#: Days ahead that are named by their weekday alone ("Mon"); later ones get a date too.
WEEKDAY_ONLY_DAYS = 6
#: Height of the scrolling list: about twelve rows, so the draft stays beside it at 1280x800.
LIST_HEIGHT = "23em"
#: What a row button asks for (the word written into the hidden command box).
ROW_MARKS = ("done", "skipped")
#: The CSS class of the hidden text widget that carries the row buttons' commands.
COMMAND_CLASS = "fk-row-command"

# Runs after each draw (it wires the table once).  A row button writes "STATE:ROW:NONCE" into
# the hidden command box of this list and fires the input event ipywidgets listens to.
# JupyterLab's keyboard shortcuts are suppressed inside the list so the arrow keys move its rows.
_DRAW_JS = """
function (settings) {
    const api = this.api();
    const table = api.table().node();
    const box = table.closest('.dt-container') || table.parentNode;
    box.setAttribute('data-lm-suppress-shortcuts', 'true');
    if (table.dataset.fkWired) { return; }
    table.dataset.fkWired = '1';
    table.addEventListener('click', function (event) {
        const button = event.target.closest('button[data-fk-mark]');
        if (!button) { return; }
        event.preventDefault();
        event.stopPropagation();
        const row = api.row(button.closest('tr')).index();
        const list = table.closest('.fk-todo');
        const input = list && list.querySelector('.COMMAND input');
        if (!input) { return; }
        input.value = button.dataset.fkMark + ':' + row + ':' + Date.now();
        input.dispatchEvent(new Event('input', {bubbles: true}));
    });
}
""".replace("COMMAND", COMMAND_CLASS)


def due_phrases(due_at: pd.Series, now: pd.Timestamp) -> pd.Series:
    """When each follow-up is due, in words relative to ``now`` (vectorised).

    Overdue by a day or more: ``overdue 2 days``; overdue since earlier today:
    ``overdue since 09:00``; later today: ``today 15:00``; tomorrow: ``tomorrow
    09:00``; within :data:`WEEKDAY_ONLY_DAYS` days: the weekday (``Mon``); later:
    ``Fri 4 Dec`` (with its year when it is not this year's).
    """
    due = pd.DatetimeIndex(due_at).tz_convert(now.tz)
    # calendar days between the local dates (not 24-hour steps: a daylight-saving night has 23 or 25)
    days = np.asarray((due.tz_localize(None).normalize() - now.tz_localize(None).normalize()).days, dtype="int64")
    late = np.asarray(due < now)
    clock = due.strftime("%H:%M")
    weekday = due.strftime("%a")
    dated = day_words(pd.Series(due), now).to_numpy(dtype=object)
    plural = np.where(days == -1, "", "s")
    phrase = np.select(
        [late & (days < 0), late, days == 0, days == 1, days <= WEEKDAY_ONLY_DAYS],
        [
            "overdue " + pd.Index(-days).astype(str) + " day" + plural,
            "overdue since " + clock,
            "today " + clock,
            "tomorrow " + clock,
            weekday,
        ],
        default=dated,
    )
    return pd.Series(phrase, index=due_at.index)


def history_lines(schedule: pd.DataFrame, now) -> list[str]:
    """The lines under the list: expired follow-ups counted, earlier searches left out.

    Examples
    --------
    >>> s = pd.DataFrame({"status": ["expired", "pending"]})
    >>> s.attrs.update(scope="current", earlier_applications=289, search_started_on=pd.Timestamp("2026-09-01"))
    >>> history_lines(s, pd.Timestamp("2026-11-20"))
    ['1 old follow-up expired (too late to send; they are not listed).', 'This is your current search (since Tuesday 1 September); 289 applications of earlier searches are not shown.']
    """
    lines = []
    line = expired_line(schedule) if "status" in schedule else ""
    if line:
        lines.append(line + " (too late to send; they are not listed).")
    earlier = schedule.attrs.get("earlier_applications", 0)
    since = schedule.attrs.get("search_started_on")
    if schedule.attrs.get("scope") == "current" and earlier:
        start = f" (since {day_word(since, now, long=True)})" if since is not None else ""
        lines.append(f"This is your current search{start}; {earlier:,} applications of earlier searches are not shown.")
    return lines


def _escape(values: pd.Series) -> pd.Series:
    return values.fillna("").astype(str).map(html.escape)


def todo_frame(window: pd.DataFrame, now: pd.Timestamp) -> pd.DataFrame:
    """The rows of the list for the schedule rows in ``window`` (same order), user text escaped.

    Columns :data:`COLUMNS` plus ``due_at`` (hidden; the due column sorts by it).
    """
    names = window["contact_name"] if "contact_name" in window else pd.Series(None, index=window.index)
    who = window["to_whom"] if "to_whom" in window else pd.Series(to_whom(names, window["company"]), index=window.index)
    marks = (
        "<button type='button' class='fk-mark-done' data-fk-mark='done' title='Mark done'>Done</button> "
        "<button type='button' class='fk-mark-skip' data-fk-mark='skipped' title='Skip it'>Skip</button>"
    )
    due = due_phrases(window["due_at"], now)
    late = (window["status"] == "overdue").to_numpy() if "status" in window else due.str.startswith("overdue")
    frame = pd.DataFrame(
        {
            COLUMNS[0]: np.where(late, "<span class='fk-late'>" + due + "</span>", due),
            COLUMNS[1]: _escape(window["kind"].map(KIND_LABELS).fillna(window["kind"])),
            COLUMNS[2]: _escape(who),
            COLUMNS[3]: _escape(window["company"]),
            COLUMNS[4]: marks,
            "due_at": pd.DatetimeIndex(window["due_at"]).tz_convert("UTC").strftime("%Y-%m-%dT%H:%M"),
        },
        index=window.index,
    )
    return frame.reset_index(drop=True)


class TodoTable:
    """The follow-ups as a sortable, selectable table; ``keys`` are the rows' action keys.

    ``on_select(action_key or None)`` is called when the selection changes,
    ``on_mark(action_key, state)`` when a row's *Done* (``"done"``) or *Skip*
    (``"skipped"``) button is pressed.
    """

    def __init__(self, on_select, on_mark):
        import ipywidgets as w

        self.keys: list[str] = []
        self.table = None
        self._on_select, self._on_mark = on_select, on_mark
        self.command = w.Text(layout=w.Layout(display="none"))
        self.command.add_class(COMMAND_CLASS)
        self.command.observe(self._command, names="value")
        self.widget = w.VBox([self.command], layout=w.Layout(width="100%"))
        self.widget.add_class("fk-todo")

    @staticmethod
    def _options() -> dict:
        from itables import JavascriptFunction

        return dict(
            allow_html=True,
            text_in_header_can_be_selected=False,  # a click anywhere on a header sorts by it
            showIndex=False,
            paging=False,
            scrollY=LIST_HEIGHT,
            scrollCollapse=True,
            order=[],
            select={"style": "single", "keys": True, "toggleable": False, "selector": "td:not(:nth-child(5))"},
            columnDefs=[
                {"targets": 0, "orderData": [5], "className": "fk-due"},
                {"targets": 4, "orderable": False, "searchable": False, "className": "fk-marks"},
                {"targets": 5, "visible": False, "searchable": False},
            ],
            drawCallback=JavascriptFunction(_DRAW_JS),
            layout={"topStart": "info", "topEnd": "search", "bottomStart": None, "bottomEnd": None},
            language={
                "info": "_TOTAL_ follow-ups",
                "infoEmpty": "Nothing to do",
                "emptyTable": "Nothing overdue and nothing due this week.",
                "search": "Find:",
            },
            classes="display compact",
            style="width:100%;margin:0",
        )

    def show(self, window: pd.DataFrame, now: pd.Timestamp, selected: str | None = None) -> None:
        """Show the schedule rows in ``window`` (overdue first) and select ``selected`` if listed."""
        self.keys = window["action_key"].astype(str).tolist()
        from itables.widget import ITable

        rows = [self.keys.index(selected)] if selected in self.keys else []
        # A new ITable each time: itables 2.9's widget stops reporting selections once
        # ``update()`` has redrawn its DataTable (its select handlers stay on the old one).
        table = ITable(todo_frame(window, now), selected_rows=rows, **self._options())
        table.observe(self._selected, names="selected_rows")
        old, self.table = self.table, table
        self.widget.children = [table, self.command]
        if old is not None:
            old.close()

    @property
    def selected(self) -> str | None:
        """The action key of the selected row, if any."""
        rows = self.table.selected_rows if self.table is not None else []
        return self.keys[rows[0]] if rows and rows[0] < len(self.keys) else None

    def select(self, action_key: str | None) -> None:
        """Select the row of ``action_key`` (``None``: nothing)."""
        if self.table is not None:
            self.table.selected_rows = [self.keys.index(action_key)] if action_key in self.keys else []

    def _selected(self, change) -> None:
        self._on_select(self.selected)

    def _command(self, change) -> None:
        """A row button was pressed: ``STATE:ROW:NONCE`` (anything else is ignored)."""
        parts = str(change["new"]).split(":")
        if len(parts) < 2 or parts[0] not in ROW_MARKS or not parts[1].isdigit() or int(parts[1]) >= len(self.keys):
            return
        key = self.keys[int(parts[1])]
        self.select(key)
        self._on_mark(key, parts[0])
