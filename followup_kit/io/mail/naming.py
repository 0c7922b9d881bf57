"""Where a mail's own words name its employer (issue 25): the subject's shapes ("Thank you for
applying to Lucid Software"), the sign-off ("The Acme Recruiting Team"), a title line, a
display name with a tagline ("State of Maryland - DBM Recruitment").

Each reader returns a name that :func:`~followup_kit.io.mail.platforms.is_employer_name` allows
(never a platform, a team word, an office or a person), cleaned by
:func:`~followup_kit.io.mail.platforms.clean_employer`, or None.

Examples
--------
>>> employer_in_subject("Thank you for applying to Lucid Software, Inc.")
'Lucid Software'
>>> employer_in_signature("Thanks for your time.\\n\\nBest,\\nThe Harbor Labs Recruiting Team")
'Harbor Labs'
"""

from __future__ import annotations

import re

from followup_kit.io.mail.places import is_city, is_place
from followup_kit.io.mail.platforms import (
    EMPLOYER_WORDS,
    clean_employer,
    has_company_word,
    is_employer_name,
)
from followup_kit.io.matching import company_key

#: Lines at the end of the text searched for a sign-off ("The Acme Recruiting Team"): a
#: signature is a few lines; a legal footer below it names no employer in that shape.
SIGNATURE_LINES = 12

