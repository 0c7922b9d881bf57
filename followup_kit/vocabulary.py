"""Every word the kit uses for a status, a kind, an event or a label: one place, one spelling.

Modules refer to these names instead of typing the words again, so the desk, the
CLI, the report and the importers can never disagree about what "closed" means.

Examples
--------
>>> from followup_kit import vocabulary
>>> "ghosted" in vocabulary.CLOSED_STATUSES
True
>>> vocabulary.KIND_LABELS["thank_you"]
'Thank-you note'
>>> vocabulary.EVENT_PHRASES["decision"]
'an offer or a rejection'
"""

from __future__ import annotations

import datetime as _dt
import tomllib as _tomllib
from importlib import resources as _resources

# --- the word tables: one data file per language ------------------------------------

#: Languages whose words come first, in this order; any other ``words/*.toml`` follows alphabetically.
FIRST_LANGUAGES = ("en", "fr", "de", "es")
#: Data files beside the word tables that are not a language (``words/platforms.toml``: the
#: applicant-tracking platforms, read by :mod:`followup_kit.io.mail.platforms`; ``words/opinion.toml``:
#: the second opinion's example sentences, read by :mod:`followup_kit.io.mail.opinion`).
NOT_LANGUAGES = ("platforms", "opinion")


def _read_words() -> dict[str, dict]:
    """Every ``followup_kit/words/<language>.toml``, by language code (English first)."""
    files = {
        f.name[:-5]: f for f in _resources.files("followup_kit").joinpath("words").iterdir() if f.name.endswith(".toml")
    }
    for name in NOT_LANGUAGES:
        files.pop(name, None)
    order = [c for c in FIRST_LANGUAGES if c in files] + sorted(set(files) - set(FIRST_LANGUAGES))
    return {code: _tomllib.loads(files[code].read_text(encoding="utf-8")) for code in order}


#: The word tables as read, by language code: ``WORDS["fr"]["sheet"]["headers"]["company"]``.
WORDS: dict[str, dict] = _read_words()


def _merged(*section: str) -> dict[str, tuple[str, ...]]:
    """One table of ``section`` with the words of every language joined, keys in English's order."""
    merged: dict[str, list[str]] = {}
    for table in WORDS.values():
        for part in section:
            table = table.get(part, {})
        for key, words in table.items():
            merged.setdefault(key, []).extend(w for w in words if w not in merged.get(key, ()))
    return {key: tuple(words) for key, words in merged.items()}


def section_words(*section: str) -> dict[str, tuple[str, ...]]:
    """The words of one section of the word tables (``"mail", "decision"``), every language's joined
    once each in the tables' order: the one reading the mail modules' phrase tables share."""
    return _merged(*section)


# --- the data model's vocabularies ------------------------------------------------

#: Who a contact is to the job seeker.
RELATIONS = ("interviewer", "hiring_manager", "recruiter", "referrer", "employee", "other")

#: Things that happen to an application, each on a date.
EVENT_KINDS = ("response", "offer", "offer_accepted", "rejection", "withdrawal", "ghosted")

#: Event kinds that end an application (no more chase-ups).
CLOSING_EVENTS = ("offer_accepted", "rejection", "withdrawal", "ghosted")

#: The kit's status vocabulary for applications.
STATUSES = ("applied", "interviewing", "offer", "accepted", "rejected", "withdrawn", "ghosted")

#: Statuses after which nothing is pending any more.
CLOSED_STATUSES = ("accepted", "rejected", "withdrawn", "ghosted")

#: Statuses that end an application without an accepted offer (a rejection invites ``keep_in_touch``).
ENDED_STATUSES = ("rejected", "withdrawn", "ghosted")

#: Statuses that mean a decision is known (chase-ups stop).
DECIDED_STATUSES = ("offer", *CLOSED_STATUSES)

#: Which status an event moves an application to (``response`` does not move it).
EVENT_STATUS = {
    "offer": "offer",
    "offer_accepted": "accepted",
    "rejection": "rejected",
    "withdrawal": "withdrawn",
    "ghosted": "ghosted",
}

#: Marks a user can put on an action of the schedule.
ACTION_STATES = ("done", "skipped")

#: Kinds of follow-up action (see :mod:`followup_kit.followups.schedule`).
ACTION_KINDS = (
    "thank_you",
    "linkedin_invite",
    "linkedin_followup",
    "referrer_update",
    "status_check",
    "expedite",
    "keep_in_touch",
)

