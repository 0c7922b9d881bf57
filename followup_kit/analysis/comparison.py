"""Your waits beside a published benchmark, like for like, in numbers and plain words: two questions.

Silence is an answer, so :func:`compare_to_benchmark` asks two questions instead of one:

1. **How long did answers take, among the applications that got one?**  The
   Kaplan-Meier curve normalised by its plateau (the answers that come), so a
   wait cut short by ``as_of`` still counts; a benchmark such as Glassdoor's
   (application to an offer or a rejection, among processes that ended) measures
   exactly this.  The test against the benchmark runs on these answered waits
   only: their sum against a Gamma (a sum of exponential waits whose mean is the
   benchmark).  Where it cannot mean anything (too few answers, or answers that
   may still come) the result says so instead of giving a p-value.
2. **What share never answered?**  :attr:`ComparisonResult.never_answered`, an
   :class:`~followup_kit.analysis.estimate.Estimate` from the plateau
   (:func:`~followup_kit.analysis.forecast.estimates.never_hear_back`).

"Still open" means silent for less than the silence threshold
(:mod:`followup_kit.store.silence`); longer silences count as ghosted.

Examples
--------
>>> import pandas as pd
>>> waits = pd.DataFrame({"days": [5, 30, 40], "observed": [True, True, False],
...                       "outcome": ["offer", "rejection", "open"]})
>>> result = compare_to_benchmark(waits, "shrm_24_days")
>>> result.sentence.split(":")[0]
'Of your 3 applications, 2 got an answer'
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from followup_kit import vocabulary
from followup_kit.analysis.comparison_result import FIGURE_NAMES, ComparisonResult
from followup_kit.analysis.forecast.estimates import never_hear_back
from followup_kit.analysis.published import (
    EVENT_WORDS,
    describe_benchmark,
    get_benchmark,
)
from followup_kit.analysis.stats import (
    CONFIDENCE_LEVEL,
    SurvivalResult,
    check_waits,
)

__all__ = ["FIGURE_NAMES", "ComparisonResult", "answered_distribution", "compare_to_benchmark"]

#: What the awaited event is called in sentences, by end event.
_AWAITED = {"decision": "a decision", "offer": "an offer", "rejection": "a rejection", "response": "a reply"}

#: The verdict that ends a wait without being the awaited one, by end event (said in "ended another way").
_OTHER_VERDICT = {"offer": "a rejection", "rejection": "an offer"}

#: Fewer answered waits than this and the test against the benchmark is not run.
FEW_ANSWERS_TO_TEST = 5


def _count(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"


def answered_distribution(km: SurvivalResult) -> pd.DataFrame:
    """How long answers took among the answered: ``time`` and ``answered`` (cumulative share, 0 to 1).

    The Kaplan-Meier share answered ``1 - S(t)`` divided by its last level ``1 - S(t*)``
    (``t*`` the last answer): where the curve has levelled off, the distribution of answer
    times among the applications that get one; before that, among the answers so far.

    Examples
    --------
    >>> import numpy as np
    >>> km = SurvivalResult.estimate(np.array([2.0, 4, 9, 9]), np.array([True, True, False, False]))
    >>> answered_distribution(km)["answered"].tolist()
    [0.5, 1.0]
    """
    sf = km.sf.loc[km.sf["events"] > 0]
    if sf.empty:
        return pd.DataFrame({"time": pd.Series(dtype=float), "answered": pd.Series(dtype=float)})
    share = 1 - sf["survival"].to_numpy(dtype=float)
    return pd.DataFrame({"time": sf["time"].to_numpy(dtype=float), "answered": share / share[-1]})


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
            "the benchmark is a mean over hiring processes that ended; the kit sets it beside the mean of "
            "your answered waits, the never-answered share apart"
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
    """Set your waits beside a published benchmark, like for like: how long answers took, and how many never came.

    Parameters
    ----------
    wait_times : DataFrame
        From :func:`~followup_kit.analysis.waits.wait_times` (its ``attrs`` say which events the
        waits run between and the silence threshold they were read with).
    benchmark_id : str
        A row of :data:`~followup_kit.analysis.published.BENCHMARKS`.

    Returns
    -------
    ComparisonResult
        The answered waits beside the benchmark (median, mean, share slower, from
        :func:`answered_distribution`), the never-answered share with its interval, the
        counts (answered, ghosted, still open, closed otherwise), the test on the answered
        waits (or why there is none), every way in which the comparison is not like for
        like, and the sentences.  Empty input gives "not enough data yet" instead of an error.

    Examples
    --------
    >>> import pandas as pd
    >>> w = pd.DataFrame({"days": [10, 30, 12, 31, 60], "observed": [True, True, False, False, False],
    ...                   "outcome": ["offer", "rejection", "ghosted", "open", "ghosted"]})
    >>> w.attrs.update(start_event="first_interview", end_event="decision", silence_days=41.0)
    >>> res = compare_to_benchmark(w, "shrm_24_days")
    >>> print(res.sentence)  # doctest: +NORMALIZE_WHITESPACE
    Of your 5 applications, 2 got a decision: half of the answers so far within 20 days, 1 after more than 24 days; too early
    to tell what share never will (answers may still come). 2 count as ghosted (recorded, or silent for longer
    than 41 days); 1 is still open (silent for less than 41 days).
    >>> print(res.verdict)
    No test against the benchmark: 2 answered waits are too few to tell (at least 5 are needed).
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
    silence = float(wait_times.attrs.get("silence_days", math.nan))
    after = float(wait_times.attrs.get("silence_days_after_interview", silence))
    km = SurvivalResult.estimate(days, observed, confidence_level=confidence_level, start_event=start, end_event=end)
    value = float(bench["value_days"])
    is_open = (outcome == "open") & ~observed
    ghosted = (outcome == "ghosted") & ~observed
    n_answered, n_open, n_ghosted = int(observed.sum()), int(is_open.sum()), int(ghosted.sum())
    n_other = int((~observed & ~is_open & ~ghosted).sum())
    n_longer = int((observed & (days > value)).sum())
    longest_open = float(days[is_open].max()) if n_open else math.nan
    never = never_hear_back(wait_times.assign(days=days, observed=observed), confidence_level=confidence_level)

    if never.known:  # the answers have stopped: the curve normalised by its plateau counts the open waits
        dist = answered_distribution(km)
        t, share = dist["time"].to_numpy(), dist["answered"].to_numpy()
        median = float(t[np.argmax(share >= 0.5)])
        mean = float(np.sum(t * np.diff(share, prepend=0.0)))
        beyond = float(1 - share[np.searchsorted(t, value, side="right") - 1]) if t[0] <= value else 1.0
        answered_basis = "Kaplan-Meier curve normalised by its plateau"
    else:  # answers may still come: the answers so far, as they are
        answered = days[observed]
        median = float(np.median(answered)) if n_answered else math.nan
        mean = float(answered.mean()) if n_answered else math.nan
        beyond = float((answered > value).mean()) if n_answered else math.nan
        answered_basis = "the answers so far (answers may still come)"

    answered_days = float(days[observed].sum())
    cut_short = not never.known and "follow-up too short" in never.method
    pvalue, note = math.nan, ""
    if km.n == 0:
        note = "Not enough data yet for a test against the benchmark."
    elif n_answered < FEW_ANSWERS_TO_TEST:
        note = (
            f"No test against the benchmark: {_count(n_answered, 'answered wait')} "
            f"{'is' if n_answered == 1 else 'are'} too few to tell (at least {FEW_ANSWERS_TO_TEST} are needed)."
        )
    elif cut_short:
        note = (
            "No test against the benchmark: answers may still come, so the answered waits so far are cut "
            "short and would look quicker than they are."
        )
    else:
        gamma = stats.gamma(n_answered, scale=value)
        pvalue = float(min(1.0, 2 * min(gamma.cdf(answered_days), gamma.sf(answered_days))))
    ended_word = _AWAITED.get(end, "an answer")
    limit = f"{value:g} days"
    if km.n == 0:
        sentence = "Not enough data yet: no applications have reached the start of a wait."
    else:
        sentence = f"Of your {_count(km.n, 'application')}, {n_answered} got {ended_word}"
        if n_answered:
            half = "half of them within" if never.known else "half of the answers so far within"
            sentence += f": {half} {median:g} days, {n_longer} after more than {limit}"
        if never.known:
            sentence += f"; {never.percent()} never got one"
        elif cut_short:
            sentence += "; too early to tell what share never will (answers may still come)"
        sentence += "."
        silence_words = f"{silence:g} days" if not math.isnan(silence) else "the silence threshold"
        if not math.isnan(silence) and after != silence:
            silence_words += f", {after:g} after an interview"
        rest = []
        if n_ghosted:
            verb = "counts" if n_ghosted == 1 else "count"
            rest.append(f"{n_ghosted} {verb} as ghosted (recorded, or silent for longer than {silence_words})")
        if n_open:
            rest.append(f"{n_open} {'is' if n_open == 1 else 'are'} still open (silent for less than {silence_words})")
        if n_other:
            other = _OTHER_VERDICT.get(str(end), "")
            rest.append(f"{n_other} ended another way (withdrawn{', or ' + other if other else ''})")
        if rest:
            sentence += " " + "; ".join(rest)[0].upper() + "; ".join(rest)[1:] + "."
    if note:
        verdict = note
    else:
        detail = (
            f"mean {answered_days / n_answered:.1f} days over {n_answered} answered waits against {limit}, "
            f"p = {pvalue:.2g}"
        )
        model_words = f"a typical wait of {limit} on average"
        if pvalue < 1 - confidence_level:
            pace = "sooner" if answered_days / n_answered < value else "later"
            verdict = f"Among the answered, answers came {pace} than {model_words} would give."
            note = (
                f"two-sided Gamma test of the answered waits' sum against exponential waits with a mean of "
                f"{limit} ({detail}): answers came {pace}"
            )
        else:
            verdict = f"Among the answered, answer times are consistent with {model_words}."
            note = (
                f"two-sided Gamma test of the answered waits' sum against exponential waits with a mean of "
                f"{limit} ({detail}): consistent with the benchmark"
            )
    return ComparisonResult(
        benchmark=bench,
        description=describe_benchmark(benchmark_id),
        survival=km,
        start_event=start,
        end_event=end or "the end event",
        n_answered=n_answered,
        n_ghosted=n_ghosted,
        n_open=n_open,
        n_other=n_other,
        never_answered=never,
        answered_basis=answered_basis,
        answered_median=median,
        answered_mean=mean,
        answered_share_beyond=beyond,
        n_longer=n_longer,
        longest_open=longest_open,
        silence_days=silence,
        answered_days=answered_days,
        pvalue=pvalue,
        test_note=note,
        differences=tuple(_differences(bench, start, end)),
        sentence=sentence,
        verdict=verdict,
    )
