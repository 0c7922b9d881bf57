"""The follow-up desk as an app: ``notebooks/follow_ups.ipynb`` served by Voilà.

Voilà runs the notebook and shows only its widgets, so a job seeker who does not
want to see cells gets the desk in a browser tab.  Everything is served from
127.0.0.1 and from the local environment: what Voilà's ``lab`` template would
fetch from a CDN is left out (the Font Awesome style sheets: Voilà's own bundle,
``voila-style.js``, already carries the icons; nbconvert's mermaid.js loader: the
desk draws no diagrams).  Cells tagged :data:`NOTEBOOK_ONLY` (the static copies for
batch runs and printouts) are run but not shown.

Voilà runs through :mod:`followup_kit.notebook.app_server`, which makes it die with the app
(a Linux death signal; its kernels follow) and masks the token in every log line.

Only the user gets in: the server asks for a random token (as JupyterLab does), handed to
Voilà in its environment (never on its command line, which every account can read with
``ps``); the address that carries it is printed, and the browser is opened on a redirect
file only the user can read.  Requests without the token are refused.

Examples
--------
>>> cmd = voila_command(port=8866)
>>> cmd[1:3], "--Voila.ip=127.0.0.1" in cmd, "--no-browser" in cmd, any(c.startswith("--token") for c in cmd)
(['-m', 'followup_kit.notebook.app_server'], True, True, False)
>>> env = voila_env("t.sqlite", template_root="/tmp/fk", token="s3cret", base={})
>>> env["FOLLOWUP_KIT_TRACKER"].endswith("t.sqlite"), env["JUPYTER_TOKEN"], env["FOLLOWUP_KIT_APP"]
(True, 's3cret', '1')
"""

from __future__ import annotations

import contextlib
import html
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import webbrowser
from pathlib import Path

from followup_kit.errors import FollowupKitError
from followup_kit.notebook.app_server import PARENT_ENV
from followup_kit.notebook.context import APP_ENV, AS_OF_ENV
from followup_kit.notebook.report import NOTEBOOKS_DIR
from followup_kit.store.tracker import TRACKER_ENV, Tracker

#: The notebook the app serves.
DESK_NOTEBOOK = NOTEBOOKS_DIR / "follow_ups.ipynb"
#: The name of the offline Voilà template written by :func:`write_offline_template`.
TEMPLATE_NAME = "followup-kit"
#: The port the app prefers when none is given (Voilà's usual one); a free one is used if it is taken.
DEFAULT_PORT = 8866
#: Cells with this tag are for JupyterLab, batch runs and printouts: the app runs them but does not show them.
NOTEBOOK_ONLY = "notebook-only"
#: Where Voilà's identity provider reads its token (jupyter_server's ``IdentityProvider``).
TOKEN_ENV = "JUPYTER_TOKEN"

# nbconvert's lab template would import mermaid.js from a CDN (only for diagrams, which the desk has none of)
_NO_CDN_BLOCKS = """
{%- block html_head_js_mermaidjs -%}
{%- endblock html_head_js_mermaidjs -%}
"""
_REMOTE_LINK = re.compile(r"""^\s*<link\b[^>]*\bhref=["']https?://[^"']*["'][^>]*>\s*$\n?""", re.MULTILINE)
# the cell loop of Voilà's lab template: its cell's content is left out for cells tagged NOTEBOOK_ONLY
_ANY_CELL = re.compile(r"(\{%-?\s*block any_cell scoped\s*-?%\}.*?)\{\{\s*super\(\)\s*\}\}", re.DOTALL)
_SHOWN_IF_NOT_TAGGED = "{% if '" + NOTEBOOK_ONLY + "' not in cell.metadata.get('tags', []) %}{{ super() }}{% endif %}"


