"""Fuzzing the mail import: 500 mutated mailboxes on every run, and no message stops an import (issue 18).

Each mailbox holds a few messages of the labelled corpus, each broken by :mod:`fuzz`'s seeded
mutator (byte flips, truncation, duplicated and missing headers, bogus charsets, broken
base64 and quoted-printable, deep multiparts, broken dates and structure).  Most imports
are dry runs; every 25th is real, and the tracker is checked for consistency at the end.
"""

from __future__ import annotations

import random
import time
from collections import Counter

import mail_corpus
from fuzz import check_tracker, mutate_mail
from helpers import FIGURES

from followup_kit.errors import FollowupKitError
from followup_kit.io.mail.importer import import_mail
from followup_kit.io.mail.read import iter_messages
from followup_kit.store.tracker import Tracker

SEED = 18
MAILBOXES = 500
MESSAGES_PER_MAILBOX = 4
REAL_IMPORT_EVERY = 25
ME = "sam.rivera@example.net"
OUTCOMES = ("applied", "to review", "ignored", "unmatched", "unreadable")


def mutated_mbox(base: list[bytes], rng: random.Random) -> bytes:
    """An mbox of :data:`MESSAGES_PER_MAILBOX` mutated messages (``From`` lines in bodies escaped)."""
    out = []
    for _ in range(MESSAGES_PER_MAILBOX):
        data = mutate_mail(rng.choice(base), rng).replace(b"\nFrom ", b"\n>From ")
        out.append(b"From fuzz@example.org Mon Nov  2 10:00:00 2026\n" + data + b"\n")
    return b"".join(out)


def test_500_mutated_mailboxes_import_without_an_exception_and_leave_the_tracker_consistent(tmp_path):
    corpus = mail_corpus.load()
    base = [data for _, data in mail_corpus.messages(corpus)]
    db = tmp_path / "t.sqlite"
    mail_corpus.create_tracker(db, corpus).close()
    box = tmp_path / "fuzz.mbox"
    seen: Counter[str] = Counter()
    started = time.perf_counter()
    with Tracker.open(db) as t:
        for n in range(MAILBOXES):
            box.write_bytes(mutated_mbox(base, random.Random(f"{SEED}-{n}")))
            expected = sum(1 for _ in iter_messages(box))
            try:
                result = import_mail(t, box, me=ME, dry_run=n % REAL_IMPORT_EVERY != 0)
            except FollowupKitError:  # the kit's own refusal, one sentence: allowed
                seen["refused"] += 1
                continue
            counts = {o: result.count(o) for o in OUTCOMES}
            assert sum(counts.values()) == expected, f"mailbox {n} (seed {SEED}-{n}): {counts}, {expected} messages"
            assert result.messages["reason"].notna().all()
            seen.update(counts)
            seen["messages"] += expected
    seconds = time.perf_counter() - started
    assert check_tracker(db) == []
    assert seen["unreadable"] > 0 and seen["applied"] > 0  # the fuzzer breaks some, and good mail still lands
    FIGURES["mail fuzz"] = dict(mailboxes=MAILBOXES, seconds=round(seconds, 1), **seen)


BOMB_MAILBOXES = 30


def test_resource_bomb_mailboxes_are_read_within_bounds(tmp_path):
    """Issue 26: messages of many parts, large attachments, long lines and headers, prefix boundaries."""
    from fuzz import bomb_mail

    corpus = mail_corpus.load()
    base = [data for _, data in mail_corpus.messages(corpus)]
    db = tmp_path / "t.sqlite"
    mail_corpus.create_tracker(db, corpus).close()
    box = tmp_path / "bombs.mbox"
    seen: Counter[str] = Counter()
    slowest = 0.0
    started = time.perf_counter()
    with Tracker.open(db) as t:
        for n in range(BOMB_MAILBOXES):
            rng = random.Random(f"bomb-{n}")
            bomb = bomb_mail(rng.choice(base), rng).replace(b"\nFrom ", b"\n>From ")
            plain = rng.choice(base).replace(b"\nFrom ", b"\n>From ")
            box.write_bytes(
                b"From a@b Mon Nov  2 10:00:00 2026\n" + bomb + b"\nFrom a@b Mon Nov  2 11:00:00 2026\n" + plain
            )
            one = time.perf_counter()
            result = import_mail(t, box, me=ME, dry_run=True)
            slowest = max(slowest, time.perf_counter() - one)
            assert len(result.messages) == 2, f"bomb mailbox {n}: {len(result.messages)} messages"
            assert result.messages["reason"].notna().all()
            seen.update(o for o in OUTCOMES if result.count(o))
    assert slowest < 60  # no single mailbox near the 60 s limit (figures below)
    FIGURES["mail bomb fuzz"] = dict(
        mailboxes=BOMB_MAILBOXES, seconds=round(time.perf_counter() - started, 1), slowest=round(slowest, 2), **seen
    )
