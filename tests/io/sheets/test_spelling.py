"""One spelling per company in a sheet (io/sheets/spelling.py)."""

from __future__ import annotations

import pandas as pd

from followup_kit.io.sheets.spelling import one_spelling
from followup_kit.io.sources import import_source
from followup_kit.store.tracker import Tracker


def test_a_company_typed_wrong_once_reads_as_its_usual_spelling(tmp_path):
    path = tmp_path / "apps.csv"
    path.write_text(
        "Company,Role,Date,Status\nCloudflare,SWE,2025-02-10,applied\nCloudfare,SRE,2025-02-11,rejected\n"
        "Cloudflare,Workers,2025-03-01,applied\nMeta,SWE,2025-02-12,applied\nMesa,SWE,2025-02-13,applied\n"
    )
    tracker = Tracker.create(tmp_path / "t.sqlite")
    result = import_source(tracker, path)
    assert sorted(tracker.applications["company"]) == ["Cloudflare", "Cloudflare", "Cloudflare", "Mesa", "Meta"]
    assert "'Cloudfare' (1 row) is read as 'Cloudflare' (2 rows): one letter apart" in result.warnings
    tracker.close()


def test_a_tie_or_a_short_name_keeps_its_spelling():
    """Two spellings as frequent as each other: the sheet does not say which is right."""
    names = pd.Series(["Atlassian", "Atlassain", "Unity", "Unify", "Unify", None, ""])
    fixed, notes = one_spelling(names)
    assert fixed.tolist() == names.tolist() and notes == []
