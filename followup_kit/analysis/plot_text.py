"""Text as plots draw it: literally (no mathematics read into a ``$``), and wrapped between words only.

Every text a plot draws from data (a company, a role, a group, a benchmark) goes through
:func:`literal`; a sentence printed on a chart or in a notebook goes through :func:`wrap_words`.
"""

from __future__ import annotations

__all__ = ["literal", "wrap_words"]


def literal(text) -> str:
    """``text`` as matplotlib draws it literally: every ``$`` escaped, so that a role such as
    "Account Exec $60k base, 10% OTE to $90k" is never read as mathematics (nor fails to draw).

    Every text a plot draws from data (company, role, group, benchmark) goes through this.

    Examples
    --------
    >>> print(literal("$60k to $90k"))
    \\$60k to \\$90k
    """
    return str(text).replace("$", r"\$")


def wrap_words(text: str, width: int = 60) -> str:
    """``text`` on lines of at most ``width`` characters, broken only between words (never inside one).

    Examples
    --------
    >>> print(wrap_words("the answers have not clearly stopped", width=20))
    the answers have not
    clearly stopped
    """
    import textwrap

    return "\n".join(textwrap.wrap(str(text), width=width, break_long_words=False, break_on_hyphens=False))
