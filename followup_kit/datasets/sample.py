"""The sample tracker: an invented job search that ships in ``data/sample/``.

Fifteen applications in New York time between 2026-09-01 and 2026-11-20 (the
notebooks use ``as_of = 2026-11-20``, a Friday), at every stage: applied only,
answered, interviewing over several rounds with two or three interviewers,
referred by friends, one confidential, people to connect with on LinkedIn, an
offer whose deadline is still ahead, rejections, a withdrawal and silence.
Every person, company, address and profile is made up (``example.com``).

``data/sample/`` is the kit's export format; :func:`build_sample` is the
source it was written from.

A newcomer should meet a live search, not one frozen on 2026-11-20:
``create_sample_tracker(path, shift_to=today)`` (what ``followup-kit init
--sample`` does) moves every date and time by whole weeks so that the story ends
in the last seven days, and ticks off what a diligent user would have done by
then, leaving at most :data:`SAMPLE_OVERDUE_LEFT` overdue.  Without ``shift_to``
the sample keeps its fixed dates (the notebooks' stored outputs use them).  Regenerate it with
``python -m followup_kit.datasets.sample`` after changing :func:`build_sample`.

Examples
--------
>>> import tempfile, pathlib
>>> t = create_sample_tracker(pathlib.Path(tempfile.mkdtemp()) / "sample.sqlite")
>>> len(t.applications), t.timezone
(15, 'America/New_York')
>>> t.close()
>>> live = create_sample_tracker(pathlib.Path(tempfile.mkdtemp()) / "live.sqlite", shift_to=dt.date(2027, 3, 3))
>>> str(live.interviews["starts_at"].max().date())
'2027-02-25'
>>> live.close()
"""

from __future__ import annotations

import datetime as dt
import tempfile
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from followup_kit import vocabulary
from followup_kit.errors import TrackerError
from followup_kit.followups.schedule import follow_up_schedule
from followup_kit.io.kit_folder import export_tracker
from followup_kit.io.spreadsheet import import_source
from followup_kit.store import model
from followup_kit.store.tracker import Tracker
from followup_kit.values import local_timezone_name

#: The shipped sample, in the kit's export format.
SAMPLE_DIR = Path(str(resources.files("followup_kit.datasets") / "sample_data"))
#: The sample's time zone and the day its story stops.
SAMPLE_TIMEZONE = "America/New_York"
SAMPLE_AS_OF = dt.date(2026, 11, 20)
#: The sample moves by whole weeks only, so weekdays, weekends and the business-day
#: rules of the follow-up policy keep the shape they had on the fixed dates.
SHIFT_STEP_DAYS = 7
#: How many overdue follow-ups a shifted sample keeps (issue 14: "one or two overdue");
#: older ones are marked done, as a diligent user would have.
SAMPLE_OVERDUE_LEFT = 2
#: A bare date given as ``shift_to`` stands for this local time of that day.
SHIFT_TO_TIME = dt.time(12, 0)
#: How the tracker stores a moment (see ``store.sqlite.utc``).
UTC_FORMAT = "%Y-%m-%dT%H:%M:%S+00:00"
#: The meta row of an export holding a time stamp.
_META_STAMP = "exported_at"


