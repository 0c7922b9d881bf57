"""A platform's own templates mean what they say (issue 25): board confirmations start an
application, LinkedIn's "rejected" template decides, "viewed" is news, not an answer."""

from __future__ import annotations

import mail_corpus
import pytest

from followup_kit.io.mail.importer import import_mail
from followup_kit.io.mail.platforms import platform_of
from followup_kit.io.mail.templates import fits_subject, read_template
from followup_kit.store.tracker import Tracker

ME = "alex.moreau@example.net"
LINKEDIN = "jobs-noreply@linkedin.com"
#: A tracking link as LinkedIn writes it, with the template's name in it (invented token values).
REJECTED_LINK = "https://www.linkedin.com/comm/jobs/view/1?trk=eml-email_jobs_application_rejected_01-footer&eid=x1"
CONFIRMED_LINK = "https://www.linkedin.com/comm/jobs/view/1?trk=eml-email_application_confirmation_with_nba_01-view"


@pytest.mark.parametrize(
    ("sender", "subject", "text", "kind", "employer", "role"),
    [
        (LINKEDIN, "Alex, your application was sent to Harbor Labs", "", "acknowledgement", "Harbor Labs", None),
        (
            LINKEDIN,
            "Alex, votre candidature a été envoyée à Meritis | B Corp™",
            "Votre candidature a été envoyée à Meritis | B Corp™\n\nIngénieur Data H/F\nMeritis\nParis",
            "acknowledgement",
            "Meritis",
            "Ingénieur Data H/F",
        ),
        (
            LINKEDIN,
            "Votre candidature : Data Engineer H/F chez Quillsoft",
            f"Dernière nouvelle de Quillsoft\n----\nSe désabonner : {REJECTED_LINK}",
            "rejection",
            "Quillsoft",
            "Data Engineer H/F",
        ),
        (LINKEDIN, "Your application was viewed by Harbor Labs", "", "other", "Harbor Labs", None),
        # the pre-header, the greeting with the job seeker's name, then the card: company, role, place
        (
            LINKEDIN,
            "Alex, your application was sent to Quillsoft",
            "Your application was sent to Quillsoft   \n \n\tAlex Moreau\nYour application was sent to Quillsoft\n"
            "Quillsoft \nData Analyst\nQuillsoft · Lyon\nApplied: 7 seconds ago\n",
            "acknowledgement",
            "Quillsoft",
            "Data Analyst",
        ),
        (
            "indeedapply@indeed.com",
            "Indeed Application: Field Technician",
            "",
            "acknowledgement",
            "",
            "Field Technician",
        ),
        ("apply@indeed.com", "Submitted: Application with Harbor Labs", "", "acknowledgement", "Harbor Labs", None),
        (
            "notifications@wellfound.com",
            "You applied to Brightbowl Robotics",
            "",
            "acknowledgement",
            "Brightbowl Robotics",
            None,
        ),
        (
            "noreply@joinsuperset.com",
            "Application submitted: Quill Data - Graduate Analyst",
            "",
            "acknowledgement",
            "Quill Data",
            "Graduate Analyst",
        ),
        (
            "notifications@joinhandshake.com",
            "Your application to Quill Data was submitted",
            "",
            "acknowledgement",
            "Quill Data",
            None,
        ),
        (
            "noreply@glassdoor.com",
            "Application sent: Site Reliability Engineer at Corvid Works",
            "",
            "acknowledgement",
            "Corvid Works",
            "Site Reliability Engineer",
        ),
        (
            "phil@ziprecruiter.com",
            "Harbor Labs has received your application",
            "",
            "acknowledgement",
            "Harbor Labs",
            None,
        ),
        ("phil@ziprecruiter.com", "Your application was viewed", "", "other", "", None),
        # SEEK's confirmation with the role and the employer in one sentence
        (
            "noreply@s.seek.com.au",
            "Your application was successfully submitted",
            "Hi Sam,\n\nYour application for Events Coordinator at Harbor Arts Centre was sent on 2 September 2025.",
            "acknowledgement",
            "Harbor Arts Centre",
            "Events Coordinator",
        ),
        # a board's card under "the following job has been sent:": the role, then the employer
        (
            "jobs@jobs.theguardian.com",
            "Your application: Marketing Manager",
            "Dear Sam,\n\nYour application for the following job has been sent:\n\nMarketing Manager\n"
            "Harbor College of Music\nManchester | £41,064\n\nGood luck!",
            "acknowledgement",
            "Harbor College of Music",
            "Marketing Manager",
        ),
        # job boards' confirmations in French: the employer after the role, or after "transmise à"
        (
            "indeedapply@indeed.com",
            "Candidature envoyée : Contrôleur de gestion H/F - Garage Duval",
            "Votre candidature a été envoyée.",
            "acknowledgement",
            "Garage Duval",
            "Contrôleur de gestion H/F",
        ),
        (
            "ne-pas-repondre@apec.fr",
            "Votre candidature a bien été transmise à TRAMWAYS DU RHÔNE",
            "Bonjour, votre candidature a bien été transmise.",
            "acknowledgement",
            "TRAMWAYS DU RHÔNE",
            None,
        ),
        # a board's subject that greets you by name first, and one that names only the employer
        (
            "phil@ziprecruiter.com",
            "Sam, you applied to Marketing Coordinator at Harbor Mill",
            "Good luck!",
            "acknowledgement",
            "Harbor Mill",
            "Marketing Coordinator",
        ),
        (
            "noreply@idealist.org",
            "You applied to Riverside Trails Partnership",
            "Hi Sam",
            "acknowledgement",
            "Riverside Trails Partnership",
            None,
        ),
        # a board's subject ending on an emoji
        (
            "hello@welcometothejungle.com",
            "Ta candidature chez Maison Ardent a bien été envoyée 🎉",
            "Bravo, ta candidature est partie !",
            "acknowledgement",
            "Maison Ardent",
            None,
        ),
    ],
)
def test_templates_are_read_by_their_mark_or_their_subject(sender, subject, text, kind, employer, role):
    reading = read_template(platform_of(sender), subject, text)
    assert (reading.kind, reading.employer, reading.role) == (kind, employer, role)
    assert platform_of(sender).name in reading.reason


