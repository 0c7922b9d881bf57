"""environment.yml and pyproject.toml must list the same dependencies."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _names(specs):
    return {re.split(r"[<>=!~ \[]", s.strip(), maxsplit=1)[0].lower() for s in specs}


def test_environment_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = _names(project["dependencies"]) | _names(project["optional-dependencies"]["test"])
    wanted |= _names(project["optional-dependencies"]["docs"])
    lines = [
        ln.strip()[2:] for ln in (ROOT / "environment.yml").read_text().splitlines() if ln.strip().startswith("- ")
    ]
    listed = _names(lines) - {"python", "pip", "conda-forge"}
    assert listed == wanted


def test_readme_opens_with_the_two_commands():
    text = (ROOT / "README.md").read_text()
    first = text.index("make report")
    assert first < text.index("## What you get") and "make test" in text[: first + 200]
