"""The desk's "Will I hear back?" panel: one plain sentence per silent application.

The figures come from :func:`~followup_kit.analysis.forecast.reply_forecast`
(application to first reply, from the user's own history or a published prior)
and the words from :mod:`followup_kit.analysis.forecast.words`; this module
only lays them out.  Past the silence threshold the kit counts an application
as ghosted by itself (:mod:`followup_kit.store.silence`); a line says how to
keep one open (the desk's "Still waiting" button) or record a reply.

Examples
--------
>>> import tempfile, pathlib
>>> from followup_kit import Tracker
>>> t = Tracker.create(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite", timezone="UTC")
>>> _ = t.add_application("Acme", "Analyst", applied_on="2026-03-02")
>>> "Silent 9 days." in silence_html(t.tables(), "2026-03-11")
True
"""

from __future__ import annotations

import html

from followup_kit.analysis.forecast.estimates import reply_forecast
from followup_kit.analysis.forecast.words import (
    MAX_SENTENCES,
    forecast_overview,
    history_sentence,
    legal_deadline_sentences,
)
from followup_kit.followups.policy import FollowUpPolicy

#: At most this many silent applications get a sentence of their own (the live ones first).
MAX_SILENT_LISTED = MAX_SENTENCES


def silence_html(tables, as_of, *, policy: FollowUpPolicy | None = None, limit: int = MAX_SILENT_LISTED) -> str:
    """HTML: what the history says about answers, then a sentence per live silent application (at most ``limit``,
    the rest and the long-past silences summed up; see :func:`~followup_kit.analysis.forecast.words.forecast_overview`).

    Parameters
    ----------
    tables : dict of DataFrame or Tracker
        The tracker or its tables.
    as_of : date-like
        The day of the forecast.
    policy : FollowUpPolicy, optional
        Its ``country`` and ``subdivision`` decide which legal deadlines apply
        (Ontario's 45-day rule for CA / ON); default: the kit's default policy.
    limit : int
        Give at most this many applications a sentence of their own, the live ones first.
    """
    forecast = reply_forecast(tables, as_of=as_of)
    policy = policy or FollowUpPolicy()
    head = f"<p class='fk-note'>{html.escape(history_sentence(forecast))}</p>" + "".join(
        f"<p class='fk-legal'>{html.escape(text)}</p>"
        for text in legal_deadline_sentences(tables, as_of=as_of, country=policy.country, region=policy.subdivision)
    )
    if forecast.empty:
        return head + "<p>No application is waiting for a first reply.</p>"
    listed, summary = forecast_overview(forecast, limit=limit)
    items = []
    for row in listed.itertuples():  # at most ``limit`` rows, never one per application
        mark = " class='fk-ghosted'" if row.likely_ghosted else ""
        role = f" — {html.escape(str(row.role))}" if isinstance(row.role, str) and row.role else ""
        items.append(f"<li{mark}><b>{html.escape(str(row.company))}</b>{role}: {html.escape(row.sentence)}</li>")
    more = "".join(f"<p class='fk-note'>{html.escape(text)}</p>" for text in summary)
    ghosted = int(forecast["likely_ghosted"].sum())
    hint = (
        f"<p class='fk-note'>{ghosted:,} silent for longer than {forecast['ghosted_after'].iloc[0]:.0f} days: the kit "
        "counts them as ghosted until news comes. In <i>Record an outcome</i>, record a reply when one comes, "
        "or press <i>Still waiting</i> to keep one open.</p>"
        if ghosted
        else ""
    )
    listing = "<ul class='fk-forecast'>" + "".join(items) + "</ul>" if items else ""
    return head + listing + more + hint


class SilencePanel:
    """The panel on the desk: an HTML widget redrawn with the schedule.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from followup_kit import Tracker
    >>> t = Tracker.create(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite", timezone="UTC")
    >>> panel = SilencePanel()
    >>> panel.refresh(t.tables(), "2026-03-11")
    >>> "No application is waiting" in panel.widget.value
    True
    """

    def __init__(self):
        import ipywidgets as w

        self.widget = w.HTML()
        self.widget.add_class("fk-silence")

    def refresh(self, tables, as_of, policy: FollowUpPolicy | None = None) -> None:
        """Recompute the forecasts for ``as_of`` and redraw."""
        self.widget.value = "<h4>Will I hear back?</h4>" + silence_html(tables, as_of, policy=policy)
