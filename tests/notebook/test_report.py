"""Tests for followup_kit.notebook.report: the weekly report through papermill, a real kernel and nbconvert."""

from __future__ import annotations

import os
import stat

import nbformat
import pytest
from icalendar import Calendar

from followup_kit.cli import main
from followup_kit.datasets.sample.tracker import create_sample_tracker
from followup_kit.notebook.report import (
    ReportError,
    external_references,
    run_weekly_report,
)


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory):
    root = tmp_path_factory.mktemp("report")
    path = root / "tracker.sqlite"
    with create_sample_tracker(path) as t:
        app = t.add_application("<script>alert(1)</script>", "Analyst <b>lead</b>", applied_on="2026-11-16")
        c = t.add_contact("Mallory <img src=x onerror=alert(2)>", relation="hiring_manager")
        t.log_interview(app, "2026-11-19 10:00", [c], memorable_detail="<iframe src=//evil.example>")
        # matplotlib reads "$...$" as mathematics: this role once stopped the report (issue 26)
        dollars = t.add_application(
            "\\frac{Acme}{2} _^{}", "Account Exec $60k base, 10% OTE to $90k", applied_on="2026-11-16"
        )
        t.log_interview(dollars, "2026-11-18 10:00", [])
    files = run_weekly_report(path, week_ending="2026-11-20", out_dir=root / "out", progress=False)
    return files


def test_writes_three_owner_only_files_named_by_week(sample_report):
    for path in (sample_report.notebook, sample_report.html, sample_report.ics):
        assert path.name.startswith("weekly-2026-11-20")
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(sample_report.html.parent).st_mode) == 0o700


def test_html_is_self_contained_and_has_no_code(sample_report):
    page = sample_report.html.read_text(encoding="utf-8")
    assert external_references(page) == []
    assert "<script" not in page.lower()
    assert "import followup_kit" not in page and "open_weekly_report" not in page
    assert page.count("data:image/png;base64,") >= 3  # wait plots, timeline, funnel
    for heading in (
        "What happened this week",
        "Due next week",
        "Overdue and silent applications",
        "Is this silence normal?",
        "Pipeline timeline",
        "Funnel",
    ):
        assert heading in page


def test_user_text_is_escaped_in_the_html(sample_report):
    page = sample_report.html.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img src=x" not in page and "<iframe" not in page.lower()


def test_executed_notebook_has_no_errors(sample_report):
    nb = nbformat.read(sample_report.notebook, as_version=4)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert errors == []
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert "2026-11-20" in injected[0].source


def test_calendar_parses_and_matches_the_schedule(sample_report):
    cal = Calendar.from_ical(sample_report.ics.read_bytes())
    events = [e for e in cal.walk("VEVENT")]
    assert events and all(str(e["UID"]).endswith("@followup-kit") for e in events)


def test_the_kernels_own_stderr_stays_out_of_the_terminal(tmp_path, capfd):
    """What the kernel process writes to its standard error (its log, a shutdown race in ipykernel)
    never reaches the terminal of `followup-kit report`; the notebook's own output is kept."""
    noisy = nbformat.v4.new_notebook(
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    )
    params = nbformat.v4.new_code_cell("tracker = None\nweek_ending = None\noutput_dir = None")
    params.metadata["tags"] = ["parameters"]
    noisy.cells = [params, nbformat.v4.new_code_cell("import os\nos.write(2, b'RAW KERNEL STDERR\\n')\nprint('kept')")]
    nbformat.write(noisy, tmp_path / "noisy.ipynb")
    path = tmp_path / "tracker.sqlite"
    create_sample_tracker(path).close()
    files = run_weekly_report(
        path, week_ending="2026-11-20", out_dir=tmp_path / "out", notebook=tmp_path / "noisy.ipynb", progress=False
    )
    assert "RAW KERNEL STDERR" not in capfd.readouterr().err
    assert "kept" in files.notebook.read_text(encoding="utf-8")


