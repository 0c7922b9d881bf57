"""Published waiting-time benchmarks and other published figures, shipped as data with their provenance.

A benchmark is only useful when you know what it measures: from which event to
which event, which statistic (a mean is not a median), for whom, and where it
comes from.  :data:`BENCHMARKS` is read from ``data/benchmarks.csv``; each row
carries ``id, value_days, statistic, start_event, end_event,
population_country, population_industry, source, year, url, n, note``.
Event names are the kit's own (see :func:`followup_kit.analysis.waits.wait_times`):
``applied``, ``first_interview``, ``last_interview``, ``response``, ``offer``,
``decision`` (an offer or a rejection), ``rejection``.

:data:`PUBLISHED` holds every published figure the kit knows, with the
columns above plus ``kind`` (``duration``, ``share`` or ``legal_deadline``),
``value`` and ``unit`` (``days`` or ``share``), ``region`` (a subdivision code
where the figure is a regional rule), ``title`` and ``population``.  Only the
durations measured between the kit's own events are :data:`BENCHMARKS` (what
a comparison of waits can use); the others (LinkedIn's days to the first day
at work, Workable's time to fill, Greenhouse's ghosted share, Ontario's
45-day rule) are context, shown with their definitions.

Examples
--------
>>> get_benchmark("glassdoor_2017_us")["value_days"]
23.8
>>> print(describe_benchmark("shrm_24_days"))  # doctest: +NORMALIZE_WHITESPACE
Mean of 24 days from the first interview to an offer (US, all industries), as stated by
SHRM blog, 'Crossing the Finish Line: How to Follow-Up After Job Interviews'; approximate: the
article restates the Glassdoor 2017 US mean (23.8 days, application to offer or rejection)
as first interview to final offer.
"""

from __future__ import annotations

import functools
import math
from importlib import resources

import pandas as pd

from followup_kit import vocabulary
from followup_kit.errors import InputError
from followup_kit.vocabulary import PUBLISHED_KINDS, WAIT_EVENTS

#: Where the benchmark table lives.
BENCHMARKS_FILE = resources.files("followup_kit.analysis") / "data" / "published.csv"

#: Columns of :data:`BENCHMARKS`, in file order.
BENCHMARK_COLUMNS = (
    "id",
    "value_days",
    "statistic",
    "start_event",
    "end_event",
    "population_country",
    "population_industry",
    "source",
    "year",
    "url",
    "n",
    "note",
)

#: Extra columns of :data:`PUBLISHED`, after :data:`BENCHMARK_COLUMNS`.
PUBLISHED_EXTRA_COLUMNS = ("kind", "value", "unit", "region", "title", "population", "cited_as")

#: Words for the kit's event names, used in sentences.
EVENT_WORDS = vocabulary.EVENT_PHRASES


