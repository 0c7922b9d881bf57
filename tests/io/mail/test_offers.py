"""An offer's reading: named only, made before, or a real one (issue 25)."""

from __future__ import annotations

import pytest

from followup_kit.io.mail.offers import formal_offer, named_only


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("this is not an offer of employment", True),
        ("completing these forms does not constitute an offer of employment", True),
        ("congratulations on your conditional offer of employment", True),
        ("as set out in your offer letter, please send the forms", True),
        ("we are pleased to make you an offer of employment", False),
        ("please find attached your offer letter", False),
    ],
)
def test_offer_words_that_only_name_an_offer(text, named):
    assert named_only(text, text.index("offer")) is named


@pytest.mark.parametrize(
    ("text", "real"),
    [
        ("we are pleased to offer you the role. your salary and start date are in the letter.", True),
        ("nous avons le plaisir de vous proposer le poste. votre contrat de travail est joint.", True),
        ("we are pleased to offer you the role.", False),  # nothing of a real offer's forms
        ("we are pleased to offer you the role at a salary of 5,000. no interview is required.", False),
        ("your offer letter is attached. please pay the processing fee to confirm.", False),
    ],
)
def test_an_offer_reads_as_real_with_its_forms_and_no_scams_marks(text, real):
    assert formal_offer(text) is real
