"""The desk's to-do list: due times in words, escaped user text, selection by action key."""

from __future__ import annotations

import pandas as pd
import pytest

from followup_kit.datasets.sample.tracker import create_sample_tracker
from followup_kit.followups.schedule import due_soon, follow_up_schedule
from followup_kit.notebook.desk.table import COLUMNS, TodoTable, due_phrases, todo_frame

TZ = "America/New_York"


def stamps(*texts):
    return pd.Series(pd.to_datetime(list(texts)).tz_localize(TZ))


def test_due_in_words_on_a_monday_morning():
    now = pd.Timestamp("2026-11-23 08:30", tz=TZ)  # Monday
    due = stamps(
        "2026-11-20 09:00",  # last Friday
        "2026-11-22 18:00",  # yesterday
        "2026-11-23 08:00",  # earlier today
        "2026-11-23 09:00",  # later today
        "2026-11-24 09:00",
        "2026-11-29 09:00",  # Sunday, six days on
        "2026-11-30 09:00",  # next Monday: a date, not "Mon" (that would read as today)
    )
    assert due_phrases(due, now).tolist() == [
        "overdue 3 days",
        "overdue 1 day",
        "overdue since 08:00",
        "today 09:00",
        "tomorrow 09:00",
        "Sun",
        "Mon 30 Nov",
    ]


def test_due_in_words_across_a_daylight_saving_change():
    now = pd.Timestamp("2027-03-13 12:00", tz=TZ)  # Saturday; clocks go forward on Sunday
    due = stamps("2027-03-15 09:00", "2027-03-11 09:00")
    assert due_phrases(due, now).tolist() == ["Mon", "overdue 2 days"]


def test_rows_escape_user_text_and_keep_the_sort_key():
    window = pd.DataFrame(
        {
            "action_key": ["thank_you:i1:c1"],
            "kind": ["thank_you"],
            "contact_name": ["<b>Kim</b>"],
            "company": ["Acme & <script>x</script>"],
            "status": ["overdue"],
            "due_at": stamps("2026-11-19 09:00"),
        }
    )
    frame = todo_frame(window, pd.Timestamp("2026-11-20 12:00", tz=TZ))
    assert list(frame.columns) == [*COLUMNS, "due_at"]
    row = frame.iloc[0]
    assert row["What"] == "Thank-you note"
    assert row["To whom"] == "&lt;b&gt;Kim&lt;/b&gt;"
    assert row["Company"] == "Acme &amp; &lt;script&gt;x&lt;/script&gt;"
    assert row["Due"] == "<span class='fk-late'>overdue 1 day</span>"
    assert "data-fk-mark='done'" in row[""] and "data-fk-mark='skipped'" in row[""]
    assert row["due_at"] == "2026-11-19T14:00"  # UTC, so the text sorts in time order


@pytest.fixture(scope="module")
def window(tmp_path_factory):
    with create_sample_tracker(tmp_path_factory.mktemp("todo") / "s.sqlite") as t:
        now = pd.Timestamp("2026-11-20 12:00", tz=TZ)
        return due_soon(follow_up_schedule(t, as_of=now), as_of=now, days=7), now


def test_the_table_selects_by_action_key_and_reports_selections(window):
    frame, now = window
    seen, marks = [], []
    table = TodoTable(seen.append, lambda key, state: marks.append((key, state)))
    table.show(frame, now, selected=frame["action_key"].iloc[3])
    assert table.selected == frame["action_key"].iloc[3] and table.table.selected_rows == [3]
    table.table.selected_rows = [0]  # what a click on the first row sends from the browser
    assert seen[-1] == frame["action_key"].iloc[0] == table.selected
    table.show(frame.iloc[1:], now, selected=frame["action_key"].iloc[0])  # the selected row went away
    assert table.selected is None and table.table.selected_rows == []
    table.select(frame["action_key"].iloc[2])
    assert table.table.selected_rows == [1]
    assert len(table.table.df) == len(frame) - 1
    options = table.table._dt_args
    assert options["select"]["keys"] is True and options["paging"] is False
    assert options["keys_to_be_evaluated"] == [["drawCallback"]]  # the row buttons are wired in the browser
    # what a row's Skip button sends: the row's index in the data (not its place after sorting)
    table.command.value = "skipped:2:1764115200000"
    assert marks == [(frame["action_key"].iloc[3], "skipped")] and table.selected == frame["action_key"].iloc[3]
    for junk in ("skipped:99:1", "delete:1:2", "done", "done:x:3"):
        table.command.value = junk
    assert len(marks) == 1
