"""Applicant-tracking platforms as data, and where their mail names the employer (issue 25)."""

from __future__ import annotations

import pytest

from followup_kit.io.mail.employer import find_employer, spelled
from followup_kit.io.mail.naming import employer_in_signature, employer_in_subject
from followup_kit.io.mail.persons import looks_like_person
from followup_kit.io.mail.platforms import clean_employer, is_employer_name, platform_of, platforms


def test_the_issue_platforms_and_form_services_are_in_the_table():
    names = {p.name for p in platforms()}
    wanted = {"Workday", "Greenhouse", "Lever", "iCIMS", "SmartRecruiters", "Ashby", "Workable", "Taleo",
              "SuccessFactors", "Jobvite", "BambooHR", "Personio", "Teamtailor", "UKG", "LinkedIn", "Indeed",
              "Google Forms", "Typeform", "SurveyMonkey", "Qualtrics", "Microsoft Forms", "HackerRank", "Codility"}  # fmt: skip
    assert wanted <= names
    assert {p.means for p in platforms()} <= {"relay", "alert", "task", "signing"}


@pytest.mark.parametrize(
    ("sender", "name"),
    [
        ("micron@myworkday.com", "Workday"),
        ("noreply@higherme.com", "HigherMe"),
        ("noreply@mchire.com", "McHire"),
        ("assessments@cappfinity.com", "Cappfinity"),
        ("noreply@sovaassessment.com", "Sova"),
        ("graduates@weareamberjack.com", "Amberjack"),
        ("jobs@mail.joinhandshake.co.uk", "Handshake"),
        ("alerts@bayt.com", "Bayt"),
        ("jobs@gulftalent.com", "GulfTalent"),
        ("no-reply@eu.greenhouse-mail.io", "Greenhouse"),
        ("no-reply@hire.lever.co", "Lever"),
        ("careers-noreply@talent.icims.com", "iCIMS"),
        ("x@acme.bamboohr.com", "BambooHR"),
        ("forms-receipts-noreply@google.com", "Google Forms"),
        ("noreply@governmentjobs.com", "GovernmentJobs"),
        ("no_reply@email.mynexthire.com", "MyNextHire"),
        ("quillsoft@csodmail.com", "Cornerstone"),
        ("notifications@ripplematch.com", "RippleMatch"),
        ("noreply@keka.com", "Keka"),
        ("alerts@acme.darwinbox.in", "Darwinbox"),
        ("noreply@authbridge.com", "AuthBridge"),
        ("rakesh@staffingo.zohorecruitmail.in", "Zoho Recruit"),
        ("noreply@edjoin.org", "EDJOIN"),
        ("noreply@applitrack.com", "Frontline AppliTrack"),
        ("noreply@jobbank.gc.ca", "Job Bank"),
        ("no-reply@mettl.com", "Mercer Mettl"),
    ],
)
def test_platform_of_the_sender_domain_or_a_subdomain(sender, name):
    assert platform_of(sender).name == name


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("Talent", False), ("Careers", False), ("Recruiting", False), ("HR", False), ("Hiring Team", False),
        ("Site", False), ("Placement Office", False), ("Training and Placement Cell", False),
        ("myworkday.com", False), ("Workday", False), ("Greenhouse", False), ("Typeform", False),
        ("KFC_Pizza Hut_ Taco Bell", False), ("Software Engineer I", False), ("VP Operations", False), ("Chief Supply Chain Officer", False), ("New", False), ("Corporate", False),
        ("Harbor Labs", True), ("Nuts.com", True), ("Tallow & Pine", True), ("Yum! Brands", True),
        # a public body's kind alone is no employer; with its place it is
        ("Department of Finance", False), ("County", False), ("City of Harborton", True), ("Rural Development", True),
        # a firm named for its trade in the plural, not a job title
        ("Harbor Engineers", True), ("Smith Architects", True), ("Summer Interns", False), ("Data Analysts", False),
        # a pronoun opens a sign-off, never names the employer; an article may be part of a name
        ("Ihr", False), ("Ihr Harbor Labs Team", True), ("Votre équipe", False), ("La Poste", True),
        ("ID", False), ("Job ID", False), ("Requisition", False),
        # a way of working ("the Intern WFH position at Work from Home"); a no-reply display name
        ("Work from Home", False), ("Remote", False), ("Harbor Home", True), ("CTC Do Not Reply", True),
        # a time or a day ("Can you do Monday at 1 PM?")
        ("1 PM", False), ("10:30 am", False), ("10 AM CT", False), ("Monday", False), ("March Networks", True),
        # a German pronoun; a job title of its own words
        ("Ihnen", False), ("Customer Services Team Leader", False), ("Harbor Nursing Homes", True),
        ("Services", False), ("HR Services", False), ("Harbor Financial Services", True),
    ],
)  # fmt: skip
def test_what_can_name_an_employer(name, ok):
    assert is_employer_name(clean_employer(name)) is ok


