"""Tests for followup_kit.notebook.weekly: the sections of the weekly report."""

from __future__ import annotations

import pytest

from followup_kit.datasets.sample.tracker import create_sample_tracker
from followup_kit.notebook.weekly import WeeklyReport


@pytest.fixture(scope="module")
def week(tmp_path_factory):
    t = create_sample_tracker(tmp_path_factory.mktemp("weekly") / "tracker.sqlite")
    yield WeeklyReport(t, week_ending="2026-11-20")
    t.close()


def test_week_bounds_and_header(week):
    assert (week.start.isoformat(), week.end.isoformat()) == ("2026-11-14", "2026-11-20")
    assert "14 Nov to 20 Nov 2026" in week.header().data


def test_this_week_lists_only_this_week(week):
    page = week.this_week().data
    assert "Silverpine Insurance" in page  # interviewed on Tue 17 Nov in the sample
    assert "Sep" not in page


def test_due_next_week_has_drafts_in_details(week):
    page = week.due_next_week().data
    assert "<details>" in page and "<pre>" in page
    assert "None" not in page


def _drawn(ax) -> bool:
    return bool(ax.lines or ax.patches or ax.collections)


def test_figures_render(week):
    survival_ax, histogram_ax = week.wait_plots().axes
    assert survival_ax.get_title().startswith("Share of applications still waiting") and _drawn(survival_ax)
    assert histogram_ax.get_title().startswith("How long your waits took") and _drawn(histogram_ax)
    (timeline_ax,) = week.timeline().axes
    assert timeline_ax.get_title().startswith("Your applications over time") and _drawn(timeline_ax)
    (funnel_ax,) = week.funnel().axes
    assert funnel_ax.get_title() == "From application to offer" and len(funnel_ax.patches) == 4


def test_empty_tracker_report_is_quiet(tracker):
    week = WeeklyReport(tracker, week_ending="2026-03-06")
    assert "Nothing was recorded this week" in week.this_week().data
    assert "Nothing is due next week" in week.due_next_week().data
    for fig in (week.wait_plots(), week.timeline(), week.funnel()):
        for ax in fig.axes:
            assert any("Nothing to show yet" in t.get_text() for t in ax.texts), ax.get_title()


def test_silence_section_leads_with_the_forecasts(week):
    page = week.forecasts().data
    assert page.startswith("<p class='fk-note'>From your 15 applications: 25% (7% to 49%) never got an answer")
    assert page.count("<li") == 3 and "Silent 31 days." in page
    ax = week.chance_plot().axes[0]
    assert ax.get_title() == "Chance of an answer in the next week, by days of silence"
    assert ax.get_ylabel() == "chance of the first reply"


def test_empty_tracker_forecasts_are_quiet(tracker):
    week = WeeklyReport(tracker, week_ending="2026-03-06")
    assert "No application is waiting for a first reply" in week.forecasts().data
    assert "Nothing to show yet" in week.chance_plot().axes[0].texts[0].get_text()


def test_statuses_and_silence_are_those_of_the_week(week):
    apps = week.tables["applications"]
    assert apps.attrs["silence_days"] == week.silence_days == 14  # the sample's own threshold
    assert "15 applications in the tracker, 7 still open" in week.header().data  # an offer, 5 interviewing, 1 applied
    silent = week.silent_frame()
    assert silent["company"].tolist() == ["Meridian Civic Labs", "Brightwater Learning"]
    assert silent["days"].tolist() == [31, 17]
    page = week.overdue().data
    assert "Ghosted by silence: no news for longer than 14 days" in page and "Days without news" in page
    earlier = WeeklyReport(week.tracker, week_ending="2026-11-06")  # that week as it was
    assert earlier.silent_frame()["company"].tolist() == ["Meridian Civic Labs"]  # 17 days then
    status = earlier.tables["applications"].set_index("company")["status"]
    assert status["Brightwater Learning"] == "applied"  # applied 3 days before
    # Northwind, silent 17 days after the decision date it was given, waits for a decision: 30 days
    assert status["Northwind Analytics"] == "interviewing"


def test_the_users_country_figure_stands_beside_the_article(tmp_path):
    from followup_kit.followups.policy import FollowUpPolicy

    with create_sample_tracker(tmp_path / "t.sqlite") as t:
        france = WeeklyReport(t, week_ending="2026-11-20", policy=FollowUpPolicy(country="FR"))
        page = france.comparison().data
        assert "Beside SHRM blog, 24 days from the first interview to an offer, US</h3>" in page
        assert "Beside Glassdoor, 38.9 days from the application to an offer or a rejection, France, 2017" in page
        assert "shrm_24_days" not in page and "glassdoor_2017_fr" not in page  # ids only in the appendix
        appendix = france.sources().data
        assert "glassdoor_2017_fr" in appendix and "shrm_24_days" in appendix
        assert "Mean of 38.9 days from the application to an offer or a rejection (France" in page
        assert "Mean of 24 days from the first interview to an offer" in page
        ids = [r.benchmark["id"] for r in france.comparisons()]
        assert ids == ["shrm_24_days", "glassdoor_2017_fr"]
        assert france.comparisons()[1].start_event == "applied"
        nowhere = WeeklyReport(t, week_ending="2026-11-20", policy=FollowUpPolicy(country="JP"))
        assert [r.benchmark["id"] for r in nowhere.comparisons()] == ["shrm_24_days"]


def test_country_parameter_sets_the_policy_country(tmp_path):
    with create_sample_tracker(tmp_path / "t.sqlite") as t:
        week = WeeklyReport(t, week_ending="2026-11-20", country="DE")
        assert week.country == "DE" and "28.5 days" in week.comparison().data
