"""Benchmark: precision and recall per kind of the mail importer on the labelled corpus.

The corpus (tests/io/data/mail/corpus.json, 75 invented messages in English, French, German
and Spanish, traps included) is written as an mbox and imported into a tracker holding its
applications.  A message counts as predicted kind K when the importer gives it kind K with a
confidence it applies without review (mail it never reads as evidence, such as spam, job
alerts and the user's own mail, counts as ``other``, as does anything classified ``other``,
which is never applied).  Uncertain messages (sent to review)
count as misses for recall and never as false positives.

Usage::

    .venv/bin/python benchmarks/bench_mail_classifier.py [--tiny]

``--tiny`` is accepted for the smoke test; the corpus is small, so it runs the same.
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


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tiny", action="store_true", help="accepted for the smoke test (same run)")
    parser.parse_args(argv)
    corpus = mail_corpus.load()
    with tempfile.TemporaryDirectory(prefix="bench-mail-classifier-") as folder:
        work = Path(folder)
        tracker = mail_corpus.create_tracker(work / "t.sqlite", corpus)
        box = mail_corpus.write_mbox(work / "corpus.mbox", corpus)
        result = import_mail(tracker, box, me=corpus["me"])
        tracker.close()
    ids = [ident for ident, _ in mail_corpus.messages(corpus)]
    labels = {e["id"]: e["label"] for e in corpus["messages"]}
    frame = result.messages.assign(id=ids)
    frame = frame[~frame["id"].str.contains("+", regex=False)]  # Takeout duplicates count once
    frame = frame.assign(
        label=frame["id"].map(labels),
        predicted=frame["kind"].where(
            (frame["confidence"] >= APPLY_CONFIDENCE) | (frame["kind"] == "other"), "(review)"
        ),
    )
    table = scores(frame)
    print(f"{len(frame)} labelled messages; {result.summary()}")
    print(table.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    for kind in ("rejection", "offer"):
        false = frame[(frame["predicted"] == kind) & (frame["label"] != kind)]
        print(f"false {kind}s: {len(false)}" + "".join(f"\n  {i}" for i in false["id"]))
    missed = frame[(frame["predicted"] != frame["label"])]
    if len(missed):
        print("not predicted as labelled:")
        for row in missed.itertuples():
            print(f"  {row.id}: labelled {row.label}, predicted {row.predicted} ({row.reason})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
