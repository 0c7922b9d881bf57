"""Plots render on a small tracker and on an empty one, with titles and labelled axes."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
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
