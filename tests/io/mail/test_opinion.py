"""The second opinion: a small shipped model that may send mail to review and never decides.

All mail here is invented for these tests.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from followup_kit.io.mail import opinion
from followup_kit.io.mail.classify import APPLY_CONFIDENCE, classify
from followup_kit.io.mail.importer import import_mail
from followup_kit.io.mail.opinion import OPINION, OpinionPolicy, reconsider, second_opinion, sentences
from followup_kit.store.tracker import Tracker

ROOT = Path(__file__).resolve().parents[3]
NETGUARD = ROOT / "tests" / "netguard"
ME = "sam@example.net"

#: Rejections in words the rules do not know (checked below: the rules read them as "other").
UNKNOWN_REJECTION = "Hi Sam,\nThanks for your patience. Regrettably your candidacy did not succeed this time.\nBest"
UNKNOWN_REJECTION_2 = (
    "Hi Sam,\nI'm sorry to share that we went with a candidate whose experience lines up more closely.\nCheers"
)
CONDITIONAL_ACK = (
    "Hi Sam,\nThanks for applying to the analyst role, we have received your application. If you are not "
    "chosen for the next step, we will write to you. Should we not proceed, you'll receive an email from us.\nBest"
)


def _eml(folder: Path, name: str, sender: str, subject: str, body: str, day: int = 2) -> Path:
    path = folder / f"{name}.eml"
    path.write_bytes(
        f"From: {sender}\nTo: {ME}\nSubject: {subject}\nDate: Mon, {day:02d} Nov 2026 10:00:00 +0000\n"
        f"Message-ID: <{name}@invented.example>\n\n{body}\n".encode()
    )
    return path


@pytest.fixture
def tracker(tmp_path):
    t = Tracker.create(tmp_path / "t.sqlite", timezone="UTC")
    t.add_application("Contoso", "Analyst", applied_on="2026-10-01")
    yield t
    t.close()


@pytest.fixture
def box(tmp_path):
    folder = tmp_path / "mail"
    folder.mkdir()
    return folder


def test_a_rejection_in_unknown_words_is_heard_with_its_sentence():
    assert classify("Your application", UNKNOWN_REJECTION).kind == "other"  # the rules do not know it
    heard = second_opinion("Your application", UNKNOWN_REJECTION)
    assert heard is not None
    assert (heard.kind, heard.sentence) == ("rejection", "Regrettably your candidacy did not succeed this time.")
    assert OPINION.threshold <= heard.score <= 1


@pytest.mark.parametrize(
    "text",
    [
        "If you are not selected for an interview, we will let you know by email.",
        "Should we decide not to move forward, you will hear from us.",
        "Don't worry if you don't hear from us soon, it doesn't mean you're not a fit.",
        "Your flight to Lisbon has been cancelled. We are sorry for the trouble.",
        "Ten new analyst jobs near you. Apply before they close.",
        "Your order has shipped and the receipt is attached.",
    ],
)
def test_conditions_reassurance_and_other_trades_are_not_heard_as_decisions(text):
    heard = second_opinion("Your application", text, kinds=opinion.DECISIONS)
    assert heard is None, heard


def test_hedged_sentences_and_what_happens_next_are_never_compared():
    text = "We received your application. If you are not selected we will tell you. What happens next? We decline."
    assert sentences("Hi", text) == ["We received your application."]


def test_a_condition_wrapped_over_two_lines_keeps_its_if():
    """Plain-text mail wraps at about 72 characters: the line after "if your skills" is no sentence."""
    text = "We received your application for the Planner role. If your skills and\nexperience match our needs for the role, we will call you."
    assert sentences("Hi", text) == ["We received your application for the Planner role."]


def test_an_acknowledgement_with_a_condition_stays_an_acknowledgement():
    found = classify("Your application", CONDITIONAL_ACK)
    assert found.kind == "acknowledgement"
    assert reconsider(found, "Your application", CONDITIONAL_ACK, job=True) == found


def test_the_model_kind_is_never_confident_and_says_why():
    found = reconsider(classify("Update", UNKNOWN_REJECTION), "Update", UNKNOWN_REJECTION, job=True)
    assert found.kind == "rejection"
    assert found.confidence < APPLY_CONFIDENCE
    assert found.reason.startswith("the rules found no decision; yet this sentence reads like a rejection: ")
    assert found.reason.endswith("please check")


def test_switched_off_the_rules_reading_stands():
    found = classify("Update", UNKNOWN_REJECTION)
    assert reconsider(found, "Update", UNKNOWN_REJECTION, job=True, enabled=False) is found


def test_mail_the_rules_settle_never_loads_the_model(monkeypatch):
    def refuse():
        raise AssertionError("the model was asked")

    monkeypatch.setattr(opinion, "second_opinion", lambda *a, **k: refuse())
    text = "Unfortunately we have decided to move forward with other candidates."
    found = classify("Your application", text)
    assert reconsider(found, "Your application", text, job=True) is found
    personal = classify("Dinner on Friday?", "Shall we meet at eight at the usual place?")
    assert reconsider(personal, "Dinner on Friday?", "Shall we meet at eight?", job=False) is personal
    # a confident acknowledgement is settled too: asking about each one slowed a mailbox of newsletters
    ack = "Thank you for applying to Harbor Labs. We have received your application for the Analyst role."
    found = classify("Thank you for applying", ack)
    assert found.kind == "acknowledgement" and found.confident
    assert reconsider(found, "Thank you for applying", ack, job=True) is found


def test_every_number_of_the_policy_gives_its_reason():
    reasons = OpinionPolicy.reasons()
    assert set(reasons) == {f.name for f in dataclasses.fields(OpinionPolicy)}
    assert all(len(r) > 40 for r in reasons.values())
    assert 0 < OPINION.threshold < OPINION.reply_threshold < 1


# --- in the importer ----------------------------------------------------------------------------


def test_a_rejection_in_unknown_words_goes_to_review_with_the_model_reason(tracker, box):
    _eml(box, "r1", "Contoso Recruiting <jobs@contoso.example>", "Your application at Contoso", UNKNOWN_REJECTION)
    result = import_mail(tracker, box, me=ME)
    row = result.messages.iloc[0]
    assert (row["outcome"], row["kind"]) == ("to review", "rejection")
    assert "reads like a rejection: 'Regrettably your candidacy did not succeed this time.'" in row["reason"]
    assert tracker.events.empty


def test_without_the_second_opinion_the_same_mail_is_ignored(tracker, box):
    _eml(box, "r1", "Contoso Recruiting <jobs@contoso.example>", "Your application at Contoso", UNKNOWN_REJECTION)
    row = import_mail(tracker, box, me=ME, second_opinion=False).messages.iloc[0]
    assert (row["outcome"], row["reason"]) == ("ignored", "not evidence: no known phrase")


def test_an_acknowledgement_with_a_condition_is_not_sent_to_review(tracker, box):
    _eml(box, "a1", "Contoso Recruiting <jobs@contoso.example>", "Your application at Contoso", CONDITIONAL_ACK)
    row = import_mail(tracker, box, me=ME).messages.iloc[0]
    assert row["outcome"] == "ignored"
    assert row["reason"].startswith("an automatic acknowledgement")


def test_the_model_never_makes_an_outcome_applied(tmp_path):
    mails = [
        ("r1", "Contoso Recruiting <jobs@contoso.example>", "Your application at Contoso", UNKNOWN_REJECTION),
        ("r2", "Fabrikam <no-reply@hire.lever.co>", "Fabrikam: your application", UNKNOWN_REJECTION_2),
        ("a1", "Fabrikam <no-reply@hire.lever.co>", "Thank you for applying to Fabrikam", CONDITIONAL_ACK),
        ("d1", "Contoso Recruiting <jobs@contoso.example>", "Contoso update", "We regret to say the analyst "
         "opening is no longer available and the search has ended for now."),
    ]  # fmt: skip
    results = {}
    for on in (False, True):
        folder = tmp_path / f"box{on}"
        folder.mkdir()
        for day, (name, sender, subject, body) in enumerate(mails, start=2):
            _eml(folder, name, sender, subject, body, day)
        t = Tracker.create(tmp_path / f"t{on}.sqlite", timezone="UTC")
        t.add_application("Contoso", "Analyst", applied_on="2026-10-01")
        results[on] = import_mail(t, folder, me=ME, create_applications=True, second_opinion=on).messages
        results[on] = (results[on], t.events[["kind", "on"]].astype(str).values.tolist(), len(t.applications))
        t.close()
    (off, events_off, apps_off), (on, events_on, apps_on) = results[False], results[True]
    assert events_on == events_off and apps_on == apps_off
    assert on["outcome"].eq("applied").tolist() == off["outcome"].eq("applied").tolist()
    heard = on["reason"].str.contains("reads like", regex=False)
    assert heard.any()
    assert on.loc[heard, "outcome"].eq("to review").all()
    assert on.loc[heard, "confidence"].lt(APPLY_CONFIDENCE).all()


def test_an_acknowledgement_only_the_model_hears_never_starts_an_application(tracker, box):
    body = "Hi Sam,\nYour resume for the designer opening has landed with our talent team.\nBest"
    assert classify("Designer opening at Northwind", body).kind == "other"
    _eml(box, "k1", "Northwind <no-reply@hire.lever.co>", "Designer opening at Northwind", body)
    result = import_mail(tracker, box, me=ME, create_applications=True)
    row = result.messages.iloc[0]
    assert (row["outcome"], row["kind"]) == ("to review", "acknowledgement")
    assert "reads like an acknowledgement of an application" in row["reason"]
    assert tracker.applications["company"].tolist() == ["Contoso"]


def test_a_job_alert_stays_ignored(tracker, box):
    body = "Ten new analyst jobs near you.\nData Analyst at Contoso\nAnalyst at Fabrikam\nApply before they close."
    _eml(box, "j1", "Job Alerts <alerts@linkedin.com>", "New jobs for you", body)
    row = import_mail(tracker, box, me=ME).messages.iloc[0]
    assert row["outcome"] == "ignored"
    assert "reads like" not in row["reason"]


def test_a_model_that_cannot_load_leaves_the_import_going(tracker, box, monkeypatch):
    def broken():
        raise OSError("weights missing")

    monkeypatch.setattr(opinion, "_examples", broken)
    opinion.unavailable.cache_clear()
    try:
        _eml(box, "r1", "Contoso Recruiting <jobs@contoso.example>", "Your application at Contoso", UNKNOWN_REJECTION)
        text = "Unfortunately we have decided to move forward with other candidates."
        _eml(box, "r2", "Contoso Recruiting <jobs@contoso.example>", "Your application at Contoso", text, 3)
        result = import_mail(tracker, box, me=ME)
    finally:
        opinion.unavailable.cache_clear()
    reasons = dict(zip(result.messages["outcome"], result.messages["reason"]))
    assert reasons["ignored"] == (
        "not evidence: no known phrase (no second opinion: the language model could not be loaded (OSError))"
    )
    assert "applied" in reasons  # the rules' rejection is recorded as ever
    assert tracker.events["kind"].tolist() == ["rejection"]


def test_the_model_loads_with_the_network_cut_and_import_followup_kit_stays_light(tmp_path):
    log = tmp_path / "netguard.log"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(NETGUARD), str(ROOT)]), FOLLOWUP_KIT_NETGUARD_LOG=str(log))
    script = (
        "import sys, followup_kit\n"
        "print('light', not {'wordllama', 'tokenizers', 'safetensors'} & set(sys.modules))\n"
        "from followup_kit.io.mail.opinion import second_opinion\n"
        f"print(second_opinion('Update', {UNKNOWN_REJECTION!r}).kind)\n"
        "print('wordllama', 'wordllama' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["light", "True", "rejection", "wordllama", "False"]
    assert not log.exists() or log.read_text() == ""


def test_the_vectors_are_those_of_wordllama_itself_loaded_offline(tmp_path):
    log = tmp_path / "netguard.log"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(NETGUARD), str(ROOT)]), FOLLOWUP_KIT_NETGUARD_LOG=str(log))
    texts = ["We chose another person for the role.", "Thank you for applying to Contoso!", "ok"]
    script = (
        "import pathlib, numpy, wordllama\n"
        "from followup_kit.io.mail.opinion import embed\n"
        "wl = wordllama.WordLlama.load(cache_dir=pathlib.Path(wordllama.__file__).parent, disable_download=True)\n"
        f"print(float(abs(embed({texts!r}) - wl.embed({texts!r}, norm=True)).max()))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert np.isclose(float(done.stdout), 0.0, atol=1e-6)
    assert not log.exists() or log.read_text() == ""


def test_only_the_models_own_reading_counts_as_heard_by_it():
    from followup_kit.io.mail.classify import Classification
    from followup_kit.io.mail.opinion import OPINION_CONFIDENCE, heard_only

    # the rules' reading is the rules' whatever its confidence
    assert not heard_only(Classification("rejection", OPINION_CONFIDENCE, "a weak phrase"))
    text = "Hi Sam, thanks for your patience. Regrettably your candidacy did not succeed this time."
    assert heard_only(reconsider(classify("Update", text), "Update", text, job=True))
