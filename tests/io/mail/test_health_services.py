"""Mail of a nurse's search in Australia's health services: a panel's choice of a colleague, a job's
title that names the degree it teaches, a professional registration that is no list of candidates,
a renewal that is no job, a hospital's acronym and its name with its city, a job's number in brackets,
and a manager's sign-off whose health service the domain writes.  Every name and address was written
for the kit."""

from __future__ import annotations

import mail_corpus
import pytest

from followup_kit.io.mail.applications import mail_application
from followup_kit.io.mail.broadcast import broadcast_reason
from followup_kit.io.mail.classify import classify
from followup_kit.io.mail.plan import _aliases
from followup_kit.io.mail.roles import requisition_in

ME = "jo.harlow@example.net"


@pytest.mark.parametrize(
    ("subject", "text", "kind"),
    [
        ("CSN role", "Hi Jo,\nThanks for putting your hand up for the Clinical Support Nurse position. The panel have "
         "decided to go with Sam for this round - he has been backfilling the role.", "rejection"),
        # a job's title that names the degree it teaches is a job
        ("Application Received - Clinical Teaching Associate - Master of Nursing Science - Job no. 0061842",
         "Dear Jo,\nThank you for your application for the position of Clinical Teaching Associate. This is an "
         "automated email to confirm we have received your application.", "acknowledgement"),
        # a professional registration renewed is no job
        ("Confirmation - your application for renewal has been received", "Dear Jo,\nThank you. Your application to "
         "renew your registration as a registered nurse has been received and payment processed.", "other"),
    ],
)  # fmt: skip
def test_a_nurses_mail_read_by_what_it_is_about(subject, text, kind):
    assert classify(subject, text).kind == kind


def test_your_current_registration_number_is_no_list_of_candidates():
    text = ("Hi Jo,\nWe've received your application for Clinical Nurse Specialist.\nPlease ensure your registration "
            "details are up to date. Applications without a current registration number may not be considered.")  # fmt: skip
    assert broadcast_reason(text) is None
    assert broadcast_reason("Please bring your registration number to the drive.") is not None


def test_a_hospitals_acronym_joins_its_name_with_its_city():
    assert _aliases(["Royal Harbour Hospital Melbourne", "RHH"]) == {"rhh": "royal harbour hospital melbourne"}


@pytest.mark.parametrize(
    ("subject", "number"),
    [
        ("Interview - CNE Critical Care Education (537920)", "537920"),
        ("Application received (Job No. 537920)", "537920"),
    ],
)
def test_a_jobs_number_in_brackets_or_after_job_no(subject, number):
    assert requisition_in(subject, "") == number


def test_a_managers_sign_off_names_the_health_service_its_domain_writes_over_a_suburb():
    text = ("Hi Jo,\nThanks so much for putting your hand up for the Clinical Support Nurse position at Sunshine. The "
            "panel have decided to go with Sam for this round.\n\nKA\n\nKerry Doolan\nNurse Unit Manager – Intensive "
            "Care\nFootscray Hospital, West Gate Health\n")  # fmt: skip
    app = mail_application("Kerry Doolan", "kerry.doolan@wgh.org.au", False, "CSN role", text)
    assert app is not None and app.company == "West Gate Health"


def test_a_platform_relaying_for_an_employer_names_it_in_its_sender(tmp_path):
    apps, _result = mail_corpus.import_letters(
        tmp_path,
        ME,
        [
            ("Harbour Health via LiveHire <notifications@livehire.com>", "Update on your application for Nurse Educator",
             "Tue, 15 Apr 2025 11:06:41 +1000", "Hi Jo,\n\nHarbour Health has shared an update about your application."
             "\n\n\"Dear Jo, thank you for your interest in the Nurse Educator position. We are writing to let you know "
             "that this position has now been filled.\"\n"),
        ],
    )  # fmt: skip
    assert list(zip(apps["company"], apps["status"])) == [("Harbour Health", "rejected")]
