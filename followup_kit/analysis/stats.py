"""Waiting-time statistics that count the applications still open.

Waits that have not ended are right-censored: leaving them out biases every
average low.  :func:`survival` gives the Kaplan-Meier share still waiting with
a 95% log-log band, the median and its Brookmeyer-Crowley interval;
:mod:`followup_kit.analysis.incidence` splits the ending into competing outcomes
(offer, rejection, ghosted, withdrawn) with the Aalen-Johansen estimator, and
:mod:`followup_kit.analysis.comparison` sets them beside a benchmark.  scipy is
imported inside the functions.

Examples
--------
>>> import pandas as pd
>>> waits = pd.DataFrame({"days": [5, 10, 10, 20, 30],
...                       "observed": [True, True, False, True, False],
...                       "outcome": ["offer", "rejection", "open", "offer", "ghosted"]})
>>> km = survival(waits)
>>> km.median, round(km.survival_at(24), 4)
(20.0, 0.3)
"""

from __future__ import annotations

import html
import math
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

import numpy as np
import pandas as pd

from followup_kit.analysis.conditional import conditional_chance, method_text
from followup_kit.analysis.estimate import Estimate
from followup_kit.analysis.logrank import group_labels, logrank_chi2
from followup_kit.errors import InputError

#: Confidence level of bands and intervals.
CONFIDENCE_LEVEL = 0.95

#: Fewer waits than this and the kit says the figures are rough.
FEW_WAITS = 10


def check_waits(waits) -> tuple[np.ndarray, np.ndarray]:
    """Return ``(days, observed)`` arrays from a wait-times frame, or say which value is wrong."""
    if not isinstance(waits, pd.DataFrame):
        raise TypeError(f"expected the DataFrame from wait_times(), got {type(waits).__name__}")
    for col in ("days", "observed"):
        if col not in waits.columns:
            raise InputError("wait times need the columns 'days' and 'observed' (see wait_times)", field=col)
    days = pd.to_numeric(waits["days"], errors="coerce").to_numpy(dtype=float)
    bad = ~np.isfinite(days) | (days < 0)
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise InputError(
            f"not a number of days (row {waits.index[row]!r}); waits are whole days >= 0",
            field="days",
            value=_plain(waits["days"].iloc[row]),
        )
    observed = waits["observed"]
    if observed.isna().any() or not set(pd.unique(observed)) <= {True, False}:
        row = int(np.flatnonzero(~observed.isin([True, False]).to_numpy() | observed.isna().to_numpy())[0])
        raise InputError(
            f"must be True or False (row {waits.index[row]!r})", field="observed", value=_plain(observed.iloc[row])
        )
    return days, observed.to_numpy(dtype=bool)


def km_table(days: np.ndarray, observed: np.ndarray, confidence_level: float = CONFIDENCE_LEVEL) -> pd.DataFrame:
    """Kaplan-Meier table at every distinct time: survival, log-log band and counts.

    The curve and band are ``scipy.stats.ecdf(CensoredData(...)).sf`` with
    ``confidence_interval(method="log-log")``; where the survival is still 1
    the band is 1 (no uncertainty yet), where it reaches 0 the lower limit is 0.
    """
    cols = ["time", "at_risk", "events", "censored", "survival", "lower", "upper"]
    if len(days) == 0:
        return pd.DataFrame(
            {c: pd.Series(dtype=float if c in ("time", "survival", "lower", "upper") else "int64") for c in cols}
        )
    from scipy import stats

    times, inverse, total = np.unique(days, return_inverse=True, return_counts=True)
    events = np.bincount(inverse, weights=observed, minlength=len(times)).astype("int64")
    at_risk = total[::-1].cumsum()[::-1]
    res = stats.ecdf(stats.CensoredData(uncensored=days[observed], right=days[~observed]))
    with warnings.catch_warnings():  # undefined where survival is 0 or 1: handled below
        warnings.simplefilter("ignore", RuntimeWarning)
        band = res.sf.confidence_interval(confidence_level, method="log-log")
    pos = np.searchsorted(res.sf.quantiles, times)
    surv = res.sf.probabilities[pos]
    lower, upper = band.low.probabilities[pos], band.high.probabilities[pos]
    lower = np.where(surv == 1, 1.0, np.where(surv == 0, 0.0, lower))
    upper = np.where(surv == 1, 1.0, upper)
    return pd.DataFrame(
        {
            "time": times,
            "at_risk": at_risk.astype("int64"),
            "events": events,
            "censored": (total - events).astype("int64"),
            "survival": surv,
            "lower": lower,
            "upper": upper,
        }
    )


