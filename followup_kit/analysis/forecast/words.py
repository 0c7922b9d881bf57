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


def chance_words(chance: pd.Series, low: pd.Series, high: pd.Series) -> pd.Series:
    """A chance and its interval as people read them, in whole percents.

    "18% chance (9% to 31%)"; "almost no chance" when even the high end rounds to 0%, and
    "almost no chance (at most 4%)" when only the chance does; never "0% (0% to 0%)".

    Examples
    --------
    >>> import pandas as pd
    >>> chance_words(pd.Series([0.18, 0.001, 0.002]), pd.Series([0.09, 0.0, 0.0]), pd.Series([0.31, 0.001, 0.04])).tolist()
    ['18% chance (9% to 31%)', 'almost no chance', 'almost no chance (at most 4%)']
    """
    c, h = (chance * 100).round(), (high * 100).round()
    text = _pct(chance) + " chance (" + _pct(low) + " to " + _pct(high) + ")"
    text = text.where(c > 0, "almost no chance (at most " + _pct(high) + ")")
    return text.where(h > 0, "almost no chance")


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
    figure = chance_words(f["chance"], f["low"], f["high"]) + " of an answer " + window
    article = np.where(figure.str.startswith("almost"), "", "a ")
    wide = (f["high"] - f["low"]).to_numpy(dtype=float) > WIDE_INTERVAL
    last = f.attrs.get("last_answer", float("nan"))
    late = (
        f"none of your answers came after day {last:.0f}"
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
        lead + "published figures give " + article + figure,
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
        rule = f"the kit counts an application silent for more than {days:.0f} days as ghosted."
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
            f", and 95% of the answers that came, came within {threshold.value:.0f} days "
            f"({threshold.low:.0f} to {threshold.high:.0f})"
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


#: At most this many forecast sentences are shown (in the desk and the report); the rest is summed up.
MAX_SENTENCES = 12

#: Silent for more than this many times the silence threshold, a ghosted application is "long past any
#: answer": it is counted in one sentence, not given its own (the kit's reading of the issue's
#: three-year histories: a sentence per 2021 application hides the live ones).
LONG_PAST_FACTOR = 3


def _when(dates: pd.Series, as_of) -> str:
    """The span of ``dates`` in words: years when any is outside the as_of year, else months."""
    dates = pd.to_datetime(dates).dropna()
    if dates.empty:
        return ""
    year = pd.Timestamp(as_of).year if as_of is not None else dates.max().year
    first, last = dates.min(), dates.max()
    if first.year != year or last.year != year:
        return f" from {first.year}" + (f" to {last.year}" if last.year != first.year else "")
    return f" from {first:%B}" + (f" to {last:%B}" if (last.month != first.month) else "")


def forecast_overview(forecast: pd.DataFrame, *, limit: int = MAX_SENTENCES) -> tuple[pd.DataFrame, list[str]]:
    """What a person reads of :func:`reply_forecast`: at most ``limit`` sentences, the live ones first.

    Applications still waiting come first (the shortest silence first: today's), then the
    ones the kit counts as ghosted; those silent for more than :data:`LONG_PAST_FACTOR` times
    the silence threshold are summed up in one sentence ("289 applications from 2020 to 2023
    are long past any answer"), and what does not fit in ``limit`` in another.

    Returns
    -------
    (DataFrame, list of str)
        The rows listed, in order, with a ``sentence`` column; and the summing-up sentences.

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"application_id": [1, 2, 3], "company": ["A", "B", "C"], "role": ["r"] * 3,
    ...     "silent_days": [4, 900, 1200], "chance": [0.2, 0.0, 0.0], "low": [0.1, 0.0, 0.0],
    ...     "high": [0.3, 0.0, 0.0], "basis": ["your 40 applications"] * 3, "ghosted_after": [31.0] * 3,
    ...     "likely_ghosted": [False, True, True],
    ...     "since": pd.to_datetime(["2026-11-16", "2024-06-03", "2023-08-08"])})
    >>> f.attrs.update(within=7, last_answer=55.0, as_of="2026-11-20")
    >>> listed, summary = forecast_overview(f)
    >>> listed["company"].tolist(), summary
    (['A'], ['2 applications from 2023 to 2024 are long past any answer: silent for more than 93 days, the kit counts them as ghosted until news comes.'])
    """
    f = forecast
    long_past = f["likely_ghosted"].to_numpy(dtype=bool) & (
        f["silent_days"].to_numpy(dtype=float) > LONG_PAST_FACTOR * f["ghosted_after"].to_numpy(dtype=float)
    )
    order = f.loc[~long_past].sort_values(["likely_ghosted", "silent_days"], kind="stable")
    shown = order.head(limit)
    listed = shown.assign(sentence=forecast_sentences(shown).to_numpy(dtype=object))
    summary = []
    rest = order.iloc[limit:]
    if len(rest):
        waiting = "" if rest["likely_ghosted"].any() else " still waiting"
        low, high = int(rest["silent_days"].min()), int(rest["silent_days"].max())
        span = f"{low} days" if low == high else f"{low} to {high} days"
        summary.append(f"… and {len(rest):,} more{waiting}, silent {span}.")
    past = f.loc[long_past]
    if len(past):
        n = len(past)
        days = LONG_PAST_FACTOR * float(past["ghosted_after"].iloc[0])
        when = _when(past["since"], f.attrs.get("as_of")) if "since" in past else ""
        summary.append(
            f"{n:,} application{'' if n == 1 else 's'}{when} {'is' if n == 1 else 'are'} long past any answer: "
            f"silent for more than {days:.0f} days, the kit counts {'it' if n == 1 else 'them'} as ghosted "
            "until news comes."
        )
    return listed, summary
