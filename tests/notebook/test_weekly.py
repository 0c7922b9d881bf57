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


# --- the report in people's words (issue 23 point 5) and text with $ (issue 26 point 3) --------------


def test_this_week_says_to_whom_and_lists_each_thing_once(week):
    frame = week.this_week_frame()
    done = frame.loc[frame["what"].str.startswith("Thank-you note")]
    # the sample: two thank-you notes after the Orchard & Vine interview, one per person met
    assert len(done) == 2 and done["what"].is_unique
    assert all(" to " in what and what.endswith(": done") for what in done["what"])
    assert not frame.duplicated(subset=["date", "what", "application_id"]).any()
    assert "Thank-you note: done" not in week.this_week().data


def test_the_report_speaks_words_not_code(week):
    import re

    pages = {
        "overdue": week.overdue().data,
        "forecasts": week.forecasts().data,
        "comparison": week.comparison().data,
        "this_week": week.this_week().data,
        "due": week.due_next_week().data,
    }
    for name, page in pages.items():
        for word in ("shrm_24_days", "glassdoor_2017", "week.raw", "NaN", "0% (0% to 0%)", "application_id"):
            assert word not in page, (name, word)
        assert not re.search(r"\d+\.\d{3,}", page), name  # no figure with more decimals than needed
        # the method only inside the folded "How this is computed"
        unfolded = re.sub(r"<details>.*?</details>", "", page, flags=re.S)
        for word in ("Kaplan-Meier", "the other verdict", "Maller-Zhou", "p = "):
            assert word not in unfolded, (name, word)
    assert "<summary>How this is computed</summary>" in pages["comparison"]
    assert "Beside SHRM blog, 24 days from the first interview to an offer, US" in pages["comparison"]
    assert "Benchmark (days)" not in pages["overdue"]  # the benchmark is named once, above the table
    sources = week.sources().data
    assert "shrm_24_days" in sources and "SHRM blog" in sources  # ids: the appendix only


@pytest.fixture
def dollars(tmp_path):
    """The sample with a role and a company that matplotlib would read as mathematics."""
    t = create_sample_tracker(tmp_path / "t.sqlite")
    a = t.add_application(
        "\\frac{Acme}{2} _^{} $x$", "Account Exec $60k base, 10% OTE to $90k", applied_on="2026-11-16"
    )
    c = t.add_contact("Sam $ Lee", relation="hiring_manager")
    t.log_interview(a, "2026-11-18 10:00", [c])
    yield t
    t.close()


def test_text_with_dollars_never_stops_the_report(dollars):
    import io

    from matplotlib import cbook
    from matplotlib.text import Text

    week = WeeklyReport(dollars, week_ending="2026-11-20")
    for figure in (week.wait_plots(), week.timeline(), week.funnel(), week.chance_plot()):
        figure.savefig(io.BytesIO(), format="png")  # mathtext would raise on "$60k ... $90k"
        texts = [t.get_text() for t in figure.findobj(Text) if t.get_text()]
        assert not any(cbook.is_math_text(t) for t in texts), texts
    timeline = [t.get_text() for t in week.timeline().axes[0].get_yticklabels()]
    assert any("\\$60k base, 10% OTE to \\$90k" in label for label in timeline)
    pages = [section().data for section in (week.due_next_week, week.overdue, week.forecasts, week.comparison)]
    assert all(pages)  # every section is written
    assert "Account Exec $60k base, 10% OTE to $90k" in week.this_week().data  # as typed, in the HTML


def test_a_follow_up_due_in_another_year_carries_its_year(tmp_path):
    with create_sample_tracker(tmp_path / "t.sqlite") as t:
        a = t.add_application("Yearend Co", "Analyst", applied_on="2026-12-20")
        t.log_interview(a, "2026-12-30 10:00", [t.add_contact("Ada Park", relation="hiring_manager")])
        week = WeeklyReport(t, week_ending="2026-12-31")
        page = week.due_next_week(with_drafts=False).data
    assert "Yearend Co" in page
    heads = [p for p in page.split("<p>") if "Yearend Co" in p]
    assert any("Jan" in h for h in heads) and any("Dec" in h for h in heads)
    assert all("2027" in h for h in heads if "Jan" in h) and all("2026" not in h for h in heads if "Dec" in h)
