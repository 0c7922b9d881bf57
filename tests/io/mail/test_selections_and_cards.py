"""A public selection's steps in Italian (an admission refused, a ranking, a post suspended), a dot
that ends no sentence ("la S.V. non è ammessa", "Job Req. 55731"), a job board's card that names the
employer under the job's title or in a field line, and a course's place that is no job.  Every
sentence, name and address was written for the kit."""

from __future__ import annotations

import mail_corpus
import pytest

from followup_kit.io.mail.applications import JOB_BOARD_UPDATE, mail_application
from followup_kit.io.mail.card import employer_on_card
from followup_kit.io.mail.classify import classify
from followup_kit.io.mail.roles import first_sentences, role_in
from followup_kit.io.mail.sentences import split_sentences

ME = "piera.valli@example.net"


@pytest.mark.parametrize(
    ("subject", "text", "kind"),
    [
        # the decision after a long thank-you, with no "altri" before the candidates
        ("Aggiornamento sulla tua candidatura", "Ciao Piera,\ngrazie per il tempo dedicato alla candidatura.\n\nDopo "
         "un'attenta valutazione, abbiamo deciso di proseguire il processo con candidati il cui percorso è più vicino "
         "alle esigenze della posizione.", "rejection"),
        ("Esito selezione Rif. NRD/2501", "Gentile Piera Valli,\nle comunichiamo che la sua candidatura non è stata "
         "ammessa alla successiva fase di colloquio individuale.", "rejection"),
        # initials that end no sentence: "la S.V." is the formal "you" of a public body's letter
        ("Esito prova scritta - Concorso n. 4", "Gent.ma Sig.ra VALLI,\nsi comunica che la S.V. non è pertanto ammessa "
         "alla prova orale.\nDistinti saluti.", "rejection"),
        ("Graduatoria di merito", "Gentile Piera Valli,\ndalla graduatoria della procedura selettiva la S.V. risulta "
         "collocata al 4° posto, e pertanto IDONEA NON VINCITRICE.", "rejection"),
        ("Esito test online", "Gentile Piera,\nil punteggio ottenuto non ha raggiunto la soglia prevista: la tua "
         "candidatura per questa posizione si conclude qui.", "rejection"),
        ("Job Req. 4410 - Aggiornamento", "Gentile Ing. Valli,\nla posizione in oggetto (Job Req. 4410) è stata "
         "sospesa e il relativo processo di selezione è da considerarsi chiuso.", "rejection"),
        ("Esito candidatura", "Gentile Piera,\nil processo di selezione si è concluso e la posizione è stata ricoperta.",
         "rejection"),
        ("Aggiornamento", "Il processo di selezione per la posizione di Tecnico si è concluso. Tra i profili incontrati "
         "abbiamo individuato una persona con un'esperienza più aderente alle necessità del sito.", "rejection"),
        # acknowledgements in the words Italian employers use
        ("R: Candidatura spontanea", "Gentile Ing. Valli,\nconfermiamo di aver ricevuto il suo curriculum, che è stato "
         "inserito nel nostro database.", "acknowledgement"),
        ("Nord Trasporti - Conferma di avvenuta candidatura", "Gentile Piera Valli,\nla ringraziamo per aver inviato la "
         "sua candidatura.\nLa candidatura è stata acquisita correttamente in data 27/01/2025.", "acknowledgement"),
        ("Risposta automatica: Candidatura", "Gentile candidato,\nconfermiamo che il suo messaggio e il relativo "
         "curriculum sono stati ricevuti dall'Ufficio Risorse Umane.", "acknowledgement"),
    ],
)  # fmt: skip
def test_a_public_selection_in_italian_is_read_by_its_step(subject, text, kind):
    assert classify(subject, text).kind == kind


def test_a_rule_of_the_test_is_no_decision_on_you():
    text = ("Gentile Piera Valli,\nsi comunica che la S.V. è ammessa a sostenere la prova scritta del concorso, che si "
            "terrà giovedì 10 aprile alle 9:00. Non è ammessa la consultazione di testi.")  # fmt: skip
    assert classify("Convocazione prova scritta", text).kind != "rejection"