_UPPER = "A-ZÀ-ÖØ-Þ0-9"
_LEGAL = r"(?:,\s*(?:Inc|LLC|Ltd|Corp|Co|GmbH|S\.?A|L\.?P)\.?)?"
_NAME = (
    # one line's words: a signature's next line (a street address) is not part of the name
    rf"[{_UPPER}][\w'’.&!-]*(?:[ \t]+(?:&|and|de|du|la|y|und|of|the|for|on)?[ \t]*[{_UPPER}][\w'’.&!-]*){{0,{EMPLOYER_WORDS - 1}}}"
    + _LEGAL
)
#: The last word of a public body's name ("Harbor Water District", "County of Sacramento").
_BODY = (
    r"(?i:district|county|city|department|authority|agency|commission|board|council|bureau|university|college|"
    r"schools?|hospital|library|corps)"
)
#: An agency's submission names its client: "Profile submitted to Mphasis - Java Developer",
#: "Submitted: your profile to Hillel Lodge - RPN Permanent Full-Time".
_SUBMITTED_TO_WORDS = (
    r"(?i:(?:profile|cv|resume|application|candidacy)\s+(?:has been\s+|was\s+)?(?:submitted|sent|forwarded|presented)\s+to|"
    r"submitted:?\s+(?:your\s+)?(?:profile|cv|resume|application)\s+to)\s+(?:(?i:our client),?\s+)?"
    rf"(?P<name>{_NAME}?)\s*(?:$|[-–|:,]\s|\s(?i:for)\s)"
)
_SUBMITTED_TO = re.compile(_SUBMITTED_TO_WORDS)
#: An agency's text names the client: "I've submitted your resume to our client, Golden 1 Credit Union, for ...".
_CLIENT_IN_TEXT = re.compile(
    r"(?i:(?:submitted|sent|forwarded|put forward|presented) (?:your )?(?:resume|cv|profile|application|details)"
    r"(?: over)? to (?:our|my) client),?\s+"
    rf"(?P<name>{_NAME}?)\s*(?:,|\.|\s(?i:for|as)\s)"
    # "the Junior Buyer position with our client Ferrero", "presso il nostro cliente Ferrero"
    r"|(?i:(?:for|with|at|to|presso|per|chez|pour|bei|para|con|de|bij|voor) (?:our|il nostro|notre|unserem|nuestro|nosso|onze) "
    r"(?:client|cliente|kunden|opdrachtgever|klant))\s*,?\s+"
    rf"(?:(?i:la|le|les|l')\s*)?(?!(?i:a|an|the|un|una|une|ein|eine|een|de|het)\b)(?P<ours>{_NAME}?)\s*(?:,|\.|\s(?i:for|as|per|pour|para|in)\s|$)"
    # "Confirmation that you're happy for me to send your CV to WCVA for this role only"
    r"|(?i:(?:send|submit|forward|put forward|present) your (?:resume|cv|profile|application|details)(?: over)? to)\s+"
    rf"(?!(?i:the|our|my|a|an|them|him|her|you)\b)(?P<client>{_NAME}?)\s*(?:,|\.|\s(?i:for|as)\s)"
    # the client told by name: "The client is Income Insurance (the former ...)", "il cliente per cui stiamo
    # selezionando la posizione ... è Tenaris Dalmine", "il cliente è Tenova (gruppo Techint)", "le client est ..."
    r"|(?i:\b(?:the|our|my) client (?:here )?is|\bil (?:nostro )?cliente (?:[^.]{0,80}? )?(?:è|e)|\ble client (?:est|sera)|"
    r"\bder kunde (?:ist|heißt|heisst)|\bel cliente es|\bde (?:klant|opdrachtgever) is|\bkunden (?:är|ar)|"
    # Swedish: "Jag har presenterat dig för Ericsson", "som vi rekryterar till Bonnier News"
    r"\bpresenterat dig (?:för|for)|\bvi rekryterar (?:till|åt|at)|\bfått återkoppling från|\bfatt aterkoppling fran)\s+"
    rf"(?!(?i:a|an|the|un|una|une|ein|eine|een|en|ett|looking|based|located|happy)\b)(?P<told>{_NAME}?)\s*(?:,|\.|!|\(|\s(?i:and|e|et|und|y|en|och|for|per)\s|$)"
    # the vacancy at the client through the agency: "op de vacature Data Engineer bij Havenbedrijf Rotterdam via
    # Brunel", "the Data Engineer role at Harbor Port via Hays"
    rf"|(?i:\b(?:vacature|vacancy|role|position|job|stelle|poste|puesto|vaga)\b[^.]{{0,60}}?\s(?:bij|at|with|bei|chez|en|em|na|no))"
    rf"\s+(?P<via>{_NAME}?)\s+(?i:via)\s"
)
#: Subjects that name the employer: "Thank you for applying to Lucid Software", "Your
#: application to Harbor Labs", "Update from Acme on REQ-123", "Acme: application received".
SUBJECT_SHAPES = tuple(
    re.compile(p)
    for p in (
        rf"(?i:thank(?:s| you) for (?:your )?(?:applying|application|interest)(?: to| at| with| in)?(?: the)?)\s+"
        rf"(?:.*\s(?i:at|with)\s+)?(?P<name>{_NAME})\s*[!.]?$",
        rf"(?i:your application (?:to|at|with))\s+(?:.*\s(?i:at|with)\s+)?(?P<name>{_NAME})\s*[!.]?$",
        rf"(?i:thank(?:s| you) for (?:your )?(?:applying|application|interest))\s*[-–|:]\s*(?P<name>{_NAME})\s*[!.]?$",
        # the receipt first, the employer after a dash: "We've received your application - Grant Thornton"
        rf"^(?i:we(?:['’]ve| have) (?:now )?received your application|application (?:received|submitted|confirmation)|"
        rf"your application (?:has been |was )?(?:received|submitted))\s*[-–|:]\s*(?P<name>{_NAME})\s*[!.]?$",
        rf"(?i:update from)\s+(?P<name>{_NAME}?)\s+(?i:on|about|regarding)\b",
        rf"(?i:application (?:to|at|with))\s+(?P<name>{_NAME})\s*[!.]?$",
        # "Your application to Tessellate has been received"
        rf"(?i:your application (?:to|at|with))\s+(?P<name>{_NAME}?)\s+(?i:has been|was|is)\s+(?i:received|submitted|sent)",
        rf"^(?P<name>{_NAME}?)\s*(?::|-|–|\|)\s*(?i:application|job application|your application|acknowledg(?:e)?ment of (?:your )?application|thank(?:s| you)|confirmaci[oó]n|hemos "
        r"recibido|tu candidatura|tu postulaci[oó]n|tu solicitud|actualizaci[oó]n|gracias|votre candidature|merci|"
        r"ihre bewerbung|vielen dank|je sollicitatie|bedankt|"
        # Italian and Portuguese: "Italdesign - aggiornamento candidatura", "Sensedia | Recebemos sua candidatura"
        r"candidatura|aggiornamento|esito|conferma|la (?:tua|sua) candidatura|recebemos|sua candidatura|atualiza[cç][aã]o|"
        # "Air Canada - Confirmation de candidature / Application Confirmation"
        r"confirmation|accus[ée] de r[ée]ception)",
        rf"\s(?i:at)\s+(?P<name>{_NAME})\s*[!.]?$",
        # a board's confirmation: "You applied to Attentive", "You've applied for Data Analyst at Attentive"
        rf"^(?i:you(?:['’]ve| have)? (?:just |successfully )?applied (?:to|at|with))\s+(?P<name>{_NAME})\s*[!.]?$",
        # an envelope to sign names its sender first: "Complete with Docusign: Ramp - Offer Letter - Sam Sample"
        rf"^(?i:complete with (?:docusign|adobe (?:acrobat )?sign)|please (?:docusign|sign|review and sign)|"
        rf"signature requested(?: by| from)?)\s*:?\s+(?P<name>{_NAME}?)\s+[-–|:]\s",
        # "Thank you from Tatari", "Message from the Federal Reserve Bank of Boston: Submission Received"
        rf"(?i:(?:thank(?:s| you)|message|an update|update|news|a note|nachricht|neue nachricht)\s+(?:from|von))\s+(?:(?i:the)\s+)?(?P<name>{_NAME}?)"
        r"(?:,?\s+(?:SE|AG|GmbH|Inc\.?|LLC|Ltd\.?))?\s*(?:[!.:]|\s[-–|]\s|\s(?i:zu|about|regarding|on)\s|$)",
        _SUBMITTED_TO_WORDS,
        # a public body in brackets after the job: "Examination Results - Management Analyst (Harbor Water District)"
        rf"\((?P<name>(?:{_NAME}?\s)?{_BODY}\s(?i:of)\s[^()]{{1,40}}|{_NAME}?\s{_BODY})\)\s*$",
        # a company with its legal form opening the subject: "Harbor Group AG - Harbor Finance LLC - Data Intern"
        rf"^(?P<name>{_NAME}?),?\s+(?:AG|GmbH|LLC|Inc\.?|Ltd\.?|SE|plc|PLC|S\.?A\.?|Corp\.?|N\.?V\.?)\s+[-–|]\s",
        # a background check ordered by the employer: "Kestrel Analytics has requested a background check",
        # "Notice of Adverse Action - FedEx Ground", "Background check for Harbor Labs"
        rf"^(?P<name>{_NAME}?)\s+(?i:has|have)\s+(?i:requested|ordered|initiated|started)\s+(?i:a|an|your)\s+"
        r"(?i:background|employment|pre-employment|screening|drug)",
        rf"(?i:(?:notice of )?(?:pre-)?adverse action(?: notice)?|background (?:check|screening)(?: (?:update|request|invitation|"
        rf"complete|completed|notice))?)\s*(?:[-–|:]|\s(?i:from|(?:requested |ordered )?by))\s*(?P<name>{_NAME}?){_LEGAL}\s*[!.]?$",
        # "Employment Update - SSA Marine, Inc"
        rf"(?i:employment update|application update|application status|status update)\s*[-–|:]\s*(?P<name>{_NAME}?){_LEGAL}\s*[!.]?$",
        # a public hiring system's notice: "Notice of Results for VA Maryland Health Care System"
        rf"(?i:notice of (?:results|rating|referral)|results notice)\s+(?i:for|from)\s+(?:(?i:the)\s+)?(?P<name>{_NAME}?){_LEGAL}\s*[!.]?$",
    )
)
_SIGN_OFF = (
    r"(?:[-–—]+\s*|(?i:best|regards|best regards|kind regards|sincerely|thanks|thank you|cheers|groeten|"
    r"met vriendelijke groet(?:en)?|hartelijke groet(?:en)?|cordialement|mit freundlichen grüßen|viele grüße|"
    r"saludos|un saludo),\s*)?"
)
_SIGNATURE = re.compile(
    rf"^{_SIGN_OFF}(?:(?i:the)\s+)?(?P<name>{_NAME}?)(?<! University)(?<! College)(?<! Campus)(?<! Early)(?<! Emerging)(?<! Graduate)"
    r"(?<! Student)(?<! Trainee)[ \t]+(?i:early careers|early talent|emerging talent|"
    r"(?:graduate|student|trainee|campus|university|college) (?:recruitment|recruiting|careers|resourcing)|"
    r"recruiting|recruitment|talent acquisition|talent|hiring|careers|people|hr)(?:[ \t]+(?i:team|department))?[ \t]*[.!]?$"
    rf"|^{_SIGN_OFF}(?i:the)\s+(?P<team>{_NAME}?(?:\s+[-–|]\s+{_NAME}?)?)[ \t]+(?i:team)[ \t]*[.!]?$"
    rf"|^{_SIGN_OFF}(?:(?i:the)\s+)?[\w ]{{0,40}}(?i:team|recruiting|recruitment)\s+(?i:at)\s+(?P<at>{_NAME})\s*[.!]?$"
    # "L'équipe Acme", "L'équipe recrutement Acme", "Ihr Acme-Team" is read as "Ihr Acme", "El equipo de Acme"
    # the Dutch "Team Recruitment Jumbo", "Team Werving & Selectie Gemeente Vechtstreek"
    rf"|^{_SIGN_OFF}(?i:team)\s+(?:(?i:recruitment|recruiting|werving(?: (?:&|en) selectie)?|hr|p&o)\s+)?(?P<nl>{_NAME}?)\s*[.!]?$"
    rf"|^{_SIGN_OFF}(?i:ihr|dein|euer)\s+(?P<ihr>{_NAME}?)(?:[ \t]+|-)(?i:recruiting-?|hr-?|people-?)?(?i:team)[ \t]*[.!]?$"
    rf"|^{_SIGN_OFF}(?i:l['’]\s?[ée]quipe|el equipo de|das team von|ihr team von)\s+"
    rf"(?:(?i:de\s+)?(?i:recrutement|rh|talent acquisition|acquisition de talents|talent|people|selecci[oó]n)\s+(?i:de\s+|d['’]\s?)?)?(?P<team_of>{_NAME}?)\s*[.!]?$",
    re.MULTILINE,
)


