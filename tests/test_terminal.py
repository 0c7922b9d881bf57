"""Tests for followup_kit.terminal: text is shown on a terminal, never obeyed (issue 26)."""

import io
import json

import pytest

from followup_kit.terminal import PrintableStream, printable


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\x1b]0;title\x07", "\\u001b]0;title\\u0007"),
        ("\x1b[2J", "\\u001b[2J"),
        ("a\x00b", "a\\u0000b"),
        ("\x9b31m", "\\u009b31m"),
        ("gnp.\u202eexe", "gnp.\\u202eexe"),
        ("back\rspace\x08", "back\\u000dspace\\u0008"),
        ("tab\tand\nline", "tab\tand\nline"),
        ("$60k <b>é</b> =1+2 日本", "$60k <b>é</b> =1+2 日本"),
    ],
)
def test_printable_escapes_exactly_what_a_terminal_obeys(text, shown):
    assert printable(text) == shown


def test_an_escaped_json_string_still_reads_back_as_the_original():
    text = "x\u202ey\x9bz"
    assert json.loads(printable(json.dumps(text, ensure_ascii=False))) == text


def test_the_stream_escapes_everything_written_and_keeps_the_rest_of_the_stream():
    inner = io.StringIO()
    out = PrintableStream(inner)
    out.writelines(["a\x1b[2J", "b\n"])
    print("c\x07", file=out)
    assert inner.getvalue() == "a\\u001b[2Jb\nc\\u0007\n"
    assert out.getvalue() == inner.getvalue()  # anything else is the wrapped stream's
