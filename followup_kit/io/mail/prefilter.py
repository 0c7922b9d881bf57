"""The cheap decisions about a message, made before any full parse: which mail can never be
evidence, and which mail from an unknown sender is worth reading.

:class:`TrackedCompanies` prepares what the tracker knows once per import (the shared
matcher, company names, contacts' addresses); :func:`worth_parsing` is the "cheap look" at
mail from an unknown sender; :func:`message_hash` is the key a message is stored under.

Examples
--------
>>> plain_address("Sam+jobs@example.net")
'Sam@example.net'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

import pandas as pd

from followup_kit.io.mail.look import names_a_hint
from followup_kit.io.mail.platforms import job_title_pattern
from followup_kit.io.mail.read import Headers
from followup_kit.io.matching import Matcher, company_key, domain_key

#: Takeout labels whose messages are never evidence (design notes, "Capture: mail exports").
SKIP_LABELS = ("spam", "trash", "chat")

#: A sender's domain that is one word of exactly one tracked company's name finds that company
#: ("coho.example" -> "Coho Vineyard") when the word has at least this many letters: shorter
#: words ("ab", "go") are too often part of unrelated names.
DOMAIN_WORD_MIN = 4
#: Letters a domain must have to be read as a name's words in another order (shorter ones collide).
DOMAIN_LETTERS_MIN = 8
#: Words a domain leaves out of a name ("City of Elk Grove" is elkgrovecity.org).
_LINK_WORDS = frozenset(("of", "the", "and", "for", "de", "du"))

#: Word stems that make mail from an unknown sender worth a full parse (step 2), in the four
#: languages the classifier reads: the vocabulary of applying and hiring, not of shopping
#: ("offer", "job" and "role" fill promotions and are left out).  Looked for, with the tracked
#: companies' names, in the subject, the display name and the decoded text parts.
HINT_STEMS = (
    "applica", "applied", "candida", "bewerb", "interview", "entretien", "entrevista", "vorstellungsgespr",
    "recruit", "recrut", "reclut", "hiring", "headhunt", "embauche", "vacan", "seleccion", "postul", "solicitud",
    "talent acquisition", "offer letter", "job offer", "arbeitsvertrag", "carta oferta", "promesse d'embauche",
    # issue 25: real decisions without a hiring stem ("your interest in Acme ... unable to offer you a position")
    "your interest in", "apply for", "apply to", "applying", "not selected", "move forward", "moving forward",
    # a recruiter's own words after an interview ("they went with someone else for the role")
    "someone else", "another direction", "different direction", "went with", "final round", "next round",
    "this role", "the role", "this position", "the position", "been filled", "onsite", "take-home",
    "speaking with us", "meeting with us", "your time with us",
    # an agency submitting you: "your profile has been submitted to"
    "submitted to",
    # a small employer's answer after an interview: "we've decided to go with someone", "filled both positions"
    "decided to go", "go with someone", "go with a candidate", "filled the", "filled both", "filled all",
    # British and Irish wording: "offer you the post", "shortlisting", "sift"
    "offer you", "the post", "shortlist", "sift",
    # Dutch: "sollicitatie", "vacature", "kandidaat", "werving"
    "sollicit", "vacature", "kandida", "werving",
    # Quebec French: "entrevue", "dotation" (staffing)
    "entrevue", "dotation",
    # Portuguese: "vaga", "processo seletivo", "proposta de trabalho", "seleção" (folded "selecao")
    "vaga", "processo seletivo", "proposta", "selecao",
    # Italian: "colloquio", "selezione", "posizione", "assunzione"
    "colloqui", "selezione", "posizione", "assunzione",
    # Swedish, Danish and Norwegian ("ansökan", "ansøgning", "søknad", "tjänst", "stilling"), as the byte fold writes them
    "ansokan", "ansogning", "soknad", "intervju", "tjanst", "stilling", "rekryter", "rekrutter",
    # Polish: "aplikacja", "kandydatura", "rekrutacja", "stanowisko", "zgłoszenie" (folded "zgloszenie"), "rozmowa"
    "aplikac", "kandydat", "rekrutac", "stanowisk", "zgloszen", "rozmow",
)  # fmt: skip


def message_hash(headers: Headers, raw: bytes = b"") -> str:
    """sha256 of the ``Message-ID``, or of date, sender and subject when there is none (of the
    message's bytes when it has none of these either).

    >>> from followup_kit.io.mail.read import read_headers
    >>> message_hash(read_headers(b"Message-ID: <a@b>\\n\\n"))[:12]
    'fd42a84f5894'
    """
    if headers.message_id:
        key = headers.message_id.strip()
    elif headers.date is None and not headers.sender and not headers.subject:
        return hashlib.sha256(raw).hexdigest()
    else:
        when = headers.date.isoformat() if headers.date is not None else ""
        key = f"{when}\n{headers.sender}\n{headers.subject}"
    return hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()


def domain_of(address: str) -> str:
    return address.rsplit("@", 1)[-1].strip().lower() if "@" in address else ""


def plain_address(address: str) -> str:
    """``sam+jobs@example.net`` -> ``sam@example.net`` (sub-addresses are the same mailbox)."""
    local, _, domain = address.partition("@")
    return f"{local.split('+', 1)[0]}@{domain}" if domain else address


_FOLD = re.compile(r"[^0-9a-z]+")
#: Letters without a decomposition, folded as the phrase tables write them ("søknad", "została").
_UNDECOMPOSED = str.maketrans({"ø": "o", "æ": "ae", "ł": "l", "œ": "oe", "đ": "d", "ı": "i"})


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").translate(_UNDECOMPOSED)
    return " " + " ".join(_FOLD.split(text.replace("'", "").replace("\u2019", ""))) + " "


class TrackedCompanies:
    """What the tracker knows, prepared once for the per-message checks."""

    def __init__(self, tables: dict[str, pd.DataFrame]):
        apps, contacts = tables["applications"], tables["contacts"]
        self.matcher = Matcher(apps, contacts)
        self.names = apps.set_index("application_id")["company"].astype(str).to_dict()
        keys = sorted({company_key(str(c)) for c in apps["company"].dropna().unique()} - {""})
        self.keys = keys
        self.compact_keys = {k.replace(" ", "") for k in keys}
        self.contacts = {str(e).strip().lower() for e in contacts["email"].dropna()} if "email" in contacts else set()
        words = {w for k in keys for w in k.split() if len(w) >= DOMAIN_WORD_MIN}
        self.hints = re.compile("|".join(re.escape(w) for w in sorted({*HINT_STEMS, *words}, key=len, reverse=True)))
        #: The same words for the look at the raw bytes (:func:`~followup_kit.io.mail.look.names_a_hint`).
        self.needles = tuple(sorted({w.replace("'", "").encode("ascii", "ignore") for w in (*HINT_STEMS, *words)}))
        self.by_word: dict[str, list[str]] = {}
        #: A name's words in any order, letter by letter: "City of Elk Grove" writes from elkgrovecity.org.
        self.by_letters: dict[str, list[str]] = {}
        for name in sorted(set(self.names.values())):
            name_words = company_key(name).split()
            for word in set(name_words):
                self.by_word.setdefault(word, []).append(name)
            letters = "".join(sorted("".join(w for w in name_words if w not in _LINK_WORDS)))
            if len(name_words) > 1 and len(letters) >= DOMAIN_LETTERS_MIN:
                self.by_letters.setdefault(letters, []).append(name)

    def known_sender(self, sender: str) -> bool:
        key = domain_key(sender) if sender else ""
        return (
            sender in self.contacts
            or (bool(key) and key.replace(" ", "") in self.compact_keys)
            or self.company_of_domain(sender) is not None
        )

    def company_of_domain(self, sender: str) -> str | None:
        """The tracked company whose name holds the sender's domain as a word ("coho.example" ->
        "Coho Vineyard") or is its words in another order ("elkgrovecity.org" -> "City of Elk Grove"),
        when exactly one does; the shared matcher needs the whole name."""
        key = domain_key(sender) if sender else ""
        if len(key) < DOMAIN_WORD_MIN or " " in key:
            return None
        found = self.by_word.get(key, ()) or self.by_letters.get("".join(sorted(key)), ())
        return found[0] if len(found) == 1 else None

    def companies_named(self, text: str) -> int:
        folded = _fold(text)
        return sum(1 for k in self.keys if f" {k} " in folded)


def _ascii_fold(text: str) -> str:
    text = text.casefold().replace("'", "").replace("\u2019", "")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


@lru_cache(maxsize=1)
def _job_in_subject() -> re.Pattern:
    """A job title and its noun in a subject: "the Program Manager role", "Data Analyst opening"."""
    titles = job_title_pattern().pattern
    return re.compile(
        rf"(?:{titles})(?:,?\s+[\w&/-]+){{0,3}}?\s+(?:role|position|opening|vacancy|post|job)\b", re.IGNORECASE
    )


def _named_job(subject: str) -> bool:
    return _job_in_subject().search(subject) is not None


def worth_parsing(raw: bytes, headers: Headers, tracked: TrackedCompanies) -> bool:
    """Step 2 for mail from an unknown sender: a hiring word or a tracked company's name in the
    subject, the display name or the text parts, looked for in the raw bytes before any parse
    (:func:`~followup_kit.io.mail.look.names_a_hint`)."""
    if tracked.hints.search(_ascii_fold(f"{headers.subject} {headers.sender_name}")):
        return True
    if _named_job(headers.subject or ""):  # "Quick call about the Program Manager role?"
        return True
    return names_a_hint(raw, tracked.needles)
