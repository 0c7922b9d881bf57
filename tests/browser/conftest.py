"""Fixtures for the browser tests: a throw-away sample tracker, a JupyterLab server on
127.0.0.1, Debian's Chromium driven by Playwright, and a recorder of every request the
page makes (the tests fail if one leaves 127.0.0.1).

Nothing here downloads anything: Chromium is ``/usr/bin/chromium`` (``make browser-deps``
installs it), and Playwright only drives it.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from followup_kit.datasets.sample.tracker import create_sample_tracker
from followup_kit.notebook.app import free_port, stop_process, wait_until_serving

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "notebooks"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
AS_OF = "2026-11-20"
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT = {"width": 1280, "height": 800}

# Widget round trips go through the kernel; on a busy 2-core machine they can take seconds.
expect.set_options(timeout=20_000)

# JupyterLab user settings for the test server: every cell in the DOM (no windowing), start the
# notebook's kernel without asking.  No news and no update checks come from the project's own
# config/lab/overrides.json, the one `make lab` uses, so the tests check what users get.
LAB_SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {
        "windowingMode": "none",
        "autoStartDefaultKernel": True,
    },
}
#: The settings override `make lab` passes (see config/README.md).
LAB_APP_SETTINGS = ROOT / "config" / "lab"
#: Where `make lab` opens.
LAB_DEFAULT_URL = "/lab/tree/follow_ups.ipynb"


def pytest_collection_modifyitems(config, items):
    """Skip (with the reason) rather than fail when the machine has no Chromium (one pytest-xdist worker
    runs every browser test: the root conftest.py groups them)."""
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(reason=f"{CHROMIUM} is missing: run `make browser-deps` (apt-get install -y chromium)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """``tests/browser/artifacts/`` (git-ignored), without the failure pictures of earlier runs."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob("failed-*.png"):
        old.unlink()
    return ARTIFACTS


def make_sample_tracker(folder: Path) -> Path:
    """A fresh copy of the sample job search in ``folder``."""
    path = folder / "tracker.sqlite"
    create_sample_tracker(path).close()
    return path


@pytest.fixture
def sample_tracker(tmp_path) -> Path:
    """A fresh copy of the sample tracker for one test."""
    return make_sample_tracker(tmp_path)


@pytest.fixture(scope="session")
def as_of() -> str:
    """The day the browser tests pretend it is (the sample's last day)."""
    return AS_OF


@pytest.fixture(scope="session")
def lab_tracker(tmp_path_factory) -> Path:
    """The sample tracker the JupyterLab server's kernels use (shared by the lab tests)."""
    return make_sample_tracker(tmp_path_factory.mktemp("lab-tracker"))


class Server:
    """A running server: its base URL, token and log file."""

    def __init__(self, url: str, token: str, process: subprocess.Popen, log: Path):
        self.url, self.token, self.process, self.log = url, token, process, log

    def page_url(self, path: str) -> str:
        return f"{self.url}{path.lstrip('/')}?token={self.token}"

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


def start_server(command, *, env, cwd, log: Path, url: str, ready_url: str, timeout: float = 120) -> subprocess.Popen:
    """Start ``command`` with its output in ``log``; return once ``ready_url`` answers."""
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        wait_until_serving(ready_url, process=process, timeout=timeout)
    except BaseException:
        stop_process(process)
        raise RuntimeError(f"server at {url} did not start:\n{log.read_text(errors='replace')[-3000:]}") from None
    return process


@pytest.fixture(scope="session")
def lab_server(tmp_path_factory, lab_tracker):
    """``jupyter lab`` on 127.0.0.1 (free port, random token) over a copy of ``notebooks/``."""
    base = tmp_path_factory.mktemp("lab")
    root = base / "notebooks"
    root.mkdir()
    for notebook in NOTEBOOKS.glob("*.ipynb"):
        shutil.copy2(notebook, root / notebook.name)
    settings = base / "user-settings"
    for name, values in LAB_SETTINGS.items():
        target = settings / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(values))
    for folder in ("config", "runtime", "workspaces", "ipython"):
        (base / folder).mkdir()
    port, token = free_port(), secrets.token_hex(24)
    env = dict(
        os.environ,
        FOLLOWUP_KIT_TRACKER=str(lab_tracker),
        FOLLOWUP_KIT_AS_OF=AS_OF,
        JUPYTER_CONFIG_DIR=str(base / "config"),
        JUPYTER_RUNTIME_DIR=str(base / "runtime"),
        IPYTHONDIR=str(base / "ipython"),
        JUPYTER_PLATFORM_DIRS="1",
    )
    env.pop("MPLBACKEND", None)
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        "--allow-root",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        "--LabApp.extension_manager=readonly",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        f"--LabApp.user_settings_dir={settings}",
        f"--LabApp.app_settings_dir={LAB_APP_SETTINGS}",
        f"--LabApp.default_url={LAB_DEFAULT_URL}",
        f"--LabApp.workspaces_dir={base / 'workspaces'}",
    ]
    url = f"http://127.0.0.1:{port}/"
    log = base / "jupyter-lab.log"
    process = start_server(command, env=env, cwd=root, log=log, url=url, ready_url=f"{url}api/status?token={token}")
    server = Server(url, token, process, log)
    server.root = root
    try:
        yield server
    finally:
        stop_process(process)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        shutil.copy2(log, ARTIFACTS / "jupyter-lab.log")


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, driven by Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


