"""Mail in Italian (words/it.toml and the Italian phrases): acknowledgements, decisions, invitations and
offers in the formal "Lei" and the familiar "tu", what only looks like a decision, and an Italian inbox
imported into an empty tracker.  Every sentence was written for the kit."""

from __future__ import annotations

import mail_corpus
import pytest

from followup_kit.io.mail.classify import classify
from followup_kit.io.mail.importer import import_mail
from followup_kit.store.tracker import Tracker

ME = "marco.ferri@example.net"


@pytest.mark.parametrize(
    ("subject", "text", "kind", "confident"),
    [
        ("La sua candidatura", "Abbiamo ricevuto la sua candidatura per la posizione di Buyer. Qualora il suo profilo "
         "risultasse in linea, verrà ricontattato per un colloquio.", "acknowledgement", True),
        ("Candidatura", "Grazie per esserti candidato! Se il tuo profilo sarà in linea, ti contatteremo per fissare un "
         "colloquio.", "acknowledgement", True),
        ("Esito selezione", "Siamo spiacenti di comunicarle che abbiamo deciso di proseguire con altri candidati.",
         "rejection", True),
        ("Aggiornamento", "Il suo profilo non è stato selezionato per la fase successiva.", "rejection", True),
        ("Aggiornamento", "La informiamo che la ricerca per la posizione di Buyer è stata chiusa.", "rejection", True),
        ("Aggiornamento", "Qualora non ricevesse nostre notizie entro 30 giorni, la sua candidatura non è stata "
         "selezionata.", "rejection", False),
        ("Colloquio", "Ciao Marco, vorremmo invitarti a un colloquio conoscitivo martedì alle 10.", "interview_request",
         True),
        ("Proposta", "Siamo lieti di inviarle la nostra proposta di assunzione per il ruolo di Buyer.", "offer", True),
        ("Documenti", "Potrebbe inviarci il CV aggiornato e la sua RAL attuale?", "information_request", True),
        # "si è concluso" is no condition (the Italian reflexive "si" is not the Spanish or French "if")
        ("La sua candidatura", "Le comunichiamo che il processo di selezione si è concluso e che la scelta è ricaduta su "
         "un altro profilo.", "rejection", True),
        ("Riscontro", "Abbiamo ritenuto di orientare la nostra scelta su candidature maggiormente rispondenti.",
         "rejection", True),
        ("Aggiornamento", "Il cliente ha valutato le candidature e ha scelto un altro candidato.", "rejection", True),
        ("Aggiornamento", "L'azienda ha deciso di chiudere la posizione. La selezione è quindi annullata.", "rejection",
         True),
        ("Esito mutuo", "Purtroppo la sua richiesta di mutuo non è stata accolta.", "other", False),
        # a conference's call for contributions decides no job
        ("Summit 2025 - esito valutazione", "Grazie per aver inviato la proposta di intervento alla call for "
         "contributions. Ci dispiace informarLa che la Sua proposta non è stata selezionata.", "other", False),
    ],
)  # fmt: skip
def test_italian_mail_in_the_lei_and_tu_forms(subject, text, kind, confident):
    found = classify(subject, text)
    assert (found.kind, found.confident) == (kind, confident), found.reason


def test_an_italian_inbox_builds_its_applications_and_records_only_their_decision(tmp_path):
    def entry(ident, sender, subject, body, date):
        return {"id": ident, "label": "?", "sender": sender, "subject": subject, "body": body, "date": date}

    messages = [
        entry("ack-linkedin", "LinkedIn <jobs-noreply@linkedin.com>", "Marco, la tua candidatura è stata inviata a "
              "Pastificio Lume", "La tua candidatura è stata inviata a Pastificio Lume\n\nPastificio Lume\nBuyer Junior",
              "Mon, 03 Mar 2025 10:12:00 +0100"),
        entry("ack-own", "Torrefazione Aurora <selezione@torrefazioneaurora.example>", "Conferma ricezione candidatura",
              "Gentile Marco,\n\nabbiamo ricevuto la sua candidatura per la posizione di Analista Acquisti. Qualora il "
              "suo profilo risultasse in linea, verrà ricontattato.\n\nUfficio Selezione\nTorrefazione Aurora",
              "Tue, 04 Mar 2025 14:00:00 +0100"),
        entry("no", "Torrefazione Aurora <selezione@torrefazioneaurora.example>", "Esito della selezione",
              "Gentile Marco,\n\nla ringraziamo per l'interesse. Siamo spiacenti di comunicarle che abbiamo deciso di "
              "proseguire con altri candidati.\n\nUfficio Selezione\nTorrefazione Aurora",
              "Fri, 21 Mar 2025 16:30:00 +0100"),
        entry("loan", "Banca Esempio <noreply@bancaesempio.example>", "Esito della sua richiesta",
              "Purtroppo la sua richiesta di mutuo non è stata accolta.", "Mon, 24 Mar 2025 09:00:00 +0100"),
    ]  # fmt: skip
    box = mail_corpus.write_mbox(
        tmp_path / "inbox.mbox",
        {"me": [ME], "timezone": "Europe/Rome", "applications": [], "contacts": [], "messages": messages},
    )
    with Tracker.create(tmp_path / "t.sqlite", timezone="Europe/Rome") as t:
        import_mail(t, box, me=ME, create_applications=True)
        assert sorted(t.applications["company"]) == ["Pastificio Lume", "Torrefazione Aurora"]
        events = t.events.merge(t.applications[["application_id", "company"]], on="application_id")
        assert list(zip(events["company"], events["kind"], events["on"].astype(str))) == [
            ("Torrefazione Aurora", "rejection", "2025-03-21")
        ]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Abbiamo ricevuto la tua candidatura per l'annuncio \"Addetto/a Pianificazione\" - filiale di Milano.",
         "Addetto/a Pianificazione"),
        ("Grazie per la tua candidatura per la posizione di Procurement Analyst presso la sede di Torino.",
         "Procurement Analyst"),
        ("Grazie per esserti candidata come Supply Chain Specialist - Sede di Torino.", "Supply Chain Specialist"),
        ("Grazie per esserti candidata all'offerta «Junior Buyer» pubblicata su InfoJobs.", "Junior Buyer"),
    ],
)  # fmt: skip
def test_an_italian_acknowledgement_names_its_role(text, role):
    from followup_kit.io.mail.roles import first_sentences, role_in

    assert role_in(first_sentences("", text)) == role
