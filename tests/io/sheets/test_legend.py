"""A sheet's own key to its status codes (io/sheets/legend.py)."""

from __future__ import annotations

from followup_kit.io.sheets.legend import legend_words
from followup_kit.io.sources import import_source
from followup_kit.store.tracker import Tracker


def test_a_key_above_the_table_reads_its_letters(tmp_path):
    path = tmp_path / "physio jobs.txt"
    path.write_text(
        "A=applied, I=interview, R=rejected, O=offer, G=ghosted\t\t\t\t\t\n\t\t\t\t\t\n"  # padded as Numbers does
        "Company\tPosition\tApplied\tS\t\t\n"
        "Harbor Health\tPhysiotherapist\t9/1/23\tR\n"
        "Quill Clinic\tPhysiotherapist\t9/4/23\tI\n"
        "Birch Hospital\tPhysiotherapist\t9/8/23\tO\n",
        encoding="utf-8-sig",
    )
    tracker = Tracker.create(tmp_path / "t.sqlite")
    result = import_source(tracker, path)
    status = tracker.applications.set_index("company")["stored_status"].to_dict()
    assert status == {"Harbor Health": "rejected", "Quill Clinic": "interviewing", "Birch Hospital": "offer"}
    assert any(w.startswith("the key above the table reads 'a' as applied") for w in result.warnings)
    tracker.close()


def test_a_title_with_a_colon_is_no_key():
    assert legend_words("Last updated: 27 Feb") == {}
    assert legend_words("KEY: green = offer, red = no, grey = ghosted") == {
        "green": "offer", "red": "rejected", "grey": "ghosted"}  # fmt: skip


def test_a_key_kept_on_a_dashboard_sheet_reads_the_colours_of_the_data_sheet(tmp_path):
    """A workbook's dashboard says what its colours mean ("red = rejected"); the data sheet only
    writes the colour: the import reads it by the key, and a summary's labels under the table
    ("Applications in total:", "2024 total") are no applications."""
    import datetime as dt

    import openpyxl

    path = tmp_path / "Grad applications.xlsx"
    book = openpyxl.Workbook()
    dash = book.active
    dash.title = "Dashboard"
    for row in (["GRAD TRACKER"], ["Colour", "Count", None, "KEY"], ["green", 1, None, "green = through to next stage"],
                ["red", 1, None, "red = rejected"], ["grey", 1, None, "grey = no reply after 4+ weeks"],
                ["blue", 1, None, "blue = OFFER"]):  # fmt: skip
        dash.append(row)
    data = book.create_sheet("Applications")
    data.append(["Company", "Role", "Applied", "Status"])
    for i, (company, colour) in enumerate((("Harbor Rail", "red"), ("Quill Water", "green"), ("Birch Build", "blue"),
                                           ("Elm Roads", "grey"))):  # fmt: skip
        data.append([company, "Graduate Engineer", dt.datetime(2025, 1, 6 + i), colour])
    data.append(["Applications in total:", None, None, 4])
    data.append(["2025 total", None, None, 4])
    book.save(path)
    tracker = Tracker.create(tmp_path / "t.sqlite")
    import_source(tracker, path)
    status = tracker.applications.set_index("company")["stored_status"].to_dict()
    assert status == {"Harbor Rail": "rejected", "Quill Water": "interviewing", "Birch Build": "offer",
                      "Elm Roads": "ghosted"}  # fmt: skip
    tracker.close()