def free_port(preferred: int | None = None, host: str = "127.0.0.1") -> int:
    """``preferred`` if nothing listens there on ``host``, else a port the system says is free."""
    if preferred:
        with socket.socket() as s:
            try:
                s.bind((host, preferred))
                return preferred
            except OSError:
                pass
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def write_offline_template(root) -> Path:
    """Write a Voilà template ``followup-kit`` under ``root/voila/templates/`` and return ``root``.

    It is Voilà's ``lab`` template without the ``<link>`` tags that load style sheets from
    a CDN and without nbconvert's mermaid.js loader (also from a CDN), and it does not show
    cells tagged :data:`NOTEBOOK_ONLY`.  Put ``root`` on ``JUPYTER_PATH`` (see :func:`voila_env`)
    so Voilà finds it.
    """
    from jupyter_core.paths import jupyter_path

    candidates = [Path(d) / "index.html.j2" for d in jupyter_path("voila", "templates", "lab")]
    source = next((p for p in candidates if p.is_file()), None)
    if source is None:
        raise FollowupKitError("cannot find Voilà's 'lab' template; is voila installed in this environment?")
    target = Path(root) / "voila" / "templates" / TEMPLATE_NAME
    target.mkdir(parents=True, exist_ok=True)
    text = _REMOTE_LINK.sub("", source.read_text(encoding="utf-8")) + _NO_CDN_BLOCKS
    text = _ANY_CELL.sub(lambda m: m.group(1) + _SHOWN_IF_NOT_TAGGED, text, count=1)
    (target / "index.html.j2").write_text(text, encoding="utf-8")
    (target / "conf.json").write_text('{"base_template": "lab"}\n', encoding="utf-8")
    return Path(root)


def voila_command(*, port: int, notebook=None) -> list[str]:
    """The command line that serves the desk with Voilà on 127.0.0.1.

    Run it with the environment from :func:`voila_env` (the tracker, where the offline
    template is, and the token).  Voilà never opens a browser itself: it would open the
    address without the token (:func:`serve_app` does it).
    """
    return [
        sys.executable,
        "-m",
        "followup_kit.notebook.app_server",  # Voilà's main, dying with the app and masking the token in logs
        str(Path(notebook or DESK_NOTEBOOK)),
        "--no-browser",
        f"--port={port}",
        "--Voila.port_retries=0",
        "--Voila.ip=127.0.0.1",
        f"--template={TEMPLATE_NAME}",
        "--theme=light",
        "--show_tracebacks=False",
        "--Voila.auto_token=True",  # the token comes from $JUPYTER_TOKEN (voila_env), never from here
    ]


def voila_env(tracker_path, *, template_root, token: str, as_of=None, base=None) -> dict[str, str]:
    """The environment for :func:`voila_command`: the tracker, the template, the token, that it is
    the app (:data:`~followup_kit.notebook.context.APP_ENV`) and, optionally, "today".

    The token travels here, not on the command line: a process's environment is readable by
    its owner only, its command line by every account.
    """
    if not token:
        raise FollowupKitError("the app needs a token; an empty one would let any local account in")
    env = dict(os.environ if base is None else base)
    env[TRACKER_ENV] = str(Path(tracker_path).expanduser().resolve())
    env[TOKEN_ENV] = token
    env[APP_ENV] = "1"
    env[PARENT_ENV] = str(os.getpid())  # Voilà dies with this process (app_server.die_with_parent)
    if as_of is not None:
        env[AS_OF_ENV] = str(as_of)
    extra = str(Path(template_root))
    env["JUPYTER_PATH"] = os.pathsep.join(p for p in (extra, env.get("JUPYTER_PATH", "")) if p)
    return env


