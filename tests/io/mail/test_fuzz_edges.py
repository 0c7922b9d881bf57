"""Fuzzing the mail import at the edges (issue 26): extreme Date headers and hostile text in every header.

Each mailbox holds a few corpus messages with one to three headers or lines pushed to the
edges (:func:`fuzz.mutate_mail_edges`: Date in year 1 or 9999, control characters, ``$``
and markup in the subject, the sender's name and the body, raw or as encoded words).  Every
import is real, with ``create_applications``; every tenth, and at the end, the tracker must
still serve ``summary``, ``due``, ``export`` and ``ics`` and check whole.
"""

from __future__ import annotations

import random
import time
from collections import Counter

import mail_corpus
from fuzz import check_readable, mutate_mail_edges
from helpers import FIGURES

from followup_kit.io.mail.importer import import_mail
from followup_kit.store.tracker import Tracker

SEED = 26
MAILBOXES = 40
MESSAGES_PER_MAILBOX = 4
CHECK_EVERY = 10
ME = "sam.rivera@example.net"
OUTCOMES = ("applied", "to review", "ignored", "unmatched", "unreadable")


def test_mailboxes_at_the_edges_import_and_leave_the_tracker_usable(tmp_path):
    corpus = mail_corpus.load()
    base = [data for _, data in mail_corpus.messages(corpus)]
    db = tmp_path / "t.sqlite"
    mail_corpus.create_tracker(db, corpus).close()
    box = tmp_path / "edges.mbox"
    seen: Counter[str] = Counter()
    problems = []
    started = time.perf_counter()
    for n in range(MAILBOXES):
        rng = random.Random(f"{SEED}-{n}")
        messages = [mutate_mail_edges(rng.choice(base), rng).replace(b"\nFrom ", b"\n>From ") for _ in range(4)]
        box.write_bytes(b"".join(b"From fuzz@example.org Mon Nov  2 10:00:00 2026\n" + m + b"\n" for m in messages))
        with Tracker.open(db) as t:
            result = import_mail(t, box, me=ME, create_applications=True, progress=False)
        seen.update({o: result.count(o) for o in OUTCOMES})
        if n % CHECK_EVERY == CHECK_EVERY - 1:
            problems += [f"mailbox {n} (seed {SEED}-{n}): {p}" for p in check_readable(db, tmp_path / f"r{n}")]
    seconds = time.perf_counter() - started
    assert problems == []
    assert seen["unreadable"] > 0 and seen["applied"] > 0
    FIGURES["mail fuzz at the edges"] = dict(mailboxes=MAILBOXES, seconds=round(seconds, 1), **seen)
