"""A recruiter's letter with its licence numbers in the signature, decisions relayed or stated in a
subject's last words, a job's code that joins mail naming the employer two ways, an acronym the
mail itself uses, and a role named after the employer.  Every name and address was written for the kit."""

from __future__ import annotations

import mail_corpus
import pytest

from followup_kit.io.mail.applications import mail_application
from followup_kit.io.mail.broadcast import broadcast_reason
from followup_kit.io.mail.classify import classify
from followup_kit.io.mail.roles import first_sentences, role_in, role_in_field

ME = "lin.tan@example.net"


def test_a_recruiters_licence_numbers_are_no_list_of_candidates():
    text = (
        "Hi Lin,\nThanks for your application for the Senior Analyst role. Are you free for a call tomorrow?\n\n"
        "Best,\nKai Ong\nHarbor Search Singapore\nEA Registration No. R1234567 | EA Licence No. 11C2233\n"
    )
    assert broadcast_reason(text) is None
    assert broadcast_reason("Dear all,\nThe registration numbers below are shortlisted:\n") is not None


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Analyst - Req 4410", "Dear Lin,\nThank you for meeting the team. Having considered all of the interviews, we "
         "will be offering the role to another candidate whose experience is a closer match."),
        ("Lumen feedback", "Hi Lin,\nI've just got off the phone with Lumen. They liked your answers for the Analyst role, but they have "
         "decided not to take you through to the second round."),
        ("Lumen | Data Analyst, Marketplace - not progressing", "Hi Lin,\nThank you for your interest in Lumen and "
         "the time you invested in applying for the Data Analyst role. We'll keep your details on file."),
        ("Application status update - Analyst (0087541): not selected", "Hello Lin,\nThere has been an update to "
         "your application for Analyst (0087541). Please sign in to view the details."),
    ],
)  # fmt: skip
def test_a_decision_stated_by_a_recruiter_or_in_the_subjects_last_words(subject, text):
    assert classify(subject, text).kind == "rejection"


def test_a_subject_that_only_asks_is_no_verdict():
    assert classify("Were you selected? - not selected yet", "Hi Lin, any news on your search?").kind != "rejection"


def test_the_role_named_after_the_employer_is_the_role():
    sentences = first_sentences(
        "Action Required", "Dear Lin,\nThank you for your application to the Harbor Data Agency for the position "
        "of Data Analyst (Product Analytics).\n"
    )  # fmt: skip
    assert role_in(sentences) == "Data Analyst"


def test_an_acronym_the_text_uses_is_the_employers_name_and_one_it_only_spells_out_is_expanded():
    said = mail_application(
        "HSBX Talent Acquisition", "jobs@hsbx.example", False, "Thank you for your application to HSBX",
        "Dear Lin,\nThank you for your application.\nHSBX will never ask you to pay a fee.\n"
        "The Harbor Shipping Bank Xchange Corporation Limited",
    )  # fmt: skip
    assert said.company == "HSBX"


def test_a_jobs_code_joins_mail_that_names_the_employer_two_ways(tmp_path):
    apps, result = mail_corpus.import_letters(
        tmp_path,
        ME,
        [
            ("Careers Portal <noreply@jobs.portal.example>", "Application Submitted: Senior Analyst - Harbor Provident "
             "Fund Board", "Wed, 02 Jul 2025 21:18:26 +0800", "Dear Lin,\n\nYour application has been submitted "
             "successfully.\n\nAgency: Harbor Provident Fund Board\nJob Title: Senior Analyst\nJob ID: HPFB-2025-00591\n"),
            ("Mei Ong <mei_ong@hpf.example>", "HPF Board - Interview for Senior Analyst [HPFB-2025-00591]",
             "Tue, 29 Jul 2025 16:48:03 +0800", "Dear Ms Tan,\n\nThank you for your application for the position of "
             "Senior Analyst.\nWe are pleased to invite you to an interview on 8 August 2025 at 10am.\n\nRegards,\n"
             "Mei Ong\nTalent Acquisition"),
        ],
    )  # fmt: skip
    assert list(apps["company"]) == ["Harbor Provident Fund Board"]
    assert str(apps["applied_on"].iloc[0])[:10] == "2025-07-02"
    assert result.messages["application_id"].nunique() == 1


@pytest.mark.parametrize(
    ("subject", "text", "client"),
    [
        ("Senior Analyst role (from your job-board application)", "Hi Lin,\nThanks for applying to our Senior Analyst "
         "ad. The client is Harbor Insurance (the former Harbor Mutual). Can you do a call on Thursday?",
         "Harbor Insurance"),
        ("Ingegnere di Processo Senior", "Ciao Lin,\nti confermo che il cliente per cui stiamo selezionando la "
         "posizione di Ingegnere di Processo Senior è Acciaierie Rivalta. Il tuo profilo è piaciuto.", "Acciaierie Rivalta"),
        ("RE: colloquio", "Ciao Lin,\ncome anticipato, il cliente è Forni Castello (gruppo Nord) e la posizione è "
         "quella di Process Engineer.", "Forni Castello"),
        ("Proposta Acciaierie Rivalta - Ingegnere di Processo", "Ciao Lin,\nsono contenta di comunicarti che "
         "Acciaierie Rivalta ha deciso di formularti una proposta di assunzione.", "Acciaierie Rivalta"),
    ],
)  # fmt: skip
def test_an_agency_tells_its_client_by_name(subject, text, client):
    app = mail_application("Kai Ong", "kai@smallsearch.example", False, subject, text)
    assert app is not None and app.company == client