def _first_at_or_below(time: np.ndarray, values: np.ndarray, level: float = 0.5) -> float:
    hit = np.flatnonzero(values <= level)
    return float(time[hit[0]]) if len(hit) else math.inf


def _days(value: float) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "unknown"
    if math.isinf(value):
        return "not reached"
    return f"{value:g} day" + ("" if value == 1 else "s")


@dataclass(frozen=True, repr=False, eq=False)
class SurvivalResult:
    """Kaplan-Meier estimate of the share of applications still waiting.

    Attributes
    ----------
    sf : DataFrame
        ``time, at_risk, events, censored, survival, lower, upper`` at every
        distinct wait length (days), band at ``confidence_level``.
    n, n_observed : int
        Waits, and waits whose end event happened.
    groups : dict of str to SurvivalResult
        One curve per group when ``by=`` was given (else empty).
    logrank : dict or None
        ``statistic`` (chi-square), ``df``, ``pvalue``, ``method`` of the
        log-rank test between the groups.
    """

    sf: pd.DataFrame
    n: int
    n_observed: int
    max_time: float
    censored_times: np.ndarray
    label: str = "all"
    confidence_level: float = CONFIDENCE_LEVEL
    start_event: str | None = None
    end_event: str | None = None
    by: str | None = None
    groups: Mapping[str, SurvivalResult] = field(default_factory=dict)
    logrank: Mapping[str, object] | None = None

    @classmethod
    def estimate(
        cls,
        days,
        observed,
        *,
        label: str = "all",
        confidence_level: float = CONFIDENCE_LEVEL,
        start_event: str | None = None,
        end_event: str | None = None,
        by: str | None = None,
        groups: Mapping[str, SurvivalResult] | None = None,
        logrank: Mapping[str, object] | None = None,
    ) -> SurvivalResult:
        """The Kaplan-Meier estimate from wait lengths (days) and whether each wait ended."""
        days = np.asarray(days, dtype=float)
        observed = np.asarray(observed, dtype=bool)
        return cls(
            sf=km_table(days, observed, confidence_level),
            n=len(days),
            n_observed=int(np.sum(observed)),
            max_time=float(np.max(days)) if len(days) else math.nan,
            censored_times=np.sort(days[~observed]),
            label=label,
            confidence_level=confidence_level,
            start_event=start_event,
            end_event=end_event,
            by=by,
            groups=MappingProxyType(dict(groups or {})),
            logrank=None if logrank is None else MappingProxyType(dict(logrank)),
        )

    # --- figures ---------------------------------------------------------------

    @property
    def median(self) -> float:
        """First day on which the share still waiting is at most one half (``inf`` if never, ``nan`` if no data)."""
        if self.n == 0:
            return math.nan
        return _first_at_or_below(self.sf["time"].to_numpy(), self.sf["survival"].to_numpy())

    @property
    def median_ci(self) -> tuple[float, float]:
        """Brookmeyer-Crowley interval ``(low, high)``: the first days the lower and the upper band reach one half.

        ``inf`` for a limit not reached yet.
        """
        if self.n == 0:
            return (math.nan, math.nan)
        t = self.sf["time"].to_numpy()
        return (
            _first_at_or_below(t, self.sf["lower"].to_numpy()),
            _first_at_or_below(t, np.nan_to_num(self.sf["upper"].to_numpy(), nan=1.0)),
        )

    def survival_at(self, days):
        """Share still waiting after ``days`` days (a float, or an array for an array).

        ``nan`` beyond the longest wait followed unless everyone's wait had ended.
        Not rounded (rounding is for display).
        """
        t = np.atleast_1d(np.asarray(days, dtype=float))
        if self.n == 0:
            out = np.full(t.shape, math.nan)
        else:
            time, surv = self.sf["time"].to_numpy(), self.sf["survival"].to_numpy()
            pos = np.searchsorted(time, t, side="right") - 1
            out = np.where(pos >= 0, surv[np.clip(pos, 0, None)], 1.0)
            out = np.where((t > self.max_time) & (surv[-1] > 0), math.nan, out)
        return float(out[0]) if np.ndim(days) == 0 else out

    def chance_within(self, days: float, given: float = 0) -> Estimate:
        """Chance that a wait still running after ``given`` days ends within the next ``days``.

        Exactly ``1 - S(given + days) / S(given)`` on the Kaplan-Meier curve
        (held flat beyond the longest wait followed, and ``method`` says so),
        with a 95% interval by the delta method on the log(-log) scale with
        Greenwood's variance over the window; exact limits where no answer or
        only answers came in the window (see
        :mod:`followup_kit.analysis.conditional`).  ``nan`` when no wait lasted
        longer than ``given``.

        Examples
        --------
        >>> import pandas as pd
        >>> km = survival(pd.DataFrame({"days": [2, 4, 6, 8, 10],
        ...                             "observed": [True, True, False, True, False]}))
        >>> e = km.chance_within(4, given=3)
        >>> round(e.value, 12), e.value == 1 - km.survival_at(7) / km.survival_at(3)
        (0.25, True)
        """
        days_f, given_f = float(days), float(given)
        if not math.isfinite(days_f) or days_f <= 0:
            raise InputError("the window must be a number of days above 0", field="days", value=_plain(days))
        if not math.isfinite(given_f) or given_f < 0:
            raise InputError("days already waited must be 0 or more", field="given", value=_plain(given))
        if self.n == 0:
            return Estimate.unknown("unknown: no waits to learn from")
        out = conditional_chance(self.sf, np.array([given_f]), days_f, self.confidence_level)
        method = method_text(out["kind"][0], self.confidence_level)
        if out["beyond"][0]:
            method += (
                f"; the curve is held flat after day {self.max_time:g}, the longest wait followed, "
                "so answers that might come later are not counted"
            )
        return Estimate(float(out["value"][0]), float(out["low"][0]), float(out["high"][0]), method)

    def restricted_mean(self, horizon: float) -> float:
        """Mean wait counting only the first ``horizon`` days: the area under the curve up to ``horizon``.

        Beyond the longest wait followed the curve is held flat (say so when you use it).
        """
        if self.n == 0:
            return math.nan
        time, surv = self.sf["time"].to_numpy(), self.sf["survival"].to_numpy()
        edges = np.concatenate([[0.0], np.minimum(time, horizon), [horizon]])
        levels = np.concatenate([[1.0], surv])
        return float(np.sum(np.diff(edges) * levels))

    @property
    def summary(self) -> pd.DataFrame:
        """One row per curve: waits, ended, censored, median with interval, longest wait."""
        parts = [self, *list(self.groups.values())] if self.groups else [self]
        rows = []
        for part in parts:
            low, high = part.median_ci
            rows.append(
                {
                    "group": part.label,
                    "waits": part.n,
                    "ended": part.n_observed,
                    "censored": part.n - part.n_observed,
                    "median_days": part.median,
                    "median_lower": low,
                    "median_upper": high,
                    "longest_days": part.max_time,
                }
            )
        frame = pd.DataFrame(rows).set_index("group")
        return frame

    def median_text(self) -> str:
        """The median in words, honest about a median not reached yet."""
        if self.n == 0:
            return "not enough data yet: no waits to measure"
        if self.n_observed == 0:
            return f"not enough data yet: none of the {self.n} waits has ended, so the median is not reached"
        low, high = self.median_ci
        ci = f"{int(self.confidence_level * 100)}% interval {_days(low)} to {_days(high)}"
        if math.isinf(self.median):
            return f"median not reached: more than half are still waiting after {_days(self.max_time)} ({ci})"
        text = f"median {_days(self.median)} ({ci})"
        if math.isinf(high):
            text += "; the upper limit is not reached yet"
        return text

    # --- display ---------------------------------------------------------------

    def _lines(self) -> list[str]:
        what = ""
        if self.start_event and self.end_event:
            what = f" from {self.start_event} to {self.end_event}"
        lines = [
            f"Kaplan-Meier wait{what}: {self.n} waits, {self.n_observed} ended, "
            f"{self.n - self.n_observed} still open or closed otherwise; {self.median_text()}."
        ]
        for name, part in self.groups.items():
            lines.append(f"  {self.by} = {name}: {part.n} waits, {part.n_observed} ended; {part.median_text()}")
        if self.logrank is not None:
            lr = self.logrank
            if math.isnan(float(lr["pvalue"])):  # type: ignore[arg-type]
                lines.append("Log-rank test: not enough data yet (no ended waits to compare).")
            else:
                lines.append(
                    f"Log-rank test between groups: chi-square {lr['statistic']:.2f} on {lr['df']} df, "
                    f"p = {lr['pvalue']:.3g}."
                )
        return lines

    def __repr__(self) -> str:
        return "<SurvivalResult>\n" + "\n".join(self._lines())

    def _repr_html_(self) -> str:
        return f"<p>{'<br>'.join(html.escape(line) for line in self._lines())}</p>" + self.summary.to_html(
            float_format=lambda v: f"{v:g}"
        )


