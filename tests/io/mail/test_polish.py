"""Mail in Polish (words/pl.toml and the Polish phrases): acknowledgements, decisions, what only
sounds like one, and a Polish inbox imported into an empty tracker.  Every sentence was written for
the kit in the shapes Polish employers' and job boards' mail takes; "ł" has no accent to drop and
is read as "l"."""

from __future__ import annotations

import mail_corpus
import pytest

from followup_kit.io.mail.classify import classify
from followup_kit.io.mail.importer import import_mail
from followup_kit.io.mail.sentences import normalise
from followup_kit.store.tracker import Tracker

ME = "marta.wrobel@example.net"


def test_the_letter_l_with_a_stroke_is_read_as_l_not_dropped():
    assert normalise("Pani kandydatura nie została wybrana") == "pani kandydatura nie zostala wybrana"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Potwierdzenie aplikacji", "Dzień dobry, dziękujemy za przesłanie aplikacji na stanowisko Młodsza Księgowa."),
        ("Twoja aplikacja", "Twoja aplikacja na stanowisko Analityk Finansowy została wysłana do pracodawcy."),
        ("Rekrutacja", "Potwierdzamy otrzymanie Pani zgłoszenia. Odezwiemy się po zakończeniu pierwszego etapu."),
        ("Rekrutacja", "Otrzymaliśmy Twoją kandydaturę i przekazaliśmy ją do działu finansów."),
    ],
)
def test_polish_acknowledgements(subject, body):
    found = classify(subject, body)
    assert (found.kind, found.confident) == ("acknowledgement", True), found.reason


@pytest.mark.parametrize(
    "body",
    [
        "Niestety, po analizie zgłoszeń zdecydowaliśmy się kontynuować rozmowy z innymi kandydatami.",
        "Uprzejmie informujemy, że Pani kandydatura nie została wybrana do kolejnego etapu.",
        "Tym razem nie zakwalifikowała się Pani do następnego etapu rekrutacji.",
        "Stanowisko, na które Pani aplikowała, zostało już obsadzone.",
        "Rekrutacja na stanowisko Księgowej została zakończona wyborem innej osoby.",
        "Zdecydowaliśmy się na osobę z dłuższym doświadczeniem w zamknięciach miesiąca.",
        "Z przykrością informujemy, że nie możemy zaproponować Pani współpracy.",
        "Z przykrością informujemy, że na tym etapie nie będziemy kontynuować procesu z Pani kandydaturą.",
        "Klient zakończył etap selekcji i tym razem nie zdecydował się zaprosić Pani na spotkanie.",
        "Podjęliśmy decyzję o wyborze innego kandydata.",
    ],
)
def test_polish_rejections(body):
    found = classify("Informacja o rekrutacji", f"Szanowna Pani,\n\ndziękujemy za udział w rekrutacji. {body}")
    assert (found.kind, found.confident) == ("rejection", True), found.reason


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # a process note in an acknowledgement: only the chosen will hear
        (
            "Dziękujemy za aplikację",
            "Dziękujemy za przesłanie CV. Informujemy, że skontaktujemy się tylko z wybranymi kandydatami.",
        ),
        # silence as a condition: "if you hear nothing in 14 days, your candidacy was not chosen"
        (
            "Rekrutacja",
            "Dziękujemy za zgłoszenie. W przypadku braku odpowiedzi w ciągu 14 dni prosimy uznać, że "
            "kandydatura nie została wybrana.",
        ),
        # another trade's decisions
        ("Decyzja kredytowa", "Niestety, Twój wniosek kredytowy nie został rozpatrzony pozytywnie."),
        ("Kurs językowy", "Twoje zgłoszenie na kurs zostało przyjęte, niestety grupa jest pełna."),
    ],
)
def test_what_only_sounds_like_a_polish_decision_decides_nothing(subject, body):
    found = classify(subject, body)
    assert not (found.kind == "rejection" and found.confident), found.reason


def entry(ident, sender, subject, body, date):
    return {"id": ident, "label": "?", "sender": sender, "subject": subject, "body": body, "date": date}


