"""Draw the README's "Will I hear back?" figure from the sample tracker and print the published-figures table.

Run ``.venv/bin/python scripts/forecast_figure.py``: it writes ``docs/forecast-sample.png``
and prints the forecasts of the sample (as of 2026-11-20) and the Markdown table of
published figures that the README shows.
"""

import tempfile
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

import followup_kit as fk

DOCS = Path(__file__).resolve().parent.parent / "docs"
AS_OF = "2026-11-20"


def published_table() -> str:
    """The published figures as a Markdown table: figure, what it measures, population, source."""
    rows = ["| Figure | What it measures | Population | Source |", "|---|---|---|---|"]
    for r in fk.PUBLISHED.itertuples():
        value = f"{r.value:.0%}" if r.unit == "share" else f"{r.value:g} days"
        what = f"{r.statistic}, {r.start_event} to {r.end_event}"
        where = r.population_country + (f" ({r.region})" if r.region else "")
        if r.population_industry not in (None, "all"):
            where += f", {r.population_industry}"
        source = f"{r.source}" + (f", {r.year}" if r.year is not None and str(r.year) != "<NA>" else "")
        if r.url:
            source = f"[{source}]({r.url})"
        rows.append(f"| `{r.id}`: **{value}** | {what} | {where}; {r.population} | {source} |")
    return "\n".join(rows)


with tempfile.TemporaryDirectory() as tmp:
    t = fk.create_sample_tracker(Path(tmp) / "tracker.sqlite")
    waits = fk.wait_times(t, as_of=AS_OF, start="applied", end="response")
    never = fk.never_hear_back(waits)
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.2), layout="constrained")
    fk.plots.plot_survival(fk.survival(waits), benchmark_id=None, ax=left)
    left.axhspan(never.low, never.high, color="#999999", alpha=0.15, linewidth=0)
    left.axhline(never.value, color="#555555", linestyle=":", label=f"never answered: {never.value:.0%}")
    left.legend(frameon=False, fontsize="small")
    fk.plot_chance_within(waits, ax=right)
    fig.savefig(DOCS / "forecast-sample.png", dpi=80)
    forecast = fk.reply_forecast(t, as_of=AS_OF)
    print(fk.history_sentence(forecast))
    for sentence in fk.forecast_sentences(forecast):
        print("-", sentence)
    t.close()
print()
print(published_table())
print(f"\nwrote {DOCS / 'forecast-sample.png'}")
