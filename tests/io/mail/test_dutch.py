"""Mail in Dutch (words/nl.toml and the Dutch phrases): decisions, process sentences, and a
Dutch inbox imported into an empty tracker.  Every sentence was written for the kit in the
shapes Dutch and Flemish employers' mail takes."""

from __future__ import annotations

import mail_corpus
import pytest

from followup_kit.io.mail.classify import classify
from followup_kit.io.mail.importer import import_mail
from followup_kit.store.tracker import Tracker

ME = "sanne.devos@example.net"


def _letter(sentence: str) -> str:
    return (
        f"Beste Sanne,\n\nBedankt voor je sollicitatie bij Kade Logistiek. {sentence}\n\nMet vriendelijke groet,\nKade"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Helaas moeten wij je mededelen dat wij je sollicitatie niet meenemen in de verdere procedure.",
        "Na zorgvuldige overweging hebben we besloten om met andere kandidaten verder te gaan.",
        "Je komt helaas niet in aanmerking voor deze functie.",
        "De vacature waarop je hebt gesolliciteerd is inmiddels vervuld.",
        "We hebben gekozen voor een kandidaat die beter aansluit bij het profiel.",
        "Wij zullen uw sollicitatie niet verder in behandeling nemen.",
        "Je profiel sluit helaas onvoldoende aan bij de functie-eisen.",
        "Helaas is de keuze niet op jou gevallen.",
        "Wij hebben besloten u niet uit te nodigen voor een gesprek.",
        "Na het gesprek van vorige week hebben we besloten de procedure met jou niet voort te zetten.",
        "We hebben iemand anders aangenomen voor deze rol.",
        "Helaas hebben we geen positief bericht voor je.",
        "Wij hebben gemerkt dat uw ervaring niet aansluit bij wat wij zoeken.",
        "De vacature is ingetrokken.",
    ],
)
def test_dutch_decisions_are_confident_rejections(sentence):
    found = classify("Je sollicitatie", _letter(sentence))
    assert (found.kind, found.confident) == ("rejection", True), found.reason


@pytest.mark.parametrize(
    "sentence",
    [
        # conditions, in the "als" and in the question order ("Heb je ... niets gehoord, dan ...")
        "Als je niet geselecteerd wordt, ontvang je hiervan bericht.",
        "Heb je binnen drie weken niets van ons gehoord, dan ben je helaas niet door naar de volgende ronde.",
        "Mocht je na twee weken niets horen, dan is je sollicitatie niet meegenomen.",
        "Zonder cv kunnen wij je sollicitatie niet in behandeling nemen.",
        # reassurance, pending, your own withdrawal, a moved interview
        "Helaas kunnen wij niet iedereen persoonlijk antwoorden.",
        "Dit betekent niet dat je niet geschikt bent.",
        "De vacature is nog niet vervuld en je sollicitatie ligt bij de manager.",
        "Er is nog geen besluit genomen.",
        "Je hebt je sollicitatie ingetrokken; wij verwijderen je gegevens.",
        "Helaas moeten we je gesprek verplaatsen, we sturen een nieuwe uitnodiging.",
        "We beoordelen je sollicitatie pas na de sluitingsdatum.",
    ],
)
def test_dutch_process_sentences_decide_nothing(sentence):
    found = classify("Je sollicitatie", _letter(sentence))
    assert not (found.kind in ("rejection", "offer") and found.confident), found.reason


@pytest.mark.parametrize(
    ("subject", "text", "kind"),
    [
        ("Ontvangstbevestiging", "Wij hebben je sollicitatie in goede orde ontvangen.", "acknowledgement"),
        (
            "Je sollicitatie bij Kade",
            "Leuk dat je hebt gesolliciteerd! We bekijken je cv binnen twee weken.",
            "acknowledgement",
        ),
        ("Uitnodiging", "Graag nodigen we je uit voor een eerste gesprek op dinsdag om 10:00.", "interview_request"),
        ("Aanbod", "We zijn erg blij je een aanbod te doen voor de functie van Data Analist.", "offer"),
        ("VOG", "Kun je een verklaring omtrent het gedrag aanvragen en ons die sturen?", "information_request"),
    ],
)
def test_dutch_acknowledgements_invitations_offers_and_requests(subject, text, kind):
    found = classify(subject, text)
    assert (found.kind, found.confident) == (kind, True), found.reason


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Uw reactie op de woning",
            "Helaas is uw reactie afgewezen; de woning is toegewezen aan een andere kandidaat.",
        ),
        ("Besluit WW-uitkering", "Uw aanvraag voor een WW-uitkering is afgewezen."),
        ("Hypotheekaanvraag", "Helaas hebben we besloten uw aanvraag niet verder in behandeling te nemen."),
    ],
)
def test_other_trades_in_dutch_are_never_a_job_decision(subject, text):
    found = classify(subject, text)
    assert not (found.kind == "rejection" and found.confident), found.reason


