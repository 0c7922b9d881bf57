"""The result of importing calendar invitations: one row per interview-like event, and counts.

Examples
--------
>>> import pandas as pd
>>> r = InvitationImport(events=result_frame([], "UTC", dry_run=True), sources=("a.ics",), dry_run=True,
...                      everyday={"all-day": 2})
>>> r.summary
'Dry run, nothing saved: no interviews found. 2 everyday events left alone (2 all-day).'
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

import pandas as pd

from followup_kit.vocabulary import EVERYDAY_REASONS, INVITATION_OUTCOMES

#: Columns of :attr:`InvitationImport.events`, in order.
INVITATION_COLUMNS = (
    "file",
    "uid",
    "recurrence_id",
    "sequence",
    "summary",
    "starts_at",
    "company",
    "application_id",
    "interview_id",
    "people",
    "outcome",
    "reason",
)


#: The outcome of an event that could not be read (a broken start, zone or property): listed
#: with its reason while the other events of the file are imported (issue 18).
UNREADABLE = "unreadable"

#: Characters of a text column shown in the plain-text table (wide enough for a reason with what was seen).
REPR_COLUMN_WIDTH = 110


@dataclass(frozen=True)
class InvitationImport:
    """What an import of calendar invitations found and did.

    ``events`` has one row per event that looked like an interview (columns
    :data:`INVITATION_COLUMNS`); everyday events are only counted in ``everyday``.
    """

    events: pd.DataFrame
    sources: tuple[str, ...]
    dry_run: bool
    everyday: dict = field(default_factory=dict)
    contacts_added: int = 0
    applications_added: int = 0
    warnings: tuple[str, ...] = ()

    def _count(self, outcome: str) -> int:
        return int((self.events["outcome"] == outcome).sum())

    added = property(lambda self: self._count("added"))
    updated = property(lambda self: self._count("updated"))
    cancelled = property(lambda self: self._count("cancelled"))
    unchanged = property(lambda self: self._count("unchanged"))
    ignored = property(lambda self: self._count("ignored"))
    unmatched = property(lambda self: self._count("unmatched"))
    unreadable = property(lambda self: self._count(UNREADABLE))

    @property
    def everyday_summary(self) -> str:
        """One line on the everyday events left alone quietly."""
        total = sum(self.everyday.values())
        if not total:
            return "No everyday events."
        parts = ", ".join(f"{self.everyday[k]:,} {k}" for k in EVERYDAY_REASONS if self.everyday.get(k))
        return f"{total:,} everyday event{'s' if total != 1 else ''} left alone ({parts})."

    @property
    def summary(self) -> str:
        """One line: what was (or, in a dry run, would be) done."""
        counts = ", ".join(f"{getattr(self, k)} {k}" for k in (*INVITATION_OUTCOMES, UNREADABLE) if getattr(self, k))
        verb = "Dry run, nothing saved" if self.dry_run else "Imported"
        extra = []
        if self.contacts_added:
            extra.append(f"{self.contacts_added} new contact{'s' if self.contacts_added != 1 else ''}")
        if self.applications_added:
            extra.append(f"{self.applications_added} new application{'s' if self.applications_added != 1 else ''}")
        more = f"; {', '.join(extra)}" if extra else ""
        return f"{verb}: {counts or 'no interviews found'}{more}. {self.everyday_summary}"

    def __repr__(self) -> str:
        lines = [self.summary, *self.warnings]
        if len(self.events):
            shown = self.events[["starts_at", "company", "people", "outcome", "reason"]].assign(
                starts_at=self.events["starts_at"].dt.strftime("%a %Y-%m-%d %H:%M").fillna(""),
                company=self.events["company"].fillna(""),
            )
            lines.append(shown.to_string(index=False, max_colwidth=REPR_COLUMN_WIDTH, justify="left"))
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        warn = "".join(f"<p><b>Note:</b> {html.escape(w)}</p>" for w in self.warnings)
        table = self.events.drop(columns=["file", "recurrence_id", "sequence"]).to_html(index=False, na_rep="")
        return f"<div class='fk-invitations'><p>{html.escape(self.summary)}</p>{warn}{table}</div>"


def result_frame(rows: list[dict], tz: str, dry_run: bool) -> pd.DataFrame:
    """The ``events`` frame from the rows of an import, sorted by start time (ids of would-be rows blank)."""
    frame = pd.DataFrame(rows, columns=list(INVITATION_COLUMNS))
    frame["starts_at"] = pd.to_datetime(frame["starts_at"], utc=True).dt.tz_convert(tz)
    for col in ("application_id", "interview_id", "sequence"):
        frame[col] = pd.array(frame[col].astype(object).where(frame[col].notna(), None), dtype="Int64")
    if dry_run:  # ids of rows that would be new do not exist
        frame.loc[frame["outcome"] == "added", "interview_id"] = pd.NA
    order = frame["starts_at"].sort_values(kind="stable", na_position="last").index
    return frame.loc[order].reset_index(drop=True)
