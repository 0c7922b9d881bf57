"""Read a mail export on the user's disk, one message at a time, without parsing bodies.

Three layouts are recognised by :func:`mail_format`:

* an **mbox** file (a Gmail Takeout ``.mbox`` and most mail programs' exports): a file that
  starts with a ``From `` line.  :func:`iter_mbox` splits it at the byte level on lines that
  start with ``From `` (the rule the standard library's :class:`mailbox.mbox` uses), reading
  fixed-size blocks, so memory holds one message and one block whatever the file's size;
* a **folder of .eml files** (searched recursively, in name order);
* a **Maildir** (a folder with ``cur``, ``new`` and ``tmp``; messages from ``cur`` and ``new``).

:func:`read_headers` parses only the header block of a message (cheap) and returns
:class:`Headers`, which is what the importer uses to decide whether the message can matter
before paying for a full parse (about 4-5 MB/s with ``email.policy.default`` on these
machines, see the design notes).

Examples
--------
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "mail.mbox"
>>> _ = path.write_bytes(b"From a@b Mon Jan  5 10:00:00 2026\\nSubject: one\\n\\nhi\\n\\n"
...                      b"From a@b Mon Jan  5 11:00:00 2026\\nSubject: two\\nX-Gmail-Labels: Inbox,Spam\\n\\n"
...                      b">From the start\\n")
>>> mail_format(path)
'mbox'
>>> [read_headers(m.data).subject for m in iter_messages(path)]
['one', 'two']
>>> read_headers(list(iter_messages(path))[1].data).labels
('inbox', 'spam')
"""

from __future__ import annotations

import datetime as dt
import email.errors
import email.header
import email.utils
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from followup_kit.errors import InputError
from followup_kit.limits import LIMITS

#: Bytes read from an mbox at a time.  1 MiB keeps the splitter's per-block overhead negligible
#: (a 100 MB file is 100 reads) while the buffer stays far below the 500 MB memory goal of issue 12.
MBOX_BLOCK_BYTES = 1 << 20

#: Header blocks longer than this are cut before parsing (a message with a 1 MB header is not
#: a recruiter's mail; RFC 5322 lines are at most 998 characters and real headers are a few KB).
MAX_HEADER_BYTES = 256 * 1024

_HEADER_END = re.compile(rb"\r?\n\r?\n")
_FROM_LINE = b"\nFrom "
_MAILDIR_PARTS = ("cur", "new", "tmp")


@dataclass(frozen=True)
class RawMessage:
    """One message's bytes and where it came from (``origin``: file and position, for messages)."""

    data: bytes
    origin: str


@dataclass(frozen=True)
class Headers:
    """The few headers the importer looks at before deciding to parse a message in full.

    ``sender`` is the lower-cased address of ``From``, ``sender_name`` its display name;
    ``labels`` the lower-cased Gmail Takeout labels; ``bulk`` is true for list and newsletter
    mail (``List-Unsubscribe``, ``List-Id`` or ``Precedence: bulk/list/junk``).
    """

    message_id: str | None
    date: dt.datetime | None
    sender: str
    sender_name: str
    subject: str
    labels: tuple[str, ...]
    bulk: bool


def mail_format(source) -> str:
    """Which kind of mail export ``source`` is: ``'mbox'``, ``'eml'`` (a folder or one file) or ``'maildir'``.

    Raises :class:`~followup_kit.errors.InputError` naming the path when it is none of them.
    """
    path = Path(source)
    if not path.exists():
        raise InputError("no such file or folder", field="mailbox", value=str(path))
    if path.is_dir():
        if all((path / part).is_dir() for part in _MAILDIR_PARTS):
            return "maildir"
        if next(_eml_files(path), None) is not None:
            return "eml"
        raise InputError(
            "this folder holds no .eml files and is not a Maildir (cur/new/tmp)", field="mailbox", value=str(path)
        )
    if looks_like_mbox(path):
        return "mbox"
    if path.suffix.lower() == ".eml":
        return "eml"
    raise InputError("not a mail export: an mbox file starts with a 'From ' line", field="mailbox", value=str(path))


def export_bytes(source) -> int:
    """The size in bytes of the messages :func:`iter_messages` reads from ``source`` (for progress bars).

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.eml").write_bytes(b"Subject: a\\n\\nhi\\n")
    >>> export_bytes(folder), export_bytes(folder / "a.eml")
    (15, 15)
    """
    path = Path(source)
    kind = mail_format(path)
    if not path.is_dir():
        return path.stat().st_size
    if kind == "maildir":
        files: Iterator[Path] = (
            p for part in ("cur", "new") for p in (path / part).iterdir() if p.is_file() and not p.name.startswith(".")
        )
    else:
        files = _eml_files(path)
    return sum(p.stat().st_size for p in files)


