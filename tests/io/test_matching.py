"""The one company matcher shared by the calendar and mail importers."""

import pandas as pd
import pytest

from followup_kit.io.matching import (
    ATS_DOMAINS,
    ROLE_LOCALPARTS,
    Match,
    Matcher,
    company_key,
    domain_key,
    is_role_address,
    match_application,
)

NO_CONTACTS = pd.DataFrame(columns=["contact_id", "name", "company", "email", "relation"])


def apps(*rows):
    """rows: (id, company, status, applied_on)."""
    return pd.DataFrame(
        [dict(application_id=r[0], company=r[1], status=r[2], applied_on=pd.Timestamp(r[3])) for r in rows]
    )


@pytest.mark.parametrize(
    "name, key",
    [
        ("Northwind GmbH", "northwind"),
        ("NORTHWIND gmbh & Co. KG", "northwind"),
        ("Société Générale S.A.", "societe generale"),
        ("Müller Straße AG", "muller strasse"),
        ("Contoso, Inc.", "contoso"),
        ("Fabrikam Ltd", "fabrikam"),
        ("Tailspin Toys LLC", "tailspin toys"),
        ("Adatum B.V.", "adatum"),
        ("Lumen SAS", "lumen"),
        ("AG", "ag"),  # a name made only of a suffix stays itself
    ],
)
def test_company_key_folds_case_accents_and_legal_suffixes(name, key):
    assert company_key(name) == key


@pytest.mark.parametrize(
    "address, key",
    [
        ("jo@mail.northwind-gmbh.de", "northwind"),
        ("jo@northwindgmbh.example", "northwindgmbh"),
        ("hr@fabrikam.co.uk", "fabrikam"),
        ("MAILTO:Pat@Tailspin-Toys.example", "tailspin toys"),
        ("lumen.example", "lumen"),
        ("no-reply@us.greenhouse-mail.io", ""),
        ("acme@myworkday.com", ""),
        ("x@hire.lever.co", ""),
        ("friend@gmail.com", ""),
    ],
)
def test_domain_key(address, key):
    assert domain_key(address) == key


def test_ats_and_role_vocabularies_cover_the_common_relays():
    for domain in ("greenhouse-mail.io", "hire.lever.co", "myworkday.com", "ashbyhq.com", "calendly.com", "zoom.us"):
        assert domain in ATS_DOMAINS
    assert {"no-reply", "noreply", "interviews", "recruiting"} <= set(ROLE_LOCALPARTS)


@pytest.mark.parametrize(
    "address, role",
    [
        ("interviews@northwind.example", True),
        ("No_Reply@northwind.example", True),
        ("noreply+1234@calendly.com", True),
        ("careers2@fabrikam.example", True),
        ("mailto:recruiting@contoso.example", True),
        ("ana.recruiter@contoso.example", False),
        ("jobsworth@contoso.example", False),
        ("ana@contoso.example", False),
    ],
)
def test_role_addresses(address, role):
    assert is_role_address(address) is role


def test_domain_with_hyphen_finds_company_with_suffix():
    m = match_application(
        apps((1, "Contoso", "applied", "2026-01-02"), (2, "Northwind GmbH", "applied", "2026-01-05")),
        NO_CONTACTS,
        texts=["Quick chat"],
        addresses=["ana@northwind-gmbh.example"],
    )
    assert m == Match(2, "Northwind GmbH", 0.95, "domain northwind-gmbh.example")


def test_ats_domain_is_ignored_but_display_name_matches():
    a = apps((1, "Greenhouse Partners", "applied", "2026-01-02"), (2, "Fabrikam", "applied", "2026-01-02"))
    m = match_application(
        a, NO_CONTACTS, texts=["Fabrikam via Greenhouse"], addresses=["no-reply@us.greenhouse-mail.io"]
    )
    assert m.application_id == 2
    assert m.reason.startswith("company name 'Fabrikam'")
    none = match_application(a, NO_CONTACTS, texts=["Your interview"], addresses=["no-reply@us.greenhouse-mail.io"])
    assert none.application_id is None


def test_accented_name_in_text_matches_unaccented_company():
    m = match_application(
        apps((4, "Societe Generale", "applied", "2026-01-02")),
        NO_CONTACTS,
        texts=["Entretien – Société Générale"],
        addresses=[],
    )
    assert m.application_id == 4 and m.company == "Societe Generale" and m.score == 0.9


