"""Writing files that hold personal data: owner-only, and replaced atomically.

Examples
--------
>>> import tempfile, pathlib, os, stat
>>> path = pathlib.Path(tempfile.mkdtemp()) / "notes.txt"
>>> with private_file(path, "w", encoding="utf-8") as fh:
...     _ = fh.write("hello")
>>> path.read_text(), oct(stat.S_IMODE(os.stat(path).st_mode))
('hello', '0o600')
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


@contextlib.contextmanager
def private_file(path, mode: str = "wb", **open_kwargs):
    """Open a temporary file beside ``path`` (mode 0o600); on success it replaces ``path``.

    If anything fails, ``path`` is left as it was and the temporary file is removed.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)  # created 0o600
    try:
        with os.fdopen(fd, mode, **open_kwargs) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