def test_a_pronoun_opening_a_sign_off_is_dropped_and_an_article_stays():
    assert clean_employer("Ihr Harbor Labs Team") == "Harbor Labs"
    assert clean_employer("Votre Harbor Labs") == "Harbor Labs"
    assert clean_employer("La Poste") == "La Poste" and clean_employer("El Corte Inglés") == "El Corte Inglés"


def test_clean_employer_drops_fragments_legal_forms_and_team_words():
    assert clean_employer("at BCG") == "BCG"
    assert clean_employer("Lucid Software, Inc.") == "Lucid Software"
    assert clean_employer("The Acme Recruiting Team") == "Acme"
    assert clean_employer("CTC Do Not Reply") == "CTC"
    assert clean_employer("Tallow Marine, Inc Career Opportunities") == "Tallow Marine"


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Quill & Co", "Quill & Co"),  # a firm named for one person "& Co" keeps it
        ("Quill & Co LLP Graduate Recruitment", "Quill & Co"),
        ("Barrow and Co.", "Barrow and Co"),
        ("Harbor Chase & Co.", "Harbor Chase"),  # after two words "& Co." is a legal form
        ("Quill & Cole", "Quill & Cole"),
    ],
)  # fmt: skip
def test_a_firm_named_for_one_person_and_co_keeps_its_and_co(raw, name):
    assert clean_employer(raw) == name


def test_a_team_phrase_of_two_words_goes_before_its_last_word():
    """ "Early Talent" and "Trainee Recruitment" are teams; "Graduates" alone may end a name."""
    assert clean_employer("Harbor Goddard Early Talent") == "Harbor Goddard"
    assert clean_employer("Quill & Reeve Trainee Recruitment") == "Quill & Reeve"
    assert clean_employer("Acme Early Careers Team") == "Acme"
    assert clean_employer("Mission Graduates") == "Mission Graduates"
    assert not is_employer_name(clean_employer("the employer"))


def test_a_university_keeps_its_word_and_a_companys_campus_team_does_not():
    """ "University" ends an institution's name; before a team word it names a company's team."""
    assert clean_employer("Northfield University") == "Northfield University"
    assert clean_employer("Lakeview College") == "Lakeview College"
    assert clean_employer("Amazon University Recruiting") == "Amazon"
    assert clean_employer("Acme College Recruiting Team") == "Acme"
    assert (
        employer_in_signature("Thank you for your time.\n\nBest,\nHarbor Labs University Recruiting") == "Harbor Labs"
    )
    assert employer_in_signature("Kind regards,\nNorthfield University Recruiting") == "Northfield"