def reporting(items: Iterable[RawMessage], report: Callable[[int, int, int], None], total: int) -> Iterator[RawMessage]:
    """``items``, calling ``report(messages, bytes, total)`` after each one and once at the end."""
    count = done = 0
    for raw in items:
        yield raw
        count += 1
        done += len(raw.data)
        report(count, min(done, total), total)
    report(count, total, total)


def is_mail_export(source) -> bool:
    """True for what :func:`mail_format` accepts (an mbox, a .eml file or folder, a Maildir).

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> is_mail_export(folder), is_mail_export(folder / "jobs.csv")
    (False, False)
    """
    try:
        mail_format(source)
    except (InputError, OSError):
        return False
    return True


def looks_like_mbox(path) -> bool:
    """True if the file starts with an mbox ``From `` line (a byte-order mark and blank lines allowed)."""
    with open(path, "rb") as f:
        head = f.read(4096)
    return head.lstrip(b"\xef\xbb\xbf").lstrip(b"\r\n").startswith(b"From ")


def iter_messages(source) -> Iterator[RawMessage]:
    """Every message of an mbox file, a .eml folder (or file) or a Maildir, in file order."""
    path = Path(source)
    kind = mail_format(path)
    if kind == "mbox":
        yield from iter_mbox(path)
    elif kind == "maildir":
        for part in ("cur", "new"):
            for item in sorted(p for p in (path / part).iterdir() if p.is_file() and not p.name.startswith(".")):
                yield RawMessage(read_message_file(item), str(item))
    elif path.is_dir():
        for item in _eml_files(path):
            yield RawMessage(read_message_file(item), str(item))
    else:
        yield RawMessage(read_message_file(path), str(path))


def read_message_file(path) -> bytes:
    """The first :data:`~followup_kit.limits.LIMITS` ``message_bytes`` of one message's file: the
    headers, the text and an invitation come before the attachments that make a message large."""
    with open(path, "rb") as f:
        return f.read(LIMITS.message_bytes)


def _eml_files(folder: Path) -> Iterator[Path]:
    return (p for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix.lower() == ".eml")


def iter_mbox(
    path, block_bytes: int = MBOX_BLOCK_BYTES, *, start: int = 0, end: int | None = None
) -> Iterator[RawMessage]:
    """Split an mbox file into messages at lines starting with ``From `` (the ``From`` line itself dropped).

    Reads ``block_bytes`` at a time (from byte ``start`` to ``end``, the whole file by default);
    memory holds one block plus the current message, of which at most
    :data:`~followup_kit.limits.LIMITS` ``message_bytes`` are kept (the rest of a larger
    message is skipped up to the next ``From `` line).
    Lines escaped as ``>From `` are left for :func:`unescape_mbox` (only needed for bodies).
    """
    path = Path(path)
    number = 0
    buf = b""
    search = 0
    first = True
    kept: bytes | None = None  # the first bytes of a message past the limit, while its rest is skipped
    limit = LIMITS.message_bytes
    left = None if end is None else end - start
    with open(path, "rb") as f:
        f.seek(start)
        while True:
            block = f.read(block_bytes if left is None else min(block_bytes, left))
            if left is not None:
                left -= len(block)
            buf = buf + block if buf else block
            if first:
                buf = buf.lstrip(b"\xef\xbb\xbf").lstrip(b"\r\n")
                if len(buf) < len(_FROM_LINE) and block:
                    continue
                first = False
            if not block:
                break
            begin = 0
            while (cut := buf.find(_FROM_LINE, search)) >= 0:
                number += 1
                message = buf[begin : cut + 1] if kept is None else kept
                kept = None
                yield RawMessage(_drop_from_line(message), f"{path.name}, message {number}")
                begin = search = cut + 1
            buf = buf[begin:]
            if kept is None and len(buf) > limit:
                kept = buf[:limit]
            if kept is not None:
                buf = buf[-(len(_FROM_LINE) - 1) :]  # enough to find a From line across blocks
            search = max(0, len(buf) - len(_FROM_LINE) + 1)
    if kept is not None:
        number += 1
        yield RawMessage(_drop_from_line(kept), f"{path.name}, message {number}")
    elif buf.strip():
        number += 1
        yield RawMessage(_drop_from_line(buf), f"{path.name}, message {number}")


def _drop_from_line(chunk: bytes) -> bytes:
    if chunk.startswith(b"From "):
        end = chunk.find(b"\n")
        return chunk[end + 1 :] if end >= 0 else b""
    return chunk


def unescape_mbox(data: bytes) -> bytes:
    """Undo mboxrd quoting: ``>From `` (and ``>>From ``...) at a line start loses one ``>``.

    >>> unescape_mbox(b"a\\n>From here\\n>>From there\\n")
    b'a\\nFrom here\\n>From there\\n'
    """
    if b">From " not in data:
        return data
    return re.sub(rb"(?m)^>(>*From )", rb"\1", data)


