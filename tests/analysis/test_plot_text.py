"""Tests for followup_kit.analysis.plot_text: text drawn literally, wrapped between words."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pytest

from followup_kit.analysis.plot_text import literal, wrap_words


@pytest.mark.parametrize("text", ["Account Exec $60k base, 10% OTE to $90k", "$$", "\\frac{a}{b} $x^2$", "_^{}"])
def test_literal_text_draws_as_typed(text):
    import matplotlib.pyplot as plt
    from matplotlib import cbook

    fig, ax = plt.subplots()
    label = ax.set_title(literal(text))
    fig.canvas.draw()  # mathtext would raise on an unbalanced or odd formula
    assert not cbook.is_math_text(label.get_text())
    plt.close(fig)


def test_wrapped_text_never_breaks_a_word():
    sentence = (
        "From your 15 applications: too early to tell how many will never get an answer (the answers have "
        "not clearly stopped), and 95% of the answers that came, came within 14 days (7 to 14); applications"
    )
    for width in (12, 30, 60, 88):
        lines = wrap_words(sentence, width).split("\n")
        assert " ".join(lines) == sentence
        assert all(len(line) <= width or " " not in line for line in lines)
