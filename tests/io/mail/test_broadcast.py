"""Mail sent to many people (issue 25): structure, not a list of senders."""

from __future__ import annotations

import pytest

from followup_kit.io.mail.broadcast import BROADCAST_RECIPIENTS, broadcast_reason, names_me

ME = ["alex.moreau@example.net"]


@pytest.mark.parametrize(
    "text",
    [
        "Dear Students,\nThe drive is on Monday.",
        "Hi all,\nPlease find the interview schedule below.",
        "Hello everyone, the results are out.",
        "The list of shortlisted candidates for the second round is attached.",
        "Results:\n21BCE0042\n21BCE0107\n21BCE0150\n21BCE0188\n21BCE0203\n",
        "This message goes to all registered students of the 2026 batch.",
        "The campus recruitment drive for the 2026 batch opens on Friday.",
    ],
)
def test_mail_to_many_people_is_a_broadcast(text):
    assert broadcast_reason(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Dear Alex,\nUnfortunately we will not be moving forward with your application.",
        "Hi Alex, we review all candidates carefully and will be in touch.",
        "Thank you for applying. We will contact selected candidates for interviews.",
        "Best regards,\nJordan Ellis\nTalent Partner\nHarbor Labs\n",
        "Hi Alex, thank you for applying. The Analyst role has been filled.\nThanks,\nHarbor Labs Campus Recruitment",
        "Hi Alex, we have made our final selection for this role with a different candidate.",
        "Hi Alex, we get hundreds of applications and cannot respond individually to all applicants.",
        "Hi Alex, we regret we cannot give feedback to all candidates.",
        # a letter to one student names the placement cell or campus drive the application went through
        "Hi Alex, your application to Quill Data via the Harbor Placement Cell has been submitted successfully.",
        "Dear Alex, thank you for registering for the Quill Data campus drive at Harbor Institute.",
        # "they all enjoyed" holds the letters of "hey all", no greeting
        "Hi Alex, thank you for the time with Sam, Chris and Jordan - they all enjoyed the discussion.",
        # a bilingual acknowledgement's French half: "only the candidates retained will be contacted"
        "Madame, Monsieur, merci d'avoir postulé. Seuls les candidats retenus pour la suite seront contactés.",
    ],
)
def test_mail_to_you_is_not(text):
    assert broadcast_reason(text) is None


def test_many_recipients_or_undisclosed_ones_make_a_broadcast():
    assert broadcast_reason("Hi", recipients=BROADCAST_RECIPIENTS) is not None
    assert broadcast_reason("Hi", recipients=BROADCAST_RECIPIENTS - 1) is None
    assert broadcast_reason("Hi", undisclosed=True) == "sent to undisclosed recipients"


def test_my_name_or_address_in_the_list():
    assert names_me("2. 21BCE0077 Moreau Alex", ME)
    assert names_me("write to alex.moreau@example.net", ME)
    assert not names_me("2. 21BCE0077 Alexa Moreno", ME)
    assert not names_me("anything", ["jobs@example.net"])


@pytest.mark.parametrize(
    ("text", "mine", "other"),
    [
        ("Dear Mr Siddiqui\n\nI am delighted to offer you the post.", ["alex.moreau@example.net"], "Siddiqui"),
        ("Hi Priya, unfortunately we will not move forward.", ["alex.moreau@example.net"], "Priya"),
        ("Dear Ms Moreau,\nThank you.", ["alex.moreau@example.net"], None),
        ("Bonjour,\nDear Noémie,", ["noemie.beaulieu@example.net"], None),
        ("Dear Noémie,\nMerci.", ["noemie.beaulieu@example.net"], None),  # accents folded
        ("Dear Applicant,\nThe position has been filled.", ["alex.moreau@example.net"], None),
        ("Dear Hiring Team,\n", ["alex.moreau@example.net"], None),
        ("Dear Mr Siddiqui,\n", ["coolcat99@example.net"], None),  # an address that spells no name
        # an address that opens on initials: "Daniel" may be "dj" Kowalczyk; "Priya" may not
        ("Dear Daniel,\nThe position has been filled.", ["djkowalczyk.cpa@example.net"], None),
        ("Dear Priya,\nThe position has been filled.", ["djkowalczyk.cpa@example.net"], "Priya"),
    ],
)
def test_a_letter_greeting_someone_else_is_told_apart(text, mine, other):
    from followup_kit.io.mail.broadcast import greets_someone_else

    assert greets_someone_else(text, mine) == other


def test_a_letter_to_you_among_everyone_who_applied_is_no_broadcast():
    from followup_kit.io.mail.broadcast import broadcast_reason

    text = "Hi Owen,\n\nWe are reaching out to everyone who applied for the Analyst Program. Your application is no "
    assert broadcast_reason(text + "longer under consideration.") is None
    assert broadcast_reason("We are reaching out to everyone who applied. The role is cancelled.") is not None


def test_a_spanish_letter_to_one_person_may_say_it_answers_everyone_who_applies():
    from followup_kit.io.mail.broadcast import broadcast_reason

    note = "Gracias por aplicar. Intentamos responder a todas las personas que aplican."
    assert broadcast_reason("¡Hola Pau!\n\n" + note) is None
    assert broadcast_reason("Hola a todos,\n\n" + note) is not None
