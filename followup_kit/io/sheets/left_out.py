"""Rows of a sheet that are not imported as applications of their own, each with its reason:
a row without a company, a month's heading ("FEB" alone on a row), a count or a total where the
company goes (a totals row, "36 apps / 6 interviews"), a job's link alone with no date (a job saved
for later), and a row that copies an earlier one (one application, imported once).

Each function reports through the ``report(mask, column, reason, level=ROW)`` callback of
:func:`~followup_kit.io.sheets.rows.parse_sheet`, so every row left out is listed with its row,
column, value and why.
"""

from __future__ import annotations

import pandas as pd

from followup_kit import vocabulary
from followup_kit.io.sheets.columns import HEADER_FIELDS, normalise_word, normalise_words
from followup_kit.io.sheets.status_words import MEANING_ORDER

#: Where a problem leaves its row: the cell is left empty, or the row is not imported (no company).
CELL, ROW = "cell", "row"


def no_company(values, by_field, problems, report) -> None:
    """A row without a company is not imported: its unreadable company cell, else 'is required', says why."""
    missing = values["company"].isna()
    if not by_field.get("company"):
        return
    for p in problems:
        if p.field in by_field["company"] and missing.get(p.row, False):
            p.level = ROW
    said = {p.row for p in problems if p.level == ROW}
    report(
        missing & ~values.index.isin(sorted(said)),
        by_field["company"][0],
        "is required; every application needs a company",
        level=ROW,
    )


#: Month names, folded ("feb", "february", "februar", "fevrier"...): a row holding only one is a heading.
_MONTH_NAMES = frozenset(normalise_word(n) for names in vocabulary.SHEET_MONTHS.values() for n in names) | frozenset(
    # a heading spelled out ("NOVEMBER", "Dezember", "septembre"), with its year or not
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "januar",
        "februar",
        "marz",
        "maerz",
        "mai",
        "juni",
        "juli",
        "oktober",
        "dezember",
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
        "januari",
        "februari",
        "maart",
        "mei",
        "augustus",
    ]
)


#: A totals row's first cell: "Total", "TOTAL:", "Grand total", "2024 total", "Gesamt", "Totaal".
_TOTAL = r"(?i)^\s*(?:(?:19|20)\d\d\s+|grand |sub)?totals?\b|^\s*(?:sum|gesamt|summe|insgesamt|totaal|totale|somme)\b\s*:?\s*[\d.,]*\s*$"
#: A total with its month and what it counts: "Summe Oktober 2023: 7 Bewerbungen", "Total: 29 applications".
_TOTAL_LINE = (
    r"(?i)^\s*(?:sum|summe|gesamt|insgesamt|totaal|totale|somme|total|totals)\b.{0,40}?\b\d+\s+"
    r"(?:apps?|applications?|bewerbungen|candidatures|candidaturas|sollicitaties)\b"
)
#: A template's own example row: "Acme Corp (example – delete me)", "Company name (sample)".
_EXAMPLE = (
    r"(?i)\([^)]*(?<![.\w/@-])(?:example|sample|template|delete me|delete this|exemple|beispiel|voorbeeld)(?![.\w/-])"
    r"[^)]*\)|\bdelete me\b"
)
#: A tally typed under the log: a number, then what it counts ("36 apps / 6 got to interviews").
_TALLY = (
    r"(?i)^\s*\d+\s+(?:apps?|applications?|applied|sent|interviews?|offers?|rejections?|responses?|jobs?|"
    r"bewerbungen|candidatures|candidaturas|sollicitaties)\b"
)


