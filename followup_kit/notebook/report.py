"""The weekly report: run ``notebooks/weekly_report.ipynb`` with papermill, then write
a self-contained HTML page and a calendar file beside the executed notebook.

The HTML has no code cells, embeds its images, and loads no script, style or font
from any other host, so it reads the same offline and can be mailed as one file.

Examples
--------
>>> report_stem("2026-11-20")
'weekly-2026-11-20'
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from followup_kit.errors import FollowupKitError
from followup_kit.followups.ics import schedule_to_ics
from followup_kit.store.files import private_file, private_folder
from followup_kit.store.tracker import Tracker
from followup_kit.values import to_date

#: The project's notebooks folder (the kit is installed from its checkout).
NOTEBOOKS_DIR = Path(str(resources.files("followup_kit.notebook") / "notebooks"))
WEEKLY_NOTEBOOK = NOTEBOOKS_DIR / "weekly_report.ipynb"

_WIDGET_MIME = "application/vnd.jupyter.widget-view+json"


class ReportError(FollowupKitError):
    """The report notebook failed; the executed notebook is kept for inspection."""


@dataclass(frozen=True)
class ReportFiles:
    """The three files a weekly report run writes."""

    notebook: Path
    html: Path
    ics: Path

    def __str__(self) -> str:
        return f"Wrote {self.html}\n      {self.notebook}\n      {self.ics}"


def report_stem(week_ending) -> str:
    """File name stem of the report for a week: ``weekly-YYYY-MM-DD``."""
    return f"weekly-{to_date(week_ending, field='week_ending', required=True).isoformat()}"


def _quiet_kernel_manager():
    """A kernel manager whose kernel writes its own standard error nowhere: its log lines and the
    traceback of a shutdown race in ipykernel/zmq ("Socket operation on non-socket") are not for the
    reader.  Cell output is unaffected: it travels over the kernel's messages, not its stderr."""
    import subprocess

    from jupyter_client.manager import AsyncKernelManager

    class QuietKernelManager(AsyncKernelManager):
        async def start_kernel(self, **kw):  # type: ignore[override]
            kw.setdefault("stderr", subprocess.DEVNULL)
            await super().start_kernel(**kw)

    return QuietKernelManager


def run_weekly_report(
    tracker_path,
    *,
    week_ending=None,
    out_dir="reports",
    notebook=None,
    progress: bool = True,
    timezone: str | None = None,
    country: str | None = None,
) -> ReportFiles:
    """Execute the weekly report notebook and write ``.ipynb``, ``.html`` and ``.ics`` files.

    Parameters
    ----------
    tracker_path : path-like
        The tracker to report on (opened read-only by the notebook).
    week_ending : date or str, optional
        Last day of the reported week; default today in the tracker's time zone.
    out_dir : path-like
        Folder for the three files (created owner-only if missing).
    progress : bool
        Show a progress bar while the cells run.
    country : str, optional
        Your country (ISO code such as FR or DE): the figure published for it is shown beside
        the benchmark.  Default: the notebook's (the policy's, US).

    Raises
    ------
    ReportError
        When a cell fails: names the cell and where the executed notebook was kept.
    """
    import papermill as pm

    tracker_path = Path(tracker_path).resolve()
    with Tracker.open(tracker_path) as t:  # a clear error before any kernel starts
        zone = timezone or t.timezone
        if week_ending is None:
            from zoneinfo import ZoneInfo

            week_ending = dt.datetime.now(ZoneInfo(zone)).date()
        week_ending = to_date(week_ending, field="week_ending", required=True)
    out_dir = Path(out_dir)
    private_folder(out_dir)
    stem = report_stem(week_ending)
    nb_out, html_out, ics_out = (out_dir / f"{stem}{ext}" for ext in (".ipynb", ".html", ".ics"))
    source = Path(notebook) if notebook else WEEKLY_NOTEBOOK
    old_umask = os.umask(0o077)
    try:
        # While the kernel runs the notebook, this process is idle: meanwhile a thread builds the
        # calendar file and loads the HTML exporter; both are written only once the notebook ran.
        with ThreadPoolExecutor(max_workers=1) as pool:
            prepared = pool.submit(_prepare_outputs, tracker_path, week_ending.isoformat())
            try:
                pm.execute_notebook(
                    str(source),
                    str(nb_out),
                    parameters={
                        "tracker": str(tracker_path),
                        "week_ending": week_ending.isoformat(),
                        "output_dir": str(out_dir.resolve()),
                        **({"country": country} if country else {}),
                    },
                    kernel_name="python3",
                    progress_bar=progress,
                    cwd=str(source.parent),
                    report_mode=False,
                    log_output=False,
                    # the notebook is written once at the end, not after every cell (the report is all or nothing)
                    request_save_on_cell_execute=False,
                    # the kernel's own log (a TCP notice, a KeyboardInterrupt at shutdown) is not for the reader
                    extra_arguments=["--IPKernelApp.log_level=CRITICAL"],
                    kernel_manager_class=_quiet_kernel_manager(),
                )
            except pm.PapermillExecutionError as exc:
                raise ReportError(
                    f"cell {exc.cell_index + 1} of {source.name} failed with {exc.ename}: {exc.evalue}; "
                    f"the executed notebook is kept at {nb_out} for inspection"
                ) from None
            calendar, exporter = prepared.result()
        html_out.write_text(
            notebook_to_offline_html(
                nb_out, title=f"Job search: week ending {week_ending:%A %d %B %Y}", exporter=exporter
            ),
            encoding="utf-8",
        )
        with private_file(ics_out, "wb") as fh:
            fh.write(calendar)
    finally:
        os.umask(old_umask)
    for path in (nb_out, html_out, ics_out):
        os.chmod(path, 0o600)
    return ReportFiles(nb_out, html_out, ics_out)


