"""Pictures of waits and of the pipeline (matplotlib).

Every function is ``plot_x(data, *, ax=None, **kwargs) -> Axes``: it draws on
``ax`` (a new figure when ``None``) and returns it, never calls ``plt.show()``,
and with nothing to draw writes "Nothing to show yet" instead of raising.
Colours are the Okabe-Ito palette, readable with the common colour-vision
deficiencies.

Examples
--------
>>> import matplotlib
>>> matplotlib.use("Agg")
>>> import pandas as pd
>>> w = pd.DataFrame({"days": [5, 12, 30], "observed": [True, True, False], "outcome": ["offer", "rejection", "open"]})
>>> plot_survival(w).get_title()
'Share of applications still waiting'
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from followup_kit import vocabulary
from followup_kit._validation import as_of_day, held_interviews, local_dates, resolve_tables
from followup_kit.analysis.incidence import outcome_incidence
from followup_kit.analysis.pipeline import funnel
from followup_kit.analysis.plot_text import literal, wrap_words
from followup_kit.analysis.published import cite_benchmark, get_benchmark
from followup_kit.analysis.stats import SurvivalResult, survival
from followup_kit.analysis.waits import wait_times

#: Okabe-Ito colours (Okabe & Ito, "Color Universal Design", 2008).
OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000")

#: A fixed colour per outcome, so every plot tells the same story.
OUTCOME_COLOURS = {
    "offer": "#009E73",
    "rejection": "#D55E00",
    "ghosted": "#999999",
    "withdrawn": "#E69F00",
    "response": "#56B4E9",
    "interview": "#CC79A7",
    "open": "#0072B2",
    "still_waiting": "#0072B2",
}

NOTHING = "Nothing to show yet"

#: Curve colours for groups (vermillion is kept for the benchmark, black for today).
GROUP_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#F0E442", "#999999")
BENCHMARK_COLOUR = "#D55E00"

_EVENT_WORDS = vocabulary.EVENT_NOUNS


def _integer_ticks(axis) -> None:
    """Whole-number ticks on a count axis (no 2.5 applications)."""
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))


def _axes(ax, figsize=(7, 4)):
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=figsize)
    return ax


def _nothing(ax, title: str, why: str = ""):
    ax.set_title(literal(title))
    ax.text(
        0.5,
        0.5,
        NOTHING + (f"\n{wrap_words(literal(why))}" if why else ""),
        ha="center",
        va="center",
        transform=ax.transAxes,
        fontsize=12,
        color="#555555",
    )
    ax.set_xticks([])
    ax.set_yticks([])
    return ax


def _span(attrs) -> str:
    start, end = attrs.get("start_event"), attrs.get("end_event")
    if start and end:
        return f"{_EVENT_WORDS.get(start, start)} to {_EVENT_WORDS.get(end, end)}"
    return ""


def _waits(data, *, as_of=None, start: str = "first_interview", end: str = "decision") -> pd.DataFrame:
    """Wait times from a tracker (or its tables), or ``data`` itself when it already is a wait-times frame."""
    if isinstance(data, pd.DataFrame):
        return data
    return wait_times(data, as_of=as_of, start=start, end=end)


def _benchmark_value(benchmark_id):
    if benchmark_id is None:
        return None, None

    b = get_benchmark(benchmark_id)
    return float(b["value_days"]), literal(f"benchmark: {cite_benchmark(benchmark_id)} ({b['statistic']})")


def _percent_axis(ax):
    from matplotlib.ticker import PercentFormatter

    ax.yaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set_ylim(0, 1.02)


def plot_wait_distribution(
    data,
    *,
    benchmark_id: str | None = vocabulary.DEFAULT_BENCHMARK,
    ax=None,
    bins=None,
    as_of=None,
    start: str = "first_interview",
    end: str = "decision",
    **kwargs,
):
    """Histogram of waits in days: ended waits and still-open ones stacked, with the benchmark as a line.

    ``data`` is a tracker (or its tables; ``as_of``, ``start`` and ``end`` then choose the waits)
    or the frame from :func:`~followup_kit.analysis.waits.wait_times`.  Open waits are drawn
    hatched: they will still grow.
    """
    ax = _axes(ax)
    waits = _waits(data, as_of=as_of, start=start, end=end)
    span = _span(waits.attrs)
    title = "How long your waits took" + (f" ({span})" if span else "")
    if len(waits) == 0:
        return _nothing(ax, title, "log an interview to start measuring")
    days = waits["days"].to_numpy(dtype=float)
    ended = waits["observed"].to_numpy(dtype=bool)
    if bins is None:
        bins = np.arange(0, max(days.max(), 1) + 8, 7) if days.max() > 14 else np.arange(0, days.max() + 2)
    ax.hist(
        [days[ended], days[~ended]],
        bins=bins,
        stacked=True,
        color=[OKABE_ITO[4], OKABE_ITO[1]],
        hatch=None,
        label=["ended", "still open or closed otherwise"],
        edgecolor="white",
        **kwargs,
    )
    for patch in ax.containers[1] if len(ax.containers) > 1 else []:
        patch.set_hatch("//")
    value, label = _benchmark_value(benchmark_id)
    if value is not None:
        ax.axvline(value, color=BENCHMARK_COLOUR, linestyle="--", linewidth=1.5, label=label)
    ax.set_title(literal(title))
    ax.set_xlabel("days waited")
    ax.set_ylabel("applications")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(frameon=False, fontsize="small")
    return ax


def _step(ax, sf: pd.DataFrame, max_time: float, colour, label, band: bool, ticks: bool, censored_times, **kwargs):
    time = np.concatenate([[0.0], sf["time"].to_numpy(), [max_time]])
    surv = np.concatenate([[1.0], sf["survival"].to_numpy(), [sf["survival"].to_numpy()[-1]]])
    ax.step(time, surv, where="post", color=colour, label=label, **{"linewidth": 2, **kwargs})
    if band:
        lower = np.concatenate([[1.0], sf["lower"].to_numpy(), [sf["lower"].to_numpy()[-1]]])
        upper = np.concatenate([[1.0], sf["upper"].to_numpy(), [sf["upper"].to_numpy()[-1]]])
        ax.fill_between(time, lower, upper, step="post", color=colour, alpha=0.2, linewidth=0)
    if ticks and len(censored_times):
        pos = np.searchsorted(sf["time"].to_numpy(), censored_times, side="right") - 1
        level = np.where(pos >= 0, sf["survival"].to_numpy()[np.clip(pos, 0, None)], 1.0)
        ax.plot(censored_times, level, linestyle="none", marker="|", markersize=10, color=colour)


def plot_survival(
    data,
    *,
    benchmark_id: str | None = vocabulary.DEFAULT_BENCHMARK,
    ax=None,
    band: bool = True,
    censor_ticks: bool = True,
    as_of=None,
    start: str = "first_interview",
    end: str = "decision",
    **kwargs,
):
    """Kaplan-Meier curve: share still waiting by day, with its 95% band and censoring ticks.

    ``data`` is a :class:`~followup_kit.analysis.stats.SurvivalResult` (one curve per
    group when it was made with ``by=``), a wait-times frame, or a tracker (or its tables;
    ``as_of``, ``start`` and ``end`` choose the waits).  The benchmark is a dashed line with
    a dot where the curve crosses it.
    """

    ax = _axes(ax)
    result = data if isinstance(data, SurvivalResult) else survival(_waits(data, as_of=as_of, start=start, end=end))
    if not isinstance(result, SurvivalResult):
        raise TypeError(f"expected a SurvivalResult or wait times, got {type(result).__name__}")
    title = "Share of applications still waiting"
    if result.n == 0:
        return _nothing(ax, title, "no waits to measure")
    curves = list(result.groups.values()) if result.groups else [result]
    for i, part in enumerate(curves):
        if part.n == 0:
            continue
        colour = kwargs.get("color", GROUP_COLOURS[i % len(GROUP_COLOURS)])
        line_kwargs = {k: v for k, v in kwargs.items() if k != "color"}
        label = literal(f"{result.by} = {part.label} (n={part.n})" if result.groups else f"your waits (n={part.n})")
        _step(ax, part.sf, part.max_time, colour, label, band, censor_ticks, part.censored_times, **line_kwargs)
    value, label = _benchmark_value(benchmark_id)
    longest = max(part.max_time for part in curves if part.n)
    if value is not None:
        ax.axvline(value, color=BENCHMARK_COLOUR, linestyle="--", linewidth=1.5, label=label)
        # the marker of each curve drawn, on that curve (a grouped plot has no ungrouped curve to mark)
        for i, part in enumerate(curves):
            at = part.survival_at(value) if part.n and value <= part.max_time else np.nan
            if np.isnan(at):
                continue
            colour = kwargs.get("color", GROUP_COLOURS[i % len(GROUP_COLOURS)]) if result.groups else BENCHMARK_COLOUR
            ax.plot([value], [at], marker="o", color=colour)
            ax.annotate(
                f"{at:.0%} still waiting",
                (value, at),
                textcoords="offset points",
                xytext=(6, 6 + 10 * i),
                fontsize="small",
                color=colour,
            )
    span = _span({"start_event": result.start_event, "end_event": result.end_event})
    ax.set_title(literal(title + (f" ({span})" if span else "")))
    ax.set_xlabel(
        "days since "
        + (_EVENT_WORDS.get(result.start_event, result.start_event) if result.start_event else "the start")
    )
    ax.set_ylabel("still waiting")
    _percent_axis(ax)
    # the data's range, and the benchmark's line when it is drawn
    ax.set_xlim(0, max(longest, value if value is not None else 0, 1) * 1.04)
    ax.legend(frameon=False, fontsize="small")
    return ax


def plot_incidence(data, *, ax=None, as_of=None, start: str = "first_interview", end: str = "decision", **kwargs):
    """Cumulative incidence of each outcome by day (Aalen-Johansen), stacked, with the share still waiting on top.

    ``data`` is the frame from :func:`~followup_kit.analysis.incidence.outcome_incidence`, a
    wait-times frame, or a tracker (or its tables; ``as_of``, ``start`` and ``end`` choose the waits).
    """

    ax = _axes(ax)
    if not isinstance(data, pd.DataFrame) or "days" in data.columns:
        waits = _waits(data, as_of=as_of, start=start, end=end)
        data = outcome_incidence(waits)
        data.attrs["longest"] = float(waits["days"].max()) if len(waits) else 0.0
    title = "How applications ended, by day"
    outcomes = [c for c in data.columns if c != "still_waiting"]
    if len(data) == 0 or not outcomes:
        return _nothing(ax, title, "no application has ended yet")
    days = data.index.to_numpy(dtype=float)
    longest = float(data.attrs.get("longest", days[-1]))
    if longest > days[-1]:  # show the last step, up to the longest wait followed (never past as_of)
        days = np.append(days, longest)
        data = pd.concat([data, data.iloc[[-1]]])
    layers = [data[c].to_numpy() for c in outcomes] + [data["still_waiting"].to_numpy()]
    labels = [*(literal(c) for c in outcomes), "still waiting"]
    colours = [OUTCOME_COLOURS.get(c, OKABE_ITO[i % 8]) for i, c in enumerate(outcomes)] + ["#DDDDDD"]
    ax.stackplot(days, layers, labels=labels, colors=colours, step="post", **kwargs)
    ax.set_title(literal(title))
    ax.set_xlabel("days since the start of the wait")
    ax.set_ylabel("share of applications")
    _percent_axis(ax)
    ax.set_xlim(0, max(days.max(), 1) + 1)
    ax.legend(frameon=True, framealpha=0.9, fontsize="small", loc="upper left")
    return ax


def plot_timeline(
    tracker,
    *,
    schedule: pd.DataFrame | None = None,
    as_of=None,
    ax=None,
    max_rows: int = 30,
    timezone: str | None = None,
    **kwargs,
):
    """One row per application: applied, interviews, follow-ups sent, decision and today.

    ``schedule`` (optional) has ``application_id, due_at, status, kind``; rows
    with status ``done`` are drawn as follow-ups sent.  Shows the
    ``max_rows`` most recently active applications as they were on ``as_of``:
    nothing after it is drawn.  A missing role reads "role not given".
    """
    import matplotlib.dates as mdates

    ax = _axes(ax, figsize=(9, 5))
    tables, tz = resolve_tables(tracker, timezone)
    today = as_of_day(as_of, tz)
    apps = tables["applications"]
    title = "Your applications over time"
    if len(apps) == 0:
        return _nothing(ax, title, "add an application to start")
    day = today.to_datetime64()
    # the tracker as it was on as_of: nothing after it is drawn (an earlier week's report shows that week)
    apps = apps.loc[~(apps["applied_on"].to_numpy(dtype="datetime64[s]") > day)]
    if len(apps) == 0:
        return _nothing(ax, title, "no application made by then")
    held = held_interviews(tables["interviews"])
    iv = pd.DataFrame(
        {
            "application_id": held["application_id"].to_numpy("int64"),
            "on": local_dates(held["starts_at"], tz).to_numpy(),
        }
    )
    iv = iv.loc[iv["on"].to_numpy(dtype="datetime64[s]") <= day]
    ev = tables["events"]
    ev = ev.loc[ev["on"].to_numpy(dtype="datetime64[s]") <= day]
    last = pd.concat(
        [iv, ev[["application_id", "on"]], apps[["application_id", "applied_on"]].rename(columns={"applied_on": "on"})]
    )
    recent = last.groupby("application_id")["on"].max().sort_values(ascending=False)
    shown = recent.index[:max_rows].to_numpy()
    rows = pd.Series(np.arange(len(shown)), index=shown)
    a = apps.set_index("application_id").loc[shown]
    ax.hlines(rows.to_numpy(), a["applied_on"].to_numpy(), today, **{"color": "#CCCCCC", "linewidth": 1, **kwargs})
    ax.plot(a["applied_on"], rows.to_numpy(), "o", color=OKABE_ITO[1], label="applied")
    ivs = iv.loc[iv["application_id"].isin(shown)]
    ax.plot(ivs["on"], rows.reindex(ivs["application_id"]).to_numpy(), "D", color=OKABE_ITO[4], label="interview")
    if schedule is not None and len(schedule):
        done = schedule.loc[(schedule["status"] == "done") & schedule["application_id"].isin(shown)]
        when = pd.to_datetime(done["due_at"])
        when = local_dates(when, tz) if getattr(when.dtype, "tz", None) is not None else when.dt.normalize()
        by_then = when.to_numpy(dtype="datetime64[s]") <= day
        done, when = done.loc[by_then], when.loc[by_then]
        ax.plot(when, rows.reindex(done["application_id"]).to_numpy(), "^", color=OKABE_ITO[6], label="follow-up sent")
    marks = {
        "offer": ("*", "offer"),
        "offer_accepted": ("*", "offer"),
        "rejection": ("X", "rejection"),
        "ghosted": ("s", "ghosted"),
        "withdrawal": ("P", "withdrawn"),
    }
    for kind, (marker, outcome) in marks.items():
        sel = ev.loc[(ev["kind"] == kind) & ev["application_id"].isin(shown)]
        if len(sel):
            ax.plot(
                sel["on"],
                rows.reindex(sel["application_id"]).to_numpy(),
                marker,
                markersize=9,
                color=OUTCOME_COLOURS[outcome],
                label=outcome if kind != "offer_accepted" else None,
            )
    ax.axvline(today, color=OKABE_ITO[7], linestyle="--", linewidth=1, label="today")
    roles = a["role"].astype(object).where(a["role"].notna() & a["role"].astype(str).str.strip().ne(""))
    names = (a["company"].astype(str) + " - " + roles.fillna(vocabulary.ROLE_NOT_GIVEN).astype(str)).to_numpy()
    ax.set_yticks(rows.to_numpy(), [literal(n) for n in names], fontsize="small")
    ax.invert_yaxis()
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    more = f" (latest {len(shown)} of {len(apps)})" if len(apps) > len(shown) else ""
    ax.set_title(literal(title + more))
    ax.set_xlabel(f"date ({tz})" if tz else "date")
    ax.set_ylabel("application (company - role)")
    handles, labels = ax.get_legend_handles_labels()
    unique = dict(zip(labels, handles))
    ax.legend(
        unique.values(),
        unique.keys(),
        frameon=False,
        fontsize="small",
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        borderaxespad=0.0,
    )
    return ax


def plot_funnel(data, *, ax=None, as_of=None, **kwargs):
    """Horizontal bars: applications that reached each stage, with the conversion from the stage above.

    ``data`` is a tracker (or its tables) or the frame from :func:`~followup_kit.analysis.pipeline.funnel`.
    """

    ax = _axes(ax)
    if not isinstance(data, pd.DataFrame):
        data = funnel(data, as_of=as_of)
    title = "From application to offer"
    if len(data) == 0 or data["count"].iloc[0] == 0:
        return _nothing(ax, title, "add an application to start")
    stages = list(data.index)
    y = np.arange(len(stages))
    ax.barh(y, data["count"].to_numpy(), color=[OKABE_ITO[i] for i in (1, 4, 6, 2)][: len(stages)], **kwargs)
    for i, (count, conv) in enumerate(zip(data["count"], data["conversion"])):
        text = f"{count}" + (f"  ({conv:.0%} of the stage above)" if i and not np.isnan(conv) else "")
        ax.text(count, i, "  " + text, va="center", fontsize="small")
    ax.set_yticks(y, [literal(stage) for stage in stages])
    ax.invert_yaxis()
    ax.set_xlim(0, int(np.ceil(data["count"].max() * 1.5)))  # room for the words beside the longest bar
    _integer_ticks(ax.xaxis)
    ax.set_title(literal(title))
    ax.set_xlabel("applications")
    ax.set_ylabel("stage reached")
    return ax
