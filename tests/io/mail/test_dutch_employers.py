"""Dutch mail as employers and agencies write it: decisions that do not match enough, others who fit better,
a verdict in the subject, an agency's assignment dropped, a reply's subject that is the thread's, a public
portal's unit in brackets, an acronym over Dutch joining words, and a recruiter who signs with the agency's
name.  Every name, address and number was written for the kit."""

from __future__ import annotations

import mail_corpus
import pytest

from followup_kit.io.mail.classify import classify
from followup_kit.io.mail.fields import employer_in_field
from followup_kit.io.mail.persons import firm_signed_for

ME = "sanne.dijkhuis@example.net"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Over je sollicitatie als Data Engineer", "Hoi Sanne,\n\nBedankt voor je sollicitatie. Helaas matcht je profiel "
         "nu niet genoeg met wat we zoeken.\n"),
        ("Reactie op je sollicitatie", "Beste Sanne,\n\nBedankt voor je sollicitatie. Omdat andere kandidaten op deze "
         "punten beter aansluiten, nodigen we je niet uit voor een gesprek.\n"),
        ("Afwijzing sollicitatie Data Engineer (2025-0077)", "Beste Sanne,\n\nIn de bijlage vind je een brief over je "
         "sollicitatie op de functie Data Engineer.\n"),
        ("RE: Kennismaking Havenhuis - Data Engineer", "Hoi Sanne,\n\nZij hebben besloten de opdracht voor de Data "
         "Engineer voorlopig niet in te vullen. De opdracht is daarmee komen te vervallen.\n"),
        ("RE: Uitnodiging gesprek Data-engineer", "Beste Sanne,\n\nDe commissie heeft drie kandidaten geselecteerd voor "
         "een tweede gesprek. Jij hoort daar helaas niet bij.\n"),
    ],
)  # fmt: skip
def test_dutch_decisions(subject, text):
    assert classify(subject, text).kind == "rejection"


def test_a_public_portals_unit_in_brackets_is_part_of_the_body_and_a_comma_cut_keeps_the_acronym():
    assert (
        employer_in_field("Organisatie: Rijksdienst Zuid - Centrum voor Dataontwikkeling (CDO)\n") == "Rijksdienst Zuid"
    )
    assert employer_in_field("Anbieter: Bundesamt für Prüfwesen, Normung und Technik (BPNT)\n") == "BPNT"


def test_a_recruiter_signing_with_the_agencys_name_writes_for_it_not_for_a_department():
    assert firm_signed_for("Tom Brouwer - Brunel", "brunel") == "Brunel"
    assert firm_signed_for("Métropole de Lyon – Direction des Ressources Humaines", "grandlyon") is None
    assert firm_signed_for("Tom Brouwer - Brunel", "greenhouse") is None  # not the firm the address spells


def test_an_agencys_mail_about_its_named_client_and_a_dutch_acronym_join_their_applications(tmp_path):
    letters = [
        ("Werken voor Nederland <noreply@werkenvoornederland.nl>", "Bevestiging van je sollicitatie: Data engineer",
         "Tue, 18 Mar 2025 22:14:36 +0100", "Beste Sanne,\n\nBedankt voor je sollicitatie.\n\nVacature: Data engineer\n"
         "Organisatie: Centraal Bureau voor de Meetkunde\nVacaturenummer: CBM-2025-031\n"),
        ("Eline Schouten <e.schouten@cbm.example>", "Uitnodiging gesprek Data-engineer", "Wed, 09 Apr 2025 07:58:00 +0200",
         "Beste Sanne,\n\nGraag nodigen we je uit voor een gesprek op 17 april om 9:30.\n\nEline Schouten\nRecruiter\nCBM\n"),
        ("Werving <noreply@brunel.net>", "Bedankt voor je sollicitatie bij Brunel - Data Engineer | Havenhuis Zuid",
         "Thu, 27 Mar 2025 12:19:03 +0100", "Beste Sanne,\n\nBedankt voor je sollicitatie op de vacature Data Engineer "
         "bij Havenhuis Zuid via Brunel (vacaturenummer BN-158832).\n"),
        ("Tom Brouwer - Brunel <t.brouwer@brunel.net>", "Kennismaking Havenhuis Zuid - Data Engineer",
         "Mon, 07 Apr 2025 14:40:18 +0200", "Hoi Sanne,\n\nGoed nieuws! Havenhuis Zuid heeft je cv bekeken en wil graag "
         "kennismaken. Voorstel: vrijdag 11 april om 10:30 uur. Kun je dit bevestigen?\n\nTom Brouwer\nBrunel\n"),
    ]  # fmt: skip
    apps, _ = mail_corpus.import_letters(tmp_path, ME, letters)
    assert sorted(apps["company"]) == ["Centraal Bureau voor de Meetkunde", "Havenhuis Zuid"]
