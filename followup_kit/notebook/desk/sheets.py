"""The desk's "Import a sheet" tab: choose a sheet, see how each column is read, change it, apply.

Choosing a ``.csv``, ``.xlsx`` or ``.ods`` file plans the import at once (the same
:func:`~followup_kit.io.sheets.plan.plan_sheet` as the command line's dry run) and shows one
dropdown per column (preselected by the guess, "Ignore this column" for the rest), one per
status word the kit cannot read alone (with its count of rows), the problems as a table (row,
column, value, what is wrong) and the first rows of the sheet.  Changing a dropdown plans again.
"Apply" imports with the same rules as the command line, and says what happened.  Every word
the tab shows is a person's (:mod:`~followup_kit.notebook.desk.sheet_words`): no field ids,
command-line flags or Python.  After an import the desk is refreshed, so the new applications show.

Examples
--------
>>> import datetime as dt, tempfile, pathlib
>>> from followup_kit import Tracker
>>> t = Tracker.create(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite", timezone="UTC")
>>> panel = SheetImportPanel(t)
>>> sheet = b"Company,Role,Application,Notes\\nContoso,Analyst,2026-11-20,fair\\nFabrikam,Writer,2026-11-23,\\n"
>>> panel.upload.value = ({"name": "jobs.csv", "type": "text/csv", "size": len(sheet),
...                        "content": memoryview(sheet), "last_modified": dt.datetime(2026, 11, 25)},)
>>> [(d.description, d.label) for d in panel.dropdowns]
[('Company', 'Company'), ('Role', 'Role'), ('Application', 'Applied on'), ('Notes', 'Notes')]
>>> panel.dropdowns[3].value = "ignore"
>>> panel.apply_button.click()
>>> t.applications[["company", "notes"]].values.tolist()
[['Contoso', None], ['Fabrikam', None]]
>>> print(panel.outcome)
Imported 2 applications, updated 0.
"""

from __future__ import annotations

import html
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from followup_kit.errors import FollowupKitError, InputError
from followup_kit.io.sheets.cells import read_sheet, text_cells
from followup_kit.io.sheets.columns import FIELDS, IGNORE
from followup_kit.io.sheets.guess import NOT_IMPORTED, guess_columns
from followup_kit.io.sheets.plan import SheetPlan, plan_sheet
from followup_kit.io.sources import import_source
from followup_kit.notebook.context import frame_html, notice_html
from followup_kit.notebook.desk.sheet_words import (
    FIELD_WORDS,
    STATUS_WORDS,
    UNDECIDED,
    asked_words,
    column_reason,
    plain,
    plan_problems,
    plan_words,
    problem_table,
    refusal_words,
    result_words,
)

#: The choices of a column's dropdown: "Ignore this column", then the kit's fields, in words.
FIELD_CHOICES = tuple((FIELD_WORDS[f], f) for f in (IGNORE, *FIELDS))
#: The choices of a status word's dropdown: undecided, then the statuses in words.
STATUS_CHOICES = ((UNDECIDED, ""), *((words, status) for status, words in STATUS_WORDS.items()))
#: How many rows of the sheet the preview shows.
PREVIEW_ROWS = 5
#: How many problems the table lists (the rest are counted below it).
PROBLEMS_LISTED = 50
#: Date order choices: find out from the sheet, or say which.
ORDER_CHOICES = (
    ("find out from the sheet", "detect"),
    ("day first (31/12/2026)", "dayfirst"),
    ("month first (12/31/2026)", "monthfirst"),
)
_DAYFIRST = {"detect": None, "dayfirst": True, "monthfirst": False}

