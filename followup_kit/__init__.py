"""followup-kit: follow-ups and honest waiting times for a job search, in pandas and Jupyter.

The public API is listed in ``__all__``; everything else is internal.  Importing
the package is light: matplotlib and scipy load only when a plot or a statistic
needs them.

Examples
--------
>>> import followup_kit
>>> "Tracker" in followup_kit.__all__
True
"""

from .errors import DuplicateError, FollowupKitError, InputError, TrackerError
from .synthetic import make_tracker
from .tracker import Tracker, default_tracker_path

__all__ = [
    "DuplicateError",
    "FollowupKitError",
    "InputError",
    "Tracker",
    "TrackerError",
    "default_tracker_path",
    "make_tracker",
]
