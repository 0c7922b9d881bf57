"""Small pieces the notebooks' widgets share: finding the tracker, labelled fields (text, date
pickers) that show their own error message, and friendly HTML for tables and notices.

ipywidgets is imported inside the functions that build widgets, so importing
this module stays cheap.

Examples
--------
>>> resolve_tracker_path("/tmp/my.sqlite").name
'my.sqlite'
"""

from __future__ import annotations

import datetime as dt
import html
import os
from pathlib import Path
from typing import Any

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


#: Set to ``1`` by ``followup-kit app`` for the Voilà server and so for its kernels: the notebook is an app.
APP_ENV = "FOLLOWUP_KIT_APP"


def in_app() -> bool:
    """True when the notebook runs as the app (``followup-kit app``), not in JupyterLab or a batch run.

    Examples
    --------
    >>> import os
    >>> in_app() == (os.environ.get(APP_ENV) == "1")
    True
    """
    return os.environ.get(APP_ENV) == "1"


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


#: Width of the labels in front of the desk's fields; a longer label widens itself instead of being cut.
LABEL_WIDTH = "13em"


def field_label(text: str):
    """The label in front of a field: at least :data:`LABEL_WIDTH` wide, never cut (it grows to fit)."""
    import ipywidgets as w

    return w.Label(text, layout=w.Layout(min_width=LABEL_WIDTH, flex="0 0 auto"))


class _Labelled:
    """What every labelled field has: a message area beside it for its own errors."""

    message: Any

    def _message_area(self, css: str):
        import ipywidgets as w

        self.message = w.HTML("")
        self.message.add_class((css or "fk-field") + "-message")
        return self.message

    def error(self, text: str) -> None:
        self.message.value = notice_html(text, "error")

    def clear(self) -> None:
        self.message.value = ""


class Field(_Labelled):
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
        self.box = w.HBox([field_label(label), self.input, self._message_area(css)])

    @property
    def value(self) -> str:
        return self.input.value.strip()

    def reset(self, value: str = "") -> None:
        """Empty the field (after a successful save)."""
        self.input.value = value


class DateField(_Labelled):
    """A labelled date picker (the browser's calendar; nothing to type) with a message area beside it.

    ``value`` is a ``datetime.date`` or ``None`` (nothing picked); ``input`` is the
    ``ipywidgets.DatePicker``, so tests set ``field.input.value = datetime.date(...)``.

    Examples
    --------
    >>> import datetime as dt
    >>> f = DateField("Applied on", value=dt.date(2026, 3, 2))
    >>> f.value, type(f.input).__name__
    (datetime.date(2026, 3, 2), 'DatePicker')
    >>> f.reset(None); f.value is None
    True
    """

    def __init__(self, label: str, *, value: dt.date | None = None, css: str = "", note: str = ""):
        import ipywidgets as w

        self.input = w.DatePicker(value=value, layout=w.Layout(width="11em"))
        if css:
            self.input.add_class(css)
        parts = [field_label(label), self.input]
        if note:
            parts.append(w.HTML(f"<span class='fk-note'>{html.escape(note)}</span>"))
        self.box = w.HBox([*parts, self._message_area(css)])

    @property
    def value(self) -> dt.date | None:
        return self.input.value

    def reset(self, value: dt.date | None = None) -> None:
        self.input.value = value


class DateTimeField(_Labelled):
    """A labelled date picker and time picker side by side, with a message area beside them.

    The two make a naive ``datetime`` (``value``): a wall-clock time in the tracker's time
    zone, read by the tracker's one rule (:func:`followup_kit.values.to_instant`).  ``input``
    is the date picker and ``time`` the time picker.

    Examples
    --------
    >>> import datetime as dt
    >>> f = DateTimeField("When")
    >>> f.input.value, f.time.value = dt.date(2026, 3, 12), dt.time(14, 30)
    >>> f.value
    datetime.datetime(2026, 3, 12, 14, 30)
    >>> f.time.value = None; f.missing()
    'pick the time it starts'
    """

    def __init__(self, label: str, *, css: str = ""):
        import ipywidgets as w

        self.input = w.DatePicker(layout=w.Layout(width="11em"))
        self.time = w.TimePicker(layout=w.Layout(width="8em"))
        if css:
            self.input.add_class(css + "-date")
            self.time.add_class(css + "-time")
        self.box = w.HBox([field_label(label), self.input, self.time, self._message_area(css)])

    @property
    def value(self) -> dt.datetime | None:
        if self.input.value is None or self.time.value is None:
            return None
        return dt.datetime.combine(self.input.value, self.time.value)

    def missing(self) -> str | None:
        """What is left to pick (a message for beside the field), or ``None``."""
        if self.input.value is None:
            return "pick the day"
        if self.time.value is None:
            return "pick the time it starts"
        return None

    def reset(self, value: dt.datetime | None = None) -> None:
        self.input.value = None if value is None else value.date()
        self.time.value = None if value is None else value.time()


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
            "overdue_table", "sources",
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