def test_a_subject_that_is_not_its_meaning_decides_nothing_without_the_mark():
    """ "Your application to ROLE at X" also heads news that is no decision: only the mark decides."""
    linkedin = platform_of(LINKEDIN)
    assert read_template(linkedin, "Your application to Data Engineer at Quillsoft", "An update from Quillsoft") is None
    assert read_template(platform_of("talent@harborlabs.example"), "Your application was sent to X", "") is None
    # the subject still lets the message past the job-board filter, to be read in full
    assert fits_subject(linkedin, "Your application to Data Engineer at Quillsoft")
    assert not fits_subject(linkedin, "12 new jobs for you")
    assert not fits_subject(None, "Your application was sent to Harbor Labs")


def _entry(ident, sender, subject, body, date):
    return {"id": ident, "label": "?", "sender": sender, "subject": subject, "body": body, "date": date}


#: LinkedIn's news under the subject of its relayed answer: no decision, no answer.
_NEWS = _entry(
    "news",
    f"LinkedIn <{LINKEDIN}>",
    "Your application to Data Engineer at Tallow Works",
    "Tallow Works viewed your profile. See who else applied.",
    "Sat, 21 Nov 2026 09:00:00 +0100",
)


def _import(tmp_path, messages):
    """Import ``messages`` into a new Paris tracker with ``--create-applications``."""
    box = {"me": [ME], "timezone": "Europe/Paris", "applications": [], "contacts": [], "messages": messages}
    tracker = Tracker.create(tmp_path / "t.sqlite", timezone="Europe/Paris")
    result = import_mail(tracker, mail_corpus.write_mbox(tmp_path / "in.mbox", box), me=ME, create_applications=True)
    return tracker, result


