"""Every plot takes ``as_of`` and draws nothing after it (an earlier week's report shows that week as it was)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from followup_kit.analysis.forecast.plots import plot_chance_within
from followup_kit.analysis.pipeline import funnel
from followup_kit.analysis.plots import (
    plot_funnel,
    plot_incidence,
    plot_survival,
    plot_timeline,
    plot_wait_distribution,
)
from followup_kit.datasets.synthetic import make_tracker
from followup_kit.vocabulary import ROLE_NOT_GIVEN

MIDDLE = pd.Timestamp("2026-05-20")  # the synthetic search runs from 2025-11-20 to 2026-11-20


@pytest.fixture(scope="module")
def search(tmp_path_factory):
    t = make_tracker(tmp_path_factory.mktemp("plots") / "t.sqlite", 400, seed=4)
    t.add_application("Nameless Co", None, applied_on="2026-05-01")  # no role
    yield t
    t.close()


def _data_x(ax) -> np.ndarray:
    """Every x value the Axes draws data at: lines, filled bands, line collections and non-empty bars."""
    xs = []
    for artist in ax.get_children():
        if isinstance(artist, Line2D) and artist.get_transform() == ax.transData:
            xs.append(mdates.date2num(artist.get_xdata()) if _dates(artist.get_xdata()) else artist.get_xdata())
        elif isinstance(artist, LineCollection):
            for seg in artist.get_segments():
                xs.append(seg[:, 0])
        elif isinstance(artist, PolyCollection):
            for path in artist.get_paths():
                xs.append(path.vertices[:, 0])
        elif isinstance(artist, Rectangle) and artist.get_height() > 0 and artist is not ax.patch:
            xs.append([artist.get_x()])
    flat = [np.asarray(x, dtype=float).ravel() for x in xs if len(x)]
    return np.concatenate(flat) if flat else np.zeros(0)


def _dates(values) -> bool:
    values = np.asarray(values)
    return values.dtype.kind == "M" or (values.size and isinstance(values.flat[0], pd.Timestamp | np.datetime64))


def test_the_timeline_draws_nothing_after_as_of(search):
    schedule = pd.DataFrame(
        {
            "application_id": [1, 2],
            "due_at": pd.to_datetime(["2026-03-02 09:00", "2026-09-01 09:00"]).tz_localize(search.timezone),
            "status": ["done", "done"],
            "kind": ["thank_you", "thank_you"],
        }
    )
    ax = plot_timeline(search, as_of=MIDDLE, schedule=schedule, max_rows=500)
    x = _data_x(ax)
    assert len(x) and x.max() <= mdates.date2num(MIDDLE)
    full = _data_x(plot_timeline(search, as_of="2026-11-20", schedule=schedule, max_rows=500))
    assert full.max() > mdates.date2num(MIDDLE)  # the same call later does draw later things
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert f"Nameless Co - {ROLE_NOT_GIVEN}" in labels and not any(label.endswith(" - nan") for label in labels)
    plt.close("all")


@pytest.mark.parametrize(
    "plot",
    [
        lambda t, **kw: plot_wait_distribution(t, benchmark_id=None, start="applied", end="response", **kw),
        lambda t, **kw: plot_survival(t, benchmark_id=None, start="applied", end="response", **kw),
        lambda t, **kw: plot_incidence(t, start="applied", end="response", **kw),
        lambda t, **kw: plot_chance_within(t, **kw),
    ],
    ids=["wait_distribution", "survival", "incidence", "chance_within"],
)
def test_plots_of_waits_draw_nothing_after_as_of(search, plot):
    first = search.applications["applied_on"].min()
    longest = (MIDDLE - first).days  # no wait measured on MIDDLE can be longer
    x = _data_x(plot(search, as_of=MIDDLE))
    assert len(x) and x.max() <= longest
    later = _data_x(plot(search, as_of="2026-11-20"))
    assert later.max() > longest
    plt.close("all")


def test_the_funnel_counts_on_as_of(search):
    ax = plot_funnel(search, as_of=MIDDLE)
    widths = [p.get_width() for p in ax.patches if isinstance(p, Rectangle) and p is not ax.patch]
    assert widths == funnel(search, as_of=MIDDLE)["count"].tolist()
    assert widths != funnel(search, as_of="2026-11-20")["count"].tolist()
    plt.close("all")