def test_open_application_beats_closed_one_at_same_company():
    a = apps((1, "Fabrikam Ltd", "interviewing", "2025-06-01"), (2, "Fabrikam", "rejected", "2026-02-01"))
    m = match_application(a, NO_CONTACTS, texts=["Fabrikam onsite"], addresses=[])
    assert m.application_id == 1
    assert "the open one of 2 applications there" in m.reason


def test_two_open_applications_most_recent_wins_and_reason_says_so():
    a = apps(
        (1, "Fabrikam", "applied", "2026-02-01"),
        (2, "Fabrikam", "interviewing", "2026-01-01"),
        (3, "Fabrikam", "rejected", "2026-03-01"),
    )
    m = match_application(a, NO_CONTACTS, texts=[], addresses=["pat@fabrikam.example"])
    assert m.application_id == 1
    assert m.reason == "domain fabrikam.example; the most recently applied of 2 open applications there"


def test_known_contact_address_comes_first():
    a = apps((1, "Contoso", "applied", "2026-01-02"), (2, "Northwind", "applied", "2026-01-02"))
    contacts = pd.DataFrame(
        [
            dict(
                contact_id=1,
                name="Ana Example",
                company="Northwind GmbH",
                email="Ana@freemail-user.example",
                relation="recruiter",
            )
        ]
    )
    # The text names Contoso, but the contact's exact address is stronger evidence.
    m = match_application(a, contacts, texts=["Contoso intro"], addresses=["ana@freemail-user.example"])
    assert m.application_id == 2 and m.score == 1.0
    assert m.reason == "known contact Ana Example (ana@freemail-user.example)"


def test_short_company_name_does_not_match_inside_a_longer_word():
    a = apps((1, "Bolt", "applied", "2026-01-02"))
    assert match_application(a, NO_CONTACTS, texts=["Boltzmann reading group"], addresses=[]).application_id is None
    assert match_application(a, NO_CONTACTS, texts=["Bolts and nuts"], addresses=[]).application_id is None
    assert match_application(a, NO_CONTACTS, texts=["Interview at Bolt (2nd round)"], addresses=[]).application_id == 1


def test_fuzzy_match_catches_a_typo_in_a_long_name_only():
    a = apps((1, "Northwind Traders", "applied", "2026-01-02"), (2, "Lumen", "applied", "2026-01-02"))
    m = match_application(a, NO_CONTACTS, texts=["Interview Nortwind Traders"], addresses=[])
    assert m.application_id == 1 and 0.75 <= m.score < 0.9
    assert m.reason.startswith("a name close to 'Northwind Traders'")
    assert match_application(a, NO_CONTACTS, texts=["Lumin call"], addresses=[]).application_id is None


def test_no_match_reports_what_was_seen():
    m = match_application(
        apps((1, "Contoso", "applied", "2026-01-02")), NO_CONTACTS, texts=["Dentist"], addresses=["desk@clinic.example"]
    )
    assert m.application_id is None and m.company is None and m.score == 0.0
    assert "Dentist" in m.reason and "desk@clinic.example" in m.reason


def test_min_score_can_refuse_weaker_evidence():
    a = apps((1, "Contoso", "applied", "2026-01-02"))
    assert match_application(a, NO_CONTACTS, texts=["Contoso"], addresses=[], min_score=0.95).application_id is None
    assert (
        match_application(a, NO_CONTACTS, texts=[], addresses=["x@contoso.example"], min_score=0.95).application_id == 1
    )


def test_matcher_prepares_once_and_longest_name_wins():
    a = apps((1, "Northwind", "applied", "2026-01-02"), (2, "Northwind Traders", "applied", "2026-01-02"))
    matcher = Matcher(a, NO_CONTACTS)
    assert matcher.match(texts=["Northwind Traders - panel"], addresses=[]).application_id == 2
    assert matcher.match(texts=["Northwind - panel"], addresses=[]).application_id == 1


def test_a_state_label_in_a_government_domain_is_not_the_agency():
    from followup_kit.io.matching import domain_key

    assert [domain_key(a) for a in ("a@dffh.vic.gov.au", "b@dshs.wa.gov", "c@acme.com.au")] == ["dffh", "dshs", "acme"]


def test_a_provinces_and_a_governments_labels_are_not_the_agency():
    from followup_kit.io.matching import domain_key

    assert [domain_key(a) for a in ("a@finances.gouv.qc.ca", "b@ville.montreal.qc.ca", "c@tpsgc-pwgsc.gc.ca")] == [
        "finances",
        "montreal",
        "tpsgc pwgsc",
    ]
