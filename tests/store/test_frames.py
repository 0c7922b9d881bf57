"""Tests for followup_kit.store.frames: the fast reader gives exactly the plain reader's frames."""

from __future__ import annotations

import pandas as pd
import pytest

from followup_kit.datasets.sample.tracker import create_sample_tracker
from followup_kit.datasets.synthetic import make_tracker
from followup_kit.store import frames, model
from followup_kit.store.tracker import Tracker


def assert_same_frames(tracker: Tracker) -> None:
    """Every table read fast equals the plain read: values, missing values, dtypes (time zone and unit too)."""
    for table in model.COLUMNS:
        fast = frames.read_frame(tracker._conn, table, tracker.timezone)
        plain = frames.read_frame(tracker._conn, table, tracker.timezone, fast=False)
        assert list(fast.dtypes.astype(str)) == list(plain.dtypes.astype(str)), table
        pd.testing.assert_frame_equal(fast, plain, check_exact=True)
        for col in [c for c in fast if pd.api.types.is_object_dtype(fast[c])]:  # text keeps None, never NaN
            assert fast[col].map(type).isin([str, type(None)]).all(), (table, col)


def test_sample_and_synthetic_trackers_read_the_same_fast_and_plain(tmp_path):
    with create_sample_tracker(tmp_path / "sample.sqlite") as sample:
        assert_same_frames(sample)
    with make_tracker(tmp_path / "synthetic.sqlite", 400, seed=3, timezone="Australia/Sydney") as synthetic:
        assert_same_frames(synthetic)
        tables = synthetic.tables()
    assert str(tables["interviews"]["starts_at"].dtype) == "datetime64[us, Australia/Sydney]"
    assert str(tables["applications"]["applied_on"].dtype) == "datetime64[s]"
    assert str(tables["applications"]["referrer_id"].dtype) == "Int64"
    assert tables["applications"]["referrer_id"].isna().any() and tables["applications"]["referrer_id"].notna().any()
    assert tables["applications"]["confidential"].dtype == bool


def test_an_empty_tracker_reads_with_the_same_dtypes(tmp_path):
    with Tracker.create(tmp_path / "t.sqlite", timezone="Europe/Berlin") as t:
        assert_same_frames(t)
        assert str(t.action_state["done_at"].dtype) == "datetime64[s, Europe/Berlin]"
        assert list(t.applications.columns) == list(model.APPLICATION_COLUMNS)


def _one_application(tmp_path) -> Tracker:
    t = Tracker.create(tmp_path / "t.sqlite", timezone="America/New_York")
    app = t.add_application("Acme", "Analyst", applied_on="2026-03-02")
    t.log_interview(app, "2026-03-10 09:30", [], decision_expected_on="2026-03-20")
    t.mark_done("followup:1", on="2026-03-11 11:00", note="sent")
    return t


@pytest.mark.parametrize(
    ("sql", "column", "expected"),
    [
        # fractions of a second: the fast reader leaves them to pandas, which keeps them
        (
            "UPDATE action_state SET done_at = '2026-03-11T15:00:00.250000+00:00'",
            ("action_state", "done_at"),
            pd.Timestamp("2026-03-11 11:00:00.25", tz="America/New_York"),
        ),
        # another offset than +00:00 still names the same instant
        (
            "UPDATE interviews SET starts_at = '2026-03-10T09:30:00-04:00'",
            ("interviews", "starts_at"),
            pd.Timestamp("2026-03-10 09:30", tz="America/New_York"),
        ),
        # the integer that stands for a missing value in the fast reader is a real value here
        (
            "UPDATE interviews SET calendar_sequence = -9223372036854775808",
            ("interviews", "calendar_sequence"),
            -9223372036854775808,
        ),
        (
            "UPDATE interviews SET calendar_sequence = -9223372036854775807",
            ("interviews", "calendar_sequence"),
            -9223372036854775807,
        ),
    ],
)
def test_values_the_fast_reader_does_not_read_go_through_pandas(tmp_path, sql, column, expected):
    with _one_application(tmp_path) as t:
        t._conn.execute(sql)
        table, col = column
        assert frames._fetch_arrays(t._conn, table) is None
        assert_same_frames(t)
        assert t.tables()[table].loc[0, col] == expected


