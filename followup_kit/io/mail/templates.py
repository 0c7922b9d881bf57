"""What a platform's own templates mean (issue 25): LinkedIn's "Your application was sent to
Acme", its relayed "not selected", Indeed's and ZipRecruiter's confirmations.

A job board's mail is mostly alerts, so the importer reads it with suspicion.  Some of its mail
is a template whose meaning is fixed: LinkedIn names each template in its tracking links
(``email_application_confirmation``, ``email_jobs_application_rejected``) in every language,
and a confirmation's subject is its meaning.  ``[[platform.template]]`` in
``followup_kit/words/platforms.toml`` lists them; :func:`read_template` returns the reading of
the first that fits, with the employer and role its subject or text names.

Examples
--------
>>> from followup_kit.io.mail.platforms import platform_of
>>> linkedin = platform_of("jobs-noreply@linkedin.com")
>>> t = read_template(linkedin, "Sam, your application was sent to Harbor Labs",
...                   "Your application was sent to Harbor Labs\\n\\nData Analyst\\nHarbor Labs")
>>> t.kind, t.employer, t.role
('acknowledgement', 'Harbor Labs', 'Data Analyst')
>>> t = read_template(linkedin, "Your application to Data Analyst at Harbor Labs",
...                   "https://www.linkedin.com/comm/jobs?trk=eml-email_jobs_application_rejected_01-x")
>>> t.kind, t.employer, t.role
('rejection', 'Harbor Labs', 'Data Analyst')
>>> read_template(linkedin, "Your application to Data Analyst at Harbor Labs", "An update") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from followup_kit.io.mail.fields import employer_in_field
from followup_kit.io.mail.naming import employer_of
from followup_kit.io.mail.places import is_place
from followup_kit.io.mail.platforms import Platform, Template, is_unit, job_title_pattern, unknown_board
from followup_kit.io.mail.roles import role_in_field
from followup_kit.io.matching import company_key, domain_key, is_role_address

#: A reference and nothing else: six characters or more of capitals, digits and their separators, a digit among
#: them, no space ("24-HLT-QC-EA-77310"; not a title such as "RN 2").
_CODE_ONLY = re.compile(r"(?=[^a-z]*\d)[A-Z0-9#/._-]{6,}")
#: Characters of the text searched for a template's mark: tracking links start in the first
#: lines and repeat in the footer, so the whole of a long body need not be searched.
MARK_CHARS = 200_000


@dataclass(frozen=True)
class TemplateReading:
    """One message read as a platform template: its ``kind``, the employer and role it names
    (``""`` and None when it names none), ``what`` the template is and ``reason``, in words."""

    kind: str
    employer: str
    role: str | None
    what: str
    reason: str


def _name(match: re.Match | None, group: str) -> str:
    if match is None or group not in match.re.groupindex:
        return ""
    return " ".join((match.group(group) or "").split())


def read_template(platform: Platform | None, subject: str, text: str) -> TemplateReading | None:
    """The reading of the first template of ``platform`` that the message fits, or None."""
    if platform is None or not platform.templates:
        return None
    subject = " ".join((subject or "").split())
    head = (text or "")[:MARK_CHARS].casefold()
    for template in platform.templates:
        marked = any(mark in head for mark in template.marks)
        titled = next((m for p in template.subjects if (m := p.search(subject))), None)
        if not marked and not (titled is not None and template.subject_decides):
            continue
        in_text = next((m for p in template.text if (m := p.search(text or ""))), None)
        reading = _reading(
            platform, template, titled, in_text, "its link names the template" if marked else "its subject", text or ""
        )
        return reading
    return None


def _reading(
    platform: Platform, template: Template, titled: re.Match | None, in_text: re.Match | None, how: str, text: str = ""
) -> TemplateReading:
    """The employer and role a template's subject (then its text) names, and why it was read."""
    role = _name(titled, "role") or _name(in_text, "role") or None
    if role and _CODE_ONLY.fullmatch(role):
        # "Application submitted - 24-HLT-QC-EA-77310": the process's code, the job in the text's field
        role = role_in_field(text) or None
    employer = ""
    # "sent to the recruiter": the text names it; a board's own template whose text shapes miss it ("Ihre
    # Bewerbung wurde erfolgreich an KRONES AG versendet") has the shapes every board shares
    also = (
        m
        for t in platform.templates
        if t.kind == template.kind and t is not template
        for p in t.text
        if (m := p.search(text))
    )
    # a field line ("Company: PPC Ltd") is the vacancy's own word: it outranks a subject's split of
    # "Application successful: Mechanical Engineer – Kiln & Mills"
    field = employer_in_field(text)
    part = ""  # "School of Public Affairs" in the subject gives way to "submitted to American University"
    # a board's card: the employer on the line under the job's title, before what other templates' shapes find
    card = under_role(text, role) if role else None
    names = [_name(titled, "name"), _name(in_text, "name"), *(_name(m, "name") for m in also)]
    if (
        names[0]
        and names[1]
        and in_text is not None
        and _INSTITUTION.search(names[1])
        and not _INSTITUTION.search(names[0])
        and _above(names[0], text, in_text.start("name"))
    ):
        # the subject's "Environmental Health Sciences" is a line of the card above "University at Albany":
        # the department of the institution the card ends on
        names[0], names[1] = names[1], names[0]
        role = _name(in_text, "role") or role  # the card's first line: the job, its department and all
    if card:
        names.insert(1, card)  # the line under the subject's job title, before what the shapes of a card read
    for named in names:
        named, role = _sides(named, role)
        employer = (employer_of(named, platforms_too=True) or "") if named else ""
        if employer and is_unit(employer):
            part, employer = part or employer, ""
        elif employer:
            break
    employer = employer or part
    if field and is_unit(field) and employer and not is_unit(employer):
        field = None  # "Department: Office of Budget and Finance" of the county the subject names
    if field:
        if role and employer and employer == _name(titled, "name") and company_key(employer) != company_key(field):
            role = f"{role} - {employer}"  # the subject's "Kiln & Mills" was the role's tail
        employer = field
    reason = f"{template.what} ({platform.name}'s template: {how})"
    return TemplateReading(template.kind, employer, role, template.what, reason)


