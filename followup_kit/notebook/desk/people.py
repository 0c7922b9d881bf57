"""The "Who you met" list of the interview form: the chosen application's people first.

:func:`people_order` puts the contacts of the application's company (compared loosely, as
the importers compare company names) before everyone else, each group in the order the
people were added; :class:`PeoplePicker` shows that order in a multiple-choice list, with a
filter box once there are more than :data:`FILTER_FROM` people.  Whoever is picked stays
picked (and listed) while the order or the filter changes.

Examples
--------
>>> import pandas as pd
>>> people = pd.DataFrame({"contact_id": [1, 2, 3], "name": ["Ann Other", "Bo Acme", "Cy Acme"],
...                        "company": ["Globex", "ACME Inc.", "Acme"], "relation": ["recruiter"] * 3})
>>> people_order(people, "Acme")["contact_id"].tolist()
[2, 3, 1]
"""

from __future__ import annotations

import pandas as pd

from followup_kit.io.matching import company_key

#: The filter box appears when there are more people than this.
FILTER_FROM = 10
#: The filter box's label (in front of it, like every field's).
FILTER_LABEL = "Find a person"


def people_order(contacts: pd.DataFrame, company: str | None) -> pd.DataFrame:
    """``contacts`` with the people of ``company`` first, then everyone else (a new frame).

    Within each group the order is the tracker's (the order people were added).  Company
    names are compared with :func:`~followup_kit.io.matching.company_key` ("ACME Inc." is Acme).
    """
    if contacts.empty or not company:
        return contacts.copy()
    keys = contacts["company"].fillna("").astype(str).map(company_key)
    theirs = keys.eq(company_key(str(company))) & keys.ne("")
    return pd.concat([contacts[theirs], contacts[~theirs]])


def person_label(people: pd.DataFrame) -> pd.Series:
    """How a person reads in the list: ``Name (Company) · relation``."""
    company = people["company"].fillna("").astype(str)
    at = (" (" + company + ")").where(company.ne(""), "")
    return people["name"].astype(str) + at + " · " + people["relation"].astype(str).str.replace("_", " ")


class PeoplePicker:
    """A multiple-choice list of contacts, the chosen company's first, with a filter box for long lists.

    ``select`` is the ``ipywidgets.SelectMultiple`` (its ``value`` is the picked contact ids),
    ``filter`` the text box and ``widget`` both together.
    """

    def __init__(self, description: str = "Who you met"):
        import ipywidgets as w

        self.contacts = pd.DataFrame(columns=["contact_id", "name", "company", "relation"])
        self.company: str | None = None
        self.filter = w.Text(
            description=FILTER_LABEL,
            placeholder="type a name or a company",
            style={"description_width": "12em"},
            layout=w.Layout(width="40em", display="none"),
        )
        self.filter.add_class("fk-iv-people-filter")
        self.select = w.SelectMultiple(
            description=description, rows=8, layout=w.Layout(width="40em"), style={"description_width": "12em"}
        )
        self.select.add_class("fk-iv-people")
        self.filter.observe(lambda _change: self._show(), names="value")
        self.widget = w.VBox([self.filter, self.select])

    def show(self, contacts: pd.DataFrame | None = None, company: str | None = None) -> None:
        """List ``contacts`` (unchanged if ``None``) with ``company``'s people first; keep what is picked."""
        if contacts is not None:
            self.contacts = contacts
        self.company = company
        self.filter.layout.display = "" if len(self.contacts) > FILTER_FROM else "none"
        self._show()

    def _show(self) -> None:
        picked = tuple(self.select.value)
        ordered = people_order(self.contacts, self.company)
        labels = person_label(ordered) if len(ordered) else pd.Series(dtype=str)
        text = self.filter.value.strip().casefold() if len(self.contacts) > FILTER_FROM else ""
        ids = ordered["contact_id"].astype(int)
        kept = ids.isin(picked)
        if text:
            kept |= labels.str.casefold().str.contains(text, regex=False)
        else:
            kept[:] = True
        self.select.options = list(zip(labels[kept].tolist(), ids[kept].tolist()))
        self.select.value = tuple(v for v in picked if v in set(ids[kept]))
