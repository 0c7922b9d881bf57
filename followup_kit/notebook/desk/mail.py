"""The desk's "Import mail" tab: a mail export on disk, a dry run, then the import, with a progress bar.

A Gmail Takeout mailbox is far too large for a browser upload, so the tab takes a path on
this computer (the app's kernel runs here, as the user).  "Dry run" shows what the import
would record and changes nothing; "Import" records it and refreshes the desk (new events
cancel chase-ups; uncertain mail goes to the Inbox tab).  Both run
:func:`~followup_kit.io.mail.importer.import_mail`, the same as ``followup-kit import
MAILBOX``, with its progress fed to the bar.  A path that is not a mail export, or an
address that is not one, is explained beside its field.

Examples
--------
>>> import tempfile, pathlib
>>> from followup_kit import Tracker
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> t = Tracker.create(folder / "t.sqlite", timezone="UTC")
>>> app = t.add_application("Contoso", "Analyst", applied_on="2026-10-01")
>>> _ = (folder / "reply.eml").write_bytes(
...     b"From: Ada <ada@contoso.example>\\nSubject: Your application\\n"
...     b"Date: Mon, 02 Nov 2026 10:00:00 +0000\\nMessage-ID: <1@contoso.example>\\n\\n"
...     b"Hi Sam, we have decided not to move forward with your application.\\n")
>>> panel = MailImportPanel(t)
>>> panel.path.input.value = str(folder / "nowhere.mbox")
>>> panel.dry_run_button.click()
>>> "no such file" in panel.path.message.value
True
>>> panel.path.input.value, panel.me.input.value = str(folder / "reply.eml"), "sam@example.net"
>>> panel.import_button.click()
>>> panel.progress.value, "1 applied" in panel.summary.value, len(t.events)
(1.0, True, 1)
"""

from __future__ import annotations

import html
import inspect
import time
from collections.abc import Callable
from pathlib import Path

from followup_kit import vocabulary
from followup_kit.errors import FollowupKitError, InputError
from followup_kit.io.mail.importer import import_mail
from followup_kit.notebook.context import Field, frame_html, notice_html, report_error
from followup_kit.store.addresses import my_addresses

#: Columns of the result table, in order (the messages that were not set aside).
RESULT_COLUMNS = ("date", "sender", "subject", "company", "kind", "outcome", "reason")
#: The table's headers, as a person reads them.
RESULT_HEADERS = {
    "date": "Date",
    "sender": "From",
    "subject": "Subject",
    "company": "Application",
    "kind": "It is",
    "outcome": "What the import does",
    "reason": "Why",
}
#: What happens to each listed mail, in words (a dry run changes nothing: "would").
OUTCOME_WORDS = {
    "applied": ("recorded", "would be recorded"),
    "to review": ("goes to the Inbox", "would go to the Inbox"),
    "unmatched": ("no application matched", "no application matched"),
}
#: At most this many messages are listed under the summary (the summary counts them all).
MAX_LISTED = 200
#: The progress bar is redrawn at most this often (seconds): a Takeout has hundreds of thousands of messages.
REDRAW_EVERY = 0.2
#: The importer's advice when it knows none of your addresses, in the tab's words (it names a command-line option).
NO_ADDRESS = "No address of yours is known: give yours above, so your own sent mail is never read as a company's reply."
#: The result table's dates on one line.
MAIL_CSS = (
    "<style>.fk-mail-table td:first-child {white-space: nowrap;} "
    ".fk-mail-table th {text-align: left !important;} .fk-mail-table td {vertical-align: top;}</style>"
)


def creates_applications() -> bool:
    """Whether this kit's mail importer can create applications from acknowledgements
    (``import_mail(..., create_applications=True)``)."""
    return "create_applications" in inspect.signature(import_mail).parameters


