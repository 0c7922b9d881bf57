"""Your waits beside a published benchmark, like for like, in numbers and plain words.

:func:`compare_to_benchmark` checks that the benchmark measures the same
thing (start event, end event, statistic) and says where it does not, gives
the share of your waits past the benchmark (Kaplan-Meier, so open
applications count), and a one-sample log-rank test against an exponential
wait whose mean is the benchmark.

Examples
--------
>>> import pandas as pd
>>> waits = pd.DataFrame({"days": [5, 30, 40], "observed": [True, True, False],
...                       "outcome": ["offer", "rejection", "open"]})
>>> result = compare_to_benchmark(waits, "shrm_24_days")
>>> result.sentence.split(";")[0]
'1 of your 2 ended applications took longer than 24 days'
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from followup_kit import vocabulary
from followup_kit.analysis.published import (
    EVENT_WORDS,
    describe_benchmark,
    get_benchmark,
)
from followup_kit.analysis.stats import (
    CONFIDENCE_LEVEL,
    FEW_WAITS,
    SurvivalResult,
    _days,
    check_waits,
)

#: What to call the waits that ended, by end event.
_ENDED_WORDS = vocabulary.EVENT_PARTICIPLES


_NONE_WORDS = {
    "decision": "has had a decision",
    "offer": "has had an offer",
    "rejection": "has been rejected",
    "response": "has had a reply",
}


def _count(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"


@dataclass(frozen=True, repr=False, eq=False)
class ComparisonResult:
    """The user's waits beside one benchmark; see :func:`compare_to_benchmark`.

    Attributes
    ----------
    benchmark : Series
        The benchmark row (with provenance).
    survival : SurvivalResult
        Kaplan-Meier estimate of the user's waits.
    share_beyond : float
        Estimated share of waits longer than the benchmark value (Kaplan-Meier).
    observed_events, expected_events, statistic, pvalue : float
        One-sample log-rank test against an exponential wait with the
        benchmark's value as its mean: O ended waits against
        E = sum(days) / mean, chi-square (O - E)^2 / E on 1 df.
    differences : tuple of str
        Where the comparison is not like for like.
    sentence, verdict : str
        The counts and the test result in plain words.
    """

    benchmark: pd.Series
    description: str
    survival: SurvivalResult
    start_event: str
    end_event: str
    n_open: int
    n_other: int
    n_longer: int
    n_open_past: int
    longest_open: float
    share_beyond: float
    restricted_mean: float
    horizon: float
    observed_events: float
    expected_events: float
    statistic: float
    pvalue: float
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
        low, high = self.survival.median_ci
        rows = [
            (
                "benchmark",
                b["value_days"],
                f"{b['statistic']} days, {b['start_event']} to {b['end_event']} ({b['id']})",
            ),
            ("waits", self.survival.n, "your applications with the start event"),
            ("ended", self.survival.n_observed, f"waits that reached {self.end_event}"),
            ("still_open", self.n_open, "waits still running at as_of"),
            ("closed_otherwise", self.n_other, "ghosted, withdrawn or the other verdict"),
            ("share_beyond", self.share_beyond, f"estimated share waiting longer than {b['value_days']:g} days"),
            (
                "median_days",
                self.survival.median,
                f"Kaplan-Meier median ({low:g} to {high:g})" if self.survival.n else "no data",
            ),
            (
                "restricted_mean_days",
                self.restricted_mean,
                f"mean counting at most {self.horizon:g} days" if self.survival.n else "no data",
            ),
            ("observed_events", self.observed_events, "O: waits that ended"),
            ("expected_events", self.expected_events, f"E: sum of days / {b['value_days']:g}"),
            ("chi_square", self.statistic, "(O - E)^2 / E, 1 df"),
            ("p_value", self.pvalue, "one-sample log-rank test against an exponential wait"),
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

    def _repr_html_(self) -> str:
        return (
            f"<p class='fk-note'>Benchmark: {html.escape(self.description)}</p>"
            + self.words_html()
            + "<details><summary>The figures behind these sentences</summary>"
            + self.summary.to_html(float_format=lambda v: f"{v:.4g}")
            + "</details>"
        )


def _differences(bench: pd.Series, start, end) -> list[str]:
    out = []
    if start is None or end is None:
        out.append(
            "these waits do not say which events they run between (their attrs are missing); "
            "make them with wait_times()"
        )
    if start is not None and start != bench["start_event"]:
        out.append(
            f"the benchmark counts from {EVENT_WORDS.get(bench['start_event'], bench['start_event'])}, "
            f"your waits from {EVENT_WORDS.get(start, start)}"
        )
    if end is not None and end != bench["end_event"]:
        out.append(
            f"the benchmark counts until {EVENT_WORDS.get(bench['end_event'], bench['end_event'])}, "
            f"your waits until {EVENT_WORDS.get(end, end)}"
        )
    if bench["statistic"] == "mean":
        out.append(
            "the benchmark is a mean; with waits still open your own mean is not known yet, so the kit "
            "shows the share beyond the benchmark, a restricted mean and a test against an exponential "
            "wait with that mean"
        )
    if (bench["note"] or "").lower().startswith("approximate"):
        out.append("the benchmark itself is approximate: " + bench["note"].split(";")[0].split(":", 1)[-1].strip())
    return out


def compare_to_benchmark(
    wait_times: pd.DataFrame,
    benchmark_id: str = vocabulary.DEFAULT_BENCHMARK,
    *,
    confidence_level: float = CONFIDENCE_LEVEL,
) -> ComparisonResult:
    """Set your waits beside a published benchmark, like for like, in numbers and words.

    Parameters
    ----------
    wait_times : DataFrame
        From :func:`~followup_kit.analysis.waits.wait_times`; its ``attrs`` say which
        events the waits run between.
    benchmark_id : str
        A row of :data:`~followup_kit.analysis.published.BENCHMARKS`.

    Returns
    -------
    ComparisonResult
        With the share of your waits beyond the benchmark, the one-sample
        log-rank test (O ended waits against E = sum(days) / benchmark mean,
        chi-square (O - E)^2 / E on 1 df), every way in which the comparison
        is not like for like, and a plain sentence.  Empty input or nothing
        ended gives "not enough data yet" instead of an error.

    Examples
    --------
    >>> import pandas as pd
    >>> w = pd.DataFrame({"days": [10, 30, 12, 31], "observed": [True, True, False, False],
    ...                   "outcome": ["offer", "rejection", "ghosted", "open"]})
    >>> w.attrs.update(start_event="first_interview", end_event="decision")
    >>> res = compare_to_benchmark(w, "shrm_24_days")
    >>> print(res.sentence)
    1 of your 2 decided applications took longer than 24 days; 1 is still open, the longest for 31 days (1 of them already past 24 days); 1 closed without a decision (ghosted or withdrawn).
    >>> round(res.expected_events, 3), round(res.statistic, 3)
    (3.458, 0.615)
    """
    from scipy import stats

    bench = get_benchmark(benchmark_id)
    days, observed = check_waits(wait_times)
    outcome = (
        wait_times["outcome"].astype(object).fillna("open").to_numpy()
        if "outcome" in wait_times
        else np.where(observed, "ended", "open")
    )
    start, end = wait_times.attrs.get("start_event"), wait_times.attrs.get("end_event")
    km = SurvivalResult.estimate(days, observed, confidence_level=confidence_level, start_event=start, end_event=end)
    value = float(bench["value_days"])
    is_open = (outcome == "open") & ~observed
    n_open, n_other = int(is_open.sum()), int((~observed & ~is_open).sum())
    n_ended = int(observed.sum())
    longer = int((observed & (days > value)).sum())
    open_past = int((is_open & (days > value)).sum())
    longest_open = float(days[is_open].max()) if n_open else math.nan
    expected = float(days.sum() / value)
    chi2 = (n_ended - expected) ** 2 / expected if expected > 0 else math.nan
    pvalue = float(stats.chi2.sf(chi2, 1)) if expected > 0 else math.nan
    horizon = km.max_time if km.n else math.nan
    ended_word = _ENDED_WORDS.get(end, "ended")
    limit = f"{value:g} days"

    if km.n == 0:
        sentence = "Not enough data yet: no applications have reached the start of a wait."
    else:
        sentence = f"{longer} of your {_count(n_ended, ended_word + ' application')} took longer than {limit}"
        if n_ended == 0:
            sentence = f"None of your {_count(km.n, 'application')} {_NONE_WORDS.get(end, 'has ended')} yet"
        if n_open:
            sentence += (
                f"; {n_open} {'is' if n_open == 1 else 'are'} still open, the longest for "
                f"{_days(longest_open)} ({open_past} of them already past {limit})"
            )
        if n_other:
            what = {
                "decision": "a decision",
                "offer": "an offer",
                "rejection": "a rejection",
                "response": "a reply",
            }.get(end, "an end")
            sentence += f"; {n_other} closed without {what} (ghosted or withdrawn)"
        sentence += "."
    if km.n == 0 or expected == 0:
        verdict = "Not enough data yet for a test against the benchmark."
    else:
        detail = f"{n_ended} ended against {expected:.1f} expected, p = {pvalue:.2g}"
        model_words = f"an exponential wait with a mean of {limit}"
        if pvalue < 1 - confidence_level:
            pace = "sooner" if n_ended > expected else "later"
            verdict = f"Your waits ended {pace} than {model_words} would give ({detail})."
        else:
            verdict = f"Your waits are consistent with {model_words} ({detail})."
        if km.n < FEW_WAITS:
            verdict += f" With {_count(km.n, 'wait')} this is a rough guide, not proof."
    return ComparisonResult(
        benchmark=bench,
        description=_describe(benchmark_id),
        survival=km,
        start_event=start,
        end_event=end or "the end event",
        n_open=n_open,
        n_other=n_other,
        n_longer=longer,
        n_open_past=open_past,
        longest_open=longest_open,
        share_beyond=km.survival_at(value) if km.n else math.nan,
        restricted_mean=km.restricted_mean(horizon) if km.n else math.nan,
        horizon=horizon,
        observed_events=float(n_ended),
        expected_events=expected,
        statistic=chi2,
        pvalue=pvalue,
        differences=tuple(_differences(bench, start, end)),
        sentence=sentence,
        verdict=verdict,
    )


def _describe(benchmark_id: str) -> str:

    return describe_benchmark(benchmark_id)
