"""The chance that a wait still running after ``given`` days ends within the next ``days``.

On a Kaplan-Meier curve ``S`` this is ``1 - S(given + days) / S(given)``.  The
ratio is itself a product-limit estimate over the answers inside the window,
so its variance is Greenwood's sum over that window; the 95% interval comes
from the delta method on the log(-log) scale (the same transformation as the
kit's survival band), which keeps the limits between 0 and 1.  Two cases have
no log(-log) interval and get exact limits instead:

* no answer came inside the window (the chance is 0): the upper limit is the
  exact Poisson limit for zero answers in the days of follow-up the window
  holds, ``1 - (alpha / 2) ** (days / exposure)`` (with everyone followed
  through the window this is the Clopper-Pearson limit ``1 - (alpha/2)**(1/m)``);
* everyone still waiting got an answer inside the window (the chance is 1):
  the lower limit is Clopper-Pearson's ``(alpha / 2) ** (1 / m)`` for the ``m``
  waits running after ``given``.

Beyond the longest wait followed the curve is held flat (no answer is known to
have come there); with no wait longer than ``given`` the chance is unknown.

Examples
--------
>>> import numpy as np, pandas as pd
>>> from followup_kit.analysis.stats import km_table
>>> sf = km_table(np.array([2., 4, 6, 8, 10]), np.array([True, True, False, True, False]))
>>> out = conditional_chance(sf, given=np.array([3.0]), days=4)
>>> round(float(out["value"][0]), 12)   # 1 - S(7) / S(3) = 1 - 0.6 / 0.8
0.25
"""

from __future__ import annotations

from statistics import NormalDist

import numpy as np
import pandas as pd

#: Fewer applications still waiting than this and a chance cannot be told (charts stop, sentences say so).
FEW_STILL_WAITING = 5

#: How the interval of each row was made (the ``kind`` array of :func:`conditional_chance`).
KIND_UNKNOWN, KIND_NO_ANSWER, KIND_ALL_ANSWERED, KIND_LOGLOG = 0, 1, 2, 3


def conditional_chance(sf: pd.DataFrame, given, days: float, confidence_level: float = 0.95) -> dict:
    """Vectorised ``1 - S(given + days) / S(given)`` with its interval, for many ``given`` at once.

    Parameters
    ----------
    sf : DataFrame
        A Kaplan-Meier table from :func:`~followup_kit.analysis.stats.km_table`
        (``time, at_risk, events, censored, survival``).
    given : array of float
        Days already waited (one value per row).
    days : float
        Length of the window ahead, in days (> 0).

    Returns
    -------
    dict of arrays
        ``value, low, high`` (``nan`` where unknown), ``kind`` (one of the
        ``KIND_*`` codes), ``waiting`` (waits longer than ``given``),
        ``answers`` (answers inside the window), ``beyond`` (True where the
        window runs past the longest wait followed and the curve is held flat).
    """
    given = np.asarray(given, dtype=float)
    time = sf["time"].to_numpy(dtype=float)
    surv = sf["survival"].to_numpy(dtype=float)
    n = sf["at_risk"].to_numpy(dtype=float)
    d = sf["events"].to_numpy(dtype=float)
    total = d + sf["censored"].to_numpy(dtype=float)
    alpha = 1 - confidence_level
    z = NormalDist().inv_cdf(1 - alpha / 2)
    if len(time) == 0:
        nan = np.full(given.shape, np.nan)
        zeros = np.zeros(given.shape, dtype="int64")
        return {
            "value": nan,
            "low": nan.copy(),
            "high": nan.copy(),
            "kind": zeros,
            "waiting": zeros,
            "answers": zeros.copy(),
            "beyond": np.zeros(given.shape, dtype=bool),
        }

    # positions: times <= given are [:a], times <= given + days are [:b]
    a = np.searchsorted(time, given, side="right")
    b = np.searchsorted(time, given + days, side="right")
    s_given = np.where(a > 0, surv[np.clip(a - 1, 0, None)], 1.0)
    s_end = np.where(b > 0, surv[np.clip(b - 1, 0, None)], 1.0)

    def prefix(x):
        return np.concatenate([[0.0], np.cumsum(x)])

    waiting = (prefix(total)[-1] - prefix(total)[a]).astype("int64")  # waits longer than given
    answers = (prefix(d)[b] - prefix(d)[a]).astype("int64")  # answers inside the window
    wiped = d >= n  # everyone at risk answered
    greenwood_terms = np.where(wiped, 0.0, d / np.where(wiped, 1.0, n * (n - d)))
    var_log = prefix(greenwood_terms)[b] - prefix(greenwood_terms)[a]
    # days of follow-up inside the window: sum over waits longer than given of min(wait - given, days)
    inside = (prefix(total * time)[b] - prefix(total * time)[a]) - given * (prefix(total)[b] - prefix(total)[a])
    exposure = inside + days * (prefix(total)[-1] - prefix(total)[b])

    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = s_end / s_given
        value = 1 - s_end / s_given
        log_r = np.log(ratio)
        se = np.sqrt(var_log) / np.abs(log_r)
        r_low = ratio ** np.exp(z * se)
        r_high = ratio ** np.exp(-z * se)
        zero_high = 1 - (alpha / 2) ** (days / exposure)
        all_low = (alpha / 2) ** (1 / waiting)

    unknown = waiting == 0
    no_answer = ~unknown & (answers == 0)
    all_answered = ~unknown & ~no_answer & (s_end == 0)
    loglog = ~unknown & ~no_answer & ~all_answered
    kind = np.select(
        [unknown, no_answer, all_answered], [KIND_UNKNOWN, KIND_NO_ANSWER, KIND_ALL_ANSWERED], KIND_LOGLOG
    ).astype("int64")
    value = np.where(unknown, np.nan, value)
    low = np.select([unknown, no_answer, all_answered, loglog], [np.nan, 0.0, all_low, 1 - r_high])
    high = np.select([unknown, no_answer, all_answered, loglog], [np.nan, zero_high, 1.0, 1 - r_low])
    # the extreme tail (a tiny survival, one or two still waiting) can push both log(-log) limits to one
    # side of the point: bound them by it, so every chance lies inside its interval
    low, high = np.fmin(low, value), np.fmax(high, value)
    beyond = ~unknown & (given + days > time[-1]) & (surv[-1] > 0)
    return {
        "value": value,
        "low": low,
        "high": high,
        "kind": kind,
        "waiting": waiting,
        "answers": answers,
        "beyond": beyond,
    }


def method_text(kind: int, confidence_level: float = 0.95) -> str:
    """How the interval of one :func:`conditional_chance` row was made, in words."""
    level = f"{confidence_level * 100:g}%"
    return {
        KIND_UNKNOWN: "unknown: no wait in this history has lasted longer, so it says nothing about what comes next",
        KIND_NO_ANSWER: (
            f"Kaplan-Meier 1 - S(given + days) / S(given); no answer came in that window, so the {level} "
            "upper limit is the exact Poisson limit for zero answers in the days followed inside it"
        ),
        KIND_ALL_ANSWERED: (
            f"Kaplan-Meier 1 - S(given + days) / S(given); every wait still running got its answer in "
            f"that window, so the {level} lower limit is Clopper-Pearson's"
        ),
        KIND_LOGLOG: (
            f"Kaplan-Meier 1 - S(given + days) / S(given); {level} interval by the delta method on the "
            "log(-log) scale with Greenwood's variance over the window"
        ),
    }[int(kind)]
