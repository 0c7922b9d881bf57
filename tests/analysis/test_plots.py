"""Plots render on a small tracker and on an empty one, with titles and labelled axes."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from followup_kit import plots
from followup_kit.analysis.incidence import outcome_incidence
from followup_kit.analysis.pipeline import funnel
from followup_kit.analysis.stats import survival
from followup_kit.analysis.waits import wait_times

AS_OF = "2026-04-20"


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


@pytest.fixture
def small(tracker):
    t = tracker
    a = t.add_application("Acme", "Analyst", applied_on="2026-03-02", industry="Software")
    b = t.add_application("Brio", "Engineer", applied_on="2026-03-03", industry="Retail")
    c = t.add_application("Cora", "Engineer", applied_on="2026-03-04")
    t.log_interview(a, "2026-03-10 10:00", [])
    t.log_interview(b, "2026-03-12 10:00", [])
    t.log_interview(c, "2026-03-12 10:00", [])
    t.record_event(a, "offer", "2026-04-01")
    t.record_event(c, "ghosted", "2026-04-05")
    return t


def _labelled(ax):
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()
    return ax


def test_plots_on_a_small_tracker(small):
    w = wait_times(small, as_of=AS_OF)
    ax = _labelled(plots.plot_wait_distribution(w))
    assert "first interview to decision" in ax.get_title()
    assert any("benchmark" in t.get_text() for t in ax.get_legend().get_texts())
    ax = _labelled(plots.plot_survival(survival(w)))
    assert ax.get_ylabel() == "still waiting" and ax.get_xlabel() == "days since first interview"
    _labelled(plots.plot_survival(survival(w, by="industry"), benchmark_id=None))
    _labelled(plots.plot_survival(w))
    _labelled(plots.plot_incidence(outcome_incidence(w)))
    _labelled(plots.plot_incidence(w))
    schedule = pd.DataFrame(
        {
            "application_id": [1],
            "due_at": [pd.Timestamp("2026-03-11 09:00", tz="UTC")],
            "status": ["done"],
            "kind": ["thank_you"],
        }
    )
    ax = _labelled(plots.plot_timeline(small, schedule=schedule, as_of=AS_OF))
    assert next(t.get_text() for t in ax.get_yticklabels()) == "Cora - Engineer"
    assert "follow-up sent" in [t.get_text() for t in ax.get_legend().get_texts()]
    _labelled(plots.plot_funnel(small, as_of=AS_OF))
    _labelled(plots.plot_funnel(funnel(small, as_of=AS_OF)))


def test_draws_on_given_axes(small):
    _fig, ax = plt.subplots()
    assert plots.plot_funnel(small, ax=ax, as_of=AS_OF) is ax


@pytest.mark.parametrize(
    "name", ["plot_wait_distribution", "plot_survival", "plot_incidence", "plot_timeline", "plot_funnel"]
)
def test_empty_tracker_says_nothing_to_show(tracker, name):
    data = tracker if name in ("plot_timeline", "plot_funnel") else wait_times(tracker, as_of=AS_OF)
    kwargs = {"as_of": AS_OF} if name in ("plot_timeline", "plot_funnel") else {}
    ax = getattr(plots, name)(data, **kwargs)
    assert ax.get_title()
    assert any(t.get_text().startswith("Nothing to show yet") for t in ax.texts)


def _plot_functions():
    from followup_kit.analysis.forecast import plots as forecast_plots

    found = {
        name: getattr(mod, name) for mod in (plots, forecast_plots) for name in dir(mod) if name.startswith("plot_")
    }
    return sorted(found.items())


PLOTS = _plot_functions()


def test_every_plot_function_is_public():
    import followup_kit as fk

    assert len(PLOTS) >= 6
    for name, _ in PLOTS:
        assert name in fk.__all__ or hasattr(fk.plots, name), name


def _artists(ax):
    return [*ax.lines, *ax.patches, *ax.collections, *ax.texts]


@pytest.mark.parametrize(("name", "plot"), PLOTS)
def test_plot_contract_on_a_tracker_an_empty_tracker_and_a_given_ax(name, plot, small, tmp_path):
    from followup_kit.store.tracker import Tracker

    # a tracker: draws on a new figure, titled, axes labelled, keyword arguments reach the artists
    ax = plot(small, as_of=AS_OF, zorder=2.5)
    assert isinstance(ax, matplotlib.axes.Axes)
    _labelled(ax)
    assert any(a.get_zorder() == 2.5 for a in _artists(ax)), f"{name} dropped **kwargs"
    # an empty tracker: a titled "nothing to show" instead of an error
    with Tracker.create(tmp_path / "empty.sqlite", timezone="UTC") as empty:
        ax = plot(empty, as_of=AS_OF)
        assert ax.get_title()
        assert any(plots.NOTHING in t.get_text() for t in ax.texts), name
    # a given ax: drawn there and returned
    _fig, given = plt.subplots()
    assert plot(small, as_of=AS_OF, ax=given) is given
    assert _artists(given)


# --- text drawn literally, axes that fit their data (issue 23 point 6, issue 26 point 3) -------------

#: Texts that matplotlib would read as mathematics or markup if drawn as they are.
HOSTILE = ("Account Exec $60k base, 10% OTE to $90k", "\\frac{a}{b} $", "_^{} $x^2$", "$$", "a$b$c")


@pytest.fixture
def hostile(tracker):
    t = tracker
    for i, text in enumerate(HOSTILE):
        a = t.add_application(f"{text} Co", text, applied_on=f"2026-03-0{i + 2}", industry=text, source=text)
        t.log_interview(a, f"2026-03-1{i} 10:00", [])
        if i % 2:
            t.record_event(a, "rejection", f"2026-04-0{i + 1}")
    return t


def _texts(fig):
    from matplotlib.text import Text

    return [t for t in fig.findobj(Text) if t.get_text()]


@pytest.mark.parametrize(("name", "plot"), PLOTS)
def test_every_plot_draws_dollars_and_markup_literally(name, plot, hostile):
    from matplotlib import cbook

    ax = plot(hostile, as_of=AS_OF)
    ax.figure.canvas.draw()  # mathtext would raise here on "$60k to $90k"
    for text in _texts(ax.figure):
        assert not cbook.is_math_text(text.get_text()), (name, text.get_text())
    if name == "plot_timeline":
        labels = [t.get_text() for t in ax.get_yticklabels()]
        assert any("\\$60k" in label for label in labels)


def test_grouped_survival_draws_group_names_literally_and_marks_each_curve(hostile):
    from matplotlib import cbook

    w = wait_times(hostile, as_of=AS_OF)
    ax = plots.plot_survival(survival(w, by="industry"), benchmark_id="shrm_24_days")
    ax.figure.canvas.draw()
    assert not any(cbook.is_math_text(t.get_text()) for t in _texts(ax.figure))


def test_markers_are_recomputed_per_group():
    """After grouping, each "x% still waiting" marker sits on its own group's curve, at the benchmark
    (issue 23: an "83% still waiting" marker from the ungrouped curve sat on no group's line)."""
    w = pd.DataFrame(
        {
            "days": [2, 3, 4, 20, 30, 15, 18, 25, 40],
            "observed": [True] * 5 + [True, True, False, False],
            "industry": ["Retail"] * 5 + ["Software"] * 4,
        }
    )
    km = survival(w, by="industry")
    ax = plots.plot_survival(km, benchmark_id="glassdoor_2017_us_restaurants")  # 10.2 days
    marks = sorted(round(float(m.get_ydata()[0]), 6) for m in ax.lines if m.get_marker() == "o")
    assert marks == [0.4, 1.0]  # Retail: 2 of 5 still waiting at day 10.2; Software: all 4
    notes = sorted(t.get_text() for t in ax.texts)
    assert notes == ["100% still waiting", "40% still waiting"]  # not the ungrouped 67%


def test_funnel_counts_on_whole_numbers(small):
    ax = plots.plot_funnel(small, as_of=AS_OF)
    ticks = [t for t in ax.get_xticks() if ax.get_xlim()[0] <= t <= ax.get_xlim()[1]]
    assert ticks and all(float(t).is_integer() for t in ticks)
    assert float(ax.get_xlim()[1]).is_integer()


def _legend_entries_have_data_in_view(ax):
    from matplotlib.lines import Line2D

    low, high = ax.get_xlim()
    handles, labels = ax.get_legend_handles_labels()
    assert handles
    for handle, label in zip(handles, labels, strict=True):
        if isinstance(handle, Line2D):
            x = np.asarray(handle.get_xdata(), dtype=float)
            assert ((x >= low) & (x <= high)).any(), f"legend entry {label!r} has no line in view"


def test_chance_plot_runs_to_its_data_and_draws_every_legend_entry():
    """The report's chance plot ran to 41 days with its curve ending at 14 (issue 23)."""
    from followup_kit.analysis.forecast.plots import plot_chance_within

    days = [1, 2, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 14, 20, 41]
    w = pd.DataFrame({"days": days, "observed": [True] * 13 + [False] * 2})
    ax = plot_chance_within(w)
    curve = next(line for line in ax.lines if line.get_linewidth() == 2)
    end = float(np.max(curve.get_xdata()))
    assert ax.get_xlim()[1] <= end + 7 + 1  # the curve, a week beyond it, a day of margin
    assert ax.get_xlim()[1] < 41
    _legend_entries_have_data_in_view(ax)
    # a threshold far beyond the curve: said in words on the chart, not a legend entry without its line
    late = pd.DataFrame({"days": [1, 2, 3, 4, 5, 6, 7, 80, 90, 200], "observed": [True] * 7 + [True, False, False]})
    ax = plot_chance_within(late)
    _legend_entries_have_data_in_view(ax)
    labels = ax.get_legend_handles_labels()[1]
    shown = [t.get_text() for t in ax.texts]
    assert all("came by day" not in label for label in labels) == any("beyond this chart" in s for s in shown)