def survival(
    wait_times: pd.DataFrame, by: str | None = None, *, confidence_level: float = CONFIDENCE_LEVEL
) -> SurvivalResult:
    """Kaplan-Meier share still waiting, with a log-log band; optionally one curve per group.

    Parameters
    ----------
    wait_times : DataFrame
        From :func:`~followup_kit.analysis.waits.wait_times` (``days``, ``observed``);
        every unobserved row is censored.
    by : str, optional
        A column (``industry``, ``source``, ``stage`` ...): one curve per value
        (missing values form the group ``"unknown"``) and a log-rank test
        between them (``scipy.stats.logrank`` for two groups, the k-sample
        chi-square for more).

    Examples
    --------
    >>> import pandas as pd
    >>> w = pd.DataFrame({"days": [3, 8, 8, 12, 40, 41], "observed": [True, True, True, False, True, False],
    ...                   "source": ["referral"] * 3 + ["board"] * 3})
    >>> res = survival(w, by="source")
    >>> res.median, res.groups["referral"].median, res.logrank["df"]
    (8.0, 8.0, 1)
    >>> res.sf[["time", "at_risk", "events", "survival"]]
       time  at_risk  events  survival
    0   3.0        6       1  0.833333
    1   8.0        5       2  0.500000
    2  12.0        3       0  0.500000
    3  40.0        2       1  0.250000
    4  41.0        1       0  0.250000
    """
    days, observed = check_waits(wait_times)
    attrs = dict(start_event=wait_times.attrs.get("start_event"), end_event=wait_times.attrs.get("end_event"))
    if by is None:
        return SurvivalResult.estimate(days, observed, confidence_level=confidence_level, **attrs)
    labels = group_labels(wait_times, by)
    groups = {
        name: SurvivalResult.estimate(
            days[labels == name], observed[labels == name], label=name, confidence_level=confidence_level, **attrs
        )
        for name in sorted(set(labels))
    }
    test = logrank_chi2(days, observed, labels)
    if len(groups) == 2 and observed.any():
        from scipy import stats

        masks = [labels == name for name in groups]
        samples = [stats.CensoredData(uncensored=days[m & observed], right=days[m & ~observed]) for m in masks]
        lr = stats.logrank(*samples)
        test = {
            "statistic": float(lr.statistic) ** 2,
            "df": 1,
            "pvalue": float(lr.pvalue),
            "method": "log-rank (scipy.stats.logrank)",
        }
    return SurvivalResult.estimate(
        days, observed, confidence_level=confidence_level, by=by, groups=groups, logrank=test, **attrs
    )


def _plain(value):
    """A numpy scalar as the Python value, so messages read ``-2`` and not ``np.int64(-2)``."""
    return value.item() if isinstance(value, np.generic) else value
