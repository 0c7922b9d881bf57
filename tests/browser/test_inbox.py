"""The desk's Inbox tab in a real Chromium (the Voilà app, offline): accept one mail, dismiss another."""

from __future__ import annotations

import pytest
from helpers import SPILLING
from playwright.sync_api import expect

from followup_kit.io.mail.importer import import_mail
from followup_kit.store.tracker import Tracker

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]

# Two uncertain replies about applications of the sample job search (weak phrases only).
MAILS = {
    "weak-rejection.eml": (
        b"From: Dana Example <dana@bluefin-logistics.example>\nTo: you@example.net\n"
        b"Subject: Bluefin Logistics - your application\nDate: Tue, 10 Nov 2026 15:00:00 -0500\n"
        b"Message-ID: <weak-1@bluefin-logistics.example>\n\n"
        b"Hello, unfortunately the team has other candidates in mind at the moment.\n"
    ),
    "weak-interview.eml": (
        b"From: Lee Example <lee@meridian-civic-labs.example>\nTo: you@example.net\n"
        b"Subject: Meridian Civic Labs: next steps\nDate: Wed, 11 Nov 2026 10:00:00 -0500\n"
        b"Message-ID: <weak-2@meridian-civic-labs.example>\n\n"
        b"Hello, the team would like to discuss the next steps for the role soon.\n"
    ),
}


@pytest.fixture
def inbox_app(tmp_path, sample_tracker, as_of, serve_app):
    folder = tmp_path / "mail"
    folder.mkdir()
    for name, data in MAILS.items():
        (folder / name).write_bytes(data)
    with Tracker.open(sample_tracker) as t:
        result = import_mail(t, folder, me="you@example.net")
    assert result.to_review == 2, result.messages[["subject", "outcome", "reason"]]
    with serve_app(sample_tracker, as_of=as_of, folder=tmp_path) as (url, _log):
        yield url, sample_tracker


def test_inbox_tab_accepts_and_dismisses(inbox_app, page, artifacts, requests_seen):
    url, tracker_path = inbox_app
    with Tracker.open(tracker_path) as t:
        events_before = len(t.events)
    page.goto(url)
    desk = page.locator(".fk-desk")
    expect(desk).to_be_visible(timeout=120_000)
    page.get_by_role("tab", name="Inbox").click()
    inbox = desk.locator(".fk-inbox")
    expect(inbox).to_be_visible()
    expect(inbox.locator(".fk-inbox-header")).to_contain_text("2 mails to review")
    options = inbox.locator(".fk-inbox-items select option")
    expect(options).to_have_count(2)
    assert "Bluefin Logistics" in options.first.inner_text().replace("\xa0", " ")
    assert page.evaluate(SPILLING) == []  # the list stays inside its panel at 1280x800
    page.screenshot(path=str(artifacts / "inbox.png"))

    inbox.locator(".fk-inbox-accept").click()
    expect(inbox.locator(".fk-inbox-status")).to_contain_text("Recorded: rejection on 2026-11-10.")
    expect(options).to_have_count(1)
    expect(inbox.locator(".fk-inbox-header")).to_contain_text("1 mail to review")
    inbox.locator(".fk-inbox-dismiss").click()
    expect(inbox.locator(".fk-inbox-status")).to_contain_text("Dismissed")
    expect(inbox.locator(".fk-inbox-header")).to_contain_text("Nothing to review")
    expect(inbox.locator(".fk-inbox-items")).to_be_hidden()  # no empty box left behind
    assert page.evaluate(SPILLING) == []

    with Tracker.open(tracker_path) as t:
        events = t.events.merge(t.applications[["application_id", "company"]])
        assert len(events) == events_before + 1
        last = events.sort_values("event_id").iloc[-1]
        assert (last["company"], last["kind"], str(last["on"])[:10]) == ("Bluefin Logistics", "rejection", "2026-11-10")
        states = dict(t.execute("SELECT subject, state FROM mail_messages"))
    assert states == {
        "Bluefin Logistics - your application": "accepted",
        "Meridian Civic Labs: next steps": "dismissed",
    }
    requests_seen.assert_local()
