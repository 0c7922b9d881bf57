"""Two cores give the result one core gives (issue 18, part 4)."""

from __future__ import annotations

import itertools
import mailbox
import random

import mail_corpus
import pandas as pd
import pytest
from fuzz import mutate_mail

from followup_kit.io.mail import parallel
from followup_kit.io.mail.importer import import_mail
from followup_kit.io.mail.parallel import mbox_chunks, split_chunk
from followup_kit.io.mail.read import iter_mbox
from followup_kit.store.tracker import Tracker

CORPUS = mail_corpus.load()
ME = "sam.rivera@example.net"


@pytest.fixture
def mixed_box(tmp_path):
    """The corpus (with its Takeout duplicates) twice over, with mutated copies between."""
    rng = random.Random(5)
    good = [data for _, data in mail_corpus.messages(CORPUS)]
    box = mailbox.mbox(str(tmp_path / "mixed.mbox"), create=True)
    for data in good + [mutate_mail(rng.choice(good), rng) for _ in range(60)] + good:
        box.add(data)
    box.flush()
    box.close()
    return tmp_path / "mixed.mbox"


def _import(tmp_path, name, box, dry_run):
    db = tmp_path / f"{name}.sqlite"
    mail_corpus.create_tracker(db, CORPUS).close()
    with Tracker.open(db) as t:
        result = import_mail(t, box, me=ME, dry_run=dry_run)
        events = t.events[["application_id", "kind", "on", "note"]].astype(str).values.tolist()
        stored = t.execute("SELECT message_hash, application_id, kind, state, reason FROM mail_messages ORDER BY 1")
    return result, events, stored


@pytest.mark.parametrize("dry_run", [True, False])
def test_the_parallel_path_gives_the_serial_result(tmp_path, mixed_box, monkeypatch, dry_run):
    serial, serial_events, serial_stored = _import(tmp_path, "serial", mixed_box, dry_run)
    monkeypatch.setattr(parallel, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(parallel, "CHUNK_BYTES", 20_000)
    assert len(list(mbox_chunks(mixed_box, parallel.CHUNK_BYTES))) > 10
    both, both_events, both_stored = _import(tmp_path, "parallel", mixed_box, dry_run)
    pd.testing.assert_frame_equal(both.messages, serial.messages)
    assert both.summary() == serial.summary() and both.notes == serial.notes
    assert both_events == serial_events and both_stored == serial_stored
    assert serial.count("ignored") > 0 and "the same message again" in " ".join(serial.messages["reason"])


def test_chunks_cut_the_file_where_the_serial_reader_does(tmp_path, mixed_box):
    whole = [m.data for m in iter_mbox(mixed_box)]
    raw = mixed_box.read_bytes()
    for size in (1, 5_000, 300_000, 10**9):
        chunks = list(mbox_chunks(mixed_box, size))
        assert chunks[0][0] == 0 and chunks[-1][1] == len(raw)
        assert all(a[1] == b[0] for a, b in itertools.pairwise(chunks))
        pieces = [
            m for i, (a, b) in enumerate(chunks) for m in split_chunk(raw[a:b], first=i == 0, last=i == len(chunks) - 1)
        ]
        assert pieces == whole
