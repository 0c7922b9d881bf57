"""Drafts for every kind, with and without the optional details."""

import urllib.parse

import pytest

from followup_kit.errors import InputError
from followup_kit.followups.drafts import Draft, draft, render_drafts, shorten
from followup_kit.followups.policy import FollowUpPolicy
from followup_kit.followups.schedule import build_schedule, resolve_policy

KINDS = (
    "thank_you",
    "linkedin_invite",
    "linkedin_followup",
    "referrer_update",
    "status_check",
    "expedite",
    "keep_in_touch",
)


def _everything(t, *, details: bool, confidential: bool = False):
    """A tracker where every kind of action appears; ``details`` toggles the optional fields."""
    opt = (lambda v: v) if details else (lambda v: None)
    ref = t.add_contact("Rita Referrer", relation="referrer", email=opt("rita@example.com"))
    hm = t.add_contact(
        "Hana Manager", company="Acme Analytics", relation="hiring_manager", email=opt("hana@example.com")
    )
    cold = t.add_contact(
        "Cora Colleague",
        company="Acme Analytics",
        relation="employee",
        linkedin_url=opt("https://www.linkedin.com/in/cora"),
    )
    acme = t.add_application(
        "Acme Analytics", "Data Analyst", referrer_id=ref, confidential=confidential, industry=opt("Software")
    )
    t.log_interview(
        acme,
        "2026-03-10 14:00",
        [hm],
        stage=opt("onsite"),
        decision_expected_on=opt("2026-03-20"),
        memorable_detail=opt("the churn model they rebuilt last spring"),
        not_discussed=opt("my dashboard migration at my last job"),
    )
    t.update_contact(cold, linkedin_connected_on="2026-03-13")
    beta_hm = t.add_contact("Bo Boss", relation="hiring_manager")
    beta = t.add_application("Beta Corp", "Analyst")
    t.log_interview(beta, "2026-03-09 10:00", [beta_hm])
    t.record_event(beta, "offer", "2026-03-16", deadline="2026-03-23")
    gamma_hm = t.add_contact("Gil Gamma", relation="recruiter")
    gamma = t.add_application("Gamma Ltd", "Analyst")
    t.log_interview(gamma, "2026-03-02 10:00", [gamma_hm])
    t.record_event(gamma, "rejection", "2026-03-12")
    schedule = build_schedule(t.tables(), as_of="2026-03-17", policy=resolve_policy(t))
    return schedule


@pytest.mark.parametrize("details", [True, False])
def test_every_kind_renders_cleanly(tracker, details):
    schedule = _everything(tracker, details=details)
    assert set(schedule["kind"]) == set(KINDS)
    drafts = render_drafts(schedule, tracker.tables(), resolve_policy(tracker))
    for _key, d in drafts.items():
        assert isinstance(d, Draft)
        for text in (d.subject, d.body, d.to, d.mailto or "", d.linkedin_note or ""):
            assert "None" not in text and "{{" not in text and "{%" not in text and "nan" not in text.split()
        assert d.subject and d.body
        assert "  " not in d.body
        if d.kind.startswith("linkedin"):
            assert d.linkedin_note == d.body and d.mailto is None
            assert d.chars == len(d.linkedin_note) <= 200
        else:
            assert d.linkedin_note is None and d.mailto.startswith("mailto:")


def test_thank_you_uses_the_recorded_details(interviewed):
    t = interviewed["tracker"]
    d = draft(t, "thank_you:i1:c2")
    assert d.to == "Hana Manager <hana@example.com>"
    assert d.body.startswith("Dear Hana,")
    assert "the churn model they rebuilt last spring" in d.body
    assert "my dashboard migration at my last job" in d.body
    assert "Data Analyst" in d.body and "Acme Analytics" in d.body
    assert "Tuesday 10 March" in d.body


def test_thank_you_without_details_still_reads_well(tracker):
    hm = tracker.add_contact("Hana Manager", relation="hiring_manager")
    tracker.log_interview(tracker.add_application("Acme", "Analyst"), "2026-03-10 14:00", [hm])
    d = draft(tracker, "thank_you:i1:c1")
    assert "Hearing how the team works" in d.body
    assert "did not get the chance" not in d.body
    assert d.to == "Hana Manager" and d.mailto.startswith("mailto:?subject=")


