"""The command line for mail: 'import MAILBOX' and 'inbox'."""

from __future__ import annotations

import json

import mail_corpus
import pytest

from followup_kit.cli import main

CORPUS = mail_corpus.load()


@pytest.fixture
def kit(tmp_path):
    db = tmp_path / "t.sqlite"
    mail_corpus.create_tracker(db, CORPUS).close()
    box = mail_corpus.write_mbox(tmp_path / "All mail Including Spam and Trash.mbox", CORPUS)
    return db, box, tmp_path


def test_import_recognises_an_mbox_and_lists_what_it_found(kit, capsys):
    db, box, _ = kit
    assert main(["import", str(box), "--tracker", str(db), "--me", "sam.rivera@example.net", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        "All mail Including Spam and Trash.mbox: 76 messages: 43 applied, 2 to review, "
        "29 ignored, 2 unmatched (dry run: nothing was changed)"
    )
    assert "Update on your application" in out and "Weekly" not in out
    assert "Review the uncertain ones with 'followup-kit inbox'." in out


def test_import_json_lists_every_message(kit, capsys):
    db, box, _ = kit
    assert main(["import", str(box), "--tracker", str(db), "--format", "json", "--dry-run"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 76
    assert {
        "message_id",
        "date",
        "sender",
        "subject",
        "company",
        "application_id",
        "kind",
        "confidence",
        "outcome",
        "reason",
    } <= set(rows[0])


@pytest.mark.parametrize("writer", [mail_corpus.write_eml_folder, mail_corpus.write_maildir])
def test_import_recognises_eml_folders_and_maildirs(kit, capsys, writer):
    db, _, tmp = kit
    source = writer(tmp / "export", CORPUS)
    assert main(["import", str(source), "--tracker", str(db), "--me", "sam.rivera@example.net"]) == 0
    assert ": 76 messages: 43 applied, 2 to review" in capsys.readouterr().out


def test_inbox_lists_accepts_and_dismisses(kit, capsys):
    db, box, _ = kit
    main(["import", str(box), "--tracker", str(db), "--me", "sam.rivera@example.net"])
    capsys.readouterr()
    assert main(["inbox", "--tracker", str(db), "--format", "json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [i["subject"] for i in items] == ["Nächste Schritte", "Your offer"]
    assert main(["inbox", "--tracker", str(db), "--dismiss", items[1]["ref"][:6]]) == 0
    capsys.readouterr()
    assert main(["inbox", "--tracker", str(db), "--accept", items[0]["ref"], "--kind", "information_request"]) == 0
    assert capsys.readouterr().out == "Recorded response on 2026-10-14 (event 44).\n"
    capsys.readouterr()
    assert main(["inbox", "--tracker", str(db)]) == 0
    assert capsys.readouterr().out == "Nothing to review.\n"
    # the decisions survive a second import of the same export
    assert main(["import", str(box), "--tracker", str(db)]) == 0
    assert ": 76 messages: 0 applied, 0 to review" in capsys.readouterr().out


@pytest.mark.parametrize(
    "args, message",
    [
        (["inbox", "--accept", "abc"], "field 'ref', value 'abc': not a review item reference"),
        (["inbox", "--accept", "ffffffffff"], "value 'ffffffffff': no stored mail has this reference"),
        (["inbox", "--kind", "offer"], "--kind and --application go with --accept"),
        (["import", "MBOX", "--me", "not-an-address"], "field 'me', value 'not-an-address': not a mail address"),
    ],
)
def test_mistakes_are_one_sentence_and_exit_1(kit, capsys, args, message):
    db, box, _ = kit
    args = [str(box) if a == "MBOX" else a for a in args]
    assert main([*args, "--tracker", str(db)]) == 1
    captured = capsys.readouterr()
    assert message in captured.err and "Traceback" not in captured.err
    assert captured.err.count("\n") == 1


def test_no_second_opinion_leaves_unknown_wordings_to_the_rules(tmp_path, capsys):
    db = tmp_path / "t.sqlite"
    assert main(["init", "--tracker", str(db)]) == 0
    box = tmp_path / "mail"
    box.mkdir()
    # invented: a rejection in words the rules do not know; only the second opinion hears it
    (box / "r.eml").write_bytes(
        b"From: Contoso Recruiting <jobs@contoso.example>\nTo: sam@example.net\nSubject: Your application at Contoso\n"
        b"Date: Mon, 02 Nov 2026 10:00:00 +0000\nMessage-ID: <r@invented.example>\n\n"
        b"Hi Sam,\nThanks for your patience. Regrettably your candidacy did not succeed this time.\nBest\n"
    )
    capsys.readouterr()
    base = ["import", str(box), "--tracker", str(db), "--me", "sam@example.net", "--dry-run", "--format", "json"]
    assert main(base) == 0
    [heard] = json.loads(capsys.readouterr().out)
    assert main([*base, "--no-second-opinion"]) == 0
    [alone] = json.loads(capsys.readouterr().out)
    assert heard["kind"] == "rejection" and "reads like a rejection" in heard["reason"]
    assert (alone["kind"], alone["reason"]) == ("other", "not evidence: no known phrase")


def test_no_second_opinion_is_for_mail_only(tmp_path, capsys):
    sheet = tmp_path / "apps.csv"
    sheet.write_text("company,role,applied\nContoso,Analyst,2026-10-01\n")
    assert main(["import", str(sheet), "--tracker", str(tmp_path / "t.sqlite"), "--create", "--no-second-opinion"]) == 1
    assert "--no-second-opinion is for calendar files (.ics) and mail exports" in capsys.readouterr().err
