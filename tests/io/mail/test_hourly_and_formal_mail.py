"""Hourly and logistics mail, and formal letters as many employers write them (issue 25): a board's
booked interview, an assessment centre writing for a bank, a site named for its town, a group's
member hiring through the group's tenant, a check-cashing scam, and an employer's answer to your
own decline.  Imported into an empty tracker with ``create_applications=True``."""

from __future__ import annotations

import mail_corpus
import pytest

from followup_kit.io.mail.broadcast import broadcast_reason, names_me
from followup_kit.io.mail.classify import classify
from followup_kit.io.mail.importer import import_mail
from followup_kit.io.mail.naming import on_behalf_of
from followup_kit.io.mail.platforms import clean_employer, is_employer_name

ME = "sam.rivera88@example.net"
BOX = {"me": [ME], "timezone": "America/New_York", "applications": [], "contacts": []}


def entry(ident, sender, subject, body, date):
    return {"id": ident, "label": "?", "sender": sender, "subject": subject, "body": body, "date": date}


MESSAGES = [
    entry("board-interview", "Indeed <no-reply@indeed.com>", "Interview scheduled: Dock Lead at Harbor Freightways",
          "Your interview is scheduled\n\nHarbor Freightways scheduled an interview with you for Dock Lead.\n\n"
          "Date: Wednesday, June 4\nTime: 10:00 AM", "Thu, 29 May 2025 09:44:00 -0400"),
    entry("no-action", "Quill Carriers Careers <careers@quillcarriers.com>", "We received your application",
          "Sam Rivera,\n\nThank you for your interest in a career with Quill Carriers. We have received your "
          "application for Dock Lead at our Columbus service center.\n\nTo complete your application, no further "
          "action is required at this time. Qualified applicants will be contacted directly.",
          "Thu, 03 Apr 2025 20:53:00 -0400"),
    entry("scam", "HR Department - Lakeside Logistics <hr.onboarding.lsl@outlook.com>",
          "Job Offer Letter - Remote Inventory Coordinator",
          "Dear Sam,\n\nCongratulations! We are pleased to offer you the position of Remote Inventory Coordinator. "
          "A check of $4,850.00 will be sent to your address. Deposit the check by mobile deposit and send the "
          "balance to our equipment vendor via Zelle.", "Sat, 22 Mar 2025 02:14:00 -0400"),
    entry("your-decline", "Renata Stone <renata.stone@harborstores.com>",
          "RE: Harbor Stores Offer of Employment - Team Lead",
          "Hi Sam,\n\nTotally understand, and thank you for being upfront with me. I've withdrawn the offer on our "
          "end and cancelled the drug screen.\n\nRenata\n\n-----Original Message-----\nFrom: Sam Rivera\n"
          "Sent: Friday, April 18, 2025 12:20 PM\nSubject: RE: Harbor Stores Offer of Employment - Team Lead\n"
          "Hi Renata, since the role has to be nights, I'm going to have to respectfully decline the offer.",
          "Fri, 18 Apr 2025 15:03:00 -0400"),
    entry("firm-with-a-title-word", "Designer Outlet Group Careers <donotreply@ultipro.com>",
          "Designer Outlet Group - Application Received",
          "Hello Sam,\n\nThank you for your interest in Designer Outlet Group. We have received your application "
          "for the following position:\n\nMaintenance Technician II\nOpportunity ID: 4027",
          "Mon, 10 Mar 2025 19:44:00 -0400"),
    entry("a-site", "Snagajob <noreply@snagajob.com>",
          "You applied to Warehouse Lead at Penny Mart Distribution Center",
          "You applied to Warehouse Lead at Penny Mart Distribution Center. Good luck!",
          "Tue, 11 Mar 2025 10:00:00 -0400"),
    entry("formal-invitation", "Kestrel Bank Recruitment <recruitment@kestrelbank.com>",
          "INVITATION FOR INTERVIEW - CREDIT OFFICER",
          "Dear Sam Rivera,\n\nINVITATION FOR INTERVIEW\n\nSequel to your application for the position of Credit "
          "Officer, you are hereby invited for an interview as scheduled below:\n\nDate: Tuesday, 17th June, 2025\n\n"
          "Yours faithfully,\nHuman Capital Management\nKestrel Bank Limited", "Fri, 13 Jun 2025 15:51:09 +0100"),
    entry("no-vacancy", "Plover Bank HR <recruitment@ploverbank.com>", "Response to your application",
          "Dear Sam Rivera,\n\nWe acknowledge with thanks your application for employment with Plover Bank Limited "
          "in respect of the role of Credit Analyst.\n\nWe regret to inform you that there is no suitable vacancy "
          "for you at the moment.\n\nYours faithfully,\nFor: PLOVER BANK LIMITED", "Wed, 16 Apr 2025 16:02:35 +0100"),
    entry("assessment-centre", "Tallyhall Assessment Services <invitation@tallyhall.com>",
          "INVITATION: WREN BANK PLC EXPERIENCED HIRES ASSESSMENT",
          "Dear Sam Rivera,\n\nYou have been shortlisted to participate in the above assessment, which is being "
          "administered by Tallyhall Solutions Limited on behalf of Wren Bank Plc.\n\nRegistration Number: "
          "WB-LG-25-0331\n\nCandidates must bring this invitation and a valid ID.", "Sat, 15 Mar 2025 07:22:05 +0100"),
    entry("member-of-a-group", "Granite Health <granitehealth@myworkday.com>", "Thank you for applying",
          "Hello Sam,\n\nThank you for applying to Practice Manager (J255512) at Lakeshore Health Network, a member "
          "of Granite Health.\n\nWe have received your application and our team will review it.",
          "Tue, 22 Apr 2025 13:26:49 -0400"),
    entry("title-subject", "Ashlyn Park <ashlyn.park@marigoldstores.com>", "Maintenance Technician - T3810",
          "Hi Sam,\n\nThank you for coming in on the 9th. For this opening the team needs someone who can "
          "troubleshoot motor controls from day one, so we've decided to go in a different direction.\n\nAshlyn Park\nMarigold Stores",
          "Thu, 24 Apr 2025 16:30:00 -0400"),
]  # fmt: skip


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    from followup_kit.store.tracker import Tracker

    folder = tmp_path_factory.mktemp("hourly")
    box = mail_corpus.write_mbox(folder / "inbox.mbox", {**BOX, "messages": MESSAGES})
    tracker = Tracker.create(folder / "t.sqlite", timezone="America/New_York")
    result = import_mail(tracker, box, me=ME, create_applications=True, progress=False)
    apps, events = tracker.applications, tracker.events
    tracker.close()
    rows = result.messages.sort_values("position").reset_index(drop=True)
    rows["id"] = [m["id"] for m in MESSAGES]
    return apps, events, rows.set_index("id")