def entry(ident, sender, subject, body, date):
    return {"id": ident, "label": "?", "sender": sender, "subject": subject, "body": body, "date": date}


INBOX = {
    "me": [ME],
    "timezone": "Europe/Amsterdam",
    "applications": [],
    "contacts": [],
    "messages": [
        entry(
            "ack-recruitee",
            "Van Dalen Techniek <noreply@vandalentechniek.recruitee.com>",
            "Bedankt voor je sollicitatie bij Van Dalen Techniek",
            "Hoi Sanne,\n\nBedankt voor je sollicitatie als Planner Werkvoorbereiding bij Van Dalen Techniek. "
            "We hebben je sollicitatie goed ontvangen. Als je niet geselecteerd wordt, laten we je dat weten.",
            "Mon, 03 Mar 2025 10:12:00 +0100",
        ),
        entry(
            "ack-own-domain",
            "Werken bij Gemeente Lingewaard <vacatures@lingewaard.example>",
            "Ontvangstbevestiging sollicitatie",
            "Geachte mevrouw De Vos,\n\nHartelijk dank voor uw sollicitatie naar de functie van Beleidsadviseur "
            "Wonen. Wij hebben uw sollicitatie in goede orde ontvangen. Heeft u binnen drie weken niets van ons "
            "gehoord, dan bent u helaas niet door naar de volgende ronde.",
            "Tue, 04 Mar 2025 14:00:00 +0100",
        ),
        entry(
            "rejection",
            "Van Dalen Techniek <noreply@vandalentechniek.recruitee.com>",
            "Je sollicitatie bij Van Dalen Techniek",
            "Hoi Sanne,\n\nNogmaals bedankt voor je interesse. Na zorgvuldige overweging hebben we besloten om "
            "met andere kandidaten verder te gaan.\n\nSucces met je zoektocht!",
            "Fri, 21 Mar 2025 16:30:00 +0100",
        ),
        entry(
            "forwarded",
            "Joris <joris.bakker@example.org>",
            "Doorst: Je sollicitatie",
            "Kijk, zo schrijven ze het dus.\n\n---------- Doorgestuurd bericht ----------\nHelaas moeten wij je "
            "mededelen dat je niet in aanmerking komt voor de functie.",
            "Sat, 22 Mar 2025 09:00:00 +0100",
        ),
        entry(
            "rental",
            "Woonservice <info@woonservice.example>",
            "Uw reactie op de woning",
            "Helaas is uw reactie op de woning niet succesvol; de woning is toegewezen aan een andere kandidaat.",
            "Mon, 24 Mar 2025 09:00:00 +0100",
        ),
    ],
}


@pytest.fixture
def empty(tmp_path):
    t = Tracker.create(tmp_path / "t.sqlite", timezone="Europe/Amsterdam")
    yield t
    t.close()


def test_a_dutch_inbox_builds_its_applications_and_records_only_their_decision(tmp_path, empty):
    box = mail_corpus.write_mbox(tmp_path / "inbox.mbox", INBOX)
    import_mail(empty, box, me=ME, create_applications=True)
    apps = empty.applications.sort_values("company")
    assert apps[["company", "role"]].values.tolist() == [
        ["Gemeente Lingewaard", "Beleidsadviseur Wonen"],
        ["Van Dalen Techniek", "Planner Werkvoorbereiding"],
    ]
    events = empty.events.merge(empty.applications[["application_id", "company"]], on="application_id")
    assert list(zip(events["company"], events["kind"], events["on"].astype(str))) == [
        ("Van Dalen Techniek", "rejection", "2025-03-21")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Onze recruiter beoordeelt je sollicitatie.\n\nGroeten,\nTeam Recruitment Kade", "Kade"),
        ("Met vriendelijke groet,\nTeam Werving & Selectie Gemeente Lingewaard", "Gemeente Lingewaard"),
    ],
)
def test_a_dutch_team_sign_off_names_the_employer_and_a_greeting_never_does(text, name):
    from followup_kit.io.mail.naming import employer_in_signature

    assert employer_in_signature(text) == name


