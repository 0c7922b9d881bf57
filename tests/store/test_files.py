"""Owner-only files and folders (followup_kit.store.files)."""

from __future__ import annotations

import os
import stat

from followup_kit.store.files import private_file, private_folder


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_every_folder_made_on_the_way_is_owner_only_and_existing_ones_are_left_alone(tmp_path):
    os.chmod(tmp_path, 0o755)
    private_folder(tmp_path / "a" / "b" / "c")
    assert [mode(tmp_path / p) for p in ("a", "a/b", "a/b/c")] == [0o700] * 3
    assert mode(tmp_path) == 0o755


def test_a_private_file_makes_its_folders_owner_only(tmp_path):
    with private_file(tmp_path / "x" / "y" / "notes.txt", "w") as fh:
        fh.write("hello")
    assert (mode(tmp_path / "x"), mode(tmp_path / "x" / "y"), mode(tmp_path / "x" / "y" / "notes.txt")) == (
        0o700,
        0o700,
        0o600,
    )


def test_export_out_a_b_creates_owner_only_folders(tmp_path):
    from followup_kit.cli import main

    tracker = tmp_path / "t.sqlite"
    assert main(["init", "--sample", "--tracker", str(tracker)]) == 0
    out = tmp_path / "a" / "b"
    assert main(["export", "--tracker", str(tracker), "--out", str(out)]) == 0
    assert (mode(tmp_path / "a"), mode(out)) == (0o700, 0o700)
