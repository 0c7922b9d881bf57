"""Status words by meaning (followup_kit/io/sheets/columns.py): stems, phrase shapes and typos in four languages."""

from __future__ import annotations

import pandas as pd
import pytest

from followup_kit.io.sheets.columns import normalise_word
from followup_kit.io.sheets.status_words import read_statuses, word_meaning


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("reeejected", "rejected"),
        ("Rejection :(", "rejected"),
        ("Negative", "rejected"),
        ("Negative.", "rejected"),
        ("Negative (Application rejected)", "rejected"),
        ("abgesagt", "rejected"),
        ("Absage", "rejected"),
        ("No Current Opportunity", "rejected"),
        ("Role Filled / Closed", "rejected"),
        ("Application Closed", "rejected"),
        ("Closed by Morgan", "rejected"),
        ("No offer", "rejected"),
        ("Poste pourvu", "rejected"),
        ("Stelle besetzt", "rejected"),
        ("Suspected Ghost Job", "ghosted"),
        ("Not Contacted", "ghosted"),
        ("Keine Rückmeldung erhalten", "ghosted"),
        ("Not Pursued", "withdrawn"),
        ("Delivery Failed", "withdrawn"),
        # an offer the user turned down ends the application by the user's choice
        ("Offer declined", "withdrawn"),
        ("Offer!! (declined)", "withdrawn"),
        ("Oferta rechazada", "withdrawn"),
        ("Zusage - abgelehnt", "withdrawn"),
        ("declined their offer", "withdrawn"),
        ("Offer rescinded", "rejected"),  # taken back: the employer's no
        # the words people keep for themselves
        ("nope", "rejected"),
        ("no luck", "rejected"),
        ("rej", "rejected"),
        ("OA failed lol", "rejected"),
        ("radio silence", "ghosted"),
        ("crickets", "ghosted"),
        ("pulled my app", "withdrawn"),
        ("role pulled", "rejected"),
        ("2nd round!!", "interviewing"),
        ("final rd", "interviewing"),
        ("phone int", "interviewing"),
        ("recruiter call 11/12", "interviewing"),
        ("portfolio review", "interviewing"),
        ("no response yet", "applied"),
        ("on hold", "applied"),
        ("Inscrita", "applied"),
        ("Proceso cancelado", "rejected"),
        ("Preparing", "skip"),
        ("Por enviar", "skip"),
        # an end after a stage's phrase wins: rejected at the phone screen
        ("Phone screen - rejected", "rejected"),
        ("Rejected after phone screen", "rejected"),
        ("1st round - rejected", "rejected"),
        ("offer received - accepted", "accepted"),
        ("ongoing", "applied"),
        ("Active", "applied"),
        ("En cours de traitement", "applied"),
        ("Zweitgespräch", "interviewing"),
        ("2nd interview scheduled", "interviewing"),
        ("Accepted!", "accepted"),
        ("Inter + Rejec", "rejected"),  # an end wins over a stage
        # a stage by its own name; an end in the same cell still wins
        ("Technical", "interviewing"),
        ("Superday", "interviewing"),
        ("OA received", "interviewing"),
        ("Rejected after technical", "rejected"),
        # a board's list of notes is no stage; emoji read as their word, with the text beside them
        ("📌 Read me / resources", "skip"),
        ("❌ Rejected", "rejected"),
        ("⏳ waiting on HM", "applied"),
        ("Moved forward", "interviewing"),
    ],
)
def test_words_are_read_by_meaning(word, status):
    assert word_meaning(normalise_word(word))[0] == status


@pytest.mark.parametrize("word", ["Declined", "closed", "Interview declined", "purple", "Blue Moon", ""])
def test_ambiguous_or_unknown_words_are_not_read(word):
    assert word_meaning(normalise_word(word)) == (None, "")


def test_how_a_word_was_read_is_said_and_the_users_answer_comes_first():
    words = pd.Series(["rejected", "reeejected", "no current opportunity", "negative", "declined"])
    read = read_statuses(words, {"declined": "withdrawn", "rejected": "ghosted"})
    assert read.values.tolist() == [
        ["ghosted", "your answer"],
        ["rejected", "typo"],
        ["rejected", "shape"],
        ["rejected", "stem"],
        ["withdrawn", "your answer"],
    ]


def test_a_result_column_of_negatives_is_a_status_column(tmp_path):
    from followup_kit.io.sheets.plan import plan_sheet

    path = tmp_path / "jobs.csv"
    path.write_text(
        "Company,Applied,Result\n"
        "Acme,2025-01-06,Negative\nBorealis,2025-01-07,Negative.\nCobalt,2025-01-08,Negative (Application rejected)\n"
        "Dune,2025-01-09,\nEcho,2025-01-10,Negative\n"
    )
    plan = plan_sheet(path)
    fields = dict(zip(plan.columns["source"], plan.columns["field"], strict=True))
    assert fields["Result"] == "status"
    assert plan.parsed.values["status"].tolist() == ["rejected", "rejected", "rejected", None, "rejected"]


def test_an_outcome_column_of_unknown_repeated_words_is_still_the_status(tmp_path):
    from followup_kit.io.sheets.plan import plan_sheet

    path = tmp_path / "jobs.csv"
    path.write_text("Firma,Ergebnis\nA,Blau\nB,Blau\nC,Grün\nD,Blau\nE,Grün\n")
    plan = plan_sheet(path)
    assert dict(zip(plan.columns["source"], plan.columns["field"], strict=True))["Ergebnis"] == "status"
    assert plan.questions[["word", "rows"]].values.tolist() == [["Blau", 3], ["Grün", 2]]


@pytest.mark.parametrize(
    ("word", "status"),
    [("no", "rejected"), ("NO", "rejected"), ("nada", "ghosted"), ("👻", "ghosted"), ("verbal yes", "offer"),
     ("signed!", "accepted"), ("went w/ internal candidate", "rejected"), ("took it!!", "accepted"),
     ("nop", "rejected"), ("me bajé", "withdrawn"), ("cerraron la vacante", "rejected")],
)  # fmt: skip
def test_words_people_type_for_an_answer(word, status):
    assert word_meaning(normalise_word(word))[0] == status
