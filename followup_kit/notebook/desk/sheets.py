"""The desk's "Import a sheet" tab: choose a sheet, see how each column is read, change it, apply.

Choosing a ``.csv``, ``.xlsx`` or ``.ods`` file plans the import at once (the same
:func:`~followup_kit.io.sheets.plan.plan_sheet` as ``followup-kit import SHEET --dry-run``)
and shows one dropdown per column (preselected by the guess, "not imported" for the rest),
one per status word the kit cannot read alone, the first rows of the sheet and what the
import would do.  Changing a dropdown plans again.  "Apply" imports with the same rules and
messages as the command line; if anything is refused the tracker is unchanged, and the
message says why.  After an import the desk is refreshed, so the new applications show.

Examples
--------
>>> import datetime as dt, tempfile, pathlib
>>> from followup_kit import Tracker
>>> t = Tracker.create(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite", timezone="UTC")
>>> panel = SheetImportPanel(t)
>>> sheet = b"Company,Role,Application,Notes\\nContoso,Analyst,2026-11-20,fair\\nFabrikam,Writer,2026-11-23,\\n"
>>> panel.upload.value = ({"name": "jobs.csv", "type": "text/csv", "size": len(sheet),
...                        "content": memoryview(sheet), "last_modified": dt.datetime(2026, 11, 25)},)
>>> [(d.description, d.value) for d in panel.dropdowns]
[('Company', 'company'), ('Role', 'role'), ('Application', 'applied_on'), ('Notes', 'notes')]
>>> panel.dropdowns[3].value = "ignore"
>>> panel.apply_button.click()
>>> t.applications[["company", "notes"]].values.tolist()
[['Contoso', None], ['Fabrikam', None]]
"""

from __future__ import annotations

import html
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from followup_kit import vocabulary
from followup_kit.errors import FollowupKitError, InputError
from followup_kit.io.sheets.cells import read_sheet, text_cells
from followup_kit.io.sheets.columns import FIELDS, IGNORE, SKIP
from followup_kit.io.sheets.guess import NOT_IMPORTED, guess_columns
from followup_kit.io.sheets.plan import SheetPlan, plan_sheet
from followup_kit.io.sources import import_source
from followup_kit.notebook.context import frame_html, notice_html

#: The choices of a column's dropdown: "not imported", then the kit's fields.
FIELD_CHOICES = ((NOT_IMPORTED, IGNORE), *((f, f) for f in FIELDS))
#: The choices of a status word's dropdown.
STATUS_CHOICES = (("ask me (not imported)", ""), *((s, s) for s in vocabulary.STATUSES), ("not applied yet", SKIP))
#: How many rows of the sheet the preview shows.
PREVIEW_ROWS = 5
#: Date order choices: detect, or say which.
ORDER_CHOICES = (
    ("detect", "detect"),
    ("day first (31/12/2026)", "dayfirst"),
    ("month first (12/31/2026)", "monthfirst"),
)
_DAYFIRST = {"detect": None, "dayfirst": True, "monthfirst": False}


_PREVIEW_STYLE = "<style>.fk-sheet-preview th, .fk-sheet-preview td {text-align: left; padding: 1px 8px 1px 0}</style>"


def _rows(n: int) -> str:
    return f"{n} row" + "s" * (n != 1)


def _pre(text: str, kind: str) -> str:
    colour = {"error": "#cf222e", "ok": "#1a7f37", "info": "#0969da"}[kind]
    return f"<pre style='color:{colour}; white-space:pre-wrap; font-size:12px'>{html.escape(text)}</pre>"


