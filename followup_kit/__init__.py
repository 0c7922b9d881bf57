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

import importlib

from followup_kit.analysis.comparison import ComparisonResult, compare_to_benchmark
from followup_kit.analysis.estimate import Estimate
from followup_kit.analysis.forecast.estimates import (
    PublishedPrior,
    never_hear_back,
    reply_forecast,
    silence_threshold,
)
from followup_kit.analysis.forecast.words import (
    forecast_overview,
    forecast_sentences,
    history_sentence,
    legal_deadline_sentences,
)
from followup_kit.analysis.incidence import outcome_incidence
from followup_kit.analysis.pipeline import (
    funnel,
    ghosting_rate,
    overdue_applications,
    response_rate,
    time_in_stage,
)
from followup_kit.analysis.published import (
    cite_benchmark,
    country_benchmark,
    describe_benchmark,
    get_benchmark,
    get_published,
    published_figures,
)
from followup_kit.analysis.stats import SurvivalResult, survival
from followup_kit.analysis.waits import applications_as_of, wait_times
from followup_kit.errors import (
    DuplicateError,
    FollowupKitError,
    InputError,
    TrackerError,
)
from followup_kit.followups.policy import FollowUpPolicy
from followup_kit.followups.schedule import due_soon, follow_up_schedule
from followup_kit.io.import_result import ImportProblems, ImportResult
from followup_kit.store.tracker import Tracker, default_tracker_path

__all__ = [
    "BENCHMARKS",
    "PUBLISHED",
    "ComparisonResult",
    "Draft",
    "DuplicateError",
    "Estimate",
    "FollowUpPolicy",
    "FollowupKitError",
    "ImportProblems",
    "ImportResult",
    "InputError",
    "InvitationImport",
    "MailImport",
    "PublishedPrior",
    "SheetPlan",
    "SurvivalResult",
    "Tracker",
    "TrackerError",
    "WeeklyReport",
    "applications_as_of",
    "cite_benchmark",
    "compare_to_benchmark",
    "country_benchmark",
    "create_sample_tracker",
    "default_tracker_path",
    "describe_benchmark",
    "draft",
    "due_soon",
    "export_tracker",
    "follow_up_schedule",
    "forecast_overview",
    "forecast_sentences",
    "funnel",
    "get_benchmark",
    "get_published",
    "ghosting_rate",
    "history_sentence",
    "import_invitations",
    "import_mail",
    "import_source",
    "legal_deadline_sentences",
    "make_silent_search",
    "make_tracker",
    "never_hear_back",
    "open_desk",
    "open_explorer",
    "open_weekly_report",
    "outcome_incidence",
    "overdue_applications",
    "plan_sheet",
    "plot_chance_within",
    "plots",
    "published_figures",
    "recognise_export",
    "reply_forecast",
    "response_rate",
    "schedule_to_ics",
    "sheet_choices",
    "silence_threshold",
    "survival",
    "time_in_stage",
    "wait_times",
    "write_ics",
]

#: Parts loaded on first use, so that ``import followup_kit`` costs little more than ``import pandas``
#: (``benchmarks/bench_import.py``): the notebook parts, the importers and exporters, the example
#: trackers, drafts and calendar files, the plots, and the published figures (read from a CSV file).
_LAZY = {
    "BENCHMARKS": "followup_kit.analysis.published",
    "PUBLISHED": "followup_kit.analysis.published",
    "plot_chance_within": "followup_kit.analysis.forecast.plots",
    "create_sample_tracker": "followup_kit.datasets.sample.tracker",
    "make_tracker": "followup_kit.datasets.synthetic",
    "make_silent_search": "followup_kit.datasets.synthetic",
    "Draft": "followup_kit.followups.drafts",
    "draft": "followup_kit.followups.drafts",
    "schedule_to_ics": "followup_kit.followups.ics",
    "write_ics": "followup_kit.followups.ics",
    "InvitationImport": "followup_kit.io.calendar.invitations",
    "import_invitations": "followup_kit.io.calendar.invitations",
    "MailImport": "followup_kit.io.mail.importer",
    "import_mail": "followup_kit.io.mail.importer",
    "export_tracker": "followup_kit.io.kit_folder",
    "import_source": "followup_kit.io.sources",
    "SheetPlan": "followup_kit.io.sheets.plan",
    "plan_sheet": "followup_kit.io.sheets.plan",
    "sheet_choices": "followup_kit.io.sheets.workbook",
    "recognise_export": "followup_kit.io.sheets.exports",
    "open_desk": "followup_kit.notebook.desk.main",
    "open_explorer": "followup_kit.notebook.explorer",
    "open_weekly_report": "followup_kit.notebook.weekly",
    "WeeklyReport": "followup_kit.notebook.weekly",
}

#: Modules of the public API loaded on first use.
_LAZY_MODULES = {"plots": "followup_kit.analysis.plots"}


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
    elif name in _LAZY_MODULES:
        value = importlib.import_module(_LAZY_MODULES[name])
    else:
        raise AttributeError(f"module 'followup_kit' has no attribute {name!r}")
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