def create_sample_tracker(path, shift_to=None) -> Tracker:
    """Create a new tracker at ``path`` holding the sample job search.

    Parameters
    ----------
    path : path
        The tracker file to create; it must not exist.
    shift_to : date, datetime or None
        ``None`` keeps the fixed dates (the story ends on :data:`SAMPLE_AS_OF`).
        A date or an aware datetime ("now", e.g. ``datetime.now().astimezone()``)
        moves the story by :func:`sample_shift_days` so that it ends in the seven
        days up to that day (a bare date means :data:`SHIFT_TO_TIME` on it in the
        sample's zone) and marks done all but the latest :data:`SAMPLE_OVERDUE_LEFT`
        follow-ups that are overdue at that moment.

    Raises
    ------
    TrackerError
        If ``path`` already exists.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> t = create_sample_tracker(pathlib.Path(tempfile.mkdtemp()) / "s.sqlite", shift_to=dt.date(2026, 11, 27))
    >>> str(t.applications["applied_on"].min().date())
    '2026-09-09'
    >>> t.close()
    """

    path = Path(path)
    if path.exists():
        raise TrackerError(f"{path} already exists; choose another file name for the sample tracker")
    now = None if shift_to is None else _moment(shift_to)
    tracker = Tracker.create(path, timezone=SAMPLE_TIMEZONE)
    try:
        if now is None:
            import_source(tracker, SAMPLE_DIR)
        else:
            with tempfile.TemporaryDirectory(prefix="followup-kit-sample-") as tmp:
                shift_export(SAMPLE_DIR, Path(tmp), sample_shift_days(now.date()))
                import_source(tracker, Path(tmp))
            _tick_off_overdue(tracker, now)
    except BaseException:
        tracker.close()
        path.unlink(missing_ok=True)
        raise
    return tracker


def sample_shift_days(today: dt.date) -> int:
    """Days to add to every sample date so its story ends in the week up to ``today``.

    A whole number of weeks (:data:`SHIFT_STEP_DAYS`), rounded down so that nothing
    lands in the future: the sample's last day (a Friday) becomes the latest Friday
    on or before ``today``.

    >>> sample_shift_days(dt.date(2026, 11, 20)), sample_shift_days(dt.date(2026, 11, 26))
    (0, 0)
    >>> sample_shift_days(dt.date(2026, 11, 28)), sample_shift_days(dt.date(2026, 11, 19))
    (7, -7)
    """
    return (today - SAMPLE_AS_OF).days // SHIFT_STEP_DAYS * SHIFT_STEP_DAYS


def _moment(shift_to) -> pd.Timestamp:
    """``shift_to`` as an aware moment; its date is "today" in the zone it was given in."""
    if isinstance(shift_to, dt.datetime):
        if shift_to.tzinfo is None:
            shift_to = shift_to.replace(tzinfo=dt.datetime.now().astimezone().tzinfo)
        return pd.Timestamp(shift_to)
    if isinstance(shift_to, dt.date):
        return pd.Timestamp(dt.datetime.combine(shift_to, SHIFT_TO_TIME)).tz_localize(SAMPLE_TIMEZONE)
    raise TypeError(f"shift_to must be a date or a datetime, not {type(shift_to).__name__}")


def today_moment() -> dt.datetime:
    """Now, in this machine's time zone (what ``followup-kit init --sample`` shifts to)."""
    return dt.datetime.now(pd.Timestamp.now(tz=local_timezone_name()).tzinfo)


