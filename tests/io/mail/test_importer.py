"""import_mail on the labelled corpus: outcomes, events, formats, idempotence, dry runs, privacy."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import mail_corpus
import pandas as pd
import pytest

from followup_kit.errors import InputError
from followup_kit.io.mail.classify import APPLY_CONFIDENCE
from followup_kit.io.mail.importer import MailImport, import_mail
from followup_kit.store.addresses import add_my_addresses, my_addresses
from followup_kit.store.tracker import Tracker

ROOT = Path(__file__).resolve().parents[3]
NETGUARD = ROOT / "tests" / "netguard"
CORPUS = mail_corpus.load()
ME = CORPUS["me"]
LABELS = {e["id"]: e for e in CORPUS["messages"]}
IDS = [ident for ident, _ in mail_corpus.messages(CORPUS)]


def expected_events() -> list[tuple[str, str, str]]:
    return sorted((e["company"], e["event"], e["event_on"]) for e in CORPUS["messages"] if e.get("event"))


def events_of(tracker) -> list[tuple[str, str, str]]:
    ev = tracker.events.merge(tracker.applications[["application_id", "company"]], on="application_id")
    return sorted(zip(ev["company"], ev["kind"], ev["on"].astype(str)))


@pytest.fixture
def setup(tmp_path):
    t = mail_corpus.create_tracker(tmp_path / "t.sqlite", CORPUS)
    yield t, tmp_path
    t.close()


@pytest.fixture
def imported(setup):
    t, tmp = setup
    box = mail_corpus.write_mbox(tmp / "all.mbox", CORPUS)
    return t, box, import_mail(t, box, me=ME)


def test_every_labelled_message_gets_its_outcome(imported):
    _, _, result = imported
    frame = result.messages.assign(id=IDS)
    firsts = frame[~frame["id"].str.contains("+", regex=False)]
    wrong = [
        (i, LABELS[i]["outcome"], o, r)
        for i, o, r in zip(firsts["id"], firsts["outcome"], firsts["reason"])
        if LABELS[i]["outcome"] != o
    ]
    assert wrong == []
    assert len(result.messages) == len(IDS) == 76


def test_the_events_recorded_are_exactly_the_labelled_ones(imported):
    t, _, result = imported
    assert events_of(t) == expected_events()
    assert result.applied == len(expected_events())
    assert set(t.events["note"]) == {"from mail"}


def test_no_false_rejection_or_offer_and_recall_of_both_at_least_90_percent(imported):
    _, _, result = imported
    frame = result.messages.assign(label=[LABELS[i.split("+")[0]]["label"] for i in IDS], dup=[("+" in i) for i in IDS])
    frame = frame[~frame["dup"]]
    predicted = frame["kind"].where(frame["confidence"] >= APPLY_CONFIDENCE)
    for kind in ("rejection", "offer"):
        false = frame[(predicted == kind) & (frame["label"] != kind)]
        assert false.empty, false[["subject", "reason"]]
        recall = ((predicted == kind) & (frame["label"] == kind)).sum() / (frame["label"] == kind).sum()
        assert recall >= 0.9, (kind, recall)
    recorded = frame[frame["event"].isin(["rejection", "offer"])]
    assert (recorded["event"] == recorded["label"]).all()


def test_the_los_angeles_evening_is_the_next_day_in_new_york(imported):
    t, _, result = imported
    row = result.messages[result.messages["subject"] == "Sales Analyst role"].iloc[0]
    assert str(row["date"]) == "2026-11-03 02:30:00-05:00"
    assert ("Coho Vineyard", "rejection", "2026-11-03") in events_of(t)


def test_importing_the_same_export_again_adds_nothing(imported):
    t, box, first = imported
    before_events = events_of(t)
    before_stored = t.execute("SELECT count(*) FROM mail_messages")[0][0]
    again = import_mail(t, box, me=ME)
    assert events_of(t) == before_events
    assert t.execute("SELECT count(*) FROM mail_messages")[0][0] == before_stored
    assert again.applied == 0 and again.to_review == 0
    stored_before = first.messages["outcome"].isin(["applied", "to review"])
    assert again.messages.loc[stored_before, "reason"].str.startswith("imported before").all()


def test_a_takeout_message_under_two_labels_counts_once(imported):
    _, _, result = imported
    rows = result.messages[result.messages["message_id"] == "<gh-7781@us.greenhouse-mail.io>"]
    assert rows["outcome"].tolist() == ["applied", "ignored"]
    assert rows["reason"].iloc[1] == "the same message again (listed under another label)"


def test_mbox_eml_folder_and_maildir_give_the_same_events(tmp_path):
    results = {}
    for name, writer in [
        ("mbox", mail_corpus.write_mbox),
        ("eml", mail_corpus.write_eml_folder),
        ("maildir", mail_corpus.write_maildir),
    ]:
        t = mail_corpus.create_tracker(tmp_path / f"{name}.sqlite", CORPUS)
        source = writer(tmp_path / f"export-{name}", CORPUS)
        import_mail(t, source, me=ME)
        results[name] = (
            events_of(t),
            sorted(r[0] for r in t.execute("SELECT message_hash || state FROM mail_messages")),
        )
        t.close()
    assert results["mbox"] == results["eml"] == results["maildir"]
    assert results["mbox"][0] == expected_events()


def test_a_dry_run_changes_nothing(setup):
    t, tmp = setup
    box = mail_corpus.write_mbox(tmp / "all.mbox", CORPUS)
    result = import_mail(t, box, me=ME, dry_run=True)
    assert result.dry_run and "dry run" in str(result)
    assert result.messages["event"].notna().sum() == len(expected_events())
    assert t.events.empty
    assert t.execute("SELECT count(*) FROM mail_messages")[0][0] == 0
    assert my_addresses(t) == ()


def test_stored_addresses_count_as_me_and_given_ones_are_stored(setup):
    t, tmp = setup
    box = mail_corpus.write_mbox(tmp / "all.mbox", CORPUS)
    add_my_addresses(t, ME)
    result = import_mail(t, box)
    sent = result.messages[result.messages["sender"].str.startswith("sam.rivera")]
    assert len(sent) == 2 and (sent["reason"] == "sent by you: your own mail is never evidence").all()
    assert not any("--me" in n for n in result.notes)
    assert [n for n in result.notes if "calendar invitation" in n] == list(result.notes)


def test_without_my_address_my_sent_mail_is_still_not_a_company_reply(setup):
    t, tmp = setup
    box = mail_corpus.write_mbox(tmp / "all.mbox", CORPUS)
    result = import_mail(t, box)
    assert any("--me" in n for n in result.notes)
    # the quoted rejection in the user's reply is cut before classifying
    row = result.messages[result.messages["subject"] == "Re: Wingtip Labs - Data Engineer"].iloc[0]
    assert row["event"] is None or pd.isna(row["event"])


def test_a_bad_address_changes_nothing(imported):
    t, box, _ = imported
    before = events_of(t)
    with pytest.raises(InputError, match=re.escape("field 'me', value 'sam at example.net': not a mail address")):
        import_mail(t, box, me=["sam at example.net"])
    assert events_of(t) == before


def test_a_review_item_records_nothing_and_is_stored_for_review(imported):
    t, _, result = imported
    review = result.messages[result.messages["outcome"] == "to review"]
    assert set(review["subject"]) == {"Your offer", "Nächste Schritte"}
    assert review["event"].isna().all()
    states = dict(t.execute("SELECT subject, state FROM mail_messages WHERE state = 'review'"))
    assert set(states) == set(review["subject"])


def test_only_what_is_needed_is_stored_and_never_a_body(imported):
    t, _, _ = imported
    cols = [r[1] for r in t.execute("PRAGMA table_info(mail_messages)")]
    assert cols == [
        "message_hash",
        "received_at",
        "sender",
        "subject",
        "application_id",
        "kind",
        "confidence",
        "state",
        "reason",
        "event_id",
    ]
    stored = set(r[0] for r in t.execute("SELECT sender FROM mail_messages"))
    assert "jobalerts-noreply@linkedin.com" not in stored and "news@dataweekly.example" not in stored
    path = t.path
    t.close()  # the last connection checkpoints the write-ahead log into the file
    raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    for sentence in [
        "the way you explained your thinking",
        "Contoso_offer_letter.pdf",
        "invented offer letter",
        "closer to the retail side",
        "<gh-7781@us.greenhouse-mail.io>",
    ]:
        assert sentence.encode() not in raw, sentence
    assert b"Update on your application" in raw  # subjects are kept, as documented
    # reasons are kept without the phrases and names quoted from the mail
    for phrase in ["decided to move forward with another candidate", "nachste schritt", "Dear Sam"]:
        assert phrase.encode() not in raw, phrase


def test_a_progress_bar_shows_when_asked(setup, capsys):
    t, tmp = setup
    box = mail_corpus.write_mbox(tmp / "all.mbox", CORPUS)
    import_mail(t, box, me=ME, dry_run=True, progress=True)
    assert "messages" in capsys.readouterr().err
    import_mail(t, box, me=ME, dry_run=True)
    assert capsys.readouterr().err == ""


def test_a_progress_callback_hears_messages_and_bytes(setup, capsys):
    t, tmp = setup
    box = mail_corpus.write_mbox(tmp / "all.mbox", CORPUS)
    calls = []
    result = import_mail(t, box, me=ME, dry_run=True, progress=lambda *args: calls.append(args))
    size = box.stat().st_size
    assert calls[-1] == (len(result.messages), size, size)  # the last call says: all of it
    assert [c[0] for c in calls[:-1]] == list(range(1, len(result.messages) + 1))  # once a message
    done = [c[1] for c in calls]
    assert done == sorted(done) and 0 < done[0] < size and {c[2] for c in calls} == {size}
    assert capsys.readouterr().err == ""  # no bar on the terminal as well


def test_the_result_shows_in_a_notebook(imported):
    _, _, result = imported
    assert isinstance(result, MailImport)
    html = result._repr_html_()
    assert "43 applied, 2 to review, 29 ignored, 2 unmatched" in html
    assert "Update on your application" in html and "jobalerts" not in html
    assert repr(result).startswith("<MailImport all.mbox: 76 messages")
    with pytest.raises(AttributeError):
        result.source = "x"


def test_the_import_runs_with_the_network_cut(tmp_path):
    box = mail_corpus.write_mbox(tmp_path / "all.mbox", CORPUS)
    mail_corpus.create_tracker(tmp_path / "t.sqlite", CORPUS).close()
    log = tmp_path / "netguard.log"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(NETGUARD), str(ROOT)]), FOLLOWUP_KIT_NETGUARD_LOG=str(log))
    script = (
        "from followup_kit.store.tracker import Tracker\nfrom followup_kit.io.mail.importer import import_mail\n"
        f"t = Tracker.open({str(tmp_path / 't.sqlite')!r})\n"
        f"print(import_mail(t, {str(box)!r}, me={ME!r}))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "43 applied" in done.stdout
    assert not log.exists() or log.read_text() == ""
    conn = sqlite3.connect(tmp_path / "t.sqlite")
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == len(expected_events())
    conn.close()


def test_an_event_the_user_typed_keeps_its_note(setup):
    t, tmp = setup
    coho = int(t.applications.set_index("company").loc["Coho Vineyard", "application_id"])
    t.record_event(coho, "rejection", "2026-11-03", note="Lena called me first")
    box = mail_corpus.write_mbox(tmp / "all.mbox", CORPUS)
    import_mail(t, box, me=ME)
    rows = t.events[(t.events["application_id"] == coho) & (t.events["kind"] == "rejection")]
    assert rows["note"].tolist() == ["Lena called me first"]
    linked = t.execute("SELECT event_id FROM mail_messages WHERE subject = 'Sales Analyst role'")
    assert linked == [(int(rows["event_id"].iloc[0]),)]


def test_a_calendar_invitation_in_a_mail_goes_to_the_invitation_importer(setup):
    t, tmp = setup
    box = mail_corpus.write_mbox(tmp / "all.mbox", CORPUS)
    dry = import_mail(t, box, me=ME, dry_run=True)
    assert [n for n in dry.notes if n.startswith("calendar invitations in the mail: ")], dry.notes
    assert t.interviews.empty
    result = import_mail(t, box, me=ME)
    assert [n for n in result.notes if n.startswith("calendar invitations in the mail: ")], result.notes
    interviews = t.interviews.merge(t.applications[["application_id", "company"]])
    assert interviews["company"].tolist() == ["Kranich Software AG"]
    assert str(interviews["starts_at"].iloc[0].tz_convert("UTC")) == "2026-10-20 08:00:00+00:00"


def test_a_broken_invitation_in_a_mail_is_a_note_and_the_replies_still_count(setup):
    t, tmp = setup
    folder = tmp / "mail"
    folder.mkdir()
    (folder / "a.eml").write_bytes(
        b"From: Ada <ada@contoso.example>\nSubject: Your application\nMessage-ID: <b1@contoso.example>\n"
        b"Date: Mon, 02 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n"
        b"--b\nContent-Type: text/plain\n\nWe have decided not to move forward with your application.\n"
        b"--b\nContent-Type: text/calendar; method=REQUEST\n\nBEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:garbage\n--b--\n"
    )
    result = import_mail(t, folder, me=ME)
    assert result.applied == 1 and events_of(t) == [("Contoso", "rejection", "2026-11-02")]
    assert len(result.notes) == 1 and result.notes[0].startswith("calendar invitations in the mail")


def test_broken_and_strange_mail_is_reported_never_a_crash(setup):
    t, tmp = setup
    folder = tmp / "odd"
    folder.mkdir()
    odd = {
        "charset.eml": b"From: a@contoso.example\nSubject: Your application\nContent-Type: text/plain; charset=x-klingon\n"
        b"Message-ID: <1@odd>\nDate: Mon, 02 Nov 2026 10:00:00 +0000\n\n"
        b"We have decided not to move forward with your application.\n",
        "base64.eml": b"From: a@contoso.example\nSubject: Your application\nContent-Transfer-Encoding: base64\n"
        b"Message-ID: <2@odd>\n\n!!!not base64***\n",
        "boundary.eml": b"From: a@contoso.example\nSubject: Offer\nContent-Type: multipart/mixed\nMessage-ID: <3@odd>\n\n"
        b"--xx\nContent-Type: text/plain\n\nhello\n--xx--\n",
        "nodate.eml": b"From: a@contoso.example\nDate: yesterday\nSubject: Your application\nMessage-ID: <4@odd>\n\n"
        b"We have decided not to move forward with your application.\n",
        "empty.eml": b"",
        "binary.eml": bytes(range(256)) * 10,
        "header.eml": b"X-Long: " + b"a" * 500_000 + b"\nFrom: a@contoso.example\n\nbody\n",
    }
    for name, data in odd.items():
        (folder / name).write_bytes(data)
    result = import_mail(t, folder, me=ME)
    by_position = result.messages.set_index("position")
    assert len(result.messages) == len(odd)
    assert "the same message again" not in " ".join(result.messages["reason"])  # no headers: hashed by content
    outcomes = dict(zip(sorted(odd), result.messages["outcome"]))
    assert outcomes["charset.eml"] == "applied"  # an unknown charset is read as UTF-8
    assert outcomes["nodate.eml"] == "to review"
    assert "no readable Date" in by_position.loc[sorted(odd).index("nodate.eml") + 1, "reason"]
    assert events_of(t) == [("Contoso", "rejection", "2026-11-02")]


def test_mail_older_than_the_application_is_about_an_earlier_one(setup):
    t, tmp = setup
    folder = tmp / "old"
    folder.mkdir()
    (folder / "old.eml").write_bytes(
        b"From: Ada <ada@contoso.example>\nSubject: Your application\nMessage-ID: <old@contoso.example>\n"
        b"Date: Mon, 03 Mar 2025 10:00:00 +0000\n\nWe have decided not to move forward with your application.\n"
    )
    result = import_mail(t, folder, me=ME)
    row = result.messages.iloc[0]
    assert row["outcome"] == "ignored" and pd.isna(row["event"])
    assert row["reason"] == "dated before the application it matched (applied on 2026-09-15): about an earlier one"
    assert t.events.empty


def test_an_empty_tracker_matches_nothing_and_records_nothing(tmp_path):
    with Tracker.create(tmp_path / "empty.sqlite", timezone="UTC") as t:
        result = import_mail(t, mail_corpus.write_mbox(tmp_path / "all.mbox", CORPUS), me=ME)
        assert result.applied == result.to_review == 0
        assert result.unmatched > 0 and result.count("unmatched") + result.ignored == len(result.messages)
        assert t.events.empty and t.execute("SELECT count(*) FROM mail_messages") == [(0,)]


def test_past_the_listing_bound_ignored_mail_is_counted_not_listed(tracker, tmp_path, monkeypatch):
    """Memory stays bounded on huge exports: ignored messages beyond LISTED_IGNORED are counts by reason."""
    from followup_kit.io.mail import importer as mail_import

    monkeypatch.setattr(mail_import, "LISTED_IGNORED", 3)
    box = tmp_path / "news.mbox"
    with box.open("wb") as f:
        for i in range(10):
            f.write(
                b"From news@letters.example Mon Nov  2 10:00:00 2026\n"
                b"From: Weekly Digest <news@letters.example>\nTo: sam@example.org\n"
                b"List-Unsubscribe: <mailto:u@letters.example>\n"
                + f"Subject: Issue {i}\nMessage-ID: <n{i}@letters.example>\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\n".encode()
                + b"Ten tips for your garden.\n\n"
            )
    result = mail_import.import_mail(tracker, box, me="sam@example.org", dry_run=True)
    assert len(result.messages) == 3
    assert result.ignored == 10 and dict(result.more_ignored) == {"list mail or a newsletter (List-Unsubscribe)": 7}
    assert "10 messages" in result.summary() and "7 of the ignored counted, not listed" in result.summary()


def test_a_boards_confirmation_for_a_flat_builds_no_application(tmp_path):
    """ "Your application has been sent to X" is a board's shape for a flat too: rent and a lease name the trade."""
    box = mail_corpus.write_mbox(
        tmp_path / "inbox.mbox",
        {
            "me": ["sam@example.net"],
            "timezone": "UTC",
            "applications": [],
            "contacts": [],
            "messages": [
                {
                    "id": "flat",
                    "label": "?",
                    "sender": "2Apply <noreply@2apply.com.au>",
                    "subject": "Your application has been sent to Harbour & Reeve Property",
                    "body": "Hi Sam,\n\nYour application for 4/12 Elm Street has been sent to Harbour & Reeve Property.\n"
                    "Weekly rent offered: $650\nLease term: 12 months\n\nThe agent will contact you directly.",
                    "date": "Mon, 03 Aug 2026 10:00:00 +1000",
                }
            ],
        },
    )
    tracker = Tracker.create(tmp_path / "t.sqlite", timezone="UTC")
    import_mail(tracker, box, me="sam@example.net", create_applications=True)
    assert tracker.applications.empty
    tracker.close()