def test_failing_cell_is_named_and_notebook_kept(tmp_path):
    bad = nbformat.v4.new_notebook(
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    )
    params = nbformat.v4.new_code_cell("tracker = None\nweek_ending = None\noutput_dir = None")
    params.metadata["tags"] = ["parameters"]
    bad.cells = [params, nbformat.v4.new_code_cell("1 / 0")]
    nbformat.write(bad, tmp_path / "bad.ipynb")
    path = tmp_path / "tracker.sqlite"
    create_sample_tracker(path).close()
    with pytest.raises(ReportError, match=r"cell 3 of bad.ipynb failed with ZeroDivisionError.*kept at"):
        run_weekly_report(
            path, week_ending="2026-11-20", out_dir=tmp_path / "out", notebook=tmp_path / "bad.ipynb", progress=False
        )
    assert (tmp_path / "out" / "weekly-2026-11-20.ipynb").exists()


def test_cli_report_missing_tracker_is_one_sentence(tmp_path, capsys):
    assert main(["report", "--tracker", str(tmp_path / "none.sqlite"), "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "no tracker at" in err and "Traceback" not in err


def test_cli_report_bad_week(tmp_path, capsys):
    path = tmp_path / "tracker.sqlite"
    create_sample_tracker(path).close()
    assert main(["report", "--tracker", str(path), "--week-ending", "last friday", "--quiet"]) == 1
    assert "week_ending" in capsys.readouterr().err


def test_cli_report_country_sets_the_figure_beside_the_benchmark(tmp_path, capsys):
    path = tmp_path / "tracker.sqlite"
    create_sample_tracker(path).close()
    out = tmp_path / "out"
    argv = ["report", "--tracker", str(path), "--week-ending", "2026-11-20", "--out", str(out), "--quiet"]
    assert main([*argv, "--country", "XY"]) == 1
    assert "country" in capsys.readouterr().err and not out.exists()
    assert main([*argv, "--country", "FR"]) == 0
    page = (out / "weekly-2026-11-20.html").read_text(encoding="utf-8")
    assert "Glassdoor, 38.9 days from the application to an offer or a rejection, France, 2017" in page
    assert "28.5 days" not in page


def test_html_tables_read_as_words_without_internal_ids(sample_report):
    """People read the report: human column names and days, never ids or code-style headers."""
    import re

    page = sample_report.html.read_text(encoding="utf-8")
    headers = re.findall(r"<th[^>]*>(.*?)</th>", page, flags=re.S)
    assert headers, "the report has tables"
    for header in headers:
        assert "_" not in header and header.strip().lower() != "id", header
    for word in ("application_id", "days_over", "days_waited", "benchmark_days", "action_key", "contact_id"):
        assert word not in page
    assert "<th>Company</th>" in page and "<th>What happened</th>" in page
    assert "Tue 17 Nov" in page  # the Silverpine interview, written the way people write dates
    assert not re.search(r"\d{4}-\d{2}-\d{2} 00:00:00", page)


def test_cli_report_prints_only_what_a_reader_needs(tmp_path):
    """The kernel's own log lines (a TCP notice, a KeyboardInterrupt at shutdown) stay out of the terminal."""
    import subprocess
    import sys

    from followup_kit.datasets.sample.tracker import create_sample_tracker

    create_sample_tracker(tmp_path / "t.sqlite").close()
    done = subprocess.run(
        [sys.executable, "-m", "followup_kit.cli", "report", "--tracker", str(tmp_path / "t.sqlite"),
         "--out", str(tmp_path / "out"), "--week-ending", "2026-11-20"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Wrote " in done.stdout
    assert "IPKernelApp" not in done.stderr and "KeyboardInterrupt" not in done.stderr, done.stderr[-2000:]


def test_the_report_is_written_for_any_text_and_speaks_words(sample_report):
    """A role with dollar signs is drawn and written as typed; ids only in the appendix; the method folded."""
    import re

    page = sample_report.html.read_text(encoding="utf-8")
    assert "Account Exec $60k base, 10% OTE to $90k" in page
    page = re.sub(r'src="data:[^"]*"', "", page)  # the images' bytes are not words
    body, appendix = page.split("Appendix: the published figures cited")
    assert "shrm_24_days" in appendix
    for word in ("shrm_24_days", "glassdoor_2017", "week.raw", "raw()", "NaN", "0% (0% to 0%)"):
        assert word not in body, word
    unfolded = re.sub(r"<details>.*?</details>", "", body, flags=re.S)
    assert "Kaplan-Meier" not in unfolded and "the other verdict" not in unfolded
    assert "How this is computed" in body
