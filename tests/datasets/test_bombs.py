"""Resource bombs (followup_kit.datasets.bombs) are imported or refused cleanly under a 2 GB memory cap.

All the bombs run in one subprocess whose address space is capped with ``RLIMIT_AS`` (2 GB, the
issue's cap) and whose time is bounded; each import goes through the CLI, so a refusal is the
CLI's one-line message and a memory error or a hang fails the test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest
from helpers import FIGURES

#: The memory cap of issue 26's held-out run.
CAP_BYTES = 2 << 30

SCRIPT = textwrap.dedent(
    """
    import contextlib, io, json, resource, sys, time
    from pathlib import Path
    resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}))
    from followup_kit.cli import main
    from followup_kit.datasets import bombs
    folder = Path(sys.argv[1])
    built = {{
        "xlsx far cell": bombs.xlsx_far_cell(folder),
        "xlsx bad shared string": bombs.xlsx_damaged(folder, "shared-string"),
        "ods rows 10^9": bombs.ods_repeated_rows(folder),
        "ods columns 10^6": bombs.ods_repeated_columns(folder),
        "csv 10^6 fields": bombs.csv_wide_row(folder),
        "mail 40 MB attachment": bombs.mail_big_attachment(folder, 40),
        "mail 20,000 parts": bombs.mail_many_parts(folder, 20_000),
        "calendar 20,000 unended": bombs.calendar_unended(folder, 20_000),
    }}
    out = {{}}
    for name, path in built.items():
        err = io.StringIO()
        start = time.perf_counter()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            status = main(["import", str(path), "--tracker", str(folder / "t.sqlite"), "--create"])
        out[name] = {{"status": status, "seconds": round(time.perf_counter() - start, 2), "stderr": err.getvalue()}}
    # VmHWM is this process's own peak; ru_maxrss would keep the pytest worker's peak across fork and exec
    hwm = [line for line in Path("/proc/self/status").read_text().splitlines() if line.startswith("VmHWM:")]
    out["peak MB"] = int(hwm[0].split()[1]) // 1024 if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(json.dumps(out))
    """
)


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bombs")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(cap=CAP_BYTES), str(folder)],
        capture_output=True,
        text=True,
        timeout=240,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    FIGURES["resource bombs"] = {k: (v["seconds"] if isinstance(v, dict) else v) for k, v in found.items()}
    return found


REFUSED = {
    "xlsx far cell": "more than 1,000 columns (16,384)",
    "xlsx bad shared string": "the cell data of row 2 is damaged",
    "ods rows 10^9": "more than 100,000 rows (1,000,000,000)",
    "ods columns 10^6": "more than 1,000 columns (1,000,000)",
    "csv 10^6 fields": "more than 1,000 columns (1,000,000)",
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_sheet_bomb_is_refused_with_its_number(outcomes, name):
    assert outcomes[name]["status"] == 1
    assert REFUSED[name] in outcomes[name]["stderr"]
    assert "Traceback" not in outcomes[name]["stderr"]


@pytest.mark.parametrize("name", ["mail 40 MB attachment", "mail 20,000 parts", "calendar 20,000 unended"])
def test_a_mail_or_calendar_bomb_is_imported_without_a_traceback(outcomes, name):
    assert outcomes[name]["status"] == 0, outcomes[name]["stderr"][-2000:]
    assert "Traceback" not in outcomes[name]["stderr"]


def test_no_bomb_comes_near_the_cap(outcomes):
    assert outcomes["peak MB"] < 600  # the goal is 300 MB (benchmarks/bench_memory.py measures it)
