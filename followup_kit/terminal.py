"""Text is data on a terminal too: control characters are shown, never obeyed (issue 26).

A mail subject holding ``ESC ] 0 ; … BEL`` renames the terminal's window, ``ESC [ 2 J`` clears
the screen, and U+202E turns the rest of a line around.  Every line the CLI prints goes
through :func:`printable`, which writes such characters as visible escapes (``\\u001b``,
``\\u202e``, the way JSON writes them); tabs and line ends stay as they are.  :class:`PrintableStream` applies it to
a whole output stream, so no command can forget it.

Examples
--------
>>> printable("Interview \\x1b]0;owned\\x07 \\x1b[2J today")
'Interview \\\\u001b]0;owned\\\\u0007 \\\\u001b[2J today'
>>> printable("gnp.\\u202eexe") == "gnp.\\\\u202eexe"
True
>>> printable("two\\nlines\\tand a tab")
'two\\nlines\\tand a tab'
"""

from __future__ import annotations

import re

from followup_kit.values import CONTROL_CHARACTERS

#: What a terminal obeys instead of showing (tab and line feed aside): the characters
#: :func:`followup_kit.values.clean_text` drops from imported text.
_OBEYED = CONTROL_CHARACTERS


def _visible(match: re.Match) -> str:
    return f"\\u{ord(match.group()):04x}"  # JSON's own escape: a --format json output stays valid JSON


def printable(text: str) -> str:
    """``text`` with every character a terminal would obey written as a visible escape."""
    return _OBEYED.sub(_visible, text)


class PrintableStream:
    """A text stream that passes everything written to it through :func:`printable`.

    Everything else (``flush``, ``isatty``, ``encoding``, ``buffer``...) is the wrapped stream's.

    Examples
    --------
    >>> import io
    >>> out = io.StringIO()
    >>> print("a\\x1b[2Jb", file=PrintableStream(out))
    >>> out.getvalue()
    'a\\\\u001b[2Jb\\n'
    """

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(printable(text))
        return len(text)

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name):
        return getattr(self._stream, name)
