"""The result of :func:`~followup_kit.analysis.comparison.compare_to_benchmark`: two answers, the test, the figures.

Examples
--------
>>> FIGURE_NAMES["never_answered"]
'Never answered (share)'
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import pandas as pd

from followup_kit.analysis.estimate import Estimate
from followup_kit.analysis.published import EVENT_WORDS, cite_benchmark
from followup_kit.analysis.stats import SurvivalResult


@dataclass(frozen=True, repr=False, eq=False)
class ComparisonResult:
    """The user's waits beside one benchmark, in two questions; see :func:`compare_to_benchmark`.

    Attributes
    ----------
    benchmark : Series
        The benchmark row (with provenance).
    survival : SurvivalResult
        Kaplan-Meier estimate of all the waits (the answered and the silent).
    n_answered, n_ghosted, n_open, n_other : int
        Waits that got the awaited event; ghosted (recorded, or silent longer
        than ``silence_days``); still open (silent for less); closed otherwise
        (withdrawn, or the other verdict).
    never_answered : Estimate
        The share that never gets the awaited event (Kaplan-Meier plateau).
    answered_basis : str
        How the answered waits were read: the Kaplan-Meier curve normalised by
        its plateau where the never-answered share is known, else the answers
        so far as they are.
    answered_median, answered_mean, answered_share_beyond : float
        Among the waits that got it: median and mean days, and the share longer
        than the benchmark.
    n_longer : int
        Answered waits longer than the benchmark (counted, not estimated).
    silence_days : float
        The silence threshold the waits were read with (``nan`` when not known).
    answered_days, pvalue : float
        The test on the answered waits: their sum, and the two-sided chance of a
        sum this far from the benchmark's under exponential waits with the
        benchmark's mean (Gamma); ``pvalue`` is ``nan`` when no test can mean anything.
    differences : tuple of str
        Where the comparison is not like for like.
    sentence, verdict : str
        The two answers, and the test, in plain words.
    """

    benchmark: pd.Series
    description: str
    survival: SurvivalResult
    start_event: str
    end_event: str
    n_answered: int
    n_ghosted: int
    n_open: int
    n_other: int
    never_answered: Estimate
    answered_basis: str
    answered_median: float
    answered_mean: float
    answered_share_beyond: float
    n_longer: int
    longest_open: float
    silence_days: float
    answered_days: float
    pvalue: float
    test_note: str
    differences: tuple[str, ...]
    sentence: str
    verdict: str

    @property
    def like_for_like(self) -> bool:
        """True when start event, end event and statistic all match the benchmark's."""
        return not self.differences

    @property
    def summary(self) -> pd.DataFrame:
        """Figure, value and what it means, one row each."""
        b = self.benchmark
        never = self.never_answered
        rows = [
            (
                "benchmark",
                b["value_days"],
                f"{b['statistic']} days, {cite_benchmark(str(b['id']))}",
            ),
            ("waits", self.survival.n, "your applications with the start event"),
            ("answered", self.n_answered, f"waits that reached {EVENT_WORDS.get(self.end_event, self.end_event)}"),
            ("never_answered", never.value, never.percent() + "; " + never.method if never.known else never.method),
            ("ghosted", self.n_ghosted, "recorded, or silent for longer than the silence threshold"),
            ("still_open", self.n_open, "silent for less than the silence threshold"),
            ("closed_otherwise", self.n_other, "withdrawn, or a verdict other than the awaited one"),
            ("silence_days", self.silence_days, "the silence threshold (days)"),
            ("answered_median_days", self.answered_median, "median among the answered: " + self.answered_basis),
            ("answered_mean_days", self.answered_mean, "mean among the answered: " + self.answered_basis),
            (
                "answered_share_beyond",
                self.answered_share_beyond,
                f"share of the answers that took longer than {b['value_days']:g} days",
            ),
            ("answered_days", self.answered_days, "sum of the answered waits (the test's statistic)"),
            ("p_value", self.pvalue, self.test_note),
        ]
        return pd.DataFrame(rows, columns=["figure", "value", "meaning"]).set_index("figure")

    def _lines(self) -> list[str]:
        lines = [f"Benchmark: {self.description}", self.sentence, self.verdict]
        lines += [f"Not like for like: {d}" for d in self.differences]
        return lines

    def __repr__(self) -> str:
        return "<ComparisonResult>\n" + "\n".join(self._lines())

    def words_html(self) -> str:
        """The sentence in bold, the verdict, and the caveats as a list (user text escaped)."""
        caveats = "".join(f"<li>{html.escape(d)}</li>" for d in self.differences)
        return f"<p><b>{html.escape(self.sentence)}</b></p><p>{html.escape(self.verdict)}</p>" + (
            f"<p class='fk-note'>Not like for like:</p><ul class='fk-note'>{caveats}</ul>" if caveats else ""
        )

    def method_html(self) -> str:
        """How the figures were computed, for the folded "How this is computed" section (HTML, escaped)."""
        never = self.never_answered
        lines = [
            "Your waits are read as they stand on the day of the report: a wait still running counts as "
            "still waiting (censored), not as missing.",
            f"How long answers took: {self.answered_basis}.",
            "Never answered: " + (never.percent() + "; " if never.known else "") + never.method + ".",
            "Ghosted: recorded, or silent for longer than the silence threshold; still open: silent for less; "
            "closed otherwise: withdrawn, or a verdict other than the awaited one.",
        ]
        if self.test_note and self.test_note != self.verdict:
            lines.append(f"The test against the benchmark: {self.test_note.rstrip('.')}.")
        return "".join(f"<p>{html.escape(line)}</p>" for line in lines)

    def figures_frame(self) -> pd.DataFrame:
        """:attr:`summary` as people read it: named figures, values rounded for reading, "not known" for a
        missing one, no index."""
        table = self.summary.reset_index()
        values = [_value_text(f, v) for f, v in zip(table["figure"], table["value"], strict=True)]
        return pd.DataFrame(
            {
                "Figure": table["figure"].map(FIGURE_NAMES).fillna(table["figure"]),
                "Value": values,
                "Meaning": table["meaning"],
            }
        )

    def _repr_html_(self) -> str:
        return (
            f"<p class='fk-note'>Benchmark: {html.escape(self.description)}</p>"
            + self.words_html()
            + "<details><summary>How this is computed</summary>"
            + self.method_html()
            + self.figures_frame().to_html(index=False, escape=True, border=0, classes="fk-table")
            + "</details>"
        )


def _value_text(figure: str, value) -> str:
    """One figure of the summary for reading: shares in whole percents, days and counts without
    spurious decimals, the p-value to two digits, "not known" when missing."""
    if value is None or (isinstance(value, float) and value != value):
        return "not known"
    if figure in ("never_answered", "answered_share_beyond"):
        return f"{value:.0%}"
    if figure == "p_value":
        return f"{value:.2g}"
    return f"{value:,.1f}".removesuffix(".0")


#: How :attr:`ComparisonResult.summary`'s figures are named where people read them (HTML).
FIGURE_NAMES = {
    "benchmark": "Benchmark (days)",
    "waits": "Your waits",
    "answered": "Answered",
    "never_answered": "Never answered (share)",
    "ghosted": "Ghosted",
    "still_open": "Still open",
    "closed_otherwise": "Closed otherwise",
    "silence_days": "Silence threshold (days)",
    "answered_median_days": "Median among the answered (days)",
    "answered_mean_days": "Mean among the answered (days)",
    "answered_share_beyond": "Answers slower than the benchmark (share)",
    "answered_days": "Sum of answered waits (days)",
    "p_value": "p-value",
}
