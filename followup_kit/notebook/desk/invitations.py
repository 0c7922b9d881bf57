"""The desk's "Import invitations" tab: upload .ics files, preview what they would do, apply.

Choosing files runs a dry run at once and shows its table (the same frame as
``followup-kit import FILE.ics --dry-run``); "Apply" then imports them for real and
refreshes the desk, so the new thank-you notes appear in the follow-up list.

Examples
--------
>>> import datetime as dt, tempfile, pathlib
>>> from followup_kit import Tracker
>>> t = Tracker.create(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite", timezone="UTC")
>>> app = t.add_application("Contoso", "Analyst")
>>> panel = InvitationImportPanel(t)
>>> ics = (b"BEGIN:VCALENDAR\\r\\nBEGIN:VEVENT\\r\\nUID:1@contoso.example\\r\\nDTSTART:20261203T090000Z\\r\\n"
...        b"SUMMARY:Contoso interview\\r\\nEND:VEVENT\\r\\nEND:VCALENDAR\\r\\n")
>>> panel.upload.value = ({"name": "invite.ics", "type": "text/calendar", "size": len(ics),
...                        "content": memoryview(ics), "last_modified": dt.datetime(2026, 11, 25)},)
>>> panel.summary.value.count("Dry run"), panel.apply_button.disabled
(1, False)
>>> panel.apply_button.click()
>>> len(t.interviews), panel.apply_button.disabled
(1, True)
"""

from __future__ import annotations

import html

from followup_kit.errors import FollowupKitError
from followup_kit.io.calendar.invitations import import_invitations
from followup_kit.notebook.context import frame_html, notice_html
from followup_kit.store.addresses import my_addresses

#: Columns of the preview table, in order.
PREVIEW_COLUMNS = ("starts_at", "company", "people", "outcome", "reason", "summary")


class InvitationImportPanel:
    """Upload calendar invitations, preview them (a dry run) and apply them to the tracker.

    Parameters
    ----------
    tracker : Tracker
        The desk's tracker.
    on_change : callable, optional
        Called after a successful apply (the desk passes its ``refresh``).
    """

    def __init__(self, tracker, on_change=None):
        import ipywidgets as w

        self.tracker = tracker
        self.on_change = on_change
        self.result = None
        self.upload = w.FileUpload(
            accept=".ics", multiple=True, description="Choose .ics files", layout=w.Layout(width="auto")
        )
        self.upload.add_class("fk-ics-upload")
        self.me = w.Text(
            description="My address",
            placeholder="you@example.org (several: separate with commas)",
            layout=w.Layout(width="32em"),
            style={"description_width": "initial"},
        )
        self.create = w.Checkbox(
            description="Create an application for an interview that matches none",
            indent=False,
            layout=w.Layout(width="auto"),
        )
        self.apply_button = w.Button(description="Apply", button_style="primary", icon="check", disabled=True)
        self.apply_button.add_class("fk-ics-apply")
        self.summary = w.HTML()
        self.summary.add_class("fk-ics-summary")
        self.table = w.HTML()
        self.table.add_class("fk-ics-table")
        self._clearing = False
        self.upload.observe(lambda _change: self._clearing or self.preview(), names="value")
        self.me.observe(lambda _change: self.preview(), names="value")
        self.create.observe(lambda _change: self.preview(), names="value")
        self.apply_button.on_click(lambda _button: self.apply())
        stored = my_addresses(tracker)
        known = ", ".join(stored) if stored else "none yet"
        self.widget = w.VBox(
            [
                w.HTML(
                    "<b>Import invitations</b> <span class='fk-note'>(a saved invitation or a whole calendar "
                    f"export; your stored addresses: {html.escape(known)})</span>"
                ),
                w.HBox([self.upload, self.me]),
                self.create,
                self.summary,
                self.table,
                self.apply_button,
            ]
        )
        self.widget.add_class("fk-ics")

    def _sources(self) -> list[tuple[str, bytes]]:
        return [(str(f["name"]), bytes(f["content"])) for f in self.upload.value]

    def _me(self) -> list[str]:
        return [part.strip() for part in self.me.value.split(",") if part.strip()]

    def _run(self, dry_run: bool):
        sources = self._sources()
        if not sources:
            self.summary.value, self.table.value = "", ""
            self.apply_button.disabled = True
            return None
        try:
            result = import_invitations(self.tracker, sources, me=self._me(), dry_run=dry_run, create=self.create.value)
        except FollowupKitError as e:
            self.summary.value, self.table.value = notice_html(str(e), "error"), ""
            self.apply_button.disabled = True
            return None
        self.result = result
        notes = "".join(notice_html(text, "info") for text in result.warnings)
        self.summary.value = notice_html(result.summary, "info" if dry_run else "ok") + notes
        shown = result.events[list(PREVIEW_COLUMNS)].assign(
            starts_at=result.events["starts_at"].dt.strftime("%a %Y-%m-%d %H:%M")
        )
        self.table.value = frame_html(shown, empty="No interviews found in these files.")
        return result

    def preview(self) -> None:
        """Dry-run the chosen files and show what they would do; Apply is enabled if anything would change."""
        result = self._run(dry_run=True)
        if result is not None:
            self.apply_button.disabled = not (result.added or result.updated or result.cancelled)

    def apply(self) -> None:
        """Import the chosen files for real, then refresh the desk."""
        result = self._run(dry_run=False)
        self.apply_button.disabled = True
        if result is not None:  # the files are done with: choosing them again previews them afresh
            self._clearing = True
            try:
                self.upload.value = ()
            finally:
                self._clearing = False
        if result is not None and self.on_change is not None:
            self.on_change()