def test_a_french_easy_apply_then_linkedins_rejection_template_make_one_rejected_application(tmp_path):
    """The relayed rejection's text is only LinkedIn's footer: its template's mark decides."""
    tracker, result = _import(
        tmp_path,
        [
            _entry(
                "ack",
                f"LinkedIn <{LINKEDIN}>",
                "Alex, votre candidature a été envoyée à Quillsoft",
                f"Votre candidature a été envoyée à Quillsoft\n\nData Engineer H/F\nQuillsoft\nLyon\n{CONFIRMED_LINK}",
                "Tue, 03 Nov 2026 10:00:00 +0100",
            ),
            _entry(
                "no",
                f"LinkedIn <{LINKEDIN}>",
                "Votre candidature : Data Engineer H/F chez Quillsoft",
                f"Dernière nouvelle de Quillsoft\n----\nCet e-mail est destiné à Alex\nSe désabonner : {REJECTED_LINK}",
                "Fri, 20 Nov 2026 09:00:00 +0100",
            ),
            _entry(
                "viewed",
                f"LinkedIn <{LINKEDIN}>",
                "Votre candidature a été vue par Quillsoft",
                "https://www.linkedin.com/comm/x?trk=eml-email_jobs_job_application_viewed_01-y",
                "Wed, 04 Nov 2026 09:00:00 +0100",
            ),
        ],
    )
    apps = tracker.applications
    assert apps[["company", "role", "applied_on"]].astype(str).values.tolist() == [
        ["Quillsoft", "Data Engineer H/F", "2026-11-03"]
    ]
    assert apps["status"].tolist() == ["rejected"]
    assert result.messages["outcome"].tolist() == ["applied", "applied", "ignored"]
    assert tracker.events["kind"].tolist() == ["rejection"]
    tracker.close()


def test_linkedins_subject_and_a_decision_in_its_text_start_a_rejected_application(tmp_path):
    """Without the template's mark (links stripped), the subject and the text's own decision agree."""
    tracker, result = _import(
        tmp_path,
        [
            _entry(
                "no",
                f"LinkedIn <{LINKEDIN}>",
                "Your application to Data Analyst at Quill Valley Health, PBC",
                "Your update from Quill Valley Health\nThank you for your interest in the Data Analyst position. "
                "Unfortunately, we will not be moving forward with your application.\nRegards, Quill Valley Health",
                "Fri, 20 Nov 2026 09:00:00 +0100",
            ),
            _NEWS,
        ],
    )
    apps = tracker.applications
    assert apps[["company", "role", "status"]].values.tolist() == [["Quill Valley Health", "Data Analyst", "rejected"]]
    assert result.messages["outcome"].tolist() == ["applied", "ignored"]
    tracker.close()


def test_linkedins_answer_cut_before_its_decision_goes_to_review_never_to_the_alerts(tmp_path):
    """A mail export's preview kept LinkedIn's heading and footer, not the employer's sentence:
    the answer is neither an alert nor a decision, so it waits for the user, named for its employer."""
    tracker, result = _import(
        tmp_path,
        [
            _entry(
                "cut",
                f"LinkedIn <{LINKEDIN}>",
                "Your application to Pricing Analyst at Quill Valley Health",
                "Your update from Quill Valley Health\n----------\nThis email was intended for Alex (Analyst)\n"
                "You are receiving LinkedIn notification emails. Unsubscribe",
                "Fri, 20 Nov 2026 09:00:00 +0100",
            ),
            _NEWS,
        ],
    )
    assert result.messages["outcome"].tolist() == ["to review", "ignored"]
    reason = result.messages["reason"].iloc[0]
    assert "Quill Valley Health" in reason and "open it in your mail" in reason
    assert tracker.events.empty and tracker.applications.empty
    tracker.close()