def headings_and_repeats(values, by_field, report) -> None:
    """Rows that are not applications of their own, left out with a reason: a month's heading
    ("FEB" alone in the company column), a count where the company goes (a totals row), and a row that repeats an earlier one (the same company,
    role, date and status: a copied row is one application)."""
    if not by_field.get("company"):
        return
    col = by_field["company"][0]
    company = values["company"].fillna("").astype(str).str.strip()
    read = [f for f in by_field if f != "company" and f in values]
    others = values[read].notna().sum(axis=1)
    month = normalise_words(company).str.replace(r"\s*(?:20)?\d\d$", "", regex=True)  # "November 2024"
    heading = month.isin(_MONTH_NAMES) & others.eq(0)
    report(heading, col, "a month's heading, not an application", level=ROW)
    # "12" or "64 | applications" under the log, with no date: a totals row (a number with a date is kept)
    undated = values["applied_on"].isna() if "applied_on" in values else pd.Series(True, index=values.index)
    count = company.str.fullmatch(r"[\d.,\s]+") & undated & ~heading
    report(count, col, "a number, not a company: a totals row?", level=ROW)
    heading |= count
    # "Total" (its count in the date column) or "36 apps / 6 got to interviews" typed under the log
    # a summary's label under the table, its count beside it ("Bewerbungen gesamt: | 29", "davon Absagen:")
    label = company.str.endswith(":") & undated
    # a label whose only other cells are counts or rates ("TOTALE INVIATE | 35", "tasso di risposta | 66%")
    # (a row's own number, "Nr. 12", is no count: a company with its number alone stays an application)
    numeric = pd.DataFrame(
        {
            f: values[f].astype("string").str.strip().str.fullmatch(r"[\d.,]+\s*%?").fillna(False).astype(bool)
            for f in read
            if f != "external_id"
        },
        index=values.index,
    )
    counts_only = numeric.any(axis=1) & numeric.sum(axis=1).eq(others)
    summed = company.str.contains(_TOTAL_LINE)  # "Summe Oktober 2023: 7 Bewerbungen", "Gesamt: 29 Bewerbungen"
    tally = (
        (company.str.contains(_TOTAL) | company.str.contains(_TALLY) | summed | label | counts_only)
        & undated
        & ~heading
    )
    report(tally, col, "a count of the rows above, not a company: a totals row", level=ROW)
    heading |= tally
    # a divider typed across the log ("---- holidays, nothing sent ----"), a template's example row
    # ("Acme Corp (example – delete me)")
    divider = company.str.fullmatch(r"\s*[-=_*~#]{3,}.*[-=_*~#]{3,}\s*") & undated & ~heading
    report(divider, col, "a divider line, not an application", level=ROW)
    heading |= divider
    example = company.str.contains(_EXAMPLE) & ~heading
    report(example, col, "the template's example row, not an application", level=ROW)
    heading |= example
    # the header typed again in the middle ("Company | Role | Date applied" pasted under more rows)
    again = company.str.casefold().eq(str(col).strip().casefold()) & ~heading
    report(again, col, "the header again, not an application", level=ROW)
    heading |= again
    # a job's address pasted where the company goes, nothing else: a job saved for later
    link = company.str.fullmatch(r"(?:https?://|www\.)\S+") & undated & ~heading
    report(
        link,
        col,
        "only a link where the company goes, and no date: a job saved for later? write its company to import it",
        level=ROW,
    )
    heading |= link
    key = pd.DataFrame({"company": company.str.casefold()})
    for fld in ("role", "applied_on", "status"):
        if fld in values:
            key[fld] = values[fld].astype(str).str.strip().str.casefold()
    named = company.ne("") & ~heading
    first = key[named].groupby(list(key.columns), sort=False, dropna=False).ngroup()
    seen = first.duplicated()
    firsts = pd.Series(first[~seen].index, index=first[~seen].to_numpy())
    again = pd.Series(False, index=values.index)
    again[first.index[seen.to_numpy()]] = True
    reasons = pd.Series("", index=values.index, dtype=object)
    reasons[again] = "repeats row " + first[seen].map(firsts).astype(str) + ": imported once"
    report(again, col, reasons, level=ROW)


