"""The Voilà app's set-up without starting it: the token stays off the command line, the
template hides the notebook-only cells, the browser is opened through an owner-only file.
(Starting the real app and refusing a request without its token: tests/browser/test_voila.py.)"""

from __future__ import annotations

import json
import stat
import webbrowser
from pathlib import Path

import pytest

from followup_kit.errors import FollowupKitError
from followup_kit.notebook import app
from followup_kit.notebook.context import APP_ENV, in_app

NOTEBOOK = Path(__file__).resolve().parents[2] / "notebooks" / "follow_ups.ipynb"


def test_the_token_travels_in_the_environment_never_on_the_command_line(tmp_path):
    command = app.voila_command(port=8866)
    env = app.voila_env(tmp_path / "t.sqlite", template_root=tmp_path, token="s3cret-token", base={})
    assert not any("s3cret" in part for part in command)
    assert not any(part.startswith(("--token", "--Voila.token", "--IdentityProvider.token")) for part in command)
    assert "--Voila.auto_token=True" in command  # Voilà asks for a token (read from $JUPYTER_TOKEN)
    assert "--Voila.ip=127.0.0.1" in command and "--no-browser" in command
    assert env[app.TOKEN_ENV] == "s3cret-token" and env[APP_ENV] == "1"


def test_an_empty_token_is_refused(tmp_path):
    with pytest.raises(FollowupKitError, match="needs a token"):
        app.voila_env(tmp_path / "t.sqlite", template_root=tmp_path, token="", base={})


def test_the_template_leaves_out_notebook_only_cells(tmp_path):
    app.write_offline_template(tmp_path)
    text = (tmp_path / "voila" / "templates" / app.TEMPLATE_NAME / "index.html.j2").read_text()
    assert f"{app.NOTEBOOK_ONLY}' not in cell.metadata.get('tags', [])" in text  # Voilà's template still fits
    assert "https://" not in "".join(line for line in text.splitlines() if "<link" in line)


def test_the_desk_notebook_tags_its_static_copies_notebook_only():
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    hidden = [c for c in cells if app.NOTEBOOK_ONLY in c.get("metadata", {}).get("tags", [])]
    text = "".join("".join(c["source"]) for c in hidden)
    assert "A static copy of the list above" in text and "desk.actions_table()" in text
    assert "Run All Cells" in text and "desk.silences()" in text
    shown = "".join("".join(c["source"]) for c in cells if c not in hidden)
    assert "fk.open_desk" in shown and "static copy" not in shown and "Re-run this cell" not in shown


def test_the_browser_opens_a_file_only_the_user_can_read(tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(webbrowser, "open", lambda url, new=0: opened.append(url) or True)
    assert app.open_in_browser("http://127.0.0.1:8866/?token=abc", tmp_path)
    page = tmp_path / "open-the-desk.html"
    assert opened == [page.as_uri()] and "abc" not in opened[0]
    assert stat.S_IMODE(page.stat().st_mode) == 0o600
    assert "http://127.0.0.1:8866/?token=abc" in page.read_text()


def test_in_app_follows_the_environment(monkeypatch):
    monkeypatch.setenv(APP_ENV, "1")
    assert in_app()
    monkeypatch.delenv(APP_ENV)
    assert not in_app()


@pytest.mark.parametrize(("argv", "opens"), [([], True), (["--no-browser"], False)])
def test_followup_kit_app_opens_the_browser_unless_told_not_to(tmp_path, monkeypatch, argv, opens):
    from followup_kit import commands
    from followup_kit.cli import main

    calls = []
    monkeypatch.setattr(commands, "serve_app", lambda path, **kw: calls.append(kw) or 0)
    assert main(["app", "--tracker", str(tmp_path / "t.sqlite"), *argv]) == 0
    assert calls == [{"port": None, "as_of": None, "open_browser": opens}]


# --- the Voilà process (app_server): the token masked in logs, dying with the app (issue 26) -------------


def test_every_log_record_of_the_voila_process_is_masked(monkeypatch):
    import logging

    from followup_kit.notebook.app_server import mask_every_log

    monkeypatch.setattr(logging, "_logRecordFactory", logging.getLogRecordFactory())  # restored after
    mask_every_log("s3cret-token")
    record = logging.getLogger("tornado.access").makeRecord(
        "tornado.access", logging.WARNING, __file__, 1, "%d %s", (403, "GET /?token=s3cret-token&a=1"), None
    )
    assert record.getMessage() == "403 GET /?token=[secret]&a=1"
    other = logging.getLogger("x").makeRecord("x", logging.INFO, __file__, 1, "Referer: %s", ("/x?TOKEN=zz",), None)
    assert other.getMessage() == "Referer: /x?TOKEN=[secret]"


def test_voila_runs_through_the_guarded_entry_point_with_the_parent_pid(tmp_path):
    import os

    from followup_kit.notebook.app_server import PARENT_ENV

    env = app.voila_env("t.sqlite", template_root=tmp_path, token="t0k", base={})
    assert env[PARENT_ENV] == str(os.getpid())
    assert app.voila_command(port=1)[2] == "followup_kit.notebook.app_server"


def _children(pid: int) -> list[int]:
    """Every descendant of ``pid`` (from /proc)."""
    kids: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            kids.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [pid]
    while todo:
        for child in kids.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process tree from /proc (Linux)")
def test_a_real_app_signs_out_keeps_the_token_out_of_its_log_and_its_children_die_with_it(tmp_path):
    import os
    import re
    import signal
    import subprocess
    import sys
    import time
    import urllib.error
    import urllib.request

    from followup_kit.cli import main

    tracker = tmp_path / "t.sqlite"
    assert main(["init", "--sample", "--tracker", str(tracker)]) == 0
    port = app.free_port()
    url = f"http://127.0.0.1:{port}/"
    log = tmp_path / "app.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "followup_kit.notebook.app", str(tracker), "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=tmp_path,
            start_new_session=True,
        )
    children: list[int] = []
    try:
        app.wait_until_serving(app.ready_url(url), process=process, timeout=120)
        deadline = time.monotonic() + 30
        while not (found := re.search(r"is at (\S+token=(\S+))", log.read_text())) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert found, log.read_text()[-2000:]
        address, token = found.group(1), found.group(2)

        class Stay(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):
                return None  # a redirect is an answer of its own here

        opener = urllib.request.build_opener(Stay)

        def status(path: str) -> tuple[int, str]:
            try:
                with opener.open(url + path, timeout=30) as answer:
                    return answer.status, answer.read().decode()
            except urllib.error.HTTPError as error:
                return error.code, error.read().decode(errors="replace")

        assert status(f"no/such/page?token={token}")[0] in (302, 403, 404)
        assert status("?token=wrong")[0] in (302, 403)
        code, page = status(f"logout?token={token}")
        assert code == 200 and "signed out" in page and "Traceback" not in page
        assert status("logout")[0] == 200
        children = _children(process.pid)
        assert children, "Voilà should be running under the app"
        time.sleep(1)  # let the access log be written
        logged = log.read_text().replace(address, "")  # the address the app prints to its user, once
        assert token not in logged
        assert "Traceback" not in logged
        os.kill(process.pid, signal.SIGKILL)
        process.wait(10)
        deadline = time.monotonic() + 10
        while any(_alive(c) for c in children) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert [c for c in children if _alive(c)] == []
    finally:
        for pid in [process.pid, *children]:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
