"""Headless tests for followup_kit.notebook.desk.main: set .value, call .click(), read the widgets."""

from __future__ import annotations

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
    desk.iv_when.input.value = "2026-03-12 10:00"
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
    # the desk looks at 2026-03-11; the new notes are due within 24 h of 2026-03-12 10:00
    desk._as_of_input = "2026-03-12 12:00"
    desk.refresh()
    new = [k for k in keys(desk) if k.startswith("thank_you:i2")]
    assert len(new) == 2


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("iv_when", "next tuesday", "not a date and time"),
        ("iv_decision", "20/03/2026", "not a date"),
        ("iv_candidates", "many", "not a whole number"),
    ],
)
def test_bad_interview_input_shows_message_beside_the_field(desk, interviewed, field, value, message):
    desk.iv_application.value = interviewed["application_id"]
    desk.iv_when.input.value = "2026-03-12 10:00"
    desk.iv_people.value = (interviewed["interviewer_id"],)
    getattr(desk, field).input.value = value
    desk.iv_button.click()
    assert message in getattr(desk, field).message.value
    assert "Please correct" in desk.iv_status.value
    assert len(interviewed["tracker"].interviews) == 1


def test_interview_needs_someone_and_duplicate_is_explained(desk, interviewed):
    desk.iv_application.value = interviewed["application_id"]
    desk.iv_when.input.value = "2026-03-10 14:00"
    desk.iv_button.click()
    assert "pick at least one person" in desk.iv_people_message.value
    desk.iv_people.value = (interviewed["interviewer_id"],)
    desk.iv_button.click()
    assert "already logged" in desk.iv_when.message.value or "already logged" in desk.iv_status.value


def test_record_outcome_rejection_still_interested(desk, interviewed):
    t = interviewed["tracker"]
    desk.outcome_application.value = interviewed["application_id"]
    desk.outcome_kind.value = "rejection"
    desk.outcome_on.input.value = "2026-03-11"  # on the desk's day: a rejection dated later has not happened yet
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
    desk.outcome_on.input.value = "2026-03-18"
    desk.outcome_deadline.input.value = "2026-03-01"
    desk.outcome_interested.value = False
    desk.outcome_button.click()
    assert "deadline is before the offer" in desk.outcome_deadline.message.value
    assert t.events.empty
    assert bool(t.applications.loc[0, "still_interested"]) is True


def test_new_application_form(desk, interviewed):
    desk.new_app_company.input.value = "<b>Gamma</b> & Co"
    desk.new_app_role.input.value = "Analyst"
    desk.new_app_applied.input.value = "yesterday"
    desk.new_app_button.click()
    assert "not a date" in desk.new_app_applied.message.value
    desk.new_app_applied.input.value = "2026-03-09"
    desk.new_app_button.click()
    assert "&lt;b&gt;Gamma&lt;/b&gt;" in desk.status.value
    assert "<b>Gamma</b> & Co" in set(interviewed["tracker"].applications["company"])


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
