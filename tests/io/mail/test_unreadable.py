"""One broken message never stops a mail import (issue 18): it is counted as unreadable with its reason."""

from __future__ import annotations

import json
import mailbox

import mail_corpus
import pytest

from followup_kit.cli import main
from followup_kit.io.mail import consider
from followup_kit.io.mail.importer import import_mail
from followup_kit.store.tracker import Tracker

CORPUS = mail_corpus.load()
ME = "sam.rivera@example.net"

#: Spam's kind of subject: an encoded word naming a garbage charset (``utf¹8``).
GARBAGE_CHARSET = (
    b"From: Prize Desk <desk@prizes.example>\nTo: sam.rivera@example.net\n"
    b"Subject: =?utf\xb98?B?WW91IHdvbiBhbiBpbnRlcnZpZXc=?=\n"
    b"Date: Wed, 04 Nov 2026 09:00:00 +0000\nMessage-ID: <spam-1@prizes.example>\n\n"
    b"Claim your interview prize now.\n"
)


def _mbox(path, extra: list[bytes], at: int = 10):
    good = [data for _, data in mail_corpus.messages(CORPUS)]
    box = mailbox.mbox(str(path), create=True)
    for data in good[:at] + extra + good[at:]:
        box.add(data)
    box.flush()
    box.close()
    return path


@pytest.fixture
def trackers(tmp_path):
    made = []
    for name in ("good", "mixed"):
        mail_corpus.create_tracker(tmp_path / f"{name}.sqlite", CORPUS).close()
        made.append(tmp_path / f"{name}.sqlite")
    return made


def _events(path):
    with Tracker.open(path) as t:
        return sorted(map(tuple, t.events[["application_id", "kind", "on"]].astype(str).values.tolist()))


def test_a_garbage_charset_among_good_mail_is_unreadable_and_the_good_mail_is_imported(tmp_path, trackers):
    good_db, mixed_db = trackers
    good_box = _mbox(tmp_path / "good.mbox", [])
    mixed_box = _mbox(tmp_path / "mixed.mbox", [GARBAGE_CHARSET])
    with Tracker.open(good_db) as t:
        good = import_mail(t, good_box, me=ME)
    with Tracker.open(mixed_db) as t:
        mixed = import_mail(t, mixed_box, me=ME)
    assert good.applied > 0 and good.unreadable == 0
    assert (mixed.applied, mixed.to_review, mixed.unmatched) == (good.applied, good.to_review, good.unmatched)
    assert mixed.unreadable == 1
    bad = mixed.messages[mixed.messages["outcome"] == "unreadable"].iloc[0]
    assert bad["position"] == 11
    assert bad["reason"] == "cannot be read: CharsetError: utf¹8"
    assert ", 1 unreadable" in mixed.summary() and "unreadable" not in good.summary()
    assert _events(mixed_db) == _events(good_db) != []


def test_the_command_shows_the_unreadable_message_in_the_summary_and_in_json(tmp_path, trackers, capsys):
    _, db = trackers
    box = _mbox(tmp_path / "mixed.mbox", [GARBAGE_CHARSET])
    assert main(["import", str(box), "--tracker", str(db), "--me", ME, "--dry-run"]) == 0
    summary = capsys.readouterr().out.splitlines()[0]
    assert summary.endswith(", 1 unreadable (dry run: nothing was changed)"), summary
    assert main(["import", str(box), "--tracker", str(db), "--format", "json", "--dry-run"]) == 0
    rows = json.loads(capsys.readouterr().out)
    bad = [r for r in rows if r["outcome"] == "unreadable"]
    assert [(r["position"], r["reason"]) for r in bad] == [(11, "cannot be read: CharsetError: utf¹8")]
    assert len(rows) == len(mail_corpus.messages(CORPUS)) + 1


def test_an_error_while_parsing_keeps_the_headers_and_never_the_body(tmp_path, trackers, monkeypatch):
    _, db = trackers
    box = _mbox(tmp_path / "mixed.mbox", [])
    real = consider.parse_message  # the parse of one message is the consider step's

    def parse(data: bytes):
        if b"<" + CORPUS["messages"][0]["id"].encode() + b"@" in data:
            raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "the body said: secret words")
        return real(data)

    monkeypatch.setattr(consider, "parse_message", parse)
    with Tracker.open(db) as t:
        result = import_mail(t, box, me=ME)
        stored = t.execute("SELECT count(*) FROM mail_messages WHERE reason LIKE 'cannot be read%'")[0][0]
    bad = result.messages[result.messages["outcome"] == "unreadable"]
    assert len(bad) == 1
    assert bad["reason"].iloc[0].startswith("cannot be read: UnicodeDecodeError: 'utf-8' codec can't decode")
    assert bad["subject"].iloc[0] == CORPUS["messages"][0]["subject"]
    assert stored == 0  # unreadable mail is reported, not stored


def test_a_long_error_message_is_cut():
    from followup_kit.io.mail.result import REASON_CHARS, unreadable_row

    reason = unreadable_row(1, ValueError("x " * 500))[10]
    assert reason.startswith("cannot be read: ValueError: x x") and reason.endswith("…")
    assert len(reason) == len("cannot be read: ValueError: ") + REASON_CHARS


def test_a_message_of_hundreds_of_nested_multiparts_is_unreadable_without_a_long_parse(tmp_path, trackers):
    _, db = trackers
    nested = b"".join(b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (i, i) for i in range(500))
    deep = b"From: a@b.example\nSubject: your interview\nMessage-ID: <deep@b.example>\n" + nested + b"\nhello\n"
    box = _mbox(tmp_path / "deep.mbox", [deep])
    with Tracker.open(db) as t:
        result = import_mail(t, box, me=ME, dry_run=True)
    [reason] = result.messages.loc[result.messages["outcome"] == "unreadable", "reason"]
    assert reason == "cannot be read: ValueError: 500 multipart containers, more than the 50 a mail can have"