def test_a_first_last_display_name_is_a_person_unless_a_company_word_says_otherwise():
    assert looks_like_person("Jordan Ellis") and looks_like_person("Priya K. Okonkwo")
    assert not looks_like_person("Lucid Software") and not looks_like_person("Maple & Stone")


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        ("Thank you for applying to Lucid Software", "Lucid Software"),
        ("Thanks for applying at Quill Data!", "Quill Data"),
        ("Your application to Data Analyst at Harbor Labs", "Harbor Labs"),
        ("Update from Orchard Vale on REQ-4471", "Orchard Vale"),
        ("Re: Tallow & Pine: application received", "Tallow & Pine"),
        ("Thank you for applying!", None),
        ("Your application", None),
        ("Thank you for your Application - Harbor Finance Company", "Harbor Finance"),
        ("Thanks for your interest | Quill Data", "Quill Data"),
        ("Thank you for your application - Talent Team", None),
        # words about the mail itself name no one
        ("Application Received - Thank You", None),
        ("Application Update - Thanks", None),
        # a message or a thank-you from the employer; an update naming it
        ("Thank you from Quill Data", "Quill Data"),
        ("Message from the Harbor Savings Bank of Ohio: Submission Received", "Harbor Savings Bank of Ohio"),
        ("An update from Orchard Vale", "Orchard Vale"),
        ("Employment Update - Tallow Marine, Inc", "Tallow Marine"),
        # a background check the employer ordered; a role after "for" is no employer
        ("Notice of Adverse Action - Harbor Freight Lines", "Harbor Freight Lines"),
        ("Quill Data has requested a background check", "Quill Data"),
        ("Background check for Package Handler", None),
        ("Thank you from the Talent Team", None),
        ("A note from your recruiter", None),
        # the job seeker addressed at the end; a platform's tenant in front of a "thanks"
        ("Thank you for your application to Quill Data, Kendall!", "Quill Data"),
        ("Harbor Labs: Thanks for Completing Your Application", "Harbor Labs"),
        ("Your application to Tessel Works has been received", "Tessel Works"),
        # the receipt first, the employer after a dash; a job title after it is no employer
        ("We've received your application - Harbor Thornton", "Harbor Thornton"),
        ("Application received - Assistant Chief Engineer", None),
    ],
)
def test_employer_in_subject(subject, name):
    assert employer_in_subject(subject) == name


def test_employer_in_signature_reads_the_last_lines_only():
    assert employer_in_signature("Hi\n\nThanks,\nThe Fernway Recruiting Team") == "Fernway"
    assert employer_in_signature("Hi\n\nBest,\nThe Harbor Labs Team\n") == "Harbor Labs"
    assert employer_in_signature("Hi\n\nBest,\nThe Talent Team\n") is None


def test_find_employer_follows_the_platform_order():
    workday = platform_of("noreply@myworkday.com")
    assert find_employer(
        workday, "Talent", "noreply@myworkday.com", "Hello", "see acme-foods.wd5.myworkdayjobs.com/x"
    ) == (
        "Acme Foods",
        "a Workday link",
    )
    lever = platform_of("no-reply@hire.lever.co")
    assert find_employer(lever, "Jordan Ellis", "no-reply@hire.lever.co", "Hello", "Hi Alex") is None
    assert find_employer(lever, "Maple & Stone", "no-reply@hire.lever.co", "Hello", "Hi Alex") == (
        "Maple & Stone",
        "the sender's name",
    )


def test_the_address_finds_the_employer_and_the_sender_name_spells_it():
    workday = platform_of("orchardlogistics@myworkday.com")
    found = find_employer(workday, "Orchard Logistics", "orchardlogistics@myworkday.com", "Thanks", "")
    assert found == ("Orchard Logistics", "the Workday address")
    assert (
        find_employer(workday, "myworkday.com", "orchardlogistics@myworkday.com", "Thanks", "")[0] == "Orchardlogistics"
    )


@pytest.mark.parametrize(
    "sender",
    [
        "acme-5f3e9c0d2b7a4e61a9c8d7e6@candidates.example",  # a relay's address for one conversation
        "reply+0a1b2c3d4e5f60718293a4b5@mail.hiring.example",
    ],
)
def test_a_relay_address_of_an_unknown_platform_never_names_the_employer_by_its_domain(sender):
    from followup_kit.io.mail.platforms import UNKNOWN_RELAY

    assert platform_of(sender) is UNKNOWN_RELAY
    assert "subject" in UNKNOWN_RELAY.employer and "local" not in UNKNOWN_RELAY.employer