def test_a_date_sqlite_would_move_reads_as_missing_never_as_another_day(tmp_path):
    with _one_application(tmp_path) as t:
        t._conn.execute("UPDATE applications SET applied_on = '2026-02-30'")  # SQLite reads it as 2 March
        assert frames._fetch_arrays(t._conn, "applications") is None  # not the fast reader's 2 March
        assert pd.isna(t.tables()["applications"].loc[0, "applied_on"])
        assert_same_frames(t)


@pytest.mark.parametrize(
    ("table", "col", "stored"),
    [
        ("applications", "applied_on", "0001-12-03"),
        ("applications", "applied_on", "9999-12-31"),
        ("interviews", "starts_at", "1-12-03T13:06:32+00:00"),  # what year 1 was stored as (issue 26)
        ("interviews", "starts_at", "9999-12-31T23:59:59+00:00"),
        ("interviews", "decision_expected_on", "garbage"),
    ],
)
def test_a_stored_value_past_the_edges_reads_as_missing(tmp_path, table, col, stored):
    with _one_application(tmp_path) as t:
        t._conn.execute(f"UPDATE {table} SET {col} = ?", (stored,))
        assert pd.isna(t.tables()[table].loc[0, col])
        assert_same_frames(t)


def test_missing_values_read_as_missing(tmp_path):
    with _one_application(tmp_path) as t:
        iv = t.interviews
        assert iv.loc[0, "decision_expected_on"] == pd.Timestamp("2026-03-20")
        assert pd.isna(iv.loc[0, "expected_start_on"]) and pd.isna(iv.loc[0, "cancelled_at"])
        assert iv["candidates_in_pool"].isna().all() and iv.loc[0, "memorable_detail"] is None
        assert t.action_state.loc[0, "note"] == "sent"


def _status_by_rows(apps: pd.DataFrame, events: pd.DataFrame, interviews: pd.DataFrame) -> list[str]:
    """The status rule written out one application at a time (a reference for the vectorised one)."""
    out = []
    for app in apps.itertuples():
        own = events[(events["application_id"] == app.application_id) & events["kind"].isin(frames.STATUS_RANK)]
        if len(own):
            key = own.assign(r=own["kind"].map(frames.STATUS_RANK)).sort_values(["on", "r", "event_id"])
            out.append(
                {**{"offer_accepted": "accepted", "rejection": "rejected"}, "withdrawal": "withdrawn"}.get(
                    key["kind"].iloc[-1], key["kind"].iloc[-1]
                )
            )
        elif app.stored_status in ("offer", "accepted", "rejected", "withdrawn", "ghosted"):
            out.append(app.stored_status)
        elif app.application_id in set(interviews.loc[interviews["cancelled_at"].isna(), "application_id"]):
            out.append("interviewing")
        else:
            out.append(app.stored_status or "applied")
    return out


def test_status_matches_the_rule_written_row_by_row(tmp_path):
    with make_tracker(tmp_path / "s.sqlite", 300, seed=5) as t:
        app = t.add_application("Acme", "Analyst", applied_on="2026-03-02")
        t.record_event(app, "offer", "2026-03-20")
        t.record_event(app, "rejection", "2026-03-20")  # same day: the rejection ranks above the offer
        tables = t.tables()
    events = tables["events"]
    # the facts only (no day: the silence rule is left out; tests/store/test_silence.py checks it)
    apps = frames.with_status(tables["applications"].drop(columns="status"), events, tables["interviews"])
    assert apps["status"].tolist() == _status_by_rows(apps, events, tables["interviews"])
    assert apps["status"].iloc[-1] == "rejected"
    assert set(apps["status"]) >= {"applied", "interviewing", "rejected", "ghosted"}
