"""Which East Asian encoding a sheet's bytes are in, or that they do not say.

A CSV that is neither UTF-8 nor UTF-16 was read as Windows-1252 until issue 26, and a
Japanese (Shift-JIS) or Chinese (GB18030) sheet became silent mojibake ("Š”Ž®‰ïŽÐ" for
株式会社).  :func:`guess_encoding` asks charset-normalizer first; when its best reading is
Japanese, Chinese or Korean, each East Asian candidate is decoded and scored by how much of
its text falls in the everyday character set of its language (JIS X 0208 with kana for
Japanese, GB2312 or Big5 without kana for Chinese, the 2,350 common Hangul of KS X 1001 for
Korean, Hangul only): the wrong code page of a right guess turns text into rare or half-width
characters.  One clear winner is used; two close ones raise :class:`EncodingUnclear`, which
names them, so the user chooses (``--encoding``).  A Western reading returns ``None`` and the
caller keeps Windows-1252, as before.

Examples
--------
>>> guess_encoding("会社名,職種\\n株式会社サンプル,エンジニア\\n東京商事,営業\\n".encode("shift_jis"))
'cp932'
>>> guess_encoding("公司,职位\\n示例科技有限公司,工程师\\n北京贸易,销售\\n".encode("gb18030"))
'gb18030'
>>> guess_encoding("Company;Applied\\nSociété Générale;14.11.2021\\n".encode("cp1252")) is None
True
"""

from __future__ import annotations

import codecs
import contextlib
import contextvars
import re
from collections.abc import Iterator

from followup_kit.errors import InputError

#: Bytes of a file given to charset-normalizer and to the scores (a sheet's first 256 KB say
#: which language it is in; the whole of a large file would cost seconds).
SAMPLE_BYTES = 256 * 1024

#: The share of a candidate's non-ASCII characters that must be everyday characters of its
#: language, and the lead over the next family's candidate, for a guess to be used (measured on
#: Japanese, Chinese and Korean sheets: right readings score 0.97-1.0, wrong ones under 0.75).
SURE_SCORE, SURE_LEAD = 0.9, 0.15

_FAMILIES = {
    "japanese": ("cp932", "shift_jis", "euc_jp", "shift_jis_2004", "euc_jis_2004"),
    "chinese": ("gb18030", "big5"),
    "korean": ("cp949", "euc_kr"),
}
_NAMES = {"japanese": "Japanese", "chinese": "Chinese", "korean": "Korean"}
_FAMILY_OF = {enc: fam for fam, encs in _FAMILIES.items() for enc in encs}
_CJK_LANGUAGES = {"Japanese": "japanese", "Chinese": "chinese", "Korean": "korean"}


_ENCODING: contextvars.ContextVar[str | None] = contextvars.ContextVar("sheet_encoding", default=None)


@contextlib.contextmanager
def sheet_encoding(encoding: str | None) -> Iterator[None]:
    """Read every CSV sheet in this block with ``encoding`` (``--encoding``; ``None``: detect it).

    >>> with sheet_encoding("shift_jis"):
    ...     chosen_encoding()
    'shift_jis'
    """
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError("not an encoding Python knows", field="encoding", value=encoding) from None
    token = _ENCODING.set(encoding)
    try:
        yield
    finally:
        _ENCODING.reset(token)


def chosen_encoding() -> str | None:
    """The encoding :func:`sheet_encoding` chose for this block, or ``None``."""
    return _ENCODING.get()


class EncodingUnclear(ValueError):
    """The bytes read as text in more than one East Asian encoding; ``candidates`` lists them."""

    def __init__(self, candidates: list[str]):
        self.candidates = candidates
        names = " or ".join(f"{enc} ({_NAMES[_FAMILY_OF[enc]]})" for enc in candidates)
        super().__init__(
            f"the file is not UTF-8 and its bytes could be {names}; say which with --encoding "
            f"{candidates[0]} (or save the sheet as UTF-8)"
        )


def _everyday(ch: str, family: str) -> bool:
    code = ord(ch)
    if 0x3000 <= code <= 0x303F or 0xFF01 <= code <= 0xFF5E:  # CJK punctuation, full-width ASCII
        return True
    kana = 0x3040 <= code <= 0x30FF
    hangul = 0xAC00 <= code <= 0xD7A3
    try:
        if family == "japanese":
            return kana or (0x4E00 <= code <= 0x9FFF and len(ch.encode("euc_jp")) == 2)
        if family == "korean":  # Hangul: Korean is rarely written with Chinese characters now
            return hangul and len(ch.encode("euc_kr")) == 2
        if kana or hangul or not 0x4E00 <= code <= 0x9FFF:
            return False
    except UnicodeEncodeError:
        return False
    for common in ("gb2312", "big5"):
        try:
            ch.encode(common)
            return True
        except UnicodeEncodeError:
            pass
    return False


