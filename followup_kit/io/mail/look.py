"""The look before the parse: hiring words and tracked names found in a message's raw bytes.

A full parse with ``email.policy.default`` costs about as much as the rest of an import
together; most mail in a Takeout (personal mail, shopping, travel) names no job and no tracked
company.  :func:`names_a_hint` walks the MIME structure on the bytes themselves (header blocks
split at the first blank line, multipart bodies split at their boundary), decodes only the text
parts and only where a transfer encoding requires it (``binascii`` for base64 and
quoted-printable), and searches them after one byte-level fold (ASCII lower case, Latin
accents dropped in UTF-8 and Latin-1 alike, apostrophes removed): the same words, found in the
same parts, as the text check of :func:`followup_kit.io.mail.prefilter.worth_parsing` made after
a parse.  Attachments are skipped without being decoded.

Examples
--------
>>> needles = ("interview", "contoso")
>>> names_a_hint(b"Subject: hi\\nContent-Transfer-Encoding: base64\\n\\nV2UnZCBsaWtlIGFuIElOVEVSVklFVw==\\n", needles)
True
>>> names_a_hint(b"Content-Type: text/plain; charset=latin-1\\n\\nSoci\\xe9t\\xe9 Contos\\xf3\\n", needles)
True
>>> names_a_hint(b"Content-Type: image/png\\nContent-Transfer-Encoding: base64\\n\\naW50ZXJ2aWV3\\n", needles)
False
"""

from __future__ import annotations

import binascii
import codecs
import functools
import re
from collections.abc import Iterable, Iterator

from followup_kit.io.mail.read import _HEADER_END, MAX_HEADER_BYTES, split_message
from followup_kit.limits import LIMITS

#: Bytes of each decoded text part searched (the cheap look read 100,000 characters; a UTF-8
#: character is at most four bytes, so this covers at least as much).
LOOK_BYTES = 400_000

#: Multipart levels followed; deeper structure is searched whole (a superset, never a miss).
MAX_DEPTH = 20

_UNFOLD = re.compile(rb"\r?\n[ \t]+")
_ICS_NAME = re.compile(rb'(?i)[; \t]name\*?[ \t]*=[ \t]*"?[^"\r\n;]*\.ics\b')
_CTYPE = re.compile(rb"(?im)^content-type[ \t]*:[ \t]*\"?([!#$%&'*+.^_`|~0-9a-z-]+)/([!#$%&'*+.^_`|~0-9a-z-]+)")
_CTE = re.compile(rb"(?im)^content-transfer-encoding[ \t]*:[ \t]*\"?([0-9a-z-]+)")
_BOUNDARY = re.compile(rb'(?i)[; \t]boundary[ \t]*=[ \t]*(?:"([^"\r\n]+)"|([^\s;"]+))')
_CHARSET = re.compile(rb'(?i)[; \t]charset[ \t]*=[ \t]*"?([^"\s;]+)')
# a line that cannot be a header ends the header block there, as in the standard library's parser
_NOT_A_HEADER = re.compile(rb"(?m)^(?!From |[\x21-\x39\x3b-\x7e]*:|[\t ]|\r?$)")
_ASCII_SAMPLE = "abcdefghijklmnopqrstuvwxyz '"


def _fold_table() -> bytes:
    table = bytearray(range(256))
    for c in range(ord("A"), ord("Z") + 1):
        table[c] = c + 32
    latin = "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty".lower()
    for i, letter in enumerate(latin):
        table[0xC0 + i] = ord(letter)  # Latin-1 / Windows-1252 accented letters
        table[0x80 + i] = ord(letter)  # the second byte of the same letters in UTF-8 (after 0xC3)
    return bytes(table)


_FOLD = _fold_table()
_DROP = b"\xc3'"  # the lead byte of UTF-8 Latin-1 letters, and apostrophes (as the text check drops them)


def fold_bytes(data: bytes) -> bytes:
    """ASCII lower case with Latin accents dropped, in UTF-8 and Latin-1 alike; apostrophes removed.

    >>> fold_bytes("Sélection d’Entretien".encode()), fold_bytes("Sélection".encode("latin-1"))
    (b'selection dentretien', b'selection')
    """
    if b"\xe2\x80\x99" in data:
        data = data.replace(b"\xe2\x80\x99", b"")
    return data.translate(_FOLD, _DROP)