#: The tab's styles: labels and messages wrap between words (a long header is never cut), and the
#: preview and the problems scroll sideways inside the tab instead of spilling out of it.
SHEET_CSS = """<style>
.fk-sheet .widget-label {white-space: normal; overflow: visible; text-overflow: clip; height: auto;
  line-height: 1.25; overflow-wrap: break-word; word-break: normal;}
.fk-sheet .widget-dropdown {height: auto; min-height: var(--jp-widgets-inline-height, 28px); align-items: center;}
.fk-sheet .widget-dropdown > select {height: var(--jp-widgets-inline-height, 28px);}
.fk-sheet .widget-html-content {white-space: normal; overflow-wrap: break-word; word-break: normal;}
.fk-sheet-preview, .fk-sheet-problems {width: auto; align-self: stretch; min-width: 0;}
.fk-sheet-preview .widget-html-content, .fk-sheet-problems .widget-html-content {flex: 1 1 auto; min-width: 0;}
.fk-sheet-scroll {max-width: 100%; overflow-x: auto;}
.fk-sheet-scroll table {border-collapse: collapse;}
.fk-sheet-scroll th, .fk-sheet-scroll td {text-align: left; padding: 1px 10px 1px 0; vertical-align: top;}
.fk-sheet-preview td {white-space: nowrap;}
</style>"""


def _rows(n: int) -> str:
    return f"{n:,} row" + "s" * (n != 1)


def _message(text: str, kind: str) -> str:
    """A message that wraps between words (never inside one)."""
    return f"<div style='white-space: normal; word-break: normal; overflow-wrap: break-word'>{notice_html(text, kind)}</div>"


def _scroll(title: str, table_html: str) -> str:
    return f"<b>{html.escape(title)}</b><div class='fk-sheet-scroll'>{table_html}</div>"


