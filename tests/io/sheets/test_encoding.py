"""A sheet's encoding from its bytes: Japanese and Chinese are never read as Windows-1252 (issue 26)."""

from __future__ import annotations

import pytest

from followup_kit.errors import InputError
from followup_kit.io.sheets.cells import read_sheet
from followup_kit.io.sheets.encoding import EncodingUnclear, guess_encoding, sheet_encoding

JAPANESE = "会社名,職種,応募日\n株式会社サンプル,エンジニア,2026-11-02\n東京商事,営業,2026-11-03\n"
CHINESE = "公司,职位,申请日期\n示例科技有限公司,工程师,2026-11-02\n北京贸易,销售,2026-11-03\n"
KOREAN = "회사,직무\n삼성전자,엔지니어\n"


@pytest.mark.parametrize(
    ("text", "codec", "read_as"), [(JAPANESE, "shift_jis", "cp932"), (CHINESE, "gb18030", "gb18030")]
)
def test_shift_jis_and_gb18030_sheets_are_read_in_their_encoding(tmp_path, text, codec, read_as):
    path = tmp_path / "jobs.csv"
    path.write_bytes(text.encode(codec))
    sheet = read_sheet(path)
    assert sheet.encoding == read_as
    assert sheet.frame.iloc[0, 0] == text.splitlines()[1].split(",")[0]  # 株式会社サンプル, not Š”Ž®‰ïŽÐ


def test_bytes_that_several_east_asian_encodings_read_are_a_question_naming_them(tmp_path):
    path = tmp_path / "jobs.csv"
    path.write_bytes(KOREAN.encode("euc_kr"))
    with pytest.raises(InputError, match=r"jobs.csv: .*could be cp949 \(Korean\) or .*--encoding cp949"):
        read_sheet(path)
    with pytest.raises(EncodingUnclear) as unclear:
        guess_encoding(KOREAN.encode("euc_kr"))
    assert unclear.value.candidates[0] == "cp949"


def test_the_user_settles_the_encoding_and_it_is_used(tmp_path):
    path = tmp_path / "jobs.csv"
    path.write_bytes(KOREAN.encode("euc_kr"))
    assert read_sheet(path, encoding="euc_kr").frame.iloc[0, 0] == "삼성전자"
    with sheet_encoding("euc_kr"):
        assert read_sheet(path).encoding == "euc_kr"


def test_an_unknown_encoding_name_is_refused_naming_it():
    with (
        pytest.raises(InputError, match=r"field 'encoding', value 'klingon': not an encoding"),
        sheet_encoding("klingon"),
    ):
        pass


def test_western_sheets_stay_windows_1252(tmp_path):
    path = tmp_path / "jobs.csv"
    path.write_bytes("Company,Role\nCafé Crème,Barista\nMüller GmbH,Entwickler – Backend\n".encode("cp1252"))
    sheet = read_sheet(path)
    assert (sheet.encoding, sheet.frame.iloc[1, 1]) == ("cp1252", "Entwickler – Backend")


def test_import_encoding_option_reaches_the_reader(tmp_path, capsys):
    from followup_kit.cli import main

    path = tmp_path / "jobs.csv"
    path.write_bytes("Company,Role,Applied\n삼성전자,엔지니어,2026-11-02\n".encode("euc_kr"))
    tracker = tmp_path / "t.sqlite"
    assert main(["import", str(path), "--tracker", str(tracker), "--create", "--encoding", "euc_kr"]) == 0
    from followup_kit import Tracker

    with Tracker.open(tracker) as t:
        assert t.applications["company"].tolist() == ["삼성전자"]


def test_seven_bit_iso_2022_jp_is_not_read_as_ascii(tmp_path):
    path = tmp_path / "jobs.csv"
    path.write_bytes(JAPANESE.encode("iso2022_jp"))
    sheet = read_sheet(path)
    assert sheet.encoding.startswith("iso2022_jp") and sheet.frame.iloc[0, 0] == "株式会社サンプル"


def test_a_shift_jis_sheet_with_a_damaged_byte_is_still_read_as_japanese(tmp_path):
    text = JAPANESE + "".join(f"株式会社サンプル{i},エンジニア,2026-11-02\n" for i in range(30))
    data = bytearray(text.encode("shift_jis"))
    data[40] = 0xA0  # one byte no Japanese code page reads (charset-normalizer then gives no answer)
    path = tmp_path / "jobs.csv"
    path.write_bytes(bytes(data))
    sheet = read_sheet(path)
    assert sheet.encoding == "cp932"
    assert sheet.frame.iloc[-1, 0] == "株式会社サンプル29"
