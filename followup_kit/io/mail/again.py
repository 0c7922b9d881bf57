"""A second look, for an import that builds the tracker from the mailbox (issue 25).

Mail from a sender the tracker does not know, whose subject and text name no hiring word, is
passed over unread (:func:`~followup_kit.io.mail.prefilter.worth_parsing`): that keeps a large
mailbox fast.  But an import into an empty tracker knows no sender at the start, so a
recruiter's short reply from the employer's own domain ("re: portfolio review": "the team
decided to move forward with someone else") was passed over although the same import had just
found the application it answers.  Imported a second time, the mailbox would have been read
right: the tracker then knows the company.

So an import that creates applications notes the domains it passed over (not free mail), and
when the applications it found name one of them ("priyanka@mercury.com" after an
acknowledgement from Mercury), reads those messages again, whole (a person's only: a shop's
``info@`` voucher "offer" stays unread); what they are about is then
decided as for any mail from a tracked company's domain.  One import gives what two would.

Examples
--------
>>> import pandas as pd
>>> passed = PassedOver()
>>> passed.note(("", "", None, "ana@mercury.com", "", "", None, "", 0.0, "ignored", PASSED_OVER, None, 7))
>>> passed.note(("", "", None, "bo@gmail.com", "", "", None, "", 0.0, "ignored", PASSED_OVER, None, 8))
>>> passed.positions_from(["Mercury"])
[7]
>>> passed.positions_from(["Ramp"])
[]
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable, Iterable

import pandas as pd

from followup_kit.io.mail.prefilter import TrackedCompanies, domain_of
from followup_kit.io.mail.read import RawMessage, iter_messages
from followup_kit.io.mail.result import RESULT_COLUMNS, result_frame, rows_frame
from followup_kit.io.matching import FREE_MAIL_DOMAINS, in_domains, is_role_address

#: The importer's reason for a message it passed over unread (step 2 of the import).
PASSED_OVER = "names no job and no tracked company"

_SENDER = RESULT_COLUMNS.index("sender")
_REASON = RESULT_COLUMNS.index("reason")
_POSITION = RESULT_COLUMNS.index("position")
_OUTCOME = RESULT_COLUMNS.index("outcome")


class PassedOver:
    """The positions of the messages passed over unread, by the sender's domain (4 bytes each)."""

    def __init__(self) -> None:
        self.by_domain: dict[str, array] = {}

    def note(self, row: tuple) -> None:
        """Remember ``row``'s message if it was passed over unread and its sender is a person
        (not ``info@`` or ``noreply@``: a shop's voucher "offer") at a domain not of free mail."""
        if row[_REASON] != PASSED_OVER:
            return
        sender = str(row[_SENDER] or "")
        domain = domain_of(sender)
        if domain and not in_domains(domain, FREE_MAIL_DOMAINS) and not is_role_address(sender):
            self.by_domain.setdefault(domain, array("I")).append(row[_POSITION])

    def positions_from(self, companies: Iterable[str]) -> list[int]:
        """The positions of the messages passed over from a domain of one of ``companies``
        (the tracker's own test: the domain is a word of the name, or the name's letters)."""
        names = sorted({str(c) for c in companies if str(c).strip()})
        if not names or not self.by_domain:
            return []
        apps = pd.DataFrame({"application_id": range(len(names)), "company": names})
        employers = TrackedCompanies({"applications": apps, "contacts": pd.DataFrame({"email": []})})
        return sorted(p for d, ps in self.by_domain.items() if employers.known_sender(f"x@{d}") for p in ps)


def read_again(source, positions: list[int], consider: Callable[[RawMessage, int, set], tuple]) -> dict[int, tuple]:
    """``{position: (row, calendars)}`` of the messages at ``positions`` read again with ``consider``
    (which reads them whole), for those it no longer ignores."""
    wanted, found, seen = set(positions), {}, set[int]()
    last = max(wanted, default=0)
    for position, raw in enumerate(iter_messages(source), start=1):
        if position > last:
            break  # past the last message wanted: the rest of the export is not read again
        if position in wanted:
            row, calendars = consider(raw, position, seen)
            if row[_OUTCOME] != "ignored":
                found[position] = (row, calendars)
    return found


def patched(frame: pd.DataFrame, again: dict[int, tuple], more_ignored: Counter, tz: str) -> pd.DataFrame:
    """``frame`` with the rows read again in place of their first rows (in the export's order); a
    first row not listed (past the listed limit) is taken off ``more_ignored``'s count."""
    if not again:
        return frame
    listed = frame["position"].isin(list(again))
    more_ignored[PASSED_OVER] -= len(again) - int(listed.sum())
    if more_ignored[PASSED_OVER] <= 0:
        del more_ignored[PASSED_OVER]
    new = result_frame([rows_frame([row for row, _ in again.values()])], tz)
    out = pd.concat([frame[~listed], new], ignore_index=True)
    return out.sort_values("position", kind="stable", ignore_index=True)
