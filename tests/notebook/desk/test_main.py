"""Headless tests for followup_kit.notebook.desk.main: set .value, call .click(), read the widgets."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from followup_kit.notebook.desk.main import FollowUpDesk
from followup_kit.store.tracker import Tracker


@pytest.fixture
def desk(interviewed):
    return FollowUpDesk(interviewed["tracker"], as_of="2026-03-11")


def keys(desk) -> list[str]:
    """The action keys of the list's rows, in the order shown."""
    return list(desk.todo.keys)


def test_lists_overdue_first_and_shows_a_draft(desk):
    rows = desk.todo.table.df
    assert len(rows), "the interview must produce follow-ups"
    assert list(rows.columns[:4]) == ["Due", "What", "To whom", "Company"]
    late = rows["Due"].str.contains("overdue").tolist()
    assert late == sorted(late, reverse=True)  # overdue first
    assert rows["due_at"].iloc[sum(late) :].is_monotonic_increasing
    thank_you = [k for k in keys(desk) if k.startswith("thank_you")]
    assert len(thank_you) == 2
    assert desk.selected == keys(desk)[0]  # the first row is selected when the desk opens
    desk.todo.table.selected_rows = [keys(desk).index(thank_you[0])]  # a click on its row
    assert desk.selected == thank_you[0]
    assert "Thank-you note" in desk.draft_html.value
    assert "mailto:" in desk.draft_html.value
    assert "churn model" in desk.draft_body.value
    assert "None" not in desk.draft_body.value


def test_mark_done_is_written_at_once_and_survives_a_new_desk(desk, interviewed):
    key = desk.selected
    desk.done_button.click()
    assert "Marked done: " in desk.status.value and key not in desk.status.value  # words, not the internal key
    assert key not in keys(desk)
    reopened = Tracker.open(interviewed["tracker"].path)
    assert reopened.action_state.set_index("action_key").loc[key, "state"] == "done"
    again = FollowUpDesk(reopened, as_of="2026-03-11")
    assert key not in keys(again)
    reopened.close()


def test_the_row_buttons_mark_their_own_row(desk, interviewed):
    first, third = keys(desk)[0], keys(desk)[2]
    desk.todo.command.value = "skipped:2:1"  # what the Skip button on the third row sends
    assert third not in keys(desk) and first in keys(desk)
    assert interviewed["tracker"].action_state.set_index("action_key")["state"].to_dict() == {third: "skipped"}
    assert "Skipped: " in desk.status.value and desk.selected is None
    desk.todo.command.value = f"done:{keys(desk).index(first)}:2"
    assert first not in keys(desk)
    assert interviewed["tracker"].action_state.set_index("action_key").loc[first, "state"] == "done"


def test_skip_then_undo_and_double_click_is_harmless(desk, interviewed):
    key = desk.selected
    desk.skip_button.click()
    assert key not in keys(desk)
    assert desk.selected is None
    desk.skip_button.click()  # a double click marks nothing else
    assert "Pick a follow-up first" in desk.status.value
    assert len(interviewed["tracker"].action_state) == 1
    desk.undo_button.click()  # nothing selected: undoes the last mark
    assert key in keys(desk)
    assert interviewed["tracker"].action_state.empty


def test_log_interview_form_adds_thank_you_notes(desk, interviewed):
    t = interviewed["tracker"]
    desk.iv_application.value = interviewed["application_id"]
    desk.iv_when.input.value, desk.iv_when.time.value = dt.date(2026, 3, 12), dt.time(10, 0)  # the two pickers
    desk.iv_new_name.input.value = "Omar Panel"
    desk.iv_add_person.click()
    desk.iv_new_name.input.value = "Lena Panel"
    desk.iv_new_relation.value = "recruiter"
    desk.iv_add_person.click()
    assert len(desk.iv_people.value) == 2
    desk.iv_memorable.input.value = "their new data platform"
    desk.iv_candidates.input.value = "3"
    desk.iv_button.click()
    assert "Interview logged. 2 thank-you notes" in desk.iv_status.value
    assert len(t.interviews) == 2
    # the picked wall-clock time is in the tracker's zone (New York), stored as that instant
    assert t.interviews["starts_at"].iloc[-1] == pd.Timestamp("2026-03-12 10:00", tz="America/New_York")
    assert desk.iv_when.value == dt.datetime(2026, 3, 11, 9, 0)  # ready for the next one, in the working day
    # the desk looks at 2026-03-11; the new notes are due within 24 h of 2026-03-12 10:00
    desk._as_of_input = "2026-03-12 12:00"
    desk.refresh()
    new = [k for k in keys(desk) if k.startswith("thank_you:i2")]
    assert len(new) == 2