#: A sign-off at the very end of a text that lost its line breaks: "... endeavors. Regards, IMC Recruiting"
_INLINE_SIGN_OFF = re.compile(
    rf"(?<=[.!?])\s+(?i:best|regards|best regards|kind regards|sincerely|thanks|thank you|cheers),\s+(?:(?i:the)\s+)?"
    rf"(?P<name>{_NAME}?)\s+(?i:early careers|early talent|emerging talent|"
    r"(?:graduate|student|trainee|campus|university|college) (?:recruitment|recruiting|careers|resourcing)|"
    r"recruiting|recruitment|talent acquisition|talent|hiring|careers|people|hr)(?:\s+(?i:team))?\s*[.!]?\s*$"
)

#: A recruiter's own sign-off: the company after the title ("Senior Recruiter, Parkland Health",
#: "Talent Acquisition Specialist | US Anesthesia Partners") or on the line under it.
_TITLE_WORDS = (
    r"\b(?i:recruiter|recruiting|recruitment|talent acquisition|talent partner|sourcer|hr|human resources|"
    r"people partner|people operations|"
    # Portuguese teams: "Time de Atração e Seleção | Itaú Unibanco", "Recrutamento e Seleção | Hapvida"
    r"recrutamento|sele[çc][ãa]o|atra[çc][ãa]o|talentos)\b"
)
# a title line is short and no sentence ("Senior Recruiter, Parkland Health"; not "Our recruiter reads it.")
_TITLE_LINE = re.compile(
    rf"^(?=[^\n]{{0,80}}$)[^\n.]*?{_TITLE_WORDS}[^\n]*?(?:,|\s[|@–-]\s|\s(?i:at)\s)\s*(?P<name>{_NAME}?)\s*$",
    re.MULTILINE,
)
_UNDER_TITLE = re.compile(
    rf"^(?=[^\n]{{0,60}}$)[^\n.]*{_TITLE_WORDS}[^\n.]*\n(?![^\n]*{_TITLE_WORDS})(?:The[ \t]+)?(?P<name>{_NAME}?)[ \t]*(?:\([^)\n]*\))?[ \t]*"
    r"(?:[|,][^\n]*)?$",
    re.MULTILINE,
)

