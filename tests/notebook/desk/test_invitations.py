"""Headless tests of the desk's "Import invitations" tab: set the upload's value, click Apply."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from followup_kit.notebook.desk.main import FollowUpDesk
from followup_kit.store.addresses import add_my_addresses
from followup_kit.store.tracker import Tracker

DATA = Path(__file__).resolve().parents[2] / "io" / "data" / "calendar"


def _upload(panel, *names):
    panel.upload.value = tuple(
        {"name": n, "type": "text/calendar", "size": (DATA / n).stat().st_size,
         "content": memoryview((DATA / n).read_bytes()), "last_modified": dt.datetime(2026, 11, 25)}
        for n in names
    )  # fmt: skip


@pytest.fixture
def desk(tmp_path):
    t = Tracker.create(tmp_path / "t.sqlite", timezone="Europe/Berlin")
    t.add_application("Northwind GmbH", "Data Analyst", applied_on="2026-11-02")
    add_my_addresses(t, ["sam.candidate@example.org"])
    yield FollowUpDesk(t, as_of="2026-12-14 12:00")
    t.close()


def test_import_tab_is_wired_into_the_desk(desk):
    assert desk.tabs.children[desk.tabs.titles.index("Import invitations")] is desk.import_panel.widget
    assert "sam.candidate@example.org" in desk.import_panel.widget.children[0].value


def test_upload_previews_then_apply_writes_and_refreshes_the_desk(desk):
    panel = desk.import_panel
    before = list(desk.todo.keys)
    _upload(panel, "scheduling_tool.ics")
    assert "Dry run, nothing saved: 3 added" in panel.summary.value
    assert panel.table.value.count("<tr>") == 3 and "Bo Sample" in panel.table.value  # the rows; the header has a style
    assert len(desk.tracker.interviews) == 0 and not panel.apply_button.disabled
    panel.apply_button.click()
    assert "Imported: 3 added" in panel.summary.value and panel.apply_button.disabled
    assert len(desk.tracker.interviews) == 3
    rows = desk.todo.table.df.assign(key=desk.todo.keys)
    thank_yous = rows[rows["key"].str.startswith("thank_you") & ~rows["key"].isin(before)]
    assert len(thank_yous) == 3 and "Chidi Okafor" in thank_yous["To whom"].tolist()


def test_nothing_to_change_keeps_apply_off(desk):
    panel = desk.import_panel
    _upload(panel, "scheduling_tool.ics")
    panel.apply_button.click()
    _upload(panel, "scheduling_tool.ics")
    assert "3 unchanged" in panel.summary.value and panel.apply_button.disabled


def test_broken_file_shows_one_sentence_and_changes_nothing(desk):
    panel = desk.import_panel
    _upload(panel, "truncated.ics")
    assert "truncated.ics: is a broken calendar file" in panel.summary.value
    assert panel.apply_button.disabled and panel.table.value == ""
    assert len(desk.tracker.interviews) == 0


def test_my_address_field_and_create_option(desk):
    panel = desk.import_panel
    panel.me.value = "not an address"
    _upload(panel, "unmatched.ics")
    assert "not a mail address" in panel.summary.value
    panel.me.value = ""
    assert "1 unmatched" in panel.summary.value and panel.apply_button.disabled
    panel.create.value = True
    assert "1 new application" in panel.summary.value and not panel.apply_button.disabled