def test_mailto_is_quoted_and_round_trips(interviewed):
    t = interviewed["tracker"]
    t.update_contact(interviewed["hiring_manager_id"], name="Hana O'Brien & Co?")
    d = draft(t, "thank_you:i1:c2")
    parsed = urllib.parse.urlsplit(d.mailto)
    query = urllib.parse.parse_qs(parsed.query)
    assert parsed.path == "hana@example.com"
    assert query["subject"] == [d.subject] and query["body"] == [d.body]
    assert " " not in d.mailto and "\n" not in d.mailto


def test_referrer_update_and_decision_date(interviewed):
    d = draft(interviewed["tracker"], "referrer_update:i1:c1")
    assert d.body.startswith("Hi Rita,")
    assert "Friday 20 March" in d.body and "my onsite interview" in d.body
    assert "nothing you need to do" in d.body  # never ask the referrer to chase


def test_status_checks_differ(interviewed):
    first = draft(interviewed["tracker"], "status_check:a1:i1:1")
    second = draft(interviewed["tracker"], "status_check:a1:i1:2")
    assert "Friday 20 March" in first.body
    assert first.subject != second.subject and "once more" in second.body


def test_expedite_names_the_deadline_not_the_other_company(tracker):
    _everything(tracker, details=True)
    keys = [
        k
        for k in build_schedule(tracker.tables(), as_of="2026-03-17", policy=resolve_policy(tracker))["action_key"]
        if k.startswith("expedite")
    ]
    d = draft(tracker, keys[0], as_of="2026-03-17")
    assert "Monday 23 March" in d.body and "Beta" not in d.body
    assert "Acme Analytics" in d.body


@pytest.mark.parametrize("confidential", [False, True])
def test_cold_notes_never_mention_interviewing(tracker, confidential):
    _everything(tracker, details=True, confidential=confidential)
    invite = draft(tracker, "linkedin_invite:c3")
    follow = draft(tracker, "linkedin_followup:c3")
    for d in (invite, follow):
        assert "interview" not in d.linkedin_note.lower()
    assert "appl" not in invite.linkedin_note.lower() and "Data Analyst" not in invite.linkedin_note
    assert ("applied" in follow.linkedin_note) is (not confidential)
    assert invite.to == "https://www.linkedin.com/in/cora"


def test_long_names_shorten_at_a_word_boundary(interviewed):
    t = interviewed["tracker"]
    t.update_application(
        interviewed["application_id"],
        company="Acme " + "Extraordinarily Long Analytics " * 8,
        role="Principal " * 10 + "Analyst",
    )
    for policy, limit in ((FollowUpPolicy(), 200), (FollowUpPolicy(linkedin_premium=True), 300)):
        note = draft(t, "linkedin_invite:c2", policy=policy).linkedin_note
        assert len(note) <= limit
        assert "Hana" in note
        if note.endswith("\u2026"):
            assert not note[:-1].endswith(" ")
            words = [
                "Hi",
                "Hana,",
                "thanks",
                "again",
                "for",
                "our",
                "conversation",
                "about",
                "the",
                "Principal",
                "Analyst",
                "role.",
                "I'd",
                "be",
                "glad",
                "to",
                "stay",
                "in",
                "touch",
                "here.",
            ]
            assert note[:-1].split()[-1] in [w.rstrip(",.") for w in words]
    # At 200 characters even the short wording is too long, so it is cut with an ellipsis.
    assert draft(t, "linkedin_invite:c2").linkedin_note.endswith("\u2026")


def test_shorten():
    assert shorten("one two three", 9) == "one two\u2026"
    assert shorten("abcdefghij", 5) == "abcd\u2026"
    assert len(shorten("word " * 100, 200)) <= 200


def test_unknown_action_key(interviewed):
    with pytest.raises(InputError, match=r"'thank_you:i9:c9'.*no such action"):
        draft(interviewed["tracker"], "thank_you:i9:c9")


def test_an_application_without_a_role_still_reads_as_a_sentence(tracker):
    app = tracker.add_application("Acme", None, "2026-09-01")
    kim = tracker.add_contact("Kim Example", company="Acme", relation="recruiter", email="kim@acme.example.com")
    tracker.log_interview(app, "2026-09-10 10:00", [kim])
    d = draft(tracker, "thank_you:i1:c1", as_of="2026-09-10 12:00")
    assert d.subject == "Thank you for talking with me about the open role"
    assert "the open role at Acme" in d.body and "None" not in d.body and "nan" not in d.body