#: Where a company's page name ends and its tagline starts: "Yotta - Experts in data hiring",
#: "Meritis | B Corp", "EY Fabernovel, part of EY Studio+", "ALFI : Financial Markets".
_TAGLINE = re.compile(r"\s+[-–—|:•·]\s+|\s*[|•·]\s*|,\s+|\s+\(")


def employer_of(raw: str, *, platforms_too: bool = False) -> str | None:
    """The employer a name names, cleaned; a name with a tagline is read by its head
    ("Meritis | B Corp" is Meritis); None when neither is an employer's name.

    >>> employer_of("Yotta - Experts in data hiring, AI & Product"), employer_of("Talent Team")
    ('Yotta', None)
    """
    name = clean_employer(raw)
    if is_employer_name(name, platforms_too=platforms_too):
        return name
    head = _TAGLINE.split(str(raw or "").strip(), maxsplit=1)[0]
    name = clean_employer(head) if head and head != raw else ""
    return name if name and is_employer_name(name, platforms_too=platforms_too) else None


def employer_before_tagline(raw: str, *, platforms_too: bool = False) -> str | None:
    """The employer a name names before its tagline only ("Santé Québec – CISSS de l'Outaouais" is
    Santé Québec); None for a name with no tagline or no employer before it.

    >>> employer_before_tagline("Harbor Health – Recrutement"), employer_before_tagline("Harbor Career Center")
    ('Harbor Health', None)
    """
    head = _TAGLINE.split(str(raw or "").strip(), maxsplit=1)[0]
    if not head or head == str(raw or "").strip():
        return None
    name = clean_employer(head)
    return name if is_employer_name(name, platforms_too=platforms_too) else None


