"""nbval settings for the notebooks: a throw-away copy of the sample tracker and a fixed "today".

The stored outputs were made by ``make notebooks`` from the sample tracker at
2026-11-20, so ``pytest --nbval notebooks`` re-runs them against the same data.
The kernel that nbval starts inherits these variables; your own tracker is never read.
"""

import atexit
import os
import shutil
import tempfile
from pathlib import Path

from followup_kit.sample import create_sample_tracker

_folder = tempfile.mkdtemp(prefix="followup-kit-nbval-")
atexit.register(shutil.rmtree, _folder, ignore_errors=True)
create_sample_tracker(Path(_folder) / "tracker.sqlite").close()
os.environ["FOLLOWUP_KIT_TRACKER"] = str(Path(_folder) / "tracker.sqlite")
os.environ["FOLLOWUP_KIT_AS_OF"] = "2026-11-20"
