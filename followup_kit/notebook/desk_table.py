"""The desk's to-do list: the follow-ups as a real table (itables' ``ITable`` widget).

One row per follow-up: when it is due, said the way people say it ("overdue 2
days", "today 09:00", "Mon"), what to send, to whom, for which company, and
*Done* / *Skip* on the row itself.  Columns sort on a click (the due column by
the real due time), selecting a row shows its draft, and the keyboard works:
Tab into the list, arrow keys move, Space selects, Tab reaches the row's buttons.

The table is DataTables inside an anywidget; its JavaScript ships in the itables
wheel, so it works offline in JupyterLab and in Voilà.  The row buttons select
their row and press the desk's own (hidden) *Done* / *Skip* button, so a click
goes through the same Python handler, with the same checks, as the buttons
beside the draft.

Examples
--------
>>> import pandas as pd
>>> now = pd.Timestamp("2026-11-20 10:00", tz="UTC")
>>> due = pd.Series(pd.to_datetime(["2026-11-18 09:00", "2026-11-20 09:00", "2026-11-20 15:00",
...                                 "2026-11-21 09:00", "2026-11-23 09:00", "2026-12-04 09:00"]).tz_localize("UTC"))
>>> due_phrases(due, now).tolist()
['overdue 2 days', 'overdue since 09:00', 'today 15:00', 'tomorrow 09:00', 'Mon', 'Fri 4 Dec']
"""

from __future__ import annotations

import html

import numpy as np
import pandas as pd

from followup_kit.vocabulary import KIND_LABELS

#: The list's columns as people read them; ``marks`` holds the row's Done / Skip buttons.
COLUMNS = ("Due", "What", "To whom", "Company", "")
#: Days ahead that are named by their weekday alone ("Mon"); later ones get a date too.
WEEKDAY_ONLY_DAYS = 6
#: Height of the scrolling list: about twelve rows, so the draft stays beside it at 1280x800.
LIST_HEIGHT = "23em"
#: The CSS classes of the desk's hidden buttons that the row buttons press.
ROW_BUTTON_CLASSES = {"done": "fk-row-done", "skipped": "fk-row-skip"}

# Runs once the table is drawn: row buttons select their row, then press the desk's hidden
# Done/Skip button (ipywidgets sends both messages, in order, to the kernel).  Keyboard
# shortcuts of JupyterLab are suppressed inside the list so the arrow keys move its rows.
_INIT_JS = """
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
        const row = api.row(button.closest('tr'));
        api.rows().deselect();
        row.select();
        const desk = table.closest('.fk-desk') || document;
        const target = desk.querySelector('button.' + button.dataset.fkMark);
        if (target) { target.click(); }
    });
}
"""


def due_phrases(due_at: pd.Series, now: pd.Timestamp) -> pd.Series:
    """When each follow-up is due, in words relative to ``now`` (vectorised).

    Overdue by a day or more: ``overdue 2 days``; overdue since earlier today:
    ``overdue since 09:00``; later today: ``today 15:00``; tomorrow: ``tomorrow
    09:00``; within :data:`WEEKDAY_ONLY_DAYS` days: the weekday (``Mon``); later:
    ``Fri 4 Dec``.
    """
    due = pd.DatetimeIndex(due_at).tz_convert(now.tz)
    # calendar days between the local dates (not 24-hour steps: a daylight-saving night has 23 or 25)
    days = np.asarray((due.tz_localize(None).normalize() - now.tz_localize(None).normalize()).days, dtype="int64")
    late = np.asarray(due < now)
    clock = due.strftime("%H:%M")
    weekday = due.strftime("%a")
    dated = weekday + " " + pd.Index(due.day).astype(str) + due.strftime(" %b")
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


def _escape(values: pd.Series) -> pd.Series:
    return values.fillna("").astype(str).map(html.escape)


def todo_frame(window: pd.DataFrame, now: pd.Timestamp) -> pd.DataFrame:
    """The rows of the list for the schedule rows in ``window`` (same order), user text escaped.

    Columns :data:`COLUMNS` plus ``due_at`` (hidden; the due column sorts by it).
    """
    who = window["contact_name"] if "contact_name" in window else pd.Series("", index=window.index)
    marks = (
        f"<button type='button' class='fk-mark-done' data-fk-mark='{ROW_BUTTON_CLASSES['done']}' "
        "title='Mark done'>Done</button> "
        f"<button type='button' class='fk-mark-skip' data-fk-mark='{ROW_BUTTON_CLASSES['skipped']}' "
        "title='Skip it'>Skip</button>"
    )
    due = due_phrases(window["due_at"], now)
    late = (window["status"] == "overdue").to_numpy() if "status" in window else due.str.startswith("overdue")
    frame = pd.DataFrame(
        {
            COLUMNS[0]: np.where(late, "<span class='fk-late'>" + due + "</span>", due),
            COLUMNS[1]: _escape(window["kind"].map(KIND_LABELS).fillna(window["kind"])),
            COLUMNS[2]: _escape(who.where(who.notna() & who.astype(str).ne(""), "—")),
            COLUMNS[3]: _escape(window["company"]),
            COLUMNS[4]: marks,
            "due_at": pd.DatetimeIndex(window["due_at"]).tz_convert("UTC").strftime("%Y-%m-%dT%H:%M"),
        },
        index=window.index,
    )
    return frame.reset_index(drop=True)


class TodoTable:
    """The follow-ups as a sortable, selectable table; ``keys`` are the rows' action keys.

    ``on_select`` is called with the selected action key (or ``None``).
    """

    def __init__(self, on_select):
        from itables.widget import ITable

        self.keys: list[str] = []
        self._on_select = on_select
        self.widget = ITable(pd.DataFrame(columns=[*COLUMNS, "due_at"]), **self._options())
        self.widget.add_class("fk-todo")
        self.widget.observe(self._selected, names="selected_rows")

    @staticmethod
    def _options() -> dict:
        from itables import JavascriptFunction

        return dict(
            allow_html=True,
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
            initComplete=JavascriptFunction(_INIT_JS),
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
        rows = [self.keys.index(selected)] if selected in self.keys else []
        self.widget.update(todo_frame(window, now), **{**self._options(), "selected_rows": rows})

    @property
    def selected(self) -> str | None:
        """The action key of the selected row, if any."""
        rows = self.widget.selected_rows
        return self.keys[rows[0]] if rows and rows[0] < len(self.keys) else None

    def select(self, action_key: str | None) -> None:
        """Select the row of ``action_key`` (``None``: nothing)."""
        self.widget.selected_rows = [self.keys.index(action_key)] if action_key in self.keys else []

    def _selected(self, change) -> None:
        self._on_select(self.selected)