def first_employer(candidates, platforms_too: bool = False) -> str | None:
    """The first of ``candidates`` that names an employer, cleaned (see :func:`employer_of`)."""
    for raw in candidates:
        name = employer_of(raw, platforms_too=platforms_too)
        if name:
            return name
    return None


#: Emoji and other symbols a subject ends on.
_SYMBOLS_AT_END = re.compile(r"[\s\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+$")
#: A first name the subject ends on, after a comma: the job seeker addressed ("..., Kendall!").
_VOCATIVE = re.compile(r",\s*[A-Z][a-z]+\s*[!.]?\s*$")


def employer_in_subject(subject: str, *, platforms_too: bool = False) -> str | None:
    """The employer a subject names, or None."""
    subject = " ".join((subject or "").split())
    subject = re.sub(r"^(?i:re|fwd?|aw|tr):\s*", "", subject)
    subject = _VOCATIVE.sub("", subject)  # "... to Shield AI, Kendall!" is addressed to you
    subject = _SYMBOLS_AT_END.sub("", subject)  # "You applied to Attentive 🎉"
    return first_employer((m.group("name") for p in SUBJECT_SHAPES if (m := p.search(subject))), platforms_too)


def client_named(subject: str, text: str = "") -> str | None:
    """The client an agency's subject or its text's first lines name, or None.

    >>> client_named("Profile submitted to Harbor Health - Java Developer - Sam Sample")
    'Harbor Health'
    >>> client_named("Submitted: Coordinator", "I've submitted your resume to our client, Golden 9 Credit Union, for the role.")
    'Golden 9 Credit Union'
    """
    subject = " ".join((subject or "").split())
    head = " ".join((text or "")[:CLIENT_CHARS].split())
    found = _SUBMITTED_TO.search(subject) or _CLIENT_IN_TEXT.search(head)
    if found is not None:
        groups = found.groupdict()
        return first_employer(
            [
                groups.get("name")
                or groups.get("client")
                or groups.get("ours")
                or groups.get("told")
                or groups.get("via")
                or ""
            ]
        )
    # the client in brackets at the subject's end: "Submitted: Project Coordinator (Pembina Pipeline)"
    if (bracketed := _bracketed_client(subject, head)) is not None:
        return bracketed
    # "RE: Anglo American - Financial Reporting Lead" and "Anglo American have decided ...": the subject's
    # head names the client when the text names it too (an agency's own subject line)
    lead = _CLIENT_LEAD.match(subject)
    after = _CLIENT_AFTER_TOPIC.match(subject) if lead is None else None
    found = lead or after
    name = first_employer([found.group("name")]) if found is not None else None
    # "Janssen feedback", "Maple Leaf update", "Terugkoppeling Waternet": the client and its news name it alone
    topic = after is not None or (
        lead is not None and lead.group(0).rstrip().casefold().endswith(("feedback", "update", "news", "outcome"))
    )
    if name and (topic_word := _TOPIC_WORD.match(name)) is not None:
        # "Proposta Tenaris Dalmine - Ingegnere", "Offer Harbor Labs - Analyst": the topic, then the client
        name = first_employer([name[topic_word.end() :]]) or name
    said = name is not None and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", head, re.IGNORECASE) is not None
    if name and (said or (topic and not _GENERIC_LEAD.fullmatch(name))):
        return name
    return None


