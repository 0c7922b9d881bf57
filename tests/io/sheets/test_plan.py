"""Columns recognised by header words and by content, the dry run of a sheet, .ods sheets, more status words."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pandas as pd
import pytest
from helpers import REAL_LOG

from followup_kit.cli import main
from followup_kit.io.sheets.guess import NO_APPLIED_DATE, stage_of
from followup_kit.io.sheets.plan import plan_sheet
from followup_kit.io.sources import import_source

# One sheet per language, headers named for the stage alone (no "date" word anywhere); the
# status words are the everyday ones of each language.  Expected: the applied, reply and offer
# columns are found without --map.
STAGE_SHEETS = {
    "en": (
        "Company,Position,Application,Phone call,Offer,Status\n"
        "Acme Lab,Analyst,2026-01-05,2026-01-12,,In process\n"
        "Borealis,Engineer,2026-01-07,,,Turned down\n"
        "Cobalt,Writer,2026-01-09,2026-01-15,2026-02-02,Offer\n",
        ("in process", "turned down"),
    ),
    "fr": (
        "Entreprise,Poste,Candidature,Appel,Proposition,Statut\n"
        "Acme Lab,Analyste,05/01/2026,12/01/2026,,En cours\n"
        "Borealis,Ingénieure,07/01/2026,,,Refusé\n"
        "Cobalt,Rédacteur,09/01/2026,15/01/2026,02/02/2026,Offre\n",
        ("en cours", "refuse"),
    ),
    "de": (
        "Firma,Stelle,Bewerbung,Anruf,Angebot,Stand\n"
        "Acme Lab,Analyst,05.01.2026,12.01.2026,,in Bearbeitung\n"
        "Borealis,Ingenieurin,07.01.2026,,,Absage\n"
        "Cobalt,Redakteur,09.01.2026,15.01.2026,02.02.2026,Angebot\n",
        ("in bearbeitung", "absage"),
    ),
    "es": (
        "Empresa,Puesto,Solicitud,Llamada,Oferta,Estado\n"
        "Acme Lab,Analista,05/01/2026,12/01/2026,,En proceso\n"
        "Borealis,Ingeniera,07/01/2026,,,Rechazado\n"
        "Cobalt,Redactor,09/01/2026,15/01/2026,02/02/2026,Oferta\n",
        ("en proceso", "rechazado"),
    ),
}


def write(tmp_path, text, name="jobs.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def dump(path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


@pytest.mark.parametrize("language", list(STAGE_SHEETS))
def test_a_stage_only_header_holds_the_application_dates_in_each_language(language, tracker, tmp_path):
    text, _words = STAGE_SHEETS[language]
    applied, call, offer = text.splitlines()[0].split(",")[2:5]
    result = import_source(tracker, write(tmp_path, text), dayfirst=True if language != "en" else None)
    assert (result.rows_imported, result.rows_rejected, result.unknown_columns) == (3, 0, [])
    assert result.columns[applied] == "applied_on" and result.columns[call] == "first_response_on"
    assert result.columns[offer] == "offer_on" and not result.warnings
    apps = tracker.applications.sort_values("company")
    assert apps["applied_on"].dt.strftime("%m-%d").tolist() == ["01-05", "01-07", "01-09"]
    assert apps["stored_status"].tolist() == ["applied", "rejected", "offer"]
    events = tracker.events.merge(tracker.applications[["application_id", "company"]])
    got = sorted(zip(events["company"], events["kind"], events["on"].dt.strftime("%m-%d"), strict=True))
    assert got == [("Acme Lab", "response", "01-12"), ("Cobalt", "offer", "02-02"), ("Cobalt", "response", "01-15")]


def test_headers_that_mean_nothing_are_read_by_the_order_of_their_dates(tracker, tmp_path):
    # the latest date comes first in the sheet and the earliest in the middle: position in a row decides, not
    # the column's place; one cell of "A" is later than "B" on its row, the median still decides
    text = (
        "Company,col3,A,B\n"
        "Acme Lab,2026-03-01,2026-01-05,2026-01-20\n"
        "Borealis,2026-03-09,2026-01-07,2026-02-01\n"
        "Cobalt,,2026-01-09,2026-01-08\n"
        "Dune,,2026-01-10,\n"
    )
    path = write(tmp_path, text)
    plan = plan_sheet(path)
    fields = dict(zip(plan.columns["source"], plan.columns["field"], strict=True))
    assert fields == {"Company": "company", "A": "applied_on", "B": "first_response_on", "col3": "decided_on"}
    assert "earliest date" in plan.columns.set_index("source").at["A", "reason"]
    result = import_source(tracker, path)
    # Cobalt's reply (01-08) is before its application (01-09): that cell is left empty and reported,
    # the rest of its row is imported
    assert (result.rows_imported, result.rows_rejected) == (4, 0)
    assert [(p.row, p.field, p.value) for p in result.problems] == [(4, "B", "2026-01-08")]
    assert "before applied_on" in str(result.problems[0])
    assert tracker.applications["applied_on"].notna().all()
    cobalt = tracker.applications.set_index("company").at["Cobalt", "application_id"]
    assert not ((tracker.events["application_id"] == cobalt) & (tracker.events["kind"] == "response")).any()


def test_a_sheet_without_application_dates_says_what_that_costs(tracker, tmp_path, capsys):
    path = write(tmp_path, "Company,Role,Notes\nAcme Lab,Analyst,met at a fair\n")
    result = import_source(tracker, path)
    assert result.warnings == [NO_APPLIED_DATE]
    assert "no application dates: wait times cannot be computed" in str(result)
    assert main(["import", str(path), "--tracker", str(tracker.path), "--dry-run"]) == 0
    assert 'name the column of application dates with --map "Your column=applied_on"' in capsys.readouterr().out


def test_date_columns_left_out_are_named_with_the_reason(tmp_path):
    text = (
        "company_name,applied_at,added_at,updated_at,Saved on\n"
        "Acme Lab,2026-02-10,2026-02-01,2026-03-01,2026-03-05\n"
        "Borealis,2026-02-12,2026-02-02,2026-03-02,2026-03-05\n"
        "Cobalt,2026-02-14,2026-02-03,2026-03-03,2026-03-05\n"
    )
    plan = plan_sheet(write(tmp_path, text))
    table = plan.columns.set_index("source")
    assert table.loc["applied_at", "field"] == "applied_on"
    assert (table.loc[["added_at", "updated_at", "Saved on"], "field"] == "not imported").all()
    assert "'added'" in table.at["added_at", "reason"] and "'updated'" in table.at["updated_at", "reason"]
    assert any("'added_at'" in w for w in plan.warnings) and len(plan.warnings) == 3


def test_the_order_of_dates_leaves_out_dates_before_the_application(tmp_path):
    text = "Company,Applied,X,Y\nAcme Lab,2026-02-10,2026-02-01,2026-02-20\nBorealis,2026-02-12,2026-02-02,\n"
    table = plan_sheet(write(tmp_path, text)).columns.set_index("source")
    assert table.at["X", "field"] == "not imported" and "before the application date" in table.at["X", "reason"]
    assert table.at["Y", "field"] == "first_response_on"


def test_links_and_status_words_are_recognised_by_content(tmp_path):
    text = (
        "Company,Where,What happened,Board\n"
        "Acme Lab,https://jobs.example/1,In progress,LinkedIn\n"
        "Borealis,www.jobs.example/2,Declined,Welcome to the Jungle\n"
        "Cobalt,https://jobs.example/3,Interview,Indeed\n"
    )
    plan = plan_sheet(write(tmp_path, text))
    fields = dict(zip(plan.columns["source"], plan.columns["field"], strict=True))
    assert fields == {"Company": "company", "Where": "url", "What happened": "status", "Board": "source"}
    words = plan.statuses.set_index("word")
    assert words.at["In progress", "status"] == "applied" and words.at["Declined", "rows"] == 1
    assert words.at["Declined", "status"] == "not read: could mean two statuses"
    assert plan.counts == {
        "rows": 3,
        "to_import": 3,
        "with_problems": 0,
        "not_imported": 0,
        "cells_left_empty": 0,
        "skipped": 0,
        "with_applied_date": 0,
        "guesses": 0,
        "questions": 1,
    }


def test_an_ambiguous_status_word_is_asked_with_its_count(tracker, tmp_path):
    text = "Company,Applied,Status\nAcme Lab,2026-01-05,Declined\nBorealis,2026-01-06,declined\nCobalt,2026-01-07,\n"
    path = write(tmp_path, text)
    plan = plan_sheet(path)
    assert plan.questions[["word", "column", "rows", "ambiguous"]].values.tolist() == [
        ["Declined", "Status", 2, "could mean two statuses"]
    ]
    assert "withdrawn" in plan.questions.loc[0, "choices"] and "rejected" in plan.questions.loc[0, "choices"]
    # a word nothing reads never stops its row: the status its dates give, the word in its notes
    first = import_source(tracker, path)
    assert first.rows_imported == 3 and [(q["word"], q["rows"]) for q in first.questions] == [("Declined", 2)]
    assert tracker.applications["stored_status"].tolist() == [None, None, None]
    assert tracker.applications["notes"].tolist()[:2] == [
        "Status in the sheet: Declined",
        "Status in the sheet: declined",
    ]
    again = import_source(tracker, path, status_map={"Declined": "withdrawn"})
    assert again.rows_updated == 3 and again.questions == []
    assert tracker.applications["stored_status"].tolist() == ["withdrawn", "withdrawn", None]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Bewerbungsdatum", "applied_on"),
        ("Candidature", "applied_on"),
        ("Solicitud", "applied_on"),
        ("Application", "applied_on"),
        ("Llamada", "first_response_on"),
        ("Réponse", "first_response_on"),
        ("Angebot", "offer_on"),
        ("Proposition", "offer_on"),
        ("Offer deadline", "ignore"),
        ("Colour", None),
    ],
)
def test_stage_words_of_headers(header, field):
    assert stage_of(header)[0] == field


def test_a_libreoffice_sheet_imports(tracker, tmp_path):
    frame = pd.DataFrame(
        {
            "Entreprise": ["Société Verte", "Borealis"],
            "Candidature": pd.to_datetime(["2026-01-05", "2026-01-07"]),
            "Statut": ["En cours", "Refusé"],
        }
    )
    path = tmp_path / "suivi.ods"
    frame.to_excel(path, engine="odf", index=False)
    result = import_source(tracker, path)
    assert (result.rows_imported, result.unknown_columns, result.warnings) == (2, [], [])
    apps = tracker.applications
    assert apps["company"].tolist() == ["Société Verte", "Borealis"]
    assert apps["applied_on"].dt.strftime("%Y-%m-%d").tolist() == ["2026-01-05", "2026-01-07"]
    assert apps["stored_status"].tolist() == ["applied", "rejected"]


# --- the dry run -----------------------------------------------------------------------------


def test_the_dry_run_shows_the_plan_as_a_table_and_changes_nothing(tracker, tmp_path, capsys):
    text, _ = STAGE_SHEETS["en"]
    path = write(tmp_path, text + "Dune,Tester,2026-01-10,,,Wishlist\nEcho,Analyst,2026-01-11,,,Pondering\n")
    tracker.add_application("Initech", "Analyst")
    before = dump(tracker.path)
    assert main(["import", str(path), "--tracker", str(tracker.path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert dump(tracker.path) == before
    assert out.startswith("Dry run: nothing was imported.")
    assert "5 rows read: 4 would be imported" in out and "1 skipped (not applied yet)" in out
    lines = out.splitlines()
    assert any(
        line.split()[:2] == ["Application", "applied_on"] and "stage word 'application'" in line for line in lines
    )
    assert any(line.split()[:3] == ["In", "process", "applied"] for line in lines)
    assert any(line.startswith("? 'Pondering' (1 row, column 'Status')") for line in lines)


def test_the_dry_run_in_json_names_each_column_and_its_field(tmp_path, capsys):
    text, _ = STAGE_SHEETS["fr"]
    path = write(tmp_path, text)
    missing = tmp_path / "none.sqlite"
    assert main(["import", str(path), "--tracker", str(missing), "--dry-run", "--dayfirst", "--format", "json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert not missing.exists()  # a dry run neither opens nor creates a tracker
    assert {c["source"]: c["field"] for c in plan["columns"]} == {
        "Entreprise": "company",
        "Poste": "role",
        "Candidature": "applied_on",
        "Appel": "first_response_on",
        "Proposition": "offer_on",
        "Statut": "status",
    }
    assert all(c["reason"] for c in plan["columns"])
    assert {s["word"]: s["status"] for s in plan["statuses"]} == {
        "En cours": "applied",
        "Offre": "offer",
        "Refusé": "rejected",
    }
    assert plan["counts"]["to_import"] == 3 and plan["detected"]["dates"] == "day-first dates"


def test_format_without_dry_run_and_dry_run_of_a_folder_are_refused(tracker, tmp_path, capsys):
    path = write(tmp_path, STAGE_SHEETS["en"][0])
    assert main(["import", str(path), "--tracker", str(tracker.path), "--format", "json"]) == 1
    assert "--format is for --dry-run" in capsys.readouterr().err
    assert main(["import", str(tmp_path), "--tracker", str(tracker.path), "--dry-run"]) == 1
    assert "is a folder" in capsys.readouterr().err


# --- the real file -----------------------------------------------------------------------------


def test_the_real_log_imports_without_a_column_map(tracker, tmp_path):
    real = Path(shutil.copy(REAL_LOG, tmp_path / REAL_LOG.name))
    plan = plan_sheet(real)
    fields = dict(zip(plan.columns["source"], plan.columns["field"], strict=True))
    assert fields["Date sent"] == "applied_on" and fields["Response?"] == "status"
    assert fields["Date of 1st Response"] == "first_response_on" and fields["Date Interview"] == "interview_on"
    assert fields["Current Date"] == "not imported" and fields["Days Since"] == "not imported"
    unknown = plan.statuses.set_index("word")
    # the author's own shorthand for "rejected after an interview" is read by meaning
    assert unknown.at["Inter + Rejec", "rows"] == 2 and unknown.at["Inter + Rejec", "status"] == "rejected"
    assert unknown.at["Inter + Rejec", "how"] == "by meaning (word stem)" and len(plan.questions) == 0
    result = import_source(tracker, real, status_map={"Inter + Rejec": "rejected", "Position Removed": "withdrawn"})
    # row 171 copies row 169 cell for cell (Amax, the same day): one application, imported once
    assert (result.rows_imported, result.rows_rejected) == (176, 1)
    assert [str(p) for p in result.problems if "repeats" in str(p)] == [
        f"{real.name}, row 171, column 'Company', value 'Amax': repeats row 169: imported once"
    ]
    assert tracker.applications["applied_on"].notna().all()
    assert (tracker.events["kind"] == "response").sum() == 64 and len(tracker.interviews) == 9