def test_a_relay_platforms_mail_is_named_by_its_sign_off_never_by_its_domain(tmp_path):
    tracker, _ = _import(
        tmp_path,
        [
            _entry(
                "ack",
                "Welcome to the Jungle <qs-5f3e9c0d2b7a4e61a9c8d7e6@candidates.welcomekit.co>",
                "Alex, candidature bien reçue pour Data Engineer",
                "Bonjour Alex,\n\nNous avons bien reçu ta candidature pour le poste de « Data Engineer ». Sans "
                "nouvelles de notre part d'ici trois semaines, veuillez considérer que nous ne donnerons pas suite."
                "\n\nA très bientôt,\nL'équipe Quillsoft\nPour répondre, envoyez un email à : "
                "qs-5f3e9c0d2b7a4e61a9c8d7e6@candidates.welcomekit.co",
                "Tue, 03 Nov 2026 10:00:00 +0100",
            ),
        ],
    )
    apps = tracker.applications
    assert apps["company"].tolist() == ["Quillsoft"]
    # the announced silence is a condition: no decision yet
    assert tracker.events.empty
    tracker.close()


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        ("Quillsoft <quillsoft+autoreply@talent.icims.com>", "Your job application is incomplete!", "Finish it here."),
        ("Quillsoft <quillsoft+autoreply@talent.icims.com>", "You've started your job application!", "Welcome back."),
        ("Harbor Labs <harborlabs@myworkday.com>", "Harbor Labs: Continue to apply for the job Analyst", "Hi Alex,"),
    ],
)
def test_an_application_started_but_not_sent_starts_nothing(tmp_path, sender, subject, body):
    tracker, result = _import(tmp_path, [_entry("x", sender, subject, body, "Tue, 03 Nov 2026 10:00:00 +0100")])
    assert tracker.applications.empty
    assert result.messages["reason"].str.contains("started but have not sent").all()
    tracker.close()


def test_a_request_for_information_from_an_unknown_sender_starts_no_application(tmp_path):
    """Cold outreach reads like a request for information: it may join an application, never start one."""
    text = "Dear Alex,\n\nCould you please send us your updated CV and your availability for a short call?"
    tracker, result = _import(
        tmp_path,
        [
            _entry(
                "x", "Sam Rivera <sam@staffing.example>", "Data Engineer role", text, "Tue, 03 Nov 2026 10:00:00 +0100"
            )
        ],
    )
    assert tracker.applications.empty
    assert result.messages["outcome"].tolist() != ["applied"]
    tracker.close()


def test_an_empty_mail_about_your_application_goes_to_review(tmp_path):
    """An export that kept the headers but not the text: the subject alone decides nothing."""
    tracker, result = _import(
        tmp_path,
        [
            _entry(
                "x",
                "harborlabs@myworkday.com",
                "Your Application with Harbor Labs",
                " ",
                "Tue, 03 Nov 2026 10:00 +0100",
            )
        ],
    )
    assert result.messages["outcome"].tolist() == ["to review"] and tracker.events.empty
    tracker.close()


@pytest.mark.parametrize(
    ("sender", "subject", "text", "kind", "employer", "role"),
    [
        ("noreply@infojobs.net", "La empresa MERCADO EXEMPLO ha descartado tu candidatura", "", "rejection",
         "MERCADO EXEMPLO", None),
        ("noreply@infojobs.net", "Candidatura enviada: Analista de Marketing CRM",
         "Hola,\n\nAcabas de inscribirte en la oferta Analista de Marketing CRM de Almacenes Ejemplo (Madrid, Hortaleza).",
         "acknowledgement", "Almacenes Ejemplo", "Analista de Marketing CRM"),
        ("notificaciones@co.computrabajo.com", "Tu postulación fue enviada a Tiendas Ejemplo", "", "acknowledgement",
         "Tiendas Ejemplo", None),
        ("info@naukri.com", "Application sent: Senior SDET at Ejemplo Payments", "", "acknowledgement",
         "Ejemplo Payments", "Senior SDET"),
        ("noreply@hirist.tech", "Your application for SDET III at Ejemplo was viewed by the recruiter", "", "other", "",
         None),
    ],
)  # fmt: skip
def test_spanish_latin_american_and_indian_boards_templates(sender, subject, text, kind, employer, role):
    reading = read_template(platform_of(sender), subject, text)
    assert (reading.kind, reading.employer, reading.role) == (kind, employer, role)