def _bracketed_client(subject: str, head: str) -> str | None:
    """The client in brackets at an agency's subject's end ("Adecco: candidatura ricevuta - Junior Buyer (Robert
    Bosch S.p.A.)"), with a legal form or named by the text too; never "(Remote)", "(m/w/d)" or a town."""
    bracket = _CLIENT_BRACKET.search(subject)
    if bracket is None:
        return None
    raw = bracket.group("name")
    before = subject[: bracket.start()].split()[-1:]
    if before and f"{before[0]} ({raw})".casefold() in head.casefold():
        return None  # "Facilities Manager (MEP)": the text writes the bracket with the role, it is the role's
    named = first_employer([raw])
    legal = re.search(r"\b(?:S\.?p\.?A|S\.?r\.?l|S\.?A|GmbH|AG|Ltd|Inc|LLC|plc|S\.?A\.? de C\.?V)\b", raw) is not None
    if (
        named
        and not is_place(named)
        and not _used_as_place(named, head)
        and (legal or f" {company_key(named)} " in f" {company_key(head)} ")
    ):
        return named
    return None


#: Words that make the name before them a place: "(orthopedics, Akron area)", "the Leeds office".
_PLACE_AFTER = r"(?:area|region|metro|county|office|location|site|based|-based)\b"


