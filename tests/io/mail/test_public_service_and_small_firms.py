"""A public service's selection process that joins its mail by the process's code, screening results in
English and French, a posting cancelled or complete, an organisation that spells out its own acronym, a
small firm's partner signing with one of the firm's names, a volunteer board's invitation and a scam's
"you were shortlisted".  Every name, address and number was written for the kit."""

from __future__ import annotations

import mail_corpus
import pytest

from followup_kit.io.mail.applications import mail_application
from followup_kit.io.mail.classify import classify
from followup_kit.io.mail.roles import requisition_in

ME = "rowan.ilves@example.net"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("24-HLT-QC-EA-77310 – Screening notification", "Hello,\n\nFollowing the review of your application, the "
         "board determined that it did not show the essential experience. You have therefore been screened out of "
         "this process.\n"),
        ("Avis de présélection", "Bonjour,\n\nÀ la suite de l'examen de votre candidature, le comité a déterminé "
         "que l'expérience essentielle n'était pas démontrée. Votre candidature a donc été éliminée du processus.\n"),
        ("Requisition R-40912 – Posting update", "Hi Rowan,\n\nWe are writing to let you know that the Payroll "
         "Analyst position (R-40912) for which you applied has been cancelled and will not be filled at this time.\n"),
        ("REQ-5521 Payroll Lead – status of your application", "Hi Rowan,\n\nThank you for applying for the Payroll "
         "Lead position at Northgate Health. The recruitment for this role is now complete and the posting has been "
         "closed. We encourage you to apply to future postings.\n"),
        ("Cedar Point update", "Hi Rowan,\n\nI've had feedback from Cedar Point: they enjoyed meeting you but have "
         "decided to progress with another candidate who has more property lease accounting experience.\n"),
    ],
)  # fmt: skip
def test_decisions_of_a_screening_a_cancelled_posting_and_a_relayed_choice(subject, text):
    assert classify(subject, text).kind == "rejection"


@pytest.mark.parametrize(
    ("subject", "text", "kind"),
    [
        # a scam's "you were shortlisted" is no refusal
        ("Remote Payroll Clerk – $40/hr", "Hello,\n\nYour resume was found on a job board and you were shortlisted "
         "for a REMOTE payroll position.\n- No interview required\nAdd our manager on Telegram to proceed.\n", None),
        # a board's volunteer seat that would love to meet you is no job
        ("Treasurer – next step", "Hi Rowan,\n\nThank you for your interest in joining our community garden's board "
         "as Treasurer. The committee was impressed with your application and we'd love to meet you. Could you join "
         "us for a short call on Tuesday?\n\nThis is a volunteer position.\n", "other"),
        # a flat's applicant with more experience: the decision stays the flat's
        ("Your rental application", "We have decided not to proceed with your rental application; we chose another "
         "applicant with more rental experience.", "other"),
    ],
)  # fmt: skip
def test_no_refusal_read_into_a_scam_a_volunteer_board_or_a_flat(subject, text, kind):
    found = classify(subject, text)
    assert found.kind != "rejection"
    if kind is not None:
        assert found.kind == kind


def test_a_selection_processs_code_is_read_in_the_subject_and_after_its_label():
    assert requisition_in("Written exam invitation – 24-HLT-QC-EA-77310", "") == "24-HLT-QC-EA-77310"
    assert requisition_in(
        "Application submitted", "Selection process number: 24-HLT-QC-EA-77310\nPosition: Analyst"
    ) == ("24-HLT-QC-EA-77310")
    assert requisition_in("COVID-19 safety at our offices", "") is None  # two parts: no process's code


def test_a_public_services_mail_joins_its_application_by_the_processs_code(tmp_path):
    letters = [
        ("Jobs Portal <noreply@jobs.example.gc.ca>", "Application submitted - 24-HLT-QC-EA-77310",
         "Thu, 13 Feb 2025 21:10:00 -0500",
         "Thank you for applying to the job opportunity:\nSelection process number: 24-HLT-QC-EA-77310\n"
         "Position: Financial Officer (FI-02)\nOrganization: Department of Coastal Affairs\nLocation: Halifax\n\n"
         "Your application was successfully submitted on 2025-02-13.\n"),
        ("DCA Staffing Atlantic / Dotation Atlantique MAC <staffing.atl@dca-mac.example.gc.ca>",
         "Written exam invitation – 24-HLT-QC-EA-77310", "Mon, 03 Mar 2025 11:00:00 -0500",
         "Hello,\n\nYou are invited to complete an online written exam for selection process 24-HLT-QC-EA-77310. "
         "Please confirm your participation by reply.\n"),
        ("DCA Staffing Atlantic / Dotation Atlantique MAC <staffing.atl@dca-mac.example.gc.ca>",
         "24-HLT-QC-EA-77310 – Screening notification", "Mon, 24 Mar 2025 11:00:00 -0500",
         "Hello,\n\nFollowing the review of your application, you have therefore been screened out of this process.\n"),
    ]  # fmt: skip
    apps, _ = mail_corpus.import_letters(tmp_path, ME, letters)
    assert apps["company"].tolist() == ["Department of Coastal Affairs"]
    assert apps["status"].tolist() == ["rejected"]


