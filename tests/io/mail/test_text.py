"""Body text of parsed mail: charsets, transfer encodings, HTML, quotes and calendar parts."""

from __future__ import annotations

import mail_corpus
import pytest

from followup_kit.io.mail.text import (
    attachment_names,
    calendar_parts,
    html_to_text,
    message_text,
    own_words,
    parse_message,
)

CORPUS = {e["id"]: e for e in mail_corpus.load()["messages"]}


def text_of(ident: str) -> str:
    entry = CORPUS[ident]
    return message_text(parse_message(mail_corpus.build_message(entry, "sam.rivera@example.net")))


@pytest.mark.parametrize(
    "ident, sentence",
    [
        ("fr-ack-lumiere-latin1", "Nous avons bien reçu votre candidature"),  # iso-8859-1, quoted-printable
        ("fr-rej-lumiere", "suite favorable à votre candidature"),  # iso-8859-1, 8bit
        ("en-rej-adatum-1252", "We\u2019ve reviewed your profile"),  # windows-1252, quoted-printable
        ("es-rej-olmo-1252", "no has sido seleccionado"),
        ("de-rej-bergmann-praise", "für einen anderen Bewerber entschieden"),  # base64
        ("en-rej-fabrikam-filled", "Fabrikam Recruiting \u2013 People Team"),  # utf-8, quoted-printable
        ("en-int-woodgrove-html", "invite you to an interview"),  # HTML only, base64
        ("es-ack-ribera-html", "nos pondremos en contacto contigo"),  # HTML only, quoted-printable
    ],
)
def test_bodies_are_decoded_to_their_words(ident, sentence):
    assert sentence in " ".join(text_of(ident).split())


def test_html_loses_tags_styles_and_scripts():
    text = html_to_text(
        "<html><head><style>p{color:red}</style></head><body><p>We&#39;d <b>love</b> to meet"
        "</p><script>track()</script><table><tr><td>A</td><td>B</td></tr></table></body></html>"
    )
    assert "We'd love to meet" in text
    assert "color" not in text and "track" not in text and "<" not in text


def test_the_text_of_a_message_with_attachments_is_its_body_only():
    msg = parse_message(mail_corpus.build_message(CORPUS["en-offer-contoso"], "sam.rivera@example.net"))
    assert attachment_names(msg) == ["Contoso_offer_letter.pdf"]
    assert "PDF" not in message_text(msg) and "delighted to extend you an offer" in message_text(msg)


def test_calendar_parts_are_found():
    msg = parse_message(mail_corpus.build_message(CORPUS["de-int-kranich-calendar"], "sam.rivera@example.net"))
    parts = calendar_parts(msg)
    assert len(parts) == 1 and parts[0].startswith(b"BEGIN:VCALENDAR")
    plain = parse_message(mail_corpus.build_message(CORPUS["en-offer-contoso"], "sam.rivera@example.net"))
    assert calendar_parts(plain) == []


@pytest.mark.parametrize(
    "reply",
    [
        "On Wed, 7 Oct 2026 at 10:00, Wingtip Labs <no-reply@hire.lever.co> wrote:",
        "Le mer. 7 oct. 2026 à 10:00, Atelier Verdon <rh@verdon.example> a écrit :",
        "Am Mi., 7. Okt. 2026 um 10:00 Uhr schrieb Mira Vogt <mira.vogt@kranich.example>:",
        "El mié, 7 oct 2026 a las 10:00, Lucía <lucia@riberadatos.example> escribió:",
        "-----Original Message-----",
    ],
)
def test_quoted_replies_are_cut(reply):
    text = f"Thanks, see you then.\n\n{reply}\nwe have decided not to move forward\n> and more"
    assert own_words(text) == "Thanks, see you then."


def test_quote_marks_alone_are_dropped():
    assert own_words("Yes.\n> we regret\n>> no\nBye") == "Yes.\nBye"
