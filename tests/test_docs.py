"""The documentation: the site builds offline with warnings as errors, the reference covers
every public name, the README stays a short front door, and every relative link leads to a file.
"""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import followup_kit

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
NETGUARD = Path(__file__).resolve().parent / "netguard"

#: ``::: identifier`` lines of mkdocstrings, and explicit heading anchors ``{#followup_kit.NAME}``.
IDENTIFIER = re.compile(r"^:::\s+([\w.]+)\s*$", re.MULTILINE)
ANCHOR = re.compile(r"\{#(followup_kit\.[\w.]+)\}")

#: Markdown links and images, ``[text](target)`` and ``![alt](target "title")``.
LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")


def _markdown_files() -> list[Path]:
    """README.md and every Markdown page of the site (the lead's ``_incoming`` drafts are not pages)."""
    pages = [p for p in DOCS.rglob("*.md") if "_incoming" not in p.relative_to(DOCS).parts]
    return [ROOT / "README.md", *sorted(pages)]


def _reference_identifiers() -> dict[str, str]:
    """``{identifier: page}`` for every ``:::`` line and explicit anchor of docs/reference/."""
    found = {}
    for page in sorted((DOCS / "reference").glob("*.md")):
        text = page.read_text(encoding="utf-8")
        for ident in IDENTIFIER.findall(text) + ANCHOR.findall(text):
            found[ident] = page.name
    return found


def _resolve(identifier: str):
    """The object a dotted ``identifier`` names: the longest importable module, then attributes."""
    parts = identifier.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attr in parts[cut:]:
            obj = getattr(obj, attr)
        return obj
    raise ImportError(identifier)


def test_every_public_name_has_its_entry_in_the_reference():
    identifiers = _reference_identifiers()
    missing, wrong = [], []
    for name in followup_kit.__all__:
        entries = [i for i in identifiers if i == f"followup_kit.{name}" or i.endswith(f".{name}")]
        if not entries:
            missing.append(name)
            continue
        public = getattr(followup_kit, name)
        if not any(_resolve(i) is public for i in entries):
            wrong.append((name, entries))
    assert not missing, f"public names without a ::: entry in docs/reference/: {missing}"
    assert not wrong, f"reference entries naming another object than followup_kit.NAME: {wrong}"
    # and nothing documented there is gone from the code
    for ident in identifiers:
        _resolve(ident)


def test_the_readme_is_a_short_front_door():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 300
    guide = {Path(t).name for t in LINK.findall(text) if t.startswith("docs/guide/")}
    pages = {p.name for p in (DOCS / "guide").glob("*.md")}
    assert pages <= guide, f"guide pages the README does not link: {sorted(pages - guide)}"
    assert "make docs" in text


@pytest.mark.parametrize("page", _markdown_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_leads_to_a_file(page):
    text = page.read_text(encoding="utf-8")
    text = re.sub(r"```.*?```", "", text, flags=re.DOTALL)  # links in code blocks are not links
    broken = []
    for target in LINK.findall(text):
        if re.match(r"[a-z][a-z0-9+.-]*:", target) or target.startswith("#"):
            continue  # another site, mail, or an anchor on the same page
        path = target.split("#", 1)[0]
        if not (page.parent / path).exists():
            broken.append(target)
    assert not broken, f"{page.relative_to(ROOT)}: links to missing files {broken}"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The site, built once by ``mkdocs build --strict`` with every non-loopback connection refused."""
    out = tmp_path_factory.mktemp("site")
    log = out.parent / "netguard.log"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(NETGUARD), *filter(None, [env.get("PYTHONPATH")])])
    env.update(FOLLOWUP_KIT_NETGUARD_LOG=str(log), NO_MKDOCS_2_WARNING="1")
    probe = "import socket\ntry:\n    socket.getaddrinfo('example.org', 443)\nexcept OSError as e:\n    print(e)"
    guarded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60)
    assert "netguard: refused" in guarded.stdout, "the network guard is not active in the build's interpreter"
    log.unlink()
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "-d", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-5000:]
    assert not log.exists(), f"the build tried the network: {log.read_text()}"
    return out


def test_the_site_builds_strictly_and_offline(site):
    assert (site / "index.html").exists()
    for page in ("first-hour", "desk", "sheets", "calendars", "mail", "waits", "rules", "privacy", "development"):
        assert (site / "guide" / f"{page}.html").exists(), page


def test_the_built_reference_has_an_anchor_for_every_public_name(site):
    html = " ".join(p.read_text(encoding="utf-8") for p in (site / "reference").glob("*.html"))
    ids = set(re.findall(r'id="(followup_kit\.[\w.]+)"', html))
    missing = [n for n in followup_kit.__all__ if not any(i == f"followup_kit.{n}" or i.endswith(f".{n}") for i in ids)]
    assert not missing, f"no entry in the built reference for {missing}"
    # the docstrings themselves are there, not only the names
    tracker = (site / "reference" / "tracker.html").read_text(encoding="utf-8")
    assert 'id="followup_kit.Tracker.tables"' in tracker  # inherited from the typed reads
    assert "Record an interview and who you met" in tracker


def test_the_notebooks_show_their_stored_outputs(site):
    for name in ("follow_ups", "wait_times", "weekly_report"):
        html = (site / "notebooks" / f"{name}.html").read_text(encoding="utf-8")
        assert "jp-OutputArea-output" in html, name
    assert "data:image/png" in (site / "notebooks" / "wait_times.html").read_text(encoding="utf-8")


def test_the_site_loads_nothing_from_another_host(site):
    loads = re.compile(r"<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)=\"((?:https?:)?//[^\"]+)\"")
    css_urls = re.compile(r"(?:@import|url\()\s*['\"]?((?:https?:)?//[^'\")]+)")
    found = {}
    for path in site.rglob("*"):
        if path.suffix in {".html", ".css", ".js"}:
            text = path.read_text(encoding="utf-8", errors="replace")
            hits = loads.findall(text) if path.suffix == ".html" else []
            hits += css_urls.findall(text) if path.suffix != ".js" else []
            if hits:
                found[str(path.relative_to(site))] = hits
    assert not found, found


def _public_callables():
    """Every public function and class of ``__all__``, and the public methods of its classes."""
    import inspect

    for name in followup_kit.__all__:
        obj = getattr(followup_kit, name)
        if inspect.isfunction(obj):
            yield name, obj
        elif inspect.isclass(obj):
            yield name, obj
            for attr, member in vars(obj).items():
                if inspect.isfunction(member) and not attr.startswith("_"):
                    yield f"{name}.{attr}", member


def test_a_choice_of_values_lists_its_default_first():
    """numpydoc reads ``x : {"a", "b"}`` as "a is the default"; the reference shows it so."""
    import inspect

    wrong = []
    for name, obj in _public_callables():
        try:
            parameters = inspect.signature(obj).parameters
        except (TypeError, ValueError):
            continue
        for param, values in re.findall(r"^(\w+) : \{([^}]*)\}", inspect.getdoc(obj) or "", re.MULTILINE):
            default = getattr(parameters.get(param), "default", inspect.Parameter.empty)
            first = values.split(",")[0].strip().strip("\"'")
            if default is not inspect.Parameter.empty and str(default) != first:
                wrong.append(f"{name}({param}): default {default!r}, listed first {first!r}")
    assert not wrong, wrong