@pytest.mark.parametrize(
    "sender", ["sam.lee@harborlabs.example", "deadbeef@harborlabs.example", "team-2024@harborlabs.example"]
)
def test_a_plain_address_is_not_a_relay(sender):
    assert platform_of(sender) is None


def test_every_platform_domain_names_no_employer():
    """One list of platforms: a domain added to platforms.toml is a relay everywhere."""
    from followup_kit.io.matching import domain_key

    assert domain_key("x-1@candidates.welcomekit.co") == ""
    assert domain_key("someone@applytojob.com") == ""
    assert domain_key("talent@harborlabs.example") == "harborlabs"


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Yotta - Experts in data hiring, AI & Product", "Yotta"),
        ("Meritis | B Corp™", "Meritis"),
        ("Harbor Labs, part of Harbor Group", "Harbor Labs"),
        ("ALFI : Financial Markets Consultancy", "ALFI"),
        ("Procter & Gamble", "Procter & Gamble"),
        ("Talent Team", None),
        ("Careers | Harbor", None),
    ],
)
def test_a_company_page_name_is_read_by_its_head_when_a_tagline_follows(raw, name):
    from followup_kit.io.mail.naming import employer_of

    assert employer_of(raw) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A très bientôt,\nL'équipe Harbor Labs\nPour répondre, envoyez un email à : x-1@relay.example", "Harbor Labs"),
        ("— L’équipe Quillsoft\n", "Quillsoft"),
        ("L'équipe Talent Acquisition de Harbor Labs\n", "Harbor Labs"),
        ("Saludos,\nEl equipo de Selección de Harbor Labs\n", "Harbor Labs"),
        ("All best,\nThe Harbor Labs - HL Team\n", "Harbor Labs - HL"),
        ("L'équipe\n", None),
        ("Viele Grüße\nIhr Harbor Labs Team\n", "Harbor Labs"),
        ("Beste Grüße\nDein Harbor Labs-Team\n", "Harbor Labs"),
        ("Mit freundlichen Grüßen\nIhr Recruiting-Team\n", None),
    ],
)
def test_sign_offs_in_french_and_spanish_name_the_employer(text, name):
    assert employer_in_signature(text) == name


@pytest.mark.parametrize(
    ("sender", "display", "subject", "name"),
    [
        (
            "cvshealth@myworkday.com",
            "Colleague Zone",
            "Your application with CVS Health has been received!",
            "CVS Health",
        ),
        ("freddiemac@myworkday.com", "Workday", "Freddie Mac - Application Received", "Freddie Mac"),
        # a tenant's name the mail never uses gives way to the employer the subject names
        ("ngc@myworkday.com", "", "Thanks for your application to Northrop Grumman", "Northrop Grumman"),
        ("bluefin@myworkday.com", "", "Confirming your application with Harbor Labs", "Harbor Labs"),
        # or in the sign-off
        ("hlx@myworkday.com", "", "Thank you for your application - Data Analyst", "Harbor Labs"),
        # with no employer in the subject or the sign-off, the address is all there is
        ("harborlabs@myworkday.com", "", "Application Received", "Harborlabs"),
        ("bluefin@myworkday.com", "", "Thank you for applying to Bluefin", "Bluefin"),
        # a short tenant or an acronym gives way to the name the subject spells out, not to another acronym
        ("hsp@myworkday.com", "", "Thank you for your interest in Harbor Sound Pictures", "Harbor Sound Pictures"),
        (
            "qvbcaz@myworkday.com",
            "",
            "Thank you for applying to Quill Valley Bank of Arizona!",
            "Quill Valley Bank of Arizona",
        ),
        ("hsp@myworkday.com", "", "QSI Application Update", "Hsp"),
    ],
)
def test_a_name_run_together_in_an_address_takes_the_spelling_the_mail_gives_it(sender, display, subject, name):
    text = (
        "Thank you for applying.\n\nBest regards,\nThe Harbor Labs Talent Acquisition Team"
        if sender.startswith("hlx")
        else ""
    )
    assert find_employer(platform_of(sender), display, sender, subject, text)[0] == name


