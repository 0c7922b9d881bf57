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
