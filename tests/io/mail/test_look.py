"""The look at raw bytes finds every word the old parse-based look found (issue 18, part 4)."""

from __future__ import annotations

import random
import unicodedata
from email.parser import BytesParser
from email.policy import compat32

import mail_corpus
import pytest
from fuzz import mutate_mail

from followup_kit.io.mail.look import fold_bytes, names_a_hint
from followup_kit.io.mail.prefilter import HINT_STEMS, TrackedCompanies
from followup_kit.store.tracker import Tracker

CORPUS = mail_corpus.load()


def parsed_look(raw: bytes, tracked: TrackedCompanies) -> bool:
    """The look before issue 18: a compat32 parse, every text part decoded, folded, searched."""
    out = []
    for part in BytesParser(policy=compat32).parsebytes(raw).walk():
        if part.get_content_maintype() != "text":
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            try:
                out.append(payload[:100_000].decode(part.get_content_charset() or "utf-8", "replace"))
            except LookupError:
                out.append(payload[:100_000].decode("latin-1"))
    text = "\n".join(out).casefold().replace("'", "").replace("\u2019", "")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return tracked.hints.search(text) is not None


@pytest.fixture(scope="module")
def tracked(tmp_path_factory):
    with mail_corpus.create_tracker(tmp_path_factory.mktemp("look") / "t.sqlite", CORPUS) as t:
        return TrackedCompanies(t.tables())


def test_every_corpus_message_the_parsed_look_names_is_named_in_the_raw_bytes(tracked):
    messages = [data for _, data in mail_corpus.messages(CORPUS)]
    old = [parsed_look(m, tracked) for m in messages]
    new = [names_a_hint(m, tracked.needles) for m in messages]
    assert sum(old) > 40
    assert [i for i, (o, n) in enumerate(zip(old, new)) if o and not n] == []


def test_mutated_mail_too(tracked):
    rng = random.Random(7)
    base = [data for _, data in mail_corpus.messages(CORPUS)]
    missed = []
    for n in range(400):
        raw = mutate_mail(rng.choice(base), rng)
        try:
            old = parsed_look(raw, tracked)
        except Exception:  # the old look could fail where the new one must not
            continue
        if old and not names_a_hint(raw, tracked.needles):
            missed.append(n)
    assert missed == []


@pytest.mark.parametrize(
    "text, charset, cte",
    [
        ("Votre candidature a été reçue", "utf-8", "quoted-printable"),
        ("Einladung zum Vorstellungsgespräch", "iso-8859-1", "8bit"),
        ("Proceso de selección", "utf-8", "base64"),
        ("We would like to INTERVIEW you", "utf-16", "base64"),
    ],
)
def test_words_are_found_in_any_encoding(text, charset, cte):
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["Subject"] = "hello"
    msg.set_content(text, charset=charset, cte=cte) if charset != "utf-16" else msg.set_content(
        text.encode("utf-16"), "text", "plain", params={"charset": "utf-16"}, cte="base64"
    )
    assert names_a_hint(msg.as_bytes(), [s.replace("'", "").encode() for s in HINT_STEMS])


def test_an_attachment_is_not_read_and_plain_mail_names_nothing():
    from email.message import EmailMessage

    msg = EmailMessage()
    msg.set_content("See you on Saturday for the garden party.")
    msg.add_attachment(b"interview offer letter " * 100, maintype="application", subtype="pdf", filename="x.pdf")
    assert not names_a_hint(msg.as_bytes(), [b"interview", b"offer letter"])
    assert fold_bytes("ÉCOLE Garçon".encode("cp1252")) == b"ecole garcon"


def test_tracked_company_words_are_needles(tmp_path):
    with Tracker.create(tmp_path / "t.sqlite") as t:
        t.add_application("Société Générale", "Analyst")
        needles = TrackedCompanies(t.tables()).needles
    assert b"societe" in needles and b"generale" in needles
    assert names_a_hint("Content-Type: text/plain; charset=utf-8\n\nBonjour de la SOCIÉTÉ".encode(), needles)


def test_a_large_message_keeps_its_text_and_attachment_names_but_never_an_attachment_body(tmp_path):
    from followup_kit.datasets import bombs
    from followup_kit.io.mail.look import bounded_message, needs_bounds
    from followup_kit.io.mail.text import attachment_names, message_text, parse_message

    raw = bombs.mail_big_attachment(tmp_path, 12).read_bytes()
    assert needs_bounds(raw)
    kept = bounded_message(raw)
    assert len(kept) < 10_000  # the 12 MB of base64 are gone
    msg = parse_message(raw)
    assert "invite you to an interview" in message_text(msg)
    assert attachment_names(msg) == ["offer.pdf"]


def test_a_long_text_body_is_cut_at_a_line_end_within_the_limit(tmp_path):
    from followup_kit.datasets import bombs
    from followup_kit.io.mail.look import bounded_message
    from followup_kit.limits import LIMITS

    kept = bounded_message(bombs.mail_big_text(tmp_path, 12).read_bytes())
    assert LIMITS.text_part_bytes // 2 < len(kept) <= LIMITS.text_part_bytes + 2_000
    assert kept.endswith(b"please reply.\n\n--b2--\n")  # whole lines, then the closing delimiter


def test_parts_past_the_limit_are_left_out_of_the_parse(tmp_path):
    from followup_kit.datasets import bombs
    from followup_kit.io.mail.text import parse_message
    from followup_kit.limits import LIMITS

    msg = parse_message(bombs.mail_many_parts(tmp_path, 20_000).read_bytes())
    assert len(msg.get_payload()) == LIMITS.message_parts
    assert names_a_hint(bombs.mail_many_parts(tmp_path, 20_000).read_bytes(), ["interview"])


def test_an_invitation_in_a_large_message_is_kept_for_the_calendar_importer():
    from followup_kit.io.mail.text import calendar_parts, parse_message

    ics = b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1@x\nEND:VEVENT\nEND:VCALENDAR\n"
    raw = (
        b"Content-Type: multipart/mixed; boundary=z\n\n--z\nContent-Type: application/octet-stream\n\n"
        + b"A" * (9 << 20)
        + b"\n--z\nContent-Type: application/octet-stream; name=invite.ics\n\n"
        + ics
        + b"--z--\n"
    )
    assert calendar_parts(parse_message(raw)) == [ics.rstrip(b"\n")]  # the last newline is the delimiter's