@pytest.mark.parametrize(
    "subject, text, kind",
    [
        ("de Volksbank - sollicitatie ontvangen", "We hebben je sollicitatie voor de functie HR Business Partner goed "
         "ontvangen.", "acknowledgement"),
        ("Bevestiging", "Je hebt gesolliciteerd op de vacature: HR-adviseur.", "acknowledgement"),
        ("Vattenfall", "Je cv is voorgesteld bij onze opdrachtgever.", "acknowledgement"),
        # a choir's audition is no job's decision
        ("Uitslag auditie", "Helaas kunnen we je geen plek aanbieden in de altsectie van ons kamerkoor.", "other"),
    ],
)  # fmt: skip
def test_more_dutch_confirmations_and_an_audition(subject, text, kind):
    assert classify(subject, text).kind == kind


def test_dutch_boards_agencies_a_registration_and_a_quoted_outlook_header(tmp_path, empty):
    """A board's "Je sollicitatie is verstuurd: ROLE bij X", the government site's card, an agency's
    "bij onze opdrachtgever X", a registration with an agency (no application) and a reply whose
    Dutch Outlook header ("Van: ... Verzonden:") quotes the greeting: no application is named for it."""
    messages = [
        {"id": "board", "sender": "Werkzoekers.nl <noreply@werkzoekers.nl>",
         "subject": "Je sollicitatie is verstuurd: HR Adviseur bij Kade Logistiek",
         "body": "Hoi Sanne,\n\nJe sollicitatie is verstuurd!\n\nVacature: HR Adviseur\nWerkgever: Kade Logistiek\n\nDe werkgever neemt zelf contact met je op.",
         "date": "Mon, 31 Mar 2025 20:33:00 +0200"},
        {"id": "rijk", "sender": "Werken voor Nederland <noreply@werkenvoornederland.nl>",
         "subject": "Bevestiging sollicitatie: HR-adviseur (Dienst Wegbeheer)",
         "body": "Beste Sanne,\n\nJe hebt gesolliciteerd op de vacature:\n\n  HR-adviseur\n  Dienst Wegbeheer - Utrecht\n"
                 "  Vacaturenummer: 2025-014\n\nDe organisatie neemt zelf contact met je op.",
         "date": "Mon, 24 Feb 2025 21:03:00 +0100"},
        {"id": "agency", "sender": "Jobhaven <noreply@jobhaven.nl>", "subject": "Je sollicitatie is binnen!",
         "body": "Hey Sanne,\n\nJe sollicitatie voor HR-adviseur bij onze\nopdrachtgever Groenstroom in Rotterdam is binnen.",
         "date": "Fri, 07 Feb 2025 11:58:00 +0100"},
        {"id": "signup", "sender": "Jobhaven <noreply@jobhaven.nl>", "subject": "Welkom bij Jobhaven! Je inschrijving is gelukt",
         "body": "Hoi Sanne,\n\nJe account is aangemaakt en je inschrijving is gelukt. Past jouw profiel bij een "
                 "opdracht, dan nemen we contact met je op.", "date": "Mon, 10 Feb 2025 10:00:00 +0100"},
        {"id": "ack", "sender": "Zorgpoort <noreply@zorgpoort.nl>",
         "subject": "Bevestiging ontvangst sollicitatie - HR-adviseur",
         "body": "Beste Sanne,\n\nWij hebben je sollicitatie in goede orde ontvangen.\n\nRecruitment Zorgpoort",
         "date": "Thu, 20 Feb 2025 23:11:00 +0100"},
        {"id": "reply", "sender": "Mirjam Kok <m.kok@zorgpoort.nl>", "subject": "RE: Uitnodiging eerste gesprek HR-adviseur",
         "body": "Beste Sanne,\n\nWe nodigen je graag uit voor een tweede gesprek op woensdag 26 maart.\n\nGroet,\nMirjam\n\n"
                 "Van: Mirjam Kok\nVerzonden: vrijdag 7 maart 2025 11:05\nAan: sanne.devos@example.net\n"
                 "Onderwerp: Uitnodiging eerste gesprek HR-adviseur\n\nBeste Sanne,\n\nMet plezier nodig ik je uit.",
         "date": "Thu, 20 Mar 2025 09:55:00 +0100"},
    ]  # fmt: skip
    box = mail_corpus.write_mbox(
        tmp_path / "nl.mbox", {"me": [ME], "timezone": "Europe/Amsterdam", "applications": [], "contacts": [],
                               "messages": [{**m, "label": "?"} for m in messages]},
    )  # fmt: skip
    result = import_mail(empty, box, me=ME, create_applications=True)
    assert sorted(empty.applications["company"]) == [
        "Dienst Wegbeheer",
        "Groenstroom",
        "Kade Logistiek",
        "Zorgpoort",
    ]
    outcome = dict(zip([m["id"] for m in messages], result.messages.sort_values("position")["outcome"]))
    assert outcome["signup"] == "ignored"
