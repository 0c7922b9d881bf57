"""The chance of an answer in the next days, by how long the silence has lasted (matplotlib).

Examples
--------
>>> import matplotlib
>>> matplotlib.use("Agg")
>>> import pandas as pd
>>> w = pd.DataFrame({"days": [2, 3, 5, 8, 9, 30, 40], "observed": [True] * 5 + [False] * 2})
>>> ax = plot_chance_within(w)
>>> ax.get_title(), ax.get_xlabel()
('Chance of an answer in the next week, by days of silence', 'days of silence')
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from followup_kit.analysis.conditional import FEW_STILL_WAITING, conditional_chance
from followup_kit.analysis.forecast.estimates import DEFAULT_WITHIN, silence_threshold
from followup_kit.analysis.forecast.words import _window_words
from followup_kit.analysis.plot_text import literal
from followup_kit.analysis.plots import OKABE_ITO, _axes, _nothing, _percent_axis
from followup_kit.analysis.stats import SurvivalResult, survival
from followup_kit.analysis.waits import wait_times
from followup_kit.vocabulary import EVENT_NOUNS, EVENT_PHRASES

#: Colour of the curve and its band (Okabe-Ito blue), and of the silence threshold (vermillion).
CURVE_COLOUR, THRESHOLD_COLOUR = OKABE_ITO[4], OKABE_ITO[5]

#: Colour of the stretch where too few were still waiting to tell (grey).
FEW_COLOUR = "#999999"


def _survival_and_waits(data, start: str, end: str, as_of):
    if isinstance(data, SurvivalResult):
        return data, None
    if isinstance(data, pd.DataFrame):
        return survival(data), data
    waits = wait_times(data, as_of=as_of, start=start, end=end)
    return survival(waits), waits


def chance_curve(result: SurvivalResult, within: float = DEFAULT_WITHIN) -> pd.DataFrame:
    """``chance_within(within, given=g)`` for every whole day ``g`` from 0 to the longest wait.

    Returns a frame indexed by ``silent_days`` with ``chance, low, high``
    (``nan`` where no wait lasted longer) and ``waiting`` (the waits still
    running after that many days: below :data:`FEW_STILL_WAITING` the chart stops).

    Examples
    --------
    >>> import pandas as pd
    >>> km = survival(pd.DataFrame({"days": [2, 4, 6, 8, 10], "observed": [True, True, False, True, False]}))
    >>> curve = chance_curve(km, within=4)
    >>> float(curve.loc[3, "chance"]) == km.chance_within(4, given=3).value
    True
    """
    last = int(np.floor(result.max_time)) if result.n else -1
    given = np.arange(0, last + 1, dtype=float)
    out = conditional_chance(result.sf, given, within, result.confidence_level)
    return pd.DataFrame(
        {"chance": out["value"], "low": out["low"], "high": out["high"], "waiting": out["waiting"]},
        index=pd.Index(given.astype("int64"), name="silent_days"),
    )


def plot_chance_within(
    data,
    *,
    within: float = DEFAULT_WITHIN,
    ax=None,
    start: str = "applied",
    end: str = "response",
    as_of=None,
    band: bool = True,
    **kwargs,
):
    """Chance of an answer within ``within`` days, by days of silence so far, with its 95% band.

    Parameters
    ----------
    data : Tracker, dict of DataFrame, DataFrame or SurvivalResult
        A tracker or its tables (waits from ``start`` to ``end`` at ``as_of``),
        the waits from :func:`~followup_kit.analysis.waits.wait_times`, or a
        Kaplan-Meier result.
    within : float
        The window ahead, in days.

    Returns
    -------
    matplotlib.axes.Axes
        The curve ``1 - S(g + within) / S(g)`` as a step line with its band,
        drawn only while at least :data:`FEW_STILL_WAITING` waits were still
        running (after that a thin grey dotted line, without a band); with waits, a dashed line at the silence threshold (the day by which
        95% of the answers that come have come).
    """
    ax = _axes(ax)
    result, waits = _survival_and_waits(data, start, end, as_of)
    title = f"Chance of an answer {_window_words(within)}, by days of silence"
    if result.n == 0 or result.n_observed == 0:
        return _nothing(ax, title, "no answers yet to learn from")
    full = chance_curve(result, within)
    # where fewer than five were still waiting, one answer would step the curve to 100%: the curve
    # stops there, and what follows is a thin grey line without a band, said to be too few to tell
    curve = full.loc[full["waiting"] >= FEW_STILL_WAITING]
    thin = full.loc[(full["waiting"] < FEW_STILL_WAITING) & full["chance"].notna()]
    threshold = silence_threshold(waits) if waits is not None else None
    # the x-axis runs over the data that tells something: the curve, a window beyond it, and the
    # threshold's line when it is near; the thin stretch is drawn only inside that range
    end_x = float(curve.index.max()) if len(curve) else float(thin.index.min()) if len(thin) else 0.0
    limit = end_x + within
    if threshold is not None and threshold.known and threshold.value <= 2 * limit:
        limit = max(limit, threshold.value + 1)
    limit = min(limit, max(float(full.index.max()), 1.0))
    thin = thin.loc[thin.index.to_numpy(dtype=float) <= limit]
    label = literal(kwargs.pop("label", f"from your {result.n} waits"))
    if len(thin):
        tx = thin.index.to_numpy(dtype=float)
        ax.step(
            tx,
            thin["chance"],
            where="post",
            color=FEW_COLOUR,
            linewidth=1,
            linestyle=":",
            label=f"fewer than {FEW_STILL_WAITING} still waiting: too few to tell",
            **kwargs,
        )
    if curve.empty:
        curve = thin.iloc[:0]
    x = curve.index.to_numpy(dtype=float)
    if len(x):
        ax.step(x, curve["chance"], where="post", color=CURVE_COLOUR, linewidth=2, label=label, **kwargs)
    if band and len(x):
        ax.fill_between(
            x,
            curve["low"],
            curve["high"],
            step="post",
            color=CURVE_COLOUR,
            alpha=0.2,
            linewidth=0,
            label="95% interval",
        )
    if threshold is not None and threshold.known:
        said = f"95% of answers came by day {threshold.value:.0f}"
        if threshold.value <= limit:
            ax.axvline(threshold.value, color=THRESHOLD_COLOUR, linestyle="--", linewidth=1.5, label=said)
        else:  # beyond the chart: said in words, not as a legend entry without its line
            ax.text(
                0.99,
                0.97,
                said + " (beyond this chart)",
                transform=ax.transAxes,
                ha="right",
                va="top",
                fontsize="small",
                color=THRESHOLD_COLOUR,
            )
    start_event = result.start_event or start
    end_event = result.end_event or end
    ax.set_title(title)
    ax.set_xlabel("days of silence")
    ax.set_ylabel(f"chance of {EVENT_PHRASES.get(end_event, end_event)}")
    ax.set_xlim(0, max(limit, 1))
    _percent_axis(ax)
    ax.legend(frameon=False, fontsize="small", title=f"since {EVENT_NOUNS.get(start_event, start_event)}")
    return ax
