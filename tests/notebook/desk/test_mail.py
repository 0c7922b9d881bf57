"""The desk's "Import mail" tab, headless: a path, a dry run, the import, the progress bar, messages."""

from __future__ import annotations

import inspect

import mail_corpus
import pytest

from followup_kit.notebook.desk import mail
from followup_kit.notebook.desk.main import FollowUpDesk

CORPUS = mail_corpus.load()


@pytest.fixture
def desk(tmp_path):
    t = mail_corpus.create_tracker(tmp_path / "t.sqlite", CORPUS)
    box = mail_corpus.write_mbox(tmp_path / "All mail Including Spam and Trash.mbox", CORPUS)
    d = FollowUpDesk(t, as_of="2026-11-20")
    d.box = box
    yield d
    t.close()


def test_the_desk_has_an_import_mail_tab(desk):
    titles = [desk.tabs.get_title(i) for i in range(len(desk.tabs.children))]
    assert "Import mail" in titles
    assert desk.tabs.children[titles.index("Import mail")] is desk.mail_panel.widget


def test_a_dry_run_shows_what_would_happen_and_changes_nothing(desk):
    panel = desk.mail_panel
    panel.path.input.value = str(desk.box)
    panel.me.input.value = ", ".join(CORPUS["me"])
    panel.dry_run_button.click()
    assert "dry run: nothing was changed" in panel.summary.value
    assert panel.progress.value == 1.0 and "messages read" in panel.progress_text.value
    assert "<table" in panel.table.value and "rejection" in panel.table.value
    assert "<th>What the import does</th>" in panel.table.value and "<th>It is</th>" in panel.table.value
    assert "outcome" not in panel.table.value and "_request" not in panel.table.value
    assert "would be recorded" in panel.table.value  # a dry run changes nothing: "would"
    assert desk.tracker.events.empty
    assert desk.tracker.execute("SELECT count(*) FROM mail_messages") == [(0,)]


def test_the_import_records_events_and_refreshes_the_desk_and_the_inbox(desk):
    panel = desk.mail_panel
    panel.path.input.value = str(desk.box)
    panel.me.input.value = ", ".join(CORPUS["me"])
    before = len(desk.inbox.items)
    panel.import_button.click()
    assert "dry run" not in panel.summary.value and "applied" in panel.summary.value
    assert len(desk.tracker.events) == panel.result.applied > 0
    assert len(desk.inbox.items) == panel.result.to_review > before  # the Inbox tab lists them at once
    assert not panel.import_button.disabled and not panel.dry_run_button.disabled


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("", "give the path of a mail export"),
        ("nowhere.mbox", "no such file or folder"),
        ("jobs.csv", "not a mail export"),
    ],
)
def test_a_wrong_path_is_explained_beside_the_field(desk, tmp_path, path, words):
    (tmp_path / "jobs.csv").write_text("company,role\nAcme,Analyst\n")
    desk.mail_panel.path.input.value = str(tmp_path / path) if path else ""
    desk.mail_panel.dry_run_button.click()
    assert words in desk.mail_panel.path.message.value
    assert desk.tracker.events.empty


def test_a_wrong_address_is_explained_beside_its_field(desk):
    desk.mail_panel.path.input.value = str(desk.box)
    desk.mail_panel.me.input.value = "not an address"
    desk.mail_panel.import_button.click()
    assert desk.mail_panel.me.message.value and "Please correct" in desk.mail_panel.summary.value
    assert desk.tracker.events.empty


def test_a_home_folder_path_is_understood(desk, monkeypatch):
    monkeypatch.setenv("HOME", str(desk.box.parent))
    desk.mail_panel.path.input.value = "~/" + desk.box.name
    desk.mail_panel.dry_run_button.click()
    assert desk.mail_panel.path.message.value == "" and "messages" in desk.mail_panel.summary.value
    # no address of yours given nor stored: the advice is in the desk's words, not the command line's
    assert "give yours above" in desk.mail_panel.summary.value and "--me" not in desk.mail_panel.summary.value


def test_the_acknowledgement_toggle_is_passed_when_the_importer_takes_it(desk, monkeypatch):
    calls = []

    def importer(tracker, source, me=None, dry_run=False, *, progress=None, create_applications=False):
        calls.append(create_applications)
        return real(tracker, source, me=me, dry_run=dry_run, progress=progress)

    real = mail.import_mail
    monkeypatch.setattr(mail, "import_mail", importer)
    panel = mail.MailImportPanel(desk.tracker)
    assert not panel.create.disabled
    panel.path.input.value = str(desk.box)
    panel.create.value = True
    panel.dry_run_button.click()
    assert calls == [True]


def test_without_the_importers_support_the_toggle_is_off_and_nothing_extra_is_passed(desk, monkeypatch):
    def importer(tracker, source, me=None, dry_run=False, *, progress=None):
        return real(tracker, source, me=me, dry_run=dry_run, progress=progress)

    real = mail.import_mail
    monkeypatch.setattr(mail, "import_mail", importer)
    panel = mail.MailImportPanel(desk.tracker)
    assert panel.create.disabled
    panel.path.input.value = str(desk.box)
    panel.dry_run_button.click()
    assert "dry run" in panel.summary.value
    assert mail.creates_applications() is ("create_applications" in inspect.signature(importer).parameters)
