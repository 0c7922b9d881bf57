"""German mail as employers, agencies and portals write it: decisions of a public selection and of a
relayed message, invitations to a selection interview, an agency that sent your profile to its client,
a firm's legal name that reads like its founder's, a professor's titles, a street in a signature, a
portal that names the body that advertised, and the words of a "what's next" list.  Every name, address
and number was written for the kit."""

from __future__ import annotations

import mail_corpus
import pytest

from followup_kit.io.mail.applications import mail_application
from followup_kit.io.mail.classify import classify
from followup_kit.io.mail.persons import looks_like_person
from followup_kit.io.mail.places import STREET
from followup_kit.io.mail.platforms import platforms

ME = "lena.oberholzer@example.net"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Mitteilung über das Ergebnis des Auswahlverfahrens", "Sehr geehrte Frau Oberholzer,\n\nauf Grundlage der "
         "eingegangenen Bewerbungen wurde eine Vorauswahl getroffen. In diese konnten Sie nicht einbezogen werden, da "
         "andere Bewerberinnen und Bewerber die Anforderungen in höherem Maße erfüllen.\n"),
        ("Abschluss des Auswahlverfahrens", "Sehr geehrte Frau Oberholzer,\n\nwir bedauern, Ihnen mitteilen zu müssen, "
         "dass die Wahl auf eine andere Bewerberin bzw. einen anderen Bewerber gefallen ist.\n"),
        ("Rückmeldung zu Ihrer Bewerbung", "Guten Tag Frau Oberholzer,\n\nwir haben uns dazu entschieden, andere "
         "Bewerbende in den nächsten Schritt einzuladen.\n"),
        ("Update zu deiner Bewerbung", "Hallo Lena,\n\nwir haben uns entschieden, mit Kandidat:innen weiterzumachen, "
         "deren Erfahrung noch besser zu unseren Anforderungen passt.\n\nStatus: Nicht weiter berücksichtigt\n"),
        ("Absage: Ihre Bewerbung als Prüfingenieurin (m/w/d)", "Hallo Frau Oberholzer,\n\nvielen Dank für Ihre "
         "Bewerbung und die Zeit, die Sie sich genommen haben. Wir wünschen Ihnen alles Gute.\n"),
        ("Ihre Bewerbung", "Sehr geehrte Frau Oberholzer,\n\ndas Auswahlverfahren für die Stelle mit der Kennziffer "
         "4410 ist inzwischen abgeschlossen. Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.\n"),
    ],
)  # fmt: skip
def test_german_decisions_of_a_selection_and_a_relayed_message(subject, text):
    assert classify(subject, text).kind == "rejection"


@pytest.mark.parametrize(
    ("subject", "text", "kind"),
    [
        ("Einladung zum Auswahlgespräch – Kennziffer 2025-0409", "Sehr geehrte Frau Oberholzer,\n\nwir freuen uns, Sie "
         "zu einem Auswahlgespräch für die Stelle Prüfingenieurin einladen zu können.\n\nReisekosten können leider "
         "nicht erstattet werden.\n", "interview_request"),
        ("Kunde möchte Sie kennenlernen!", "Hallo Frau Oberholzer,\n\nder Kunde ist von Ihrem Profil angetan und möchte "
         "Sie gerne zu einem ersten Gespräch einladen!\n", "interview_request"),
        ("AW: Ihr Profil – an Kunden übermittelt", "Hallo Frau Oberholzer,\n\nich habe Ihr Profil heute wie besprochen an "
         "den Kunden für die Position Prüfingenieurin (m/w/d) übermittelt.\n", "acknowledgement"),
        ("Bewerbung erfolgreich versendet", "Hallo Lena,\n\ndeine Bewerbung als Prüfingenieurin (m/w/d) bei Kestrel "
         "Robotik – The Robot People wurde erfolgreich versendet!\n", "acknowledgement"),
        # a phone line that cannot answer is no refusal
        ("Bestätigung Ihrer Bewerbung", "Sehr geehrte Frau Oberholzer,\n\nvielen Dank für Ihre Bewerbung. Ihre "
         "Bewerbung ist bei uns eingegangen.\n\nTelefonische Statusanfragen können wir leider nicht beantworten.\n",
         "acknowledgement"),
        # what an acknowledgement's list says might happen is no invitation
        ("We received your application", "We have received your application.\n\nWhat's next?\n- Your application "
         "will be screened.\n- If your profile matches, we will invite you to a first interview.\n- If not, we will "
         "let you know.\n", "acknowledgement"),
    ],
)  # fmt: skip
def test_german_invitations_and_acknowledgements(subject, text, kind):
    assert classify(subject, text).kind == kind


