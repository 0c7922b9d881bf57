"""The kit's own export format: files, permissions, formula cells and the exact round trip."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_kit.errors import InputError
from followup_kit.io.import_result import ImportProblems
from followup_kit.io.kit_folder import export_tracker
from followup_kit.io.sources import import_source
from followup_kit.store import model
from followup_kit.store.sqlite import SCHEMA_VERSION
from followup_kit.store.tracker import Tracker


def assert_same(a: Tracker, b: Tracker):
    ta, tb = a.tables(), b.tables()
    for name in model.COLUMNS:
        pd.testing.assert_frame_equal(ta[name], tb[name], check_dtype=True)


def test_export_files_columns_and_permissions(interviewed, tmp_path):
    tracker = interviewed["tracker"]
    tracker.record_event(interviewed["application_id"], "offer", "2026-03-25", deadline="2026-04-01")
    tracker.mark_done("thank_you:1:2", on="2026-03-10 20:00")
    files = export_tracker(tracker, tmp_path / "out")
    assert [f.name for f in files] == [
        "applications.csv",
        "contacts.csv",
        "interviews.csv",
        "participants.csv",
        "events.csv",
        "action_state.csv",
        "meta.csv",
    ]
    assert (tmp_path / "out").stat().st_mode & 0o777 == 0o700
    assert all(f.stat().st_mode & 0o777 == 0o600 for f in files)
    assert files[0].read_bytes().startswith(b"\xef\xbb\xbf")
    for name in model.COLUMNS:
        frame = pd.read_csv(tmp_path / "out" / f"{name}.csv", encoding="utf-8-sig", dtype=str)
        assert tuple(frame.columns) == model.COLUMNS[name]
    iv = pd.read_csv(tmp_path / "out" / "interviews.csv", encoding="utf-8-sig", dtype=str)
    assert iv.loc[0, "starts_at"] == "2026-03-10T14:00:00-04:00"
    assert iv.loc[0, "decision_expected_on"] == "2026-03-20"
    done = pd.read_csv(tmp_path / "out" / "action_state.csv", encoding="utf-8-sig", dtype=str)
    assert done.loc[0, "done_at"] == "2026-03-10T20:00:00-04:00"
    meta = pd.read_csv(tmp_path / "out" / "meta.csv", encoding="utf-8-sig", dtype=str).set_index("key")["value"]
    assert meta["timezone"] == "America/New_York" and meta["schema_version"] == str(SCHEMA_VERSION)
    assert dt.datetime.fromisoformat(meta["exported_at"]).tzinfo is not None


def test_round_trip_gives_the_same_tables(interviewed, tmp_path):
    tracker = interviewed["tracker"]
    app = interviewed["application_id"]
    tracker.update_application(
        app,
        notes="=cmd|' /C calc'!A0\n+second line",
        confidential=True,
        policy_overrides={"thank_you_hours": 12},
        external_id="sheet:x",
    )
    tracker.add_application("Société Générale", "@risk analyst", applied_on="2026-03-03", still_interested=False)
    tracker.update_contact(interviewed["interviewer_id"], title="-lead-", linkedin_invited_on="2026-03-11")
    tracker.record_event(app, "rejection", "2026-03-30", note="'quoted' and \"double\"")
    tracker.skip("keep_in_touch:1", note="not this time")
    export_tracker(tracker, tmp_path / "out")
    raw = (tmp_path / "out" / "applications.csv").read_text(encoding="utf-8-sig")
    assert "\"'=cmd|' /C calc'!A0" in raw and ",'@risk analyst," in raw
    with Tracker.create(tmp_path / "copy.sqlite", timezone="America/New_York") as copy:
        result = import_source(copy, tmp_path / "out")
        assert result.rows_read == result.rows_imported == sum(result.detected["tables"].values())
        assert_same(tracker, copy)


def test_restoring_into_a_non_empty_tracker_is_refused(interviewed, tmp_path):
    tracker = interviewed["tracker"]
    export_tracker(tracker, tmp_path / "out")
    with pytest.raises(
        InputError,
        match=r"tracker.sqlite already holds data \(1 applications, 3 contacts\); a kit "
        r"export restores a whole tracker",
    ):
        import_source(tracker, tmp_path / "out")
    assert len(tracker.applications) == 1


def test_a_damaged_export_names_file_row_and_column(interviewed, tmp_path):
    export_tracker(interviewed["tracker"], tmp_path / "out")
    events = tmp_path / "out" / "events.csv"
    events.write_text(
        "event_id,application_id,kind,on,deadline,note\n1,1,response,2026-13-01,,\n2,9,party,2026-03-01,,\n",
        encoding="utf-8",
    )
    with Tracker.create(tmp_path / "copy.sqlite", timezone="America/New_York") as copy:
        with pytest.raises(ImportProblems) as info:
            import_source(copy, tmp_path / "out")
        assert str(info.value).splitlines()[1:] == [
            "out/events.csv, row 2, column 'on', value '2026-13-01': not a date; write it as YYYY-MM-DD",
            "out/events.csv, row 3, column 'kind', value 'party': must be one of response, offer, offer_accepted, "
            "rejection, withdrawal, ghosted",
            "out/events.csv, row 3, column 'application_id', value 9: no application with this id in applications.csv",
        ]
        assert copy.applications.empty


def test_a_folder_that_is_not_an_export(tracker, tmp_path):
    with pytest.raises(InputError, match=r"not a followup-kit export \(it has no meta.csv\)"):
        import_source(tracker, tmp_path)


def test_export_refuses_a_file_as_folder(tracker, tmp_path):
    (tmp_path / "f").write_text("x")
    with pytest.raises(InputError, match="exists and is not a folder"):
        export_tracker(tracker, tmp_path / "f")


_text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20).filter(
    lambda s: s.strip() == s and s.strip()
)


@given(company=_text, notes=_text)
def test_any_text_survives_the_round_trip(tmp_path_factory, company, notes):
    folder = tmp_path_factory.mktemp("rt")
    with (
        Tracker.create(folder / "a.sqlite", timezone="Europe/Berlin") as a,
        Tracker.create(folder / "b.sqlite", timezone="Europe/Berlin") as b,
    ):
        a.add_application(company, "role", notes=notes)
        export_tracker(a, folder / "out")
        import_source(b, folder / "out")
        assert b.applications.loc[0, ["company", "notes"]].tolist() == [company, notes]
