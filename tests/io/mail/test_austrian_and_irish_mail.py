"""Austrian German and Irish public-service mail: conditions written as German do ("Langen die Unterlagen nicht
fristgerecht ein, ...", "Ohne Vervollständigung ..."), decisions of public bodies and firms, "eingelangt", a
verdict subject with its dash dropped, federal portals that name the ministry, a course's outcome, and a
recruiter with an Irish surname.  Every name, address and number was written for the kit."""

from __future__ import annotations

import mail_corpus
import pytest

from followup_kit.io.mail.applications import mail_application
from followup_kit.io.mail.classify import classify
from followup_kit.io.mail.persons import looks_like_person
from followup_kit.io.mail.roles import requisition_in


@pytest.mark.parametrize(
    "text",
    [
        "Sehr geehrte Frau Berger,\n\nbei der Prüfung Ihrer Bewerbung fehlen Nachweise. Wir ersuchen Sie, die Unterlagen "
        "hochzuladen. Langen die Unterlagen nicht fristgerecht ein, kann Ihre Bewerbung im weiteren Verfahren leider "
        "nicht berücksichtigt werden.\n",
        "Sehr geehrte Frau Berger,\n\nbitte vervollständigen Sie Ihr Profil. Ohne Vervollständigung können wir Ihre "
        "Bewerbung leider nicht berücksichtigen.\n",
    ],
)
def test_german_conditions_without_if_decide_nothing(text):
    found = classify("Ihre Bewerbung – bitte Unterlagen nachreichen", text)
    assert not (found.kind == "rejection" and found.confident)


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Information zu Ihrer Bewerbung", "Sehr geehrte Frau Berger,\n\nwir dürfen Sie informieren, dass die "
         "ausgeschriebene Position zwischenzeitlich intern nachbesetzt werden konnte und das Auswahlverfahren daher "
         "abgeschlossen ist.\n"),
        ("Mitteilung über das Ergebnis des Auswahlverfahrens", "Sehr geehrte Frau Berger,\n\ndanke für Ihre Bewerbung. "
         "Die Kommission hat eine andere Person als am besten geeignet beurteilt.\n"),
        ("Ihre Bewerbung bei den Stadtbahnen", "Sehr geehrte Frau Berger,\n\nnach reiflicher Überlegung haben wir uns "
         "entschieden, Kandidat*innen mit Erfahrung im Fahrdienst-Training zu Gesprächen einzuladen.\n"),
        ("Absage – Personalentwicklung (m/w/d) – ID 7731", "Sehr geehrte Frau Berger,\n\nwir bedanken uns nochmals für "
         "Ihre Bewerbung und das angenehme Gespräch.\n"),
        ("Ihre Bewerbung war leider ohne Erfolg", "Sehr geehrte Frau Berger,\n\nwir haben uns für eine andere "
         "Bewerberin entschieden.\n"),
    ],
)  # fmt: skip
def test_austrian_decisions(subject, text):
    assert classify(subject, text).kind == "rejection"


def test_an_austrian_acknowledgement_and_a_meetings_cancellation():
    text = "Sehr geehrte Frau Berger,\n\nIhre Unterlagen sind vollständig bei uns eingelangt.\n"
    assert classify("Ihre Bewerbung als HR Business Partner", text).kind == "acknowledgement"
    assert classify("Absage des Termins am Dienstag", "Hallo, der Termin entfällt leider.").kind != "rejection"


def test_a_federal_portals_confirmation_and_its_reference_and_an_insurers_name():
    text = (
        "Ihre Bewerbung für folgende Ausschreibung ist eingelangt:\nDienststelle: Bundesministerium für Landwirtschaft\n"
        "Funktion: Referent*in\nKennzahl: BML-2025-0142\n"
    )
    found = mail_application("Jobbörse des Bundes", "noreply@jobboerse.gv.at", True, "Eingangsbestätigung", text)
    assert found.company == "Bundesministerium für Landwirtschaft" and found.requisition == "BML-2025-0142"
    assert requisition_in("Einladung", "Ihre Bewerbung (Kennzahl BML-2025-0142) ...") == "BML-2025-0142"
    insurer = mail_application(
        "Donau Städtische Versicherung – Recruiting",
        "bewerbung@donau.rexx-recruitment.com",
        True,
        "Ihre Bewerbung: Personalreferent:in (Kennzahl 2025/031)",
        "Sehr geehrte Frau Berger,\n\nwir bestätigen den Eingang Ihrer Bewerbung für die Position\nPersonalreferent:in "
        "(Kennzahl 2025/031)\n",
    )
    assert insurer.company == "Donau Städtische Versicherung" and insurer.role == "Personalreferent:in"


def test_irish_mail_a_courses_outcome_a_public_competition_and_a_recruiter():
    course = (
        "Dear Aoife,\n\nThank you for applying for the Certificate in Cloud Computing under a funded scheme.\n\nWe "
        "regret to inform you that your application has been unsuccessful as you do not meet the eligibility criteria "
        "for employed applicants on this course.\n"
    )
    assert classify("Application outcome - Certificate in Cloud Computing", course).kind == "other"
    competition = mail_application(
        "publicjobs",
        "noreply@publicjobs.ie",
        True,
        "Application Received - Executive Officer (Test Analyst) Harbour Revenue",
        "Dear Aoife,\n\nThank you for your application for the competition:\nExecutive Officer (Test Analyst) - Office "
        "of the Harbour Revenue Commissioners\nCompetition reference: 25117\n",
    )
    assert competition.company == "Harbour Revenue Commissioners"
    assert looks_like_person("Fiachra O'Driscoll")


def test_a_platform_hiring_for_itself_and_a_boards_update_naming_role_and_employer(tmp_path):
    own = mail_application(
        "Personio",
        "jobs@personio.de",
        True,
        "Your application as QA Engineer (m/f/d) - Dublin",
        "Dear Aoife,\n\nThank you again for your interest in Personio. We have decided to proceed with candidates whose "
        "profiles match the requirements more closely.\n",
    )
    assert own.company == "Personio"
    letters = [
        ("Quayside via Indeed <noreply@indeed.com>", "An update on your application for QA Engineer at Quayside",
         "Wed, 16 Apr 2025 11:32:51 +0000", "An update from Quayside\n\nHi Aoife,\n\nAfter reviewing your application, "
         "the employer has decided not to move forward at this time.\n"),
    ]  # fmt: skip
    apps, _ = mail_corpus.import_letters(tmp_path, "aoife.byrne@example.net", letters)
    assert apps[["company", "role", "status"]].values.tolist() == [["Quayside", "QA Engineer", "rejected"]]
