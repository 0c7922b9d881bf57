"""Hourly jobs' mail in the US: job titles of stores, warehouses and cities that are no employer, hiring
paused and an application closed out, seasonal positions filled, a subject that ends on its verdict, a
store's hiring drive and a survey that decide nothing, a scam's "acknowledgement" and a real one that warns
against scams.  Every name, address and number was written for the kit."""

from __future__ import annotations

import pytest

from followup_kit.io.mail.broadcast import broadcast_reason
from followup_kit.io.mail.classify import classify
from followup_kit.io.mail.platforms import is_employer_name


def test_hourly_job_titles_name_no_employer():
    for title in ("Forklift Operator", "REFUSE COLLECTOR", "Crewmember", "Package Handler", "Night Stocker"):
        assert not is_employer_name(title), title
    assert is_employer_name("Harbor Foods") and is_employer_name("Cook County")


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Update on your Quickmart application", "Hi Jay,\n\nWe've paused hiring for Warehouse Team Members at our "
         "Columbus location, so we are closing out your application for this opening.\n"),
        ("Update on your application - Seasonal Associate", "Hi Jay,\n\nAll Seasonal Associate positions (JR-2025-3319) "
         "for the 2025 peak season have now been filled, and we are no longer accepting candidates for this "
         "requisition.\n"),
        ("Application status update - Crewmember - Not moving forward", "Hi Jay,\n\nYour application status has "
         "changed.\n\nHarbor Chicken - Short North\nCrewmember\n"),
    ],
)  # fmt: skip
def test_hourly_decisions(subject, text):
    assert classify(subject, text).kind == "rejection"


def test_a_hiring_drive_and_a_survey_decide_nothing():
    drive = (
        "Hi there,\n\nOur stores are hiring! Stop by any store every Tuesday for on-the-spot interviews.\n\nNow hiring:\n"
        "- Deli Clerks\n- Night Stockers\n\nYou received this email because you opted in to job communications.\n"
    )
    assert broadcast_reason(drive) is not None
    survey = "Hi Jay,\n\nYou recently applied at Harbor Mart. We'd love to hear how it went - whether or not you were selected."
    found = classify("Tell us about your experience applying", survey)
    assert found.kind != "rejection" or not found.confident


def test_a_scams_acknowledgement_reads_like_one_and_a_warning_against_scams_does_not():
    scam = (
        "Hello,\n\nYour resume has been forwarded to us from an online job board. We are hiring remote assistants.\n"
        "Pay: $45/hr, paid DAILY\nTo proceed please add our hiring manager on WhatsApp and send the code.\n"
    )
    assert classify("Remote Part Time Position - $45/hr", scam).scam
    real = (
        "Dear Jay,\n\nThank you for your application to Harbor Bank. We have received your application.\n\n"
        "Please be aware: Harbor Bank will never ask you to pay a fee or for your bank details during recruitment.\n"
    )
    found = classify("Thank you for your application to Harbor Bank", real)
    assert found.kind == "acknowledgement" and not found.scam and found.confident
