"""Reading mail exports: the mbox splitter, .eml folders, Maildirs and the header prefilter."""

from __future__ import annotations

import email
import email.policy
import mailbox

import mail_corpus
import pytest

from followup_kit.errors import InputError
from followup_kit.io.mail.read import iter_mbox, iter_messages, mail_format, parse_date, read_headers, split_message


@pytest.fixture(scope="module")
def corpus_mbox(tmp_path_factory):
    return mail_corpus.write_mbox(tmp_path_factory.mktemp("mbox") / "all.mbox")


@pytest.mark.parametrize("block", [7, 64, 1000, 1 << 20])
def test_the_splitter_finds_the_messages_the_standard_library_finds(corpus_mbox, block):
    box = mailbox.mbox(str(corpus_mbox))
    expected = [box.get_bytes(key).rstrip(b"\n") for key in box.iterkeys()]
    box.close()
    got = [m.data.rstrip(b"\n") for m in iter_mbox(corpus_mbox, block_bytes=block)]
    assert len(got) == len(mail_corpus.messages()) == len(expected)
    assert got == expected


def test_the_splitter_handles_a_bom_blank_lines_and_a_missing_final_newline(tmp_path):
    path = tmp_path / "x.mbox"
    path.write_bytes(
        b"\xef\xbb\xbf\r\nFrom a@b Mon Jan  5 10:00:00 2026\r\nSubject: one\r\n\r\nFrom me, hello\r\n"
        b"From a@b Mon Jan  5 11:00:00 2026\r\nSubject: two\r\n\r\nbye"
    )
    subjects = [read_headers(m.data).subject for m in iter_mbox(path, block_bytes=5)]
    # a body line starting with "From " is a separator for mbox readers (that is why writers escape it)
    assert subjects == ["one", "", "two"]
    assert [m.origin for m in iter_mbox(path)] == ["x.mbox, message 1", "x.mbox, message 2", "x.mbox, message 3"]


def test_eml_folders_and_maildirs_give_the_same_messages_as_the_mbox(corpus_mbox, tmp_path):
    eml = mail_corpus.write_eml_folder(tmp_path / "eml")
    maildir = mail_corpus.write_maildir(tmp_path / "Maildir")
    assert (mail_format(corpus_mbox), mail_format(eml), mail_format(maildir)) == ("mbox", "eml", "maildir")

    def ids(source):
        return sorted(str(read_headers(m.data).message_id) for m in iter_messages(source))

    assert ids(eml) == ids(maildir) == ids(corpus_mbox)
    assert len(ids(eml)) == len(mail_corpus.messages())
    one = next(eml.glob("*.eml"))
    assert mail_format(one) == "eml" and len(list(iter_messages(one))) == 1


@pytest.mark.parametrize(
    "make, message",
    [
        (
            lambda p: (p / "jobs.csv").write_text("Company,Role\nAcme,Analyst\n") and p / "jobs.csv",
            "jobs.csv'( \\([0-9,]+ characters\\))?: not a mail export: an mbox file starts with a 'From ' line",
        ),
        (lambda p: (p / "empty").mkdir() or p / "empty", "holds no .eml files and is not a Maildir"),
        (lambda p: p / "missing.mbox", "missing.mbox'( \\([0-9,]+ characters\\))?: no such file or folder"),
    ],
)
def test_what_is_not_a_mail_export_is_named(tmp_path, make, message):
    with pytest.raises(InputError, match=f"field 'mailbox', value .*{message}"):
        mail_format(make(tmp_path))


def test_headers_are_read_without_the_body():
    raw = (
        b"From: =?iso-8859-1?q?Soci=E9t=E9_Lumi=E8re?= <RH@Lumiere.Example>\n"
        b"To: Sam <sam@example.net>, b@example.org\nSubject: =?utf-8?b?RW50cmV0aWVu?=\n"
        b"Date: Mon, 02 Nov 2026 23:30:00 -0800\nMessage-ID:  <x@y>  \nX-Gmail-Labels: Inbox,Category Updates\n"
        b"List-Unsubscribe: <mailto:u@example.org>\n\nbody with From: nothing\n"
    )
    h = read_headers(raw)
    assert (h.sender, h.sender_name, h.subject, h.message_id) == (
        "rh@lumiere.example",
        "Société Lumière",
        "Entretien",
        "<x@y>",
    )
    assert h.labels == ("inbox", "category updates") and h.bulk
    assert h.date.isoformat() == "2026-11-03T07:30:00+00:00"
    assert split_message(raw)[1] == b"body with From: nothing\n"


def test_the_header_reader_agrees_with_the_standard_library_on_the_corpus():
    for _, data in mail_corpus.messages():
        h = read_headers(data)
        msg = email.message_from_bytes(data, policy=email.policy.default)
        sender = msg["From"].addresses[0]
        assert (h.sender, h.sender_name) == (sender.addr_spec.lower(), sender.display_name)
        assert h.subject == str(msg["Subject"])
        assert h.date == msg["Date"].datetime
        assert h.message_id == (msg["Message-ID"] and str(msg["Message-ID"]).strip())
        assert h.labels == tuple(x.strip().lower() for x in str(msg.get("X-Gmail-Labels", "")).split(",") if x)
        assert h.bulk == (
            msg["List-Unsubscribe"] is not None
            or msg["List-Id"] is not None
            or str(msg.get("Precedence", "")).lower() == "bulk"
        )


def test_folded_and_8bit_headers():
    h = read_headers(
        b'Subject: a long\r\n  folded subject\r\nFrom: "Ren\xc3\xa9 Example"\r\n <r@example.org>\r\n'
        b"X-Other: Subject: not this one\r\n\r\nSubject: nor this\r\n"
    )
    assert (h.subject, h.sender_name, h.sender) == ("a long folded subject", "René Example", "r@example.org")
    assert read_headers(b"Subject: caf\xe9\n\n").subject == "café"


def test_headers_without_date_or_list_marks():
    h = read_headers(b"From: a@example.org\nPrecedence: bulk\n\nx")
    assert h.date is None and h.bulk and h.message_id is None and h.labels == ()
    assert not read_headers(b"From: a@example.org\nPrecedence: first-class\n\nx").bulk
    assert parse_date("not a date") is None
    assert parse_date("Mon, 02 Nov 2026 10:00:00 -0000").isoformat() == "2026-11-02T10:00:00+00:00"


def test_a_message_larger_than_the_limit_is_cut_and_the_next_one_still_found(tmp_path, monkeypatch):
    import followup_kit.io.mail.read as read_module
    from followup_kit.limits import InputLimits

    monkeypatch.setattr(read_module, "LIMITS", InputLimits(message_bytes=1000))
    path = tmp_path / "m.mbox"
    big = b"From a@b Mon Jan  5 10:00:00 2026\nSubject: big\n\n" + b"x" * 5000 + b"\n"
    path.write_bytes(big + b"From a@b Mon Jan  5 11:00:00 2026\nSubject: next\n\nhi\n")
    found = list(read_module.iter_mbox(path, block_bytes=300))
    assert [read_module.read_headers(m.data).subject for m in found] == ["big", "next"]
    assert 900 < len(found[0].data) <= 1000  # the first 1000 bytes, less the From line
    (tmp_path / "one.eml").write_bytes(b"Subject: e\n\n" + b"y" * 5000)
    assert len(read_module.read_message_file(tmp_path / "one.eml")) == 1000