#: Statuses of a scheduled action.
ACTION_STATUSES = ("pending", "overdue", "done", "skipped", "cancelled", "expired")

#: Action statuses still waiting for the user.
LIVE_ACTION_STATUSES = ("pending", "overdue")

#: An interview logged with a date but no time is placed at this local time.
DEFAULT_INTERVIEW_TIME = _dt.time(9, 0)

# --- labels people read -------------------------------------------------------------

#: What each follow-up kind is called on the desk, in the report and in the .ics.
KIND_LABELS = {
    "thank_you": "Thank-you note",
    "linkedin_invite": "LinkedIn invitation",
    "linkedin_followup": "LinkedIn follow-up",
    "referrer_update": "Update your referrer",
    "status_check": "Ask for an update",
    "expedite": "Mention your offer deadline",
    "keep_in_touch": "Keep the door open",
}

#: How the desk's outcome picker names each event kind.
OUTCOME_LABELS = {
    "response": "They replied",
    "offer": "Offer received",
    "offer_accepted": "I accepted the offer",
    "rejection": "Rejected",
    "withdrawal": "I withdrew",
    "ghosted": "No answer any more (ghosted)",
}

#: Why a decided application's chase-ups were cancelled, by status.
DECIDED_REASONS = {
    "offer": "you have an offer",
    "accepted": "you accepted their offer",
    "rejected": "the application was rejected",
    "withdrawn": "you withdrew the application",
    "ghosted": "you marked the application as ghosted",
}

# --- events of a wait ----------------------------------------------------------------

#: The start and end events a wait can be measured between (see ``wait_times``).
WAIT_EVENTS = ("applied", "first_interview", "last_interview", "response", "offer", "decision", "rejection")

#: The events as phrases in sentences ("from the application to an offer").
EVENT_PHRASES = {
    "applied": "the application",
    "first_interview": "the first interview",
    "last_interview": "the last interview",
    "response": "the first reply",
    "offer": "an offer",
    "decision": "an offer or a rejection",
    "rejection": "a rejection",
}

#: The events as short nouns on plot axes ("days since first interview").
EVENT_NOUNS = {
    "applied": "application",
    "first_interview": "first interview",
    "last_interview": "last interview",
    "response": "first reply",
    "offer": "offer",
    "decision": "decision",
    "rejection": "rejection",
}

#: The events as past participles ("still not answered").
EVENT_PARTICIPLES = {"decision": "decided", "offer": "offered", "rejection": "rejected", "response": "answered"}

#: Kinds of published figure (see ``analysis.published``): a measured duration, a share of people, a legal deadline.
PUBLISHED_KINDS = ("duration", "share", "legal_deadline")

#: The published figure comparisons use unless told otherwise (see ``analysis.published``).
DEFAULT_BENCHMARK = "shrm_24_days"

# --- a job seeker's own sheet (see ``io.spreadsheet``) ---------------------------------
#
# One table per concept, every language side by side, written the way people write
# them: the importer compares them after folding case and accents and dropping spaces
# and punctuation ("Date de réponse" == "date_de_reponse" == "DATE DE REPONSE").
# To teach the kit a new header or word, add it to the right tuple.

#: Shown where the kit shows a role and the sheet or the user gave none.
ROLE_NOT_GIVEN = "role not given"
#: What a draft says instead ("about the open role at Acme"): reads as a sentence.
DRAFT_ROLE_NOT_GIVEN = "open"

#: Header aliases of each sheet field, every language's in order (English with Teal and Huntr first).
SHEET_HEADERS: dict[str, tuple[str, ...]] = _merged("sheet", "headers")

#: Words of a numbered interview column ("Interview 2", "2e entretien", "Vorstellungsgespräch 1", "Entrevista 3").
SHEET_INTERVIEW_WORDS: tuple[str, ...] = _merged("sheet", "columns")["interview"]

#: Status words of a sheet, per kit status (``skip``: not applied yet, the row is skipped).
SHEET_STATUS_WORDS: dict[str, tuple[str, ...]] = _merged("sheet", "statuses")

#: Status words that could mean two statuses ("Declined": by them or by you?); the import asks.
SHEET_AMBIGUOUS_STATUS_WORDS: tuple[str, ...] = _merged("sheet", "ambiguous").get("status", ())

