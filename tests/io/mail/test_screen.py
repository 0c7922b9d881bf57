"""Alerts, broadcasts, tasks and empty updates in a real inbox's shapes (issue 25): imported into an
empty tracker with create_applications=True, each message ends as its ``expect`` says."""

from __future__ import annotations

import json
from pathlib import Path

import mail_corpus
import pandas as pd
import pytest

from followup_kit.io.mail.classify import classify
from followup_kit.io.mail.importer import import_mail
from followup_kit.io.mail.screen import recipients, screen
from followup_kit.io.mail.text import parse_message
from followup_kit.store.tracker import Tracker

SHAPES = Path(__file__).resolve().parents[1] / "data" / "mail" / "real_shapes.json"
CORPUS = json.loads(SHAPES.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("real-shapes")
    tracker = Tracker.create(folder / "t.sqlite", timezone=CORPUS["timezone"])
    box = mail_corpus.write_mbox(folder / "m.mbox", CORPUS)
    result = import_mail(tracker, box, me=CORPUS["me"], create_applications=True, progress=False)
    apps = tracker.applications.set_index("application_id")
    events = tracker.events
    review = tracker.execute("SELECT count(*) FROM mail_messages WHERE state = 'review' AND application_id IS NULL")
    tracker.close()
    frame = result.messages.assign(id=[e["id"] for e in CORPUS["messages"]])
    return frame.set_index("id"), apps, events, review[0][0]


@pytest.mark.parametrize("entry", CORPUS["messages"], ids=lambda e: e["id"])
def test_each_message_ends_as_expected(imported, entry):
    frame, apps, _, _ = imported
    row, want = frame.loc[entry["id"]], entry["expect"]
    if "outcome" in want:
        assert row["outcome"] == want["outcome"], row["reason"]
    assert (row["event"] if isinstance(row["event"], str) else None) == want["event"], row["reason"]
    if "company" in want:
        got = apps.at[int(row["application_id"]), "company"] if pd.notna(row["application_id"]) else None
        assert got == want["company"], row["reason"]


def test_no_application_is_named_for_a_platform_a_team_a_person_or_an_alert(imported):
    _, apps, _, _ = imported
    names = set(apps["company"])
    assert names == {
        "Kestrelworks", "Brindlecorp", "Lumen Harbor Software", "Fernway", "Tallow & Pine", "Orchard Vale",
        "Copperfinch", "Saltmarsh Analytics", "Quarrystone", "Tidewell", "Brightbowl", "Corvid Group",
        "Marrow & Brook", "Quillfeather", "Office for Harbour Statistics",
    }  # fmt: skip


def test_mails_about_one_requisition_join_its_application_and_date_it_by_the_acknowledgement(imported):
    frame, apps, events, _ = imported
    ack, rejection = frame.loc["workday-local-ack"], frame.loc["workday-req-rejection"]
    assert ack["application_id"] == rejection["application_id"]
    app = apps.loc[int(ack["application_id"])]
    assert (app["role"], str(app["applied_on"])[:10]) == ("Supply Planner", "2026-10-05")
    on_it = events[events["application_id"] == int(ack["application_id"])]
    assert on_it[["kind", "on"]].astype(str).values.tolist() == [["rejection", "2026-10-30"]]


def test_review_items_without_an_application_are_kept_for_the_inbox(imported):
    *_, review = imported
    # the recruiter's mail naming no employer, the broadcast naming me, the placement office's own mail
    # (its domain is the university's, not an employer's), the empty update, a friend's forwarded rejection
    assert review == 5


def test_a_form_service_never_decides_even_when_its_words_do():
    text = "Congratulations, we are delighted to extend you an offer. Please sign your offer letter."
    found = classify("Your offer", text)
    assert found.confident
    held = screen("Your offer", text, found, "forms-receipts-noreply@google.com", set())
    assert held.outcome is None and not held.found.confident and "assessment or questionnaire" in held.found.reason


def test_a_rejection_that_thanks_for_a_finished_assessment_still_decides():
    text = "Thank you for completing the online assessment. Unfortunately, we will not be moving forward with your application."
    found = classify("Your application", text)
    assert screen("Your application", text, found, "talent@acme.example", set()).found.confident


def test_recipients_counts_to_and_cc_and_sees_undisclosed_lists():
    msg = parse_message(b"To: a@x.example, b@x.example\nCc: c@x.example\nSubject: s\n\nhi\n")
    assert recipients(msg) == (3, False)
    assert recipients(parse_message(b"To: undisclosed-recipients:;\n\nhi\n"))[1] is True


def test_job_alert_words_in_a_rejections_footer_do_not_make_it_an_alert():
    text = (
        "Hi Sam, thanks so much for your interest in the Test Engineer role with Harbor Labs. Unfortunately, the "
        "team picked someone closer to the brief. We appreciate the time you gave us and hope you keep an eye on our "
        "careers page. You can always join our talent community to set up job alerts for future openings."
    )
    found = classify("An update on your application to Harbor Labs", text)
    assert found.kind == "rejection" and not found.confident  # "unfortunately" alone is a weak word
    held = screen("An update on your application to Harbor Labs", text, found, "harbor@myworkday.com", set())
    assert held.outcome is None and held.found.kind == "rejection"
    # an alert that merely mentions an answer stays an alert
    alert = "Your job alert: 12 new jobs. Data Analyst at Acme. Planner at Birch. Unfortunately one was closed."
    assert screen("New jobs", alert, classify("New jobs", alert), "jobs@acme.example", set()).outcome == "ignored"


def test_a_newsletters_sender_never_decides(tmp_path):
    """A careers newsletter quotes a rejection ("« Votre candidature n'a pas été retenue » : comment
    rebondir"); it writes about job hunting, never about one of your applications."""
    from followup_kit.io.mail.classify import classify
    from followup_kit.io.mail.screen import screen

    subject, text = (
        "Entrevue : 5 erreurs",
        "« Votre candidature n'a pas été retenue » : comment rebondir après un refus.",
    )
    found = classify(subject, text)
    assert screen(subject, text, found, "infolettre@magazine-exemple.ca", [], None, None).outcome == "ignored"


@pytest.mark.parametrize(
    "subject", ["Automatische Antwort: Rückfrage zu meiner Bewerbung", "Out of Office: Re: your application"]
)
def test_an_automatic_reply_never_decides(subject):
    """An out-of-office reply to your own mail ("Ihre Nachricht wird nicht weitergeleitet") is no decision."""
    from followup_kit.io.mail.classify import classify
    from followup_kit.io.mail.screen import screen

    text = "Ich bin bis zum 14. Juli im Urlaub. Ihre Nachricht wird nicht weitergeleitet."
    found = classify(subject, text)
    assert screen(subject, text, found, "julia.brandl@brauerei-exemple.de", [], None, None).outcome == "ignored"


def test_an_employers_automatic_reply_confirming_your_application_is_its_acknowledgement():
    """Mail sent to an HR mailbox is answered by a robot: when it confirms the application it is
    the employer's acknowledgement; when it says someone is away it is still ignored."""
    from followup_kit.io.mail.classify import classify
    from followup_kit.io.mail.screen import screen

    subject = "Automatic reply: Application - RPN, Harbor Program (Posting #HC-25-41)"
    confirm = "This automatic reply confirms that your application has been received by Human Resources."
    away = "Thank you for your application. I am out of the office until Monday with limited access to e-mail."
    for text, outcome in ((confirm, None), (away, "ignored")):
        found = classify(subject, text)
        assert screen(subject, text, found, "hr@harborchc.example", [], None, None).outcome == outcome


def test_a_decision_sent_to_all_who_applied_goes_to_review_and_a_letter_to_someone_else_too():
    """ "Sent to all applicants of the posting" is the answer to everyone who applied: it is checked,
    not ignored; a letter greeting another person ("Dear Mr Siddiqui") is checked, not recorded."""
    text = (
        "Dear Applicant,\nThank you for your interest in the School Nurse position. This position has been "
        "filled.\n\nThis message was sent to all applicants of the posting."
    )
    found = classify("Position update", text)
    held = screen("Position update", text, found, "noreply@applitrack.com", {"alex.moreau@example.net"})
    assert held.outcome == "to review" and "all who applied" in held.reason
    text = "Dear Mr Siddiqui\n\nFurther to your interview I am delighted to offer you the post of Officer."
    found = classify("Offer of appointment", text)
    held = screen("Offer of appointment", text, found, "hr@council.example", {"alex.moreau@example.net"})
    assert held.outcome == "to review" and "a letter to Siddiqui" in held.reason


def test_an_invitation_to_a_talent_community_is_news_not_an_application():
    """ "Thank you for your interest in working at X ... join our talent community" starts nothing."""
    text = (
        "Hi Sam,\n\nThank you for your interest in working at Harbor Shire Council this year. We are building a "
        "talent community to share new roles as they open. Join our talent community with the link below."
    )
    found = classify("Harbor Shire Council - stay connected", text, job=True)
    held = screen("Harbor Shire Council - stay connected", text, found, "no-reply@applynow.net.au", set())
    assert held.outcome == "ignored" and "talent community" in held.reason


@pytest.mark.parametrize(
    "subject, text",
    [
        # a rental's application names its address
        (
            "Your application has been submitted - 4/12 Elm Street, Northcote",
            "Hi Sam, your application for 4/12 Elm Street, Northcote has been successfully submitted to Birch Lane "
            "Property. The agency will contact you about the outcome.",
        ),
        # a check for working with children names the employer it is for, but is no job application
        (
            "Your Working with Children Check application has been received",
            "Dear Sam, thank you for your Working with Children Check application. Organisation added: Harbor Care.",
        ),
    ],
)
def test_an_application_for_a_flat_or_a_check_acknowledges_no_job(subject, text):
    found = classify(subject, text, job=True)
    assert found.kind == "other" and not found.acknowledges, found.reason


def test_a_newsletter_that_says_you_subscribed_decides_nothing():
    from followup_kit.io.mail.classify import classify
    from followup_kit.io.mail.screen import screen

    text = (
        'How to handle rejection\n"We have decided not to progress your application." Six marketers share how '
        "they bounced back.\n\nYou're receiving this because you subscribed at example-mag.test.\nUnsubscribe"
    )
    found = classify("This week: how to handle rejection", text)
    assert (
        screen("This week: how to handle rejection", text, found, "editor@example-mag.test", ["me@x.test"]).outcome
        == "ignored"
    )


def test_a_talent_pool_invitation_by_its_subject_records_nothing():
    from followup_kit.io.mail.classify import classify
    from followup_kit.io.mail.screen import screen

    subject, text = (
        "Bleiben wir in Kontakt? Ihr Platz in unserem Talentpool",
        ("Auch wenn es dieses Mal nicht gepasst hat: Wir möchten gerne mit Ihnen in Kontakt bleiben."),
    )
    found = classify(subject, text)
    assert screen(subject, text, found, "noreply@softgarden.io", ["me@x.test"]).outcome == "ignored"