def wait_until_serving(url: str, *, timeout: float = 60.0, process: subprocess.Popen | None = None) -> None:
    """Poll ``url`` until it answers (any HTTP status) or ``timeout`` seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise FollowupKitError(f"the server stopped before serving {url} (exit status {process.returncode})")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.25)
    raise FollowupKitError(f"nothing answered at {url} within {timeout:g} seconds")


def ready_url(url: str) -> str:
    """A static file of Voilà's: it answers once the server is up, without starting a kernel
    (every request for the page itself starts one)."""
    return url.rstrip("/") + "/voila/static/voila-style.js"


def app_url(url: str, token: str) -> str:
    """The address to open: ``url`` with the token (the browser keeps it in a cookie afterwards).

    >>> app_url("http://127.0.0.1:8866/", "abc")
    'http://127.0.0.1:8866/?token=abc'
    """
    return f"{url}?token={token}"


def open_in_browser(address: str, folder) -> bool:
    """Open ``address`` in the user's browser through a redirect file in ``folder`` that only the
    user can read (mode 0600), as JupyterLab does: the browser's command line, which every
    account can read, then names a file, not the token.  False if no browser was found."""
    page = Path(folder) / "open-the-desk.html"
    fd = os.open(page, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        link = html.escape(address, quote=True)
        out.write(
            f"<!DOCTYPE html><html><head><meta charset='utf-8'><meta http-equiv='refresh' content='0;url={link}'>"
            f"</head><body><p><a href='{link}'>Open the follow-up desk</a></p></body></html>\n"
        )
    try:
        return webbrowser.open(page.as_uri(), new=2)
    except webbrowser.Error:
        return False


def stop_process(process: subprocess.Popen, *, grace: float = 10.0) -> None:
    """Stop ``process`` (and the kernels it started in its session): terminate, then kill."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
    with contextlib.suppress(OSError):  # kernels live in the server's process group; do not leave them behind
        os.killpg(process.pid, signal.SIGKILL)


def serve_app(tracker_path, *, port: int | None = None, open_browser: bool = False, as_of=None) -> int:
    """Serve the follow-up desk for ``tracker_path`` with Voilà on 127.0.0.1 until Ctrl-C.

    The server asks for a new random token; prints the address that carries it (and opens it
    in the browser with ``open_browser``).  Returns the exit status for the CLI (0 after Ctrl-C).
    """

    tracker_path = Path(tracker_path).expanduser()
    Tracker.open(tracker_path).close()  # a missing or foreign file fails here, with advice
    if port is None:
        port = free_port(DEFAULT_PORT)
    elif free_port(port) != port:
        raise FollowupKitError(f"port {port} on 127.0.0.1 is in use; pick another with --port")
    url = f"http://127.0.0.1:{port}/"
    token = secrets.token_urlsafe(32)
    with tempfile.TemporaryDirectory(prefix="followup-kit-voila-") as root:  # mode 0700: the user's only
        write_offline_template(root)
        process = subprocess.Popen(
            voila_command(port=port),
            env=voila_env(tracker_path, template_root=root, token=token, as_of=as_of),
            cwd=DESK_NOTEBOOK.parent,
            start_new_session=True,
        )
        previous = _interrupt_on_sigterm()
        try:
            wait_until_serving(ready_url(url), process=process, timeout=120)
            address = app_url(url, token)
            print(f"The follow-up desk for {tracker_path} is at {address}  (Ctrl-C to stop)", flush=True)
            if open_browser and not open_in_browser(address, root):
                print("No web browser found: open the address above in yours.", file=sys.stderr, flush=True)
            return process.wait()
        except KeyboardInterrupt:
            print("\nStopping the app.", file=sys.stderr)
            return 0
        finally:
            stop_process(process)
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)


def _interrupt_on_sigterm():
    """Make SIGTERM stop the app like Ctrl-C does, so Voilà and its kernels are shut down too."""

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    try:
        return signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: leave signals alone
        return None


def _main(argv=None) -> int:
    """``python -m followup_kit.notebook.app TRACKER [--port N]`` (the same as ``followup-kit app``)."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m followup_kit.notebook.app", description=serve_app.__doc__.splitlines()[0]
    )
    parser.add_argument("tracker", type=Path)
    parser.add_argument("--port", type=int, default=None)
    parser.add_argument("--as-of", default=None, help="pretend today is this date")
    parser.add_argument("--open-browser", action="store_true")
    args = parser.parse_args(argv)
    try:
        return serve_app(args.tracker, port=args.port, open_browser=args.open_browser, as_of=args.as_of)
    except FollowupKitError as exc:
        print(f"followup-kit app: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(_main())