#: Stage words in the header of a column of dates, per date field ("Candidature", "Phone call", "Angebot").
SHEET_STAGE_WORDS: dict[str, tuple[str, ...]] = _merged("sheet", "stages")

#: Words that make a date column bookkeeping, not a stage ("Updated"), and words of job boards (a source column).
SHEET_CONTENT_WORDS: dict[str, tuple[str, ...]] = _merged("sheet", "content")

#: Stems of status words by meaning, per kit status ("reject" in "Rejection :(", "absag" in "Absage").
SHEET_STATUS_STEMS: dict[str, tuple[str, ...]] = _merged("sheet", "status_stems")

#: Phrase shapes of status words, per kit status (regular expressions on accent-free lower-case words).
SHEET_STATUS_SHAPES: dict[str, tuple[str, ...]] = _merged("sheet", "status_shapes")

#: Words that turn a status stem around ("no offer"): only a phrase shape reads such a word.
SHEET_STATUS_NEGATIONS: tuple[str, ...] = _merged("sheet", "status_negation").get("words", ())

#: Cells of a yes/no stage column ("ja"/"nein", "x", a check mark).
SHEET_YES_NO: dict[str, tuple[str, ...]] = _merged("sheet", "yesno")

#: Words of date cells that are bounds, not dates ("before 3/4", "vor dem 3.4."), and words joining two dates.
SHEET_DATE_WORDS: dict[str, tuple[str, ...]] = _merged("sheet", "dates")

#: The start of each month's name (accent-free), every language's: month number -> names.
SHEET_MONTHS: dict[int, tuple[str, ...]] = {int(k): v for k, v in _merged("sheet", "months").items()}

#: Which event a sheet's ``decided_on`` ("final answer") date makes, by the row's status;
#: ``accepted`` also gets an ``offer`` on that day when the sheet has no offer date.
#: Any other status (or none) reads the date as the first response.
DECIDED_EVENTS = {
    "rejected": "rejection",
    "withdrawn": "withdrawal",
    "offer": "offer",
    "accepted": "offer_accepted",
    "ghosted": "ghosted",
}

# --- capture: calendar invitations and mail ----------------------------------------

#: Relays of applicant-tracking, scheduling, video and signing services: their domain names the
#: tool, not the employer (design notes, "Capture: mail exports" and "Capture: calendar invitations").
ATS_DOMAINS: tuple[str, ...] = (
    "greenhouse-mail.io", "greenhouse.io", "hire.lever.co", "lever.co", "myworkday.com", "workday.com",
    "ashbyhq.com", "smartrecruiters.com", "icims.com", "workable.com", "workablemail.com", "recruitee.com",
    "teamtailor.com", "teamtailor-mail.com", "personio.de", "personio.com", "bamboohr.com", "jobvite.com",
    "successfactors.com", "successfactors.eu", "taleo.net", "breezy.hr", "jazzhr.com", "pinpointhq.com",
    "docusign.net", "docusign.com", "hellosign.com", "calendly.com", "goodtime.io", "modernloop.io",
    "prelude.co", "gem.com", "zoom.us", "zoom.com", "teams.microsoft.com", "microsoft.com", "webex.com",
    "calendar.google.com", "google.com", "linkedin.com", "indeed.com", "hirevue.com", "codility.com",
    "hackerrank.com", "coderpad.io", "codesignal.com", "testgorilla.com",
)  # fmt: skip


def _platform_domains() -> tuple[str, ...]:
    """The sender domains of every platform in ``words/platforms.toml`` (one list of platforms)."""
    table = _tomllib.loads(_resources.files("followup_kit").joinpath("words", "platforms.toml").read_text("utf-8"))
    return tuple(d for p in table["platform"] for d in p["domains"])


ATS_DOMAINS = ATS_DOMAINS + tuple(d for d in dict.fromkeys(_platform_domains()) if d not in ATS_DOMAINS)


#: Free mail providers: an address there says nothing about an employer.
FREE_MAIL_DOMAINS: tuple[str, ...] = (
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com",
    "yahoo.fr", "yahoo.de", "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com",
    "gmx.de", "gmx.net", "gmx.at", "web.de", "t-online.de", "orange.fr", "free.fr", "laposte.net",
    "sfr.fr", "wanadoo.fr", "libero.it", "mail.com", "fastmail.com", "hey.com", "zoho.com", "yandex.com",
)  # fmt: skip