def _load_published(path=BENCHMARKS_FILE) -> pd.DataFrame:
    text_cols = (
        "id",
        "statistic",
        "start_event",
        "end_event",
        "url",
        "note",
        "kind",
        "unit",
        "region",
        "title",
        "population",
        "cited_as",
    )
    frame = pd.read_csv(path, dtype={c: object for c in text_cols})
    missing = [c for c in BENCHMARK_COLUMNS + PUBLISHED_EXTRA_COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(f"{path}: missing benchmark columns {missing}")
    unknown = sorted(set(frame["kind"]) - set(PUBLISHED_KINDS))
    if unknown:
        raise ValueError(f"{path}: unknown kinds of published figure {unknown}; use {', '.join(PUBLISHED_KINDS)}")
    frame["year"] = frame["year"].astype("Int64")
    frame["n"] = frame["n"].astype("Int64")
    for col in ("url", "note", "region", "title", "population"):
        frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
    return frame[list(BENCHMARK_COLUMNS + PUBLISHED_EXTRA_COLUMNS)]


def _benchmarks_of(published: pd.DataFrame) -> pd.DataFrame:
    comparable = (
        (published["kind"] == "duration")
        & published["start_event"].isin(WAIT_EVENTS)
        & published["end_event"].isin(WAIT_EVENTS)
    )
    return published.loc[comparable, list(BENCHMARK_COLUMNS)].reset_index(drop=True)


@functools.cache
def _tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The published figures and the benchmarks among them, read once."""
    published = _load_published()
    return published, _benchmarks_of(published)


def __getattr__(name: str) -> pd.DataFrame:
    """``PUBLISHED`` (every published figure, one row each, with its definition and source) and
    ``BENCHMARKS`` (every known benchmark, one row each): read from the shipped file on first use,
    so that ``import followup_kit`` does not parse a CSV file."""
    if name == "PUBLISHED":
        return _tables()[0]
    if name == "BENCHMARKS":
        return _tables()[1]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def get_published(figure_id: str) -> pd.Series:
    """Return one published figure (any kind) by its id, with its provenance.

    Examples
    --------
    >>> row = get_published("greenhouse_2024_ghosted")
    >>> row["kind"], row["value"], row["unit"]
    ('share', 0.61, 'share')
    """
    published = _tables()[0]
    hit = published.loc[published["id"] == figure_id]
    if hit.empty:
        raise InputError(
            "unknown published figure; known ids are " + ", ".join(published["id"]), field="figure_id", value=figure_id
        )
    values = {k: (v.item() if hasattr(v, "item") else v) for k, v in hit.iloc[0].items()}
    values = {k: (None if v is pd.NA or (isinstance(v, float) and math.isnan(v)) else v) for k, v in values.items()}
    return pd.Series(values, name=figure_id, dtype=object)


def published_figures(country: str | None = None, region: str | None = None) -> pd.DataFrame:
    """The published figures to show a user: everything but the regional rules of other places.

    A legal deadline with a ``region`` is kept only when ``country`` and
    ``region`` match it (Ontario's 45-day rule for ``country="CA",
    region="ON"``); ``None`` leaves every regional rule out.

    Examples
    --------
    >>> "ontario_2026_45_days" in set(published_figures("CA", "ON")["id"])
    True
    >>> "ontario_2026_45_days" in set(published_figures("US")["id"])
    False
    """
    published = _tables()[0]
    regional = published["region"].notna()
    here = (published["population_country"] == country) & (published["region"] == region)
    return published.loc[~regional | here].reset_index(drop=True)


def benchmark_ids() -> list[str]:
    """The ids :func:`get_benchmark` accepts.

    Examples
    --------
    >>> "glassdoor_2017_uk" in benchmark_ids()
    True
    """
    return list(_tables()[1]["id"])


def get_benchmark(benchmark_id: str) -> pd.Series:
    """Return one benchmark row (a copy) by its id.

    Raises :class:`~followup_kit.errors.InputError` (a ``ValueError``) listing
    the valid ids when ``benchmark_id`` is unknown.

    Examples
    --------
    >>> row = get_benchmark("glassdoor_2017_us_government")
    >>> row["value_days"], row["statistic"], row["start_event"], row["end_event"]
    (53.8, 'mean', 'applied', 'decision')
    >>> get_benchmark("nope")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    followup_kit.errors.InputError: field 'benchmark_id', value 'nope': unknown benchmark; known ids are shrm_24_days, ...
    """
    benchmarks = _tables()[1]
    hit = benchmarks.loc[benchmarks["id"] == benchmark_id]
    if hit.empty:
        raise InputError(
            "unknown benchmark; known ids are " + ", ".join(benchmark_ids()), field="benchmark_id", value=benchmark_id
        )
    values = {k: (v.item() if hasattr(v, "item") else v) for k, v in hit.iloc[0].items()}
    values = {k: (None if v is pd.NA else v) for k, v in values.items()}
    return pd.Series(values, name=benchmark_id, dtype=object)


def _days(value: float) -> str:
    return f"{value:g} days" if value != 1 else "1 day"


def cite_benchmark(benchmark_id: str, *, span: bool = True) -> str:
    """The benchmark named as a person cites it: who, the figure, for whom, when (no id).

    ``span=False`` leaves out what the figure runs between (for a legend).  The year is
    given only when the source states it.

    Examples
    --------
    >>> cite_benchmark("glassdoor_2017_us")
    'Glassdoor, 23.8 days from the application to an offer or a rejection, US, 2017'
    >>> cite_benchmark("shrm_24_days", span=False)
    'SHRM blog, 24 days, US'
    >>> cite_benchmark("glassdoor_2017_us_government", span=False)
    'Glassdoor, 53.8 days, US government, 2017'
    """
    b = get_benchmark(benchmark_id)
    cited = get_published(benchmark_id)["cited_as"] or b["source"]
    figure = _days(b["value_days"])
    if span:
        figure += (
            f" from {EVENT_WORDS.get(b['start_event'], b['start_event'])} to "
            f"{EVENT_WORDS.get(b['end_event'], b['end_event'])}"
        )
    who = str(b["population_country"])
    if b["population_industry"] not in (None, "all"):
        who += f" {b['population_industry']}"
    return ", ".join([str(cited), figure, who] + ([str(b["year"])] if b["year"] is not None else []))


def describe_benchmark(benchmark_id: str) -> str:
    """One sentence: what the benchmark measures and where it comes from.

    Examples
    --------
    >>> describe_benchmark("glassdoor_2017_uk")
    'Mean of 27.5 days from the application to an offer or a rejection (United Kingdom, all industries), Glassdoor Economic Research, 2017, https://www.glassdoor.com/research/time-to-hire-in-25-countries/.'
    """
    b = get_benchmark(benchmark_id)
    industry = "all industries" if b["population_industry"] in (None, "all") else b["population_industry"]
    what = (
        f"{b['statistic'].capitalize()} of {_days(b['value_days'])} from "
        f"{EVENT_WORDS.get(b['start_event'], b['start_event'])} to "
        f"{EVENT_WORDS.get(b['end_event'], b['end_event'])} ({b['population_country']}, {industry})"
    )
    if b["year"] is None and b["url"] is None:
        where = f", as stated by {b['source']}"
    else:
        parts = [b["source"]] + ([str(b["year"])] if b["year"] is not None else []) + ([b["url"]] if b["url"] else [])
        where = ", " + ", ".join(parts)
    sentence = what + where
    note = b["note"] or ""
    if note.lower().startswith("approximate"):
        sentence += "; " + note.split(";")[0][0].lower() + note.split(";")[0][1:]
    return sentence + "."


#: The user's country (ISO 3166 code, as in ``FollowUpPolicy.country``) and how ``published.csv``
#: names that population, for the figures published per country.
COUNTRY_NAMES = {
    "US": "US",
    "GB": "United Kingdom",
    "UK": "United Kingdom",
    "DE": "Germany",
    "FR": "France",
    "CH": "Switzerland",
    "IN": "India",
    "BR": "Brazil",
    "IL": "Israel",
}


def country_benchmark(country: str | None) -> str | None:
    """The id of the wait measured for the user's country (application to a decision, all industries:
    Glassdoor's 2017 study), or ``None`` when none is known.

    Examples
    --------
    >>> country_benchmark("FR"), country_benchmark("de"), country_benchmark("US"), country_benchmark("JP")
    ('glassdoor_2017_fr', 'glassdoor_2017_de', 'glassdoor_2017_us', None)
    """
    name = COUNTRY_NAMES.get(str(country or "").upper())
    if name is None:
        return None
    benchmarks = _tables()[1]
    measured = (benchmarks["start_event"] == "applied") & (benchmarks["end_event"] == "decision")
    here = (benchmarks["population_country"] == name) & (benchmarks["population_industry"] == "all")
    hit = benchmarks.loc[measured & here, "id"]
    return str(hit.iloc[0]) if len(hit) else None


def benchmarks_to_show(country: str | None, benchmark_id: str = vocabulary.DEFAULT_BENCHMARK) -> list[str]:
    """The benchmarks a report sets side by side: ``benchmark_id`` (the source article's 24 days by
    default) and the figure published for the user's ``country``, each once.

    Examples
    --------
    >>> benchmarks_to_show("FR")
    ['shrm_24_days', 'glassdoor_2017_fr']
    >>> benchmarks_to_show("JP")
    ['shrm_24_days']
    """
    own = country_benchmark(country)
    return [benchmark_id] + ([own] if own is not None and own != benchmark_id else [])