def test_indeeds_alerts_are_set_aside_and_an_employers_message_it_relays_is_read(tmp_path):
    """indeed.com sends alerts (``alerts`` in the table); indeedemail.com relays an employer's own words."""
    tracker, result = _import(
        tmp_path,
        [
            _entry(
                "ack",
                "Indeed Apply <indeedapply@indeed.com>",
                "Indeed Application: Dental Receptionist",
                "Your application has been submitted\n\nDental Receptionist\nHillcrest Dental - Tulsa, OK\n",
                "Tue, 03 Nov 2026 10:00:00 +0100",
            ),
            _entry(
                "alert",
                "Indeed <alert@indeed.com>",
                "5 new Dental Receptionist jobs near Tulsa",
                "Dental Receptionist\nSmile Co - Tulsa\n\nFront Desk Coordinator\nBright Teeth - Tulsa\n",
                "Wed, 04 Nov 2026 10:00:00 +0100",
            ),
            _entry(
                "no",
                "Hillcrest Dental via Indeed <reply-3f9a2b7c8d1e4f50@indeedemail.com>",
                "Dental Receptionist at Hillcrest Dental",
                "Hi Alex,\n\nThank you for your interest in the Dental Receptionist role. Unfortunately, we have"
                " decided to move forward with other candidates.\n\nBest,\nDana Ortiz\nHillcrest Dental\n",
                "Fri, 20 Nov 2026 09:00:00 +0100",
            ),
        ],
    )
    assert result.messages["outcome"].tolist() == ["applied", "ignored", "applied"]
    assert result.messages["reason"][1] == "a job alert or job-board mail (indeed.com)"
    assert tracker.applications[["company", "status"]].values.tolist() == [["Hillcrest Dental", "rejected"]]
    tracker.close()


@pytest.mark.parametrize(
    ("sender", "subject", "text", "employer", "role"),
    [
        ("noreply@snagajob.com", "Your application to Copper Kettle Diner was sent!", "", "Copper Kettle Diner", None),
        ("noreply@ziprecruiter.com", "Application submitted: Line Cook at Copper Kettle Diner", "",
         "Copper Kettle Diner", "Line Cook"),
        ("noreply@cv-library.co.uk", "Application sent: Events Officer at Fernhill Trust", "", "Fernhill Trust",
         "Events Officer"),
        ("noreply@jobs.theguardian.com", "Your application has been sent: Policy Officer - Fernhill Trust", "",
         "Fernhill Trust", "Policy Officer"),
        ("noreply@charityjob.co.uk", "Your application to Fernhill Trust has been sent", "", "Fernhill Trust", None),
        # the role alone in the subject: the text says whom it went to
        ("noreply@reed.co.uk", "Your application for Events Officer has been sent",
         "Hi Sam,\n\nGood news: your application has been sent to Fernhill Trust.\n", "Fernhill Trust",
         "Events Officer"),
        # Indeed's card before its sentence: the employer on the line under the role, before its town
        ("indeedapply@indeed.com", "Indeed Application: Program Manager, Community Schools",
         "Application submitted\n\nProgram Manager, Community Schools\nFamily League of Harbor - Harbor City, MD 21218\n\n"
         "Your application has been submitted. Here's what happens next:\n\n(c) 2025 Indeed - 6433 Champion Way, "
         "Austin, TX 78750", "Family League of Harbor", "Program Manager, Community Schools"),
        # a card: the employer on the line under the job's title (its table's label skipped), never a footer's brand
        ("noreply@bumeran.com.mx", "¡Te postulaste con éxito! Contador General",
         "¡Hola! Tu postulación fue enviada con éxito\n\nContador General\nFarmacias del Puerto\nCoyoacán · Presencial"
         "\n\nBumeran México · Si no deseas recibir estos correos, modifica tus preferencias .", "Farmacias del Puerto",
         "Contador General"),
        ("notificaciones@elempleo.com", "Aplicaste a la oferta: Analista de Impuestos",
         "¡Tu aplicación fue exitosa!\n\nCargo\nAnalista de Impuestos\nEmpresa\nHarbor Alimentos S.A.\nCiudad\nBogotá",
         "Harbor Alimentos", "Analista de Impuestos"),
        ("notificaciones@occ.com.mx", "Postulación exitosa a Analista Fiscal",
         "Tu CV fue enviado a la vacante Analista Fiscal de GRUPO PUERTO, ubicada en Tlalpan, Ciudad de México.",
         "GRUPO PUERTO", "Analista Fiscal"),
        ("noreply@infojobs.it", "Candidatura inviata: Supply Chain Specialist",
         "Ti sei candidata all'offerta:\n\nSupply Chain Specialist\nPorto Ricambi S.p.A. - Milano (MI)\nFull time",
         "Porto Ricambi", "Supply Chain Specialist"),
    ],
)  # fmt: skip
def test_every_job_boards_confirmation_in_its_shared_shapes(sender, subject, text, employer, role):
    """A board's confirmation names the employer in one of a few shapes, whichever board sends it
    (``[[board_template]]``): it is an acknowledgement, never the board's job alert."""
    reading = read_template(platform_of(sender), subject, text)
    assert (reading.kind, reading.employer, reading.role) == ("acknowledgement", employer, role)