@pytest.mark.parametrize(
    ("sender", "text", "name"),
    [
        (
            "noreply@csjobs.cabinetoffice.gov.uk",
            "Thank you for submitting your application for job reference 394870 - Executive Officer, Service "
            "Delivery, Department for Harbour Works. We will be in touch.",
            "Department for Harbour Works",
        ),
        (
            "noreply@jobs.nhs.uk",
            "Following your interview I am delighted to offer you the post.\n\nRecruitment Team\n"
            "Quillvale NHS Foundation Trust",
            "Quillvale NHS Foundation Trust",
        ),
    ],
)
def test_a_public_sector_job_site_names_the_employer_in_its_text(sender, text, name):
    assert find_employer(platform_of(sender), "", sender, "Your application", text)[0] == name


@pytest.mark.parametrize(
    ("key", "text", "name"),
    [
        ("tallowcha", "Tallow Community Housing Association is an equal opportunities employer.",
         "Tallow Community Housing Association"),
        ("agetogethergm", "Best wishes, Age Together Greater Manchester | Charity", "Age Together Greater Manchester"),
        ("stbrendanshg", "Regards, St. Brendan's Hospital Group", "St Brendan's Hospital Group"),
        # initials alone, with a company word; an acronym ("UTA") spelled out; words that only
        # share the initials ("Interested Brilliant Minds") name nothing
        ("qdm", "Quill Data Media", "Quill Data Media"),
        ("uta", "employment at The University of Texas at Arlington.", "University of Texas at Arlington"),
        ("bswhealth", "Kristen Lee\nSenior Recruiter\nBaylor Scott & White Health", "Baylor Scott & White Health"),
        ("ibm", "Interested Brilliant Minds", None),
        ("hl", "Harbor Labs", None),
    ],
)  # fmt: skip
def test_a_run_together_name_is_read_as_words_then_initials(key, text, name):
    assert spelled(key, text) == name


def test_a_scheduling_service_is_never_the_employer():
    found = platform_of("notifications@calendly.com")
    assert (found.name, found.means) == ("Calendly", "task")
    assert find_employer(found, "Calendly", "notifications@calendly.com", "New Event: Sam Lee - 10:00am", "") is None


def test_the_federal_public_services_job_site_names_the_organization_field():
    sender = "no-reply-pas-de-reponse@cfp-psc.gc.ca"
    text = "Thank you for your interest in the following job opportunity:\n\nPosition: Economist (EC-04)\nOrganization: Statistique Exemple Canada\nSelection process number: 25-XYZ-EA-1"
    assert (
        find_employer(platform_of(sender), "", sender, "Application received", text)[0] == "Statistique Exemple Canada"
    )


def test_an_accented_display_name_is_a_person():
    from followup_kit.io.mail.persons import looks_like_person

    assert looks_like_person("Étienne Labrecque") and looks_like_person("Annie-Claude Fortier")
    assert not looks_like_person("Énergie Boréale Inc")


def test_alert_domains_are_their_platforms_own_and_a_relay_domain_is_not_one():
    """An ``alerts`` domain is one of its platform's domains (a typo would set aside no mail, or
    another platform's); Indeed's relay of employers' messages is not an alert domain."""
    from followup_kit.io.mail.platforms import alert_domains, platform_table

    for p in platform_table()["platform"]:
        assert set(p.get("alerts", ())) <= set(p["domains"]), p["name"]
    assert {"linkedin.com", "indeed.com"} <= set(alert_domains())
    assert platform_of("reply-3f9a2b7c@indeedemail.com").name == "Indeed"
    assert "indeedemail.com" not in alert_domains()