class RequestRecorder:
    """Every request and WebSocket a page opens; ``non_local()`` lists those leaving 127.0.0.1."""

    def __init__(self):
        self.urls: list[str] = []
        self.checked = False

    def record(self, url: str) -> None:
        self.urls.append(url)

    def non_local(self) -> list[str]:
        outside = []
        for url in self.urls:
            parts = urlsplit(url)
            if parts.scheme in ("data", "blob", "about", "chrome", "chrome-extension"):
                continue
            if parts.hostname not in LOCAL_HOSTS:
                outside.append(url)
        return outside

    def assert_local(self) -> None:
        self.checked = True
        outside = self.non_local()
        assert not outside, f"{len(outside)} request(s) left 127.0.0.1: {outside[:10]}"
        assert self.urls, "no request was recorded at all"


@pytest.fixture
def requests_seen():
    return RequestRecorder()


@pytest.fixture
def page(browser, requests_seen, request):
    """A fresh 1280x800 page whose requests are recorded; non-local ones are aborted, never sent."""
    context = browser.new_context(viewport=VIEWPORT, service_workers="block")
    context.set_default_timeout(60_000)
    context.on("request", lambda request: requests_seen.record(request.url))
    context.route(
        lambda url: urlsplit(url).hostname not in LOCAL_HOSTS and urlsplit(url).scheme in ("http", "https"),
        lambda route: route.abort("blockedbyclient"),
    )
    pg = context.new_page()
    pg.on("websocket", lambda ws: requests_seen.record(ws.url))
    try:
        yield pg
    finally:
        failed = getattr(getattr(request.node, "report_call", None), "failed", False)
        if failed:  # what the page looked like when the test failed
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(Exception):
                pg.screenshot(path=str(ARTIFACTS / f"failed-{request.node.name}.png"))
        context.close()
        if not requests_seen.checked and requests_seen.non_local():
            pytest.fail(f"requests left 127.0.0.1: {requests_seen.non_local()[:10]}")


class Lab:
    """JupyterLab as a user drives it: open a notebook, run everything, look for errors."""

    def __init__(self, page, server: Server):
        self.page, self.server = page, server

    def open(self, notebook: str) -> None:
        """Open ``notebook`` and wait until its kernel is idle."""
        # "reset": a clean workspace, so only this notebook is open (not the previous test's)
        self.page.goto(self.server.page_url(f"lab/tree/{notebook}") + "&reset")
        self.page.locator(".jp-NotebookPanel .jp-Notebook .jp-Cell").first.wait_for()
        self.accept_kernel_dialog()
        self.wait_idle(timeout=120_000)

    def accept_kernel_dialog(self) -> None:
        """If JupyterLab asks which kernel to use (it may, on a slow start), keep the notebook's own."""
        dialog = self.page.locator(".jp-Dialog", has_text="Select Kernel")
        try:
            dialog.wait_for(timeout=1_500)
        except PlaywrightTimeout:
            return
        dialog.locator(".jp-mod-accept").click()
        dialog.wait_for(state="detached")

    def wait_idle(self, timeout: float = 60_000) -> None:
        """Wait until the notebook's kernel is connected and idle."""
        self.page.locator(".jp-NotebookPanel .jp-Notebook-ExecutionIndicator[data-status='idle']").wait_for(
            timeout=timeout
        )

    def menu(self, menu: str, item: str) -> None:
        """Click ``menu`` in the main menu bar, then its item labelled exactly ``item``."""
        self.page.locator(f"#jp-MainMenu .lm-MenuBar-itemLabel:text-is('{menu}')").click()
        self.page.locator(f".lm-Menu .lm-Menu-itemLabel:text-is('{item}')").click()

    def clear_outputs(self) -> None:
        """Edit → Clear Outputs of All Cells: the prompts go blank, so a later run is visible."""
        self.menu("Edit", "Clear Outputs of All Cells")
        self.page.wait_for_function(
            """() => [...document.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')]
                    .every(e => !/\\d/.test(e.innerText))""",
            polling=250,
        )

    def prompts(self) -> list[str]:
        return [t.strip() for t in self.page.locator(".jp-CodeCell .jp-InputArea-prompt").all_inner_texts()]

    def wait_all_ran(self, timeout: float = 180_000) -> None:
        """Wait until the code cells show [1], [2], ... [n] in order: every cell of a fresh kernel ran."""
        n = self.page.locator(".jp-CodeCell").count()
        expected = [f"[{i}]:" for i in range(1, n + 1)]
        self.page.wait_for_function(
            """(expected) => {
                const got = [...document.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')]
                    .map(e => e.innerText.trim());
                return JSON.stringify(got) === JSON.stringify(expected);
            }""",
            arg=expected,
            timeout=timeout,
            polling=250,
        )
        self.wait_idle()

    def _run(self, menu: str, item: str, *, dialog: bool = False, attempts: int = 3) -> None:
        """Clear the outputs, click ``menu`` → ``item`` and wait until every cell ran.

        Right after a notebook opens, JupyterLab may still be connecting its kernel and can
        drop the command; then no prompt changes, and the click is repeated.
        """
        self.clear_outputs()
        for attempt in range(attempts):
            self.accept_kernel_dialog()
            self.menu(menu, item)
            if dialog:
                self.page.locator(".jp-Dialog .jp-mod-accept").click()
                self.page.locator(".jp-Dialog").wait_for(state="detached")
            try:
                self.page.wait_for_function(
                    """() => [...document.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')]
                            .some(e => /[\\d*]/.test(e.innerText))""",
                    polling=250,
                    timeout=20_000,
                )
                break
            except PlaywrightTimeout:
                if attempt == attempts - 1:
                    raise
        self.wait_all_ran()

    def run_all(self) -> None:
        """Run → Run All Cells (on cleared outputs), and wait for the last cell."""
        self._run("Run", "Run All Cells")

    def restart_and_run_all(self) -> None:
        """Kernel → Restart Kernel and Run All Cells…, accept the dialog, wait for the last cell."""
        self._run("Kernel", "Restart Kernel and Run All Cells…", dialog=True)

    def errors(self) -> list[str]:
        """Text of every error or stderr output in the notebook."""
        found = self.page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
        texts = found.all_inner_texts()
        for text in self.page.locator(".jp-OutputArea-output").all_inner_texts():
            if "Traceback" in text or "Error" in text.split("\n", 1)[0]:
                texts.append(text)
        return texts

    def screenshot(self, selector: str, path: Path) -> None:
        """A 1280x800 screenshot of what the user sees with ``selector`` scrolled to the top."""
        self.page.locator(selector).first.evaluate("e => e.scrollIntoView({block: 'start'})")
        self.page.mouse.move(0, 0)
        self.page.wait_for_timeout(300)
        self.page.screenshot(path=str(path))