@pytest.mark.parametrize(
    ("field", "widget", "value", "message"),
    [
        ("iv_when", "input", None, "pick the day"),
        ("iv_when", "time", None, "pick the time it starts"),
        ("iv_candidates", "input", "many", "not a whole number"),
    ],
)
def test_bad_interview_input_shows_message_beside_the_field(desk, interviewed, field, widget, value, message):
    desk.iv_application.value = interviewed["application_id"]
    desk.iv_when.reset(dt.datetime(2026, 3, 12, 10))
    desk.iv_people.value = (interviewed["interviewer_id"],)
    getattr(getattr(desk, field), widget).value = value
    desk.iv_button.click()
    assert message in getattr(desk, field).message.value
    assert "Please correct" in desk.iv_status.value
    assert len(interviewed["tracker"].interviews) == 1


def test_date_pickers_start_at_today_and_the_next_full_hour(interviewed):
    desk = FollowUpDesk(interviewed["tracker"], as_of="2026-03-11 09:20")
    assert desk.outcome_on.value == desk.new_app_applied.value == dt.date(2026, 3, 11)
    assert desk.iv_when.value == dt.datetime(2026, 3, 11, 10, 0)
    assert desk.iv_decision.value is None and desk.iv_start.value is None and desk.outcome_deadline.value is None
    assert type(desk.iv_when.input).__name__ == "DatePicker" and type(desk.iv_when.time).__name__ == "TimePicker"


def test_who_you_met_lists_the_chosen_companys_people_first(tracker):
    others = [tracker.add_contact(f"Person {i}", company="Globex", relation="recruiter") for i in range(12)]
    acme = tracker.add_application("Acme", "Analyst", "2026-03-02")
    globex = tracker.add_application("Globex", "Analyst", "2026-03-02")
    kim = tracker.add_contact("Kim Example", company="ACME Inc.", relation="hiring_manager")
    desk = FollowUpDesk(tracker, as_of="2026-03-10")
    desk.iv_application.value = acme
    ids = [v for _, v in desk.iv_people.options]
    assert ids[0] == kim and ids[1:] == others  # Acme's person first, then everyone else in order
    desk.iv_people.value = (others[3],)
    desk.iv_application.value = globex  # another application: its people first, the pick kept
    assert [v for _, v in desk.iv_people.options] == [*others, kim]
    assert desk.iv_people.value == (others[3],)
    assert desk.iv_people_filter.layout.display != "none"  # 13 people: the filter box shows
    desk.iv_people_filter.value = "kim"
    assert [v for _, v in desk.iv_people.options] == [others[3], kim]  # the match, and the pick stays
    desk.iv_people_filter.value = ""
    assert len(desk.iv_people.options) == 13


def test_a_short_list_has_no_filter_box(desk):
    assert len(desk.iv_people.options) <= 10
    assert desk.iv_people_filter.layout.display == "none"


def test_interview_needs_someone_and_duplicate_is_explained(desk, interviewed):
    desk.iv_application.value = interviewed["application_id"]
    desk.iv_when.reset(dt.datetime(2026, 3, 10, 14))
    desk.iv_button.click()
    assert "pick at least one person" in desk.iv_people_message.value
    desk.iv_people.value = (interviewed["interviewer_id"],)
    desk.iv_button.click()
    assert "already logged" in desk.iv_when.message.value or "already logged" in desk.iv_status.value


def test_record_outcome_rejection_still_interested(desk, interviewed):
    t = interviewed["tracker"]
    desk.outcome_application.value = interviewed["application_id"]
    desk.outcome_kind.value = "rejection"
    desk.outcome_on.input.value = dt.date(
        2026, 3, 11
    )  # on the desk's day: a rejection dated later has not happened yet
    desk.outcome_interested.value = True
    desk.outcome_button.click()
    assert "Recorded" in desk.outcome_status.value
    assert t.applications.loc[0, "status"] == "rejected"
    schedule = desk.schedule
    assert (schedule["kind"] == "keep_in_touch").any()


def test_a_silent_application_can_still_get_its_reply_or_be_kept_open(interviewed):
    t = interviewed["tracker"]
    desk = FollowUpDesk(t, as_of="2026-05-20")  # silent for two months: counted as ghosted by silence
    assert desk.tables["applications"].loc[0, "status"] == "ghosted"
    labels = [label for label, _ in desk.outcome_application.options]
    assert len(labels) == 1 and labels[0].endswith("(silent: counted as ghosted)")
    desk.outcome_application.value = interviewed["application_id"]
    desk.waiting_button.click()
    assert "Kept open" in desk.outcome_status.value
    assert t.applications.loc[0, "still_waiting"] and desk.tables["applications"].loc[0, "status"] == "interviewing"
    assert next(label for label, _ in desk.outcome_application.options).endswith("you are still waiting)")


