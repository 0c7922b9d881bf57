"""The plan of applications to create from the unmatched messages of an import (issue 18,
``create_applications``): one application per company and role, dated by its earliest
acknowledgement, with every message about it (by requisition number where one is given).

:class:`Proposal` is what one message could do; :func:`plan_applications` makes the plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from email.utils import parseaddr

import pandas as pd

from followup_kit import vocabulary
from followup_kit.io.mail.applications import MailApplication
from followup_kit.io.mail.classify import APPLY_CONFIDENCE, Classification
from followup_kit.io.mail.employer import AGENCY, agency_domains
from followup_kit.io.mail.places import is_city, is_place
from followup_kit.io.mail.platforms import platform_of
from followup_kit.io.matching import company_key, domain_key, is_role_address

#: The columns of :attr:`MailImport.applications`: what ``create_applications`` creates (or,
#: in a dry run, would create).  ``application_id`` is empty in a dry run.
PLAN_COLUMNS = ("company", "role", "applied_on", "source", "messages", "found_in", "application_id")


@dataclass(frozen=True)
class Proposal:
    """What one unmatched message could do: its company and role, whether it acknowledges an
    application, and whether it may start one (an acknowledgement or a confident reply may; a
    mail sent to review only joins an application another message starts)."""

    found: MailApplication
    acknowledges: bool
    creates: bool
    #: False for an offer without a real offer's forms or with a scam's marks (see
    #: :attr:`~followup_kit.io.mail.classify.Classification.formal`).
    formal: bool = True

    @classmethod
    def of(
        cls, found: MailApplication, kind: Classification, *, joins_only: bool = False, free_mail: bool = False
    ) -> Proposal:
        """What a message of classification ``kind`` about ``found`` may do; ``joins_only`` for
        a job board's mail, which never starts an application; ``free_mail`` for a sender at a
        free mail provider (a company's offer from one is a scam's mark)."""
        confident = kind.confidence >= APPLY_CONFIDENCE
        # an acknowledgement dates the application; a decision that opens with "thank you for applying" does not
        acknowledges = kind.kind == "acknowledgement" or (kind.acknowledges and not confident)
        # a request for information ("please send your CV") is how cold outreach reads too: it only joins
        decides = kind.kind in vocabulary.MAIL_EVENT and kind.kind != "information_request"
        creates = not joins_only and (acknowledges or (decides and confident and kind.starts))
        return cls(found, acknowledges, creates, kind.formal and not (free_mail and kind.kind == "offer"))


#: A job's code no two employers share: letters and digits, eight characters or more ("CPFB-2025-00591",
#: "25-PWGSC-EA-ON-640271"), or six digits or more ("537920"):
#: a mail naming it joins the application that named it, whatever name it gives the employer ("CPF Board").
_DISTINCT_REQUISITION = re.compile(r"(?=[\w-]*[A-Z])(?=.*\d)[A-Z0-9][A-Z0-9-]{7,}|\d{6,}")
#: A state's government as a whole: its mail about a requisition joins the agency's application.
_WHOLE_GOVERNMENT = re.compile(r"^(?:the )?(?:State|Commonwealth|Government|Province) of ")

#: Words that end an institution's name and may be left out when it is named again ("Brown
#: University" is the "Brown" of "Brown CCMB faculty search").
_INSTITUTION_WORDS = frozenset(("university", "college"))


def _plan_key(company: str) -> str:
    """The key that groups proposals into one application: the company's key, less a trailing
    institution word ("Dartmouth College" and "Dartmouth" are one employer)."""
    key = company_key(company)
    head, _, last = key.rpartition(" ")
    return head if head and last in _INSTITUTION_WORDS else key


#: Words an acronym skips: "Housing & Development Board" is HDB, "Royal Bank of Canada" RBC.
_ACRONYM_SKIPS = frozenset(
    (
        *("&", "and", "of", "the", "for", "de", "du", "des", "la", "le", "y", "und", "fur", "für", "voor", "van"),
        *("het", "en", "der", "den", "del", "da", "do", "das", "dos", "di", "e", "et"),
    )
)


def initials(company: str, *, joiners: bool = False) -> str:
    """The acronym a company's name makes, casefolded: "Housing & Development Board" is "hdb",
    "Oversea-Chinese Banking Corporation" is "ocbc"; ``""`` for a name of one word.  A short word in
    capitals counts whole ("HM Revenue and Customs" is "hmrc"); ``joiners`` keeps the initials of "of"
    and "and" ("Ministry of Justice" is "moj").

    >>> initials("Royal Bank of Canada"), initials("Oversea-Chinese Banking Corporation"), initials("Acme")
    ('rbc', 'ocbc', '')
    >>> initials("HM Revenue and Customs"), initials("Ministry of Justice", joiners=True)
    ('hmrc', 'moj')
    """
    words = [w for w in re.split(r"[\s-]+", company or "") if w and (joiners or w.casefold() not in _ACRONYM_SKIPS)]
    # a word in capitals is an acronym of its own and counts whole ("UTMB Health" is "utmbh", never "uh")
    letters = "".join(w if w.isupper() and 2 <= len(w) <= 5 else w[0] for w in words if w[0].isalpha())
    whole = all(w[0].isalpha() for w in words)
    return letters.casefold() if len(words) >= 2 and whole else ""


#: Words a role is written with or without: its year, "the", a scheme's kind ("Rolls-Royce Graduate
#: Programme 2026" and "Rolls-Royce Graduate Programme" are one application).
_ROLE_FILLER = frozenset(("the", "a", "an", "graduate", "programme", "program", "scheme", "intake", "role", "position"))


def same_role(one: str, other: str, company: str = "") -> bool:
    """True when two roles at one company are one role written two ways: what one says beyond the
    other is only a year, the company's name or a scheme's kind.

    >>> same_role("Audit & Assurance", "Audit & Assurance Graduate Programme 2026", "Deloitte")
    True
    >>> same_role("Aldi Area Manager Graduate Programme", "Area Manager Graduate Programme", "Aldi")
    True
    >>> same_role("Analyst", "Senior Analyst"), same_role("Data Analyst", "Data Engineer"), same_role("", "Analyst")
    (False, False, False)
    """
    ignored = _ROLE_FILLER | set(company_key(company).split())
    words = [
        {
            w
            for w in re.findall(r"[a-z0-9]+", company_key(role))
            if w not in ignored and not re.fullmatch(r"(?:19|20)\d\d", w)
        }
        for role in (one, other)
    ]
    return bool(one.strip()) and bool(other.strip()) and words[0] == words[1]


def _aliases(companies) -> dict[str, str]:
    """The plan key of each acronym an import also spells out ("RBC" and "Royal Bank of Canada", "MoJ" and
    "Ministry of Justice"): one employer, one application, under the name its first mail gave it."""
    keys = {_plan_key(c): c for c in companies if c}
    full = {a: _plan_key(c) for c in keys.values() for a in (initials(c), initials(c, joiners=True)) if a}
    # and of the name without the place it ends on: "RCH" and "Royal Children's Hospital Melbourne"
    for c in keys.values():
        head, _, last = c.rpartition(" ")
        if len(head.split()) >= 2 and (is_place(last) or is_city(last)):
            full.update(
                {a: _plan_key(c) for a in (initials(head), initials(head, joiners=True)) if a and a not in full}
            )
    # and of the name without the province or city it is "of": "FSRA" and "Financial Services Regulatory
    # Authority of Ontario" (three words or more before it, so that "Bank of Montreal" gives no "b")
    for c in keys.values():
        head, of, _ = c.rpartition(" of ")
        if of and len(head.split()) >= 3 and len(c.split()) == len(head.split()) + 2:
            full.update({a: _plan_key(c) for a in (initials(head),) if a and a not in full})
    # a tenant's run-together name and its spelling ("Harborbank" of harborbank@ and "Harbor Bank")
    full.update({k.replace(" ", ""): k for k in keys if " " in k})
    return {k: full[k.replace(" ", "")] for k in keys if k.replace(" ", "") in full and full[k.replace(" ", "")] != k}


def own_domain(sender: str) -> str:
    """The employer's own mail domain a message came from, as :func:`~followup_kit.io.matching.domain_key`
    reads it ("uu" for werkenbij.uu.nl and j.verhagen@uu.nl), or ``""`` for a platform, free mail
    or a recruiting agency (one agency writes about many employers).

    >>> own_domain("werkenbij@werkenbij.uu.nl"), own_domain("j.doe@uu.nl"), own_domain("a@hays.com")
    ('uu', 'uu', '')
    """
    key = domain_key(str(sender or ""))
    compact = key.replace(" ", "")
    return "" if not key or AGENCY.search(compact) or compact in agency_domains() else key


#: Reply and forward prefixes of a subject, in the languages of the word tables.
_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|fwd?|aw|wg|tr|sv|vs|antw|rv|r)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)


def _thread(sender: str, subject: str) -> tuple[str, str]:
    """A person's thread: their address and the subject without "RE:" and "FW:"; ``("", "")`` for a
    shared mailbox or a robot (``careers@``, ``no-reply@``: one address writes about many applications)
    and for a platform's relay.

    >>> _thread("Priya <priya@harbor.example>", "RE: Interview - Analyst")
    ('priya@harbor.example', 'interview - analyst')
    >>> _thread("no-reply@harbor.example", "RE: Interview - Analyst")
    ('', '')
    """
    address = parseaddr(str(sender or ""))[1].casefold()
    topic = " ".join(_REPLY_PREFIX.sub("", str(subject or "")).split()).casefold()
    if not address or not topic or is_role_address(address) or platform_of(address) is not None:
        return "", ""
    return address, topic


#: Shortest domain name read as the head of a longer brand ("bayt" of "Bayt.com"); "au" is no head of "Aurora".
MIN_BRAND = 4


def _brand_of(company: str, domain: str) -> bool:
    """True when ``company`` is the mail domain's own name ("CareerJunction", "Bayt.com" of bayt.com)."""
    compact, domain = company_key(company).replace(" ", ""), domain.replace(" ", "")
    if not domain or not compact:
        return False
    return compact == domain or (len(domain) >= MIN_BRAND and compact.startswith(domain))