def _used_as_place(name: str, head: str) -> bool:
    """True when the text uses ``name`` only as a place: "Akron area", "based in Akron", never as a company."""
    uses = list(re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", head, re.IGNORECASE))
    place = re.compile(rf"\s*{_PLACE_AFTER}", re.IGNORECASE)
    before = re.compile(r"(?:\b(?:in|near|around|based in|located in)\s+)$", re.IGNORECASE)
    return bool(uses) and all(place.match(head, m.end()) or before.search(head[: m.start()]) for m in uses)


#: A name in brackets ending a subject: an agency's client.
_CLIENT_BRACKET = re.compile(rf"\((?P<name>{_NAME}?)\)\s*$")


#: Words a subject may open on before "update" that name no client ("Quick update", "Application update").
_GENERIC_LEAD = re.compile(
    r"(?i:quick|brief|short|small|big|good|great|latest|final|weekly|monthly|an?|the|my|your|our|application|submitted|"
    r"interview|candidate|status|role|job|process|project|market|salary|contract|recruitment|hiring)(?:\s+\w+)?"
)


#: A subject's first word that says what the mail is, before the client's name.
_TOPIC_WORD = re.compile(
    r"(?i:proposta|offerta|offer|colloquio|interview|feedback|esito|aggiornamento|update|angebot|offre|entretien|"
    r"aanbod|erbjudande|intervju|kennismaking|kennismakingsgesprek|gesprek|uitnodiging|vorstellungsgespräch|"
    r"vorstellungsgesprach|kennenlernen|entrevista|entrevue|rencontre)\s+(?=[A-Z])"
)
#: A subject that opens on a name, then a dash: "RE: Vodacom - update on Senior Specialist role".
_CLIENT_LEAD = re.compile(
    rf"^(?:(?i:re|fwd?|aw|tr|sv|wg|antw):\s*)*(?!(?i:re|fwd?|aw|tr|sv|wg|antw):)"
    rf"(?P<name>{_NAME}?)(?:\s+[-–|:]\s+|:\s+|\s+(?i:feedback|update|news|outcome)\s*$)"
)
#: The news word first: "Feedback Waternet", "Terugkoppeling Waternet", "Rückmeldung Harbor GmbH".
_CLIENT_AFTER_TOPIC = re.compile(
    rf"^(?:(?i:re|fwd?|aw|tr):\s*)*(?i:feedback|update|news|outcome|terugkoppeling|rückmeldung|ruckmeldung|retour)"
    rf"\s*[:–-]?\s+(?:(?i:from|van|von|de|on|about)\s+)?"
    # "Feedback Request", "Update Required": the subject's own words, no client
    rf"(?!(?i:request|requested|required|needed|reminder|form|survey|please|time|call|session|meeting|req|ref|job|"
    rf"requisition|reference|vacancy|id|no|your|the|our|my)\b)"
    rf"(?P<name>{_NAME}?)\s*$"
)
#: Characters of an agency's text read for the client it submitted you to.
CLIENT_CHARS = 600


def employer_in_signature(text: str, *, platforms_too: bool = False, person: bool = False) -> str | None:
    """The employer of a sign-off in the last lines ("The Acme Recruiting Team"), or None; ``person``
    for a person's own mail, whose signature may end on the firm's legal name ("Port of Brisbane Pty
    Ltd"; a robot's footer names the platform's or the board's owner so)."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()][-SIGNATURE_LINES:]
    tail = "\n".join(lines)
    behalf = (m.group("name") for m in _ON_BEHALF.finditer(tail))
    found = (
        m.group("name") or m.group("team") or m.group("at") or m.group("team_of") or m.group("ihr") or m.group("nl")
        for m in _SIGNATURE.finditer(tail)
    )
    # the organisation on the line under a title ("Nurse Recruiter - Critical Care" over "The Ohio State
    # University Wexner Medical Center") before the title's own tail, which may be its department
    under = (m.group("name") for m in _UNDER_TITLE.finditer(tail) if has_company_word(m.group("name")))
    signed = (
        m.group("name")
        for pattern in (_TITLE_LINE, _UNDER_TITLE, _INLINE_SIGN_OFF)
        for m in pattern.finditer(tail)
        if not is_city(m.group("name"))  # "Beyond Recruitment | Auckland": where its writer sits
    )
    # a line that is a company's name in its legal form ("Port of Brisbane Pty Ltd" under "Ben | People
    # Partner"): only a firm's name ends so, never a person's, a title's or a sentence
    legal = (m.group("name") for m in (_LEGAL_LINE.finditer(tail) if person else ()))
    return (
        first_employer(behalf, platforms_too)
        or first_employer(found, platforms_too)
        or first_employer(under, platforms_too)
        # a firm's legal name beats a title line's tail ("Talent Acquisition Partner, CCIB & Enterprise
        # Functions" over "Standard Chartered Bank (Singapore) Limited"): the tail may be its unit
        or first_employer(legal, platforms_too)
        or first_employer(signed, platforms_too)
    )


def on_behalf_of(text: str, agent: str) -> str | None:
    """The employer a sign-off names for ``agent`` (the sender's name): "MyNewTerm on behalf of
    Withington Girls' School" from MyNewTerm is the school's mail.

    >>> on_behalf_of("Kind regards,\\nMyNewTerm on behalf of Harbor Grammar School", "MyNewTerm")
    'Harbor Grammar School'
    """
    key = company_key(agent)
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()][-SIGNATURE_LINES:]
    found = (
        m.group("name") for m in _ON_BEHALF.finditer("\n".join(lines)) if key and company_key(m.group("agent")) == key
    )
    signed = first_employer(found)
    if signed or not key:
        return signed
    # the text's own words: "administered by Dragnet Solutions Limited on behalf of Zenith Bank Plc"
    said = (
        m.group("name")
        for line in (text or "")[:CLIENT_CHARS].splitlines()
        for m in _BY_ON_BEHALF.finditer(" ".join(line.split()))
        if company_key(m.group("agent")).split()[:1] == key.split()[:1]
    )
    return first_employer(said)


#: A platform's sign-off for the school or firm it writes for: "MyNewTerm on behalf of Withington Girls' School".
_ON_BEHALF = re.compile(
    rf"^[ \t]*(?P<agent>{_NAME})[ \t]+(?i:on behalf of|im auftrag von|pour le compte de|en nombre de|namens)[ \t]+(?P<name>{_NAME}?)[ \t]*\.?[ \t]*$",
    re.MULTILINE,
)

#: The text's own "by AGENT on behalf of EMPLOYER": an assessment centre or a service writing for the employer.
_BY_ON_BEHALF = re.compile(
    rf"\b(?i:by)\s+(?P<agent>{_NAME}?)\s+(?i:on behalf of)\s+(?P<name>{_NAME}?)(?=[.,;:!]|\s*$|\s+(?i:for|in|at|to)\s)"
)

_LEGAL_LINE = re.compile(
    # under a "Name | Title" or "Title, Team" line of a person's signature, not a board's footer
    r"^[^\n]{2,80}?(?:\s\|\s|,\s)[^\n]*\n"
    rf"(?P<name>[{_UPPER}][\w'’.&-]*(?:[ \t]+(?:&|and|of|the|[{_UPPER}][\w'’.&-]*)){{0,{EMPLOYER_WORDS - 1}}}"
    # its country in brackets before the form: "Standard Chartered Bank (Singapore) Limited"
    rf"(?:[ \t]+\([{_UPPER}][\w .&-]{{1,30}}\))?"
    r"(?:,)?[ \t]+(?:Pty\.? Ltd|Pte\.? Ltd|Ltd|Limited|Inc|LLC|plc|PLC|GmbH|AG|B\.?V|N\.?V|S\.?A|SE|Corp(?:oration)?)\.?)"
    r"[ \t]*$",
    re.MULTILINE,
)


#: An agency's client it does not name: "to my client for the Practice Manager opening", "our client, a leading bank".
CLIENT_UNNAMED = re.compile(
    r"\b(?i:my|our|the|nuestro|mi|el|notre|mon|le|il nostro|il|unser|unserem|der|onze|de|nosso|o) "
    r"(?i:client|cliente|kunde|kunden|klant|opdrachtgever)(?:'s)?\b(?!\s*,?\s*(?-i:[A-Z]))"
)


def hires_itself(display: str, domain_label: str, text: str) -> str | None:
    """The platform's own name where its own mail says it hires ("Thank you for your interest in Personio" from
    Personio <jobs@personio.de>), or None.

    >>> hires_itself("Personio", "personio", "Thank you for your interest in Personio."), hires_itself("Acme", "x", "")
    ('Personio', None)
    """
    if not display or company_key(display).replace(" ", "") != domain_label:
        return None
    said = re.search(rf"\b(?:interest in|on behalf of) {re.escape(display)}\b", text or "", re.IGNORECASE)
    return display if said else None
