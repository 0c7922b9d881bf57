"""What the statistics benchmarks share: a timer that prints a ratio to the floor, and cached synthetic trackers."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from followup_kit.datasets.synthetic import make_tracker

#: The number of applications of a ``--tiny`` run (the smoke test's size).
TINY = 300

#: The speed guards of issue 17: the most each measured part may cost, as a multiple of its floor.
LIMITS = {"tables": 1.5, "report": 2.5, "import": 1.5}


def verdict(ratio: float, limit: float) -> str:
    """``ratio`` against its ``limit`` in words: ``"1.12 x floor (limit 1.5 x): met"``.

    Examples
    --------
    >>> verdict(1.124, 1.5)
    '1.12 x floor (limit 1.5 x): met'
    >>> verdict(2.6, 2.5)
    '2.60 x floor (limit 2.5 x): NOT met'
    """
    return f"{ratio:.2f} x floor (limit {limit:g} x): {'met' if ratio <= limit else 'NOT met'}"


def timed(label, fn, floor=None, width: int = 40):
    """Run ``fn``, print its time (and its ratio to ``floor`` seconds), return ``(result, seconds)``."""
    t0 = time.perf_counter()
    out = fn()
    secs = time.perf_counter() - t0
    ratio = f"  ({secs / floor:.2f} x floor)" if floor else ""
    print(f"    {label:<{width}} {secs:8.3f} s{ratio}", flush=True)
    return out, secs


def tracker_paths(sizes, *, tiny: bool, workdir: Path | None, prefix: str) -> Iterator[tuple[int, Path]]:
    """``(n, path)`` of a synthetic tracker per size, built once and kept in ``workdir`` (a fresh folder for --tiny)."""
    if tiny:
        sizes = [TINY]
    folder = workdir or (
        Path(tempfile.mkdtemp(prefix=prefix)) if tiny else Path(tempfile.gettempdir()) / "followup-kit-bench"
    )
    folder.mkdir(parents=True, exist_ok=True)
    for n in sizes:
        path = folder / f"synthetic-{n}.sqlite"
        print(f"{n:,} applications ({path})", flush=True)
        if not path.exists():
            timed("building the tracker (once)", lambda: make_tracker(path, n, seed=0).close())
        yield n, path