class MailImportPanel:
    """Import a mail export from a path on disk: dry run, import, progress bar, summary and table.

    Parameters
    ----------
    tracker : Tracker
        The desk's tracker.
    on_change : callable, optional
        Called after an import that changed something (the desk refreshes its lists and the Inbox).
    """

    def __init__(self, tracker, on_change: Callable[[], None] | None = None):
        import ipywidgets as w

        self.tracker = tracker
        self.on_change = on_change
        self.result = None
        self.path = Field(
            "Mail export",
            placeholder="~/Downloads/Takeout/Mail/All mail Including Spam and Trash.mbox",
            width="36em",
            css="fk-mail-path",
        )
        self.me = Field(
            "Your addresses", placeholder="you@example.org (several: commas between)", width="36em", css="fk-mail-me"
        )
        self.create = w.Checkbox(
            description="Also create applications from acknowledgements ('thank you for applying')",
            indent=False,
            layout=w.Layout(width="auto"),
        )
        self.create.add_class("fk-mail-create")
        if not creates_applications():
            self.create.disabled = True
            self.create.tooltip = "this version of the mail importer cannot create applications yet"
        self.dry_run_button = w.Button(description="Dry run", icon="eye", tooltip="Show what would be recorded")
        self.dry_run_button.add_class("fk-mail-dry-run")
        self.import_button = w.Button(description="Import", button_style="primary", icon="download")
        self.import_button.add_class("fk-mail-import")
        self.dry_run_button.on_click(lambda _: self.run(dry_run=True))
        self.import_button.on_click(lambda _: self.run(dry_run=False))
        self.progress = w.FloatProgress(value=0.0, min=0.0, max=1.0, layout=w.Layout(width="36em"))
        self.progress.add_class("fk-mail-progress")
        self.progress_text = w.HTML()
        self.progress_text.add_class("fk-mail-progress-text")
        self.summary = w.HTML()
        self.summary.add_class("fk-mail-summary")
        self.table = w.HTML()
        self.table.add_class("fk-mail-table")
        stored = my_addresses(tracker)
        known = ", ".join(stored) if stored else "none yet"
        self.widget = w.VBox(
            [
                w.HTML(MAIL_CSS),
                w.HTML(
                    "<b>Import mail</b> <span class='fk-note'>Replies about the applications you track become "
                    "responses, rejections and offers, dated by the mail; uncertain ones go to the Inbox. "
                    "Nothing of a mail's text is stored.</span>"
                ),
                self.path.box,
                w.HTML(
                    "<span class='fk-note'>A path on this computer (too large to upload through the browser): a "
                    "Gmail Takeout <code>.mbox</code>, a folder of <code>.eml</code> files or a Maildir. In your "
                    "file manager, copy the file's location and paste it here; <code>~</code> is your home "
                    "folder.</span>"
                ),
                self.me.box,
                w.HTML(f"<span class='fk-note'>Addresses already known: {html.escape(known)}</span>"),
                self.create,
                w.HBox([self.dry_run_button, self.import_button]),
                w.HBox([self.progress, self.progress_text]),
                self.summary,
                self.table,
            ]
        )
        self.widget.add_class("fk-mail")

    def _me(self) -> list[str]:
        return [part.strip() for part in self.me.value.split(",") if part.strip()]

    def _options(self) -> dict:
        if creates_applications():
            return {"create_applications": bool(self.create.value)}
        return {}

    def _show_progress(self, messages: int, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self._drawn < REDRAW_EVERY:
            return
        self._drawn = now
        self.progress.value = done / total if total else 1.0
        self.progress_text.value = f"<span class='fk-note'>{messages:,} messages read</span>"

    def run(self, *, dry_run: bool) -> None:
        """Handler of "Dry run" and "Import"."""
        self.path.clear()
        self.me.clear()
        self.summary.value, self.table.value = "", ""
        self.progress.value, self.progress_text.value = 0.0, ""
        if not self.path.value:
            self.path.error("give the path of a mail export")
            return
        source = Path(self.path.value).expanduser()
        self._drawn = 0.0
        for b in (self.dry_run_button, self.import_button):
            b.disabled = True
        try:
            result = import_mail(
                self.tracker, source, me=self._me(), dry_run=dry_run, progress=self._show_progress, **self._options()
            )
        except InputError as exc:
            if exc.field == "mailbox":
                self.path.error(f"{exc.reason}: {source}")
                self.summary.value = notice_html("Please correct the highlighted field.", "error")
            else:
                report_error({"me": self.me}, exc, self.summary)
            return
        except (FollowupKitError, OSError) as exc:
            self.summary.value = notice_html(str(exc), "error")
            return
        finally:
            for b in (self.dry_run_button, self.import_button):
                b.disabled = False
        self.result = result
        self._show(result)
        if not dry_run and self.on_change is not None:
            self.on_change()

    def _show(self, result) -> None:
        notes = [NO_ADDRESS if n.startswith("No address of yours") else n for n in result.notes]
        lines = [notice_html(result.summary(), "info" if result.dry_run else "ok")]
        lines += [notice_html(n, "info") for n in notes]
        self.summary.value = "".join(f"<div>{line}</div>" for line in lines)
        shown = result.messages[result.messages["outcome"] != "ignored"]
        listed = shown[list(RESULT_COLUMNS)].head(MAX_LISTED)
        would = int(bool(result.dry_run))
        listed = listed.assign(
            date=listed["date"].dt.strftime("%Y-%m-%d %H:%M"),
            kind=listed["kind"].map(lambda k: vocabulary.MAIL_KIND_LABELS.get(k, k)),
            outcome=listed["outcome"].map(lambda o: OUTCOME_WORDS.get(o, (o, o))[would]),
        ).rename(columns=RESULT_HEADERS)
        more = (
            f"<p class='fk-note'>The first {MAX_LISTED} of {len(shown):,} are listed.</p>"
            if len(shown) > MAX_LISTED
            else ""
        )
        self.table.value = frame_html(listed, empty="No mail about the applications you track.") + more