def test_a_title_or_a_street_is_no_employer_and_a_legal_name_is_no_person():
    assert looks_like_person("Prof. Dr.-Ing. Jonas Brückmann") and looks_like_person("Ayşe Kılınç")
    assert all(STREET.match(s) for s in ("Kellerweg 12", "Bergmannstraße 7a", "Föhrer Straße 665"))
    assert not any(STREET.match(s) for s in ("Ring Central", "Platz Group", "Siemens Mobility"))
    found = mail_application(
        "Kilian Stoll GmbH",
        "no-reply@softgarden.io",
        True,
        "Ihre Bewerbung als Prüfingenieurin (m/w/d)",
        "Sehr geehrte Frau Oberholzer,\n\nvielen Dank für Ihre Bewerbung als Prüfingenieurin (m/w/d).\n\n"
        "Ihre Unterlagen sind vollständig bei uns eingegangen.\n",
    )
    assert found.company == "Kilian Stoll"
    signed = mail_application(
        "Vantor Aero Karriere",
        "noreply@successfactors.eu",
        True,
        "Eingangsbestätigung: Prüfingenieurin (m/w/d)",
        "Sehr geehrte Frau Oberholzer,\n\nhiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen.\n\n"
        "Mit freundlichen Grüßen\n\nVantor Aero AG\nRecruiting\nFöhrer Straße 665, 80995 München\n",
    )
    assert signed.company == "Vantor Aero"


def test_a_public_portals_confirmation_names_the_body_that_advertised(tmp_path):
    names = [p.name for p in platforms()]
    assert len(names) == len(set(names))  # each platform is written once
    letters = [
        ("Interamt <noreply@interamt.de>", "Interamt: Ihre Bewerbung auf Stellenangebot ID 4471120 wurde übermittelt",
         "Thu, 27 Mar 2025 20:36:00 +0100",
         "Sehr geehrte Frau Oberholzer,\n\nIhre Bewerbung auf das Stellenangebot\n\n„Ingenieurin (w/m/d) Mechatronik“\n"
         "Stellenangebots-ID: 4471120\nAnbieter: Bundesamt für Prüfwesen, Normung und Technik der Wasserwirtschaft "
         "(BPNTw)\n\nwurde am 27.03.2025 erfolgreich an die ausschreibende Behörde übermittelt.\n"),
    ]  # fmt: skip
    apps, _ = mail_corpus.import_letters(tmp_path, ME, letters)
    assert apps["company"].tolist() == ["BPNTw"]
    assert apps["role"].tolist() == ["Ingenieurin (w/m/d) Mechatronik"]
    assert str(apps["applied_on"].iloc[0])[:10] == "2025-03-27"


def test_a_professors_mail_from_a_universitys_domain_names_the_university():
    found = mail_application(
        "Prof. Dr.-Ing. Jonas Brückmann",
        "jonas.brueckmann@tuh.example",
        False,
        "Gespräch Laboringenieur*in",
        "Liebe Frau Oberholzer,\n\nvielen Dank für Ihre Bewerbung. Hätten Sie am Donnerstag Zeit für ein Gespräch?\n\n"
        "--\nProf. Dr.-Ing. Jonas Brückmann\nLehrstuhl für Mikrotechnik\nTechnische Universität Hagenau\n",
    )
    assert found.company == "Technische Universität Hagenau"
