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


def private_folder(folder) -> Path:
    """Create ``folder`` and every missing parent readable by the owner only (0700; the umask would
    make parents 0755); folders that exist are left as they are.  Returns the folder.

    >>> import tempfile, pathlib, os, stat
    >>> root = pathlib.Path(tempfile.mkdtemp())
    >>> _ = private_folder(root / "a" / "b")
    >>> [oct(stat.S_IMODE(os.stat(p).st_mode)) for p in (root / "a", root / "a" / "b")]
    ['0o700', '0o700']
    """
    folder = Path(folder)
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    for created in reversed(missing):
        with contextlib.suppress(FileExistsError):
            created.mkdir(mode=0o700)
            os.chmod(created, 0o700)
    return folder


@contextlib.contextmanager
def private_file(path, mode: str = "wb", **open_kwargs):
    """Open a temporary file beside ``path`` (mode 0o600); on success it replaces ``path``.

    Folders created on the way are 0700 (:func:`private_folder`).  If anything fails, ``path``
    is left as it was and the temporary file is removed.
    """
    path = Path(path)
    private_folder(path.parent)
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