#: The words of an institution a card ends on, under its departments.
_INSTITUTION = re.compile(r"\b(?:University|College|Institute|Universit[éä]t?|Universidad|Hochschule)\b")


def _above(name: str, text: str, end: int) -> bool:
    """True when ``name`` is written in ``text`` before ``end`` on a short line, a card's (the job's
    department over the institution the card ends on), not only inside a sentence."""
    key = name.strip().casefold()
    return any(key in line.casefold() and len(line) <= 120 for line in text[:end].splitlines())


#: A field's label alone on a line of a card's table: "Empresa", "Company", "Azienda".
_FIELD_LABEL = re.compile(
    r"(?i:empresa|company|employer|entreprise|azienda|unternehmen|arbeitgeber|organi[sz]ation)\s*:?"
)


def under_role(text: str, role: str) -> str | None:
    """The employer a board's card writes on the line under the job's title ("Contador General" over
    "Farmacias del Ahorro" or "SIIGO S.A.S. · Bogotá, D.C."), or None: the part before a place's
    "·" or " - ", when it names an employer (never a town, a salary or a contract).

    >>> under_role("Tu postulación fue enviada\\n\\nContador General\\nHarbor Farmacias\\nCoyoacán", "Contador General")
    'Harbor Farmacias'
    >>> under_role("Contador General\\nSueldo: $32,000", "Contador General") is None
    True
    """
    lines = [line.strip() for line in (text or "").splitlines()]
    key = " ".join(role.casefold().split())
    for i, line in enumerate(lines):
        if " ".join(line.casefold().split()) != key:
            continue
        after = [x for x in lines[i + 1 : i + 5] if x]
        if after and _FIELD_LABEL.fullmatch(after[0]):
            after = after[1:]  # a table's label on its own line: "Empresa", then the name
        below = after[0] if after else ""
        head = re.split(r"\s+[·•|]\s+|\s+[-–]\s+", below)[0].strip()
        if not head or ":" in head or re.search(r"\d", head) or is_place(head):
            return None
        return employer_of(head, platforms_too=False)
    return None


def _sides(name: str, role: str | None) -> tuple[str, str | None]:
    """The employer and the role, told apart by the job-title words: a subject writes them in either
    order ("Application Successful: Tata Digital - Manager, Strategy").  One part alone stays a role:
    many roles have no title word the kit knows ("Team Member", "Content Lead").

    >>> _sides("Manager, Strategy", "Tata Digital"), _sides("", "Team Member")
    (('Tata Digital', 'Manager, Strategy'), ('', 'Team Member'))
    """
    titles = job_title_pattern()
    if name and role and titles.search(name) and not titles.search(role):
        return role, name
    return name, role


def subject_reading(platform: Platform | None, subject: str, kind: str, text: str = "") -> TemplateReading | None:
    """The reading of a template of kind ``kind`` whose subject the message has, even one whose
    subject alone does not decide ("Your application to ROLE at X" heads LinkedIn's relayed
    rejection and its news alike): the caller has read the same kind in the text."""
    if platform is None:
        return None
    subject = " ".join((subject or "").split())
    for template in platform.templates:
        titled = next((m for p in template.subjects if (m := p.search(subject))), None)
        if template.kind == kind and titled is not None:
            in_text = next((m for p in template.text if (m := p.search(text or ""))), None)
            return _reading(platform, template, titled, in_text, "its subject, and its text says so", text or "")
    return None