def test_a_sentence_goes_on_past_an_abbreviation_but_ends_before_a_capital():
    assert split_sentences("Gentile, la S.V. non è ammessa. Distinti saluti.") == [
        "Gentile, la S.V. non è ammessa.",
        "Distinti saluti.",
    ]
    assert split_sentences("See Job Req. 4410 for details. Thanks") == ["See Job Req. 4410 for details.", "Thanks"]
    assert split_sentences("We met in the U.S. We liked it.")[-1] == "We liked it."


@pytest.mark.parametrize(
    ("text", "role", "employer"),
    [
        ("La tua candidatura è stata inviata\n\nProcess Engineer\nHarbor Tools S.p.A. – Monza (MB)\n\nI seguenti "
         "elementi sono stati inviati.", "Process Engineer", "Harbor Tools"),
        # the subject's role holds the employer too; the card's title line is the role alone
        ("Process Engineer\nHarbor Tools S.p.A. – Monza (MB)\n", "Process Engineer - Harbor Tools S.p.A.",
         "Harbor Tools"),
        # the card's title says more than the subject's role
        ("your application was successfully submitted\n\nData Analyst, Retail Analytics\nLumen Bank Singapore\n"
         "Downtown Core", "Data Analyst", "Lumen Bank Singapore"),
        ("Offerta: Responsabile Ufficio Tecnico\nAzienda: Officine Rivalta S.r.l.\nLocalità: Monza", None,
         "Officine Rivalta"),
        ("Tjänst: Backendutvecklare\nFöretag: Norrsken Data AB\nOrt: Stockholm", None, "Norrsken Data"),
    ],
)  # fmt: skip
def test_a_job_boards_card_names_the_employer(text, role, employer):
    assert employer_on_card(text, role) == employer


def test_a_sentence_that_names_the_role_is_no_card():
    text = "We received your application for Process Engineer.\nOur team will review it soon."
    assert employer_on_card(text, "Process Engineer") is None


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Outcome of Application - Professional Certificate in Data Science (Sept Intake)", "Dear Ms Valli,\nWe "
         "regret to inform you that your application has not been successful for this intake as the class has "
         "reached full capacity. You have been placed on the waitlist."),
        ("Your application", "Dear Piera,\nUnfortunately your application was not successful. The application fee "
         "will be refunded within ten days."),
    ],
)  # fmt: skip
def test_a_courses_place_decides_no_job(subject, text):
    assert classify(subject, text).kind == "other"