def test_a_boards_relayed_answer_is_read_by_its_text_and_named_by_its_subject(tmp_path):
    """ "An update on your application from X" decides nothing alone; with a decision in its text it
    is X's rejection, on the application its confirmation started."""
    tracker, result = _import(
        tmp_path,
        [
            _entry(
                "ack",
                "ZipRecruiter <noreply@ziprecruiter.com>",
                "Application submitted: Line Cook at Copper Kettle Diner",
                "Hi Sam,\n\nYour application is on its way. Similar jobs near you:\nPrep Cook - Ovenbird\n",
                "Tue, 03 Nov 2026 10:00:00 +0100",
            ),
            _entry(
                "no",
                "Indeed <noreply@indeed.com>",
                "An update on your application from Copper Kettle Diner",
                "Line Cook\nCopper Kettle Diner\n\nAfter reviewing your application, Copper Kettle Diner has decided"
                " not to move forward with it at this time.\n",
                "Fri, 20 Nov 2026 09:00:00 +0100",
            ),
        ],
    )
    assert result.messages["outcome"].tolist() == ["applied", "applied"]
    apps = tracker.applications
    assert apps[["company", "role", "status"]].values.tolist() == [["Copper Kettle Diner", "Line Cook", "rejected"]]
    assert str(apps.loc[0, "applied_on"])[:10] == "2026-11-03"
    tracker.close()


def test_a_field_line_names_the_employer_a_job_site_sends_for(tmp_path):
    """A public-sector job site lays out the vacancy ("Department: ..."): that names the
    application, and a company's "Department: Engineering" names no one."""
    tracker, result = _import(
        tmp_path,
        [
            _entry(
                "ack",
                "Civil Service Jobs <noreply@civilservicejobs.service.gov.uk>",
                "Application submitted - 300123 - Executive Officer",
                "Dear Sam,\n\nThank you for submitting your application for the following vacancy:\n\n"
                "Vacancy reference: 300123\nJob title: Executive Officer\nDepartment: Office for Fair Harbours\n"
                "Location: Leeds\n\nCivil Service Jobs\n",
                "Tue, 03 Nov 2026 10:00:00 +0100",
            ),
        ],
    )
    assert result.messages["outcome"].tolist() == ["applied"]
    assert tracker.applications["company"].tolist() == ["Office for Fair Harbours"]
    tracker.close()
    from followup_kit.io.mail.fields import employer_in_field

    assert employer_in_field("Role: Data Engineer\nDepartment: Engineering\n") is None
    assert employer_in_field("Employer: Fernhill Trust\n") == "Fernhill Trust"


