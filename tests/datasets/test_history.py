"""A long invented history (2020-2023, one accepted offer) beside the live sample: the Done-when of issue 23."""

import pandas as pd
import pytest

from followup_kit.datasets.history import add_past_search
from followup_kit.datasets.sample.tracker import create_sample_tracker
from followup_kit.followups.drafts import render_drafts
from followup_kit.followups.schedule import due_soon, expired_count, follow_up_schedule, resolve_policy
from followup_kit.notebook.desk.table import todo_frame

AS_OF = "2026-11-20 10:00"  # the sample's own Friday, mid-morning


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    t = create_sample_tracker(tmp_path_factory.mktemp("history") / "t.sqlite")
    before = follow_up_schedule(t, as_of=AS_OF)
    assert add_past_search(t, 400, seed=3) == 400
    yield t, before
    t.close()


def test_the_history_has_the_shape_we_meant(both):
    t, _ = both
    apps = t.applications
    old = apps[apps["company"].str.startswith("Past Company")]
    assert len(old) == 400 and old["applied_on"].min().year == 2020 and old["applied_on"].max().year == 2023
    kinds = t.events[t.events["application_id"].isin(old["application_id"])]["kind"].value_counts()
    assert kinds["offer_accepted"] == 1 and kinds["rejection"] > 50


def test_every_follow_up_due_before_the_import_is_still_due_after_it(both):
    t, before = both
    after = follow_up_schedule(t, as_of=AS_OF)
    due_before = due_soon(before, as_of=AS_OF, days=7)
    due_after = due_soon(after, as_of=AS_OF, days=7)
    assert len(due_before) >= 9
    pd.testing.assert_frame_equal(
        due_before[["action_key", "status", "due_at"]], due_after[["action_key", "status", "due_at"]]
    )
    everything = due_soon(follow_up_schedule(t, as_of=AS_OF, scope="all"), as_of=AS_OF, days=7)
    assert everything["action_key"].tolist() == due_after["action_key"].tolist()  # the history adds nothing live
    assert after.attrs["earlier_applications"] == 400


def test_nothing_proposed_fell_due_more_than_60_days_ago(both):
    t, _ = both
    history = follow_up_schedule(t, as_of=AS_OF, scope="all")
    live = history[history["status"].isin(["pending", "overdue"])]
    assert (live["due_at"] >= pd.Timestamp(AS_OF, tz=t.timezone) - pd.Timedelta(days=60)).all()
    assert expired_count(history) > 50  # the old thank-yous and keep-the-door-open notes, counted
    old = history[history["company"].str.startswith("Past Company")]
    assert set(old["status"]) <= {"expired", "cancelled"}


def test_every_follow_up_names_who_and_today_comes_first(both):
    t, _ = both
    history = follow_up_schedule(t, as_of=AS_OF, scope="all")
    assert history["to_whom"].map(lambda w: isinstance(w, str) and w != "" and "nan" not in w.lower()).all()
    assert history["to_whom"].str.startswith("the hiring team at Past Company").any()
    due = due_soon(follow_up_schedule(t, as_of=AS_OF), as_of=AS_OF, days=7)
    first_day = due["due_at"].iloc[0].tz_convert(t.timezone).date()
    assert str(first_day) == "2026-11-20"
    table = todo_frame(due, pd.Timestamp(AS_OF, tz=t.timezone))
    shown = " ".join(table.drop(columns=["due_at"]).astype(str).to_numpy().ravel())
    assert not any(word in shown.split() for word in ("NaN", "None", "NaT", "nan"))
    drafts = render_drafts(history.head(60), t.tables(), resolve_policy(t), as_of=AS_OF)
    assert not any(d.body.startswith("Hello") for d in drafts.values())