def test_each_platforms_templates_are_its_own():
    """A template written under the wrong [[platform]] (the TOML file attaches it to the one above)
    would read another platform's mail: a template that says whose it is ("... through SEEK") sits
    under that platform."""
    from followup_kit.io.mail.platforms import platforms

    for p in platforms():
        for t in p.templates:
            if " through " in t.what:
                assert t.what.rsplit(" through ", 1)[1] == p.name, (p.name, t.what)


@pytest.mark.parametrize(
    ("sender", "display", "subject", "name"),
    [
        # Oleeo's tal.net names the employer in the subdomain, spelled as the subject spells it
        ("noreply@lloydsbankexample.tal.net", "Early Careers", "Next stage: your Lloyds Bank Example video interview",
         "Lloyds Bank Example"),
        # a scheme is the job, never the employer
        ("noreply@hoganexample.tal.net", "Graduate Recruitment", "Thank you for applying – Summer Vacation Scheme 2025",
         "Hoganexample"),
    ],
)  # fmt: skip
def test_graduate_recruitment_names_the_employer_not_the_scheme_or_the_team(sender, display, subject, name):
    assert find_employer(platform_of(sender), display, sender, subject, "")[0] == name


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("3430 Court House Drive", False),  # a sign-off's street address
        ("R118406", False),  # Workday's requisition number
        ("JR21904", False),
        ("BioSciences Faculty Search", True),  # its team words go, the department stays
        ("Progressive Care RN", False),  # a nurse's job title
        ("Riverton", True),
        ("MassCareers", False),  # a state's job portal
        ("Unser Kunde", False),  # an agency's word for its client
        ("notre client", False),
        ("University at Buffalo", True),  # no person "at" a firm
    ],
)
def test_an_address_or_a_requisition_number_names_no_employer(name, ok):
    assert is_employer_name(clean_employer(name)) is ok


