"""Draw the README's figures from the sample tracker (``python scripts/readme_figures.py``)."""

import tempfile
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

import followup_kit as fk

DOCS = Path(__file__).resolve().parent.parent / "docs"

with tempfile.TemporaryDirectory() as tmp:
    t = fk.create_sample_tracker(Path(tmp) / "tracker.sqlite")
    waits = fk.wait_times(t, as_of="2026-11-20")
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.2), layout="constrained")
    fk.plots.plot_survival(fk.survival(waits), benchmark_id="shrm_24_days", ax=left)
    fk.plots.plot_incidence(fk.outcome_incidence(waits), ax=right)
    fig.savefig(DOCS / "waits-sample.png", dpi=80)
    print(fk.compare_to_benchmark(waits, "shrm_24_days"))
    t.close()
print(f"wrote {DOCS / 'waits-sample.png'}")