def test_boards_confirmations_build_applications_named_for_the_employer_on_their_cards(tmp_path):
    apps, _result = mail_corpus.import_letters(
        tmp_path,
        ME,
        [
            ("Jobstreet <noreply@jobstreet.com>", "Your application for Data Analyst was successfully submitted",
             "Mon, 03 Mar 2025 10:12:00 +0800", "Piera, your application was successfully submitted\n\nData Analyst, "
             "Retail Analytics\nLumen Bank Singapore\nDowntown Core\n\nSubmitted on 3 Mar 2025"),
            ("Indeed Apply <indeedapply@indeed.com>", "Candidatura inviata: Process Engineer - Harbor Tools S.p.A.",
             "Tue, 04 Mar 2025 08:00:00 +0100", "La tua candidatura è stata inviata\n\nProcess Engineer\nHarbor Tools "
             "S.p.A. – Monza (MB)\n\nProssimi passi\nIl datore di lavoro potrebbe contattarti."),
            ("InfoJobs <noreply@infojobs.it>", "Candidatura inviata: Responsabile Ufficio Tecnico",
             "Wed, 05 Mar 2025 22:16:00 +0100", "Ciao Piera,\n\nla tua candidatura è stata inviata correttamente!\n\n"
             "Offerta: Responsabile Ufficio Tecnico\nAzienda: Officine Rivalta S.r.l.\nLocalità: Monza (MB)\n"),
        ],
    )  # fmt: skip
    companies = set(apps["company"])
    assert companies == {"Lumen Bank Singapore", "Harbor Tools", "Officine Rivalta"}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Dear Piera,\nThank you for submitting your application for the position:\n\nPROCESS ENGINEER – POWERTRAIN "
         "ASSEMBLY (Ref. 7781)\nModena, Italy\n", "Process Engineer – Powertrain Assembly"),
        ("Gentile Piera,\nla ringraziamo per aver inviato la sua candidatura all'annuncio\n\nTECNICO MANUTENZIONE "
         "ROTABILI – Rif. NRD/TEC/2501\n\nLa candidatura è stata acquisita.", "Tecnico Manutenzione Rotabili"),
        ("ciao Piera,\ngrazie per esserti candidata all'offerta\n\ningegnere di processo – settore automotive\nBergamo "
         "(BG) – rif. 2107/PRF\n", "ingegnere di processo – settore automotive"),
    ],
)  # fmt: skip
def test_a_role_on_its_own_line_after_its_lead_in(text, role):
    app = mail_application("Harbor Careers", "no-reply@harbor.example", False, "Conferma candidatura", text)
    assert app is not None and app.role == role


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("R: Candidatura spontanea - Ingegnere di Processo / Industrializzazione",
         "Ingegnere di Processo / Industrializzazione"),
        ("Risposta automatica: Candidatura: Ingegnere di Produzione (rif. annuncio)", "Ingegnere di Produzione"),
    ],
)  # fmt: skip
def test_an_italian_subject_names_the_role_after_its_candidatura(subject, role):
    assert role_in(first_sentences(subject, "")) == role


def test_a_mortgage_with_a_hiring_letter_to_upload_is_no_offer():
    text = ("Gentile Piera,\nla pre-valutazione della tua richiesta ha avuto esito POSITIVO.\nTi chiediamo di caricare "
            "la lettera di assunzione firmata e le ultime due buste paga.")  # fmt: skip
    assert classify("Mutuo Giovani: esito della pre-valutazione", text).kind == "other"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hej Piera,\nTack för din ansökan till tjänsten som utvecklare. Rekryteringen har pausats och tjänsten "
         "tillsätts inte.", "rejection"),
        ("Hej Piera,\nVi har gått vidare med andra kandidater i rekryteringen till tjänsten som utvecklare.",
         "rejection"),
        ("Hej Piera,\nVi är glada att kunna ge dig ett erbjudande om anställning som utvecklare.", "offer"),
        ("Hej Piera,\nTack för din ansökan till tjänsten. Vi skulle gärna vilja träffa dig för en intervju.",
         "interview_request"),
        # "not an offer": the negation before it
        ("Hej Piera,\nDetta är inte ett erbjudande om anställning, bara en inbjudan till vår rekryteringsdag.", "other"),
    ],
)  # fmt: skip
def test_swedish_decisions_offers_and_invitations(text, kind):
    assert classify("Din ansökan", text).kind == kind


def test_a_boards_relayed_answer_it_has_no_template_for_is_read_by_its_card(tmp_path):
    apps, _result = mail_corpus.import_letters(
        tmp_path,
        ME,
        [
            ("Indeed <donotreply@indeed.com>", "Aggiornamento sulla tua candidatura per Process Engineer",
             "Wed, 26 Mar 2025 09:47:33 +0100", "indeed\n\nHarbor Tools S.p.A. ha aggiornato lo stato della tua "
             "candidatura\n\nProcess Engineer\nHarbor Tools S.p.A. – Monza (MB)\n\nIl datore di lavoro ha esaminato la "
             "tua candidatura e ha deciso di non procedere per questa posizione.\n"),
        ],
    )  # fmt: skip
    assert list(zip(apps["company"], apps["status"])) == [("Harbor Tools", "rejected")]


@pytest.mark.parametrize(
    "subject", ["Aggiornamento candidatura: Responsabile Ufficio Tecnico", "Din ansökan till Backendutvecklare"]
)
def test_a_boards_update_on_your_application_is_not_set_aside_as_an_alert(subject):
    assert JOB_BOARD_UPDATE.search(subject) is not None