@pytest.mark.parametrize(
    ("display", "sender", "subject", "text", "name"),
    [
        # USAJOBS names the agency after the role, or in its Agency field
        ("USAJOBS", "no-reply@usajobs.gov", "Application Received: Hydrologist, Bureau of Example Affairs", "", "Bureau of Example Affairs"),
        ("USAJOBS", "no-reply@usajobs.gov", "Your application status has been updated: Hydrologist",
         "Position: Hydrologist, GS-1315-11\nAgency: Bureau of Example Affairs - Water Division\nStatus: Not Referred",
         "Bureau of Example Affairs"),
        ("USAJOBS", "no-reply@usajobs.gov", "Your application has been received - Nurse",
         "Your application for the following job has been received:\nNurse (Step-Down Unit)\n"
         "Department of Example Affairs\nAnnouncement number: EX-25-001", "Department of Example Affairs"),
        # the agency on the line over its department, or the last part of "Institutes - Institute" (the one that hires)
        ("USAJOBS", "donotreply@usajobs.gov", "Your application was received",
         "Your application for the following job was received:\n\nProgram Specialist\n\nAdministration for Example "
         "Families\n\nDepartment of Example Affairs\n\nAnnouncement number: EX-25-002", "Administration for Example Families"),
        ("USAJOBS", "donotreply@usajobs.gov", "Application status update",
         "There's an update on your application.\n\nHealth Specialist\nNational Example Institutes - National Example "
         "Institute on Sleep\nDepartment of Example Affairs\n\nStatus: Reviewing applications",
         "National Example Institute on Sleep"),
        # USA Staffing's letter names the agency after "position with the"; its department signs it
        ("Department of Example Transport", "no-reply@usastaffing.gov", "Application Status Update",
         "Thank you for your interest in the ANALYST, GS-0343-12, position with the Harbor Transit Administration, "
         "Office of Programs, Washington, DC.\n\nSincerely,\nHarbor Transit Administration Servicing Team",
         "Harbor Transit Administration"),
        # a county's own name over its department's field; a university over its school in Interfolio's subject
        ("Harbor County Government", "noreply@governmentjobs.com", "Harbor County Government: Application Confirmation",
         "We have received your application for:\n\n  Job Title: Grants Manager\n  Department: Office of Budget and "
         "Finance - Grants\n  Job Number: 2025-00731", "Harbor County Government"),
        ("Interfolio", "donotreply@interfolio.com",
         "Application submitted: Director of Programs, School of Public Affairs",
         "Your application has been submitted to Northfield University for the following position:", "Northfield University"),
        # Interfolio's card ends on the institution; the subject's tail is the department above it
        ("Interfolio", "noreply@interfolio.com",
         "Application Submitted: Assistant Professor, Environmental and Occupational Health",
         "Your application has been submitted for the following position:\n\nAssistant Professor, Environmental and "
         "Occupational Health\n\nDepartment of Environmental and Occupational Health\nSchool of Public Health\n"
         "Northfield University\n\nSubmitted: September 19, 2025", "Northfield University"),
        ("Interfolio", "noreply@interfolio.com", "Northfield University School of Public Health - Ecology search",
         "The School has made the difficult decision to pause this search indefinitely.\n\n----\nThis message was "
         "sent via Interfolio on behalf of Northfield University. Please do not reply.", "Northfield University"),
        # Civil Service Jobs' card: the department under the vacancy's number, or after its role
        ("Civil Service Jobs", "noreply@civilservicejobs.service.gov.uk",
         "Application submitted: 377640 - Internal Communications Manager",
         "Thank you for submitting your application for:\n\n377640 - Internal Communications Manager\nHM Example "
         "and Customs\nHigher Executive Officer\nBristol\n\nKind regards\nHMEC Recruitment", "HM Example and Customs"),
        ("Civil Service Jobs", "noreply@civilservicejobs.service.gov.uk", "Application update",
         "Dear Elin,\n\n384572 - Policy Officer - Driver and Example Licensing Agency (DELA)\n\nThank you for your "
         "application.", "Driver and Example Licensing Agency"),
        # a link's path is no tenant ("apply.workable.com/unsubscribe"); "for" joins a name's words
        ("Habitat for Harbor", "noreply@candidates.workablemail.com", "Thanks for applying to Habitat for Harbor",
         "Thank you for applying.\n\nThis email was sent via Workable. Unsubscribe from messages about this job: "
         "https://apply.workable.com/unsubscribe", "Habitat for Harbor"),
        # a bilingual subject: "EMPLOYER - Confirmation de candidature / Application Confirmation - ROLE"
        ("Taleo", "no-reply@taleo.net", "Harbor Air - Confirmation de candidature / Application Confirmation - Coordinator",
         "", "Harbor Air"),
        # USA Staffing writes as the agency
        ("Example Agency Human Resources via USA Staffing", "no-reply@usastaffing.gov",
         "Application for ANALYST, EA-25-0007 was Received", "", "Example Agency"),
        # a state's job site names the department on a line of its own; a school site names the district
        ("CalCareers", "noreply@calcareers.ca.gov", "Application Submitted - JC-400001",
         "Your application has been submitted.\n\nJob Control: JC-400001\nDepartment: Harbor State Department of Human Resources\n",
         "Harbor State Department of Human Resources"),
        ("EDJOIN", "noreply@edjoin.org", "Application Submitted - Analyst (Job ID 1000001)",
         "This email confirms that your application has been submitted.\n\nDistrict: Harbor County Office of Education\n",
         "Harbor County Office of Education"),
        # a nurses' marketplace names the hospital in its subject
        ("Incredible Health", "notifications@incrediblehealth.com",
         "Your application was sent to Ridgeview Health System", "", "Ridgeview Health System"),  # "System" ends names
        # Interfolio puts the employer at the end of its subject, "University" and all
        ("Interfolio", "no-reply@interfolio.com",
         "Application Submitted: Assistant Professor - Computational Biology - Northfield University", "",
         "Northfield University"),
        # AcademicJobsOnline: its subject names the university; its letters' mail names it in the text
        ("AcademicJobsOnline", "noreply@academicjobsonline.org",
         "AJO: application submitted to Northfield University, Department of Ecology [#4410]", "", "Northfield University"),
        ("AcademicJobsOnline", "noreply@academicjobsonline.org", "AJO: all reference letters received [#4410]",
         "All letters have been received for your application to Northfield University, Department of Ecology.",
         "Northfield University"),
        # hourly hiring: the brand writes through Harri or Workstream
        ("Harbor Burgers & Shakes via Harri", "notifications@harri.com", "Application received: Team Member", "",
         "Harbor Burgers & Shakes"),
        ("Harbor Subs - Elm Street", "noreply@workstream.us", "Update on Crew Member", "", "Harbor Subs - Elm Street"),
        # UK hiring systems that write as the employer, and a board with its own "Employer:" field
        ("Harbor City Council Recruitment", "noreply@harbor.tribepad.com", "Application complete: Legal Assistant", "",
         "Harbor City Council"),
        ("Quill LLP Trainee Recruitment", "noreply@apply4law.com", "Apply4Law: application submitted", "", "Quill"),
        ("Greater Jobs", "noreply@greater.jobs", "Thank you for applying: Legal Assistant",
         "Job title: Legal Assistant\nEmployer: Harbor Borough Council\nReference: HB-1", "Harbor Borough Council"),
    ],
)  # fmt: skip
def test_federal_and_academic_application_sites_name_the_employer(display, sender, subject, text, name):
    from followup_kit.io.mail.templates import read_template

    platform = platform_of(sender)
    reading = read_template(platform, subject, text)
    found = reading.employer if reading is not None and reading.employer else None
    found = found or (find_employer(platform, display, sender, subject, text) or ("",))[0]
    assert found == name