#: Local parts (before the ``@``) of shared mailboxes and robots rather than people, in the
#: languages the kit reads (English, French, German, Spanish, Dutch).
ROLE_LOCALPARTS: tuple[str, ...] = (
    "interviews", "interview", "interviewing", "recruiting", "recruitment", "recruiter", "recruiters",
    "careers", "career", "jobs", "job", "talent", "talentacquisition", "hiring", "hr", "people",
    "no-reply", "noreply", "do-not-reply", "donotreply", "notifications", "notification", "notify",
    "calendar", "calendars", "scheduling", "schedule", "scheduler", "invites", "invitations", "meetings",
    "bounce", "bounces", "mailer-daemon", "postmaster", "info", "hello", "contact", "team", "support",
    "admin", "rh", "recrutement", "emploi", "bewerbung", "bewerbungen", "karriere", "personal",
    "empleo", "seleccion", "rrhh", "sollicitaties", "sollicitatie", "werkenbij", "vacatures", "werving",
    "vacancies", "vacancy", "applications", "resourcing",
    # "do not reply" in the kit's other languages: "ne-pas-repondre@", "nao-responda@", "nicht-antworten@"
    "ne-pas-repondre", "nepasrepondre", "no-responder", "noresponder", "nao-responda", "naoresponda",
    "nicht-antworten", "niet-beantwoorden", "non-rispondere", "dotation", "staffing",
)  # fmt: skip


#: Legal-form words dropped from the end of company names (English, German, French, Dutch,
#: Nordic, Spanish, Italian company forms).
LEGAL_SUFFIXES: tuple[str, ...] = (
    "inc", "incorporated", "ltd", "limited", "llc", "llp", "lp", "plc", "corp", "corporation", "co",
    "company", "gmbh", "ag", "kg", "ohg", "ug", "se", "ev", "gbr", "mbh", "sa", "sas", "sasu", "sarl",
    "sca", "scs", "bv", "nv", "ab", "as", "asa", "oy", "oyj", "aps", "srl", "spa", "sl", "sau", "slu",
    "pty", "pte", "kk", "group", "holding", "holdings",
)  # fmt: skip

#: Calendar words, regular expressions on accent-free, casefolded text: words that make an event an
#: interview on their own, words that hint at one only when a tracked company is named too, and words
#: that make the person met a recruiter rather than an interviewer.
_CALENDAR = _merged("calendar")
STRONG_INTERVIEW_WORDS: tuple[str, ...] = _CALENDAR["strong_interview"]
WEAK_INTERVIEW_WORDS: tuple[str, ...] = _CALENDAR["weak_interview"]
RECRUITER_WORDS: tuple[str, ...] = _CALENDAR["recruiter"]

#: What happened to each event considered (the ``outcome`` column).
INVITATION_OUTCOMES = ("added", "updated", "cancelled", "unchanged", "ignored", "unmatched")
#: Why everyday events were left alone, in the order the one-line summary lists them.
EVERYDAY_REASONS = ("all-day", "repeating", "cancelled", "no sign of an interview")

# --- mail exports (issue 12) ---------------------------------------------------------

#: What a mail about an application can be.
MAIL_KINDS = ("acknowledgement", "interview_request", "information_request", "rejection", "offer", "other")

#: How each kind of mail is called in tables and on the desk's Inbox tab.
MAIL_KIND_LABELS = {
    "acknowledgement": "acknowledgement",
    "interview_request": "interview request",
    "information_request": "information request",
    "rejection": "rejection",
    "offer": "offer",
    "other": "other",
}

#: The tracker event each kind of mail records: a reply asking for an interview or for
#: information is the company's first human response; acknowledgements are automatic (no event).
MAIL_EVENT = {
    "rejection": "rejection",
    "offer": "offer",
    "interview_request": "response",
    "information_request": "response",
}

#: States of a stored mail (``mail_messages.state``).
MAIL_STATES = ("applied", "review", "accepted", "dismissed", "ignored")

#: What an import did with each message it considered (``MailImport.messages.outcome``).
MAIL_OUTCOMES = ("applied", "to review", "ignored", "unmatched")
