"""Small pieces the notebooks' widgets share: finding the tracker, labelled fields that
show their own error message, and friendly HTML for tables and notices.

ipywidgets is imported inside the functions that build widgets, so importing
this module stays cheap.

Examples
--------
>>> resolve_tracker_path("/tmp/my.sqlite").name
'my.sqlite'
"""

from __future__ import annotations

import html
import os
from pathlib import Path

import pandas as pd

from followup_kit.errors import FollowupKitError, InputError, TrackerError
from followup_kit.store.tracker import Tracker, default_tracker_path


def resolve_tracker_path(tracker=None) -> Path:
    """The tracker a notebook uses: ``tracker`` if given, else :func:`default_tracker_path`
    (the same rule as the command line)."""
    if tracker:
        return Path(tracker).expanduser()
    return default_tracker_path()


#: Pins "today" for notebooks whose ``as_of`` parameter is ``None`` (tests, ``make notebooks``).
AS_OF_ENV = "FOLLOWUP_KIT_AS_OF"


def notebook_as_of(as_of=None):
    """A notebook's "today": ``as_of`` if given, else ``$FOLLOWUP_KIT_AS_OF``, else ``None`` (now).

    Examples
    --------
    >>> notebook_as_of("2026-11-20")
    '2026-11-20'
    """
    if as_of not in (None, ""):
        return as_of
    return os.environ.get(AS_OF_ENV) or None


def open_tracker(tracker=None) -> Tracker:
    """Open the notebook's tracker; raises :class:`~followup_kit.errors.TrackerError` with advice."""
    if isinstance(tracker, Tracker):
        return tracker
    return Tracker.open(resolve_tracker_path(tracker))


def missing_tracker_html(error: Exception) -> str:
    """A friendly note for a notebook whose tracker cannot be opened."""
    return (
        "<div style='border:1px solid #d4a72c;background:#fff8c5;padding:.8em 1em;border-radius:6px'>"
        "<b>No tracker to show yet.</b><br>"
        f"{html.escape(str(error))}<br><br>"
        "To start with the invented sample job search, run <code>make lab</code> (it creates "
        "<code>data/tracker.sqlite</code> from the sample) or <code>followup-kit init --sample</code>. "
        "To bring your own spreadsheet, run <code>followup-kit import your-sheet.csv --create</code>. "
        "Then run this notebook again.</div>"
    )


def frame_html(frame: pd.DataFrame, *, empty: str = "Nothing here.", classes: str = "fk-table") -> str:
    """Render a DataFrame as an escaped HTML table (user text never becomes markup)."""
    if frame is None or frame.empty:
        return f"<p class='fk-note'><i>{html.escape(empty)}</i></p>"
    return frame.to_html(index=False, escape=True, border=0, classes=classes, na_rep="")


def notice_html(text: str, kind: str = "info") -> str:
    """A one-line coloured message: kind is info, ok or error."""
    colours = {"info": "#0969da", "ok": "#1a7f37", "error": "#cf222e"}
    icon = {"info": "ℹ", "ok": "✓", "error": "⚠"}[kind]
    return f"<span style='color:{colours[kind]}'>{icon} {html.escape(text)}</span>"


class Field:
    """A labelled text input with a message area beside it for its own errors."""

    def __init__(
        self,
        label: str,
        *,
        placeholder: str = "",
        value: str = "",
        css: str = "",
        multiline: bool = False,
        width: str = "22em",
    ):
        import ipywidgets as w

        cls = w.Textarea if multiline else w.Text
        self.input = cls(value=value, placeholder=placeholder, layout=w.Layout(width=width))
        if css:
            self.input.add_class(css)
        self.message = w.HTML("")
        self.message.add_class((css or "fk-field") + "-message")
        self.box = w.HBox([w.Label(label, layout=w.Layout(width="13em")), self.input, self.message])

    @property
    def value(self) -> str:
        return self.input.value.strip()

    def error(self, text: str) -> None:
        self.message.value = notice_html(text, "error")

    def clear(self) -> None:
        self.message.value = ""


def report_error(fields: dict, exc: FollowupKitError, fallback) -> None:
    """Show ``exc`` beside the field it names (``fields`` maps field names to :class:`Field`),
    else in ``fallback`` (an HTML widget)."""
    name = getattr(exc, "field", None)
    if isinstance(exc, InputError) and name in fields:
        fields[name].error(exc.reason if isinstance(exc.reason, str) else str(exc))
        fallback.value = notice_html("Please correct the highlighted field.", "error")
    else:
        fallback.value = notice_html(str(exc), "error")


class MissingTracker:
    """Stands in for a desk, an explorer or a weekly report when the tracker cannot be opened.

    It displays advice on creating or importing a tracker, and the methods the
    shipped notebooks call on it show nothing, so the rest of the notebook runs
    quietly instead of failing cell after cell.  Any other name is an
    ``AttributeError``, so a typo is not silently swallowed.

    Examples
    --------
    >>> missing = MissingTracker(FileNotFoundError("no tracker at x.sqlite"))
    >>> missing.figure() is None
    True
    >>> missing.figur()
    Traceback (most recent call last):
    ...
    AttributeError: 'MissingTracker' has no attribute 'figur'; there is no tracker to show (no tracker at x.sqlite)
    """

    #: Methods of the desk, explorer and weekly report that the shipped notebooks call.
    NOTEBOOK_METHODS = frozenset(
        {
            "actions_table", "silences", "comparison", "figure", "overdue", "chance_text", "chance_figure",
            "this_week", "due_next_week", "forecasts", "wait_plots", "chance_plot", "timeline", "funnel",
        }
    )  # fmt: skip

    def __init__(self, error: Exception):
        self.error = error

    def _repr_html_(self) -> str:
        return missing_tracker_html(self.error)

    def __repr__(self) -> str:
        return f"No tracker to show yet: {self.error}"

    def __getattr__(self, name):
        if name in MissingTracker.NOTEBOOK_METHODS:
            return _nothing
        raise AttributeError(f"'MissingTracker' has no attribute {name!r}; there is no tracker to show ({self.error})")


def _nothing(*args, **kwargs) -> None:
    return None


def open_or_missing(factory, tracker=None, *, as_of_name: str = "as_of", **kwargs):
    """``factory(tracker, **kwargs)`` with the notebook's "today" (the ``as_of_name`` argument),
    or a :class:`MissingTracker` note when there is no tracker."""
    kwargs[as_of_name] = notebook_as_of(kwargs.get(as_of_name))
    try:
        return factory(tracker, **kwargs)
    except TrackerError as exc:
        return MissingTracker(exc)
