"""Benchmark: precision and recall per kind of the mail importer, on a tune and a held-out corpus.

Two labelled corpora of invented mail are written as mboxes and imported into trackers holding
their applications:

* ``tests/io/data/mail/corpus.json``: the kit's first 75 messages (English, French, German,
  Spanish, traps included), all **tune**;
* ``tests/io/data/mail/shapes.json``: 124 messages in the shapes real recruiter mail takes
  (see SOURCES.md beside it), each marked ``tune`` or ``heldout``.  The held-out half was
  written before the word tables were tuned and is never used to choose phrases: this script
  prints its figures, never its misses.

A message counts as predicted kind K when the importer gives it kind K with a confidence it
applies without review (mail it never reads as evidence, such as spam, job alerts and the
user's own mail, counts as ``other``, as does anything classified ``other``).  Uncertain
messages (sent to review) count as misses for recall and never as false positives.

For rejections it prints the issue-18 targets: recorded without review (>= 85%), recognised,
i.e. recorded or sent to review (>= 95%), set aside as anything else (0), false rejections and
offers (0).  Then applications built from the mailbox: the shapes corpus imported into an empty
tracker with ``create_applications=True``; an acknowledgement should create its application
with the right company and applied date (and the right role where the mail names one), and
no mail labelled ``other`` should create anything.

Usage::

    .venv/bin/python benchmarks/bench_mail_classifier.py [--tiny]

``--tiny`` is accepted for the smoke test; the corpora are small, so it runs the same.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

import mail_corpus  # noqa: E402

from followup_kit import vocabulary  # noqa: E402
from followup_kit.io.mail.classify import APPLY_CONFIDENCE  # noqa: E402
from followup_kit.io.mail.importer import import_mail  # noqa: E402
from followup_kit.io.matching import company_key  # noqa: E402
from followup_kit.store.tracker import Tracker  # noqa: E402

#: Issue 18's targets for real rejections (measured here on the held-out half).
RECORDED_TARGET = 0.85
RECOGNISED_TARGET = 0.95


def scores(frame: pd.DataFrame) -> pd.DataFrame:
    """Precision and recall per kind from ``label`` and ``predicted`` columns."""
    rows = []
    for kind in vocabulary.MAIL_KINDS:
        tp = int(((frame["predicted"] == kind) & (frame["label"] == kind)).sum())
        predicted = int((frame["predicted"] == kind).sum())
        actual = int((frame["label"] == kind).sum())
        rows.append(
            {
                "kind": kind,
                "labelled": actual,
                "predicted": predicted,
                "correct": tp,
                "precision": tp / predicted if predicted else float("nan"),
                "recall": tp / actual if actual else float("nan"),
            }
        )
    return pd.DataFrame(rows)


def evaluate(corpus: dict, work: Path, name: str) -> pd.DataFrame:
    """One row per labelled message (Takeout duplicates counted once): label, split, outcome, kind, predicted."""
    tracker = mail_corpus.create_tracker(work / f"{name}.sqlite", corpus)
    box = mail_corpus.write_mbox(work / f"{name}.mbox", corpus)
    result = import_mail(tracker, box, me=corpus["me"])
    tracker.close()
    ids = [ident for ident, _ in mail_corpus.messages(corpus)]
    entries = {e["id"]: e for e in corpus["messages"]}
    frame = result.messages.assign(id=ids)
    frame = frame[~frame["id"].str.contains("+", regex=False)]
    return frame.assign(
        label=frame["id"].map(lambda i: entries[i]["label"]),
        split=frame["id"].map(lambda i: entries[i].get("split", "tune")),
        predicted=frame["kind"].where(
            (frame["confidence"] >= APPLY_CONFIDENCE) | (frame["kind"] == "other"), "(review)"
        ),
    )


def rejection_targets(frame: pd.DataFrame) -> dict:
    """Issue 18's rejection figures on ``frame``."""
    rejections = frame[frame["label"] == "rejection"]
    n = len(rejections)
    recorded = int(((rejections["outcome"] == "applied") & (rejections["kind"] == "rejection")).sum())
    recognised = int(rejections["outcome"].isin(["applied", "to review"]).sum())
    return {
        "labelled": n,
        "recorded": recorded,
        "recognised": recognised,
        "set_aside": n - recognised,
        "false_rejections": int(((frame["predicted"] == "rejection") & (frame["label"] != "rejection")).sum()),
        "false_offers": int(((frame["predicted"] == "offer") & (frame["label"] != "offer")).sum()),
    }