def score(data: bytes, encoding: str) -> float:
    """The share of non-ASCII characters of ``data`` read as ``encoding`` that are everyday characters
    of its language (0 when the bytes do not decode).

    >>> sjis = "株式会社サンプル".encode("shift_jis")
    >>> score(sjis, "cp932"), score(sjis, "gb18030") < 0.8
    (1.0, True)
    """
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return 0.0
    wide = [c for c in text if ord(c) > 0x7F]
    if not wide:
        return 0.0
    family = _FAMILY_OF[encoding]
    share = sum(_everyday(c, family) for c in wide) / len(wide)
    if family == "japanese" and sum(0x3040 <= ord(c) <= 0x30FF for c in wide) < 0.05 * len(wide):
        share /= 2  # Japanese without kana is rare; Chinese read as EUC-JP is all Chinese characters
    return share


#: Japanese text is a fifth to a half kana; Western text read as Shift-JIS or EUC-JP almost never
#: makes one (the kana's lead bytes are rare punctuation in Windows-1252).  A damaged byte or two
#: (1 in 100 characters at most) is tolerated: charset-normalizer gives up on those files.
KANA_SHARE, DAMAGED_SHARE = 0.2, 0.01

_JIS_ESCAPE = (b"\x1b$B", b"\x1b$@", b"\x1b$(Q", b"\x1b$(O", b"\x1b$(D", b"\x1b(J", b"\x1b(I")


def seven_bit_japanese(data: bytes) -> str | None:
    """The ISO-2022-JP variant of 7-bit Japanese text (valid ASCII, so never caught as non-UTF-8).

    >>> seven_bit_japanese("会社".encode("iso2022_jp")), seven_bit_japanese(b"plain")
    ('iso2022_jp_2004', None)
    """
    if b"\x1b" not in data or not any(e in data for e in _JIS_ESCAPE):
        return None
    for encoding in ("iso2022_jp_2004", "iso2022_jp_ext", "iso2022_jp_2"):
        try:
            data.decode(encoding)
            return encoding
        except UnicodeDecodeError:
            continue
    return None


def _japanese_by_kana(sample: bytes) -> str | None:
    for encoding in ("cp932", "shift_jis_2004", "euc_jp", "euc_jis_2004"):
        text = sample.decode(encoding, "replace")
        wide = sum(1 for c in text if ord(c) > 0x7F)
        if not wide:
            return None
        kana = sum(1 for c in text if 0x3040 <= ord(c) <= 0x30FF)
        if text.count("\ufffd") <= DAMAGED_SHARE * wide and kana >= KANA_SHARE * wide:
            return encoding
    return None


def guess_encoding(data: bytes) -> str | None:
    """The East Asian encoding ``data`` is in, ``None`` for a Western reading; raises
    :class:`EncodingUnclear` when two languages read it about as well."""
    from charset_normalizer import from_bytes

    sample = data[:SAMPLE_BYTES]
    cut = max(sample.rfind(b"\n"), 0) if len(data) > SAMPLE_BYTES else len(sample)
    sample = sample[:cut] or sample
    best = from_bytes(sample).best()
    language = None if best is None else _CJK_LANGUAGES.get(best.language) or _FAMILY_OF.get(best.encoding)
    if language is None:
        return _japanese_by_kana(sample) or _central_european(sample)
    # charset-normalizer's language first on ties; within a family the wider code page first
    order = sorted(_FAMILY_OF, key=lambda enc: _FAMILY_OF[enc] != language)
    ranked = sorted(((score(sample, enc), enc) for enc in order), key=lambda item: (-item[0], order.index(item[1])))
    top_score, top = ranked[0]
    others = [(s, e) for s, e in ranked if _FAMILY_OF[e] != _FAMILY_OF[top]]
    if top_score >= SURE_SCORE and (not others or others[0][0] <= top_score - SURE_LEAD):
        return top
    close = [top, *[e for s, e in others if s >= top_score - SURE_LEAD and s > 0][:2]]
    raise EncodingUnclear(close)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _central_european(sample: bytes) -> str | None:
    """``"cp1250"`` for a Polish, Czech or Hungarian sheet that Windows-1252 would break inside its
    words ("Wroc³aw" for Wrocław, "Kraków" stays): a byte read as a symbol between two letters in
    Windows-1252 that is a letter in Windows-1250, and no such break the other way; else None.

    >>> _central_european("Firma;Miasto\\n3M;Wrocław\\nLPP;Gdańsk\\n".encode("cp1250"))
    'cp1250'
    >>> _central_european("Firma;Ville\\nSociété;Besançon\\n".encode("cp1252")) is None
    True
    """

    def broken(text: str) -> int:  # only the non-ASCII characters are looked at: few in a Western sheet
        return sum(
            1
            for m in _NON_ASCII.finditer(text, 1, max(len(text) - 1, 1))
            if not m.group().isalpha() and text[m.start() - 1].isalpha() and text[m.start() + 1].isalpha()
        )

    west = sample.decode("cp1252", errors="replace")
    central = sample.decode("cp1250", errors="replace")
    return "cp1250" if broken(west) > 0 and broken(central) == 0 else None


__all__ = ["EncodingUnclear", "chosen_encoding", "guess_encoding", "score", "seven_bit_japanese", "sheet_encoding"]