def test_each_employer_gets_its_application_and_no_platform_or_scam_does(imported):
    apps, _, _ = imported
    assert sorted(apps["company"]) == [
        "Designer Outlet Group",
        "Harbor Freightways",
        "Kestrel Bank",
        "Lakeshore Health Network",
        "Marigold Stores",
        "Penny Mart",
        "Plover Bank",
        "Quill Carriers",
        "Wren Bank",
    ]


def test_what_each_message_records(imported):
    apps, events, rows = imported
    by_company = apps.set_index("company")["application_id"]
    kinds = events.groupby("application_id")["kind"].apply(sorted).to_dict()
    assert kinds[by_company["Harbor Freightways"]] == ["response"]
    assert kinds[by_company["Kestrel Bank"]] == ["response"]
    assert kinds[by_company["Wren Bank"]] == ["response"]
    assert kinds[by_company["Plover Bank"]] == ["rejection"]
    assert kinds[by_company["Marigold Stores"]] == ["rejection"]
    assert rows.at["no-action", "outcome"] == "applied"
    # never an offer or a decision: a scam, and the answer to your own decline
    assert rows.at["scam", "outcome"] == "to review" and "scam" in rows.at["scam", "reason"]
    assert rows.at["your-decline", "outcome"] == "to review"
    assert "your own decline" in rows.at["your-decline", "reason"]
    assert not events["kind"].isin(["offer"]).any()
    assert events["kind"].eq("rejection").sum() == 2