def named_in_subject(platform: Platform | None, subject: str, text: str = "") -> TemplateReading | None:
    """The employer and role any of ``platform``'s templates reads in ``subject`` ("Update on your
    application to Mpact"), whatever the mail's kind, or None: where a board relays an answer the
    rules only half read, the application it is about is still the one its subject names."""
    if platform is None:
        return None
    subject = " ".join((subject or "").split())
    for template in platform.templates:
        titled = next((m for p in template.subjects if (m := p.search(subject))), None)
        if titled is not None:
            reading = _reading(platform, template, titled, None, "its subject", text)
            if reading.employer:
                return reading
    return None


def sent_to(text: str) -> str | None:
    """The employer a board's text names in the words every job board uses: where your application
    went ("Your application for ROLE at NTUC FairPrice was successfully submitted") or whose answer it
    relays ("NTUC FairPrice has indicated that your application ..."), or None."""
    for template in unknown_board().templates:
        for pattern in template.text:
            m = pattern.search(text or "")
            if m is not None and "name" in m.re.groupindex and m.group("name"):
                named = employer_of(" ".join(m.group("name").split()), platforms_too=True)
                if named:
                    return named
    return None


def unread_answer(platform: Platform | None, subject: str, text: str) -> TemplateReading | None:
    """The template of an answer (a rejection or offer whose subject alone decides nothing) that
    the message has by its subject *and* by its text's own heading ("Your update from Harbor
    Labs"), or None.  The caller has read no decision in the text, which a mail export may have
    cut short: such a message is the employer's answer all the same, and goes to review.

    >>> from followup_kit.io.mail.platforms import platform_of
    >>> linkedin = platform_of("jobs-noreply@linkedin.com")
    >>> unread_answer(linkedin, "Your application to Data Analyst at Harbor Labs",
    ...               "Your update from Harbor Labs\\n------\\nThis email was intended for Sam").employer
    'Harbor Labs'
    >>> unread_answer(linkedin, "Your application to Data Analyst at Harbor Labs", "12 new jobs for you") is None
    True
    """
    if platform is None:
        return None
    subject = " ".join((subject or "").split())
    for template in platform.templates:
        if template.kind not in ("rejection", "offer") or template.subject_decides:
            continue
        titled = next((m for p in template.subjects if (m := p.search(subject))), None)
        in_text = next((m for p in template.text if (m := p.search(text or ""))), None) if titled else None
        if titled is not None and in_text is not None:
            return _reading(platform, template, titled, in_text, "its subject and its heading", text or "")
    return None


def fits_subject(platform: Platform | None, subject: str | None) -> bool:
    """True when ``subject`` is one of the templates of the sender's ``platform`` (read before parsing)."""
    subject = " ".join((subject or "").split())
    return platform is not None and any(p.search(subject) for t in platform.templates for p in t.subjects)


def board_by_its_subject(sender: str, subject: str | None, text: str = "") -> Platform | None:
    """A job board the table does not know, told by its mail: a robot's address (``no-reply@``)
    whose subject is a confirmation every board sends, naming an employer that is not the sender and
    that its text names too ("Your application has been sent to AfriSam" from a board's no-reply
    address).  None otherwise: "Your application to Acme was sent" from acme's own address is Acme's.

    >>> board_by_its_subject("noreply@boardly.example", "Your application has been sent to Harbor Labs",
    ...                      "Harbor Labs will contact you.").name
    'a job board'
    >>> board_by_its_subject("noreply@harborlabs.example", "Your application has been sent to Harbor Labs",
    ...                      "Harbor Labs will contact you.") is None
    True
    """
    board = unknown_board()
    if not is_role_address(sender) or not fits_subject(board, subject):
        return None
    reading = named_in_subject(board, subject or "", text)
    if reading is None:
        return None
    employer = company_key(reading.employer)
    own = domain_key(sender)
    if not employer or not own or own in employer or employer.replace(" ", "") in own.replace(" ", ""):
        return None
    # "Application received: Representative (Remote - AZ)" from careers@: "AZ" is no name its text uses;
    # "a multinational in Galway": a name the text only puts after "in" is a place
    # "Specialist - Galway (Ref 11842)" in the text repeats the subject's role with its place
    said = re.compile(
        rf"(?<![\w-])(?<!\bin )(?<!\bnear )(?<!\baround )(?<!- )(?<!– )(?<!\| ){re.escape(reading.employer)}(?![\w-])",
        re.I,
    )
    flat = " ".join((text or "").split())
    # "a Warehouse Operative job at Amazon Baldonnell (DUB4)" from hiring.amazon.com: a site of the sender's own
    # company, the name after its brand, is no other employer
    compact = own.replace(" ", "")
    other = (
        m
        for m in said.finditer(flat)
        if not company_key(flat[max(0, m.start() - 40) : m.start()]).replace(" ", "").endswith(compact)
    )
    return board if next(other, None) is not None else None
