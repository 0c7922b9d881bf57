"""The sample's story: an invented job search, written through the tracker's public API.

:func:`build_sample` is the source of the shipped ``sample_data/`` export (see
:mod:`followup_kit.datasets.sample.tracker`); every person, company, address and profile in it
is made up (``example.com``).

Examples
--------
>>> import tempfile, pathlib
>>> from followup_kit.store.tracker import Tracker
>>> with Tracker.create(pathlib.Path(tempfile.mkdtemp()) / "s.sqlite", SAMPLE_TIMEZONE) as t:
...     build_sample(t)
...     len(t.applications)
15
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from followup_kit import vocabulary
from followup_kit.followups.schedule import follow_up_schedule
from followup_kit.store.tracker import Tracker

#: The sample's time zone and the day its story stops.
SAMPLE_TIMEZONE = "America/New_York"
SAMPLE_AS_OF = dt.date(2026, 11, 20)


def _person(t, name, company, relation, title=None, **more):
    slug = name.lower().replace(" ", "-").replace("'", "")
    return t.add_contact(
        name,
        company=company,
        title=title,
        relation=relation,
        email=f"{slug.split('-')[0]}@{company.lower().split()[0].strip('&,')}.example.com",
        linkedin_url=f"https://www.linkedin.com/in/example-{slug}",
        **more,
    )


def build_sample(t: Tracker) -> None:
    """Fill an empty tracker with the sample job search through the public API."""
    priya = t.add_contact(
        "Priya Raman",
        company="Former colleague",
        relation="referrer",
        email="priya.raman@example.com",
        linkedin_url="https://www.linkedin.com/in/example-priya-raman",
    )
    jonah = t.add_contact(
        "Jonah Meyer",
        company="Harborview Credit Union",
        title="IT Project Lead",
        relation="referrer",
        email="jonah.meyer@example.com",
    )

    # 1. Northwind Analytics: referred, three rounds, offer with a deadline after as_of.
    app = t.add_application(
        "Northwind Analytics",
        "Senior Data Analyst",
        "2026-09-02",
        referrer_id=priya,
        industry="Software",
        location="New York, NY (hybrid)",
        source="Referral",
        url="https://jobs.example.com/northwind/senior-data-analyst",
    )
    t.record_event(app, "response", "2026-09-08", note="Recruiter call booked by email")
    marcus = _person(t, "Marcus Bell", "Northwind Analytics", "recruiter", "Technical Recruiter")
    dana = _person(t, "Dana Whitfield", "Northwind Analytics", "hiring_manager", "Director of Analytics")
    omar = _person(t, "Omar Haddad", "Northwind Analytics", "interviewer", "Analytics Engineer")
    lena = _person(t, "Lena Fischer", "Northwind Analytics", "interviewer", "Product Manager")
    tomasz = _person(t, "Tomasz Nowak", "Northwind Analytics", "interviewer", "Staff Data Scientist")
    t.log_interview(
        app,
        "2026-09-15 10:00",
        [marcus],
        stage="phone screen",
        memorable_detail="the weekend chess club for new hires",
    )
    t.log_interview(
        app,
        "2026-09-24 14:00",
        [dana, omar],
        stage="technical",
        decision_expected_on="2026-10-01",
        candidates_in_pool=6,
        memorable_detail="the dbt migration that took the team a year",
        not_discussed="the cohort-retention dashboard I built for a subscription product",
    )
    t.log_interview(
        app,
        "2026-10-06 09:30",
        [dana, lena, tomasz],
        stage="onsite",
        decision_expected_on="2026-10-20",
        candidates_in_pool=2,
        expected_start_on="2027-01-04",
        memorable_detail="retiring three legacy reports before spring",
        not_discussed="my experience mentoring two junior analysts",
    )
    t.record_event(app, "offer", "2026-11-12", deadline="2026-11-25", note="Verbal offer, written one by email")

    # 2. Bluefin Logistics: one panel, rejected, still interested in the company.
    app = t.add_application(
        "Bluefin Logistics",
        "Operations Analyst",
        "2026-09-03",
        industry="Logistics",
        location="Newark, NJ",
        source="Company website",
    )
    t.record_event(app, "response", "2026-09-10")
    grace = _person(t, "Grace Okafor", "Bluefin Logistics", "hiring_manager", "Head of Operations Planning")
    sam = _person(t, "Sam Ito", "Bluefin Logistics", "interviewer", "Senior Planner")
    t.log_interview(
        app,
        "2026-09-17 11:00",
        [grace, sam],
        stage="panel",
        decision_expected_on="2026-09-30",
        candidates_in_pool=4,
        memorable_detail="the warehouse-slotting puzzle we sketched on paper",
        not_discussed="the routing model that cut my last team's overtime",
    )
    t.record_event(app, "rejection", "2026-10-01", note="They chose someone with customs experience")

    # 3. Copperleaf Health: two rounds, rejected, not interested any more.
    app = t.add_application(
        "Copperleaf Health",
        "Data Scientist, Care Outcomes",
        "2026-09-05",
        still_interested=False,
        industry="Healthcare",
        location="Remote (US)",
        source="Indeed",
    )
    t.record_event(app, "response", "2026-09-12")
    ruth = _person(t, "Ruth Adeyemi", "Copperleaf Health", "recruiter", "Talent Partner")
    victor = _person(t, "Victor Lindqvist", "Copperleaf Health", "hiring_manager", "Lead Data Scientist")
    ines = _person(t, "Ines Carvalho", "Copperleaf Health", "interviewer", "Clinical Informatics Manager")
    t.log_interview(app, "2026-09-22 13:00", [ruth], stage="phone screen")
    t.log_interview(
        app,
        "2026-10-02 15:00",
        [victor, ines],
        stage="panel",
        decision_expected_on="2026-10-16",
        memorable_detail="the readmission model that nurses refused to trust at first",
    )
    t.record_event(app, "rejection", "2026-10-20")

    # 4. Harborview Credit Union: referred by an employee, withdrawn after the first round.
    app = t.add_application(
        "Harborview Credit Union",
        "BI Developer",
        "2026-09-08",
        referrer_id=jonah,
        industry="Financial services",
        location="Hoboken, NJ",
        source="Referral",
    )
    t.record_event(app, "response", "2026-09-15")
    paula = _person(t, "Paula Brandt", "Harborview Credit Union", "hiring_manager", "BI Manager")
    t.log_interview(
        app,
        "2026-09-23 16:00",
        [paula],
        stage="video call",
        memorable_detail="the member-churn map of the branch network",
    )
    t.record_event(app, "withdrawal", "2026-10-05", note="Five days a week in the office; I withdrew")

    # 5. Tidewater Games: never answered.
    app = t.add_application(
        "Tidewater Games",
        "Analytics Engineer",
        "2026-09-10",
        industry="Gaming",
        location="Remote (US)",
        source="LinkedIn",
    )
    t.record_event(app, "ghosted", "2026-10-22")

    # 6. Quillstone Publishing: one interview, then silence.
    app = t.add_application(
        "Quillstone Publishing",
        "Data Analyst",
        "2026-09-12",
        industry="Media",
        location="Brooklyn, NY",
        source="Job board",
    )
    t.record_event(app, "response", "2026-09-19")
    hector = _person(t, "Hector Salazar", "Quillstone Publishing", "hiring_manager", "Audience Insights Lead")
    t.log_interview(
        app,
        "2026-09-26 10:00",
        [hector],
        stage="video call",
        decision_expected_on="2026-10-09",
        memorable_detail="whether newsletter open rates say anything about loyalty",
    )
    t.record_event(app, "ghosted", "2026-10-30")

    # 7. Lumen Ridge Energy: two rounds, decision date passed, employees to connect with.
    app = t.add_application(
        "Lumen Ridge Energy",
        "Senior Analyst, Load Forecasting",
        "2026-10-01",
        industry="Energy",
        location="Stamford, CT",
        source="Company website",
    )
    t.record_event(app, "response", "2026-10-08")
    aisha = _person(t, "Aisha Karim", "Lumen Ridge Energy", "recruiter", "Recruiter")
    beatrix = _person(t, "Beatrix Holm", "Lumen Ridge Energy", "hiring_manager", "Forecasting Manager")
    wen = _person(t, "Wen Zhao", "Lumen Ridge Energy", "interviewer", "Quantitative Analyst")
    t.log_interview(app, "2026-10-15 09:00", [aisha], stage="phone screen")
    t.log_interview(
        app,
        "2026-10-28 13:30",
        [beatrix, wen],
        stage="technical",
        decision_expected_on="2026-11-13",
        candidates_in_pool=3,
        expected_start_on="2027-01-11",
        memorable_detail="the heat-wave backtest that broke every model but one",
        not_discussed="my weather-feature pipeline from the utility internship",
    )
    _person(
        t,
        "Felix Moreau",
        "Lumen Ridge Energy",
        "employee",
        "Data Engineer",
        linkedin_invited_on="2026-10-29",
        linkedin_connected_on="2026-11-02",
    )
    _person(t, "Nadia Petrova", "Lumen Ridge Energy", "employee", "Grid Analytics Lead")

    # 8. Silverpine Insurance: confidential, interview on Tuesday of the last week.
    app = t.add_application(
        "Silverpine Insurance",
        "Pricing Analyst",
        "2026-10-06",
        confidential=True,
        industry="Insurance",
        location="Hartford, CT",
        source="LinkedIn",
        notes="Competitor of my current employer: keep this one quiet",
    )
    t.record_event(app, "response", "2026-10-14")
    rafael = _person(t, "Rafael Ortiz", "Silverpine Insurance", "hiring_manager", "Pricing Manager")
    mei = _person(t, "Mei Tanaka", "Silverpine Insurance", "interviewer", "Actuarial Analyst")
    t.log_interview(
        app,
        "2026-11-17 11:00",
        [rafael, mei],
        stage="panel",
        decision_expected_on="2026-12-01",
        candidates_in_pool=5,
        expected_start_on="2027-01-04",
        memorable_detail="the telematics pilot with only forty volunteer drivers",
        not_discussed="the GLM refresh I delivered two weeks early",
    )

    # 9. Orchard & Vine Retail: two rounds, decision promised next week.
    app = t.add_application(
        "Orchard & Vine Retail",
        "Customer Insights Analyst",
        "2026-10-13",
        industry="Retail",
        location="Jersey City, NJ",
        source="Indeed",
    )
    t.record_event(app, "response", "2026-10-20")
    tessa = _person(t, "Tessa Grant", "Orchard & Vine Retail", "hiring_manager", "Customer Insights Manager")
    ben = _person(t, "Ben Adler", "Orchard & Vine Retail", "interviewer", "Loyalty Programme Analyst")
    t.log_interview(
        app,
        "2026-11-04 10:30",
        [tessa],
        stage="video call",
        memorable_detail="the loyalty card that nobody scanned",
    )
    t.log_interview(
        app,
        "2026-11-13 14:00",
        [tessa, ben],
        stage="case study",
        decision_expected_on="2026-11-24",
        candidates_in_pool=3,
        memorable_detail="the basket-analysis whiteboard with the pickles",
        not_discussed="my survey-weighting work for a regional grocer",
    )
    _person(t, "Carla Jimenez", "Orchard & Vine Retail", "employee", "Senior Data Analyst")

    # 10, 12, 13: applied only.
    t.add_application(
        "Meridian Civic Labs",
        "Data Analyst, Public Programs",
        "2026-10-20",
        industry="Government",
        location="Albany, NY",
        source="Government job board",
    )

    # 11. Pelican Freight Tech: referred, first interview on the day before as_of.
    app = t.add_application(
        "Pelican Freight Tech",
        "Product Analyst",
        "2026-10-27",
        referrer_id=priya,
        industry="Logistics software",
        location="Remote (US)",
        source="Referral",
    )
    t.record_event(app, "response", "2026-11-05")
    yusuf = _person(t, "Yusuf Demir", "Pelican Freight Tech", "hiring_manager", "Group Product Manager")
    olga = _person(t, "Olga Sorensen", "Pelican Freight Tech", "interviewer", "Senior Product Analyst")
    t.log_interview(
        app,
        "2026-11-19 15:00",
        [yusuf, olga],
        stage="video call",
        memorable_detail="the rule that every metric needs an owner with a name",
        not_discussed="the experiment-design checklist I wrote for my team",
    )

    t.add_application(
        "Brightwater Learning",
        "Learning Data Analyst",
        "2026-11-03",
        industry="Education",
        location="Remote (US)",
        source="LinkedIn",
    )
    t.add_application(
        "Granite Peak Robotics",
        "Operations Data Analyst",
        "2026-11-10",
        industry="Manufacturing",
        location="Philadelphia, PA",
        source="Company website",
    )

    # 14. Kestrel Biotech: rejected without an interview.
    app = t.add_application(
        "Kestrel Biotech",
        "Lab Data Analyst",
        "2026-09-15",
        industry="Biotechnology",
        location="Cambridge, MA",
        source="Indeed",
    )
    t.record_event(app, "rejection", "2026-09-29", note="Automated email")

    # 15. Alder & Finch Consulting: a recruiter answered two days later; a phone screen is booked for next week.
    app = t.add_application(
        "Alder & Finch Consulting",
        "Analytics Consultant",
        "2026-11-16",
        industry="Consulting",
        location="New York, NY",
        source="Recruiter",
    )
    t.record_event(app, "response", "2026-11-18", note="Recruiter asked for availability next week")
    noor = _person(t, "Noor Haddad", "Alder & Finch Consulting", "recruiter", "Talent Partner")
    t.log_interview(app, "2026-11-24 10:00", [noor], stage="phone screen")  # booked for next week

    _tick_off_earlier_follow_ups(t)


def _tick_off_earlier_follow_ups(t: Tracker) -> None:
    """Mark what a diligent user would have done by Monday 16 November: every follow-up due
    before then is done a few hours early, except one cold LinkedIn invite that was skipped.
    What fell due later stays open, so the desk shows a realistic, short list."""
    schedule = follow_up_schedule(t, as_of=f"{SAMPLE_AS_OF.isoformat()} 17:00")
    earlier = schedule[
        schedule["status"].isin(vocabulary.LIVE_ACTION_STATUSES)
        & (schedule["due_at"] < pd.Timestamp("2026-11-16", tz=SAMPLE_TIMEZONE))
    ]
    cold = earlier[earlier["cold"].astype(bool) & (earlier["kind"] == "linkedin_invite")]
    skipped = set(cold["action_key"].head(1))
    with t.transaction():
        for key, due in zip(earlier["action_key"], earlier["due_at"]):
            if key in skipped:
                t.skip(
                    key,
                    note="Decided to wait until after the final round",
                    on=(due - pd.Timedelta(hours=3)).to_pydatetime(),
                )
            else:
                t.mark_done(key, on=(due - pd.Timedelta(hours=3)).to_pydatetime())