def test_a_client_looking_for_someone_is_no_name():
    app = mail_application("Kai Ong", "kai@smallsearch.example", False, "A role", "Hi Lin,\nThe client is looking "
                           "for someone with SQL. Interested?")  # fmt: skip
    assert app is None or app.company != "looking"


def test_a_firms_legal_name_with_its_country_beats_a_title_lines_unit():
    text = ("Dear Lin,\nThe hiring manager would like to invite you to an interview for the Analyst role.\n\nBest "
            "regards,\nMei Tan\nTalent Acquisition Partner, Client & Enterprise Functions\nHarbor Chartered Bank "
            "(Singapore) Limited\n8 Marina Boulevard\n")  # fmt: skip
    app = mail_application("Mei Tan", "mei.tan@hcb.example", False, "Interview invitation - Analyst", text)
    assert app is not None and app.company == "Harbor Chartered Bank"


@pytest.mark.parametrize(
    "text",
    [
        "Ciao Lin,\nil Responsabile Ingegneria vorrebbe conoscerti.\n\nDettagli del colloquio:\n- Data: martedì 27 "
        "maggio, ore 14:30",
        "Ciao Lin,\nho condiviso il tuo profilo con la HR, che vorrebbero incontrarti di persona mercoledì alle 11.",
    ],
)  # fmt: skip
def test_an_italian_recruiter_sets_an_interview(text):
    found = classify("Colloquio Ingegnere di Processo", text)
    assert (found.kind, found.confident) == ("interview_request", True)


def test_public_portals_name_the_administration_or_the_employer_on_the_card(tmp_path):
    apps, _result = mail_corpus.import_letters(
        tmp_path,
        ME,
        [
            ("Portale inPA <noreply@inpa.gov.it>", "Ricevuta di invio candidatura - Codice candidatura 2025-HX-0041",
             "Wed, 19 Feb 2025 23:18:56 +0100", "Gentile LIN TAN,\n\nla presente per confermare che la candidatura "
             "relativa alla procedura\n\nCOMUNE DI BORGOVERDE – Concorso pubblico, per esami, per n. 2 posti di "
             "Funzionario tecnico\n\nè stata inviata correttamente in data 19/02/2025.\n"),
            ("MyCareersFuture <noreply@mycareersfuture.gov.sg>", "Application sent: Analytics Executive",
             "Thu, 18 Sep 2025 21:15:44 +0800", "Hi LIN TAN,\n\nYou have successfully applied for the following job:\n\n"
             "Analytics Executive (Data Analyst)\nHARBOR GROCERS CO-OPERATIVE LIMITED\nMCF-2025-0902214\n"),
            ("MyCareersFuture <noreply@mycareersfuture.gov.sg>", "Update on your application: Analytics Executive "
             "(Data Analyst)", "Mon, 20 Oct 2025 10:05:39 +0800", "Hi LIN TAN,\n\nThere is an update on the following "
             "job application:\n\nAnalytics Executive (Data Analyst)\nHARBOR GROCERS CO-OPERATIVE LIMITED\n\n"
             "Application status: Unsuccessful\n\nThe employer has indicated that your application was not "
             "successful for this position.\n"),
        ],
    )  # fmt: skip
    apps = apps.set_index("company")
    assert set(apps.index) == {"COMUNE DI BORGOVERDE", "HARBOR GROCERS CO-OPERATIVE"}
    assert apps.at["HARBOR GROCERS CO-OPERATIVE", "status"] == "rejected"
    assert apps.at["HARBOR GROCERS CO-OPERATIVE", "role"] == "Analytics Executive (Data Analyst)"


def test_a_requirement_put_on_hold_by_the_client_relayed_by_an_agency():
    text = ("Hi Lin,\nSorry for the delay. I checked with the client - the requirement for Manual Test Engineer has been "
            "put on hold by their team, and they will not be proceeding with any of the candidates interviewed.")  # fmt: skip
    assert classify("RE: Manual Test Engineer (Contract) | Interview Confirmation", text).kind == "rejection"
    app = mail_application("Vinay Kumar", "vinay.kumar@smallstaffing.example", False, "RE: Manual Test Engineer", text)
    assert app is None or not app.company  # the agency keeps its client unnamed here: review, not its own name


def test_a_cards_role_field_and_a_boards_you_applied_to_x_for_role(tmp_path):
    assert (
        role_in_field("Company: Harbor Pay\nRole: QA Engineer (0-1 yrs)\nLocation: Bengaluru")
        == "QA Engineer (0-1 yrs)"
    )
    apps, _result = mail_corpus.import_letters(
        tmp_path,
        ME,
        [
            ("Instahyre <notifications@instahyre.com>", "You applied to Harbor Pay for QA Engineer (0-1 yrs)",
             "Tue, 26 Aug 2025 13:09:55 +0530", "Hi Lin,\n\nYour application has been sent!\n\nCompany: Harbor Pay\n"
             "Role: QA Engineer (0-1 yrs)\nLocation: Bengaluru\n"),
        ],
    )  # fmt: skip
    assert list(zip(apps["company"], apps["role"])) == [("Harbor Pay", "QA Engineer (0-1 yrs)")]
