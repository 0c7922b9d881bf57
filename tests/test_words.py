"""The word tables: one data file per language in ``followup_kit/words/``, each with every key of English."""

import re
import tomllib
from importlib import resources

import pytest

from followup_kit import vocabulary

FILES = sorted(
    f
    for f in resources.files("followup_kit").joinpath("words").iterdir()
    if f.name.endswith(".toml") and f.name.removesuffix(".toml") not in vocabulary.NOT_LANGUAGES
)
ENGLISH = tomllib.loads(resources.files("followup_kit").joinpath("words", "en.toml").read_text(encoding="utf-8"))


def _keys(table: dict, prefix: str = "") -> set[str]:
    keys = set()
    for key, value in table.items():
        keys |= _keys(value, f"{prefix}{key}.") if isinstance(value, dict) else {prefix + key}
    return keys


def _lists(table: dict):
    for value in table.values():
        if isinstance(value, dict):
            yield from _lists(value)
        elif isinstance(value, list):
            yield value


def test_the_four_languages_are_there():
    assert {f.name for f in FILES} >= {"en.toml", "fr.toml", "de.toml", "es.toml"}
    assert list(vocabulary.WORDS)[:4] == ["en", "fr", "de", "es"]


@pytest.mark.parametrize("file", FILES, ids=lambda f: f.name)
def test_every_language_has_every_key_of_english(file):
    table = tomllib.loads(file.read_text(encoding="utf-8"))
    assert _keys(table) == _keys(ENGLISH), file.name
    assert table["language"] and all(isinstance(w, str) and w.strip() == w and w for ws in _lists(table) for w in ws)


@pytest.mark.parametrize("file", FILES, ids=lambda f: f.name)
def test_calendar_words_are_regular_expressions(file):
    table = tomllib.loads(file.read_text(encoding="utf-8"))
    for words in table["calendar"].values():
        for word in words:
            re.compile(word)


def test_the_merged_tables_hold_every_language_in_order():
    company = vocabulary.SHEET_HEADERS["company"]
    assert company.index("company") < company.index("entreprise") < company.index("Firma") < company.index("empresa")
    assert "en cours" in vocabulary.SHEET_STATUS_WORDS["applied"]
    assert "entrevista\\w*" in vocabulary.STRONG_INTERVIEW_WORDS
    # Dutch, the fifth language, comes after the first four
    assert company.index("empresa") < company.index("Werkgever")
    assert "gesolliciteerd" in vocabulary.SHEET_STATUS_WORDS["applied"]


def test_a_new_language_is_a_new_file(tmp_path, monkeypatch):
    """A file dropped beside the others joins every merged table, after the first four languages."""
    words = tmp_path / "words"
    words.mkdir()
    for f in FILES:
        (words / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    italian = ENGLISH["sheet"]["headers"] | {"company": ["azienda"]}
    lines = ['language = "Italian"', "[sheet.headers]", *(f"{k} = {v!r}" for k, v in italian.items())]
    (words / "it.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(vocabulary._resources, "files", lambda package: tmp_path)
    monkeypatch.setattr(vocabulary, "WORDS", vocabulary._read_words())
    others = sorted({f.name[:-5] for f in FILES} - {"en", "fr", "de", "es"} | {"it"})
    assert list(vocabulary.WORDS) == ["en", "fr", "de", "es", *others]
    company = vocabulary._merged("sheet", "headers")["company"]
    assert company.index("empresa") < company.index("azienda")


ALL_TABLES = sorted(f for f in resources.files("followup_kit").joinpath("words").iterdir() if f.name.endswith(".toml"))


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


@pytest.mark.parametrize("file", ALL_TABLES, ids=lambda f: f.name)
def test_no_word_holds_a_control_character(file):
    # "\b" in a double-quoted TOML string is a backspace, not a word boundary: write "\\b" or use '...'
    table = tomllib.loads(file.read_text(encoding="utf-8"))
    bad = [w for w in _strings(table) if re.search(r"[\x00-\x08\x0b-\x1f]", w)]
    assert bad == [], file.name