def applications_from_mail(corpus: dict, work: Path) -> pd.DataFrame:
    """The shapes corpus imported into an empty tracker with ``create_applications=True``: one row per
    labelled message with the application it created (company, role, applied_on), if any."""
    tracker = Tracker.create(work / "empty.sqlite", timezone=corpus["timezone"])
    box = mail_corpus.write_mbox(work / "apps.mbox", corpus)
    result = import_mail(tracker, box, me=corpus["me"], create_applications=True)
    apps = tracker.applications.set_index("application_id")
    tracker.close()
    entries = corpus["messages"]
    frame = result.messages.assign(
        id=[e["id"] for e in entries],
        split=[e["split"] for e in entries],
        label=[e["label"] for e in entries],
        want_company=[e.get("company") for e in entries],
        want_role=[e.get("role") for e in entries],
        want_day=[pd.Timestamp(e["date"]).tz_convert(corpus["timezone"]).date() for e in entries],
    )
    ids = frame["application_id"]
    return frame.assign(
        got_company=ids.map(lambda i: apps.at[int(i), "company"] if pd.notna(i) else None),
        got_role=ids.map(lambda i: apps.at[int(i), "role"] if pd.notna(i) else None),
        got_day=ids.map(lambda i: pd.Timestamp(apps.at[int(i), "applied_on"]).date() if pd.notna(i) else None),
    )


def application_figures(frame: pd.DataFrame) -> dict:
    acks = frame[frame["label"] == "acknowledgement"]
    same = [company_key(str(g)) == company_key(str(w)) for g, w in zip(acks["got_company"], acks["want_company"])]
    right_company = acks["got_company"].notna() & pd.Series(same, index=acks.index, dtype=bool)
    right = right_company & (acks["got_day"] == acks["want_day"])
    named = acks[acks["want_role"].notna()]
    role_right = [str(g).casefold() == str(w).casefold() for g, w in zip(named["got_role"], named["want_role"])]
    others = frame[frame["label"] == "other"]
    return {
        "acknowledgements": len(acks),
        "created_right": int(right.sum()),
        "roles_named": len(named),
        "roles_right": int(sum(role_right)),
        "from_other": int(others["application_id"].notna().sum()),
    }


def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else f"{part}/0"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tiny", action="store_true", help="accepted for the smoke test (same run)")
    parser.parse_args(argv)
    shapes = mail_corpus.load_shapes()
    with tempfile.TemporaryDirectory(prefix="bench-mail-classifier-") as folder:
        work = Path(folder)
        first = evaluate(mail_corpus.load(), work, "corpus")
        shaped = evaluate(shapes, work, "shapes")
        built = applications_from_mail(shapes, work)
    parts = [
        ("corpus.json (tune)", first),
        ("shapes.json tune", shaped[shaped["split"] == "tune"]),
        ("shapes.json heldout", shaped[shaped["split"] == "heldout"]),
    ]
    for title, frame in parts:
        print(f"== {title}: {len(frame)} labelled messages")
        print(scores(frame).to_string(index=False, float_format=lambda x: f"{x:.3f}"))
        t = rejection_targets(frame)
        print(
            f"rejections: {t['labelled']} labelled; recorded without review {_pct(t['recorded'], t['labelled'])} "
            f"(target >= {RECORDED_TARGET:.0%}); recognised {_pct(t['recognised'], t['labelled'])} "
            f"(target >= {RECOGNISED_TARGET:.0%}); set aside {t['set_aside']}"
        )
        print(f"false rejections: {t['false_rejections']}\nfalse offers: {t['false_offers']}")
    for split in ("tune", "heldout"):
        f = application_figures(built[built["split"] == split])
        print(
            f"== applications from mail, shapes.json {split} (empty tracker, create_applications=True): "
            f"acknowledgements {f['acknowledgements']}, created with the right company and date "
            f"{f['created_right']}; roles named {f['roles_named']}, right {f['roles_right']}; "
            f"created from mail labelled other: {f['from_other']}"
        )
    tune = pd.concat([first, shaped[shaped["split"] == "tune"]])
    missed = tune[tune["predicted"] != tune["label"]]
    if len(missed):
        print("tune messages not predicted as labelled (held-out misses are never printed):")
        for row in missed.itertuples():
            print(f"  {row.id}: labelled {row.label}, predicted {row.predicted}, {row.outcome} ({row.reason})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
