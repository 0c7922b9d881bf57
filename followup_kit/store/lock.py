"""One import at a time per tracker: an exclusive lock file beside it (issue 26).

Two imports of the same calendar or mailbox at the same moment (a desk and a terminal, a
cron job and a person) each read the tracker, each found nothing yet, and each created
the same applications: 120 where one import gives 60.  Every import function of the kit
(:func:`~followup_kit.io.calendar.invitations.import_invitations`,
:func:`~followup_kit.io.mail.importer.import_mail`,
:func:`~followup_kit.io.sources.import_source`) now holds :func:`import_lock` from its
first read to its last write, so a second import waits, saying so, and then finds what the
first one wrote (by UID, message hash, company and role): two at once give what one gives.

The lock is ``flock`` on ``<tracker>.import-lock`` (owner-only, never deleted: deleting a
lock file lets a third process lock a new file while the second holds the old one).  The
kernel drops it when its process ends, even by ``kill -9``, so a crashed import never
leaves the tracker locked.  Within one process the lock is re-entrant (a mail import hands
its invitations to the calendar import) and threads take turns.

Examples
--------
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "t.sqlite"
>>> with import_lock(path):
...     with import_lock(path):  # re-entrant: the mail import calls the calendar import
...         lock_file(path).name
't.sqlite.import-lock'
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from followup_kit.errors import TrackerError

try:  # POSIX; elsewhere imports are not serialised (SQLite still keeps each write whole)
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

#: How long a second import waits for the first before giving up (seconds): a 113 MB
#: mailbox imports in about two minutes on a laptop (README), so ten minutes is generous.
IMPORT_WAIT_SECONDS = 600.0

#: How often a waiting import looks again (seconds).
POLL_SECONDS = 0.1

#: What a waiting import says, once.
WAITING_MESSAGE = "Another import into this tracker is running; waiting…"

_GUARD = threading.Lock()
_HELD: dict[str, list] = {}  # resolved path -> [RLock, depth, fd]


def lock_file(tracker_path) -> Path:
    """The lock file of the tracker at ``tracker_path``: ``<name>.import-lock`` beside it."""
    path = Path(tracker_path)
    return path.with_name(path.name + ".import-lock")


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@contextlib.contextmanager
def import_lock(
    tracker_path, *, wait: float = IMPORT_WAIT_SECONDS, notify: Callable[[str], None] | None = None
) -> Iterator[None]:
    """Hold the import lock of the tracker at ``tracker_path`` for the ``with`` block.

    A second holder (another process or thread) waits up to ``wait`` seconds, calling
    ``notify`` (default: a line on standard error) once with :data:`WAITING_MESSAGE`;
    past that it raises :class:`~followup_kit.errors.TrackerError`.
    """
    key = str(Path(tracker_path).resolve())
    with _GUARD:
        entry = _HELD.setdefault(key, [threading.RLock(), 0, None])
    rlock = entry[0]
    told = False
    deadline = time.monotonic() + wait
    if not rlock.acquire(blocking=False):
        (notify or _say)(WAITING_MESSAGE)
        told = True
        if not rlock.acquire(timeout=max(wait, 0.0)):
            raise TrackerError(f"another import into {tracker_path} has been running for too long; try again later")
    try:
        if entry[1] == 0:
            entry[2] = _lock_fd(Path(tracker_path), deadline, told, notify or _say)
        entry[1] += 1
        try:
            yield
        finally:
            entry[1] -= 1
            if entry[1] == 0 and entry[2] is not None:
                fd, entry[2] = entry[2], None
                os.close(fd)  # closing the file releases the flock
    finally:
        rlock.release()


def _lock_fd(path: Path, deadline: float, told: bool, notify: Callable[[str], None]) -> int | None:
    if fcntl is None:
        return None
    try:
        fd = os.open(lock_file(path), os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return None  # a read-only folder: nothing can be written there anyway, SQLite will say so
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return fd
        except BlockingIOError:
            if not told:
                notify(WAITING_MESSAGE)
                told = True
            if time.monotonic() > deadline:
                os.close(fd)
                raise TrackerError(
                    f"another import into {path} has been running for too long; try again later"
                ) from None
            time.sleep(POLL_SECONDS)


def holds_import_lock(function):
    """Decorate an import function whose first argument is a tracker: it runs under :func:`import_lock`.

    A dry run (``dry_run=True``) writes nothing and takes no lock.
    """
    signature = inspect.signature(function)

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        bound = signature.bind(*args, **kwargs)
        tracker = bound.arguments[next(iter(signature.parameters))]
        path = getattr(tracker, "path", None)
        if path is None or bound.arguments.get("dry_run", False):
            return function(*args, **kwargs)
        with import_lock(path):
            return function(*args, **kwargs)

    return wrapper
