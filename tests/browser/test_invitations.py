"""Importing a calendar invitation from the desk, in JupyterLab and in the Voilà app (real Chromium, offline)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from followup_kit import Tracker

pytestmark = [pytest.mark.browser, pytest.mark.timeout(400)]

INTERVIEWER = "Ines Quarrington"
#: An invitation for the sample's open application at Meridian Civic Labs, the day before the sample's "today".
INVITATION = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Google Inc//Google Calendar 70.9054//EN\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:browser-test-meridian-1@google.example\r
SEQUENCE:0\r
DTSTAMP:20261118T120000Z\r
DTSTART:20261119T200000Z\r
DTEND:20261119T210000Z\r
SUMMARY:Interview: Policy Data Analyst\r
ORGANIZER;CN=Ines Quarrington:mailto:ines.quarrington@meridian-civic-labs.example\r
ATTENDEE;CN=Ines Quarrington:mailto:ines.quarrington@meridian-civic-labs.example\r
ATTENDEE;CN=Sam Candidate:mailto:sam.candidate@example.org\r
ATTENDEE;CUTYPE=RESOURCE;CN=Room Harbor:mailto:c_99@resource.calendar.google.com\r
END:VEVENT\r
END:VCALENDAR\r
"""


def _invitation(tmp_path):
    path = tmp_path / "invite.ics"
    path.write_bytes(INVITATION.encode())
    return path


def _import_on_desk(page, invitation) -> None:
    desk = page.locator(".fk-desk")
    desk.locator(".lm-TabBar-tab", has_text="Import invitations").click()
    panel = desk.locator(".fk-ics")
    expect(panel).to_be_visible()
    panel.locator("input[type='text']").fill("sam.candidate@example.org")
    panel.locator("input[type='text']").press("Enter")
    # the upload button opens the browser's file chooser (its <input type=file> is not in the page)
    with page.expect_file_chooser() as chooser:
        panel.locator(".fk-ics-upload").click()
    chooser.value.set_files(str(invitation))
    summary = panel.locator(".fk-ics-summary")
    expect(summary).to_contain_text("Dry run, nothing saved: 1 added", timeout=60_000)
    table = panel.locator(".fk-ics-table")
    expect(table).to_contain_text(INTERVIEWER)
    expect(table).to_contain_text("Meridian Civic Labs")
    assert "Sam Candidate" not in table.inner_text() and "Room Harbor" not in table.inner_text()
    apply = panel.locator(".fk-ics-apply")
    expect(apply).to_be_enabled()
    apply.click()
    expect(summary).to_contain_text("Imported: 1 added", timeout=60_000)
    expect(apply).to_be_disabled()
    desk.locator(".lm-TabBar-tab", has_text="Follow-ups").click()
    rows = desk.locator(".fk-todo table.dataTable tbody tr").filter(has_text="Thank-you note")
    expect(rows.filter(has_text=INTERVIEWER)).to_have_count(1)


def _stored(tracker_path) -> None:
    with Tracker.open(tracker_path) as t:
        found = t.interviews[t.interviews["calendar_uid"] == "browser-test-meridian-1@google.example"]
        assert len(found) == 1
        names = set(t.contacts["name"])
    assert INTERVIEWER in names and "Sam Candidate" not in names


def test_import_invitation_in_jupyterlab(lab, page, artifacts, lab_tracker, requests_seen, tmp_path, own_kernel):
    lab.open("follow_ups.ipynb")
    lab.run_all()
    assert lab.errors() == []
    _import_on_desk(page, _invitation(tmp_path))
    lab.screenshot(".fk-desk", artifacts / "desk-invitations.png")
    _stored(lab_tracker)
    requests_seen.assert_local()


def test_import_invitation_in_voila(voila_app, page, artifacts, requests_seen, tmp_path):
    url, tracker_path, _log = voila_app
    page.goto(url)
    expect(page.locator(".fk-desk")).to_be_visible(timeout=120_000)
    _import_on_desk(page, _invitation(tmp_path))
    page.screenshot(path=str(artifacts / "voila-invitations.png"))
    _stored(tracker_path)
    requests_seen.assert_local()
