"""Child-process scripts for the reliability tests (shared by test_reliability and test_soak).

Each script is a string run with ``python -c`` in a separate process, so a
SIGKILL or a lock really happens between processes, as it does between a
notebook kernel and the weekly report.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

from helpers import FIGURES

ROOT = Path(__file__).resolve().parent.parent
NETGUARD = Path(__file__).resolve().parent / "netguard"
PYTHON = sys.executable

#: Rows in each CSV the crash worker imports.
IMPORT_ROWS = 120
#: Contacts every crash-worker interview lists as participants.
PARTICIPANTS = 3

# A "zygote" imports the kit once, then forks one worker per line it reads, so each
# restart after a SIGKILL costs milliseconds rather than a fresh interpreter.
ZYGOTE = r"""
import json, os, random, signal, sys
from pathlib import Path
from followup_kit.store.tracker import Tracker
from followup_kit.io.sources import import_source

signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # killed workers are reaped automatically
ROWS, PEOPLE = int(sys.argv[1]), int(sys.argv[2])

def note(fd, text):
    os.write(fd, (text + "\n").encode())
    os.fsync(fd)

def csv_for(path, op):
    lines = ["Company,Role,Date applied,Interview 1,Rejected on,Status"]
    for i in range(ROWS):
        rejected = i % 2 == 0
        lines.append(f"Imp {op} #{i},Analyst,2026-01-05,2026-01-12,{'2026-01-20' if rejected else ''},"
                     f"{'Rejected' if rejected else 'Interview'}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

def worker(db, log, seed):
    rng = random.Random(seed)
    fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    t = Tracker.open(db)
    people = [int(x) for x in t.contacts["contact_id"][:PEOPLE]]
    apps, files, n = [], [], 0
    while True:
        n += 1
        op = f"{seed}-{n}"
        kind = rng.choice(["import", "import", "interview", "interview", "mark", "outcome", "reimport"])
        if kind == "reimport" and not files:
            kind = "import"
        if kind == "outcome" and not apps:
            kind = "mark"
        if kind == "import":
            path = Path(db).with_name(f"imp-{op}.csv")
            csv_for(path, op)
            note(fd, f"B {op} import")
            import_source(t, path)
            files.append(path)
            note(fd, f"A {op} import")
        elif kind == "reimport":
            path = rng.choice(files)
            note(fd, f"B {op} reimport {path.name}")
            import_source(t, path)
            note(fd, f"A {op} reimport {path.name}")
        elif kind == "interview":
            note(fd, f"B {op} interview")
            app = t.add_application(f"Iv {op}", "Engineer", applied_on="2026-01-05")
            note(fd, f"A {op} application {app}")
            iv = t.log_interview(app, f"2026-01-{rng.randint(6, 28):02d} {rng.randint(8, 17):02d}:00", people,
                                 memorable_detail="the data platform", decision_expected_on="2026-02-10")
            apps.append(app)
            note(fd, f"A {op} interview {iv}")
        elif kind == "mark":
            note(fd, f"B {op} mark")
            t.mark_done(f"thank_you:x{op}", on="2026-01-07 10:00")
            t.mark_done(f"thank_you:x{op}", on="2026-01-08 10:00")  # a double click keeps the first time
            note(fd, f"A {op} mark")
        else:
            app = apps.pop(rng.randrange(len(apps)))
            note(fd, f"B {op} outcome {app}")
            with t.transaction():
                t.record_event(app, "rejection", "2026-02-01")
                t.update_application(app, still_interested=False)
            note(fd, f"A {op} outcome {app}")

for line in sys.stdin:
    cmd = json.loads(line)
    pid = os.fork()
    if pid == 0:
        try:
            worker(cmd["db"], cmd["log"], cmd["seed"])
        except BaseException:
            import traceback
            with open(cmd["log"], "a") as fh:
                fh.write("E " + traceback.format_exc().replace("\n", " | ") + "\n")
        finally:
            os._exit(3)
    print(pid, flush=True)
"""

# Writes many small transactions, acknowledging each after commit returns.
WRITER = r"""
import os, sys, traceback
from followup_kit.store.tracker import Tracker
import time
db, log, prefix, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
pause = float(sys.argv[5]) if len(sys.argv) > 5 else 0.0
fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
try:
    with Tracker.open(db) as t:
        people = [int(x) for x in t.contacts["contact_id"][:2]]
        for i in range(n):
            app = t.add_application(f"{prefix} {i}", "Engineer", applied_on="2026-01-05")
            iv = t.log_interview(app, f"2026-01-{6 + i % 20:02d} {8 + i % 9:02d}:{i % 60:02d}", people)
            t.mark_done(f"{prefix}:{i}")
            os.write(fd, f"{prefix} {i} {app} {iv}\n".encode())
            time.sleep(pause)
except Exception:
    traceback.print_exc()
    sys.exit(2)
"""

# Reads the whole tracker again and again, checking each snapshot.
READER = r"""
import json, sys, time, traceback
from pathlib import Path
from followup_kit.store.tracker import Tracker
from followup_kit.followups.schedule import follow_up_schedule
db, stop = sys.argv[1], Path(sys.argv[2])
out = {"snapshots": 0, "violations": [], "max": {}}
last = {}
try:
    with Tracker.open(db) as t:
        while True:
            done = stop.exists()
            tables = t.tables()
            schedule = follow_up_schedule(tables, as_of="2026-03-01")
            iv, part = tables["interviews"], tables["participants"]
            met = part.groupby("interview_id").size()
            bare = set(iv["interview_id"]) - set(met.index)
            if bare:
                out["violations"].append(f"interviews without participants: {sorted(bare)[:5]}")
            if not set(part["interview_id"]) <= set(iv["interview_id"]):
                out["violations"].append("participants of a missing interview")
            thanks = int((schedule["kind"] == "thank_you").sum())
            if thanks != len(part):
                out["violations"].append(f"{thanks} thank-you actions for {len(part)} people met")
            counts = {name: len(frame) for name, frame in tables.items()}
            for name, count in counts.items():
                if count < last.get(name, 0):
                    out["violations"].append(f"{name} shrank from {last[name]} to {count}")
            last = counts
            out["snapshots"] += 1
            stop.with_suffix(".ready").touch()  # the writers start once the reader reads
            if done:
                break
    out["max"] = last
except Exception:
    out["violations"].append(traceback.format_exc())
print(json.dumps(out))
"""


def env(*, guard: bool = False, **extra) -> dict:
    """The environment for a child: the kit importable, optionally the network guard on."""
    e = dict(os.environ)
    paths = [str(ROOT)] + ([str(NETGUARD)] if guard else [])
    e["PYTHONPATH"] = os.pathsep.join(paths[::-1] + ([e["PYTHONPATH"]] if e.get("PYTHONPATH") else []))
    e.update({k: str(v) for k, v in extra.items()})
    return e


def start(script: str, *args, guard: bool = False, **popen) -> subprocess.Popen:
    return subprocess.Popen(
        [PYTHON, "-c", script, *map(str, args)],
        env=env(guard=guard),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **popen,
    )


def integrity(db) -> tuple[str, list]:
    """``PRAGMA integrity_check`` and ``foreign_key_check`` of a tracker file."""
    conn = sqlite3.connect(db, timeout=30)
    try:
        return (
            conn.execute("PRAGMA integrity_check").fetchone()[0],
            conn.execute("PRAGMA foreign_key_check").fetchall(),
        )
    finally:
        conn.close()


def read_log(path) -> list[list[str]]:
    """Complete lines of an acknowledgement log (a line cut by a kill is ignored)."""
    if not Path(path).exists():
        return []
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    lines = text.split("\n")[:-1]  # the last piece has no newline: unfinished
    return [line.split(" ") for line in lines if line]


def wait_for(predicate, timeout: float = 30.0, step: float = 0.02) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(step)
    return predicate()


# ======================================================================================
# 1. Crash safety
# ======================================================================================

import contextlib
import json
import random
import signal

import pandas as pd
import pytest

from followup_kit.errors import DuplicateError
from followup_kit.io.sources import import_source
from followup_kit.store.tracker import Tracker

#: Figures of the last runs in this session, for the README (also printed).
#: What this module proved, printed at the end of the run (pytest_terminal_summary in conftest.py).
SUMMARY: dict[str, dict] = FIGURES.setdefault("reliability", {})


def _check_crashed_tracker(db, logs) -> dict:
    """Everything a crash must not break; returns counts of what was checked."""
    t = Tracker.open(db)  # opens (and recovers the write-ahead log) after a kill
    try:
        tables = t.tables()
    finally:
        t.close()
    ok, orphans = integrity(db)
    assert ok == "ok", ok
    assert orphans == [], orphans
    conn = sqlite3.connect(db)
    checks = 2
    try:
        entries = [e for log in logs for e in read_log(log)]
        begun = {e[1]: e for e in entries if e[0] == "B"}
        acked = {(e[1], e[2]): e for e in entries if e[0] == "A"}
        # imports: all of a file's applications, interviews and events, or none of them
        op_of = "substr(company, 5, instr(company, ' #') - 5)"
        apps_by_op = dict(
            conn.execute(f"SELECT {op_of}, count(*) FROM applications WHERE company LIKE 'Imp %' GROUP BY 1").fetchall()
        )
        iv_by_op = dict(
            conn.execute(
                f"SELECT {op_of}, count(*) FROM interviews JOIN applications "
                "USING (application_id) WHERE company LIKE 'Imp %' GROUP BY 1"
            ).fetchall()
        )
        rej_by_op = dict(
            conn.execute(
                f"SELECT {op_of}, count(*) FROM events JOIN applications "
                "USING (application_id) WHERE company LIKE 'Imp %' AND kind = 'rejection' "
                "GROUP BY 1"
            ).fetchall()
        )
        for op, entry in begun.items():
            if entry[2] != "import":
                continue
            counts = (apps_by_op.get(op, 0), iv_by_op.get(op, 0), rej_by_op.get(op, 0))
            assert counts in ((0, 0, 0), (IMPORT_ROWS, IMPORT_ROWS, IMPORT_ROWS // 2)), (op, counts)
            if (op, "import") in acked:
                assert counts[0] == IMPORT_ROWS, f"acknowledged import {op} is missing"
            checks += 2
        assert set(apps_by_op) <= {op for op, e in begun.items() if e[2] == "import"}
        # re-imports never duplicate: one interview per imported application
        dup = conn.execute(
            "SELECT count(*) FROM (SELECT application_id FROM interviews JOIN applications "
            "USING (application_id) WHERE company LIKE 'Imp %' GROUP BY application_id "
            "HAVING count(*) > 1)"
        ).fetchone()[0]
        assert dup == 0
        # an interview never without its participants
        bad = conn.execute(
            "SELECT count(*) FROM interviews i WHERE (SELECT count(*) FROM participants p "
            "WHERE p.interview_id = i.interview_id) != ? AND i.application_id IN "
            "(SELECT application_id FROM applications WHERE company LIKE 'Iv %')",
            (PARTICIPANTS,),
        ).fetchone()[0]
        assert bad == 0, f"{bad} interviews without all their participants"
        checks += 2
        interview_ids = set(tables["interviews"]["interview_id"].astype(int))
        app_ids = set(tables["applications"]["application_id"].astype(int))
        marks = dict(conn.execute("SELECT action_key, done_at FROM action_state").fetchall())
        for (op, kind), e in acked.items():
            if kind == "interview":
                assert int(e[3]) in interview_ids, f"acknowledged interview {e[3]} is missing"
            elif kind == "application":
                assert int(e[3]) in app_ids, f"acknowledged application {e[3]} is missing"
            elif kind == "mark":
                assert marks.get(f"thank_you:x{op}", "").startswith("2026-01-07"), f"mark {op} lost or moved"
            elif kind == "outcome":
                row = conn.execute(
                    "SELECT still_interested FROM applications WHERE application_id = ?", (int(e[3]),)
                ).fetchone()
                assert row == (0,)
            checks += 1
        # an outcome is the event and the still-interested flag together, or neither
        mismatch = conn.execute(
            "SELECT count(*) FROM applications a WHERE company LIKE 'Iv %' AND (still_interested = 0) != "
            "EXISTS (SELECT 1 FROM events e WHERE e.application_id = a.application_id AND kind = 'rejection')"
        ).fetchone()[0]
        assert mismatch == 0, f"{mismatch} outcomes half-written"
        checks += 1
        return {
            "acknowledged": len(acked),
            "checks": checks,
            "interrupted": [
                e[2] for op, e in begun.items() if (op, e[2]) not in acked and not any(k[0] == op for k in acked)
            ],
        }
    finally:
        conn.close()


def _gone_or_zombie(pid: int) -> bool:
    """True once ``pid`` has ended: its /proc entry is gone (it may go between two reads) or a zombie."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"
    except (FileNotFoundError, ProcessLookupError):
        return True


def run_crash_campaign(folder, *, kills: int, seed: int, min_wait=0.05, max_wait=0.9) -> dict:
    """Start workers and SIGKILL them at random moments; check the tracker after every kill."""
    folder = Path(folder)
    db = folder / "crash.sqlite"
    with Tracker.create(db, timezone="Europe/Berlin") as t:
        for i in range(PARTICIPANTS):
            t.add_contact(f"Person {i}", company="Acme", relation="interviewer")
    rng = random.Random(seed)
    zygote = subprocess.Popen(
        [PYTHON, "-c", ZYGOTE, str(IMPORT_ROWS), str(PARTICIPANTS)],
        env=env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    logs, interrupted, checks, started = [], {}, 0, time.monotonic()
    try:
        for k in range(kills):
            log = folder / f"ack-{k}.log"
            logs.append(log)
            zygote.stdin.write(json.dumps({"db": str(db), "log": str(log), "seed": seed * 1000 + k}) + "\n")
            zygote.stdin.flush()
            pid = int(zygote.stdout.readline())
            time.sleep(rng.uniform(min_wait, max_wait))
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            errors = [" ".join(e) for e in read_log(log) if e[0] == "E"]
            assert not errors, errors
            wait_for(lambda: _gone_or_zombie(pid), timeout=10)
            found = _check_crashed_tracker(db, logs)
            checks += found["checks"]
            for kind in found["interrupted"][-1:]:
                interrupted[kind] = interrupted.get(kind, 0) + 1
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
    final = _check_crashed_tracker(db, logs)
    with Tracker.open(db) as t:
        sizes = {name: len(frame) for name, frame in t.tables().items()}
    return {
        "kills": kills,
        "seed": seed,
        "operations_acknowledged": final["acknowledged"],
        "checks": checks + final["checks"],
        "interrupted_mid_operation": interrupted,
        "rows_at_end": sizes,
        "seconds": round(time.monotonic() - started, 1),
    }


CRASH_KILLS = int(os.environ.get("FOLLOWUP_KIT_CRASH_KILLS", "20"))
CRASH_SEED = int(os.environ.get("FOLLOWUP_KIT_CRASH_SEED", "7"))


def test_sigkill_during_imports_interviews_and_marks(tmp_path):
    figures = run_crash_campaign(tmp_path, kills=CRASH_KILLS, seed=CRASH_SEED)
    SUMMARY["crash"] = figures
    assert figures["operations_acknowledged"] > CRASH_KILLS  # the workers got real work done
    assert sum(figures["interrupted_mid_operation"].values()) >= CRASH_KILLS // 2


# ======================================================================================
# 2. Concurrency: a reader (the weekly data) while one or two writers (notebooks) write
# ======================================================================================


def _people_tracker(path, n=2) -> Path:
    with Tracker.create(path, timezone="America/New_York") as t:
        for i in range(n):
            t.add_contact(f"Person {i}", company="Acme", relation="interviewer")
    return path


def run_concurrency(folder, *, writers: int, per_writer: int) -> dict:
    """``writers`` processes write ``per_writer`` rounds (3 transactions each) while a reader reads."""
    folder = Path(folder)
    db = _people_tracker(folder / "busy.sqlite")
    stop = folder / "stop"
    started = time.monotonic()
    reader = start(READER, db, stop)
    deadline = time.monotonic() + 120
    while not stop.with_suffix(".ready").exists() and reader.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    procs = [start(WRITER, db, folder / f"w{i}.log", f"W{i}", per_writer) for i in range(writers)]
    results = [p.communicate(timeout=300) for p in procs]
    stop.touch()
    r_out, r_err = reader.communicate(timeout=120)
    for p, (_out, err) in zip(procs, results):
        assert p.returncode == 0, err
        assert "locked" not in err
    assert reader.returncode == 0, r_err
    seen = json.loads(r_out.strip().splitlines()[-1])
    assert seen["violations"] == []
    landed = 0
    with Tracker.open(db) as t:
        tables = t.tables()
    apps = tables["applications"].set_index("application_id")
    marks = set(tables["action_state"]["action_key"])
    met = tables["participants"].groupby("interview_id").size()
    for i in range(writers):
        acks = read_log(folder / f"w{i}.log")
        assert len(acks) == per_writer
        for prefix, n, app, iv in acks:
            assert apps.loc[int(app), "company"] == f"{prefix} {n}"
            assert met.get(int(iv)) == 2
            assert f"{prefix}:{n}" in marks
            landed += 3
    assert len(apps) == writers * per_writer
    return {
        "writers": writers,
        "transactions_landed": landed,
        "reader_snapshots": seen["snapshots"],
        "seconds": round(time.monotonic() - started, 1),
    }


def test_reader_sees_consistent_snapshots_while_a_writer_writes(tmp_path):
    figures = run_concurrency(tmp_path, writers=1, per_writer=150)
    SUMMARY["one_writer"] = figures
    assert figures["reader_snapshots"] >= 3


def test_two_notebooks_writing_at_once_both_land(tmp_path):
    figures = run_concurrency(tmp_path, writers=2, per_writer=100)
    SUMMARY["two_writers"] = figures


def test_writer_waits_for_a_long_write_instead_of_failing(tmp_path):
    """A write held open for 2 s (a big import) makes the other process wait, not fail."""
    db = _people_tracker(tmp_path / "t.sqlite")
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO meta(key, value) VALUES ('held', '1')")
    proc = start(WRITER, db, tmp_path / "w.log", "Late", 3)
    time.sleep(2.0)
    holder.execute("COMMIT")
    holder.close()
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert len(read_log(tmp_path / "w.log")) == 3


def test_weekly_report_runs_while_the_desk_writes(tmp_path):
    """The real weekly report (papermill, network guard on) while another process writes.

    Also checks what the report writes: owner-only files and folder, no loaded
    resources, and user text (a company named like a script) escaped.
    """
    from followup_kit.datasets.sample.tracker import create_sample_tracker
    from followup_kit.notebook.report import external_references

    db = tmp_path / "tracker.sqlite"
    with create_sample_tracker(db) as t:
        evil = t.add_application("<script>alert('x')</script> & Co", "<b>Boss</b>", applied_on="2026-11-02")
        person = t.add_contact("<img src=x onerror=alert(1)>", company="Evil", relation="hiring_manager")
        t.log_interview(evil, "2026-11-18 10:00", [person], memorable_detail="<iframe src=//evil.example>")
    rounds = 40
    writer = start(WRITER, db, tmp_path / "w.log", "Desk", rounds, 0.15)
    netlog = tmp_path / "net.log"
    out_dir = tmp_path / "reports"
    report = subprocess.run(
        [
            PYTHON,
            "-m",
            "followup_kit.cli",
            "report",
            "--tracker",
            str(db),
            "--week-ending",
            "2026-11-20",
            "--out",
            str(out_dir),
            "--quiet",
        ],
        env=env(guard=True, FOLLOWUP_KIT_NETGUARD_LOG=netlog),
        capture_output=True,
        text=True,
        timeout=300,
    )
    _out, err = writer.communicate(timeout=300)
    assert report.returncode == 0, report.stderr[-2000:]
    assert "locked" not in report.stderr and "Traceback" not in report.stderr
    assert writer.returncode == 0, err
    assert len(read_log(tmp_path / "w.log")) == rounds
    assert not netlog.exists(), netlog.read_text()
    page = (out_dir / "weekly-2026-11-20.html").read_text(encoding="utf-8")
    assert "Your job search" in page
    assert "<script>alert" not in page and "<img src=x" not in page and "<iframe" not in page
    assert "&lt;script&gt;alert" in page
    assert external_references(page) == []
    assert stat.S_IMODE(out_dir.stat().st_mode) == 0o700
    for path in out_dir.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    SUMMARY["report_with_writer"] = {"writer_transactions": 3 * rounds, "report": "ok, network guard on"}


# ======================================================================================
# 3. Double clicks and repeats
# ======================================================================================


def test_mark_done_twice_keeps_one_row_and_the_first_time(tracker):
    tracker.mark_done("thank_you:i1:c1", on="2026-03-11 09:00")
    tracker.mark_done("thank_you:i1:c1", on="2026-03-12 10:00")
    state = tracker.action_state
    assert len(state) == 1
    assert state.loc[0, "done_at"].strftime("%Y-%m-%d %H:%M") == "2026-03-11 09:00"


def test_same_interview_twice_names_the_interview_to_update(interviewed):
    t, app = interviewed["tracker"], interviewed["application_id"]
    before = t.tables()
    with pytest.raises(DuplicateError, match=r"interview 1\b.*update_interview\(1") as info:
        t.log_interview(app, "2026-03-10 14:00", [interviewed["interviewer_id"]])
    assert info.value.existing_id == interviewed["interview_id"]
    after = t.tables()
    for name in before:
        pd.testing.assert_frame_equal(before[name], after[name])
    t.update_interview(info.value.existing_id, stage="final")  # the offered way works
    assert t.interviews.loc[0, "stage"] == "final"


def test_record_outcome_twice_is_one_event(interviewed):
    t, app = interviewed["tracker"], interviewed["application_id"]
    first = t.record_event(app, "offer", "2026-03-20", deadline="2026-03-27")
    again = t.record_event(app, "offer", "2026-03-20")
    assert first == again and len(t.events) == 1
    assert str(t.events.loc[0, "deadline"].date()) == "2026-03-27"


def test_reimporting_a_sheet_changes_nothing(tracker, tmp_path):
    sheet = tmp_path / "jobs.csv"
    sheet.write_text(
        "Company,Role,Applied,Interview 1,Interview 2,Status,Rejected on\n"
        "Acme,Analyst,2026-01-05,2026-01-12,2026-01-19,Rejected,2026-01-30\n"
        "Globex,Engineer,2026-01-06,,,No response,\n"
        "Acme,Analyst,2026-01-05,,,Applied,\n",
        encoding="utf-8",
    )
    first = import_source(tracker, sheet)
    before = tracker.tables()
    second = import_source(tracker, sheet)
    after = tracker.tables()
    assert (first.rows_imported, second.rows_imported, second.rows_updated) == (3, 0, 3)
    for name in before:
        pd.testing.assert_frame_equal(before[name], after[name])


def _desk(tracker):
    pytest.importorskip("ipywidgets")
    from followup_kit.notebook.desk.main import FollowUpDesk

    return FollowUpDesk(tracker, as_of="2026-03-11")


def test_desk_add_application_clicked_twice_adds_one(tracker):
    desk = _desk(tracker)
    desk.new_app_company.input.value, desk.new_app_role.input.value = "Acme", "Analyst"
    desk.new_app_button.click()
    desk.new_app_button.click()  # the form was cleared: the second click asks for a company
    assert len(tracker.applications) == 1
    assert "required" in desk.new_app_company.message.value


def test_desk_log_interview_clicked_twice_logs_one(interviewed):
    t = interviewed["tracker"]
    desk = _desk(t)
    desk.iv_application.value = interviewed["application_id"]

    def fill():
        desk.iv_when.reset(dt.datetime(2026, 3, 12, 10))
        desk.iv_people.value = (interviewed["interviewer_id"],)

    fill()
    desk.iv_button.click()
    desk.iv_button.click()  # cleared form: asks for a person
    fill()
    desk.iv_button.click()  # same interview typed again: offered as an update, nothing written
    assert len(t.interviews) == 2 and len(t.participants) == 3
    assert "already logged" in desk.iv_when.message.value or "already logged" in desk.iv_status.value


def test_desk_record_outcome_clicked_twice_is_one_event(interviewed):
    t = interviewed["tracker"]
    desk = _desk(t)
    desk.outcome_application.value = interviewed["application_id"]
    desk.outcome_kind.value = "response"
    desk.outcome_on.input.value = dt.date(2026, 3, 12)
    desk.outcome_button.click()
    desk.outcome_on.input.value = dt.date(2026, 3, 12)  # picked again, clicked again
    desk.outcome_button.click()
    assert len(t.events) == 1


def test_desk_mark_done_double_click_marks_one(interviewed):
    t = interviewed["tracker"]
    desk = _desk(t)
    assert len(desk.todo.keys) >= 2
    desk.done_button.click()
    desk.done_button.click()
    assert len(t.action_state) == 1