@pytest.mark.parametrize(
    ("sender", "subject", "text", "employer", "role"),
    [
        ("help@interfolio.com", "Application Submitted: Postdoctoral Fellow, Lindenberg School", "",
         "Lindenberg School", "Postdoctoral Fellow"),
        ("noreply@werkenvoornederland.nl", "Bevestiging van je sollicitatie: Onderzoeker luchtkwaliteit (KVRI)", "",
         "KVRI", "Onderzoeker luchtkwaliteit"),
        ("noreply@jobs.ac.uk", "Application submitted: Research Associate",
         "Your application has been submitted.\n\nJob: Research Associate\nEmployer: University of Northfield - "
         "School of Earth Sciences\n", "University of Northfield", "Research Associate"),
        ("jobs-noreply@linkedin.com", "Sam, your application was sent to Dijkstra+Veld", "", "Dijkstra+Veld", None),
    ],
)  # fmt: skip
def test_academic_and_public_job_sites_name_the_employer(sender, subject, text, employer, role):
    reading = read_template(platform_of(sender), subject, text)
    assert (reading.kind, reading.employer, reading.role) == ("acknowledgement", employer, role)


def test_a_boards_relayed_answer_without_an_alert_domain_is_named_by_its_subject(tmp_path):
    """Snagajob sends no alerts from a domain of their own: its "An update on your X application" with
    a decision in the text is X's answer all the same."""
    tracker, result = _import(
        tmp_path,
        [
            _entry("ack", "Snagajob <noreply@snagajob.com>", "Your application to Copper Kettle Diner was sent!",
                   "Nice work!\n\nYour application for Line Cook was sent to Copper Kettle Diner.\n",
                   "Tue, 03 Nov 2026 10:00:00 +0100"),
            _entry("no", "Snagajob <noreply@snagajob.com>", "An update on your Copper Kettle Diner application",
                   'Message from Copper Kettle Diner:\n"Thank you for coming in. We are unable to offer you a position '
                   'at this time."\n', "Fri, 20 Nov 2026 09:00:00 +0100"),
        ],
    )  # fmt: skip
    assert result.messages["outcome"].tolist() == ["applied", "applied"]
    assert tracker.applications[["company", "status"]].values.tolist() == [["Copper Kettle Diner", "rejected"]]
    tracker.close()


def test_a_job_sites_update_joins_its_application_by_the_vacancy_number(tmp_path):
    """The confirmation names the department in a field; the outcome names only the vacancy number
    ("Update on your application - 300123")."""
    tracker, result = _import(
        tmp_path,
        [
            _entry("ack", "Civil Service Jobs <noreply@civilservicejobs.service.gov.uk>",
                   "Application submitted - 300123 - Executive Officer",
                   "Dear Alex,\n\nThank you for submitting your application for the following vacancy:\n\n"
                   "Vacancy reference: 300123\nJob title: Executive Officer\nDepartment: Office for Fair Harbours\n",
                   "Tue, 03 Nov 2026 10:00:00 +0100"),
            _entry("no", "Civil Service Jobs <noreply@civilservicejobs.service.gov.uk>",
                   "Update on your application - 300123",
                   "Dear Alex,\n\nVacancy reference: 300123\n\nThe sift for this vacancy has now been completed. "
                   "Unfortunately your application did not reach the required score and will not progress further.\n",
                   "Fri, 20 Nov 2026 09:00:00 +0100"),
        ],
    )  # fmt: skip
    # the outcome names no employer: it joins the application its confirmation started, by its number
    assert result.messages["outcome"].tolist() == ["applied", "applied"]
    assert tracker.applications[["company", "status"]].values.tolist() == [["Office for Fair Harbours", "rejected"]]
    tracker.close()


@pytest.mark.parametrize(
    ("sender", "subject", "text", "kind", "employer", "role"),
    [
        ("noreply@s.seek.com.au", "Your application was successfully submitted",
         "Your application was successfully submitted\n\nHi Jess,\n\nYour application for Content Lead at Harbor "
         "Labs (Collingwood VIC) has been sent.\n", "acknowledgement", "Harbor Labs", "Content Lead"),
    ],
)  # fmt: skip
def test_seeks_confirmation_with_the_suburb_after_the_employer(sender, subject, text, kind, employer, role):
    reading = read_template(platform_of(sender), subject, text)
    assert (reading.kind, reading.employer, reading.role) == (kind, employer, role)