INBOX = {
    "me": [ME],
    "timezone": "Europe/Warsaw",
    "applications": [],
    "contacts": [],
    "messages": [
        entry(
            "ack",
            "Wisła Logistyka <rekrutacja@wislalogistyka.example>",
            "Dziękujemy za aplikację - Specjalista ds. Płac",
            "Dzień dobry,\n\ndziękujemy za przesłanie aplikacji na stanowisko Specjalista ds. Płac w firmie "
            "Wisła Logistyka. Skontaktujemy się wyłącznie z wybranymi osobami.\n\nZespół Rekrutacji",
            "Mon, 03 Nov 2025 10:12:00 +0100",
        ),
        entry(
            "rejection",
            "Wisła Logistyka <rekrutacja@wislalogistyka.example>",
            "Informacja o rekrutacji - Specjalista ds. Płac",
            "Szanowna Pani,\n\ndziękujemy za czas poświęcony na rozmowę. Niestety zdecydowaliśmy się "
            "kontynuować proces z innymi kandydatami.\n\nPozdrawiamy,\nZespół Rekrutacji Wisła Logistyka",
            "Thu, 20 Nov 2025 15:30:00 +0100",
        ),
        entry(
            "bank",
            "Bank Przykładowy <powiadomienia@bank.example>",
            "Decyzja w sprawie wniosku",
            "Szanowna Pani,\n\nniestety Pani wniosek kredytowy nie został rozpatrzony pozytywnie.",
            "Fri, 21 Nov 2025 09:00:00 +0100",
        ),
    ],
}


@pytest.fixture
def empty(tmp_path):
    t = Tracker.create(tmp_path / "t.sqlite", timezone="Europe/Warsaw")
    yield t
    t.close()


def test_a_polish_inbox_builds_its_application_and_records_only_its_decision(tmp_path, empty):
    box = mail_corpus.write_mbox(tmp_path / "inbox.mbox", INBOX)
    import_mail(empty, box, me=ME, create_applications=True)
    apps = empty.applications
    assert apps["company"].tolist() == ["Wisła Logistyka"]
    events = empty.events
    assert list(zip(events["kind"], events["on"].astype(str))) == [("rejection", "2025-11-20")]


@pytest.mark.parametrize(
    ("sender", "subject", "text", "employer", "role"),
    [
        (
            "noreply@pracuj.pl",
            "Wysłano aplikację: Specjalista ds. Rozliczeń",
            "Cześć Ola,\nTwoja aplikacja została wysłana.\nSpecjalista ds. Rozliczeń\nMostostal Nadwiślański Sp. z o.o.\n"
            "Kraków\nUmowa o pracę · pełny etat",
            "Mostostal Nadwiślański",
            "Specjalista ds. Rozliczeń",
        ),
        (
            "no-reply@nofluffjobs.com",
            "Aplikacja wysłana: Controller – Tatra Software",
            "Powodzenia!",
            "Tatra Software",
            "Controller",
        ),
        (
            "no-reply@justjoin.it",
            "Twoja aplikacja została wysłana! 🚀",
            "Hej Ola, Twoje CV zostało przekazane do firmy Bałtyk Data.\nFirma odpowie bezpośrednio.",
            "Bałtyk Data",
            None,
        ),
    ],
)
def test_polish_job_boards_name_the_employer_of_their_confirmation(sender, subject, text, employer, role):
    from followup_kit.io.mail.platforms import platform_of
    from followup_kit.io.mail.templates import read_template

    reading = read_template(platform_of(sender), subject, text)
    assert (reading.kind, reading.employer, reading.role) == ("acknowledgement", employer, role)


def test_a_polish_title_keeps_its_abbreviation_and_stops_before_the_company():
    from followup_kit.io.mail.applications import mail_application

    found = mail_application(
        "Odra Kariera",
        "noreply@successfactors.eu",
        True,
        "Twoja aplikacja w Odra",
        "Dzień dobry,\ndziękujemy za zainteresowanie ofertą Specjalista ds. Księgi Głównej w Odra Serwis (Wrocław).",
    )
    assert (found.company, found.role) == ("Odra", "Specjalista ds. Księgi Głównej")
