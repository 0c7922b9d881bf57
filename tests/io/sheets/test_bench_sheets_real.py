"""benchmarks/bench_sheets_real.py on invented files: the three figures, and no cell of any sheet printed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl

BENCH = Path(__file__).resolve().parents[3] / "benchmarks" / "bench_sheets_real.py"


def run(*args) -> str:
    done = subprocess.run([sys.executable, str(BENCH), *map(str, args)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_figures_of_invented_sheets_and_no_cell_printed(tmp_path):
    (tmp_path / "good.csv").write_text(
        "Company,Date applied,Status\nZorblax,2025-01-17,Rejected\nQuuxcorp,17.01.2025,Applied\n", encoding="utf-8"
    )
    # an unknown status word no longer refuses a sheet (issue 24): the word is asked, the row imported
    (tmp_path / "refused.csv").write_text("Company,Status\nWibblet,Dreaming\n", encoding="utf-8")
    book = openpyxl.Workbook()
    book.active.title = "Overview"
    book.active.append(["Total", 1])
    raw = book.create_sheet("Data")
    raw.append(["Firma", "Bewerbung", "Ergebnis"])
    raw.append(["Frobnitz", "3.3.2025", "Absage"])
    book.save(tmp_path / "book.xlsx")
    (tmp_path / "notes.txt").write_text("no header anyone reads\n", encoding="utf-8")
    (tmp_path / "tally.csv").write_text("Applied,Rejected\n1,0\n", encoding="utf-8")
    (tmp_path / "truth.json").write_text('{"tally.csv": {"skip": "a tally"}}', encoding="utf-8")
    out = run("--folder", tmp_path)
    lines = {line.split()[0]: line.split() for line in out.splitlines()[2:-1]}
    assert out.splitlines()[-1] == "files that import with no options: 3 of 4"
    assert lines["good.csv"][1:] == ["2", "ok", "ok", "100%", "100%", "of", "2", "100%", "of", "1"]
    assert lines["book.xlsx"][1] == "1" and lines["book.xlsx"][4] == "100%"
    assert lines["refused.csv"][1] == "1" and lines["refused.csv"][5:] == ["n/a", "of", "0", "n/a", "of", "0"]
    assert lines["notes.txt"][1] == "?"
    assert lines["tally.csv"][1:] == ["-", "-", "-", "not", "a", "tracker", "-", "-"]
    for secret in ("Zorblax", "Quuxcorp", "Wibblet", "Frobnitz", "Absage", "Dreaming", "2025-01-17"):
        assert secret not in out
