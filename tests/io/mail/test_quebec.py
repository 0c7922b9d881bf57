"""Québec mail (issue 25): the government's job site writing for each ministry, a city's staffing
office, Indeed's French confirmation and an agency's informal "j'ai bien reçu ta candidature",
imported into an empty tracker with ``create_applications=True``."""

from __future__ import annotations

import mail_corpus
import pytest

from followup_kit.io.mail.fields import employer_in_field
from followup_kit.io.mail.importer import import_mail
from followup_kit.store.tracker import Tracker

ME = "emilie.tremblay@example.net"


def entry(ident, sender, subject, body, date):
    return {"id": ident, "label": "?", "sender": sender, "subject": subject, "body": body, "date": date}


def _portal(number, title, organisation, date):
    return entry(
        number, "Recrutement en ligne – Gouvernement du Québec <ne-pas-repondre@emplois.gouv.qc.ca>",
        f"Accusé de réception – Appel de candidatures {number}",
        f"Madame Émilie Tremblay,\n\nNous accusons réception de votre inscription à l'appel de candidatures suivant :\n\n"
        f"Numéro : {number}\nTitre : {title}\nOrganisation : {organisation}\nLieu : Montréal\n\n"
        "Ceci est un message automatique. Merci de ne pas y répondre.\n\nGouvernement du Québec", date,
    )  # fmt: skip


MESSAGES = [
    _portal("10402SR1", "Technicienne en informatique – essais", "Revenu Québec", "Thu, 06 Mar 2025 17:15:00 -0500"),
    _portal("10413SR2", "Conseillère en assurance qualité", "Ministère de la Cybersécurité et du Numérique",
            "Tue, 13 May 2025 11:02:00 -0400"),
    entry("city", "Ville de Laval – Dotation <dotation.ne-pas-repondre@laval.ca>",
          "Confirmation de votre inscription – Concours TI-25-1",
          "Bonjour,\n\nLa présente confirme que votre candidature a été reçue pour le concours suivant :\n\n"
          "Titre d'emploi : Analyste en essais (TI)\n\nVille de Laval\nService des ressources humaines – Dotation",
          "Wed, 19 Feb 2025 13:50:00 -0500"),
    entry("indeed", "Indeed <indeedapply@indeed.com>", "Candidature Indeed : Spécialiste assurance qualité",
          "Candidature envoyée\n\nSpécialiste assurance qualité\nOsmose Logiciels - Montréal, QC\n\n"
          "Les éléments suivants ont été envoyés à Osmose Logiciels le 3 juillet 2025 :\n• CV Indeed",
          "Thu, 03 Jul 2025 10:29:00 -0400"),
]  # fmt: skip


@pytest.fixture
def empty(tmp_path):
    return Tracker.create(tmp_path / "t.sqlite", timezone="America/Toronto")


def test_each_ministry_city_and_employer_gets_its_application(tmp_path, empty):
    box = mail_corpus.write_mbox(
        tmp_path / "qc.mbox",
        {"me": [ME], "timezone": "America/Toronto", "applications": [], "contacts": [], "messages": MESSAGES},
    )
    import_mail(empty, box, me=ME, create_applications=True)
    assert sorted(empty.applications["company"]) == [
        "Ministère de la Cybersécurité et du Numérique",
        "Osmose Logiciels",
        "Revenu Québec",
        "Ville de Laval",
    ]


def test_a_field_that_names_an_organisation_is_believed_whatever_its_shape():
    assert employer_in_field("Numéro : 1\nOrganisation : Revenu Québec\nLieu : Québec") == "Revenu Québec"
    # a client's field may hold a person's name: not believed
    assert employer_in_field("Client: Jane Smith") is None
