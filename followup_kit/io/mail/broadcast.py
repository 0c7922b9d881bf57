"""Mail sent to many people: it is not about one of your applications (issue 25).

A university placement office sends "Dear Students" notes, shortlists and "final selects" to
every student; an employer sends "all candidates" the day's schedule.  Read one by one, such
mail looks like an offer or a rejection, but it is about everyone on the list.
:func:`broadcast_reason` says why a message is a broadcast, from its structure: many
recipients in ``To``/``Cc`` or undisclosed recipients, a greeting to many ("Dear Students",
"Hi all"), words that list people ("list of shortlisted candidates", registration numbers),
or a list of names or numbers in the text.  A broadcast never creates an application or
records a decision; when the list holds the user's own name or address
(:func:`names_me`) it goes to the inbox for review.  The words are in ``[mail.broadcast]``
of the word tables.

Examples
--------
>>> broadcast_reason("Dear Students,\\nThe shortlist for Acme is below.", recipients=1)
'a greeting to many people'
>>> broadcast_reason("Hi Sam, thanks for your time today.", recipients=1) is None
True
>>> broadcast_reason("Dear Jo,\\nReferences are requested for all shortlisted candidates.") is None
True
>>> broadcast_reason("References are requested for all shortlisted candidates.")
'words that address or list many people'
>>> broadcast_reason("Hi Sam", recipients=12)
'12 recipients in To and Cc'
>>> names_me("Selected: 21BCE0042 Alex Moreau, 21BCE0107 Jo Li", ["alex.moreau@example.net"])
True
"""

from __future__ import annotations

import re
import unicodedata

from followup_kit import vocabulary

#: Addresses in To and Cc from which a mail is sent to a group, not to you: a recruiter writes
#: to you, sometimes with a colleague or two in copy; five or more is a list.
BROADCAST_RECIPIENTS = 5
#: Lines of a list (numbers, registration codes or names alone on a line) that make a mail a
#: list of people: a signature has two or three short lines, a shortlist has many.
LIST_LINES = 5
#: Characters of the text looked at: the greeting and the list come first.
BROADCAST_CHARS = 6_000


def _words(key: str) -> list[str]:
    """The words of ``[mail.broadcast]`` under ``key``, every language's, once each."""
    return list(vocabulary.section_words("mail", "broadcast").get(key, ()))


def _pattern(key: str, flags: int = 0, edge: str = "") -> re.Pattern:
    words = _words(key)
    return re.compile("|".join(f"{edge}(?:{w}){edge}" for w in words), flags) if words else re.compile(r"(?!x)x")


GREETING = _pattern("greeting", re.MULTILINE, edge=r"\b")  # "they all enjoyed" holds no "hey all"
# whole words: "final selects" lists students, "our final selection" is one letter's decision
MANY = _pattern("many", edge=r"\b")
#: A letter to one person ("Hi Ishaan,", "Dear Ms Okafor,"): a placement cell or a campus drive
#: it names is where the application went, not a sign of mail to many.
_PERSONAL = re.compile(
    r"^\s*[¡]?(?i:dear|hi|hello|hey|hola|estimad[oa]|querid[oa]|bonjour|cher|chère|hallo|liebe[r]?|beste|hej)\s+"
    r"(?!(?i:all|everyone|students?|candidates?|applicants?|colleagues?|sirs?|madam|friends?|team|members?|"
    r"participants?|job seekers?|todos|todas|candidat[oa]s?|tous|toutes)\b)[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s*[,!]"
)
_PLACE = re.compile(r"placement (?:drive|season|cell|office)|campus (?:drive|placement)")
_PROCESS = re.compile(
    r"(?:(?:to|for) )?all (?:the )?(?:eligible |interested |registered |shortlisted |selected )?(?:candidates|applicants)"
    # "Hi Owen, we are reaching out to everyone who applied ... your application is no longer under
    # consideration": a letter to you among all who applied
    r"|(?:everyone|everybody|all those) who (?:has |have |had )?applied"
    # the same process in Spanish and French: "intentamos responder a todas las personas que aplican"
    r"|a todas las personas que|a todos los candidatos|(?:à|a) tous les candidats"
)
# a registration or roll number ("21BCE0042", "2021-0042", "RA2011003010123"), or a numbered line
_ID_LINE = re.compile(r"^\s*(?:\d+[.)]?\s+)?(?:[a-z]{0,4}\d{2,}[a-z]{1,5}\d{2,}|\d{6,}|[a-z]{1,3}\d{7,})\b", re.I)
_NAME_LINE = re.compile(r"^\s*(?:\d+[.)]?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]*\.?){1,3}\s*$")
_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]?\s+\S")


