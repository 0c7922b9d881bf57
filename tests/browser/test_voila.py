"""The follow-up desk as a Voilà app (``followup-kit app``), in a real Chromium, offline."""

from __future__ import annotations

import contextlib
import re
import signal
import subprocess
import sys

import pytest
from playwright.sync_api import expect

from followup_kit import Tracker
from followup_kit.notebook.app import (
    free_port,
    ready_url,
    stop_process,
    wait_until_serving,
)

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]


@pytest.fixture
def voila_app(tmp_path, sample_tracker, as_of):
    """``python -m followup_kit.notebook.app`` (what ``followup-kit app`` runs) on a free port and a
    throw-away sample tracker, stopped with SIGTERM (like Ctrl-C) at the end."""
    tracker = sample_tracker
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    log = tmp_path / "voila.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "followup_kit.notebook.app", str(tracker), "--port", str(port), "--as-of", as_of],
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=tmp_path,
            start_new_session=True,
        )
    try:
        wait_until_serving(ready_url(url), process=process, timeout=120)
        yield url, tracker, log
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)  # the app stops Voilà and its kernels itself
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(20)
        stop_process(process)


def test_voila_desk_marks_done(voila_app, page, artifacts, requests_seen):
    url, tracker_path, _log = voila_app
    page.goto(url)
    desk = page.locator(".fk-desk")
    expect(desk).to_be_visible(timeout=120_000)  # Voilà runs the whole notebook first
    options = desk.locator(".fk-actions select option")
    expect(options.first).to_be_attached()
    text = page.locator("body").inner_text()
    assert "import followup_kit" not in text, "Voilà shows no code"
    assert "Traceback" not in text and "Error" not in text
    page.wait_for_timeout(300)
    page.screenshot(path=str(artifacts / "voila.png"))

    # pick the second follow-up (not the one selected by default), read its draft, mark it done
    labels = [t.replace("\xa0", " ") for t in options.all_inner_texts()]
    assert len(labels) >= 2
    desk.locator(".fk-actions select").select_option(index=1)
    expect(desk.locator(".fk-draft-body textarea")).not_to_have_value("")
    desk.locator(".fk-done").click()
    status = desk.locator(".fk-status")
    expect(status).to_contain_text("Marked done")
    key = re.search(r"Marked done: ([a-z_]+(?::[a-z]*\d+)+)", status.inner_text()).group(1)
    expect(options).to_have_count(len(labels) - 1)
    remaining = [t.replace("\xa0", " ") for t in options.all_inner_texts()]
    assert labels[1] not in remaining

    with Tracker.open(tracker_path) as tracker:
        states = tracker.action_state.set_index("action_key")["state"]
    assert states.get(key) == "done"

    requests_seen.assert_local()
