"""Bad input, everywhere a user types or loads data: the corpus in tests/data/bad/,
generated files (a 10 MB cell, XLSX with merged cells and formulas), CLI arguments,
desk forms, and property-based tests of the importer and the schedule.

Each bad file either fails with one clear message naming the file (and, for a
cell, its row, column and value), exit status 1 and the tracker unchanged, or is
imported correctly (what it must hold is asserted).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from pathlib import Path

import pandas as pd
import pytest
from helpers import FIGURES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup_kit.cli import main
from followup_kit.errors import FollowupKitError
from followup_kit.followups.schedule import follow_up_schedule
from followup_kit.io.sources import import_source
from followup_kit.store.tracker import Tracker

BAD = Path(__file__).resolve().parent / "data" / "bad"

#: Figures for the README (printed at the end of the run by the pytest_terminal_summary hook in conftest.py).
SUMMARY: dict[str, int] = FIGURES.setdefault(
    "bad inputs",
    {
        "files": 0,
        "refused": 0,
        "imported": 0,
        "cli_arguments": 0,
        "form_inputs": 0,
        "hypothesis_examples": 0,
    },
)


def companies(*names):
    return lambda apps: sorted(apps["company"]) == sorted(names)


# file -> ("error", [parts the message must contain]) or ("ok", check(applications), [extra CLI args])
CORPUS = {
    "utf16le_no_bom.csv": ("ok", companies("Société Générale", "Acme")),
    "utf16be_no_bom.csv": ("ok", companies("Société Générale", "Acme")),
    "utf16_bom.csv": ("ok", companies("Société Générale", "Acme")),
    "latin1.csv": ("ok", companies("Société Générale", "Acme")),
    "cp1252_smart_quotes.csv": (
        "ok",
        lambda a: a.loc[0, "company"] == "O\u2019Brien & Sons" and a.loc[0, "role"] == "Analyst \u2013 data",
    ),
    "broken_utf8.csv": (
        "cells",
        ["row 3", "column 'Company'", "Acme", "not valid text", "1 rejected"],
        companies("Société Générale"),
    ),
    "utf8_bom_broken.csv": ("cells", ["row 2", "column 'Company'", "not valid text", "1 rejected"], companies()),
    "semicolon_dayfirst.csv": (
        "ok",
        lambda a: (
            a["applied_on"].dt.strftime("%Y-%m-%d").tolist() == ["2026-11-14", "2026-11-03"]
            and a.loc[1, "stored_status"] == "interviewing"  # the word read, not silence on the day the test runs
        ),
    ),
    "tab_separated.tsv": ("ok", companies("Acme")),
    "pipe_separated.csv": ("ok", companies("Acme")),
    "unbalanced_quote.csv": ("error", ["not a readable CSV file", "EOF inside string"]),
    # a row longer than the header keeps its extra cells in columns of their own; nothing is lost
    "too_many_fields.csv": ("ok", companies("Acme", "Globex")),
    "missing_company_column.csv": ("error", ["no column for 'company'", "--map", "Role, Date applied, Status"]),
    "blank_company.csv": ("cells", ["row 3", "column 'Company'", "is required", "1 rejected"], companies("Acme")),
    "duplicate_columns.csv": ("ok", companies("Acme")),  # the first Company column wins; the other is listed
    "impossible_date.csv": (
        "cells",
        ["row 2", "column 'Date applied'", "'2026-02-30'", "no such day", "1 cell could not be read"],
        lambda a: a["applied_on"].isna().all() and a["company"].tolist() == ["Acme"],
    ),
    # read by a guess (month-first, as English sheets are), listed in the result and the dry run
    "ambiguous_dates.csv": (
        "ok",
        lambda a: a["applied_on"].dt.strftime("%Y-%m-%d").tolist() == ["2026-03-04", "2026-05-06"],
    ),
    # each cell its own way: 13/04 can only be day-first, 04/13 only month-first
    "mixed_day_month.csv": ("ok", lambda a: a["applied_on"].dt.strftime("%Y-%m-%d").tolist() == ["2026-04-13"] * 2),
    # a two-digit year, as LinkedIn's export writes them
    "two_digit_year.csv": ("ok", lambda a: a["applied_on"].dt.strftime("%Y-%m-%d").tolist() == ["2026-01-02"]),
    "absurd_year.csv": (
        "cells",
        ["row 2", "'9999-12-31'", "out of range"],
        lambda a: a["applied_on"].isna().all() and len(a) == 1,
    ),
    "not_a_date.csv": ("cells", ["row 2", "'last Tuesday'", "not a date"], lambda a: a["applied_on"].isna().all()),
    "interview_before_application.csv": (
        "cells",
        ["row 2", "column 'Interview 1'", "'2026-03-01'", "before applied_on"],
        lambda a: a["applied_on"].notna().all() and len(a) == 1,  # the interview left out, the application kept
    ),
    "offer_before_interview.csv": (
        "cells",
        ["row 2", "column 'Offer date'", "'2026-03-05'", "before the first interview"],
        lambda a: a["applied_on"].notna().all() and len(a) == 1,
    ),
    "rejection_before_application.csv": (
        "cells",
        ["row 2", "column 'Rejected on'", "before applied_on"],
        lambda a: a["applied_on"].notna().all() and len(a) == 1,
    ),
    "teal_negative_salary.csv": ("ok", companies("Acme")),  # salaries are not stored: listed as not imported
    "duplicate_ids.csv": ("cells", ["row 3", "column 'id'", "'t1'", "earlier row"], companies("Acme", "Globex")),
    "control_characters.csv": (
        "cells",
        ["row 2", "column 'Company'", "\\x07", "control character", "1 rejected"],
        companies(),
    ),
    "nul_byte.csv": ("cells", ["row 2", "column 'Company'", "control character", "1 rejected"], companies()),
    "emoji.csv": ("ok", lambda a: (a.loc[0, "company"], a.loc[0, "role"]) == ("🚀 Rocket Labs", "Data Wizard 🧙")),
    "right_to_left.csv": ("ok", companies("שטראוס", "شركة الأمل")),
    "combining_accents.csv": ("ok", lambda a: a.loc[0, "company"] == "Cafe\u0301 Nøkk"),
    "empty.csv": ("error", ["the file is empty"]),
    "whitespace_only.csv": ("error", ["the file is empty"]),
    "header_only.csv": ("ok", lambda a: len(a) == 1),  # nothing to add: only the existing application
    "blank_rows.csv": ("ok", companies("Acme")),
    "classic_mac_line_endings.csv": ("ok", companies("Acme")),
    "binary_garbage.csv": ("error", ["not a readable CSV file"]),
    "fake_excel97.xls": ("error", ["cannot read .xls files", ".xlsx or .csv"]),
    "libreoffice.ods": ("error", ["not a readable .ods file"]),  # not a real .ods: real ones import
    "corrupt.xlsx": ("error", ["not a readable .xlsx file"]),
    "error_cells.csv": (
        "cells",
        ["row 2", "column 'Company'", "'#REF!'", "row 3", "'#VALUE!'", "error cell"],
        lambda a: a["company"].tolist() == ["Globex"] and a["applied_on"].isna().all(),
    ),
    # read by meaning: "Inter(view) + Rejec(ted)" is a rejection
    "unknown_status.csv": ("ok", lambda a: a["stored_status"].tolist() == ["rejected"]),
    "formula_text.csv": ("ok", companies('=HYPERLINK("http://evil.example/","x")', "+1 Cola")),  # kept as text
    "wishlist_only.csv": ("ok", lambda a: len(a) == 0),  # counted as skipped, not imported
    "long_company.csv": (
        "cells",
        ["row 2", "column 'Company'", "(301 characters)", "longer than 300", "1 rejected"],
        companies(),
    ),
    "quoted_newlines.csv": ("ok", companies("Acme\nHoldings")),
}
EXISTING = ("Initech", "Analyst")  # the tracker holds this before every import


@pytest.fixture
def target(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # anything a command writes by default lands in the test's folder
    path = tmp_path / "tracker.sqlite"
    with Tracker.create(path, timezone="Europe/Berlin") as t:
        t.add_application(*EXISTING, applied_on="2026-01-02")
    return path


def snapshot(path) -> dict:
    with Tracker.open(path) as t:
        return t.tables()


def same(before: dict, after: dict) -> None:
    for name in before:
        pd.testing.assert_frame_equal(before[name], after[name])


def cli(capsys, *argv):
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def check_refused(capsys, target, argv, parts, file=None):
    """Exit 1, one message without a traceback holding ``parts``, tracker unchanged."""
    before = snapshot(target)
    code, out, err = cli(capsys, *argv)
    assert code == 1, (out, err)
    assert "Traceback" not in err and err.startswith("followup-kit ")
    for part in ([file] if file else []) + list(parts):
        assert part in err, f"{part!r} not in {err!r}"
    same(before, snapshot(target))
    SUMMARY["refused"] += 1
    return err


def test_corpus_has_at_least_30_files_and_a_readme():
    files = sorted(p.name for p in BAD.iterdir() if p.name != "README.md")
    assert len(files) >= 30
    assert set(files) == set(CORPUS), set(files) ^ set(CORPUS)
    readme = (BAD / "README.md").read_text(encoding="utf-8")
    assert [f for f in files if f"`{f}`" not in readme] == []


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_bad_file(name, target, capsys):
    expected = CORPUS[name]
    SUMMARY["files"] += 1
    if expected[0] == "error":
        check_refused(capsys, target, ["import", BAD / name, "--tracker", target], expected[1], file=name)
        return
    if expected[0] == "cells":  # imported cell by cell: each unreadable cell named, left empty, the rest in
        code, out, err = cli(capsys, "import", BAD / name, "--tracker", target)
        assert code == 0, err
        for part in [name, *expected[1]]:
            assert part in out, f"{part!r} not in {out!r}"
        apps = snapshot(target)["applications"]
        assert expected[2](apps[apps["company"] != EXISTING[0]].reset_index(drop=True)), apps
        assert (target.parent / "tracker.problems.csv").exists()
        SUMMARY["imported"] += 1
        return
    code, _out, err = cli(capsys, "import", BAD / name, "--tracker", target)
    assert code == 0, err
    assert "Traceback" not in err
    apps = snapshot(target)["applications"]
    new = apps[apps["company"] != EXISTING[0]].reset_index(drop=True)
    assert expected[1](new if name != "header_only.csv" else apps), apps[["company", "role"]]
    SUMMARY["imported"] += 1


# --- generated files -------------------------------------------------------------------


def test_ten_megabyte_cell_is_refused_with_a_short_message(target, tmp_path, capsys):
    path = tmp_path / "huge.csv"
    path.write_text("Company,Role,Notes\nAcme,Analyst," + "x" * 10_000_000 + "\n", encoding="utf-8")
    code, out, err = cli(capsys, "import", path, "--tracker", target)
    assert code == 0, err
    for part in ["huge.csv", "row 2", "column 'Notes'", "(10,000,000 characters)", "longer than 10,000"]:
        assert part in out
    assert len(out) < 1_000
    apps = snapshot(target)["applications"]
    assert apps["company"].tolist() == ["Initech", "Acme"] and apps["notes"].isna().all()  # the cell left empty
    SUMMARY["files"] += 1


def test_ten_megabyte_company_in_xlsx(target, tmp_path, capsys):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["Company", "Role"])
    ws.append(["A" * 32_000, "Analyst"])  # Excel's own cell limit is 32,767 characters
    book.save(tmp_path / "big.xlsx")
    code, out, err = cli(capsys, "import", tmp_path / "big.xlsx", "--tracker", target)
    assert code == 0, err
    assert "big.xlsx, row 2, column 'Company'" in out and "longer than 300" in out and len(out) < 1_000
    assert snapshot(target)["applications"]["company"].tolist() == ["Initech"]  # no company: not imported
    SUMMARY["files"] += 1


def _xlsx(path, rows, merge=None):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    ws = book.active
    for row in rows:
        ws.append(row)
    if merge:
        ws.merge_cells(merge)
    book.save(path)
    return path


def test_xlsx_merged_company_cells_name_the_blank_row(target, tmp_path, capsys):
    path = _xlsx(
        tmp_path / "merged.xlsx",
        [
            ["Company", "Role", "Applied"],
            ["Acme", "Analyst", dt.date(2026, 1, 5)],
            [None, "Engineer", dt.date(2026, 1, 6)],
        ],
        merge="A2:A3",
    )
    code, out, err = cli(capsys, "import", path, "--tracker", target)
    assert code == 0, err
    # the merged range is the sheet's own: its top cell names the row under it too, nothing is rejected
    assert "is required" not in out
    apps = snapshot(target)["applications"]
    assert apps[["company", "role"]].values.tolist()[1:] == [["Acme", "Analyst"], ["Acme", "Engineer"]]
    SUMMARY["files"] += 1


def test_xlsx_formulas_without_cached_values_are_blank_not_code(target, tmp_path, capsys):
    # openpyxl writes formulas without their results, like a sheet never opened in Excel
    path = _xlsx(
        tmp_path / "formulas.xlsx",
        [
            ["Company", "Role", "Applied", "Notes"],
            ["Acme", "Analyst", dt.date(2026, 1, 5), "=1+1"],
            ['=HYPERLINK("http://evil.example","x")', "Engineer", None, None],
        ],
    )
    code, out, err = cli(capsys, "import", path, "--tracker", target)
    assert code == 0, err
    assert "formulas.xlsx, row 3, column 'Company', value '': is required" in out
    apps = snapshot(target)["applications"]
    assert apps["company"].tolist() == ["Initech", "Acme"] and apps["notes"].isna().all()
    SUMMARY["files"] += 1


def test_xlsx_dates_and_numbers_import(target, tmp_path, capsys):
    path = _xlsx(
        tmp_path / "good.xlsx",
        [
            ["Company", "Role", "Applied", "Interview 1"],
            ["Acme", "Analyst", dt.datetime(2026, 1, 5), dt.date(2026, 1, 12)],
            [1234, 5678.0, "2026-01-06", None],
        ],
    )
    code, _out, err = cli(capsys, "import", path, "--tracker", target)
    assert code == 0, err
    apps = snapshot(target)["applications"]
    assert apps["company"].tolist() == ["Initech", "Acme", "1234"]
    assert apps["role"].tolist()[2] == "5678"
    SUMMARY["files"] += 1
    SUMMARY["imported"] += 1


def test_skip_invalid_accounts_for_every_row(target, tmp_path, capsys):
    path = tmp_path / "mixed.csv"
    path.write_text(
        "Company,Role,Date applied\nAcme,Analyst,2026-01-05\n,Engineer,2026-01-06\n"
        "Globex,Engineer,2026-02-30\nUmbrella,Chemist,2026-01-07\n",
        encoding="utf-8",
    )
    code, out, err = cli(capsys, "import", path, "--tracker", target, "--skip-invalid")  # the flag is still accepted
    assert code == 0, err
    assert "4 rows read: 3 imported, 0 updated, 1 rejected" in out  # Globex's impossible date is left empty
    rejects = pd.read_csv(target.with_name("tracker.rejects.csv"), encoding="utf-8-sig", keep_default_na=False)
    assert rejects["Company"].tolist() == [""]
    problems = pd.read_csv(target.with_name("tracker.problems.csv"), encoding="utf-8-sig", keep_default_na=False)
    assert problems[["row", "column", "value", "done"]].values.tolist() == [
        [3, "Company", "", "row not imported"],
        [4, "Date applied", "2026-02-30", "cell left empty"],
    ]


# --- CLI arguments ---------------------------------------------------------------------

CLI_CASES = {
    "bad --as-of": (["due", "--as-of", "next week"], ["'next week'", "not a date"]),
    "impossible --as-of": (["due", "--as-of", "2026-02-30"], ["'2026-02-30'"]),
    "--days -1": (["due", "--days", "-1"], ["--days must be 0 or more"]),
    "--map without =": (["import", BAD / "blank_rows.csv", "--map", "Company"], ['--map needs "left=right"']),
    "--map unknown field": (
        ["import", BAD / "blank_rows.csv", "--map", "Company=employer_name"],
        ["'employer_name' is not a field", "fields are company"],
    ),
    "--map unknown column": (["import", BAD / "blank_rows.csv", "--map", "Firm=company"], ["no column 'Firm'"]),
    "--status unknown status": (
        ["import", BAD / "unknown_status.csv", "--status", "Inter + Rejec=maybe"],
        ["'maybe' is not a status"],
    ),
    "--sheet missing": (["import", BAD / "corrupt.xlsx", "--sheet", "Jobs"], ["corrupt.xlsx"]),
    "missing source": (["import", BAD / "no-such-file.csv"], ["no-such-file.csv", "no such file"]),
    "source folder not an export": (["import", BAD], ["not a followup-kit export"]),
    "ics --as-of": (["ics", "--as-of", "2026-13-45", "--out", "{tmp}/f.ics"], ["'2026-13-45'"]),
    "report week": (["report", "--week-ending", "soon"], ["'soon'"]),
    "backup onto itself": (["backup", "--out", "{tracker}"], ["already exists"]),
    "init over a tracker": (["init"], ["already exists"]),
    "init bad timezone": (["init", "--timezone", "Mars/Olympus"], ["'Mars/Olympus'", "time zone"]),
    "not a tracker": (["summary", "--tracker", BAD / "latin1.csv"], ["not a followup-kit tracker"]),
}


@pytest.mark.parametrize("case", sorted(CLI_CASES))
def test_bad_cli_arguments(case, target, capsys):
    argv, parts = CLI_CASES[case]
    argv = [str(a).replace("{tracker}", str(target)).replace("{tmp}", str(target.parent)) for a in argv]
    if "--tracker" not in argv:
        argv += ["--tracker", str(target)]
    check_refused(capsys, target, argv, parts)
    SUMMARY["cli_arguments"] += 1


def test_unknown_command_and_option_exit_2_with_usage(capsys):
    for argv in (["frobnicate"], ["due", "--days", "many"], ["export"]):
        with pytest.raises(SystemExit) as info:
            main(argv)
        assert info.value.code == 2
        assert "usage:" in capsys.readouterr().err
        SUMMARY["cli_arguments"] += 1


# --- desk forms --------------------------------------------------------------------------

FORM_CASES = {
    # field widget attribute, value typed, words expected beside it
    # (the dates are pickers: nothing can be mistyped, but a day can be left empty)
    "interview day not picked": ("iv_when", None, "pick the day"),
    "candidates negative": ("iv_candidates", "-3", "whole number from 1"),
    "candidates absurd": ("iv_candidates", "10000000000", "whole number from 1"),
    "candidates words": ("iv_candidates", "a few", "not a whole number"),
    "memorable detail huge": ("iv_memorable", "x" * 2_000_000, "longer than 10,000"),
    "memorable detail control": ("iv_memorable", "the \x1b[31m red \x00 one", "control character"),
    "stage control": ("iv_stage", "onsite\x07", "control character"),
}


@pytest.fixture
def desk(target):
    pytest.importorskip("ipywidgets")
    from followup_kit.notebook.desk.main import FollowUpDesk

    t = Tracker.open(target)
    t.add_contact("Ivo Interviewer", company="Initech", relation="interviewer")
    d = FollowUpDesk(t, as_of="2026-03-11")
    yield d
    t.close()


@pytest.mark.parametrize("case", sorted(FORM_CASES))
def test_interview_form_shows_the_message_beside_the_field(case, desk):
    attr, value, words = FORM_CASES[case]
    before = desk.tracker.tables()
    desk.iv_application.value = 1
    desk.iv_people.value = (1,)
    desk.iv_when.reset(dt.datetime(2026, 3, 10, 10))
    getattr(desk, attr).input.value = value
    desk.iv_button.click()
    message = getattr(desk, attr).message.value
    assert words in message, message
    assert len(message) < 500
    assert "correct the highlighted field" in desk.iv_status.value
    same(before, desk.tracker.tables())
    SUMMARY["form_inputs"] += 1


@pytest.mark.parametrize(
    "field,value,words",
    [
        ("new_app_company", "", "required"),
        ("new_app_company", "A" * 5_000, "longer than 300"),
        ("new_app_role", "Ana\x0blyst", "control character"),
    ],
)
def test_application_form_messages(field, value, words, desk):
    before = desk.tracker.tables()
    desk.new_app_company.input.value, desk.new_app_role.input.value = "Acme", "Analyst"
    getattr(desk, field).input.value = value
    desk.new_app_button.click()
    assert words in getattr(desk, field).message.value
    same(before, desk.tracker.tables())
    SUMMARY["form_inputs"] += 1


@pytest.mark.parametrize(
    "field,value,words",
    [
        ("outcome_on", None, "required"),
        ("outcome_deadline", dt.date(2026, 3, 1), "only an offer has a deadline"),
    ],
)
def test_outcome_form_messages(field, value, words, desk):
    before = desk.tracker.tables()
    desk.outcome_application.value = 1
    desk.outcome_kind.value = "response"
    desk.outcome_on.input.value = dt.date(2026, 3, 12)
    getattr(desk, field).input.value = value
    desk.outcome_button.click()
    assert words in getattr(desk, field).message.value, getattr(desk, field).message.value
    same(before, desk.tracker.tables())
    SUMMARY["form_inputs"] += 1


def test_add_person_form_messages(desk):
    before = desk.tracker.tables()
    desk.iv_application.value = 1
    for value, words in (("", "required"), ("Ada\x00", "control character"), ("x" * 400, "longer than 300")):
        desk.iv_new_name.input.value = value
        desk.iv_add_person.click()
        assert words in desk.iv_new_name.message.value
        SUMMARY["form_inputs"] += 1
    same(before, desk.tracker.tables())


# --- property-based tests ----------------------------------------------------------------

HEADERS = [
    "Company",
    "Role",
    "Date applied",
    "Status",
    "Interview 1",
    "Offer date",
    "Rejected on",
    "id",
    "Referrer",
    "Notes",
    "Company",
    "",
    "Ünïcødé",
    "=cmd",
]
cell = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "",
            "2026-01-05",
            "05/01/2026",
            "13/01/2026",
            "01/13/2026",
            "2026-02-30",
            "#REF!",
            "Rejected",
            "Ghosted",
            "Wishlist",
            "Offer",
            "=1+2",
            "'=x",
            '"',
            '""',
            ";",
            "\t",
            "\x00",
            "\ufeff",
            "\u202e",
            "9999-12-31",
            "1/2/26",
            "Jan 5, 2026",
        ]
    ),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(
    header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=7),
    rows=st.lists(st.lists(cell, max_size=8), max_size=6),
    sep=st.sampled_from([",", ";", "\t", "|"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
)
def test_importer_raises_only_its_own_errors_on_random_sheets(tmp_path_factory, header, rows, sep, encoding):
    SUMMARY["hypothesis_examples"] += 1
    folder = tmp_path_factory.mktemp("h")
    text = "\n".join(sep.join(r) for r in [header, *rows]) + "\n"
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    path = folder / "random.csv"
    path.write_bytes(data)
    with Tracker.create(folder / "t.sqlite", timezone="Europe/Berlin") as t:
        before = t.tables()
        try:
            result = import_source(t, path)
        except FollowupKitError:
            same(before, t.tables())
            return
        assert result.rows_read == (
            result.rows_imported + result.rows_updated + result.rows_rejected + result.rows_skipped
        )


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".csv", ".xlsx", ".txt", ".tsv"]))
def test_importer_raises_only_its_own_errors_on_random_bytes(tmp_path_factory, data, suffix):
    SUMMARY["hypothesis_examples"] += 1
    folder = tmp_path_factory.mktemp("b")
    path = folder / f"random{suffix}"
    path.write_bytes(data)
    with Tracker.create(folder / "t.sqlite", timezone="UTC") as t, contextlib.suppress(FollowupKitError):
        import_source(t, path)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(
    n=st.integers(0, 25),
    seed=st.integers(0, 10_000),
    tz=st.sampled_from(["America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Lord_Howe", "UTC"]),
    as_of=st.dates(dt.date(2025, 1, 1), dt.date(2027, 12, 31)),
    marks=st.lists(
        st.text(min_size=1, max_size=30).filter(
            lambda s: s.strip() and not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", s)
        ),
        max_size=5,
    ),
)
def test_schedule_never_raises_on_random_trackers(tmp_path_factory, n, seed, tz, as_of, marks):
    from followup_kit.datasets.synthetic import make_tracker

    SUMMARY["hypothesis_examples"] += 1
    path = tmp_path_factory.mktemp("s") / "t.sqlite"
    with make_tracker(path, n, seed=seed, timezone=tz) as t:
        for key in marks:
            t.mark_done(key)
        schedule = follow_up_schedule(t, as_of=as_of)
        assert schedule["action_key"].is_unique
        assert schedule["due_at"].notna().all()