class SheetImportPanel:
    """Upload a sheet, map its columns with one dropdown each, preview, and import it into the tracker.

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
        self.path: Path | None = None
        self._folder: Path | None = None
        self._guessed: dict[str, str] = {}
        self._syncing = False
        self.dropdowns: list = []
        self.status_dropdowns: list = []
        self.upload = w.FileUpload(accept=".csv,.xlsx,.ods", multiple=False, description="Choose a sheet")
        self.upload.add_class("fk-sheet-upload")
        self.order = w.Dropdown(options=ORDER_CHOICES, value="detect", description="Dates")
        self.skip_invalid = w.Checkbox(
            description="Import the valid rows and set the others aside", indent=False, layout=w.Layout(width="auto")
        )
        self.apply_button = w.Button(description="Apply", button_style="primary", icon="check", disabled=True)
        self.apply_button.add_class("fk-sheet-apply")
        self.columns_box = w.VBox()
        self.columns_box.add_class("fk-sheet-columns")
        self.words_box = w.VBox()
        self.words_box.add_class("fk-sheet-words")
        self.summary = w.HTML()
        self.summary.add_class("fk-sheet-summary")
        self.preview_html = w.HTML()
        self.preview_html.add_class("fk-sheet-preview")
        self.upload.observe(lambda _change: self._syncing or self._chosen(), names="value")
        self.order.observe(lambda _change: self.refresh_plan(), names="value")
        self.apply_button.on_click(lambda _button: self.apply())
        self.widget = w.VBox(
            [
                w.HTML(
                    "<b>Import a sheet</b> <span class='fk-note'>(.csv, .xlsx or .ods, one row per application; "
                    "each column's dropdown says which field it becomes)</span>"
                ),
                w.HBox([self.upload, self.order]),
                self.summary,
                self.columns_box,
                self.words_box,
                self.preview_html,
                self.skip_invalid,
                self.apply_button,
            ]
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
            self._show_error(str(e))
            return
        self.preview_html.value = (
            _PREVIEW_STYLE
            + "<b>First rows</b>"
            + frame_html(
                frame.head(PREVIEW_ROWS).apply(text_cells).reset_index(names="row"), empty="The sheet has no rows."
            )
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
                layout=w.Layout(width="30em"),
            )
            d.add_class("fk-sheet-map")
            d.add_class(f"fk-sheet-col-{i}")
            d.observe(lambda _change: self._syncing or self.refresh_plan(), names="value")
            self.dropdowns.append(d)
        self.reasons = [w.HTML() for _ in headers]
        self.columns_box.children = [
            w.HTML("<b>Columns</b> <span class='fk-note'>(the kit's guess and why; change any)</span>"),
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
            self._show_error(str(e))
            return
        except FollowupKitError as e:
            self.plan = None
            self._show_error(str(e))
            return
        self.plan = plan
        self._show_columns(plan.columns, mapping)
        self._show_words(plan, words)
        notes = "".join("<br>" + notice_html(text, "info") for text in plan.warnings)
        problems = _pre("\n".join(plan.problems), "error") if plan.problems else ""
        self.summary.value = notice_html("Nothing imported yet. " + plan.summary(), "info") + notes + problems
        self.apply_button.disabled = plan.counts["to_import"] == 0

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
                r.value = f"<span class='fk-note'>{html.escape(reasons.get(d.description, ''))}</span>"
        finally:
            self._syncing = False

    def _show_words(self, plan: SheetPlan, words: dict) -> None:
        """One dropdown per status word the kit cannot read alone (or that the user already read)."""
        w = self._w
        asked = plan.statuses[~plan.statuses["status"].isin([*vocabulary.STATUSES, "skip (not applied yet)"])]
        wanted = [*words, *(word for word in asked["word"] if word not in words)]
        if [d.description for d in self.status_dropdowns] != wanted:
            counts = plan.statuses.groupby("word")["rows"].sum()
            self.status_dropdowns = []
            for word in wanted:
                d = w.Dropdown(
                    options=STATUS_CHOICES,
                    value=words.get(word, ""),
                    description=word,
                    description_allow_html=False,
                    style={"description_width": "14em"},
                    layout=w.Layout(width="30em"),
                )
                d.add_class("fk-sheet-word")
                d.observe(lambda _change: self._syncing or self.refresh_plan(), names="value")
                self.status_dropdowns.append(d)
            labels = [w.HTML(f"<span class='fk-note'>{_rows(int(counts.get(word, 0)))}</span>") for word in wanted]
            title = w.HTML(
                "<b>Status words the kit cannot read alone</b> <span class='fk-note'>(say what each means)</span>"
            )
            self.words_box.children = (
                [title, *(w.HBox([d, n]) for d, n in zip(self.status_dropdowns, labels, strict=True))] if wanted else []
            )

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
            self.summary.value = _pre(str(e), "error")
            return
        self.result = result
        self.summary.value = _pre(str(result), "ok")
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
        self.summary.value = _pre(text, "error")
        self.apply_button.disabled = True

    def _show_nothing(self) -> None:
        self.summary.value = ""
        self.apply_button.disabled = True

    def _forget_file(self, keep_summary: bool = False) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
        self._folder, self.path, self.plan, self._guessed = None, None, None, {}
        self.dropdowns, self.status_dropdowns = [], []
        self.columns_box.children, self.words_box.children = [], []
        self.preview_html.value = ""
        if not keep_summary:
            self.summary.value = ""
