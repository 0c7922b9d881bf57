"""French decisions as more employers write them, a chosen candidate's background that names another
trade, a board's card in French, a job's reference that is no employer, and acronyms in capitals.
Every name and sentence was written for the kit."""

from __future__ import annotations

import mail_corpus
import pytest

from followup_kit.io.mail.classify import classify
from followup_kit.io.mail.plan import _aliases, initials
from followup_kit.io.mail.platforms import is_employer_name


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Suite de votre candidature", "Bonjour Léa,\nLe recrutement pour ce poste a été très disputé. À l'issue de ce "
         "second tour, notre choix s'est porté sur une autre candidature."),
        ("Réponse à votre candidature", "Madame,\nNous avons le regret de vous informer que votre candidature n'a pas "
         "été retenue pour le poste, le choix du jury s'étant porté sur un profil disposant d'une expérience dans le "
         "secteur du logement social."),
        ("Harbor a répondu à votre candidature", "Bonjour Léa,\nResponsable Marketing – Harbor – Lyon\nStatut : "
         "Candidature non retenue\n« Nous avons retenu des candidats dont l'expérience correspond davantage au poste. »"),
        ("Candidature non retenue – Chargée de mission (réf. 2025-06-1187)", "Madame,\nVeuillez trouver ci-joint le "
         "courrier de réponse relatif à votre candidature au poste."),
    ],
)  # fmt: skip
def test_french_decisions(subject, text):
    assert classify(subject, text).kind == "rejection"


def test_a_flat_is_still_another_trade_when_the_decision_is_about_it():
    text = "Madame,\nVotre dossier de location pour le logement de la rue Garibaldi n'a pas été retenu."
    assert classify("Votre demande de logement", text).kind == "other"


def test_a_jobs_reference_is_no_employer():
    assert not is_employer_name("référence 2025-118734")
    assert is_employer_name("Lyon Parc Auto")


def test_a_word_in_capitals_counts_whole_in_an_acronym():
    assert initials("UTMB Health") == "utmbh"
    assert "uh" not in _aliases(["UTMB Health", "UH"])


def test_apecs_confirmation_names_the_employer_in_its_text(tmp_path):
    apps, _result = mail_corpus.import_letters(
        tmp_path,
        "lea.martin@example.net",
        [
            ("Apec <ne-pas-repondre@apec.fr>", "Votre candidature a bien été envoyée", "Wed, 04 Jun 2025 10:12:44 +0200",
             "Bonjour Léa,\n\nVotre candidature à l'offre « Responsable Marketing (H/F) » de HARBOR PARC a bien été "
             "transmise au recruteur.\n\nRéférence de l'offre : 176512084W\n"),
        ],
    )  # fmt: skip
    assert list(zip(apps["company"], apps["role"])) == [("HARBOR PARC", "Responsable Marketing (H/F)")]
