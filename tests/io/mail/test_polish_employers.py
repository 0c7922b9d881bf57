"""Polish mail: decisions as Polish employers, public offices and agencies write them (the post filled, the
recruitment closed or halted, someone else chosen, others carried on with or invited), "ds." that ends no
sentence, acknowledgements of an offer's receipt, and senders' names that read like persons' but are firms.
Every name, address and number was written for the kit."""

from __future__ import annotations

import pytest

from followup_kit.io.mail.applications import mail_application
from followup_kit.io.mail.classify import classify
from followup_kit.io.mail.sentences import split_sentences


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Aktualizacja dotycząca Twojej aplikacji", "Dzień dobry,\n\nPo analizie wszystkich zgłoszeń na stanowisko "
         "Analityk Finansowy postanowiliśmy kontynuować rekrutację z osobami, których doświadczenie jest najbliższe "
         "potrzebom zespołu.\n"),
        ("Ekspert ds. Planowania – informacja", "Dzień dobry,\n\nrekrutacja na stanowisko Ekspert ds. Planowania została "
         "zamknięta bez obsadzenia stanowiska. Oznacza to, że nie będziemy kontynuować procesu.\n"),
        ("Informacja o wyniku naboru nr 4471", "Szanowna Pani,\n\nw wyniku naboru na stanowisko starszego specjalisty do "
         "zatrudnienia została wybrana inna osoba.\n"),
        ("Analityk – informacja", "Dzień dobry,\n\nuprzejmie informujemy, że stanowisko Analityk ds. Budżetowania "
         "zostało już obsadzone.\n"),
        ("Twoja aplikacja – Financial Analyst", "Dzień dobry,\n\ninformujemy, że postanowiliśmy zaprosić do kolejnych "
         "etapów inne osoby, których profil najlepiej odpowiada wymaganiom.\n"),
        ("RE: Senior Financial Analyst – update", "Pani Magdaleno,\n\nKlient wstrzymał rekrutację na to stanowisko. "
         "Proces zostaje więc zamknięty.\n"),
    ],
)  # fmt: skip
def test_polish_decisions(subject, text):
    assert classify(subject, text).kind == "rejection"


def test_someone_chosen_by_name_may_be_you_and_decides_nothing():
    text = "Szanowna Pani,\n\nw wyniku naboru na stanowisko specjalisty wybrana została Pani Maria K.\n"
    assert classify("Wynik naboru", text).kind != "rejection"


def test_a_polish_abbreviation_ends_no_sentence_and_an_offers_receipt_acknowledges():
    assert split_sentences("Stanowisko Analityk ds. Budżetowania zostało obsadzone. Dziękujemy.") == [
        "Stanowisko Analityk ds. Budżetowania zostało obsadzone.",
        "Dziękujemy.",
    ]
    text = (
        "Szanowna Pani,\n\npotwierdzamy wpływ Pani oferty w odpowiedzi na ogłoszenie nr 27/2025 – Główny Specjalista.\n"
    )
    assert classify("Potwierdzenie wpływu oferty", text).kind == "acknowledgement"


def test_senders_names_that_read_like_persons_but_are_firms():
    found = mail_application(
        "Kredyt Rolny – Kariera",
        "powiadomienia@erecruiter.pl",
        True,
        "Dziękujemy za aplikację – Analityk Finansowy",
        "Dzień dobry,\n\ndziękujemy za zainteresowanie pracą w Kredyt Rolny Bank Polska. Potwierdzamy otrzymanie "
        "aplikacji na stanowisko Analityk Finansowy.\n",
    )
    assert found.company == "Kredyt Rolny"
    fund = mail_application(
        "Polski Fundusz Żeglugi",
        "no-reply@teamtailor-mail.com",
        True,
        "Dziękujemy za aplikację na stanowisko Analityk",
        "Cześć,\n\ndziękujemy za aplikację na stanowisko Analityk!\n",
    )
    assert fund.company == "Polski Fundusz Żeglugi"
