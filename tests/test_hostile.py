"""Hostile and extreme inputs (issue 26): the tracker stays usable, and text is shown, never obeyed.

Two families, each run through the command line as a user would:

* **values at the edges**: invitations dated in year 1 or 9999 (also attached to a mail),
  a SEQUENCE beyond 64 bits, a mail dated 31 Dec 9999 on a Europe/Berlin tracker, a NUL in
  an encoded sender name, sheet dates in year 1.  Each import finishes (the bad record
  counted as unreadable with its reason), then ``summary``, ``due``, ``ics``, ``export`` and
  ``check`` all run without a traceback;
* **hostile text** already stored in a tracker (terminal escape sequences, NUL, ``$``
  markup, HTML, a CSV formula, very long text, the right-to-left override) goes through
  every output: no control character reaches the terminal raw, no CSV cell starts a formula.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import re
from email.message import EmailMessage
from pathlib import Path

import pandas as pd
import pytest
from helpers import FIGURES

from followup_kit.cli import main
from followup_kit.store.tracker import Tracker
from followup_kit.values import UNSTORABLE

CALENDARS = Path(__file__).parent / "io" / "data" / "calendar"
AS_OF = "2026-11-20"
ME = "sam.candidate@example.org"

#: Every kind of hostile text: terminal escapes (window title, clear screen, a one-byte CSI),
#: NUL, mathtext, HTML, a spreadsheet formula, very long text, the right-to-left override.
HOSTILE = (
    "Interview \x1b]0;owned\x07 today",
    "Clear \x1b[2J\x1b[H screen",
    "Nul\x00 Byte",
    "Account Exec $60k base, 10% OTE to $90k",
    "<script>alert('x')</script>",
    "=cmd|' /C calc'!A0",
    "Long " + "x" * 5_000,
    "Invoice \u202egnp.exe",
    "One-byte CSI \x9b31m red",
)

#: What a terminal would obey (the kit's own rule is tested against this independent list).
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

FORMULA = ("=", "+", "-", "@")


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def assert_shown_not_obeyed(out: str, err: str) -> None:
    assert "Traceback" not in err, err
    for stream in (out, err):
        raw = RAW_CONTROL.search(stream)
        assert raw is None, f"raw {raw.group()!r} in {stream[max(raw.start() - 40, 0) : raw.end() + 40]!r}"


# --- hostile text already stored --------------------------------------------------------


@pytest.fixture
def hostile_tracker(tmp_path) -> Path:
    """A tracker whose stored text is hostile everywhere (as an older kit could have stored it)."""
    path = tmp_path / "tracker.sqlite"
    with Tracker.create(path, timezone="Europe/Berlin") as t:
        for n, _text in enumerate(HOSTILE):
            contact = t.add_contact(f"Person {n}", company=f"Company {n}", relation="recruiter")
            app = t.add_application(f"Company {n}", "Analyst", applied_on="2026-11-02", referrer_id=contact)
            t.log_interview(app, "2026-11-10 10:00", [contact])
        for n, text in enumerate(HOSTILE):
            t.execute(
                "UPDATE applications SET company = ?, role = ?, notes = ? WHERE application_id = ?",
                (text, text, text, n + 1),
            )
            t.execute("UPDATE contacts SET name = ?, title = ? WHERE contact_id = ?", (text, text, n + 1))
            t.execute(
                "UPDATE interviews SET stage = ?, memorable_detail = ? WHERE interview_id = ?", (text, text, n + 1)
            )
            t.execute(
                "INSERT INTO mail_messages(message_hash, received_at, sender, subject, application_id, kind, "
                "confidence, state, reason) VALUES (?, '2026-11-12T09:00:00+00:00', ?, ?, ?, 'rejection', 0.6, "
                "'review', 'uncertain')",
                (f"{n:064x}", f"hr{n}@company.example", text, n + 1),
            )
    return path


COMMANDS = {
    "summary": ["summary"],
    "due": ["due", "--as-of", AS_OF, "--days", "60"],
    "due csv": ["due", "--as-of", AS_OF, "--days", "60", "--format", "csv"],
    "due json": ["due", "--as-of", AS_OF, "--days", "60", "--format", "json"],
    "inbox": ["inbox"],
    "inbox json": ["inbox", "--format", "json"],
    "check": ["check"],
}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_output_shows_hostile_text_without_obeying_it(hostile_tracker, capsys, name):
    code, out, err = run(capsys, *COMMANDS[name], "--tracker", hostile_tracker)
    assert code == (1 if name == "check" else 0), err  # check finds the stored control characters
    assert_shown_not_obeyed(out, err)
    if name == "due csv":
        cells = [cell for row in csv.reader(io.StringIO(out)) for cell in row]
        assert any("Account Exec $60k" in c for c in cells)  # the text is there, as text
        assert not [c for c in cells if c.startswith(FORMULA)]
    if name.endswith("json"):
        rows = json.loads(out)  # still valid JSON, and it holds the text as it is stored
        assert any("\x1b]0;owned" in str(v) for row in rows for v in row.values()) or name == "due json"
    if name == "inbox":
        assert "\\u001b]0;owned" in out  # the escape is shown, visibly
    FIGURES.setdefault("hostile text", {})[name] = "shown, not obeyed"


def test_export_and_ics_keep_hostile_text_inert(hostile_tracker, capsys, tmp_path):
    code, out, err = run(capsys, "export", "--out", tmp_path / "export", "--tracker", hostile_tracker)
    assert code == 0
    assert_shown_not_obeyed(out, err)
    for file in (tmp_path / "export").glob("*.csv"):
        cells = [cell for row in csv.reader(io.StringIO(file.read_text(encoding="utf-8"))) for cell in row]
        assert not [c for c in cells if c.startswith(FORMULA)], file.name
    code, out, err = run(capsys, "ics", "--out", tmp_path / "f.ics", "--as-of", AS_OF, "--tracker", hostile_tracker)
    assert code == 0
    assert_shown_not_obeyed(out, err)
    ics = (tmp_path / "f.ics").read_text(encoding="utf-8")
    assert RAW_CONTROL.search(ics.replace("\r\n", "\n")) is None


def test_check_repair_cleans_the_hostile_text_and_keeps_the_rest(hostile_tracker, capsys):
    code, out, err = run(capsys, "check", "--repair", "--tracker", hostile_tracker)
    assert code == 0, out + err
    assert_shown_not_obeyed(out, err)
    assert "control characters removed" in out
    with Tracker.open(hostile_tracker) as t:
        apps = t.applications
    assert len(apps) == len(HOSTILE)
    assert not apps["company"].str.contains(UNSTORABLE).any()  # C1 and bidi controls may stay: shown escaped
    assert "Account Exec $60k base, 10% OTE to $90k" in set(apps["company"])
    assert run(capsys, "check", "--tracker", hostile_tracker)[0] == 0


# --- imports of hostile text ---------------------------------------------------------------


def _mail(
    subject: bytes,
    sender: bytes = b"Careers <jobs@contoso.example>",
    date: bytes = b"Mon, 02 Nov 2026 10:00:00 +0000",
    n: int = 1,
) -> bytes:
    return (
        b"From: "
        + sender
        + b"\nTo: "
        + ME.encode()
        + b"\nSubject: "
        + subject
        + b"\nDate: "
        + date
        + b"\nMessage-ID: <%d@contoso.example>\n\n" % n
        + b"Thank you for applying to the Data Analyst role at Contoso. We have received your application.\n"
    )


@pytest.mark.parametrize("text", HOSTILE)
def test_an_import_dry_run_shows_hostile_subjects_and_summaries_as_text(tmp_path, capsys, text):
    Tracker.create(tmp_path / "t.sqlite", timezone="Europe/Berlin").close()
    mail = tmp_path / "m.eml"
    mail.write_bytes(_mail(text.encode("utf-8", "surrogateescape")))
    code, out, err = run(
        capsys, "import", mail, "--dry-run", "--me", ME, "--create-applications", "--tracker", tmp_path / "t.sqlite"
    )
    assert code == 0, err
    assert_shown_not_obeyed(out, err)
    ics = (CALENDARS / "google_invite.ics").read_text(encoding="utf-8")
    calendar = tmp_path / "c.ics"
    calendar.write_text(ics.replace("SUMMARY:Interview: Data Analyst (2nd round)", "SUMMARY:" + text), encoding="utf-8")
    code, out, err = run(capsys, "import", calendar, "--dry-run", "--me", ME, "--tracker", tmp_path / "t.sqlite")
    assert code == 0, err
    assert_shown_not_obeyed(out, err)


# --- values at the edges ------------------------------------------------------------------


def _invite(**changes: str) -> bytes:
    text = (CALENDARS / "google_invite.ics").read_text(encoding="utf-8")
    for old, new in changes.items():
        text = text.replace(old, new)
    return text.encode("utf-8")


def _year(year: str) -> bytes:
    return _invite(**{"20261203T140000": f"{year}1203T140000", "20261203T150000": f"{year}1203T150000"})


def _with_invitation(ics: bytes) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Ana Example <ana.example@northwind-gmbh.example>"
    msg["To"] = ME
    msg["Subject"] = "Invitation: Interview Data Analyst"
    msg["Date"] = "Fri, 20 Nov 2026 09:15:00 +0000"
    msg["Message-ID"] = "<invite@northwind-gmbh.example>"
    msg.set_content("You are invited to a second interview for the Data Analyst role.")
    msg.add_attachment(ics, maintype="text", subtype="calendar", filename="invite.ics")
    return bytes(msg)


NUL_NAME = b"=?utf-8?B?" + base64.b64encode(b"Ana\x00 Example") + b"?= <jobs@contoso.example>"

#: name -> (file name, bytes, unreadable records expected)
EDGE_CASES = {
    "invitation in year 1": ("y1.ics", _year("0001"), 1),
    "invitation in year 9999": ("y9999.ics", _year("9999"), 1),
    "invitation on 31 Dec 9999 23:30": (
        "late.ics",
        _invite(**{"20261203T140000": "99991231T233000", "20261203T150000": "99991231T235900"}),
        1,
    ),
    "all-day invitation in year 9999": (
        "day.ics",
        _invite(**{"DTSTART;TZID=Europe/Berlin:20261203T140000": "DTSTART;VALUE=DATE:99991203"}),
        1,
    ),
    "SEQUENCE beyond 64 bits": ("seq.ics", _invite(SEQUENCE="SEQUENCE:" + "9" * 30 + "\nX-OLD-SEQ"), 1),
    "RECURRENCE-ID in year 1": ("rid.ics", _invite(**{"SEQUENCE:0": "SEQUENCE:0\nRECURRENCE-ID:00010101T000000Z"}), 1),
    "mail dated 31 Dec 9999": (
        "d9999.eml",
        _mail(b"Thank you for applying", date=b"Fri, 31 Dec 9999 23:59:59 +0000"),
        1,
    ),
    "mail dated year 1": ("d1.eml", _mail(b"Thank you for applying", date=b"Mon, 01 Jan 0001 00:00:00 +0000"), 0),
    "NUL in an encoded sender name": ("nul.eml", _mail(b"Thank you for applying", sender=NUL_NAME), 0),
    "invitation in year 1 attached to a mail": ("attached.eml", _with_invitation(_year("0001")), None),
    "SEQUENCE beyond 64 bits attached to a mail": (
        "attached_seq.eml",
        _with_invitation(_invite(SEQUENCE="SEQUENCE:" + "9" * 30 + "\nX-OLD-SEQ")),
        None,
    ),
}


@pytest.mark.parametrize("case", sorted(EDGE_CASES))
def test_a_value_at_the_edge_is_one_unreadable_record_and_the_tracker_stays_usable(tmp_path, capsys, case):
    name, data, unreadable = EDGE_CASES[case]
    source = tmp_path / name
    source.write_bytes(data)
    tracker = tmp_path / "t.sqlite"
    with Tracker.create(tracker, timezone="Europe/Berlin") as t:
        t.add_application("Kept Ltd", "Analyst", applied_on="2026-11-02")
    code, out, err = run(capsys, "import", source, "--me", ME, "--create-applications", "--tracker", tracker)
    assert code == 0, err
    assert_shown_not_obeyed(out, err)
    if unreadable:
        assert f"{unreadable} unreadable" in out, out
        assert re.search(r"outside the years|must be a whol", out), out
    for argv in (
        ["summary"],
        ["due", "--as-of", AS_OF],
        ["ics", "--out", tmp_path / "f.ics", "--as-of", AS_OF],
        ["export", "--out", tmp_path / "export"],
        ["check"],
    ):
        code, out, err = run(capsys, *argv, "--tracker", tracker)
        assert code == 0, (argv, out, err)
        assert "Traceback" not in err
    with Tracker.open(tracker) as t:
        tables = t.tables()
    assert "Kept Ltd" in set(tables["applications"]["company"])
    assert tables["interviews"]["starts_at"].notna().all()
    FIGURES.setdefault("edge inputs", {})[case] = "usable"


def test_a_nul_in_a_sender_name_creates_what_the_dry_run_promised(tmp_path, capsys):
    source = tmp_path / "two.mbox"
    source.write_bytes(
        b"From MAILER-DAEMON Mon Nov  2 10:00:00 2026\n"
        + _mail(b"Thank you for applying", sender=NUL_NAME, n=1)
        + b"\nFrom MAILER-DAEMON Mon Nov  2 10:00:00 2026\n"
        + _mail(b"Thank you for applying", sender=b"Jobs <jobs@fabrikam.example>", n=2).replace(b"Contoso", b"Fabrikam")
    )
    tracker = tmp_path / "t.sqlite"
    Tracker.create(tracker, timezone="Europe/Berlin").close()
    argv = ["import", source, "--me", ME, "--create-applications", "--tracker", tracker]
    code, _dry, err = run(capsys, *argv, "--dry-run")
    assert code == 0, err
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    with Tracker.open(tracker) as t:
        apps = t.applications
    assert "2 applications created from mail" in out, out
    assert len(apps) == 2 and not apps["company"].str.contains("\x00").any()


def test_a_sheet_date_in_year_1_is_a_cell_left_empty_and_the_rest_imports(tmp_path, capsys):
    sheet = tmp_path / "jobs.csv"
    sheet.write_text("Company,Role,Applied\nAcme,Analyst,0001-01-01\nGlobex,Engineer,2026-11-02\n", encoding="utf-8")
    tracker = tmp_path / "t.sqlite"
    Tracker.create(tracker, timezone="Europe/Berlin").close()
    code, out, err = run(capsys, "import", sheet, "--tracker", tracker)
    assert code == 0, err
    assert "2 imported" in out and "row 2, column 'Applied', value '0001-01-01'" in out
    with Tracker.open(tracker) as t:
        apps = t.applications.set_index("company")
    assert sorted(apps.index) == ["Acme", "Globex"]
    assert pd.isna(apps.loc["Acme", "applied_on"]) and str(apps.loc["Globex", "applied_on"].date()) == "2026-11-02"


def test_the_api_refuses_a_date_past_the_edges_with_the_reason(tmp_path):
    from followup_kit.errors import InputError

    with Tracker.create(tmp_path / "t.sqlite", timezone="Europe/Berlin") as t:
        app = t.add_application("Acme", "Analyst", applied_on="2026-11-02")
        with pytest.raises(InputError, match=r"starts_at.*outside the years 1900 to 2200"):
            t.log_interview(app, "9999-12-31 23:30", [])
        with pytest.raises(InputError, match="outside the years"):
            t.record_event(app, "response", "0001-01-01")
        with pytest.raises(InputError, match="outside the years"):
            t.insert_rows(
                "events",
                __import__("pandas").DataFrame({"application_id": [app], "kind": ["response"], "on": ["9999-12-31"]}),
            )
        assert t.interviews.empty and t.events.empty
