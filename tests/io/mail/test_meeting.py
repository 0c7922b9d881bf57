"""An invitation read by its shape (followup_kit/io/mail/meeting.py): the subject names an interview and
the mail proposes a time; recorded on an application another mail started, never starting one."""

from __future__ import annotations

import mail_corpus
import pytest

from followup_kit.io.mail.classify import classify
from followup_kit.io.mail.importer import import_mail
from followup_kit.store.tracker import Tracker

ME = "sam.okafor@example.net"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Entrevista - Analista de Tesorería | Harbor Foods", "Hola Sam, te esperamos el jueves 13 de marzo a las "
         "10:00 hrs en nuestras oficinas de Zapopan. Trae una identificación oficial."),
        ("Colloquio con il responsabile - Buyer Junior", "Buongiorno Sam, ti aspettiamo martedì 18 febbraio alle "
         "15:30 presso la nostra sede di Torino."),
        ("Entretien – Chargée de communication", "Bonjour Sam, je vous propose un échange le mardi 4 mars à 14h30 "
         "dans nos locaux."),
        ("Invitation: video interview - Brand Manager", "Hi Sam, the brand team would like a video call "
         "on Thursday 6 March at 11:00 to walk through your portfolio."),
        ("Phone screen - Data Analyst", "Hi Sam, does Tuesday, March 4 at 2pm ET work for a 30 minute call with our "
         "recruiter?"),
    ],
)  # fmt: skip
def test_an_invitation_is_read_by_its_shape_in_any_language(subject, body):
    c = classify(subject, body)
    assert (c.kind, c.confident, c.starts) == ("interview_request", True, False)
    assert "proposes" in c.reason


@pytest.mark.parametrize(
    ("subject", "body", "kind"),
    [
        # a time promised on a condition, a meeting that is over, a subject that names no interview
        ("Your interview application", "If you are shortlisted, we will call you on Monday 10 March at 10:00. "
         "We review applications every week.", None),
        ("Interview follow-up", "Thank you for meeting us on Tuesday at 10am. We will be in touch soon about the "
         "next steps.", None),
        ("Your application", "We will review applications for the interview stage from Friday 14 March at 10:00. "
         "Thank you for your interest.", None),
        # a decision after the interview stays a decision
        ("Interview outcome - Data Analyst", "Thank you for interviewing with us on 4 March at 10:00. Unfortunately "
         "we have decided not to move forward with your application.", "rejection"),
    ],
)  # fmt: skip
def test_no_time_proposed_is_no_invitation_by_shape(subject, body, kind):
    c = classify(subject, body)
    assert "proposes" not in c.reason
    if kind is not None:
        assert c.kind == kind


def _box(tmp_path, messages):
    return mail_corpus.write_mbox(
        tmp_path / "m.mbox", {"me": [ME], "timezone": "UTC", "applications": [], "contacts": [], "messages": messages}
    )


def _entry(ident, sender, subject, body, date):
    return {"id": ident, "label": "?", "sender": sender, "subject": subject, "body": body, "date": date}


def test_an_invitation_by_shape_joins_the_application_an_acknowledgement_started(tmp_path):
    invitation = _entry(
        "invite", "Lucía Peña <lucia.pena@harborfoods.example>", "Entrevista - Analista de Tesorería",
        "Hola Sam, te esperamos el jueves 13 de marzo a las 10:00 hrs en nuestras oficinas.\n\nLucía Peña\nTalento, Harbor Foods",
        "Mon, 10 Mar 2025 09:00:00 +0000",
    )  # fmt: skip
    ack = _entry(
        "ack", "Harbor Foods <no-reply@harborfoods.example>", "Gracias por tu postulación",
        "Hola Sam, hemos recibido tu postulación para la vacante Analista de Tesorería en Harbor Foods.",
        "Mon, 03 Mar 2025 09:00:00 +0000",
    )  # fmt: skip
    with Tracker.create(tmp_path / "t.sqlite", timezone="UTC") as t:
        result = import_mail(t, _box(tmp_path, [ack, invitation]), me=ME, create_applications=True, progress=False)
        assert t.applications["company"].tolist() == ["Harbor Foods"]
        got = result.messages.set_index("message_id" if "message_id" in result.messages else "position")
        assert sorted(result.messages["outcome"]) == ["applied", "applied"]
        assert t.events["kind"].tolist() == ["response"]
    # alone, the same invitation starts nothing: a recruiter's cold call for a time reads the same way
    with Tracker.create(tmp_path / "u.sqlite", timezone="UTC") as u:
        (tmp_path / "m.mbox").unlink()
        result = import_mail(u, _box(tmp_path, [invitation]), me=ME, create_applications=True, progress=False)
        assert u.applications.empty
        assert result.messages["outcome"].tolist() != ["applied"]
        del got


@pytest.mark.parametrize(
    ("subject", "body", "kind"),
    [
        ("Action needed: complete your Harbor assessment", "Hi Sam, the next step for the Team Lead role is a short "
         "online assessment. It takes about 30 minutes.", "information_request"),
        ("Please complete your pre-employment questionnaire", "Thank you for your interest in the Analyst position. "
         "Please fill in the questionnaire by Friday.", "information_request"),
        # an interview named in the subject is an invitation's, not a task's
        ("Action required: schedule your video interview", "Please pick a time for your interview with the team.",
         "interview_request"),
    ],
)  # fmt: skip
def test_a_task_asked_in_the_subject_is_an_information_request_that_only_joins(subject, body, kind):
    c = classify(subject, body)
    assert c.kind == kind
    if kind == "information_request":
        assert c.confident and not c.starts and "asks you to complete" in c.reason