def test_seeks_relayed_answer_is_named_by_its_text():
    from followup_kit.io.mail.templates import subject_reading

    reading = subject_reading(
        platform_of("noreply@s.seek.com.au"),
        "An update on your application for Marketing Coordinator",
        "rejection",
        "Hi Jess,\n\nHarbor Labs has let us know that your application for Marketing Coordinator is unlikely to "
        "progress further.\n",
    )
    assert (reading.employer, reading.role) == ("Harbor Labs", "Marketing Coordinator")


def test_a_street_address_names_no_employer():
    from followup_kit.io.mail.platforms import is_employer_name

    assert not is_employer_name("167B Victoria Street West") and is_employer_name("7-Eleven")


@pytest.mark.parametrize(
    ("sender", "subject", "text", "employer", "role"),
    [
        ("noreply@iimjobs.com", "Application Successful: Fernhill Digital - Manager, Strategy (4-7 yrs)", "",
         "Fernhill Digital", "Manager, Strategy (4-7 yrs)"),
        ("info@naukri.com", "Application sent: Analyst - Corporate Planning | Fernhill Capital", "",
         "Fernhill Capital", "Analyst - Corporate Planning"),
        ("info@naukri.com", "Your application has been sent to the recruiter",
         "Your application for the following job has been sent to the recruiter:\n\nAssociate - Research\n"
         "Fernhill Securities\n2-5 Yrs | Mumbai\n", "Fernhill Securities", "Associate - Research"),
        ("notifications@instahyre.com", "Application sent to Fernhill - Associate, Growth", "", "Fernhill",
         "Associate, Growth"),
        ("noreply@foundit.in", "You have successfully applied to Fernhill Bank", "", "Fernhill Bank", None),
        ("notifications@cutshort.io", "Your application to Fernhill is in!", "", "Fernhill", None),
    ],
)  # fmt: skip
def test_indian_boards_confirmations_in_the_shared_shapes(sender, subject, text, employer, role):
    reading = read_template(platform_of(sender), subject, text)
    assert (reading.kind, reading.employer, reading.role) == ("acknowledgement", employer, role)


@pytest.mark.parametrize(
    ("sender", "subject", "text", "employer", "role"),
    [
        ("no-reply@karriere.at", "Deine Bewerbung bei Fernhill Maschinenbau AG wurde versendet", "",
         "Fernhill Maschinenbau", None),
        ("noreply@jobs.ch", "Deine Bewerbung wurde versendet: Produktmanager Drehgestelle (m/w/d)",
         "Deine Bewerbung wurde an Fernhill Rail übermittelt.", "Fernhill Rail", "Produktmanager Drehgestelle"),
        ("no-reply@stepstone.de", "Ihre Bewerbung wurde erfolgreich versendet",
         "Geschafft!\nIhre Bewerbung wurde erfolgreich an FERNHILL AG versendet.\n", "FERNHILL", None),
    ],
)  # fmt: skip
def test_german_and_swiss_boards_confirmations(sender, subject, text, employer, role):
    reading = read_template(platform_of(sender), subject, text)
    assert (reading.kind, reading.employer, reading.role) == ("acknowledgement", employer, role)


def test_a_german_authoritys_field_names_it():
    from followup_kit.io.mail.fields import employer_in_field

    assert employer_in_field("Stellen-ID: 1\nBehörde: Bundesamt für Hafenwesen, Kiel\n") == "Bundesamt für Hafenwesen"


def test_handshakes_confirmation_says_successfully_too():
    from followup_kit.io.mail.platforms import platform_of
    from followup_kit.io.mail.templates import subject_reading

    board = platform_of("handshake@notifications.joinhandshake.com")
    text = "You successfully applied to Strategy - Valuation - Staff (New York) at EY."
    read = subject_reading(board, "Your application to EY was successfully submitted", "acknowledgement", text)
    assert read is not None and read.employer == "EY"
