"""The review list: what waits, accepting (with corrections) and dismissing."""

from __future__ import annotations

import mail_corpus
import pytest

from followup_kit.errors import InputError
from followup_kit.io.mail.importer import import_mail
from followup_kit.io.mail.inbox import accept, dismiss, review_items

CORPUS = mail_corpus.load()


@pytest.fixture
def reviewed(tmp_path):
    t = mail_corpus.create_tracker(tmp_path / "t.sqlite", CORPUS)
    import_mail(t, mail_corpus.write_mbox(tmp_path / "all.mbox", CORPUS), me=CORPUS["me"])
    yield t, review_items(t).set_index("subject")
    t.close()


def test_review_items_are_the_uncertain_mail_with_their_company(reviewed):
    _, items = reviewed
    assert items["company"].to_dict() == {
        "Nächste Schritte": "Halde Logistik GmbH",
        "Your offer": "Humongous Insurance",
    }
    assert (items["confidence"] < 0.8).all()
    assert str(items.loc["Your offer", "date"].tz) == "America/New_York"


def test_accept_records_the_event_on_the_mail_day_and_can_correct_kind_and_application(reviewed):
    t, items = reviewed
    before = len(t.events)
    other_app = int(t.applications.set_index("company").loc["Contoso", "application_id"])
    event_id = accept(t, items.loc["Nächste Schritte", "ref"], kind="rejection", application_id=other_app)
    row = t.events.set_index("event_id").loc[event_id]
    assert (row["kind"], str(row["on"])[:10], row["application_id"]) == ("rejection", "2026-10-14", other_app)
    assert len(t.events) == before + 1
    assert t.execute("SELECT state, kind FROM mail_messages WHERE event_id = ?", (event_id,)) == [
        ("accepted", "rejection")
    ]
    with pytest.raises(InputError, match="this mail is not waiting for review \\(it is accepted\\)"):
        accept(t, items.loc["Nächste Schritte", "ref"])


def test_mistakes_change_nothing(reviewed):
    t, items = reviewed
    before = t.events.copy()
    ref = items.loc["Your offer", "ref"]
    with pytest.raises(
        InputError, match="field 'kind', value 'acknowledgement': a mail of kind 'acknowledgement' records no event"
    ):
        accept(t, ref, kind="acknowledgement")
    with pytest.raises(InputError, match="field 'application_id', value 999"):
        accept(t, ref, application_id=999)
    with pytest.raises(InputError, match="not a review item reference"):
        dismiss(t, "xyz!")
    assert t.events.equals(before)
    assert len(review_items(t)) == 2


def test_dismiss_puts_an_item_aside_without_an_event(reviewed):
    t, items = reviewed
    before = len(t.events)
    dismiss(t, items.loc["Your offer", "ref"])
    assert len(t.events) == before
    assert "Your offer" not in set(review_items(t)["subject"])