def shift_export(folder: Path, out: Path, days: int) -> Path:
    """Copy an export folder to ``out`` with every date and time moved by ``days`` days.

    Times move in local wall-clock time (an interview at 10:00 stays at 10:00 across a
    daylight-saving change).  One vectorised pass per column.
    """
    folder, out = Path(folder), Path(out)
    out.mkdir(parents=True, exist_ok=True)
    step = pd.Timedelta(days=days)
    for src in sorted(folder.glob("*.csv")):
        name = src.stem
        frame = pd.read_csv(src, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        for col in model.DATE_COLUMNS.get(name, ()):
            dates = pd.to_datetime(frame[col].where(frame[col] != ""), format="%Y-%m-%d")
            frame[col] = (dates + step).dt.strftime("%Y-%m-%d").fillna("")
        stamps = list(model.TIMESTAMP_COLUMNS.get(name, ()))
        if name == "meta":
            is_stamp = frame["key"] == _META_STAMP
            frame.loc[is_stamp, "value"] = _shift_stamps(frame.loc[is_stamp, "value"], step)
        for col in stamps:
            frame[col] = _shift_stamps(frame[col], step)
        # the cells are already as the export wrote them (formulas neutralised): write them back untouched
        frame.to_csv(out / src.name, index=False, encoding="utf-8-sig", lineterminator="\r\n")
    return out


def _shift_stamps(text: pd.Series, step: pd.Timedelta) -> pd.Series:
    given = text.ne("")
    local = pd.to_datetime(text.where(given), utc=True).dt.tz_convert(SAMPLE_TIMEZONE).dt.tz_localize(None) + step
    # a wall time that falls twice (autumn) is read as the first one, one that never happens moves forward
    moved = local.dt.tz_localize(
        SAMPLE_TIMEZONE, ambiguous=np.ones(len(local), dtype=bool), nonexistent="shift_forward"
    )
    iso = moved.dt.strftime("%Y-%m-%dT%H:%M:%S%z").str.replace(r"([+-]\d{2})(\d{2})$", r"\1:\2", regex=True)
    return iso.where(given, "")


def _tick_off_overdue(tracker: Tracker, now: pd.Timestamp) -> None:
    """Mark done (three hours before due) every follow-up overdue at ``now`` but the latest few."""
    schedule = follow_up_schedule(tracker, as_of=now)
    overdue = schedule[schedule["status"] == "overdue"].sort_values(["due_at", "action_key"], kind="stable")
    done = overdue.iloc[: max(len(overdue) - SAMPLE_OVERDUE_LEFT, 0)]
    when = pd.DatetimeIndex(done["due_at"]) - pd.Timedelta(hours=3)
    rows = pd.DataFrame(
        {
            "action_key": done["action_key"].to_numpy(),
            "state": "done",
            "done_at": when.tz_convert("UTC").strftime(UTC_FORMAT),
        }
    )
    with tracker.transaction():
        tracker.insert_rows("action_state", rows)


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
        memorable_detail="Marcus runs a weekend chess club for new hires",
    )
    t.log_interview(
        app,
        "2026-09-24 14:00",
        [dana, omar],
        stage="technical",
        decision_expected_on="2026-10-01",
        candidates_in_pool=6,
        memorable_detail="Omar's story about the dbt migration that took a year",
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
        memorable_detail="Lena's plan to retire three legacy reports before spring",
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
        memorable_detail="the warehouse-slotting puzzle Grace sketched on paper",
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
        memorable_detail="Victor's readmission model that nurses refused to trust at first",
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
        memorable_detail="Paula's member-churn map of the branch network",
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
        memorable_detail="Hector's theory that newsletter open rates lie about loyalty",
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
        memorable_detail="Wen's heat-wave backtest that broke every model but one",
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
        memorable_detail="Mei's telematics pilot with only forty volunteer drivers",
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
        memorable_detail="Tessa's story of the loyalty card that nobody scanned",
    )
    t.log_interview(
        app,
        "2026-11-13 14:00",
        [tessa, ben],
        stage="case study",
        decision_expected_on="2026-11-24",
        candidates_in_pool=3,
        memorable_detail="Ben's basket-analysis whiteboard with the pickles",
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
        memorable_detail="Yusuf's rule that every metric needs an owner with a name",
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

    # 15. Alder & Finch Consulting: a recruiter answered two days later.
    app = t.add_application(
        "Alder & Finch Consulting",
        "Analytics Consultant",
        "2026-11-16",
        industry="Consulting",
        location="New York, NY",
        source="Recruiter",
    )
    t.record_event(app, "response", "2026-11-18", note="Recruiter asked for availability next week")

    _tick_off_earlier_follow_ups(t)


def _tick_off_earlier_follow_ups(t: Tracker) -> None:
    """Mark what a diligent user would have done by Monday 16 November: every follow-up due
    before then is done a few hours early, except one cold LinkedIn invite that was skipped.
    What fell due later stays open, so the desk shows a realistic, short list."""
    import pandas as pd

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


def rebuild(folder=SAMPLE_DIR) -> list[Path]:
    """Write the sample to ``folder`` (default ``data/sample``) from :func:`build_sample`."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp, Tracker.create(Path(tmp) / "s.sqlite", SAMPLE_TIMEZONE) as t:
        build_sample(t)
        stamp = dt.datetime(2026, 11, 20, 17, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
        return export_tracker(t, folder, exported_at=stamp)


if __name__ == "__main__":  # pragma: no cover
    for written in rebuild():
        print(written)
