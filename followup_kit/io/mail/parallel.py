"""Both cores for a large mbox: chunks of the file considered in worker processes, merged in order.

An mbox past :data:`PARALLEL_BYTES` is cut into chunks of about :data:`CHUNK_BYTES` at lines
that start with ``From `` (the same cuts :func:`~followup_kit.io.mail.read.iter_mbox` makes),
and :data:`WORKERS` forked processes consider the messages of one chunk each.  At most two
chunks per worker are in flight, so memory stays flat whatever the file's size.  The parent
merges the rows in file order: it numbers the messages, names the calendar parts, and marks a
message seen in an earlier chunk as "the same message again", so the result is the one the
serial path gives (tested).

Examples
--------
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "m.mbox"
>>> _ = path.write_bytes(b"From a\\nSubject: 1\\n\\nx\\nFrom b\\nSubject: 2\\n\\ny\\nFrom c\\nSubject: 3\\n\\nz\\n")
>>> [path.read_bytes()[a:b][:6] for a, b in mbox_chunks(path, 10)]
[b'From a', b'From b', b'From c']
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path

from followup_kit.io.mail.read import RawMessage, _drop_from_line, iter_mbox, iter_messages
from followup_kit.io.mail.result import RESULT_COLUMNS

#: An mbox at least this large is read by :data:`WORKERS` processes (smaller ones are done before
#: the processes would have started).
PARALLEL_BYTES = 50_000_000

#: Bytes of mbox per task: large enough that starting a task costs nothing, small enough that
#: two in flight per worker keep memory flat.
CHUNK_BYTES = 8 << 20

#: Worker processes: the machines this kit runs on have two cores or more.
WORKERS = 2

#: The reason of a message listed again under another Takeout label (the importer's own wording).
SAME_AGAIN = "the same message again (listed under another label)"

_FROM = b"\nFrom "
_POSITION = RESULT_COLUMNS.index("position")
_STATE: dict = {}

Consider = Callable[[RawMessage, int, set], tuple[tuple, list]]


class _Keys(set):
    """The set of message keys seen, remembering the last key asked about (the message's own)."""

    last: int | None = None

    def __contains__(self, key) -> bool:
        self.last = key
        return set.__contains__(self, key)


def mbox_chunks(path: Path, chunk_bytes: int = CHUNK_BYTES) -> Iterator[tuple[int, int]]:
    """``(start, end)`` byte ranges covering the file, each after the first starting at a ``From `` line."""
    size = path.stat().st_size
    start = 0
    with open(path, "rb") as f:
        while start < size:
            at = start + chunk_bytes
            cut = -1
            while at < size:
                f.seek(at - 1)
                window = f.read(1 << 16)
                found = window.find(_FROM)
                if found >= 0:
                    cut = at - 1 + found + 1
                    break
                if len(window) <= len(_FROM):
                    break
                at += len(window) - len(_FROM)
            if cut < 0:
                yield start, size
                return
            yield start, cut
            start = cut


def split_chunk(data: bytes, *, first: bool, last: bool) -> list[bytes]:
    """The messages of one chunk, cut as :func:`~followup_kit.io.mail.read.iter_mbox` cuts the file."""
    if first:
        data = data.lstrip(b"\xef\xbb\xbf").lstrip(b"\r\n")
    out = []
    start = 0
    while (cut := data.find(_FROM, start)) >= 0:
        out.append(_drop_from_line(data[start : cut + 1]))
        start = cut + 1
    rest = data[start:]
    if rest.strip() or (rest and not last):
        out.append(_drop_from_line(rest))
    return out


def _work(task: tuple[int, int, bool, bool]) -> list[tuple[tuple, list[bytes], int | None]]:
    start, end, _first, _last = task
    consider: Consider = _STATE["consider"]
    seen = _Keys()
    out: list[tuple[tuple, list[bytes], int | None]] = []
    # read as the serial path reads: a block at a time, a message of at most LIMITS.message_bytes
    for number, message in enumerate(iter_mbox(_STATE["path"], start=start, end=end), start=1):
        seen.last = None
        row, calendars = consider(RawMessage(message.data, ""), number, seen)
        out.append((row, [part for _, part in calendars], seen.last))
    return out


def duplicate_row(row: tuple) -> tuple:
    """``row`` as the row of a message seen before: ignored, with nothing matched or kept."""
    return (None, *row[1:5], None, None, "other", 1.0, "ignored", SAME_AGAIN, None, row[_POSITION], None)


def considered(
    source, fmt: str, consider: Consider, progress: Callable[[Iterable], Iterable], *, serial: bool = False
) -> Iterator:
    """``(row, calendars)`` of every message of ``source`` in order: in worker processes for a
    large mbox, else (or with ``serial``, when ``consider`` keeps state of its own) one by one here."""
    path = Path(source)
    forks = "fork" in multiprocessing.get_all_start_methods()  # not on Windows: one core there
    if not serial and fmt == "mbox" and forks and WORKERS > 1 and path.stat().st_size >= PARALLEL_BYTES:
        yield from progress(_in_parallel(path, consider))
        return
    seen: set[int] = set()
    for position, raw in enumerate(progress(iter_messages(source)), start=1):
        yield consider(raw, position, seen)


def _in_parallel(path: Path, consider: Consider) -> Iterator[tuple[tuple, list]]:
    chunks = list(mbox_chunks(path, CHUNK_BYTES))
    tasks = iter([(a, b, i == 0, i == len(chunks) - 1) for i, (a, b) in enumerate(chunks)])
    _STATE.update(path=str(path), consider=consider)  # the forked workers inherit it
    seen: set[int] = set()
    number = 0
    try:
        with multiprocessing.get_context("fork").Pool(WORKERS) as pool:
            pending = deque(pool.apply_async(_work, (t,)) for t in islice(tasks, 2 * WORKERS))
            while pending:
                rows = pending.popleft().get()
                task = next(tasks, None)
                if task is not None:
                    pending.append(pool.apply_async(_work, (task,)))
                for row, parts, key in rows:
                    number += 1
                    if key is not None:
                        if key in seen:
                            row, parts = duplicate_row(row), []
                        else:
                            seen.add(key)
                    row = (*row[:_POSITION], number, *row[_POSITION + 1 :])
                    calendars = [
                        (f"{path.name}, message {number} (calendar part {k + 1})", p) for k, p in enumerate(parts)
                    ]
                    yield row, calendars
    finally:
        _STATE.clear()


__all__ = ["considered", "duplicate_row", "mbox_chunks", "split_chunk"]
