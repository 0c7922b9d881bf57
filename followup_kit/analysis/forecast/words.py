"""Forecasts in plain words: one sentence per silent application, one for the history.

Rounding happens here and only here: the figures of
:mod:`followup_kit.analysis.forecast.estimates` are exact, the sentences round them for reading.

Examples
--------
>>> import pandas as pd
>>> waits = pd.DataFrame({"days": [3, 5, 6, 8, 9, 12, 40, 45, 50, 60], "observed": [True] * 6 + [False] * 4})
>>> print(history_sentence(waits))  # doctest: +NORMALIZE_WHITESPACE
From your 10 applications: 40% (12% to 67%) never got an answer, and 95% of the answers that came, came within
12 days (8 to 12); the kit's fixed rule calls an application ghosted after 30 days of silence.
>>> waits.attrs["silence_days"] = 12.0  # wait_times says which threshold the waits were read with
>>> history_sentence(waits).split("; ")[-1]
'the kit counts an application silent for more than 12 days as ghosted.'
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from followup_kit.analysis.forecast.estimates import DEFAULT_WITHIN, never_hear_back, silence_threshold
from followup_kit.analysis.pipeline import GHOSTING_SILENCE_DAYS
from followup_kit.analysis.published import published_figures
from followup_kit.analysis.waits import wait_times


def _window_words(within: float) -> str:
    return "in the next week" if within == 7 else f"in the next {within:g} day" + ("" if within == 1 else "s")


def _pct(values: pd.Series) -> pd.Series:
    return (values * 100).round().astype("Int64").astype(str) + "%"


#: An interval wider than this (a share, 0.6 = 60 percentage points) is said in words, not printed.
WIDE_INTERVAL = 0.6


def forecast_sentences(forecast: pd.DataFrame) -> pd.Series:
    """One plain sentence per row of :func:`reply_forecast`, indexed by ``application_id``.

    "Silent 12 days. From your 40 applications, 18% chance (9% to 31%) of an
    answer in the next week; after 31 days answers almost never came."  An
    interval wider than :data:`WIDE_INTERVAL` (60 points) is not printed: the
    sentence says that too few applications were still waiting that long to
    tell (the figures stay in the DataFrame).  Past the silence threshold the
    sentence says the kit counts the application as ghosted until news comes.
    Percentages and days are rounded here, for reading only.

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"application_id": [7, 8], "silent_days": [12, 70], "chance": [0.18, 0.0],
    ...                   "low": [0.09, 0.0], "high": [0.31, 0.99], "basis": ["your 40 applications"] * 2,
    ...                   "ghosted_after": [31.0, 31.0], "likely_ghosted": [False, True]})
    >>> f.attrs.update(within=7, last_answer=55.0)
    >>> print(forecast_sentences(f)[7])
    Silent 12 days. From your 40 applications, 18% chance (9% to 31%) of an answer in the next week; after 31 days answers almost never came.
    >>> print(forecast_sentences(f)[8])  # doctest: +NORMALIZE_WHITESPACE
    Silent 70 days. From your 40 applications: too few of your applications were still waiting this long to tell
    the chance of an answer in the next week; none of your answers came after day 55. It is past 31 days of
    silence, so the kit counts it as ghosted until news comes (mark it as still waiting to keep it open).
    """
    f = forecast
    within = f.attrs.get("within", DEFAULT_WITHIN)
    days = f["silent_days"].astype(int).astype(str)
    silent = "Silent " + days + np.where(f["silent_days"] == 1, " day. ", " days. ")
    own = f["basis"].str.startswith("your ")
    window = _window_words(within)
    figure = _pct(f["chance"]) + " chance (" + _pct(f["low"]) + " to " + _pct(f["high"]) + ") of an answer " + window
    wide = (f["high"] - f["low"]).to_numpy(dtype=float) > WIDE_INTERVAL
    last = f.attrs.get("last_answer", float("nan"))
    late = (
        f"none of your answers came after day {last:g}"
        if last == last
        else "none of your applications has been answered yet"
    )
    after = f["ghosted_after"].round().astype("Int64").astype(str)
    mine = np.where(
        wide,
        "From " + f["basis"] + ": too few of your applications were still waiting this long to tell the chance "
        "of an answer " + window + "; " + late + ".",
        "From " + f["basis"] + ", " + figure + "; after " + after + " days answers almost never came.",
    )
    beyond = f["basis"].str.contains("no wait of yours lasted longer", regex=False)
    lead = np.where(beyond, "No wait of yours lasted this long; ", "Your history is still short; ")
    published = np.where(
        wide,
        lead + "published figures are too vague at this length of silence to tell the chance of an answer " + window,
        lead + "published figures give a " + figure,
    )
    published = published + "; past " + after + " days of silence the kit counts an application as ghosted."
    text = silent + pd.Series(np.where(own, mine, published), index=f.index)
    text = text + np.where(
        f["likely_ghosted"],
        " It is past " + after + " days of silence, so the kit counts it as ghosted until news comes "
        "(mark it as still waiting to keep it open).",
        "",
    )
    return pd.Series(
        text.to_numpy(dtype=object), index=pd.Index(f["application_id"], name="application_id"), name="forecast"
    )


def history_sentence(data: pd.DataFrame) -> str:
    """What the history says about answers: the never-answered share and the silence threshold.

    ``data`` is a wait-times frame, or a :func:`~followup_kit.analysis.forecast.reply_forecast`
    frame (whose ``attrs`` already hold both figures).  The threshold the kit
    uses to count silence as ghosted (:mod:`followup_kit.store.silence`) is
    named with where it comes from.  Says plainly when the history cannot tell yet.
    """
    if "never" in data.attrs and "threshold" in data.attrs:
        never, threshold, n = data.attrs["never"], data.attrs["threshold"], data.attrs["waits"]
    else:
        never, threshold, n = never_hear_back(data), silence_threshold(data), len(data)
    days = data.attrs.get(
        "silence_days", data["ghosted_after"].iloc[0] if "ghosted_after" in data and len(data) else None
    )
    if days is None:
        rule = f"the kit's fixed rule calls an application ghosted after {GHOSTING_SILENCE_DAYS} days of silence."
    else:
        rule = f"the kit counts an application silent for more than {days:g} days as ghosted."
    if n == 0:
        return "No applications to learn from yet; " + rule
    head = f"From your {n} application" + ("" if n == 1 else "s") + ": "
    if never.known:
        share = f"{never.value:.0%} ({never.low:.0%} to {never.high:.0%}) never got an answer"
    elif "follow-up too short" in never.method:
        share = "too early to tell how many will never get an answer (the answers have not clearly stopped)"
    else:
        share = "no answers yet, so the kit cannot tell silence from slowness"
    if threshold.known:
        share += (
            f", and 95% of the answers that came, came within {threshold.value:g} days "
            f"({threshold.low:g} to {threshold.high:g})"
        )
    return head + share + "; " + rule


#: At most this many applications are named past a legal deadline (the longest waits first).
MAX_NAMED = 10


def legal_deadline_sentences(tracker, *, as_of=None, country: str | None = None, region: str | None = None) -> list:
    """One sentence per legal deadline that applies where the user lives, naming the applications past it.

    The deadlines are the ``legal_deadline`` rows of
    :func:`~followup_kit.analysis.published.published_figures` for ``country`` and
    ``region`` (Ontario's 45 days from the last interview for ``"CA"``, ``"ON"``);
    elsewhere the list is empty.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from followup_kit.store.tracker import Tracker
    >>> t = Tracker.create(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite", timezone="America/Toronto")
    >>> a = t.add_application("Acme", "Analyst", applied_on="2026-02-02")
    >>> _ = t.log_interview(a, "2026-02-10 10:00", [])
    >>> print(legal_deadline_sentences(t, as_of="2026-04-01", country="CA", region="ON")[0])  # doctest: +ELLIPSIS
    Since 2026-01-01, employers in Ontario ... within 45 days of the last interview. Past it without a decision: Acme (50 days).
    >>> legal_deadline_sentences(t, as_of="2026-04-01", country="US")
    []
    >>> t.close()
    """
    rules = published_figures(country, region)
    rules = rules.loc[rules["kind"] == "legal_deadline"]
    sentences = []
    for rule in rules.itertuples():  # a handful of rules, never one per application
        waits = wait_times(tracker, as_of=as_of, start=rule.start_event, end=rule.end_event)
        running = waits["end"].to_numpy(dtype="datetime64[s]") == np.datetime64(waits.attrs["as_of"], "s")
        undecided = waits["outcome"].isin(["open", "ghosted"]).to_numpy() & running  # silence included
        past = waits.loc[undecided & (waits["days"] > rule.value).to_numpy()]
        past = past.sort_values("days", ascending=False, kind="stable")
        rule_text = str(rule.note).split(";")[0].rstrip(".") + "."
        if past.empty:
            sentences.append(rule_text + " None of your open applications is past it.")
            continue
        named = (past["company"].astype(str) + " (" + past["days"].astype(str) + " days)").head(MAX_NAMED)
        more = f", and {len(past) - MAX_NAMED} more" if len(past) > MAX_NAMED else ""
        sentences.append(rule_text + " Past it without a decision: " + ", ".join(named) + more + ".")
    return sentences
