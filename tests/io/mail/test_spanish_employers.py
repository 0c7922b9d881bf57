"""Spanish mail: InfoJobs's confirmation card and its change of status to a discard, a staffing agency's
"se ha registrado correctamente", public bodies' results ("Resultado: NO APTA", "no continuará en el
proceso"), decisions relayed by agencies, an agency that keeps its client unnamed, and an ATS sender's name
that reads like a person's but signs under its team.  Every name and address was written for the kit."""

from __future__ import annotations

import mail_corpus
import pytest

from followup_kit.io.mail.applications import mail_application
from followup_kit.io.mail.classify import classify

ME = "rowan.ferrero@example.net"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Comunicación de resultado - Convocatoria 2025/014", "Estimada Sra. Ferrero:\n\nLe comunicamos que no ha "
         "alcanzado la puntuación mínima exigida, por lo que no continuará en el proceso.\n"),
        ("Notificación de resultado - Prueba de conocimientos", "Estimada Sra. Ferrero:\n\nPuesto: Técnico/a de Logística\nCalificación obtenida: 11,40 "
         "puntos\nResultado: NO APTA\n"),
        ("Almacenes Norte - feedback", "Hola Rowan,\n\nAl final han decidido cerrar la posición con un candidato interno "
         "que ya conocía el WMS.\n"),
        ("Feedback Panaderías Sur", "Hola Rowan,\n\nTe valoraron muy bien. Aun así, han decidido seguir con otro "
         "finalista que conoce mejor sus canales.\n"),
    ],
)  # fmt: skip
def test_spanish_decisions(subject, text):
    assert classify(subject, text).kind == "rejection"


def test_a_staffing_agencys_registration_acknowledges_and_its_unnamed_clients_answer_names_no_employer():
    text = (
        "Hola Rowan,\n\nTu candidatura para la oferta JEFE DE ALMACÉN (Ref. 1184-227) se ha registrado correctamente.\n"
    )
    assert classify('Tu candidatura a "Jefe de Almacén" se ha registrado', text).kind == "acknowledgement"
    answer = mail_application(
        "Óscar Mateos",
        "oscar.mateos@adecco.com",
        False,
        "Proceso Jefe de Almacén",
        "Hola Rowan:\n\nNuestro cliente ha decidido avanzar con otras candidaturas que encajan mejor (sobre todo "
        "experiencia en el sector farma y en GDP).\n",
    )
    assert answer is None or answer.company in ("", "Adecco")


def test_an_ats_senders_name_that_signs_under_its_team_is_the_employer():
    found = mail_application(
        "Calidad Montes",
        "noreply@talentclue.com",
        True,
        "Información sobre tu candidatura - Jefe de Distribución",
        "Hola Rowan,\n\nTras valorar todas las candidaturas, te informamos de que no continuarás en el proceso.\n\n"
        "Un saludo,\nEquipo de Selección\nCalidad Montes\n\nPowered by Talent Clue\n",
    )
    assert found.company == "Calidad Montes"


def test_infojobs_confirmation_card_and_its_discard_build_one_rejected_application(tmp_path):
    letters = [
        ("InfoJobs <noreply@infojobs.net>", "Te has inscrito en la oferta Jefe de Almacén y Expediciones",
         "Wed, 16 Apr 2025 22:19:44 +0200", "¡Inscripción realizada!\n\nRowan, tu candidatura se ha enviado "
         "correctamente a:\n\nJefe de Almacén y Expediciones\nEmbutidos Lavanda Group\nMadrid · Contrato indefinido\n"),
        ("InfoJobs <noreply@infojobs.net>", "Tu candidatura en Jefe de Almacén y Expediciones ha cambiado de estado",
         "Mon, 12 May 2025 13:33:32 +0200", "Hola Rowan,\n\nEl estado de tu candidatura ha cambiado:\n\nJefe de Almacén "
         "y Expediciones\nEmbutidos Lavanda Group · Madrid\n\nEstado: DESCARTADA\n"),
        ("InfoJobs <noreply@infojobs.net>", "Tu candidatura en Jefe de Almacén y Expediciones ha cambiado de estado",
         "Mon, 28 Apr 2025 10:00:00 +0200", "Hola Rowan,\n\nEl estado de tu candidatura ha cambiado:\n\nJefe de Almacén "
         "y Expediciones\nEmbutidos Lavanda Group · Madrid\n\nEstado: EN PROCESO\n"),
    ]  # fmt: skip
    apps, result = mail_corpus.import_letters(tmp_path, ME, letters)
    assert apps[["company", "role", "status"]].values.tolist() == [
        ["Embutidos Lavanda Group", "Jefe de Almacén y Expediciones", "rejected"]
    ]
    assert sorted(result.messages["kind"]) == ["acknowledgement", "other", "rejection"]
