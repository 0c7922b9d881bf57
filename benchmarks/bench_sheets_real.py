"""Benchmark: do real job-search sheets import with no options at all?  Three figures per file.

For every sheet in ``--folder`` (``.csv``, ``.xlsx``, ``.ods``) the script runs what a newcomer
runs, ``followup-kit import FILE --tracker T --create --dry-run`` and then the same without
``--dry-run``, each in a fresh tracker and a separate process, and compares what reached the
tracker with what a person reads in the sheet:

* **companies**: applications imported / rows of the sheet that name a company;
* **applied dates**: applications with an application date / cells of the application-date column
  that a person can read as a date (``2025-01-17``, ``17.01.2025``, ``1/14/25, 5:58 AM``, ``8-Jul``,
  a spreadsheet date cell...);
* **rejections**: applications whose status is rejected / rows whose status cell says so
  ("Rejected", "Absage", "Negative (Application rejected)"...).

What a person reads is worked out here, independently of the kit: the tracker sheet of a
workbook, the header row, and the company, application-date and status columns come from the
header words below, or from a ``truth.json`` in the folder
(``{"file.xlsx": {"sheet": "Raw_data", "company": "Firma", "applied": "Datum", "status": "Result",
"rejected": ["absage"]}}``) when the words do not find them; ``{"file.xlsx": {"skip": "why"}}`` leaves
out a file that is no tracker (a tally, a project list).  The target of issue 24 is 90% each.

The script reads no network and prints no cell of any sheet: only file names, counts and figures.

Usage::

    .venv/bin/python benchmarks/bench_sheets_real.py --folder /path/to/sheets
    .venv/bin/python benchmarks/bench_sheets_real.py --tiny      (two invented sheets: a smoke run)
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

#: Header words, compared lower-case, that name each column a person looks at (most specific first).
COMPANY_WORDS = (
    r"compan|firma|unternehmen|entreprise|soci[eé]t[eé]|employer|arbeitgeber|empresa|f[oö]retag|organi[sz]ation",
    r"^name$|^name\b|\bname$|^nom$",
)
APPLIED_WORDS = (
    r"appl|bewerb|candidat|postul|ans[oö]k|submitted|sent",
    r"date|datum|fecha|^when$|^day$",
)
STATUS_WORDS = (r"status|stage|result|outcome|ergebnis|stand|r[eé]sultat|[eé]tat|estado|response|antwort|decision",)
#: What a person reads as a rejection in a status cell.
REJECTED = re.compile(
    r"reject|declin|negativ|absag|abgesagt|abgelehnt|refus|rechaz|not selected|unsuccessful|avslag|turned down|"
    r"no offer|not moving|denied|nicht genommen",
    re.IGNORECASE,
)
_MONTH = r"(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|janv|f[eé]v|avr|juil|ao[uû]t|d[eé]c)"
#: A cell a person reads as a date: digits in a date shape, or a day with a month name.
READABLE_DATE = re.compile(
    r"\b\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?\b|\b\d{1,2}\.?[ -]?" + _MONTH + r"|" + _MONTH + r"[a-z]*\.? \d{1,2}\b",
    re.IGNORECASE,
)
SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".ods")


def read_frames(path: Path) -> dict[str, pd.DataFrame]:
    """Every sheet of ``path`` as raw cells (no header), read by pandas alone."""
    if path.suffix.lower() in (".xlsx", ".xlsm", ".ods"):
        engine = "odf" if path.suffix.lower() == ".ods" else "openpyxl"
        return pd.read_excel(path, sheet_name=None, header=None, dtype=object, engine=engine)
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "utf-16", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    first = text.lstrip().splitlines()[0] if text.strip() else ""
    sep = max((",", ";", "\t", "|"), key=first.count)
    from io import StringIO

    frame = pd.read_csv(StringIO(text), sep=sep, header=None, dtype=str, keep_default_na=False, engine="python")
    return {"": frame}


#: Headers of links, never a company, a date or a status ("Application URL", "Job Listing").
_LINKS = re.compile(r"\burl\b|^\s*(?:job )?link|listing|href", re.IGNORECASE)


def _find(headers: list[str], patterns: tuple[str, ...], exclude=()) -> str | None:
    for pattern in patterns:
        for h in headers:
            if h not in exclude and not _LINKS.search(h) and re.search(pattern, h.strip().lower()):
                return h
    return None


def _framed(raw: pd.DataFrame, header_row: int) -> pd.DataFrame:
    header = [
        str(v).strip() if pd.notna(v) and str(v).strip() else f"col{i}" for i, v in enumerate(raw.iloc[header_row])
    ]
    seen: dict[str, int] = {}
    names = []
    for h in header:
        seen[h] = seen.get(h, 0) + 1
        names.append(h if seen[h] == 1 else f"{h}.{seen[h] - 1}")
    body = raw.iloc[header_row + 1 :].copy()
    body.columns = names
    return body


def readable(v) -> bool:
    """A cell a person reads as a date: a spreadsheet date, or text in a date shape."""
    if isinstance(v, pd.Timestamp) or hasattr(v, "year"):
        return True
    return bool(READABLE_DATE.search(str(v))) if pd.notna(v) else False


def _applied_column(body: pd.DataFrame, headers: list[str], exclude) -> str | None:
    """The application-date column: of the headers with an application word (else a date word), the most dated."""
    for pattern in APPLIED_WORDS:
        named = [h for h in headers if h not in exclude and not _LINKS.search(h) and re.search(pattern, h.lower())]
        dated = {h: int(body[h].map(readable).sum()) for h in named}
        if dated and max(dated.values()) > 0:
            return max(named, key=lambda h: (dated[h], -named.index(h)))
    return None


def truth_table(path: Path, truth: dict) -> dict | None:
    """The sheet, rows and columns a person would read in ``path``, and the three counts to reach."""
    given = truth.get(path.name, {})
    frames = read_frames(path)
    best = None
    for sheet, raw in frames.items():
        if given.get("sheet") not in (None, sheet):
            continue
        for header_row in range(min(10, len(raw))):
            body = _framed(raw, header_row)
            headers = list(body.columns)
            company = given.get("company") or _find(headers, COMPANY_WORDS)
            if company not in headers:
                continue
            names = body[company].map(lambda v: "" if pd.isna(v) else str(v).strip())
            rows = int(names.ne("").sum())
            if best is None or rows > best["rows"]:
                best = {"sheet": sheet, "header_row": header_row, "company": company, "rows": rows, "body": body}
            break  # the first header row that names a company is the header
    if best is None:
        return None
    body, headers = best["body"], list(best["body"].columns)
    named = body[best["company"]].map(lambda v: "" if pd.isna(v) else str(v).strip()).ne("")
    body = body[named]
    applied = given.get("applied") or _applied_column(body, headers, exclude={best["company"]})
    status = given.get("status") or _find(headers, STATUS_WORDS, exclude={best["company"], applied})
    rejected = re.compile("|".join(given["rejected"]), re.IGNORECASE) if given.get("rejected") else REJECTED

    return {
        "sheet": best["sheet"],
        "companies": len(body),
        "applied": int(body[applied].map(readable).sum()) if applied in headers else 0,
        "rejected": int(body[status].map(lambda v: bool(rejected.search(str(v))) if pd.notna(v) else False).sum())
        if status in headers
        else 0,
    }


#: Runs the two imports in one process (each in a fresh tracker), printing only their exit codes.
_RUN = """
import contextlib, io, sys
from followup_kit.cli import main
source, work = sys.argv[1], sys.argv[2]
codes = []
for name, extra in (("dry.sqlite", ["--dry-run"]), ("tracker.sqlite", [])):
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        codes.append(main(["import", source, "--tracker", work + "/" + name, "--create", *extra]))
print(*codes)
"""


def run_imports(path: Path, work: Path) -> tuple[int, int, Path]:
    """``followup-kit import FILE --tracker T --create`` with ``--dry-run``, then without; their exit codes."""
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(path), str(work)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=work,
        check=False,
    )
    codes = done.stdout.split()
    if done.returncode or len(codes) != 2:
        return -1, -1, work / "tracker.sqlite"
    return int(codes[0]), int(codes[1]), work / "tracker.sqlite"


def imported(tracker: Path) -> dict:
    """What reached the tracker: applications, those with an application date, those rejected."""
    from followup_kit.store.tracker import Tracker

    if not tracker.exists():
        return {"companies": 0, "applied": 0, "rejected": 0}
    with Tracker.open(tracker) as t:
        apps = t.applications
    status = apps["status"].astype(str)
    return {
        "companies": int(apps["company"].notna().sum()),
        "applied": int(apps["applied_on"].notna().sum()),
        "rejected": int(status.eq("rejected").sum()),
    }


def share(got: int, want: int) -> str:
    """``got`` of ``want`` as a percentage, capped at 100 (more than asked for is not better)."""
    if want == 0:
        return "n/a"
    return f"{min(got / want, 1.0):.0%}"


def measure(folder: Path) -> list[dict]:
    """The three figures for every sheet in ``folder``."""
    truth_file = folder / "truth.json"
    truth = json.loads(truth_file.read_text()) if truth_file.exists() else {}
    out = []
    for path in sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES):
        if truth.get(path.name, {}).get("skip"):  # {"skip": "why"}: measured, but not a tracker to count
            out.append(
                dict(file=path.name, rows="-", dry_run="-", companies="not a tracker", applied="-", rejections="-")
            )
            out[-1]["import"] = "-"
            continue
        try:
            want = truth_table(path, truth)
        except Exception as exc:  # a file pandas cannot read is reported, not fatal
            want = None
            print(f"{path.name}: cannot read it independently ({type(exc).__name__})", file=sys.stderr)
        with tempfile.TemporaryDirectory() as tmp:
            dry, code, tracker = run_imports(path, Path(tmp))
            got = imported(tracker)
        row = {
            "file": path.name,
            "dry_run": "ok" if dry == 0 else f"exit={dry}",
            "import": "ok" if code == 0 else f"exit={code}",
        }
        if want is None:
            row.update(rows="?", companies="?", applied="?", rejections="?")
        else:
            row.update(
                rows=want["companies"],
                companies=share(got["companies"], want["companies"]),
                applied=f"{share(got['applied'], want['applied'])} of {want['applied']}",
                rejections=f"{share(got['rejected'], want['rejected'])} of {want['rejected']}",
            )
        out.append(row)
    return out


def _tiny(folder: Path) -> None:
    """Two invented sheets: a flat CSV and a workbook whose tracker is on its second sheet."""
    (folder / "jobs.csv").write_text(
        "Company,Role,Date applied,Status\n"
        "Acme,Analyst,2025-01-17,Rejected\n"
        "Globex,Engineer,2025-01-24,Applied\n"
        "Initech,Developer,2025-02-03,Interview\n",
        encoding="utf-8",
    )
    with pd.ExcelWriter(folder / "book.xlsx", engine="openpyxl") as writer:
        pd.DataFrame({"Total": ["Applications", "Rejections"], "Count": [3, 1]}).to_excel(
            writer, sheet_name="Dashboard", index=False
        )
        pd.DataFrame(
            {
                "Firma": ["Umbrella", "Hooli", "Vandelay"],
                "Bewerbung": pd.to_datetime(["2025-03-03", "2025-03-05", "2025-03-07"]),
                "Status": ["Absage", "offen", "offen"],
            }
        ).to_excel(writer, sheet_name="Raw_data", index=False)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folder", type=Path, help="a folder of sheets (.csv, .xlsx, .ods)")
    parser.add_argument("--tiny", action="store_true", help="measure two invented sheets (a smoke run)")
    args = parser.parse_args(argv)
    if args.tiny:
        tmp = tempfile.TemporaryDirectory()
        folder = Path(tmp.name)
        _tiny(folder)
    elif args.folder is None or not args.folder.is_dir():
        parser.error("--folder PATH (a folder of sheets) or --tiny")
    else:
        folder = args.folder
    rows = measure(folder)
    table = pd.DataFrame(rows, columns=["file", "rows", "dry_run", "import", "companies", "applied", "rejections"])
    print("companies, applied dates and rejections imported with no options (target: 90% each)")
    print(table.to_string(index=False))
    counted = table[table["import"].ne("-")]
    print(f"files that import with no options: {int(counted['import'].eq('ok').sum())} of {len(counted)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