def same_link(values, by_field, report) -> None:
    """Rows of one job told twice: the same job link and company ("APPLIED" on one row, "REJECTED" on
    a copy with the title spelled longer, as a tracker's export keeps them).  The row whose status
    says most (an end over a stage, as :data:`~followup_kit.io.sheets.status_words.MEANING_ORDER` ranks
    them) stays, with the earliest application date of the job; the others are left out, each
    naming the row it repeats."""
    if not by_field.get("company") or "url" not in values:
        return
    col = by_field["company"][0]
    url = values["url"].fillna("").astype(str).str.strip().str.rstrip("/").str.casefold()
    company = values["company"].fillna("").astype(str).str.strip().str.casefold()
    told = url.ne("") & company.ne("")
    if not told.any():
        return
    key = url[told] + "\t" + company[told]
    many = key[key.duplicated(keep=False)]
    if many.empty:
        return
    rank = values.loc[many.index, "status"].map({m: i for i, m in enumerate(MEANING_ORDER)}).fillna(len(MEANING_ORDER))
    # the row that says most; among equals the later row of the sheet (its newer word)
    order = pd.DataFrame({"key": many, "rank": rank, "row": many.index}).sort_values(
        ["key", "rank", "row"], ascending=[True, True, False]
    )
    keep = order.drop_duplicates("key")
    kept = pd.Series(keep["row"].to_numpy(), index=keep["key"].to_numpy())
    if "applied_on" in values:
        earliest = values.loc[many.index, "applied_on"].groupby(many.to_numpy()).min()
        values.loc[kept.to_numpy(), "applied_on"] = earliest.reindex(kept.index).to_numpy()
    out = pd.Series(False, index=values.index)
    dropped = many.index[~many.index.isin(kept.to_numpy())]
    out[dropped] = True
    reasons = pd.Series("", index=values.index, dtype=object)
    reasons[dropped] = (
        "the same job (its link) as row "
        + many[dropped].map(kept).astype(str)
        + ": imported once, with its latest word"
    )
    report(out, col, reasons, level=ROW)


#: Cells of a row that name a field ("Company", "Role", "Notes") for it to be another table's header, and
#: their least share of its filled cells (an application's row may hold a word or two that also head a column).
HEADER_CELLS, HEADER_SHARE = 3, 0.4


def another_table(frame, values, by_field, report) -> None:
    """A second table under the applications, with a header of its own where the company sits in
    another column ("Name | Company | Role | Email" of a contacts list under its "CONTACTS" title, as
    Numbers and hand-made sheets keep them): its header, its rows and its title are left out.  The
    applications' header typed again, or another header with the company where it was, goes on."""
    if not by_field.get("company") or frame.empty:
        return
    col = by_field["company"][0]
    where = list(frame.columns).index(col)
    # a header has no date: only the undated rows are read (a long log's dated rows cost nothing)
    undated = values["applied_on"].isna() if "applied_on" in values else pd.Series(True, index=values.index)
    cells = frame.loc[undated.to_numpy()].astype("string").fillna("")
    if cells.empty:
        return
    folded = cells.apply(lambda c: c.str.normalize("NFKD").str.encode("ascii", "ignore").str.decode("ascii"))
    folded = folded.apply(lambda c: c.str.casefold().str.replace(r"[^0-9a-z]+", "", regex=True))
    fields = folded.apply(lambda c: c.map(HEADER_FIELDS))
    named = fields.notna().sum(axis=1)
    header_like = named.ge(HEADER_CELLS) & named.ge(HEADER_SHARE * cells.ne("").sum(axis=1))
    moved = header_like & fields.iloc[:, where].ne("company") & cells.iloc[:, where].str.strip().ne("")
    if not moved.any():
        return
    start = moved.idxmax()
    cells = frame.astype("string").fillna("")
    below = values.index >= start
    report(pd.Series(below, index=values.index), col, "another table under the applications (its own header), "
           "not an application", level=ROW)  # fmt: skip
    filled = cells.ne("").sum(axis=1)
    above = filled[(filled.index < start)]
    above = above[above.gt(0)]
    if len(above) and above.iloc[-1] == 1 and cells.loc[above.index[-1]].str.strip().ne("").iloc[where]:
        title = pd.Series(values.index == above.index[-1], index=values.index)
        report(title, col, "the title of another table under the applications, not an application", level=ROW)