_CSS = """
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
       color: #1f2328; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2, h3 { line-height: 1.25; } h1 { font-size: 1.8rem; } h2 { border-bottom: 1px solid #d0d7de; padding-bottom: .3rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid #d0d7de; padding: .3rem .6rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; } tr:nth-child(even) td { background: #fbfcfd; }
img { max-width: 100%; height: auto; }
pre { white-space: pre-wrap; background: #f6f8fa; padding: .6rem; border-radius: 6px; }
details { margin: .3rem 0 .8rem; } summary { cursor: pointer; }
.fk-overdue { color: #b35806; font-weight: 600; } .fk-note { color: #57606a; font-size: .9rem; }
.jp-OutputPrompt, .jp-InputPrompt { display: none; }
"""


def _prepare_outputs(tracker_path: Path, as_of: str):
    """The calendar file's bytes and a ready HTML exporter (run beside the kernel)."""
    with Tracker.open(tracker_path) as t:
        calendar = schedule_to_ics(t, as_of=as_of)
    return calendar, _html_exporter()


def _html_exporter():
    from nbconvert import HTMLExporter

    return HTMLExporter(
        template_name="basic",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        anchor_link_text="",
    )


def notebook_to_offline_html(notebook_path, *, title: str = "Weekly report", exporter=None) -> str:
    """Render an executed notebook as one self-contained HTML page without code.

    Widget views are dropped (their static fallbacks say nothing useful in a
    file); images stay embedded as data URIs; no external resources are linked.
    ``exporter`` is an nbconvert ``HTMLExporter`` made ready beforehand (default: a new one).
    """
    import nbformat

    nb = nbformat.read(str(notebook_path), as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.get("outputs", []) if _WIDGET_MIME not in o.get("data", {})]
    body, _ = (exporter or _html_exporter()).from_notebook_node(nb)
    body = _strip_external(body)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"{body}\n</body>\n</html>\n"
    )


_EXTERNAL_TAG = re.compile(r"<(script|link|iframe)\b[^>]*>(?:.*?</\1>)?", re.IGNORECASE | re.DOTALL)


def _strip_external(body: str) -> str:
    """Remove script, link and iframe tags: the report needs none, and none may load anything."""
    return _EXTERNAL_TAG.sub("", body)


def external_references(page: str) -> list[str]:
    """Every URL in ``page`` that a browser would fetch from another host (should be empty).

    Examples
    --------
    >>> external_references('<img src="data:image/png;base64,AAA"><a href="https://example.com">x</a>')
    []
    >>> external_references('<script src="https://cdn.example.org/x.js"></script>')
    ['https://cdn.example.org/x.js']
    """
    fetched = re.findall(
        r"""<(?:script|img|link|iframe|source|video|audio)\b[^>]*?(?:src|href)\s*=\s*["']?([^"' >]+)""",
        page,
        flags=re.IGNORECASE,
    )
    fetched += re.findall(r"""url\(\s*["']?([^"')]+)""", page, flags=re.IGNORECASE)
    fetched += re.findall(r"""@import\s+["']([^"']+)""", page, flags=re.IGNORECASE)
    return [u for u in fetched if re.match(r"^(https?:)?//", u.strip(), flags=re.IGNORECASE)]