def test_names_sites_and_mail_words():
    assert clean_employer("Penny Mart Distribution Center") == "Penny Mart"
    assert clean_employer("Kenco Interview Request") == "Kenco"
    assert not is_employer_name("Reynoldsburg DC")
    assert is_employer_name("Designer Outlet Group") and not is_employer_name("Senior Designer")
    text = "Your test is administered by Tallyhall Solutions Limited on behalf of Wren Bank Plc.\nDate: Monday"
    assert on_behalf_of(text, "Tallyhall Assessment Services") == "Wren Bank"


def test_a_letters_own_registration_number_and_an_address_with_digits_are_yours():
    personal = "Dear Sam Rivera,\n\nRegistration Number: WB-LG-25-0331\n\nPlease bring ID."
    assert broadcast_reason(personal) is None
    assert broadcast_reason("Dear all,\nThe registration numbers of the shortlisted candidates are below.")
    assert names_me("Dear Sam Rivera,", [ME])


@pytest.mark.parametrize(
    "subject, text, kind",
    [
        ("Dock Supervisor", "We ended up promoting one of our own dock leads into the supervisor spot.", "rejection"),
        ("Update", "We regret to inform you that there is no suitable vacancy for you at the moment.", "rejection"),
        ("Invitation", "You are hereby invited for an interview as scheduled below.", "interview_request"),
        # a condition and a course's promotion decide nothing
        ("Course news", "We ended up promoting our spring course to everyone on the list.", "other"),
    ],
)
def test_formal_and_plain_spoken_phrases(subject, text, kind):
    assert classify(subject, text).kind == kind


def test_a_school_districts_mail_through_its_job_site_and_its_own_offices():
    from followup_kit.io.mail.applications import mail_application

    card = (
        "Dear Sam Rivera,\n\nThis email confirms that your application has been submitted.\n\n"
        "    Job Title:      Instructional Coach\n    Agency:         Harbor Valley Unified School District\n\n"
        "Your application has been forwarded to the hiring agency.\n\nEDJOIN - The Education Job Network"
    )
    found = mail_application("EDJOIN", "noreply@edjoin.org", True, "EDJOIN - Application Submitted", card, answer=True)
    assert found.company == "Harbor Valley Unified School District"
    # the job site's own name never names the application, where it forwards to the hiring agency
    bare = card.replace("    Agency:         Harbor Valley Unified School District\n", "")
    found = mail_application("EDJOIN", "noreply@edjoin.org", True, "EDJOIN - Application Submitted", bare, answer=True)
    assert found.company == ""
    letter = "Dear Sam,\n\nOn behalf of Harbor Valley Unified School District, thank you for your interest."
    assert mail_application("HVUSD Human Resource Services", "hrs@hvusd.net", False, "Your application", letter,
                            answer=True).company == "Harbor Valley Unified School District"  # fmt: skip
    assert not is_employer_name(clean_employer("Certificated Human Resources"))


@pytest.mark.parametrize(
    "subject, text, kind",
    [
        ("Posting #2011562", "Your application was not among those selected to move forward for this posting.",
         "rejection"),
        ("Recruitment Update", "As a result, Recruitment #25-0147 has been closed and applications received will not be "
         "processed further.", "rejection"),
        # a credential's renewal received is no job's application
        ("Your application has been received", "The Commission has received your online application and payment. "
         "Application Type: Renewal.", "other"),
    ],
)  # fmt: skip
def test_a_districts_decisions_and_a_credentials_renewal(subject, text, kind):
    assert classify(subject, text).kind == kind


def test_a_hiring_fair_for_educators_is_sent_to_many():
    assert broadcast_reason("Hello Educators!\n\nWe are hiring for the 2025-26 school year.")
    assert broadcast_reason("Join us Saturday.\n\nThis message was sent to individuals who have applied to us.")
    assert broadcast_reason("Hello Sam,\n\nThank you for applying.") is None


@pytest.mark.parametrize(
    "subject, text",
    [
        # a deadline's or a missing document's consequence, not a decision
        ("Tests de sélection en ligne", "Passé ce délai, votre candidature ne pourra plus être considérée."),
        ("Demande de pièces justificatives", "Sans ces documents, votre candidature ne pourra être considérée."),
        ("Documents needed", "Without these documents, your application will not be considered."),
        ("Online tests", "After this deadline, your application will no longer be considered."),
        # a friend's report of a decision, not the employer's
        ("Re: souper vendredi", "Je sais que toi t'as pas été retenue pour le poste QA là-bas, c'est vraiment poche."),
        ("Re: dinner", "I heard you were not selected for the QA job there, so sorry."),
        # a league's waiting list
        ("Inscription saison 2025-2026", "Malheureusement, ta candidature n'a pas pu être retenue : la division de la "
         "ligue de hockey est complète."),
    ],
)  # fmt: skip
def test_conditions_reports_and_a_league_decide_nothing(subject, text):
    found = classify(subject, text)
    assert not (found.kind == "rejection" and found.confident)


