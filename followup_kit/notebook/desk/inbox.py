"""The desk's Inbox tab: mail the import was not sure about, each accepted or dismissed with one click.

The list is :func:`~followup_kit.io.mail_inbox.review_items`; "Accept" records the event the
mail stands for (a rejection, an offer, or a response) on the mail's day, with the kind picked
in the dropdown (the importer's guess by default); "Dismiss" puts it aside.  After either,
``on_change`` runs (the desk passes its ``refresh``, so a recorded rejection cancels its
chase-ups at once).

Examples
--------
>>> import tempfile, pathlib
>>> from followup_kit.store.tracker import Tracker
>>> t = Tracker.create(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite", timezone="UTC")
>>> tab = InboxTab(t)
>>> "Nothing to review" in tab.header.value, tab.accept_button.disabled
(True, True)
"""

from __future__ import annotations

import html
from collections.abc import Callable

import pandas as pd

from followup_kit import vocabulary
from followup_kit.errors import FollowupKitError
from followup_kit.io.mail.inbox import accept, dismiss, review_items
from followup_kit.notebook.context import notice_html


class InboxTab:
    """The review list of one tracker as widgets (``widget`` is the tab's content)."""

    def __init__(self, tracker, *, on_change: Callable[[], None] | None = None):
        import ipywidgets as w

        self.tracker = tracker
        self.on_change = on_change
        self.items = pd.DataFrame()
        self.header = w.HTML()
        self.header.add_class("fk-inbox-header")
        self.picker = w.Select(options=[], rows=10, layout=w.Layout(width="auto", max_width="100%"))
        self.picker.add_class("fk-inbox-items")
        self.picker.observe(lambda _: self._show(), names="value")
        self.detail = w.HTML()
        self.detail.add_class("fk-inbox-detail")
        self.kind = w.Dropdown(
            description="It is",
            options=[(vocabulary.MAIL_KIND_LABELS[k], k) for k in vocabulary.MAIL_EVENT],
            style={"description_width": "4em"},
        )
        self.kind.add_class("fk-inbox-kind")
        self.accept_button = w.Button(description="Accept", button_style="success", icon="check")
        self.accept_button.add_class("fk-inbox-accept")
        self.accept_button.on_click(lambda _: self.accept_selected())
        self.dismiss_button = w.Button(description="Dismiss", icon="times")
        self.dismiss_button.add_class("fk-inbox-dismiss")
        self.dismiss_button.on_click(lambda _: self.dismiss_selected())
        self.status = w.HTML()
        self.status.add_class("fk-inbox-status")
        css = w.HTML(
            "<style>.fk-inbox-items select {font-family: ui-monospace, Menlo, Consolas, monospace; "
            "font-size: 12px; box-sizing: border-box; width: 100%;}</style>"
        )
        self.actions = w.HBox([self.kind, self.accept_button, self.dismiss_button])
        self.widget = w.VBox(
            [css, self.header, self.picker, self.detail, self.actions, self.status],
            layout=w.Layout(max_width="100%"),
        )
        self.widget.add_class("fk-inbox")
        self.refresh()

    def refresh(self) -> None:
        """Read the review list again and redraw it (the first item selected)."""
        self.items = review_items(self.tracker)
        n = len(self.items)
        self.header.value = (
            "<b>Nothing to review.</b> Mail the import was sure about is already recorded."
            if n == 0
            else f"<b>{n} mail{'s' if n != 1 else ''} to review</b>: the import was not sure about "
            f"{'them' if n != 1 else 'it'}. Accept records the event; Dismiss sets it aside."
        )
        self.picker.options = [(self._label(row), row.ref) for row in self.items.itertuples()]
        self.picker.value = self.items["ref"].iloc[0] if n else None
        # with nothing to review there is no list and nothing to click: only the sentence shows
        self.picker.layout.display = self.actions.layout.display = None if n else "none"
        self._show()

    @staticmethod
    def _label(row) -> str:
        company = row.company if isinstance(row.company, str) and row.company else "employer not known"
        return (
            f"{row.date:%Y-%m-%d}  {company[:24]:24}  {vocabulary.MAIL_KIND_LABELS.get(row.kind, row.kind):20}  "
            f"{row.subject or ''}"[:120]
        )

    def _selected(self):
        if self.picker.value is None or self.items.empty:
            return None
        return self.items.set_index("ref").loc[self.picker.value]

    def _show(self) -> None:
        row = self._selected()
        self.accept_button.disabled = self.dismiss_button.disabled = self.kind.disabled = row is None
        if row is None:
            self.detail.value = ""
            return
        if row["kind"] in vocabulary.MAIL_EVENT:
            self.kind.value = row["kind"]
        self.detail.value = (
            f"<div><b>{html.escape(str(row['subject'] or ''))}</b><br>from {html.escape(str(row['sender'] or ''))} "
            f"on {row['date']:%Y-%m-%d %H:%M}<br>about: {html.escape(str(row['company'] or 'no application'))}"
            f"<br><span style='color:#666'>{html.escape(str(row['reason'] or ''))}</span></div>"
        )

    def accept_selected(self) -> None:
        """Handler of "Accept": record the event for the selected mail."""
        ref = self.picker.value
        if ref is None:
            return
        try:
            event_id = accept(self.tracker, ref, kind=self.kind.value)
        except FollowupKitError as exc:
            self.status.value = notice_html(str(exc), "error")
            return
        kind, on = self.tracker.execute('SELECT kind, "on" FROM events WHERE event_id = ?', (event_id,))[0]
        self.status.value = notice_html(f"Recorded: {kind} on {on}.", "ok")
        self._changed()

    def dismiss_selected(self) -> None:
        """Handler of "Dismiss": set the selected mail aside without an event."""
        ref = self.picker.value
        if ref is None:
            return
        try:
            dismiss(self.tracker, ref)
        except FollowupKitError as exc:
            self.status.value = notice_html(str(exc), "error")
            return
        self.status.value = notice_html("Dismissed: no event recorded.", "ok")
        self._changed()

    def _changed(self) -> None:
        self.refresh()
        if self.on_change is not None:
            self.on_change()