class SheetImportPanel:
    """Upload a sheet, say what each column holds with one dropdown each, preview, and import it into the tracker.

    Parameters
    ----------
    tracker : Tracker
        The desk's tracker.
    on_change : callable, optional
        Called after a successful import (the desk passes its ``refresh``).
    """

    def __init__(self, tracker, on_change=None):
        import ipywidgets as w

        self._w = w
        self.tracker = tracker
        self.on_change = on_change
        self.plan: SheetPlan | None = None
        self.result = None
        #: What the last Apply did, in words ("" before any).
        self.outcome = ""
        self.path: Path | None = None
        self._folder: Path | None = None
        self._guessed: dict[str, str] = {}
        self._syncing = False
        self.dropdowns: list = []
        self.reasons: list = []
        self.status_dropdowns: list = []
        self.upload = w.FileUpload(
            accept=".csv,.xlsx,.ods", multiple=False, description="Choose a sheet", layout=w.Layout(width="auto")
        )
        self.upload.add_class("fk-sheet-upload")
        self.order = w.Dropdown(
            options=ORDER_CHOICES,
            value="detect",
            description="Dates are written",
            style={"description_width": "11em"},
            layout=w.Layout(width="28em"),
        )
        self.skip_invalid = w.Checkbox(
            description="Leave out the rows with a problem and import the rest",
            indent=False,
            layout=w.Layout(width="auto"),
        )
        self.skip_invalid.add_class("fk-sheet-leave-out")
        self.apply_button = w.Button(description="Apply", button_style="primary", icon="check", disabled=True)
        self.apply_button.add_class("fk-sheet-apply")
        self.columns_box = w.VBox()
        self.columns_box.add_class("fk-sheet-columns")
        self.words_box = w.VBox()
        self.words_box.add_class("fk-sheet-words")
        self.summary = w.HTML()
        self.summary.add_class("fk-sheet-summary")
        self.problems_html = w.HTML()
        self.problems_html.add_class("fk-sheet-problems")
        self.preview_html = w.HTML(layout=w.Layout(max_width="100%"))
        self.preview_html.add_class("fk-sheet-preview")
        self.upload.observe(lambda _change: self._syncing or self._chosen(), names="value")
        self.order.observe(lambda _change: self.refresh_plan(), names="value")
        self.skip_invalid.observe(lambda _change: self._syncing or self.refresh_plan(), names="value")
        self.apply_button.on_click(lambda _button: self.apply())
        self.widget = w.VBox(
            [
                w.HTML(SHEET_CSS),
                w.HTML(
                    "<b>Import a sheet</b> <span class='fk-note'>(.csv, .xlsx or .ods, one row per application; "
                    "each column's dropdown says what it holds)</span>"
                ),
                w.HBox([self.upload, self.order]),
                self.summary,
                self.words_box,
                self.problems_html,
                self.columns_box,
                self.preview_html,
                self.apply_button,  # no "leave out the rows with a problem": the import goes cell by cell
            ],
            layout=w.Layout(max_width="100%"),
        )
        self.widget.add_class("fk-sheet")

    # --- choosing a file ---------------------------------------------------------------

    def _chosen(self) -> None:
        files = list(self.upload.value)
        self._forget_file()
        if not files:
            self._show_nothing()
            return
        name = Path(str(files[0]["name"])).name or "sheet.csv"
        self._folder = Path(tempfile.mkdtemp(prefix="fk-sheet-"))
        self.path = self._folder / name
        self.path.write_bytes(bytes(files[0]["content"]))
        try:
            frame = read_sheet(self.path).frame
        except FollowupKitError as e:
            self._show_error(refusal_words(e))
            return
        first = frame.head(PREVIEW_ROWS).apply(text_cells).reset_index(names="Row")
        self.preview_html.value = _scroll(
            "First rows of the sheet", frame_html(first, empty="The sheet has no rows.", classes="fk-sheet-table")
        )
        self._build_dropdowns(list(frame.columns))
        self.refresh_plan()

    def _build_dropdowns(self, headers: list[str]) -> None:
        w = self._w
        self.dropdowns = []
        for i, col in enumerate(headers):
            d = w.Dropdown(
                options=FIELD_CHOICES,
                value=IGNORE,
                description=col,
                description_allow_html=False,
                style={"description_width": "14em"},
                layout=w.Layout(width="31em", flex="0 0 auto"),
            )
            d.add_class("fk-sheet-map")
            d.add_class(f"fk-sheet-col-{i}")
            d.observe(lambda _change: self._syncing or self.refresh_plan(), names="value")
            self.dropdowns.append(d)
        self.reasons = [w.HTML() for _ in headers]
        self.columns_box.children = [
            w.HTML("<b>Columns</b> <span class='fk-note'>(what the kit reads in each, and why; change any)</span>"),
            *(w.HBox([d, r]) for d, r in zip(self.dropdowns, self.reasons, strict=True)),
        ]

    # --- planning ----------------------------------------------------------------------

    def mapping(self) -> dict[str, str]:
        """The columns whose dropdown differs from the kit's guess: what the user decided."""
        return {d.description: d.value for d in self.dropdowns if d.value != self._guessed.get(d.description, IGNORE)}

    def status_map(self) -> dict[str, str]:
        """The status words the user read with a dropdown."""
        return {d.description: d.value for d in self.status_dropdowns if d.value}

    def refresh_plan(self) -> None:
        """Plan the import with the dropdowns' choices and show what it would do."""
        if self.path is None:
            return
        mapping, words = self.mapping(), self.status_map()
        try:
            plan = plan_sheet(
                self.path,
                mapping=mapping,
                status_map=words,
                dayfirst=_DAYFIRST[self.order.value],
                tz=self.tracker.timezone,
            )
        except InputError as e:
            self.plan = None
            self._sync_with_guess(mapping, words)
            self._show_error(refusal_words(e).replace("Nothing was imported: ", "Nothing can be imported yet: "))
            return
        except FollowupKitError as e:
            self.plan = None
            self._show_error(refusal_words(e))
            return
        self.plan = plan
        self._show_columns(plan.columns, mapping)
        self._show_words(plan, words)
        notes = "".join(_message(plain(text), "info") for text in plan.warnings if plain(text))
        text = plan_words(plan.counts, plan_problems(plan), leave_out=self.skip_invalid.value)
        self.summary.value = _message("Nothing imported yet. " + text, "info") + notes
        self._show_problems(plan_problems(plan))
        cell_by_cell = "not_imported" in plan.counts  # the import never waits for a problem (issue 24)
        ready = plan.counts["to_import"] > 0 and (
            cell_by_cell or self.skip_invalid.value or not plan.counts["with_problems"]
        )
        self.apply_button.disabled = not ready

    def _sync_with_guess(self, mapping, words) -> None:
        """Without a plan (no company column...), still show the guess of the columns the file allows."""
        try:
            frame = read_sheet(self.path).frame
            guess = guess_columns(frame, mapping, user_words=set(words), file=self.path.name, require=False)
        except FollowupKitError:
            return
        self._show_columns(guess.table, mapping)

    def _show_columns(self, table: pd.DataFrame, mapping: dict) -> None:
        fields = dict(zip(table["source"], table["field"].replace(NOT_IMPORTED, IGNORE), strict=True))
        reasons = dict(zip(table["source"], table["reason"], strict=True))
        self._guessed.update({c: f for c, f in fields.items() if c not in mapping})
        self._syncing = True
        try:
            for d, r in zip(self.dropdowns, self.reasons, strict=True):
                d.value = mapping.get(d.description, fields.get(d.description, IGNORE))
                why = column_reason(reasons.get(d.description, ""))
                r.value = f"<span class='fk-note'>{html.escape(why)}</span>"
        finally:
            self._syncing = False

    def _show_words(self, plan: SheetPlan, words: dict) -> None:
        """One dropdown per status word the kit cannot read alone (or that the user already read)."""
        w = self._w
        asked = asked_words(plan.statuses)
        wanted = [*words, *(word for word in asked.index if word not in words)]
        if [d.description for d in self.status_dropdowns] == wanted:
            return
        counts = plan.statuses.groupby("word")["rows"].sum()
        self.status_dropdowns = []
        for word in wanted:
            d = w.Dropdown(
                options=STATUS_CHOICES,
                value=words.get(word, ""),
                description=word,
                description_allow_html=False,
                style={"description_width": "14em"},
                layout=w.Layout(width="36em", flex="0 0 auto"),
            )
            d.add_class("fk-sheet-word")
            d.observe(lambda _change: self._syncing or self.refresh_plan(), names="value")
            self.status_dropdowns.append(d)
        labels = [w.HTML(f"<span class='fk-note'>{_rows(int(counts.get(word, 0)))}</span>") for word in wanted]
        title = w.HTML(
            "<b>Status words the kit does not know</b> <span class='fk-note'>(say what each one means)</span>"
        )
        self.words_box.children = (
            [title, *(w.HBox([d, n]) for d, n in zip(self.status_dropdowns, labels, strict=True))] if wanted else []
        )

    def _show_problems(self, problems) -> None:
        if not problems:
            self.problems_html.value = ""
            return
        table = problem_table(problems)
        more = len(table) - PROBLEMS_LISTED
        shown = frame_html(table.head(PROBLEMS_LISTED), classes="fk-sheet-table")
        tail = f"<p class='fk-note'>… and {more:,} more problems.</p>" if more > 0 else ""
        self.problems_html.value = _scroll("Problems", shown) + tail

    # --- applying ----------------------------------------------------------------------

    def apply(self) -> None:
        """Import the sheet with the dropdowns' choices; on refusal say why (the tracker is unchanged)."""
        if self.path is None:
            return
        try:
            result = import_source(
                self.tracker,
                self.path,
                mapping=self.mapping(),
                status_map=self.status_map(),
                dayfirst=_DAYFIRST[self.order.value],
                skip_invalid=self.skip_invalid.value,
            )
        except FollowupKitError as e:
            self._show_error(refusal_words(e))
            if getattr(e, "problems", None):
                self._show_problems(e.problems)
            return
        self.result = result
        self.outcome = result_words(result)
        self.summary.value = _message(self.outcome, "ok")
        self._show_problems(list(result.problems or []))
        self.apply_button.disabled = True
        self._syncing = True
        try:  # the file is done with: choosing it again plans it afresh
            self.upload.value = ()
        finally:
            self._syncing = False
        self._forget_file(keep_summary=True)
        if self.on_change is not None:
            self.on_change()

    # --- showing -----------------------------------------------------------------------

    def _show_error(self, text: str) -> None:
        self.summary.value = _message(text, "error")
        self.apply_button.disabled = True

    def _show_nothing(self) -> None:
        self.summary.value = self.problems_html.value = ""
        self.apply_button.disabled = True

    def _forget_file(self, keep_summary: bool = False) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
        self._folder, self.path, self.plan, self._guessed = None, None, None, {}
        self.dropdowns, self.reasons, self.status_dropdowns = [], [], []
        self.columns_box.children, self.words_box.children = [], []
        self.preview_html.value = ""
        if not keep_summary:
            self.summary.value = self.problems_html.value = ""
