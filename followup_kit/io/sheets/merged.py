"""A company and a role kept in one cell: "Stripe - Backend Engineer", "Data Analyst @ Spotify".

Some people keep one column for the job, written the way they would say it: the company and the
role joined by a dash, an "@" or "at", or the company in brackets first as a Trello card is named
("(Stripe) Frontend Engineer").  :func:`split_merged` finds such a column and splits it:

* the column is the company's (when its cells are merged) or, when no column names a company, a
  role's column or an unnamed one;
* at least :data:`MERGED_SHARE` of its filled cells must split, and at least :data:`TITLE_SHARE`
  of those must have a job title on one side (:func:`~followup_kit.io.mail.platforms.job_title_pattern`),
  so a column of company names with a dash ("Mills - Reeve") is left alone;
* a dash joins the two either way round: the side with the job title is the role; where neither
  side has one, the order most of the column's cells use decides;
* a cell that does not split is the company, and a role column of the sheet's own wins over a
  role read from the merged cell.

Examples
--------
>>> frame = pd.DataFrame({"Gig": ["Stripe - Backend Engineer", "Data Analyst @ Spotify",
...                               "Software Engineer (Go) – Uber", "Acme"]})
>>> split = split_merged(frame, None)
>>> split.frame.values.tolist()
[['Stripe', 'Backend Engineer'], ['Spotify', 'Data Analyst'], ['Uber', 'Software Engineer (Go)'], ['Acme', '']]
>>> split.mapping, split.notes
({'Gig (company)': 'company', 'Gig (role)': 'role'}, ["column 'Gig' holds the company and the role in one cell \
('Stripe - Backend Engineer'): 3 of 4 cells split"])
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from followup_kit.io.mail.platforms import job_title_pattern
from followup_kit.io.sheets.cells import text_cells
from followup_kit.io.sheets.columns import match_headers

#: Share of a column's filled cells that must split for the column to be read as merged.
MERGED_SHARE = 0.6
#: Share of the split cells that must name a job title on one side (the evidence that one side is a role).
TITLE_SHARE = 0.5

_BRACKETS = re.compile(r"^\((?P<company>[^()]{1,80})\)\s*(?P<role>\S.*)$")  # Trello: "(Stripe) Frontend Engineer"
_AT = re.compile(r"^(?P<role>\S.*?)\s+(?:@|at)\s+(?P<company>\S[^@]*)$")  # "Data Analyst @ Spotify"
# "Stripe - Backend Engineer", either way round; "Thinkific: Senior Frontend Developer" as a Trello card puts it
_DASH = re.compile(r"^(?P<a>\S.*?)(?:\s+[-–—|]\s+|(?<![\d\s]):\s+)(?P<b>\S.*)$")


@dataclass(frozen=True)
class Split:
    """What :func:`split_merged` made of a sheet: its cells, the mapping, what it said."""

    frame: pd.DataFrame
    mapping: dict | None
    notes: list = field(default_factory=list)


def _parts(text: pd.Series) -> pd.DataFrame:
    """``company``, ``role`` and ``order`` of each cell: ``"fixed"`` by its shape, ``"title"`` (or
    ``"title-ba"``, role first) by a job title on one side, ``"ab"`` for a dash whose sides say
    nothing (settled by the column); NaN where the cell does not split.  Vectorised over the column."""
    title = job_title_pattern()
    out = pd.DataFrame({"company": pd.NA, "role": pd.NA, "order": pd.NA}, index=text.index, dtype=object)
    dash = text.str.extract(_DASH)
    a, b = dash["a"].fillna(""), dash["b"].fillna("")
    title_a, title_b = a.str.contains(title), b.str.contains(title)
    for mask, company, role, order in (
        (dash["a"].notna(), a, b, "ab"),
        (dash["a"].notna() & title_a & ~title_b, b, a, "title-ba"),
        (dash["a"].notna() & title_b & ~title_a, a, b, "title"),
    ):
        out.loc[mask, ["company", "role", "order"]] = pd.DataFrame(
            {"company": company[mask], "role": role[mask], "order": order}
        ).to_numpy()
    for pattern in (_AT, _BRACKETS):  # a shape that says which side is which wins over a dash
        found = text.str.extract(pattern)
        mask = found["company"].notna()
        out.loc[mask, ["company", "role", "order"]] = pd.DataFrame(
            {"company": found.loc[mask, "company"], "role": found.loc[mask, "role"], "order": "fixed"}
        ).to_numpy()
    out[["company", "role"]] = out[["company", "role"]].apply(lambda s: s.str.strip())
    return out


def split_merged(frame: pd.DataFrame, mapping, *, file: str = "") -> Split:
    """Split the column that holds both the company and the role, if there is one (see the module).

    Parameters
    ----------
    frame : DataFrame
        The sheet's cells.
    mapping : dict or None
        The mapping so far (the user's, the export's, the company column found by its header).
    file : str
        Named in errors.

    Returns
    -------
    Split
        ``frame`` with the merged column replaced by ``"<col> (company)"`` and ``"<col> (role)"``,
        the mapping naming them, and a note; the sheet unchanged when no column is merged.
    """
    fields = match_headers(list(frame.columns), mapping, file or "sheet")[0]
    company = [c for c, f in fields.items() if f == "company"]
    if company:
        candidates = company[:1]
    else:
        candidates = [c for c in frame.columns if fields.get(c) in ("role", None)]
    for col in candidates:
        text = text_cells(frame[col]).str.strip()
        filled = text.ne("")
        if filled.sum() < 2:
            continue
        parts = _parts(text[filled])
        split = parts["order"].notna()
        titled = parts["order"].isin(("fixed", "title", "title-ba"))
        if split.sum() < MERGED_SHARE * filled.sum() or titled.sum() < TITLE_SHARE * split.sum():
            continue
        if parts["order"].eq("title-ba").sum() > parts["order"].eq("title").sum():  # "Role - Company" in most cells
            plain = parts["order"].eq("ab")
            parts.loc[plain, ["company", "role"]] = parts.loc[plain, ["role", "company"]].to_numpy()
        company_cells = text.copy()
        role_cells = pd.Series("", index=frame.index, dtype=object)
        company_cells[parts.index[split]] = parts.loc[split, "company"]
        role_cells[parts.index[split]] = parts.loc[split, "role"]
        at = list(frame.columns).index(col)
        out = frame.drop(columns=[col])
        own_role = "role" in {f for c, f in fields.items() if c != col}
        out.insert(len(out.columns) if own_role else at, f"{col} (role)", role_cells)  # the sheet's own role first
        out.insert(at, f"{col} (company)", company_cells)
        user = {k: v for k, v in (mapping or {}).items() if k != col}
        user.update({f"{col} (company)": "company", f"{col} (role)": "role"})
        example = text[parts.index[split][0]]
        note = (
            f"column {col!r} holds the company and the role in one cell ({example!r}): "
            f"{int(split.sum())} of {int(filled.sum())} cells split"
        )
        return Split(out, user, [note])
    return Split(frame, mapping)


def continued_companies(values: pd.DataFrame) -> tuple[pd.Series, list[str]]:
    """The company of each row, a blank one read from the row right above: a cell merged down over
    two roles ("RBC" over "Data Analyst" and "BI Developer"), or left blank to mean "same as above".

    Only a row of a workbook (where cells merge) that is an application by its other cells (a role,
    and a date or a status), right under rows that name a company, and sharing their date or their
    source takes it; the note names the rows.  A CSV's blank company stays a row left out.

    >>> v = pd.DataFrame({"company": ["RBC", None, None], "role": ["Analyst", "BI Developer", "Analyst"],
    ...                   "applied_on": ["2024-11-12", "2024-11-12", "2024-11-20"], "status": [None, None, None]},
    ...                  index=[5, 6, 7])
    >>> continued_companies(v)[0].tolist()
    ['RBC', 'RBC', None]
    """
    company = values["company"]
    blank = company.isna() | company.astype(str).str.strip().eq("")
    if not blank.any() or "role" not in values:
        return company, []
    has_role = values["role"].notna() & values["role"].astype(str).str.strip().ne("")
    told = pd.Series(False, index=values.index)
    for fld in ("applied_on", "status"):
        if fld in values:
            told |= values[fld].notna()
    # the company above, through a run of rows right under it (a merged cell spans two rows or more),
    # with the date or the source of the row that names it: one day's or one site's applications
    run = pd.Series(values.index, index=values.index).diff().ne(1).cumsum().to_numpy()
    above = company.where(~blank).groupby(run).ffill()
    take = blank & has_role & told & above.notna()
    same = pd.Series(False, index=values.index)
    for fld in ("applied_on", "source"):
        if fld in values:
            own = values[fld].where(values[fld].notna() & values[fld].astype(str).str.strip().ne(""))
            same |= own.notna() & own.eq(own.where(~blank).groupby(run).ffill())
    take &= same
    if not take.any():
        return company, []
    rows = ", ".join(str(r) for r in take.index[take.to_numpy()][:10])
    more = "" if int(take.sum()) <= 10 else f" and {int(take.sum()) - 10} more"
    note = f"rows {rows}{more}: no company, read as the company of the row above (a merged or ditto cell)"
    out = company.where(~take, above).astype(object)
    return out.where(out.notna(), None), [note]
