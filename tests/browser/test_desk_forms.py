"""The desk's forms in the Voilà app, in Chromium: pickers instead of typing, the chosen
application's people first, no label cut, nothing but the app on the page, and no way in
without the token."""

from __future__ import annotations

import contextlib
import re
import urllib.error
import urllib.request
from urllib.parse import urlsplit

import mail_corpus
import pandas as pd
import pytest
from helpers import CUT_LABELS
from playwright.sync_api import expect

from followup_kit import Tracker

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def status_of(url: str) -> tuple[int, str]:
    """The HTTP status of ``url`` (redirects not followed) and where it redirects to."""
    try:
        with urllib.request.build_opener(NoRedirect).open(url, timeout=60) as answer:
            return answer.status, ""
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Location") or ""


def test_the_app_refuses_requests_without_its_token(voila_app):
    address, _tracker, _log = voila_app
    bare = address.split("?", 1)[0]
    for url in (bare, bare + "api/kernels", bare + "?token=not-the-token"):
        code, location = status_of(url)
        assert code in (403, 401) or (code == 302 and location.startswith("/login")), (url, code, location)
    assert status_of(address)[0] == 200
    assert urlsplit(address).hostname == "127.0.0.1"
    assert address.split("token=")[1] not in " ".join(_command_lines()), "the token is on a command line"


def _command_lines() -> list[str]:
    """Every process's command line, as any account can read them (``ps``)."""
    from pathlib import Path

    lines = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        with contextlib.suppress(OSError):
            lines.append(cmdline.read_bytes().replace(b"\0", b" ").decode(errors="replace"))
    return lines


def open_tab(page, title: str) -> None:
    page.locator(".fk-desk .lm-TabBar-tab", has_text=title).first.click()


def test_log_an_interview_with_the_pickers(voila_app, page, artifacts, requests_seen, tmp_path):
    address, tracker_path, _log = voila_app
    page.goto(address)
    desk = page.locator(".fk-desk")
    expect(desk).to_be_visible(timeout=120_000)
    text = page.locator("body").inner_text()
    assert "static copy" not in text and "Re-run this cell" not in text and "Run All Cells" not in text
    assert "grouped by application" not in text
    assert page.evaluate(CUT_LABELS) == []

    open_tab(page, "Log an interview")
    page.locator(".fk-iv-application select").select_option(
        label="Silverpine Insurance — Pricing Analyst (interviewing)"
    )
    people = page.locator(".fk-iv-people select option")
    expect(people.first).to_have_text("Rafael Ortiz (Silverpine Insurance) · hiring manager")
    expect(people.nth(1)).to_contain_text("Mei Tanaka (Silverpine Insurance)")
    expect(page.locator(".fk-iv-people-filter input")).to_be_visible()  # 27 people: a filter box
    page.locator(".fk-iv-when-date input[type=date]").fill("2026-11-21")
    page.locator(".fk-iv-when-time input[type=time]").fill("10:30")
    page.locator(".fk-iv-people select").select_option(label="Mei Tanaka (Silverpine Insurance) · interviewer")
    assert page.evaluate(CUT_LABELS) == []
    page.screenshot(path=str(artifacts / "voila-log-interview.png"))
    page.locator("button.fk-iv-log").click()
    expect(page.locator(".fk-iv-status")).to_contain_text("Interview logged. 1 thank-you note")

    with Tracker.open(tracker_path) as tracker:
        latest = tracker.interviews.sort_values("interview_id").iloc[-1]
        assert latest["starts_at"] == pd.Timestamp("2026-11-21 10:30", tz="America/New_York")
        assert latest["application_id"] == 8

    for title, shown in (
        ("Record an outcome", ".fk-outcome-on input[type=date]"),
        ("New application", ".fk-app-applied input[type=date]"),
        ("Import invitations", ".fk-ics-upload"),
        ("Import mail", ".fk-mail-path input"),
        ("Inbox", ".fk-inbox-header"),
    ):
        open_tab(page, title)
        expect(page.locator(shown)).to_be_visible()
        assert page.evaluate(CUT_LABELS) == [], title
        if title == "Import mail":  # a mailbox on disk, by its path: a dry run with its progress bar
            page.locator(".fk-mail-path input").fill(str(mail_corpus.write_mbox(tmp_path / "Takeout.mbox")))
            page.locator("button.fk-mail-dry-run").click()
            expect(page.locator(".fk-mail-summary")).to_contain_text("dry run: nothing was changed")
            expect(page.locator(".fk-mail-progress .progress-bar")).to_have_attribute("style", re.compile("100%"))
            page.screenshot(path=str(artifacts / "voila-import-mail.png"))
    requests_seen.assert_local()