@functools.lru_cache(maxsize=256)
def _ascii_compatible(charset: bytes) -> bool:
    try:
        name = charset.decode("ascii").strip().lower()
        return codecs.lookup(name).encode(_ASCII_SAMPLE)[0] == _ASCII_SAMPLE.encode("ascii")
    except (LookupError, UnicodeError, ValueError):
        return True  # unknown to Python: the text check read such parts as raw bytes too


def _decoded(head: bytes, body: bytes) -> bytes:
    found = _CTE.search(head)
    cte = found.group(1).lower() if found else b""
    if cte == b"base64":
        body = binascii.a2b_base64(body[: LOOK_BYTES * 4 // 3 + 4096])
    elif cte == b"quoted-printable":
        body = binascii.a2b_qp(body[: LOOK_BYTES * 3])
    body = body[:LOOK_BYTES]
    charset = _CHARSET.search(head)
    if charset is not None and not _ascii_compatible(charset.group(1)):
        body = body.decode(charset.group(1).decode("ascii", "replace").strip(), "replace").encode("utf-8")
    return body


def _split(data: bytes) -> tuple[bytes, bytes]:
    head, body = split_message(data)
    odd = _NOT_A_HEADER.search(head)
    if odd is not None:
        return head[: odd.start()], data[odd.start() :]
    return head, body


def text_parts(data: bytes, depth: int = 0, budget: list[int] | None = None) -> Iterator[bytes]:
    """The decoded bytes of every text part of a message (attachments of other types skipped).

    Past :data:`~followup_kit.limits.LIMITS` ``message_parts`` parts the rest of a multipart body is
    searched whole (a superset, never a miss; 100,000 parts took 33 s to parse).
    """
    budget = [LIMITS.message_parts] if budget is None else budget
    head, body = _split(data)
    head = _UNFOLD.sub(b" ", head)
    found = _CTYPE.search(head)
    maintype = found.group(1).lower() if found else b"text"
    if maintype == b"multipart":
        boundary = _BOUNDARY.search(head)
        if boundary is None or depth >= MAX_DEPTH:
            yield body
            return
        delimiter = b"\n--" + (boundary.group(1) or boundary.group(2))
        pieces = (b"\n" + body).split(delimiter)
        for number, piece in enumerate(pieces[1:], start=1):
            if piece.startswith(b"--"):
                break  # the closing delimiter: the epilogue is not a part
            if budget[0] <= 0:
                yield delimiter.join(pieces[number:])[:LOOK_BYTES]
                break
            budget[0] -= 1
            line_end = piece.find(b"\n")
            if line_end >= 0:
                yield from text_parts(piece[line_end + 1 :], depth + 1, budget)
    elif maintype == b"message":
        if depth >= MAX_DEPTH:
            yield body
        else:
            yield from text_parts(body, depth + 1, budget)
    elif maintype == b"text":
        yield _decoded(head, body)


def needs_bounds(data: bytes) -> bool:
    """True for a message larger than :data:`~followup_kit.limits.LIMITS` ``message_kept_bytes`` or
    with more delimiter lines than ``message_parts``: only those are read through :func:`bounded_message`
    (every other message is read as it is, so ordinary and merely broken mail is read as before)."""
    return len(data) > LIMITS.message_kept_bytes or data.count(b"\n--") > LIMITS.message_parts


def bounded_message(data: bytes) -> bytes:
    """The message with what the kit never reads left out, before the standard library parses it.

    Headers are kept everywhere (attachment names are reasons); attachment bodies are dropped,
    text parts cut at :data:`~followup_kit.limits.LIMITS` ``text_part_bytes`` (at a line end, so
    base64 and quoted-printable stay decodable), invitations at ``calendar_part_bytes``, all of
    them together at ``message_kept_bytes``; parts past ``message_parts`` are left out.  A 200 MB
    message peaked at 2 to 4 GB and 100,000 parts took 33 s before (issue 26).

    >>> msg = (b"Content-Type: multipart/mixed; boundary=x\\n\\n--x\\nContent-Type: text/plain\\n\\nhello\\n"
    ...        b"--x\\nContent-Type: application/pdf\\n\\n" + b"A" * 1000 + b"\\n--x--\\n")
    >>> kept = bounded_message(msg)
    >>> b"hello" in kept, b"AAAA" in kept, b"application/pdf" in kept
    (True, False, True)
    """
    budget = {"parts": LIMITS.message_parts, "bytes": LIMITS.message_kept_bytes}
    return _bounded(data, 0, len(data), 0, budget)


def _cut(data: bytes, lo: int, hi: int, limit: int, budget: dict) -> bytes:
    """``data[lo:hi]``, cut at a line end to at most ``limit`` bytes and what ``budget`` has left."""
    limit = min(limit, budget["bytes"])
    if hi - lo > limit:
        end = data.rfind(b"\n", lo, lo + limit)
        hi = end + 1 if end >= 0 else lo + limit
    budget["bytes"] -= hi - lo
    return data[lo:hi]


def _head_end(data: bytes, lo: int, hi: int) -> tuple[int, int]:
    """Where the header block starting at ``lo`` ends and where its body starts (offsets, no copies)."""
    found = _HEADER_END.search(data, lo, min(hi, lo + MAX_HEADER_BYTES))
    head_end, body = (found.start() + 1, found.end()) if found else (min(hi, lo + MAX_HEADER_BYTES), hi)
    odd = _NOT_A_HEADER.search(data, lo, head_end)
    if odd is not None:
        return odd.start(), odd.start()
    return head_end, body


def _bounded(data: bytes, lo: int, hi: int, depth: int, budget: dict) -> bytes:
    head_end, body = _head_end(data, lo, hi)
    head = data[lo:head_end]
    unfolded = _UNFOLD.sub(b" ", head)
    found = _CTYPE.search(unfolded)
    maintype = found.group(1).lower() if found else b"text"
    subtype = found.group(2).lower() if found else b"plain"
    head += b"\n"
    if maintype == b"multipart":
        boundary = _BOUNDARY.search(unfolded)
        if boundary is None or depth >= MAX_DEPTH:
            return head + _cut(data, body, hi, LIMITS.text_part_bytes, budget)
        marker = b"--" + (boundary.group(1) or boundary.group(2))
        out = [head]
        start = body - 1 if data.startswith(marker, body) else data.find(b"\n" + marker, body, hi)
        while start >= -1 and budget["parts"] > 0:
            line_end = data.find(b"\n", start + 1, hi)
            if line_end < 0 or data.startswith(b"--", start + 1 + len(marker)):
                break  # the closing delimiter: the epilogue is not a part
            end = data.find(b"\n" + marker, line_end, hi)
            budget["parts"] -= 1
            out += [
                b"\n" + data[start + 1 : line_end + 1],
                _bounded(data, line_end + 1, hi if end < 0 else end, depth + 1, budget),
            ]
            if end < 0:
                break
            start = end
        out.append(b"\n" + marker + b"--\n")
        return b"".join(out)
    if maintype == b"message" and depth < MAX_DEPTH:
        return head + _bounded(data, body, hi, depth + 1, budget)
    if (maintype, subtype) in ((b"text", b"calendar"), (b"application", b"ics")) or _ICS_NAME.search(unfolded):
        return head + _cut(data, body, hi, LIMITS.calendar_part_bytes, budget)
    if maintype == b"text":
        return head + _cut(data, body, hi, LIMITS.text_part_bytes, budget)
    return head  # an attachment: its name is in the head; its body is never read


def names_a_hint(data: bytes, needles: Iterable[bytes | str]) -> bool:
    """True if a text part of the message holds one of ``needles`` (folded words) after :func:`fold_bytes`.

    A message whose structure or encodings cannot be walked counts as naming one: the full
    parse, guarded, decides about it.
    """
    wanted = [n.encode("ascii", "ignore") if isinstance(n, str) else n for n in needles]
    try:
        for part in text_parts(bounded_message(data) if needs_bounds(data) else data):
            folded = fold_bytes(part)
            if any(n in folded for n in wanted):
                return True
    except Exception:  # broken base64, a bogus charset...: let the guarded parse see it
        return True
    return False