def test_an_organisation_that_spells_out_its_acronym_is_named_once_and_its_job_read(tmp_path):
    ack = (
        "Dear Rowan,\n\nThank you for your interest in the Maritime Pension Standards Board of Nova (MPSB). We "
        "have received your application for the position of Senior Accountant, Finance (Requisition 2025-0871).\n"
    )
    found = mail_application("MPSB Careers", "mpsb+autoreply@talent.icims.com", True,
                             "MPSB: Application Received – Senior Accountant, Finance", ack)  # fmt: skip
    assert found.role == "Senior Accountant"
    letters = [
        ("MPSB Careers <mpsb+autoreply@talent.icims.com>", "MPSB: Application Received – Senior Accountant, Finance",
         "Mon, 02 Jun 2025 20:40:00 -0400", ack),
        ("Jo Marr <jo.marr@mpsbn.example>", "Interview – Senior Accountant, Finance", "Thu, 10 Jul 2025 13:49:00 -0400",
         "Hello Rowan,\n\nThank you for applying to the Senior Accountant, Finance position at MPSB. We would like to "
         "invite you to a virtual interview. Please let me know your availability on July 16 or 17.\n\nJo Marr\n"
         "Human Resources\nMaritime Pension Standards Board of Nova\n"),
    ]  # fmt: skip
    apps, _ = mail_corpus.import_letters(tmp_path, ME, letters)
    assert len(apps) == 1


def test_a_partner_signing_with_one_of_the_firms_names_is_a_person(tmp_path):
    found = mail_application(
        "Noreen Quillfeather",
        "nquillfeather@ashbyquillfeather.example",
        False,
        "Offer – Senior Manager, Ashby Quillfeather CPA",
        "Hi Rowan,\n\nWe are happy to offer you the position of Senior Manager. Attached is our offer letter.\n",
    )
    assert found.company != "Noreen Quillfeather"
    assert "Quillfeather" in found.company and "Ashby" in found.company
    # the firm's whole name at its own domain stays the firm's
    assert mail_application("Maison Tilleul", "rh@tilleul.example", False, "Votre candidature",
                            "Nous avons bien reçu votre candidature.").company == "Maison Tilleul"  # fmt: skip


def test_a_small_firms_reply_that_received_your_resume_acknowledges():
    text = (
        "Hi Rowan,\n\nThanks for sending your resume for the Senior Manager position we posted last week. Received, "
        "and passed along to my partner.\n"
    )
    assert classify("RE: Application – Senior Manager", text).kind == "acknowledgement"
    assert classify("Coffee", "Thanks for sending your resume, I'll keep an eye out for anything.").kind == "other"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Atualização sobre sua candidatura", "Olá Rowan,\n\nAgradecemos seu interesse. Após análise, decidimos seguir "
         "com outro(a) candidato(a) para esta vaga."),
        ("Processo seletivo", "Olá,\n\nSua candidatura foi reprovada nesta etapa do processo."),
        ("Tu candidatura", "Hola Rowan,\n\nTe informamos que tu candidatura ha sido descartada para esta posición."),
        ("Proceso de selección", "Hola Rowan,\n\nYa hemos cubierto la vacante de Jefe de Almacén. Gracias por tu interés."),
    ],
)  # fmt: skip
def test_portuguese_and_spanish_decisions_written_for_both_genders_or_with_the_noun_after(subject, text):
    assert classify(subject, text).kind == "rejection"


def test_a_portuguese_promise_of_an_answer_if_not_chosen_is_no_decision():
    text = (
        "Oi, Rowan!\n\nObrigado por se candidatar à vaga de Designer na Quarzo.\n\nSe não avançarmos, você vai "
        "receber um retorno nosso. Prometemos não te deixar sem resposta.\n"
    )
    assert classify("Quarzo | Recebemos sua candidatura para Designer", text).kind == "acknowledgement"


def test_an_offer_that_asks_you_to_buy_equipment_reads_like_a_scam():
    text = (
        "Dear Rowan,\n\nFollowing your profile review, we are pleased to offer you the position of LOGISTICS "
        "COORDINATOR (REMOTE).\n\nSalary: 4.800 EUR per month\nStart date: Immediate\n\nTo confirm your position, you "
        "must purchase the work equipment kit (laptop + software) from our approved supplier. The cost will be "
        "reimbursed in your first salary. Please send payment confirmation within 48 hours.\n"
    )
    found = classify("Offer Letter - Logistics Coordinator (Remote)", text)
    assert found.scam and not found.confident


def test_a_short_title_with_a_digit_in_a_boards_subject_stays_the_role():
    from followup_kit.io.mail.platforms import platform_of
    from followup_kit.io.mail.templates import read_template

    board = platform_of("noreply@seek.com.au")
    found = read_template(
        board, "Application submitted: RN 2", "Your application for RN 2 has been sent to Harbour Health.\n"
    )
    assert found is not None and found.role == "RN 2"
