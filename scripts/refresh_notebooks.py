"""Re-run the notebooks on a fresh copy of the sample tracker and store their outputs.

``make notebooks`` runs this.  The stored outputs are what ``pytest --nbval notebooks``
compares against, so they must come from the sample tracker at a fixed "today"
(``--as-of``, default 2026-11-20).  Your own tracker is never touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ("follow_ups.ipynb", "wait_times.ipynb", "weekly_report.ipynb")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--as-of", default="2026-11-20", help="the fixed 'today' (default: 2026-11-20)")
    parser.add_argument("names", nargs="*", default=NOTEBOOKS, help="notebooks to refresh (default: all)")
    args = parser.parse_args(argv)

    from followup_kit.datasets.sample.tracker import create_sample_tracker

    with tempfile.TemporaryDirectory() as tmp:
        tracker = Path(tmp) / "tracker.sqlite"
        create_sample_tracker(tracker).close()
        os.environ["FOLLOWUP_KIT_TRACKER"] = str(tracker)
        os.environ["FOLLOWUP_KIT_AS_OF"] = args.as_of
        for i, name in enumerate(args.names, 1):
            path = ROOT / "notebooks" / name
            print(f"[{i}/{len(args.names)}] running {path.relative_to(ROOT)} ...", flush=True)
            nb = nbformat.read(path, as_version=4)
            NotebookClient(
                nb,
                kernel_name="python3",
                timeout=600,
                store_widget_state=True,
                record_timing=False,
                resources={"metadata": {"path": str(path.parent)}},
            ).execute()
            nb.metadata.pop("widgets", None)
            nbformat.write(nb, path)
    print("done: outputs stored; check them with 'pytest --nbval notebooks'")
    return 0


if __name__ == "__main__":
    sys.exit(main())
