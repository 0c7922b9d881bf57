"""The kit installs anywhere: a normal (non-editable) install into a folder of its own, used from an empty folder.

Everything the kit reads at run time (published figures, the sample, templates, the notebook the report
runs) must come from inside the installed package, never from this checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT

#: What the copy of the checkout leaves out (the build must not see the venv, git or test data).
_SKIP = shutil.ignore_patterns(".venv", ".git", "tests", "reports", "build", "*.egg-info", "__pycache__", ".*_cache")


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("install")
    source = base / "source"
    shutil.copytree(ROOT, source, symlinks=True, ignore=_SKIP)
    target = base / "site"
    subprocess.run(
        [_uv(), "pip", "install", "--quiet", "--python", sys.executable, "--no-deps", "--no-build-isolation",
         "--offline", "--target", str(target), str(source)],
        check=True, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    return target


def _uv() -> str:
    """The uv that set up this environment (the lock installs it into the venv), else the one on PATH."""
    here = Path(sys.executable).parent / "uv"
    return str(here) if here.exists() else (shutil.which("uv") or pytest.skip("uv is not installed"))


def _run(installed: Path, cwd: Path, *args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(installed)}
    env.pop("FOLLOWUP_KIT_TRACKER", None)
    env.pop("FOLLOWUP_KIT_AS_OF", None)
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def test_the_installed_copy_is_the_one_imported(installed, tmp_path):
    done = _run(installed, tmp_path, "-c", "import followup_kit as fk; print(fk.__file__); print(len(fk.BENCHMARKS))")
    assert done.returncode == 0, done.stderr
    where, count = done.stdout.split()
    assert Path(where).is_relative_to(installed) and int(count) >= 10
    assert not any(p.name == "followup_kit" and p.is_symlink() for p in installed.rglob("*"))
    assert (installed / "followup_kit" / "notebook" / "notebooks" / "weekly_report.ipynb").is_file()
    assert (installed / "followup_kit" / "py.typed").is_file()


def test_init_sample_and_report_from_an_empty_folder(installed, tmp_path):
    cli = ("-m", "followup_kit.cli")
    done = _run(installed, tmp_path, *cli, "init", "--sample", "--tracker", "t.sqlite")
    assert done.returncode == 0, done.stderr
    done = _run(installed, tmp_path, *cli, "report", "--tracker", "t.sqlite", "--out", "reports")
    assert done.returncode == 0, done.stderr[-3000:]
    (html,) = (tmp_path / "reports").glob("weekly-*.html")
    page = html.read_text()
    assert "Is this silence normal?" in page and "<img" in page and "Traceback" not in page
    assert {p.suffix for p in (tmp_path / "reports").iterdir()} == {".html", ".ipynb", ".ics"}
