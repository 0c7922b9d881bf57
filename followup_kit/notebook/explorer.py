"""The wait-time explorer: the widgets behind ``notebooks/wait_times.ipynb``.

Pick a benchmark, the events that start and end a wait, a grouping and a date
range; the Kaplan-Meier and incidence plots, the chance of an answer by days
of silence, the overdue list and the plain-words comparison follow.  Every figure comes from
:mod:`followup_kit.analysis.waits`, :mod:`followup_kit.analysis.stats` and :mod:`followup_kit.analysis.plots`.

Examples
--------
>>> import tempfile, pathlib
>>> from followup_kit import make_tracker
>>> t = make_tracker(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite", 300, seed=2)
>>> ex = WaitTimeExplorer(t, as_of="2026-11-20")
>>> ex.benchmark.value = "glassdoor_2017_us"
>>> "23.8 days" in ex.comparison_text()
True
"""

from __future__ import annotations

import datetime as dt
import html

import pandas as pd

from followup_kit import vocabulary
from followup_kit.analysis.comparison import compare_to_benchmark
from followup_kit.analysis.forecast.plots import plot_chance_within
from followup_kit.analysis.forecast.words import history_sentence
from followup_kit.analysis.incidence import outcome_incidence
from followup_kit.analysis.pipeline import overdue_applications
from followup_kit.analysis.plot_text import wrap_words
from followup_kit.analysis.plots import plot_incidence, plot_survival
from followup_kit.analysis.published import (
    BENCHMARKS,
    benchmarks_to_show,
    cite_benchmark,
    describe_benchmark,
    get_benchmark,
)
from followup_kit.analysis.stats import survival
from followup_kit.analysis.waits import wait_times
from followup_kit.followups.policy import FollowUpPolicy
from followup_kit.notebook.context import frame_html, open_or_missing, open_tracker
from followup_kit.notebook.readable import readable

START_LABELS = {"applied": "application sent", "first_interview": "first interview", "last_interview": "last interview"}
END_LABELS = {
    "decision": "offer or rejection",
    "offer": "offer",
    "rejection": "rejection",
    "response": "first reply of any kind",
}
GROUP_LABELS = {"": "no grouping", "industry": "industry", "source": "source", "stage": "interview stage"}


