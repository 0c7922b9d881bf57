"""Build the labelled mail corpus (``tests/io/data/mail/corpus.json``) as real mail files.

Each labelled message becomes an RFC 5322 message made with the standard library (the charset,
transfer encoding, HTML body, attachments and calendar part the table asks for), then is
written as an mbox (``mailbox.mbox``), a folder of ``.eml`` files, or a Maildir
(``mailbox.Maildir``), so the importer reads the same files a mail program writes.

Used by tests/io/test_mail_*.py (``import mail_corpus`` works through ``pythonpath = ["tests"]``)
and by benchmarks/bench_mail_classifier.py.
"""

from __future__ import annotations

import email.policy
import json
import mailbox
from email.message import EmailMessage
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "io" / "data" / "mail" / "corpus.json"

_ICS = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//followup-kit tests//EN\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:corpus-{id}@kranich.example\r
SEQUENCE:0\r
DTSTAMP:20261016T090000Z\r
DTSTART:20261020T080000Z\r
DTEND:20261020T090000Z\r
SUMMARY:Vorstellungsgespräch BI-Team (Kranich Software)\r
ORGANIZER;CN=Mira Vogt:mailto:mira.vogt@kranich.example\r
ATTENDEE;CN=Sam Rivera;PARTSTAT=NEEDS-ACTION:mailto:sam.rivera@example.net\r
END:VEVENT\r
END:VCALENDAR\r
"""


def load() -> dict:
    """The corpus table: ``me``, ``timezone``, ``applications``, ``contacts``, ``messages``."""
    return json.loads(CORPUS.read_text(encoding="utf-8"))


def build_message(entry: dict, me: str, labels: str | None = None) -> bytes:
    """The bytes of one labelled message."""
    msg = EmailMessage(policy=email.policy.default)
    msg["From"] = entry["sender"]
    msg["To"] = entry.get("to") or f"Sam Rivera <{me}>"
    if not entry.get("subject_raw"):
        msg["Subject"] = entry["subject"]
    msg["Date"] = entry["date"]
    if "message_id" not in entry:
        msg["Message-ID"] = f"<{entry['id']}@corpus.followup-kit.example>"
    elif entry["message_id"]:
        msg["Message-ID"] = entry["message_id"]
    labels = labels if labels is not None else entry.get("labels", "Inbox")
    if labels:
        msg["X-Gmail-Labels"] = labels
    for name, value in entry.get("headers", {}).items():
        msg[name] = value
    msg.set_content(
        entry["body"],
        subtype="html" if entry.get("html") else "plain",
        charset=entry.get("charset", "utf-8"),
        cte=entry.get("cte"),
    )
    for item in entry.get("attachments", []):
        maintype, subtype = item["type"].split("/")
        msg.add_attachment(item["text"].encode("utf-8"), maintype=maintype, subtype=subtype, filename=item["name"])
    if entry.get("calendar"):
        msg.add_attachment(
            _ICS.format(id=entry["id"]).encode("utf-8"),
            maintype="text",
            subtype="calendar",
            filename="invite.ics",
            params={"method": "REQUEST"},
        )
    data = msg.as_bytes(policy=email.policy.default.clone(linesep="\n"))
    if entry.get("subject_raw"):
        data = b"Subject: " + entry["subject_raw"].encode("ascii") + b"\n" + data
    return data


def messages(corpus: dict | None = None) -> list[tuple[str, bytes]]:
    """``(id, bytes)`` of every message in file order, Takeout duplicates included."""
    corpus = corpus or load()
    me = corpus["me"][0]
    out = []
    for entry in corpus["messages"]:
        out.append((entry["id"], build_message(entry, me)))
        for label in entry.get("duplicate_labels", []):
            out.append((entry["id"] + "+" + label, build_message(entry, me, labels=label)))
    return out


def write_mbox(path: Path, corpus: dict | None = None) -> Path:
    box = mailbox.mbox(str(path), create=True)
    try:
        for _, data in messages(corpus):
            box.add(data)
        box.flush()
    finally:
        box.close()
    return path


def write_letters(path: Path, me: str, letters: list[tuple[str, str, str, str]]) -> Path:
    """An mbox at ``path`` of ``letters`` to ``me``, each ``(sender, subject, date, body)``."""
    entries = [
        {"id": f"letter-{i}", "sender": sender, "subject": subject, "date": date, "body": body, "to": me}
        for i, (sender, subject, date, body) in enumerate(letters)
    ]
    return write_mbox(path, {"me": [me], "messages": entries})


def import_letters(folder: Path, me: str, letters: list[tuple[str, str, str, str]]):
    """``letters`` (see :func:`write_letters`) imported into a new tracker in ``folder`` with
    ``--create-applications``: the tracker's applications and the import's result."""
    from followup_kit.io.mail.importer import import_mail
    from followup_kit.store.tracker import Tracker

    box = write_letters(folder / "in.mbox", me, letters)
    with Tracker.create(folder / "t.sqlite", timezone="UTC") as tracker:
        result = import_mail(tracker, box, me=me, create_applications=True, progress=False)
        return tracker.applications, result


def write_eml_folder(folder: Path, corpus: dict | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n, (ident, data) in enumerate(messages(corpus)):
        (folder / f"{n:03d}-{ident.replace('+', '_')}.eml").write_bytes(data)
    return folder


def write_maildir(folder: Path, corpus: dict | None = None) -> Path:
    box = mailbox.Maildir(str(folder), create=True)
    for _, data in messages(corpus):
        box.add(data)
    return folder


def create_tracker(path: Path, corpus: dict | None = None):
    """A tracker holding the corpus's applications and contacts (nothing else)."""
    from followup_kit.store.tracker import Tracker

    corpus = corpus or load()
    t = Tracker.create(path, timezone=corpus["timezone"])
    for app in corpus["applications"]:
        t.add_application(app["company"], app["role"], applied_on=app["applied_on"])
    for c in corpus["contacts"]:
        t.add_contact(c["name"], company=c["company"], email=c["email"], relation=c["relation"])
    return t


SHAPES = CORPUS.parent / "shapes.json"

#: The applied date given to every application of the shapes corpus's tracker: before all its mail.
SHAPES_APPLIED_ON = "2026-08-03"


def load_shapes() -> dict:
    """The shapes corpus (``tests/io/data/mail/shapes.json``, see SOURCES.md beside it) with the
    ``applications`` its mail is about (one per company, in first-seen order) and no contacts."""
    corpus = json.loads(SHAPES.read_text(encoding="utf-8"))
    roles: dict[str, str] = {}
    for entry in corpus["messages"]:
        if entry.get("company"):
            roles.setdefault(entry["company"], entry.get("role") or "Analyst")
    corpus["applications"] = [
        {"company": company, "role": role, "applied_on": SHAPES_APPLIED_ON} for company, role in roles.items()
    ]
    corpus["contacts"] = []
    return corpus
