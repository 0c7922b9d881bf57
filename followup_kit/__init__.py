"""followup-kit: follow-ups and honest waiting times for a job search, in pandas and Jupyter.

The public API is listed in ``__all__``; everything else is internal.  Importing
the package is light: matplotlib, scipy, ipywidgets and papermill load only when
a plot, a statistic, a widget or a report needs them.

Examples
--------
>>> import followup_kit as fk
>>> "Tracker" in fk.__all__ and "follow_up_schedule" in fk.__all__
True
"""

from . import plots
from .benchmarks import BENCHMARKS, describe_benchmark, get_benchmark
from .drafts import Draft, draft
from .errors import DuplicateError, FollowupKitError, InputError, TrackerError
from .exporters import export_tracker
from .ics import schedule_to_ics, write_ics
from .importers import ImportProblems, ImportResult, import_source
from .pipeline import funnel, ghosting_rate, overdue_applications, response_rate, time_in_stage
from .policy import FollowUpPolicy
from .sample import create_sample_tracker
from .schedule import due_soon, follow_up_schedule
from .comparison import ComparisonResult, compare_to_benchmark
from .stats import SurvivalResult, outcome_incidence, survival
from .synthetic import make_tracker
from .tracker import Tracker, default_tracker_path
from .waits import wait_times
from .weekly import WeeklyReport, open_weekly_report
from .widgets import open_desk, open_explorer

__all__ = [
    "BENCHMARKS",
    "ComparisonResult",
    "Draft",
    "DuplicateError",
    "FollowUpPolicy",
    "FollowupKitError",
    "ImportProblems",
    "ImportResult",
    "InputError",
    "SurvivalResult",
    "Tracker",
    "TrackerError",
    "WeeklyReport",
    "compare_to_benchmark",
    "create_sample_tracker",
    "default_tracker_path",
    "describe_benchmark",
    "draft",
    "due_soon",
    "export_tracker",
    "follow_up_schedule",
    "funnel",
    "get_benchmark",
    "ghosting_rate",
    "import_source",
    "make_tracker",
    "open_desk",
    "open_explorer",
    "open_weekly_report",
    "outcome_incidence",
    "overdue_applications",
    "plots",
    "response_rate",
    "schedule_to_ics",
    "survival",
    "time_in_stage",
    "wait_times",
    "write_ics",
]
