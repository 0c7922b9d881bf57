"""The desk's Inbox tab, driven headless: list, accept (with a corrected kind), dismiss."""

from __future__ import annotations

import mail_corpus
import pytest

from followup_kit.io.mail.importer import import_mail
from followup_kit.notebook.desk.inbox import InboxTab
from followup_kit.notebook.desk.main import FollowUpDesk

CORPUS = mail_corpus.load()


@pytest.fixture
def tracker(tmp_path):
    t = mail_corpus.create_tracker(tmp_path / "t.sqlite", CORPUS)
    import_mail(t, mail_corpus.write_mbox(tmp_path / "all.mbox", CORPUS), me=CORPUS["me"])
    yield t
    t.close()


def test_the_tab_lists_the_review_items_oldest_first(tracker):
    tab = InboxTab(tracker)
    labels = [label for label, _ in tab.picker.options]
    assert len(labels) == 2 and "2 mails to review" in tab.header.value
    assert labels[0].startswith("2026-10-14  Halde Logistik GmbH") and "Nächste Schritte" in labels[0]
    assert tab.picker.value == tab.items["ref"].iloc[0]
    assert tab.kind.value == "interview_request"
    assert "maybe interview request" in tab.detail.value


def test_accept_records_the_event_and_tells_the_desk(tracker):
    calls = []
    tab = InboxTab(tracker, on_change=lambda: calls.append(1))
    offer = tab.items.set_index("subject").loc["Your offer", "ref"]
    tab.picker.value = offer
    assert tab.kind.value == "offer"
    tab.accept_button.click()
    assert "Recorded: offer on 2026-11-05." in tab.status.value
    assert calls == [1]
    assert offer not in [ref for _, ref in tab.picker.options]
    events = tracker.events.merge(tracker.applications[["application_id", "company"]])
    assert ("Humongous Insurance", "offer", "2026-11-05") in set(
        zip(events["company"], events["kind"], events["on"].astype(str))
    )


def test_the_kind_can_be_corrected_before_accepting(tracker):
    tab = InboxTab(tracker)
    tab.kind.value = "rejection"
    tab.accept_button.click()
    state = tracker.execute("SELECT kind, state FROM mail_messages WHERE subject = 'Nächste Schritte'")
    assert state == [("rejection", "accepted")]


def test_dismiss_records_nothing_and_the_last_one_leaves_an_empty_tab(tracker):
    tab = InboxTab(tracker)
    before = len(tracker.events)
    for _ in range(3):
        tab.dismiss_button.click()
    assert "Dismissed" in tab.status.value and len(tracker.events) == before
    assert tab.picker.options == () and tab.accept_button.disabled and tab.dismiss_button.disabled
    assert "Nothing to review" in tab.header.value
    tab.accept_button.click()  # nothing selected: nothing happens
    assert len(tracker.events) == before


def test_the_desk_has_an_inbox_tab_and_refreshes_after_an_accept(tracker):
    desk = FollowUpDesk(tracker, as_of="2026-11-20")
    assert desk.tabs.children[desk.tabs.titles.index("Inbox")] is desk.inbox.widget
    before = len(desk.tables["events"])
    desk.inbox.accept_button.click()
    assert "Recorded: response on 2026-10-14." in desk.inbox.status.value
    assert len(desk.tables["events"]) == before + 1  # the desk re-read the tracker
