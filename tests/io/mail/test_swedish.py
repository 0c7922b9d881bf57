"""Mail in Swedish (words/sv.toml and the Nordic phrases): a job's role after "tjänsten", decisions that
never say "tyvärr", public bodies writing through Visma Recruit and ReachMee, and an agency that
presents you to its client.  Every name, address and sentence was written for the kit."""

from __future__ import annotations

import pytest

from followup_kit.io.mail.applications import mail_application
from followup_kit.io.mail.classify import classify
from followup_kit.io.mail.roles import first_sentences, role_in


@pytest.mark.parametrize(
    ("subject", "text", "role"),
    [
        ("Tack för din ansökan till Norrsken", "Hej Alva!\n\nTack för din ansökan till tjänsten Systemutvecklare Java "
         "hos Norrsken. Vi har tagit emot den.", "Systemutvecklare Java"),
        ("Tack för din ansökan!", "Hej Alva!\n\nTack för din ansökan till Backendutvecklare – Lindö Stockholm.",
         "Backendutvecklare"),
        # "till" before an employer's name is no role
        ("Din ansökan till Lindömyndigheten är registrerad", "Hej Alva,\n\nTack för din ansökan till tjänsten "
         "Systemutvecklare (Dnr 2025-410).", "Systemutvecklare"),
        ("SV: Ansökan: Backendutvecklare (Kotlin) – Alva Berg", "Hej Alva!\nTack, den har kommit fram.",
         "Backendutvecklare"),
        ("Tack för din ansökan till Lindö", "Hej!\n\nTack för att du sökt tjänsten som Dataingenjör hos oss på Lindö.",
         "Dataingenjör"),
    ],
)  # fmt: skip
def test_the_role_after_tjansten_or_ansokan(subject, text, role):
    assert role_in(first_sentences(subject, text)) == role


@pytest.mark.parametrize(
    "text",
    [
        "Hej Alva,\nVi har nu genomfört alla intervjuer för tjänsten. Det blev inte du den här gången.",
        "Hej Alva,\nVi har gått igenom alla ansökningar till tjänsten. Den här gången blev det inte du.",
        "Hej Alva,\nVi väljer att inte ta din ansökan vidare till intervju för tjänsten i nuläget.",
        "Hej Alva,\nVi har nu avslutat rekryteringen till tjänsten och gått vidare med en annan kandidat.",
        "Hej Alva,\nLindöverket har beslutat att anställa en annan sökande i tjänsten. Rekryteringen är därmed avslutad.",
        "Hej Alva,\nDe har efter intervjuerna valt en kandidat med mer erfarenhet av CMS för tjänsten.",
        # English through a Swedish employer's platform
        "Hi Alva,\nWe have now reviewed all applications for the role, and we have decided to continue the process "
        "with candidates whose experience more closely matches the team's needs.",
        "Hi Alva,\nWe've discussed your application for the role and we won't be taking the process further.",
    ],
)  # fmt: skip
def test_a_decision_without_tyvarr(text):
    assert classify("Besked angående din ansökan", text).kind == "rejection"


def test_the_question_who_goes_on_is_no_decision():
    text = "Hej Alva,\nTack för din ansökan till tjänsten. Vi återkommer om vem vi går vidare med efter sista ansökningsdag."
    assert classify("Tack för din ansökan", text).kind != "rejection"


@pytest.mark.parametrize(
    ("display", "sender", "text", "company"),
    [
        ("Region Lindö", "noreply@reachmee.com", "Hej Alva,\nTack för att du har sökt tjänsten Utvecklare inom Region "
         "Lindö.\nVi har registrerat din ansökan.", "Region Lindö"),
        ("Lindö stad", "no-reply@recruit.visma.com", "Hej Alva!\nTack för att du har sökt jobbet som Utvecklare hos "
         "Lindö stad.\nVi har tagit emot din ansökan.", "Lindö stad"),
        # a recruiting team's word is no employer: the sender's name is
        ("Lindökassan", "no-reply@recruit.visma.com", "Hej Alva!\nVi har tagit emot din ansökan.\n\nMed vänlig "
         "hälsning\nLindökassan\nHR-avdelningen, Rekrytering", "Lindökassan"),
    ],
)  # fmt: skip
def test_a_public_body_through_its_recruiting_system_is_the_employer(display, sender, text, company):
    app = mail_application(display, sender, True, "Tack för din ansökan", text)
    assert app is not None and app.company == company


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("SV: Backend-roll i Kista", "Hej Alva!\nJag har presenterat dig för Lindö Telekom och de vill gärna träffa dig "
         "för en första intervju."),
        ("Utvecklare till Lindö Media – några frågor", "Hej Alva,\nTack för din ansökan till tjänsten som vi "
         "rekryterar till Lindö Media!\nInnan jag presenterar dig för kunden behöver jag några uppgifter."),
    ],
)  # fmt: skip
def test_an_agency_presents_you_to_its_client(subject, text):
    app = mail_application("Maja Ek", "maja.ek@smallrekrytering.example", False, subject, text)
    assert app is not None and app.company in ("Lindö Telekom", "Lindö Media")


def test_an_application_for_transition_support_is_no_job():
    text = "Hej Alva,\nVi har tagit emot din ansökan om omställningsstöd och du är nu registrerad hos oss."
    assert classify("Välkommen till Norrstöd, Alva", text).kind == "other"
    assert classify("Tack för din ansökan", "Hej Alva,\nVi har tagit emot din ansökan till tjänsten.").kind == (
        "acknowledgement"
    )