@pytest.fixture
def lab(page, lab_server):
    return Lab(page, lab_server)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


def printed_address(log: Path, url: str, *, timeout: float = 30) -> str:
    """The address with its token that the app printed in ``log`` (it prints it once Voilà answers)."""
    import re
    import time

    pattern = re.compile(re.escape(url) + r"\?token=[\w-]+")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = pattern.search(log.read_text(errors="replace"))
        if found:
            return found.group(0)
        time.sleep(0.2)
    raise RuntimeError(f"the app printed no address with a token:\n{log.read_text(errors='replace')[-3000:]}")


@contextlib.contextmanager
def serving_app(tracker: Path, *, as_of: str, folder: Path):
    """``python -m followup_kit.notebook.app`` (what ``followup-kit app`` runs) on a free port for ``tracker``,
    stopped with SIGTERM (like Ctrl-C) at the end; yields ``(address, log)``, the address with the token
    the app printed (``urlsplit(address)`` without its query is the bare server)."""
    from followup_kit.notebook.app import free_port, ready_url, stop_process, wait_until_serving

    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    log = folder / "voila.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "followup_kit.notebook.app", str(tracker), "--port", str(port), "--as-of", as_of],
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=folder,
            start_new_session=True,
        )
    try:
        wait_until_serving(ready_url(url), process=process, timeout=120)
        yield printed_address(log, url), log
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)  # the app stops Voila and its kernels itself
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(20)
        stop_process(process)


@pytest.fixture
def serve_app():
    """:func:`serving_app`, for tests that prepare their tracker before the app starts."""
    return serving_app


@pytest.fixture
def voila_app(tmp_path, sample_tracker, as_of):
    """The desk as ``followup-kit app`` serves it, on a throw-away sample tracker: ``(url, tracker, log)``."""
    with serving_app(sample_tracker, as_of=as_of, folder=tmp_path) as (url, log):
        yield url, sample_tracker, log


@pytest.fixture
def own_kernel(lab_server):
    """Shut the notebook's kernel down afterwards, so the next test on this server starts a fresh one."""
    yield
    api = f"{lab_server.url}api/sessions"
    auth = {"Authorization": f"token {lab_server.token}"}
    with urllib.request.urlopen(urllib.request.Request(api, headers=auth)) as answer:
        sessions = json.load(answer)
    for session in sessions:
        if session.get("path", "").endswith("follow_ups.ipynb"):
            request = urllib.request.Request(f"{api}/{session['id']}", headers=auth, method="DELETE")
            urllib.request.urlopen(request).close()