def _named_by_domain(company: str, domain: str) -> bool:
    """True when ``company`` is only the mail domain read as a name ("Uu", "Pik Potsdam")."""
    return bool(domain) and company_key(company).replace(" ", "") == domain.replace(" ", "")


def plan_applications(frame: pd.DataFrame, proposals: dict[int, Proposal]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The applications to create from the unmatched messages of an import, and the import's
    frame with those messages put on them.

    ``proposals`` maps a message's ``position`` to its :class:`Proposal`.  One application per
    company (compared with :func:`~followup_kit.io.matching.company_key`) and role
    (casefolded); a message naming no role joins its company's application when there is one.
    ``applied_on`` is the local date of the earliest acknowledgement, unknown without one.
    Messages on a planned application get ``application_id`` ``-(n + 1)`` for the ``n``-th
    planned application (the writer replaces it with the new id) and their outcome: an
    acknowledgement or a confident reply is applied (with its event), the rest go to review.

    Returns ``(plan, frame)``; ``frame`` is changed in place.
    """
    # a mail naming no employer is proposed only to join by its requisition number (and is "to review")
    rows = frame[frame["outcome"].isin(["unmatched", "to review"]) & frame["position"].isin(list(proposals))]
    rows = rows.sort_values("date")
    order = list(rows.index)
    props = {i: proposals[int(rows.at[i, "position"])] for i in order}
    plans: list[dict] = []
    by_key: dict[tuple[str, str], int] = {}
    by_req: dict[tuple[str, str], int] = {}
    by_company: dict[str, list[int]] = {}
    assigned: dict[int, int] = {}
    first = [i for i in order if props[i].creates and props[i].found.role]
    then = [i for i in order if props[i].creates and not props[i].found.role]
    joining = [i for i in order if not props[i].creates]
    # the employer each own mail domain names: a person's mail from uu.nl, named "Uu" off its domain,
    # joins the application werkenbij.uu.nl's confirmation started; a domain that names several
    # employers (every NHS trust writes from nhs.net) names none
    domains = {i: own_domain(rows.at[i, "sender"]) for i in order}
    named_on: dict[str, dict[str, str]] = {}
    for i in order:
        company, domain = props[i].found.company, domains[i]
        if domain and company and not _brand_of(company, domain):
            names = named_on.setdefault(domain, {})
            key = _plan_key(company)
            names[key] = max(names.get(key, ""), company, key=len)
    aliases = _aliases(props[i].found.company for i in order)
    # a person's reply in a thread ("RE: Interview Arrangement - Analyst") joins the application the
    # thread's earlier mail is on, whatever names its own words read ("feedback from Daniel")
    threads = {i: _thread(rows.at[i, "sender"], rows.at[i, "subject"]) for i in order}
    opened: dict[tuple[str, str], MailApplication] = {}
    for i in order:  # by date: a thread's first mail that names an employer names the thread's
        thread = threads[i]
        found = props[i].found
        # a name only read off the domain ("Millavefamilydental") gives way to the thread's later spelling
        off_domain = found.source.startswith("the domain ") and "spells" not in found.source
        if thread[0] and found.company and not off_domain:
            opened.setdefault(thread, found)
    for i in first + then + joining:
        app = props[i].found
        names = named_on.get(domains[i], {})
        if len(names) == 1 and _named_by_domain(app.company, domains[i]):
            app = replace(app, company=next(iter(names.values())))
        elif len(names) >= 2 and _brand_of(app.company, domains[i]) and is_role_address(rows.at[i, "sender"]):
            # a domain whose mail names several employers is a board's or a platform's: its own name
            # ("CareerJunction") names none of them; the mail joins by its requisition or waits for review
            app = replace(app, company="")
        start = opened.get(threads[i])
        if start is not None and start.company != app.company:
            app = replace(app, company=start.company, role=app.role or start.role)
        ckey, rkey = _plan_key(app.company), (app.role or "").casefold()
        ckey = aliases.get(ckey, ckey)
        req = (ckey, app.requisition or "")
        if not app.company:
            # "Update on your application: 392114" from a job site that names no employer
            number = next((n for (_, r), n in by_req.items() if r == app.requisition), None)
            if number is None:
                continue
        elif app.requisition and req in by_req:
            number = by_req[req]  # several mails about one requisition join it (issue 25)
        elif (
            app.requisition
            and (_WHOLE_GOVERNMENT.match(app.company) or _DISTINCT_REQUISITION.fullmatch(app.requisition))
            and (n := next((n for (_, r), n in by_req.items() if r == app.requisition), None)) is not None
        ):
            number = n  # "State of Illinois" on requisition 44873 is the Illinois EPA's job the acknowledgement named
        elif (ckey, rkey) in by_key:
            number = by_key[(ckey, rkey)]
        elif app.role and (
            same := [
                n
                for n in by_company.get(ckey, [])
                if same_role(app.role, plans[n]["role"] or "", f"{app.company} {plans[n]['company']}")
            ]
        ):
            number = same[0]  # "Graduate Programme 2026" and "Graduate Programme": one application
        elif by_company.get(ckey) and (not app.role or not props[i].creates):
            number = by_company[ckey][0]
        elif props[i].creates:
            number = len(plans)
            plans.append(
                dict(
                    company=app.company,
                    role=app.role,
                    applied_on=None,
                    source="mail",
                    messages=0,
                    found_in=app.source,
                    application_id=None,
                )
            )
            by_key[(ckey, rkey)] = number
            by_company.setdefault(ckey, []).append(number)
        else:
            continue
        if app.requisition:
            by_req.setdefault(req, number)
        # "Brown University" over the "Brown" of a search's subject; an acronym and its spelling keep the first
        if len(app.company) > len(plans[number]["company"]) and _plan_key(plans[number]["company"]) == ckey:
            plans[number]["company"] = app.company
        assigned[i] = number
        plans[number]["messages"] += 1
        day = rows.at[i, "date"]
        if props[i].acknowledges and pd.notna(day):
            known = plans[number]["applied_on"]
            plans[number]["applied_on"] = min(known, day.date()) if known else day.date()
    for i, number in assigned.items():
        plan = plans[number]
        label = f"{plan['company']}" + (f" - {plan['role']}" if plan["role"] else "")
        kind, confident = frame.at[i, "kind"], frame.at[i, "confidence"] >= APPLY_CONFIDENCE
        frame.at[i, "application_id"] = -(number + 1)
        frame.at[i, "company"] = plan["company"]
        event = vocabulary.MAIL_EVENT.get(kind)
        if kind == "offer" and plan["messages"] == 1 and not props[i].formal:
            # an offer out of the blue (nothing else from this employer) with no letter, pay or
            # start date, or with a scam's marks ("no interview needed", a fee): checked first
            frame.at[i, "outcome"] = "to review"
            frame.at[i, "reason"] = (
                f"{frame.at[i, 'reason'].split(', but ')[0]}, but no other mail about {label!r}, and no offer letter, "
                "pay or start date, or it reads like a scam: please check"
            )
        elif event is not None and confident and pd.notna(frame.at[i, "date"]):
            frame.at[i, "outcome"], frame.at[i, "event"] = "applied", event
            frame.at[i, "reason"] = f"{frame.at[i, 'reason'].split(', but ')[0]}, on a new application: {label!r}"
        elif kind == "acknowledgement":
            frame.at[i, "outcome"] = "applied"
            on = plan["applied_on"]
            frame.at[i, "reason"] = f"acknowledgement: starts the application {label!r}" + (
                f" (applied on {on:%Y-%m-%d})" if on else ""
            )
        else:
            frame.at[i, "outcome"] = "to review"
            frame.at[i, "reason"] = f"{frame.at[i, 'reason'].split(', but ')[0]}, on a new application: {label!r}"
    plan = pd.DataFrame(plans, columns=list(PLAN_COLUMNS))
    return plan.astype({"messages": "int64"}), frame