def test_a_survey_about_applying_and_a_comma_in_the_senders_name(tmp_path):
    from followup_kit.store.tracker import Tracker

    messages = [
        entry("survey", "Applicant Survey <applicantsurvey@opm.example>",
              "How was your experience applying for Program Analyst with Harbor Agency?",
              "Dear Applicant,\n\nYou recently applied for Program Analyst with Harbor Agency. Take the survey: "
              "https://survey.example/r/1", "Tue, 21 Jan 2025 13:00:00 -0500"),
        entry("comma", "Okoro, Tamsin C <Tamsin.C.Okoro@harboragency.gov>",
              "Interview Request - Program Analyst",
              "Dear Ms. Rivera,\n\nWe would like to invite you to an interview for the Program Analyst position at "
              "Harbor Agency.\n\nTamsin Okoro\nHarbor Agency", "Wed, 22 Jan 2025 10:00:00 -0500"),
    ]  # fmt: skip
    box = mail_corpus.write_mbox(tmp_path / "i.mbox", {**BOX, "messages": messages})
    tracker = Tracker.create(tmp_path / "t.sqlite", timezone="America/New_York")
    result = import_mail(tracker, box, me=ME, create_applications=True, progress=False)
    assert tracker.applications["company"].tolist() == ["Harbor Agency"]
    assert result.messages.sort_values("position")["outcome"].tolist() == ["ignored", "applied"]


def test_two_regions_together_name_no_employer():
    assert not is_employer_name(clean_employer("APAC & Americas"))
    assert not is_employer_name(clean_employer("EMEA/APAC"))
    assert is_employer_name(clean_employer("Palladium"))


def test_a_platforms_company_hiring_through_another_and_a_health_board_under_its_service():
    from followup_kit.io.mail.applications import mail_application

    # a platform's own company hires through another platform: Personio through Greenhouse
    found = mail_application("Personio", "no-reply@us.greenhouse-mail.io", True, "Thank you for your application at "
                             "Personio", "Thank you for applying to the CSM position at Personio.", answer=True)  # fmt: skip
    assert found.company == "Personio"
    # the job site's own name never: K12JobSpot from k12jobspot.com
    found = mail_application("K12JobSpot", "noreply@k12jobspot.com", True, "Application submitted: Dean at "
                             "Harbor School", "You applied to Dean at Harbor School.", answer=True)  # fmt: skip
    assert found.company != "K12JobSpot"
    # a service's name and the board the text names: the board hires
    found = mail_application("Health Service Scotland Recruitment", "no-reply@jobtrain.co.uk", True,
                             "Application Received - Hotel Services Manager - 233905",
                             "Thank you for applying for the post of Hotel Services Manager, reference 233905, with "
                             "Health Service Lothian.\n\nYour application has been received.", answer=True)  # fmt: skip
    assert found.company == "Health Service Lothian"


@pytest.mark.parametrize(
    "subject, text",
    [
        ("Conditional Offer - HNC Facilities Management", "Congratulations! We are pleased to make you a Conditional "
         "Offer for the following course. Accept or decline your offer within 14 days, or your offer will be withdrawn."),
        ("Tu propuesta de charla", "Lamentablemente, tu propuesta de charla no ha sido seleccionada para el programa."),
    ],
)  # fmt: skip
def test_a_course_place_and_a_talk_proposal_decide_no_job(subject, text):
    found = classify(subject, text)
    assert not (found.kind in ("rejection", "offer") and found.confident)


def test_a_letters_own_number_in_spanish_is_no_list():
    assert broadcast_reason("Estimada Sra. Ortega:\n\nSu solicitud ha quedado registrada con número de registro "
                            "2025/017/004381.") is None  # fmt: skip
    assert broadcast_reason("Consulte los números de registro de los candidatos admitidos.") is not None