def test_bad_outcome_changes_nothing(desk, interviewed):
    t = interviewed["tracker"]
    desk.outcome_application.value = interviewed["application_id"]
    desk.outcome_kind.value = "offer"
    desk.outcome_on.input.value = dt.date(2026, 3, 18)
    desk.outcome_deadline.input.value = dt.date(2026, 3, 1)
    desk.outcome_interested.value = False
    desk.outcome_button.click()
    assert "deadline is before the offer" in desk.outcome_deadline.message.value
    assert t.events.empty
    assert bool(t.applications.loc[0, "still_interested"]) is True


def test_new_application_form(desk, interviewed):
    desk.new_app_role.input.value = "Analyst"
    desk.new_app_button.click()
    assert "required" in desk.new_app_company.message.value  # beside the field
    desk.new_app_company.input.value = "<b>Gamma</b> & Co"
    desk.new_app_applied.input.value = dt.date(2026, 3, 9)
    desk.new_app_button.click()
    assert "&lt;b&gt;Gamma&lt;/b&gt;" in desk.status.value
    apps = interviewed["tracker"].applications.set_index("company")
    assert apps.loc["<b>Gamma</b> & Co", "applied_on"] == pd.Timestamp("2026-03-09")
    assert desk.new_app_applied.value == dt.date(2026, 3, 11)  # back to today for the next one


def test_static_table_escapes_user_text(tracker):
    c = tracker.add_contact("Eve <img src=x onerror=alert(1)>", relation="interviewer")
    app = tracker.add_application("<script>alert(1)</script>", "Analyst")
    tracker.log_interview(app, "2026-03-10 10:00", [c])
    desk = FollowUpDesk(tracker, as_of="2026-03-10")
    html = desk.actions_table().data
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img" not in html


def test_empty_tracker_desk_says_so(tracker):
    desk = FollowUpDesk(tracker, as_of="2026-03-10")
    assert keys(desk) == [] and desk.todo.table.df.empty
    assert "Nothing overdue" in desk.summary.value
    assert "Nothing overdue" in desk.actions_table().data
    desk.iv_button.click()
    assert "Add the application first" in desk.iv_status.value


def test_as_of_date_means_the_start_of_that_day(desk):
    # the kit's one rule (followup_kit._validation): a bare date is local midnight, so what falls due that day is
    # "due today", not overdue
    assert desk.as_of == pd.Timestamp("2026-03-11 00:00", tz="America/New_York")


def test_an_application_without_a_role_reads_role_not_given(tracker):
    app = tracker.add_application("Acme", None, "2026-03-02")
    kim = tracker.add_contact("Kim Example", relation="recruiter")
    tracker.log_interview(app, "2026-03-09 10:00", [kim])
    desk = FollowUpDesk(tracker, as_of="2026-03-10")
    assert "<h4>Acme — role not given</h4>" in desk.actions_table().data
    assert desk.iv_application.options == (("Acme — role not given (interviewing)", app),)
    assert "None" not in desk.draft_html.value + desk.draft_body.value


def test_the_static_copies_are_for_batch_runs_not_for_the_app(desk, monkeypatch):
    assert "Thank-you note" in desk.actions_table().data  # JupyterLab, papermill, nbval
    assert desk.silences() is not None
    monkeypatch.setenv("FOLLOWUP_KIT_APP", "1")  # what `followup-kit app` sets for its kernels
    assert desk.actions_table() is None and desk.silences() is None


def _widgets(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _widgets(child)


def _fits(text: str, width: str | None) -> bool:
    """Whether ``text`` fits ``width`` (an "em" width; a character is at most 0.62 em in the desk's font)."""
    if not width or not width.endswith("em"):
        return True
    return len(text) * 0.62 <= float(width[:-2])


def test_no_label_in_the_desk_is_cut(desk):
    import ipywidgets as w

    too_long = []
    for widget in _widgets(desk.widget):
        if isinstance(widget, (w.Button, w.Checkbox, w.ToggleButton)):
            continue  # their text is their content, not a fixed-width label (the browser test measures them)
        if isinstance(widget, w.Label) and widget.value and not _fits(widget.value, widget.layout.width):
            too_long.append(widget.value)
        description = getattr(widget, "description", "")
        style = getattr(widget, "style", None)
        if description and hasattr(style, "description_width"):  # (buttons, uploads: their own text)
            width = style.description_width
            if width in ("initial", "auto"):
                continue
            if not _fits(description, width or "6em"):  # ipywidgets' default is 80 px, about 6 em
                too_long.append(description)
    assert too_long == []
    labels = [x.value for x in _widgets(desk.widget) if isinstance(x, w.Label)]
    assert "What you did not get to say" in labels
