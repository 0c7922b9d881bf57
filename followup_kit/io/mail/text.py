"""The readable text of a parsed mail: plain text preferred, HTML turned into text, quotes cut.

Messages are parsed with ``email.policy.default`` (decoded headers, ``get_body()``, charsets
and transfer encodings handled by the standard library).  HTML-only mail is turned into text
with selectolax's Lexbor parser (fast and maintained); scripts and styles are dropped.

What a classifier should read is the sender's own words: lines quoted with ``>`` and
everything after a reply header ("On ... wrote:", "Le ... a écrit :", "Am ... schrieb ...:",
"El ... escribió:", "-----Original Message-----") are cut by :func:`own_words`.

Examples
--------
>>> from email.message import EmailMessage
>>> m = EmailMessage()
>>> m["Subject"] = "Hello"
>>> m.set_content("<p>Thank you&nbsp;for <b>applying</b>.</p><script>x()</script>", subtype="html")
>>> message_text(m)
'Thank you for applying .'
>>> own_words("Sounds good.\\n\\nOn Mon, 5 Jan 2026, Ada wrote:\\n> we regret")
'Sounds good.'
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage

from followup_kit.io.mail.look import bounded_message, needs_bounds
from followup_kit.io.mail.read import unescape_mbox

#: Characters of body text kept for classification and matching.  Recruiters state the decision
#: in the first paragraphs; 20 000 characters is about 3 000 words, well past any such mail, and
#: bounds the regex work on a long newsletter.
MAX_TEXT_CHARS = 20_000

_REPLY_HEADER = re.compile(
    r"^\s*(?:"
    r"on\b.{0,200}\bwrote:"
    r"|le\b.{0,200}\ba [ée]crit\s?:"
    r"|am\b.{0,200}\bschrieb\b.{0,200}:"
    r"|el\b.{0,200}\bescribi[óo]:"
    r"|-{2,}\s*(?:original message|message d'origine|urspr[üu]ngliche nachricht|mensaje original)\s*-{2,}"
    r"|from:\s.*\n\s*sent:\s"
    # Outlook's quoted header in the kit's other languages: "Van: ... Verzonden:", "Von: ... Gesendet:",
    # "De : ... Envoyé :", "De: ... Enviado:", "Da: ... Inviato:", "Od: ... Wysłano:", "Från: ... Skickat:"
    r"|(?:van|von|de|da|od|fr[åa]n|fra):\s.*\n\s*(?:verzonden|gesendet|envoy[ée]|enviado|inviato|wys[łl]ano|skickat|sendt)\s?:\s"
    r"|op\b.{0,200}\bschreef\b.{0,200}:"
    r")",
    re.IGNORECASE | re.MULTILINE,
)
#: Multipart containers a message may hold before it is set aside unread: real mail nests two or
#: three (mixed > alternative > related); spam and broken mail with hundreds make the standard
#: library's parser take seconds each (found by the fuzz tests, issue 18).
MAX_MULTIPARTS = 50

_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")
_BLANKS = re.compile(r"\n\s*\n+")


def parse_message(data: bytes) -> EmailMessage:
    """A full parse with ``email.policy.default`` (mbox ``>From`` quoting undone first); of a large
    message or one of many parts, of what :func:`~followup_kit.io.mail.look.bounded_message` keeps:
    headers, text parts and invitations, never an attachment's body.

    Raises ``ValueError`` for a message of more than :data:`MAX_MULTIPARTS` multipart containers
    (the importer counts it as unreadable, with this reason).
    """
    containers = data.lower().count(b"boundary=")
    if containers > MAX_MULTIPARTS:
        raise ValueError(f"{containers} multipart containers, more than the {MAX_MULTIPARTS} a mail can have")
    if needs_bounds(data):
        data = bounded_message(data)
    return email.message_from_bytes(unescape_mbox(data), policy=email.policy.default)


def html_to_text(html: str) -> str:
    """Visible text of an HTML fragment or page (scripts, styles and head dropped).

    >>> html_to_text("<html><head><title>t</title></head><body><div>We&#39;d like<br>to meet</div></body></html>").split()
    ["We'd", 'like', 'to', 'meet']
    """
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    for node in tree.css("script, style, head, noscript"):
        node.decompose()
    root = tree.body or tree.root
    if root is None:
        return ""
    for node in root.css("br, p, div, tr, li, h1, h2, h3, h4, td, table, blockquote"):
        node.insert_after("\n") if node.tag == "br" else node.insert_before("\n")
    return _tidy(root.text(separator=" "))


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def _part_text(part) -> str:
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, ValueError, KeyError, AssertionError):
        payload = part.get_payload(decode=True) or b""
        content = payload.decode("utf-8", "replace")
    if isinstance(content, bytes):
        content = content.decode("utf-8", "replace")
    return str(content)


def message_text(msg: EmailMessage) -> str:
    """The body text of a message: its ``text/plain`` body, else its HTML body as text.

    Attachments are never read.  The result is at most :data:`MAX_TEXT_CHARS` characters.
    """
    try:
        body = msg.get_body(preferencelist=("plain", "html"))
    except (KeyError, TypeError):
        body = None
    if body is None:
        return ""
    text = _part_text(body)
    if body.get_content_subtype() == "html":
        text = html_to_text(text[: MAX_TEXT_CHARS * 5])
    else:
        text = _tidy(text)
    return text[:MAX_TEXT_CHARS]


def own_words(text: str) -> str:
    """The text before any quoted reply: ``>`` lines dropped, cut at the first reply header."""
    found = _REPLY_HEADER.search(text)
    if found is not None:
        text = text[: found.start()]
    return "\n".join(line for line in text.split("\n") if not line.lstrip().startswith(">")).strip()


def calendar_parts(msg: EmailMessage) -> list[bytes]:
    """The raw bytes of every ``text/calendar`` part (inline or attached ``.ics``), for the invitation importer."""
    found = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        name = (part.get_filename() or "").lower()
        if ctype == "text/calendar" or (ctype == "application/ics") or name.endswith(".ics"):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload:
                found.append(payload)
    return found


def attachment_names(msg: EmailMessage) -> list[str]:
    """File names of the attachments (never their content); for reasons such as "offer letter attached"."""
    return [part.get_filename() or "" for part in msg.iter_attachments() if part.get_filename()]
