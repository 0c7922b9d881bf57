"""Which application a calendar invitation or a mail belongs to: the one company matcher.

The evidence is weighed in a fixed order, strongest first:

1. a known contact's exact address (the contact's company leads to its applications);
2. a mail domain of the sender, organiser or attendees against the company name
   (``jo@mail.northwind-gmbh.de`` finds "Northwind GmbH"), skipping the relays of
   applicant-tracking and scheduling tools and free mail providers, whose domain says
   nothing about the employer;
3. the company's name in the texts (display names, summary or subject, location, the
   start of a mail body), word for word after :func:`company_key`, else fuzzily with
   rapidfuzz for names long enough that a near miss is not a different word.

Among several applications at the matched company an open one wins over a closed
one, and of two open ones the most recently applied wins; the reason says so.

Examples
--------
>>> import pandas as pd
>>> apps = pd.DataFrame({"application_id": [1, 2], "company": ["Northwind GmbH", "Bolt"],
...                      "status": ["applied", "applied"], "applied_on": pd.to_datetime(["2026-03-01", "2026-03-02"])})
>>> contacts = pd.DataFrame(columns=["contact_id", "name", "company", "email", "relation"])
>>> m = match_application(apps, contacts, texts=["Video call"], addresses=["jo@mail.northwind-gmbh.de"])
>>> m.application_id, m.company, m.reason
(1, 'Northwind GmbH', 'domain mail.northwind-gmbh.de')
>>> match_application(apps, contacts, texts=["Boltzmann reading group"], addresses=[]).application_id is None
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from followup_kit import vocabulary
from followup_kit.vocabulary import ATS_DOMAINS, FREE_MAIL_DOMAINS, LEGAL_SUFFIXES, ROLE_LOCALPARTS

__all__ = [
    "ATS_DOMAINS",
    "FREE_MAIL_DOMAINS",
    "LEGAL_SUFFIXES",
    "ROLE_LOCALPARTS",
    "Match",
    "Matcher",
    "company_key",
    "domain_key",
    "fold_text",
    "is_role_address",
    "match_application",
]

#: Evidence scores, strongest first (fixed order of the matcher, see the module docstring).
SCORE_CONTACT = 1.0
SCORE_DOMAIN = 0.95
SCORE_NAME = 0.9
#: A fuzzy name match scores its rapidfuzz ratio (0-100) times this, so it ranks below an exact one.
FUZZY_WEIGHT = 0.0085
#: Below this rapidfuzz ratio two names are different names.  90 lets one typo in ten letters
#: through ("Nortwind" for "Northwind") and stops different words of shared stems.
FUZZY_MIN_RATIO = 90.0
#: Company keys shorter than this many letters match only word for word: a fuzzy "Bolt" would
#: find "Boly" or "Bold", and short brand names are common words.
FUZZY_MIN_LENGTH = 6
#: Default score a match needs; a fuzzy ratio of 90 (0.765) passes, anything weaker does not.
MIN_MATCH_SCORE = 0.75

# Second-level labels under country codes (co.uk, com.au, co.jp ...): not the company's label.
_SECOND_LEVEL = frozenset(
    {
        "co",
        "com",
        "org",
        "net",
        "ac",
        "gov",
        "govt",
        "edu",
        "ne",
        "or",
        "gv",
        "gob",
        "mil",
        "ltd",
        "plc",
        "sch",
        "nic",
        "police",
        # France's second levels ("cnr.tm.fr", "x.asso.fr", "x.gouv.fr")
        "tm",
        "asso",
        "gouv",
    }
)
_NON_WORD = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class Match:
    """The application an invitation or mail belongs to (``application_id`` None: no match).

    ``score`` is the strength of the evidence (1.0 a known contact, 0.95 a domain,
    0.9 the exact name, less for a fuzzy name); ``reason`` says in a few words what matched.
    """

    application_id: int | None
    company: str | None
    score: float
    reason: str


def fold_text(text: str) -> str:
    """Casefold, strip accents and ``ß``, keep letters and digits as space-separated words."""
    text = unicodedata.normalize("NFKD", str(text).casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss")
    text = text.replace("&", " and ").replace(".", "").replace("'", "").replace("\u2019", "")
    return " ".join(_NON_WORD.split(text)).strip()


@lru_cache(maxsize=65_536)
def company_key(name: str) -> str:
    """A company name compared loosely: casefolded, accents stripped, legal suffixes dropped.

    Examples
    --------
    >>> company_key("Northwind GmbH & Co. KG"), company_key("Société Générale S.A."), company_key("AG")
    ('northwind', 'societe generale', 'ag')
    """
    words = fold_text(name).split()
    kept = list(words)
    while (kept and kept[-1] in LEGAL_SUFFIXES) or (len(kept) > 1 and kept[-1] == "and"):
        kept.pop()
    return " ".join(kept or words)


#: A careers site's own words around the employer in a domain: "werkenbijvechtstreek.nl",
#: "werkenvoorderegio.nl", "careers-fabrikam.com", "fabrikam-jobs.de" (at least 3 letters stay).
_CAREER_SITE = re.compile(
    r"^(?:werken(?:bij|voor)(?:de|het)?|careers?-|jobs-|karriere-)(?=[a-z0-9]{3})|(?<=[a-z0-9]{3})(?:-careers?|-jobs|-karriere)$"
)


#: A state's label in a government domain ("vic" of "dffh.vic.gov.au", "wa" of "dshs.wa.gov").
_STATES = frozenset(
    ("vic", "nsw", "qld", "wa", "sa", "tas", "act", "nt", "al", "ak", "az", "ca", "co", "ct", "fl", "ga", "il", "ny", "tx",
     "nj", "pa", "oh", "mi", "nc", "va", "md", "ma", "mn", "or", "ut", "nv", "ok", "ky", "tn", "in", "mo", "wi", "ia",
     "qc", "on", "bc", "ab", "mb", "sk", "ns", "nb", "nl", "pe")
)  # fmt: skip
#: Labels that make a domain a government's ("gov", the Quebec "gouv", Canada's "gc").
_GOVERNMENT = frozenset(("gov", "gouv", "gc", "gv", "gob"))


def _domain_of(address_or_domain: str) -> str:
    text = str(address_or_domain).strip().strip("<>").lower()
    if text.startswith("mailto:"):
        text = text[7:]
    return text.rsplit("@", 1)[-1].strip(".")


def domain_suffixes(domain: str) -> list[str]:
    """``domain`` and each domain it is a subdomain of: "us.greenhouse-mail.io", "greenhouse-mail.io", "io"."""
    labels = domain.split(".")
    return [".".join(labels[i:]) for i in range(len(labels))]


@lru_cache(maxsize=64)
def _domain_set(domains: tuple[str, ...]) -> frozenset[str]:
    return frozenset(domains)


def in_domains(domain: str, domains) -> bool:
    """True when ``domain`` is one of ``domains`` or a subdomain of one (a set lookup per label,
    not a scan of the list: it runs once per message of a mailbox).

    >>> in_domains("us.greenhouse-mail.io", ("greenhouse-mail.io",)), in_domains("notgreenhouse-mail.io", ("greenhouse-mail.io",))
    (True, False)
    """
    pool = domains if isinstance(domains, frozenset) else _domain_set(tuple(domains))
    return any(suffix in pool for suffix in domain_suffixes(domain))


@lru_cache(maxsize=65_536)
def domain_key(address_or_domain: str) -> str:
    """The company part of a mail domain, comparable with :func:`company_key`.

    ``""`` for applicant-tracking, scheduling and free mail domains, which name no employer.

    Examples
    --------
    >>> domain_key("jo@mail.northwind-gmbh.de"), domain_key("talent@fabrikam.co.uk")
    ('northwind', 'fabrikam')
    >>> domain_key("no-reply@us.greenhouse-mail.io"), domain_key("someone@gmail.com")
    ('', '')
    """
    domain = _domain_of(address_or_domain)
    if not domain or in_domains(domain, ATS_DOMAINS) or in_domains(domain, FREE_MAIL_DOMAINS):
        return ""
    labels = [x for x in domain.split(".") if x]
    if len(labels) >= 2:
        labels = labels[:-1]
        if len(labels) >= 2 and labels[-1] in _SECOND_LEVEL and len(domain.rsplit(".", 1)[-1]) == 2:
            labels = labels[:-1]
        government = bool(_GOVERNMENT & set(domain.split("."))) or domain.endswith(".ca")  # "ville.montreal.qc.ca"
        while len(labels) >= 2 and government and labels[-1] in _STATES | _GOVERNMENT:
            labels = labels[:-1]  # "dffh.vic.gov.au", "dshs.wa.gov", "finances.gouv.qc.ca": the agency
    return company_key(_CAREER_SITE.sub("", labels[-1]).replace("-", " ").replace("_", " ")) if labels else ""


def is_role_address(address: str) -> bool:
    """True for shared mailboxes and robots (``interviews@``, ``no-reply@`` ...) rather than people.

    Examples
    --------
    >>> is_role_address("Recruiting@northwind.example"), is_role_address("no-reply+abc@ashbyhq.com")
    (True, True)
    >>> is_role_address("jo.recruiting.fan@northwind.example"), is_role_address("careers.emea@northwind.example")
    (False, True)
    >>> is_role_address("teaching.vacancies@notify.example"), is_role_address("ana.jobs@northwind.example")
    (True, True)
    """
    text = str(address).strip().strip("<>").lower()
    text = text[7:] if text.startswith("mailto:") else text
    local = text.rsplit("@", 1)[0].split("+", 1)[0] if "@" in text else ""
    return (
        local in _ROLE_SET
        or local.replace("_", "-").replace(".", "-") in _ROLE_SET
        or local.rstrip("0123456789") in _ROLE_SET
        # a shared mailbox of one unit: "recrutement.cisss07@", "careers.nextstep@", "teaching.vacancies@"
        or ("." in local and (local.split(".", 1)[0] in _ROLE_SET or local.rsplit(".", 1)[-1] in _MAILBOX_ENDS))
    )


_ROLE_SET = frozenset(ROLE_LOCALPARTS)
#: The last word of a unit's shared mailbox ("teaching.vacancies@", "school.jobs@"); a person's title
#: there is a person's address ("ana.recruiter@").
_MAILBOX_ENDS = frozenset(
    ("vacancies", "vacancy", "jobs", "careers", "applications", "notifications", "noreply", "no-reply", "recruitment")
)


def _compact(key: str) -> str:
    return key.replace(" ", "")


class Matcher:
    """A prepared matcher over one tracker's applications and contacts (build once, match many).

    Parameters
    ----------
    applications : DataFrame
        With ``application_id``, ``company`` and, where known, ``status`` and ``applied_on``.
    contacts : DataFrame
        With ``email`` and ``company``.

    Examples
    --------
    >>> import pandas as pd
    >>> apps = pd.DataFrame({"application_id": [3], "company": ["Contoso Ltd"]})
    >>> m = Matcher(apps, pd.DataFrame(columns=["email", "company"]))
    >>> m.match(texts=["Interview: Contoso / Data Analyst"], addresses=[]).reason
    "company name 'Contoso' in 'Interview: Contoso / Data Analyst'"
    """

    def __init__(self, applications: pd.DataFrame, contacts: pd.DataFrame):
        apps = applications.reset_index(drop=True)
        self._ids = apps["application_id"].to_numpy(dtype="int64")
        self._names = apps["company"].astype(object).fillna("").to_numpy(dtype=object)
        codes, uniq = pd.factorize(pd.Series(self._names, dtype=object))
        keys = np.array([company_key(str(u)) for u in uniq], dtype=object)
        self._keys = keys[codes] if len(codes) else np.array([], dtype=object)
        status = apps["status"] if "status" in apps else pd.Series(None, index=apps.index, dtype=object)
        # a ghosted application can still be answered (silence is an answer only until news comes),
        # so it counts as open here: only an accepted, rejected or withdrawn one is closed for news
        answerable = [s for s in vocabulary.CLOSED_STATUSES if s != "ghosted"]
        self._open = ~status.isin(answerable).to_numpy(dtype=bool)
        applied = apps["applied_on"] if "applied_on" in apps else pd.Series(pd.NaT, index=apps.index)
        self._applied = pd.to_datetime(applied).to_numpy(dtype="datetime64[s]")
        self._by_key: dict[str, list[int]] = {}
        self._by_compact: dict[str, list[int]] = {}
        for pos, key in enumerate(self._keys):
            if key:
                self._by_key.setdefault(key, []).append(pos)
                self._by_compact.setdefault(_compact(key), []).append(pos)
        self._max_words = max((k.count(" ") + 1 for k in self._by_key), default=0)
        self._long_keys = [k for k in self._by_key if len(_compact(k)) >= FUZZY_MIN_LENGTH]
        emails = contacts["email"] if "email" in contacts else pd.Series([], dtype=object)
        companies = contacts["company"] if "company" in contacts else pd.Series(None, index=emails.index)
        names = contacts["name"] if "name" in contacts else pd.Series(None, index=emails.index)
        self._contacts: dict[str, tuple[str, str]] = {}
        for email, company, name in zip(emails.tolist(), companies.tolist(), names.tolist()):
            if isinstance(email, str) and email.strip() and isinstance(company, str) and company_key(company):
                self._contacts.setdefault(email.strip().lower(), (company_key(company), name or email))

    def match(
        self, *, texts: Sequence[str], addresses: Sequence[str], min_score: float = MIN_MATCH_SCORE, fuzzy: bool = True
    ) -> Match:
        """Match one invitation or mail; see :func:`match_application` for the arguments."""
        addresses = [_domain_of(a) if "@" not in str(a) else str(a).strip().strip("<>").lower() for a in addresses if a]
        addresses = list(dict.fromkeys(a[7:] if a.startswith("mailto:") else a for a in addresses))
        for address in addresses:
            found = self._contacts.get(address)
            if found and found[0] in self._by_key:
                return self._pick(
                    self._by_key[found[0]], SCORE_CONTACT, f"known contact {found[1]} ({address})", min_score
                )
        for address in addresses:
            key = domain_key(address)
            if key and _compact(key) in self._by_compact and min_score <= SCORE_DOMAIN:
                return self._pick(
                    self._by_compact[_compact(key)], SCORE_DOMAIN, f"domain {_domain_of(address)}", min_score
                )
        texts = list(dict.fromkeys(str(t) for t in texts if t and str(t).strip()))
        folded = [fold_text(t) for t in texts]
        best: tuple[int, str, str] | None = None  # (length, key, text)
        for text, words in zip(texts, folded):
            tokens = words.split()
            for n in range(min(self._max_words, len(tokens)), 0, -1):
                for i in range(len(tokens) - n + 1):
                    gram = " ".join(tokens[i : i + n])
                    if gram in self._by_key and (best is None or len(gram) > best[0]):
                        best = (len(gram), gram, text)
        if best is not None and min_score <= SCORE_NAME:
            positions = self._by_key[best[1]]
            shown = _shown_name(self._names[positions[0]])
            return self._pick(positions, SCORE_NAME, f"company name {shown!r} in {_clip(best[2])!r}", min_score)
        if fuzzy and self._long_keys and min_score <= FUZZY_MIN_RATIO * FUZZY_WEIGHT:
            found = self._fuzzy(texts, folded)
            if found is not None:
                ratio, key, text = found
                if ratio * FUZZY_WEIGHT >= min_score:
                    shown = _shown_name(self._names[self._by_key[key][0]])
                    return self._pick(
                        self._by_key[key],
                        ratio * FUZZY_WEIGHT,
                        f"a name close to {shown!r} in {_clip(text)!r}",
                        min_score,
                    )
        seen = "; ".join([*(_clip(t) for t in texts[:2]), *addresses[:3]]) or "nothing to match on"
        return Match(None, None, 0.0, f"no application matched ({seen})")

    def _fuzzy(self, texts, folded):
        from rapidfuzz import fuzz, process

        best = None
        for text, words in zip(texts, folded):
            tokens = words.split()
            grams = sorted(
                {
                    " ".join(tokens[i : i + n])
                    for n in range(1, min(self._max_words, len(tokens)) + 1)
                    for i in range(len(tokens) - n + 1)
                    if len(tokens[i]) >= 2
                }
            )
            grams = [g for g in grams if len(_compact(g)) >= FUZZY_MIN_LENGTH - 1]
            if not grams:
                continue
            scores = process.cdist(self._long_keys, grams, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_RATIO)
            if scores.size and scores.max() > 0:
                k, _ = np.unravel_index(int(scores.argmax()), scores.shape)
                ratio = float(scores.max())
                if best is None or ratio > best[0]:
                    best = (ratio, self._long_keys[k], text)
        return best

    def _pick(self, positions: list[int], score: float, reason: str, min_score: float) -> Match:
        if score < min_score:
            return Match(None, None, 0.0, f"evidence too weak ({reason})")
        pos = np.asarray(positions, dtype="int64")
        open_ = self._open[pos]
        pool = pos[open_] if open_.any() else pos
        # most recent applied_on first (missing dates last), then the newest id
        applied = self._applied[pool].astype("int64")
        applied = np.where(np.isnat(self._applied[pool]), np.iinfo("int64").min, applied)
        chosen = pool[np.lexsort((self._ids[pool], applied))[-1]]
        if len(pos) > 1:
            if open_.sum() > 1:
                reason += f"; the most recently applied of {int(open_.sum())} open applications there"
            elif open_.sum() == 1:
                reason += f"; the open one of {len(pos)} applications there"
            else:
                reason += f"; the most recent of {len(pos)} closed applications there"
        return Match(int(self._ids[chosen]), str(self._names[chosen]), float(score), reason)


def _shown_name(name: str) -> str:
    words = str(name).split()
    while len(words) > 1 and fold_text(words[-1]) in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


def _clip(text: str, limit: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def match_application(
    applications: pd.DataFrame,
    contacts: pd.DataFrame,
    *,
    texts: Sequence[str],
    addresses: Sequence[str],
    min_score: float = MIN_MATCH_SCORE,
) -> Match:
    """The application an invitation or mail belongs to.

    Parameters
    ----------
    applications : DataFrame
        The tracker's applications (``application_id``, ``company``, ``status``, ``applied_on``).
    contacts : DataFrame
        The tracker's contacts (``email``, ``company``, ``name``).
    texts : sequence of str
        Display names, summary or subject, location, the first part of a mail body.
    addresses : sequence of str
        Sender, organiser and attendee addresses.
    min_score : float
        Weaker evidence than this gives no match (default :data:`MIN_MATCH_SCORE`).

    Returns
    -------
    Match
        ``application_id`` None when nothing matched; ``reason`` then lists what was seen.

    Examples
    --------
    >>> import pandas as pd
    >>> apps = pd.DataFrame({"application_id": [1, 2], "company": ["Fabrikam", "Fabrikam"],
    ...                      "status": ["rejected", "interviewing"]})
    >>> m = match_application(apps, pd.DataFrame(), texts=["Fabrikam panel"], addresses=[])
    >>> m.application_id, m.reason
    (2, "company name 'Fabrikam' in 'Fabrikam panel'; the open one of 2 applications there")

    For many events against one tracker, build a :class:`Matcher` once instead.
    """
    return Matcher(applications, contacts).match(texts=texts, addresses=addresses, min_score=min_score)