def test_a_recruiters_name_with_an_inner_capital_is_a_person():
    assert looks_like_person("Brandon McAllister") and looks_like_person("DeShawn Price")
    assert not looks_like_person("LeanData Inc")


def test_no_domain_belongs_to_two_platforms():
    """A second entry for a domain would never be read (the first wins): one platform per domain."""
    from collections import Counter

    from followup_kit.io.mail.platforms import platforms

    counts = Counter(d for p in platforms() for d in p.domains)
    assert [d for d, n in counts.items() if n > 1] == []


def test_campus_platforms_name_the_employer_they_write_for():
    from followup_kit.io.mail.applications import mail_application

    found = mail_application("KPMG Campus Recruiting", "kpmg-campus@yello.co", True,
                             "Schedule your KPMG first round interview", "Hi Owen, please pick a time.")  # fmt: skip
    assert found.company == "KPMG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an early-careers or graduate team signs for its firm; the qualifier alone names no one
        ("Thanks,\nHarbor Early Careers Team", "Harbor"),
        ("Kind regards\n\nGraduate Recruitment Team\nHarbor Goddard LLP", "Harbor Goddard"),
        ("Best wishes,\nQuill Student Recruitment", "Quill"),
        ("Thanks,\nAmazon University Recruiting", "Amazon"),
    ],
)
def test_a_graduate_teams_sign_off_names_its_firm(text, name):
    assert employer_in_signature(text) == name


@pytest.mark.parametrize(
    ("sender", "kind"),
    [
        ("noreply@alvalabs.io", "assessment"),
        ("no-reply@shl.com", "assessment"),
        ("noreply@refapp.se", "check"),
        ("notifications@xref.com", "check"),
        # Aon hires too: its own people's mail is no assessment service's
        ("jo.bloggs@aon.com", None),
    ],
)
def test_assessment_and_reference_services_are_platforms_never_employers(sender, kind):
    platform = platform_of(sender)
    assert (platform.kind if platform is not None else None) == kind
