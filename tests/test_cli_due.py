"""``followup-kit due`` beside a long history: the current search by default, ``--all`` for the history."""

from followup_kit.cli import main
from followup_kit.datasets.history import add_past_search
from followup_kit.datasets.sample.tracker import create_sample_tracker


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_due_shows_the_current_search_and_counts_what_expired(tmp_path, capsys):
    path = tmp_path / "t.sqlite"
    with create_sample_tracker(path) as t:
        add_past_search(t, 300, seed=5)
    code, out, err = run(capsys, "due", "--as-of", "2026-11-20 10:00", "--tracker", path)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["status", "due", "what", "to", "whom", "company", "key"]
    assert " Fri 20 Nov 09:00 " in lines[1]  # today's first
    assert not any(w in out.split() for w in ("NaN", "None", "NaT"))
    assert "Past Company" not in out
    assert "Showing your current search (it started on Wednesday 2 September); 300 applications" in out
    code, everything, _ = run(capsys, "due", "--all", "--as-of", "2026-11-20 10:00", "--tracker", path)
    assert code == 0
    # the same follow-ups: the history's are long past their windows, counted in one line
    assert everything.splitlines()[: len(lines) - 1] == lines[:-1]
    last = everything.splitlines()[-1]
    assert last.endswith("old follow-ups expired") and int(last.split()[0]) > 20