def broadcast_reason(text: str, *, recipients: int = 1, undisclosed: bool = False) -> str | None:
    """Why a message (its own words, ``recipients`` addresses in To and Cc) is sent to many
    people, or None when nothing says so."""
    if undisclosed:
        return "sent to undisclosed recipients"
    if recipients >= BROADCAST_RECIPIENTS:
        return f"{recipients} recipients in To and Cc"
    head = (text or "")[:BROADCAST_CHARS]
    folded = head.casefold()
    if GREETING.search(folded):
        return "a greeting to many people"
    personal = _PERSONAL.match(head) is not None
    for many in MANY.finditer(folded):
        # a letter to one person may name a campus drive, or say what happens to "all shortlisted
        # candidates" (references are requested from them): a process, not a list
        if not (personal and (_PLACE.fullmatch(many.group(0)) or _PROCESS.fullmatch(many.group(0)))):
            return "words that address or list many people"
    lines = head.splitlines()
    ids = sum(1 for line in lines if _ID_LINE.match(line))
    names = sum(1 for line in lines if _NAME_LINE.match(line))
    numbered = sum(1 for line in lines if _NUMBERED.match(line))
    if ids >= LIST_LINES or names >= 2 * LIST_LINES or (numbered >= LIST_LINES and names >= LIST_LINES):
        return "a list of names or registration numbers"
    return None


def _my_names(mine) -> list[str]:
    names = []
    for address in mine:
        local = str(address).split("@", 1)[0].split("+", 1)[0].casefold()
        # "ifeoluwa.balogun88": the digits a mail service made them add are no part of a name
        parts = [w for p in re.split(r"[._-]+", local) if (w := p.rstrip("0123456789")).isalpha() and len(w) > 1]
        if len(parts) >= 2:
            names.append(" ".join(parts[:2]))
            names.append(" ".join(reversed(parts[:2])))
    return names


#: Words of a greeting to whoever reads it, not to a named person ("Dear Applicant", "Dear Sir or Madam").
_ANYONE = frozenset(
    [
        "applicant",
        "applicants",
        "candidate",
        "candidates",
        "sir",
        "madam",
        "colleague",
        "colleagues",
        "friend",
        "friends",
        "team",
        "all",
        "everyone",
        "there",
        "user",
        "member",
        "customer",
        "student",
        "participant",
        "jobseeker",
        "seeker",
        "talent",
        "hiring",
        "recruiter",
        "manager",
    ]
)
#: A greeting to one named person: "Dear Mr Siddiqui,", "Hi Priya,", "Dear Ms Okafor-Lane,".
_GREETED = re.compile(
    r"^\s*(?i:dear|hi|hello|hey)\s+(?:(?i:mr|mrs|ms|miss|mx|dr|prof)\.?\s+)?(?P<name>[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+)?)[ \t]*(?:[,:!]|\n)"
)


def greets_someone_else(text: str, mine) -> str | None:
    """The name a letter greets when the user's addresses spell a name and it is not theirs
    ("Dear Mr Siddiqui," in the mail of alex.moreau@...), else None: a decision in someone
    else's letter (a misdirected mail, a copy) is not about the user.

    >>> greets_someone_else("Dear Mr Siddiqui,\\nI am delighted to offer you the post.", ["alex.moreau@example.net"])
    'Siddiqui'
    >>> greets_someone_else("Dear Ms Moreau,\\nThank you.", ["alex.moreau@example.net"]) is None
    True
    >>> greets_someone_else("Dear Daniel,\\nThank you.", ["djkowalczyk.cpa@example.net"]) is None
    True
    """
    m = _GREETED.match(text or "")
    locals_ = [str(a).split("@", 1)[0].split("+", 1)[0].casefold() for a in mine]
    spelled = [p for local in locals_ for p in re.split(r"[._-]+", local) if p.isalpha() and len(p) > 2]
    if m is None or len(spelled) < 2:  # an address that spells no name ("coolcat99") says nothing
        return None
    folded = unicodedata.normalize("NFKD", m.group("name").casefold()).encode("ascii", "ignore").decode("ascii")
    words = [w for w in re.split(r"[\s'-]+", folded) if len(w) > 2]
    if any(w in _ANYONE for w in words):  # "Dear Applicant,", "Dear Hiring Team,"
        return None
    joined = " ".join(locals_)
    if not words or any(w in joined or any(p in w for p in spelled) for w in words):
        return None
    # an address may open on initials ("djkowalczyk" is Daniel's): a name with the same first letter may be theirs
    initials = {local[0] for local in locals_ if local[:1].isalpha()}
    if any(w[0] in initials for w in words):
        return None
    return m.group("name")


def names_me(text: str, mine) -> bool:
    """True when ``text`` holds one of the user's addresses ``mine`` or the name they spell
    ("alex.moreau@..." is "Alex Moreau" or "Moreau Alex")."""
    folded = " ".join(re.split(r"[\s,;:()]+", (text or "").casefold()))
    if any(str(a).casefold() in folded for a in mine):
        return True
    return any(re.search(rf"\b{re.escape(n)}\b", folded) for n in _my_names(mine))
