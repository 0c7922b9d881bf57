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


def _lock() -> dict[str, str]:
    """``requirements-lock.txt`` as {name: version}; every entry pinned with sha256 hashes."""
    text = (ROOT / "requirements-lock.txt").read_text()
    entries = re.split(r"\n(?=\S)", text.strip())
    pins = {}
    for entry in entries:
        if entry.startswith("#"):
            continue
        name, version = re.match(r"([A-Za-z0-9_.\-]+)==([^\s;\\]+)", entry).groups()
        assert "--hash=sha256:" in entry, name
        pins[re.sub(r"[-_.]+", "-", name.lower())] = version
    return pins


def test_the_lock_pins_every_dependency_and_names_no_host():
    text = (ROOT / "requirements-lock.txt").read_text()
    assert not re.search(r"https?://|--(extra-)?index-url|--find-links|\bfile:", text)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    extras = project["optional-dependencies"]
    wanted = _names(project["dependencies"]) | _names(extras["test"]) | _names(extras["docs"])
    pins = _lock()
    assert {re.sub(r"[-_.]+", "-", n) for n in wanted} <= set(pins)
    assert len(pins) > len(wanted)  # the transitive dependencies are pinned too


def test_setup_installs_the_lock_with_uv():
    makefile = (ROOT / "Makefile").read_text()
    assert "pip sync --quiet --python $(PY) requirements-lock.txt" in makefile
    assert "$(STAMP): requirements-lock.txt pyproject.toml" in makefile
