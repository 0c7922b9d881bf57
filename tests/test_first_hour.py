"""What a newcomer meets first: a readable notebooks folder and `make lab` settings that ask nothing."""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_notebooks_folder_holds_only_notebooks_and_a_readme():
    names = sorted(p.name for p in (ROOT / "notebooks").iterdir() if p.name != ".ipynb_checkpoints")
    assert names == ["README.md", "follow_ups.ipynb", "wait_times.ipynb", "weekly_report.ipynb"]
    readme = (ROOT / "notebooks" / "README.md").read_text(encoding="utf-8")
    for name in names[1:]:
        assert f"`{name}`" in readme


def test_make_lab_opens_the_desk_with_the_shipped_settings():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    lab = makefile[makefile.index("LAB_OPTIONS :=") : makefile.index("\napp:")]
    assert "--LabApp.app_settings_dir=$(abspath config/lab)" in lab
    assert "--LabApp.default_url=/lab/tree/follow_ups.ipynb" in lab
    assert re.search(r"jupyter lab --notebook-dir=notebooks \\\s+\$\(LAB_OPTIONS\)", lab)
    overrides = json.loads((ROOT / "config" / "lab" / "overrides.json").read_text(encoding="utf-8"))
    assert overrides["@jupyterlab/apputils-extension:notification"] == {"fetchNews": "false", "checkForUpdates": False}
    # the browser tests start JupyterLab with the same folder and the same first page
    conftest = (ROOT / "tests" / "browser" / "conftest.py").read_text(encoding="utf-8")
    assert 'LAB_APP_SETTINGS = ROOT / "config" / "lab"' in conftest
    assert 'LAB_DEFAULT_URL = "/lab/tree/follow_ups.ipynb"' in conftest
