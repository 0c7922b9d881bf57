"""The Voilà process of the app: Voilà's own ``main``, with two guards set up first.

* **It dies with the app.**  On Linux the process asks the kernel for a death signal
  (``prctl(PR_SET_PDEATHSIG, SIGKILL)``): when ``followup-kit app`` ends, even by ``kill -9``,
  Voilà is killed too, and its kernels follow within a second (ipykernel's parent poller
  ends a kernel whose parent is gone).  If the app is already gone when this runs, it exits.
* **``/logout`` signs out.**  jupyter_server's logout page needs a setting Voilà does not
  give (``static_path``) and answered 500 with a traceback; here it clears the login cookie
  and answers a plain page of its own.
* **The token never reaches a log.**  Every log record of the process is masked before it is
  written: the token's value and any ``token=...`` in an address become ``[secret]`` (tornado's
  access log wrote the full address of every refused request, token included).

Examples
--------
>>> mask_secrets("403 GET /?token=abc123&x=1 (127.0.0.1)", "abc123")
'403 GET /?token=[secret]&x=1 (127.0.0.1)'
>>> mask_secrets("Authorization: token abc123", "abc123")
'Authorization: token [secret]'
"""

from __future__ import annotations

import logging
import os
import re
import signal
import sys

#: The environment variable that carries the app's process id to Voilà.
PARENT_ENV = "FOLLOWUP_KIT_APP_PARENT"

_TOKEN_PARAM = re.compile(r"(?i)(token=)[^&\s\"'#]+")
_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def mask_secrets(text: str, token: str | None) -> str:
    """``text`` with ``token`` and every ``token=...`` value replaced by ``[secret]``."""
    if token:
        text = text.replace(token, "[secret]")
    return _TOKEN_PARAM.sub(r"\1[secret]", text)


def mask_every_log(token: str | None) -> None:
    """Mask :func:`mask_secrets` in every log record this process creates, whatever its logger."""
    previous = logging.getLogRecordFactory()

    def factory(*args, **kwargs):
        record = previous(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # a record whose arguments do not format: leave it to the handler
            return record
        masked = mask_secrets(message, token)
        if masked != message or record.args:
            record.msg, record.args = masked, None
        return record

    logging.setLogRecordFactory(factory)


def die_with_parent(parent_pid: int | None) -> bool:
    """Ask Linux to kill this process when its parent ends; exit now if the parent is already gone.

    Returns False where there is no ``prctl`` (not Linux): the app's own shutdown stops Voilà there.
    """
    if parent_pid is not None and os.getppid() != parent_pid:
        os._exit(1)  # the app ended before the death signal was set
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        ok = libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False
    if ok and parent_pid is not None and os.getppid() != parent_pid:
        os._exit(1)  # the parent ended between the check and the prctl
    return ok


_SIGNED_OUT = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Signed out</title></head>"
    "<body><p>You are signed out of the follow-up desk. To come back, open the address the app "
    "printed when it started.</p></body></html>"
)


def plain_logout() -> None:
    """Make jupyter_server's ``/logout`` clear the login cookie and answer :data:`_SIGNED_OUT`."""
    from jupyter_server.auth.decorator import allow_unauthenticated
    from jupyter_server.auth.logout import LogoutHandler

    @allow_unauthenticated  # as the original: signing out needs no token
    def get(self):
        self.identity_provider.clear_login_cookie(self)
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        self.finish(_SIGNED_OUT)

    LogoutHandler.get = get


def main() -> None:  # pragma: no cover - runs in the app's child process
    parent = os.environ.get(PARENT_ENV)
    die_with_parent(int(parent) if parent and parent.isdigit() else None)
    mask_every_log(os.environ.get("JUPYTER_TOKEN"))
    plain_logout()
    from voila.app import main as voila_main

    sys.argv[0] = "voila"
    sys.exit(voila_main())


if __name__ == "__main__":  # pragma: no cover
    main()