def split_message(data: bytes) -> tuple[bytes, bytes]:
    """The header block and the body of a message's bytes (the body empty when there is none).

    >>> split_message(b"Subject: x\\r\\n\\r\\nbody")
    (b'Subject: x\\r\\n', b'body')
    """
    found = _HEADER_END.search(data, 0, MAX_HEADER_BYTES)
    if found is None:
        return data[:MAX_HEADER_BYTES], b""
    return data[: found.start() + 1 + (data[found.start()] == 13)], data[found.end() :]


_UNFOLD = re.compile(rb"\r?\n[ \t]+")
_WANTED = re.compile(
    rb"^(from|subject|date|message-id|x-gmail-labels|list-unsubscribe|list-id|precedence)[ \t]*:[ \t]*(.*?)\r?$",
    re.IGNORECASE | re.MULTILINE,
)


def _text(value: bytes) -> str:
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("latin-1")


def decode_words(value) -> str:
    """A header value with RFC 2047 encoded words decoded; unreadable bytes become U+FFFD.

    >>> decode_words("=?iso-8859-1?q?Candidature_re=E7ue?=")
    'Candidature reçue'
    """
    if value is None:
        return ""
    if isinstance(value, email.header.Header):
        value = str(value)
    text = str(value)
    if "=?" not in text:
        return " ".join(text.split())
    try:
        return " ".join(str(email.header.make_header(email.header.decode_header(text))).split())
    except (LookupError, UnicodeError, ValueError, email.errors.HeaderParseError):
        return " ".join(text.split())


def sender_of(value: str) -> tuple[str, str]:
    """The display name and address of a From header, even one whose name holds an unquoted comma
    ("Okoro, Tamsin C <tamsin.okoro@hud.example>", as some exports write Outlook's "Last, First"):
    the one address there is, and the words before it as its name.

    >>> sender_of("Okoro, Tamsin C <tamsin.okoro@hud.example>")
    ('Okoro, Tamsin C', 'tamsin.okoro@hud.example')
    >>> sender_of('"Harbor Labs" <jobs@harborlabs.example>')
    ('Harbor Labs', 'jobs@harborlabs.example')
    """
    name, address = email.utils.parseaddr(value)
    if "@" in address or "," not in value:
        return name, address
    parts = email.utils.getaddresses([value])
    real = [(n, a) for n, a in parts if "@" in a]
    if len(real) != 1:
        return name, address
    head = value[: value.find("<")].strip().strip('"') if "<" in value else real[0][0]
    return head or real[0][0], real[0][1]


def read_headers(data: bytes) -> Headers:
    """Read the few headers the importer needs from the header block only (no body, no MIME parsing).

    Folded lines are unfolded; the first occurrence of a header counts (as ``Message.get``);
    raw 8-bit header bytes are read as UTF-8, else Latin-1.  Tested against the standard
    library's full parse on the labelled corpus.
    """
    found_end = _HEADER_END.search(data, 0, MAX_HEADER_BYTES)
    head = data[: found_end.start() + 1 + (data[found_end.start()] == 13)] if found_end else data[:MAX_HEADER_BYTES]
    found: dict[bytes, bytes] = {}
    for m in _WANTED.finditer(_UNFOLD.sub(b" ", head)):
        found.setdefault(m.group(1).lower(), m.group(2))

    def get(name: bytes) -> str:
        value = found.get(name)
        return "" if value is None else _text(value)

    name, address = sender_of(decode_words(get(b"from")))
    labels = tuple(x.strip().lower() for x in decode_words(get(b"x-gmail-labels")).split(",") if x.strip())
    bulk = (
        b"list-unsubscribe" in found
        or b"list-id" in found
        or get(b"precedence").strip().lower() in ("bulk", "list", "junk")
    )
    return Headers(
        message_id=get(b"message-id").strip() or None,
        date=parse_date(get(b"date")) if b"date" in found else None,
        sender=address.strip().lower(),
        sender_name=name.strip(),
        subject=decode_words(get(b"subject")),
        labels=labels,
        bulk=bulk,
    )


def parse_date(value) -> dt.datetime | None:
    """An RFC 5322 ``Date`` as an aware UTC datetime; ``None`` if missing or unreadable.

    A date without a zone (``-0000`` or none) is taken as UTC.

    >>> parse_date("Mon, 05 Jan 2026 23:30:00 -0800").isoformat()
    '2026-01-06T07:30:00+00:00'
    """
    if value is None:
        return None
    try:
        when = email.utils.parsedate_to_datetime(str(value).strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC)
