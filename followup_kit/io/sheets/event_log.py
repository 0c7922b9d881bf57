"""A log kept one row per step: the same company and role on several rows, each with its date
and the stage it reached ("applied", "recruiter call", "onsite", "rejected").

:func:`fold_event_log` tells such a sheet from a tracker that lists a few applications twice
(a job applied to again a year later): at least :data:`LOG_SHARE` of the rows that name a
company repeat an earlier row's company and role with another status.  Each application is then
its first row: dated by its earliest date, its status the latest step's (by date, then by row),
and the dates of its interview steps are its interviews.  The other rows are left out, each with
the row it belongs to.

Examples
--------
>>> values = pd.DataFrame({"company": ["Acme", "Birch", "Acme", "Acme"], "role": ["Analyst", "Clerk", "analyst", "Analyst"],
...     "applied_on": pd.to_datetime(["2025-08-04", "2025-08-05", "2025-08-12", "2025-08-20"]),
...     "status": ["applied", "applied", "interviewing", "rejected"]}, index=[2, 3, 4, 5])
>>> said = []
>>> steps = fold_event_log(values, lambda mask, why: said.extend(mask.index[mask]))
>>> values.loc[2, "status"], said, steps["on"].dt.strftime("%Y-%m-%d").tolist()
('rejected', [4, 5], ['2025-08-12'])
"""

from __future__ import annotations

import pandas as pd

#: Share of the rows naming a company that must be later steps of an earlier row for the sheet to be a log.
LOG_SHARE = 0.3
#: Days after an application's last step within which a row of the same job is its next step; a row
#: further on is the job applied to again.
STEP_DAYS = 120


def _key(values: pd.DataFrame) -> pd.Series:
    def norm(s: pd.Series) -> pd.Series:
        return s.fillna("").astype(str).str.casefold().str.replace(r"\s+", " ", regex=True).str.strip()

    if "role" not in values:
        return norm(values["company"])
    company = norm(values["company"])
    # a later step with its role left blank ("Linfox | | Unsuccessful email") is a step of the role the
    # company's rows before it in time name (a log kept newest first is read in date order)
    role = values["role"].where(norm(values["role"]).ne(""))
    when = values["applied_on"] if "applied_on" in values else pd.Series(pd.NaT, index=values.index)
    order = when.sort_values(kind="stable", na_position="first").index
    role = role.loc[order].groupby(company.loc[order], sort=False).ffill().reindex(values.index)
    return company + "|" + norm(role)


def fold_event_log(values: pd.DataFrame, report) -> pd.DataFrame:
    """Fold a one-row-per-step log into one row per application (see the module); ``values`` is
    changed in place (the first row of each application takes its latest status and earliest date).

    ``report(mask, reason_series)`` is told the rows left out.  Returns the interview steps as
    ``row`` (the application's first row) and ``on`` (the step's date); empty for any other sheet.
    """
    none = pd.DataFrame({"row": pd.Series(dtype="int64"), "on": pd.Series(dtype="datetime64[s]")})
    named = values["company"].notna() & values["company"].astype(str).str.strip().ne("")
    if named.sum() < 4 or "status" not in values:
        return none
    when = values.loc[named, "applied_on"]
    statuses = values.loc[named, "status"].fillna("")
    order = pd.DataFrame({"key": _key(values)[named], "when": when, "row": when.index, "status": statuses})
    order = order.sort_values(["key", "when", "row"], na_position="first", kind="stable")
    # the same job applied to again months later is a new application, not a step: a gap starts an era
    gap = order.groupby("key", sort=False)["when"].diff() > pd.Timedelta(days=STEP_DAYS)
    order["key"] = order["key"] + "#" + gap.groupby(order["key"], sort=False).cumsum().astype(str)
    later = order["key"].duplicated(keep="first")
    varied = order.groupby("key", sort=False)["status"].transform("nunique") > 1
    if (later & varied).sum() < LOG_SHARE * len(order):
        return none
    key = order["key"]
    first_row = order.groupby("key", sort=False)["row"].min()
    last_status = order[order["status"].ne("")].groupby("key", sort=False)["status"].last()
    earliest = order.groupby("key", sort=False)["when"].min()
    heads = first_row.to_numpy()
    values.loc[heads, "status"] = last_status.reindex(first_row.index).to_numpy()
    values.loc[heads, "applied_on"] = earliest.reindex(first_row.index).to_numpy()
    rest = named & ~values.index.isin(heads)
    head_of = pd.Series(key.map(first_row).to_numpy(), index=order["row"].to_numpy())
    reasons = pd.Series("", index=values.index, dtype=object)
    reasons[rest] = (
        "a later step of the application on row "
        + head_of.reindex(values.index[rest]).astype(str)
        + " (the sheet logs one row per step)"
    )
    report(rest, reasons)
    steps = order[order["status"].eq("interviewing") & order["when"].notna()]
    return pd.DataFrame(
        {"row": steps["key"].map(first_row).astype("int64"), "on": steps["when"].astype("datetime64[s]")}
    )