class WaitTimeExplorer:
    """Interactive waiting-time statistics for one tracker.

    Parameters
    ----------
    tracker : Tracker, path or None
        The tracker (``None``: ``$FOLLOWUP_KIT_TRACKER`` or ``data/tracker.sqlite``).
    as_of : date or str, optional
        The day waits are measured on (``None``: today).
    benchmark, start, end, by : str
        Initial widget values (the notebook's parameters cell passes them).
    since, until : date or str, optional
        Only waits that started in this range.
    country : str, optional
        The user's country (ISO code, as the policy's ``country``; default the policy's): the
        figure published for it is shown beside the chosen benchmark, with its definition.
    """

    def __init__(
        self,
        tracker=None,
        *,
        as_of=None,
        benchmark: str = vocabulary.DEFAULT_BENCHMARK,
        start: str = "first_interview",
        end: str = "decision",
        by: str = "",
        since=None,
        until=None,
        country: str | None = None,
    ):
        import ipywidgets as w

        self.country = country or FollowUpPolicy().country
        self.tracker = open_tracker(tracker)
        self.tables = self.tracker.tables()
        self.as_of = as_of
        self._waits = None  # (choices, frame) of the last wait_times call
        self._country_waits = None  # the same for the waits the country's figure measures
        options = [(f"{cite_benchmark(r.id, span=False)} ({r.statistic})", r.id) for r in BENCHMARKS.itertuples()]
        style = {"description_width": "9em"}
        self.benchmark = w.Dropdown(
            description="Benchmark", options=options, value=benchmark, layout=w.Layout(width="38em"), style=style
        )
        self.start = w.Dropdown(
            description="Wait from", options=[(v, k) for k, v in START_LABELS.items()], value=start, style=style
        )
        self.end = w.Dropdown(
            description="Wait until", options=[(v, k) for k, v in END_LABELS.items()], value=end, style=style
        )
        self.by = w.Dropdown(
            description="Group by", options=[(v, k) for k, v in GROUP_LABELS.items()], value=by or "", style=style
        )
        self.since = w.DatePicker(description="Started from", value=_date(since), style=style)
        self.until = w.DatePicker(description="Started until", value=_date(until), style=style)
        for widget, css in (
            (self.benchmark, "fk-benchmark"),
            (self.start, "fk-start"),
            (self.end, "fk-end"),
            (self.by, "fk-by"),
            (self.since, "fk-since"),
            (self.until, "fk-until"),
        ):
            widget.add_class(css)
        self.definition = w.HTML()
        self.definition.add_class("fk-definition")
        self.country_words = w.HTML()
        self.country_words.add_class("fk-country")
        self.words = w.HTML()
        self.words.add_class("fk-comparison")
        self.plot_image = w.Image(format="png", layout=w.Layout(width="100%", max_width="72em"))
        self.plot_image.add_class("fk-plots")
        self.overdue_html = w.HTML()
        self.overdue_html.add_class("fk-overdue")
        self.chance_words = w.HTML()
        self.chance_words.add_class("fk-chance-words")
        self.chance_image = w.Image(format="png", layout=w.Layout(width="100%", max_width="48em"))
        self.chance_image.add_class("fk-chance-plot")
        for widget in (self.benchmark, self.start, self.end, self.by, self.since, self.until):
            widget.observe(lambda _change: self.update(), names="value")
        self.widget = w.VBox(
            [
                w.HBox([w.VBox([self.benchmark, self.start, self.end]), w.VBox([self.by, self.since, self.until])]),
                self.definition,
                self.words,
                self.country_words,
                self.plot_image,
                w.HTML("<h4>Chance of an answer, by days of silence</h4>"),
                self.chance_words,
                self.chance_image,
                w.HTML("<h4>Open applications waiting longer than the benchmark</h4>"),
                self.overdue_html,
            ]
        )
        self.widget.add_class("fk-explorer")
        self.update()

    def _ipython_display_(self):
        from IPython.display import display

        display(self.widget)

    # --- computations (each one a library call) ---------------------------------

    def waits(self) -> pd.DataFrame:
        """Wait times for the chosen events, filtered to the chosen start dates.

        Computed once per combination of choices: the plots, the words and the
        survival curve of one update share it.
        """

        key = (self.start.value, self.end.value, self.since.value, self.until.value)
        if self._waits is not None and self._waits[0] == key:
            return self._waits[1]
        waits = wait_times(
            self.tables, as_of=self.as_of, start=self.start.value, end=self.end.value, timezone=self.tracker.timezone
        )
        if self.since.value is not None:
            waits = waits[waits["start"] >= pd.Timestamp(self.since.value)]
        if self.until.value is not None:
            waits = waits[waits["start"] <= pd.Timestamp(self.until.value)]
        self._waits = (key, waits)
        return waits

    def survival(self):
        """The Kaplan-Meier result for the current choices (grouped if a group is chosen)."""

        return survival(self.waits(), by=self.by.value or None)

    def comparison(self):
        """The comparison with the chosen benchmark."""

        return compare_to_benchmark(self.waits(), self.benchmark.value)

    def comparison_text(self) -> str:
        """The comparison in plain words."""
        result = self.comparison()
        caveats = [f"Not like for like: {d}." for d in result.differences]
        return " ".join([result.sentence, result.verdict, *caveats])

    def country_comparison(self):
        """Your waits beside the figure published for your country (between that figure's own events),
        or ``None`` when no figure is known for it or it is the chosen benchmark."""
        others = benchmarks_to_show(self.country, self.benchmark.value)[1:]
        if not others:
            return None
        b = get_benchmark(others[0])
        key = ("country", b["start_event"], b["end_event"])
        if self._country_waits is None or self._country_waits[0] != key:
            waits = wait_times(
                self.tables,
                as_of=self.as_of,
                start=b["start_event"],
                end=b["end_event"],
                timezone=self.tracker.timezone,
            )
            self._country_waits = (key, waits)
        return compare_to_benchmark(self._country_waits[1], others[0])

    def country_html(self) -> str:
        """The figure published for your country, its definition, and your waits beside it (HTML)."""
        result = self.country_comparison()
        if result is None:
            return ""
        return (
            f"<h4>Beside the figure for {html.escape(str(result.benchmark['population_country']))}</h4>"
            f"<p class='fk-note'>{html.escape(result.description)}</p>" + result.words_html()
        )

    def overdue(self) -> pd.DataFrame:
        """Open applications waiting longer than the benchmark since their first interview."""

        return overdue_applications(self.tables, self.benchmark.value, as_of=self.as_of, timezone=self.tracker.timezone)

    def overdue_table(self):
        """The open applications waiting longer than the benchmark, as people read them: human headings,
        days as "Thu 15 Oct", no index, no ids (the benchmark is named above the table)."""
        from IPython.display import HTML

        return HTML(self._overdue_html())

    def _overdue_html(self) -> str:
        late = readable(self.overdue().drop(columns=["benchmark_days"], errors="ignore"), as_of=self.as_of)
        late = late.rename(columns={"Since": "First interview"})
        return f"<p class='fk-note'>Benchmark: {html.escape(cite_benchmark(self.benchmark.value))}.</p>" + frame_html(
            late, empty="None: nothing is waiting longer than the benchmark."
        )

    def figure(self):
        """Kaplan-Meier curve and outcome incidence side by side, as a matplotlib Figure."""
        import matplotlib.pyplot as plt

        waits = self.waits()
        fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.2), layout="constrained")
        plot_survival(self.survival(), benchmark_id=self.benchmark.value, ax=left)
        plot_incidence(outcome_incidence(waits), ax=right)
        plt.close(fig)
        return fig

    def chance_text(self, width: int | None = None) -> str:
        """The never-answered share and the day by which answers come, in words, for the current choices;
        with ``width``, on lines of at most that many characters, broken between words only."""
        text = history_sentence(self.waits())
        return wrap_words(text, width) if width else text

    def chance_figure(self):
        """The chance of an answer in the next week by days of silence, with its band, as a Figure."""
        import matplotlib.pyplot as plt

        fig, ax = plt.subplots(figsize=(8, 3.8), layout="constrained")
        plot_chance_within(self.waits(), ax=ax)
        plt.close(fig)
        return fig

    # --- redrawing ------------------------------------------------------------------

    def update(self) -> None:
        """Recompute everything from the current widget values."""
        import io

        self.definition.value = f"<p class='fk-note'>{html.escape(describe_benchmark(self.benchmark.value))}</p>"
        self.words.value = self.comparison().words_html()
        self.country_words.value = self.country_html()
        self.overdue_html.value = self._overdue_html()
        buffer = io.BytesIO()
        self.figure().savefig(buffer, format="png", dpi=90)
        self.plot_image.value = buffer.getvalue()
        self.chance_words.value = f"<p>{html.escape(self.chance_text())}</p>"
        buffer = io.BytesIO()
        self.chance_figure().savefig(buffer, format="png", dpi=90)
        self.chance_image.value = buffer.getvalue()


def _date(value):
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def open_explorer(tracker=None, **kwargs):
    """The wait-time explorer for ``tracker`` (see :class:`WaitTimeExplorer`), or a note on creating a tracker if there is none."""
    return open_or_missing(WaitTimeExplorer, tracker, **kwargs)
