"""An import that builds the tracker reads again the mail it passed over from an employer it found."""

from __future__ import annotations

from collections import Counter

import mail_corpus
import pytest

from followup_kit.io.mail import again
from followup_kit.io.mail.again import PASSED_OVER, PassedOver
from followup_kit.io.mail.importer import import_mail
from followup_kit.store.tracker import Tracker

ME = "alex.moreau@example.net"


def entry(ident, sender, subject, body, date):
    return {"id": ident, "label": "?", "sender": sender, "subject": subject, "body": body, "date": date}


ACK = entry(
    "ack",
    "Mercury <no-reply@ashbyhq.com>",
    "Thanks for applying to Mercury",
    "Hi Alex,\n\nThanks for applying to the Product Designer role at Mercury. We have received your application "
    "and will be in touch.",
    "Mon, 03 Aug 2026 10:00:00 -0600",
)
# a person's short reply from the employer's own domain: no hiring word in its subject, and the cheap
# look at its text misses the one it has (wrapped over lines), so an import that does not know
# Mercury passes it over unread
REPLY = entry(
    "reply",
    "Pia Moreno <pia.moreno@mercury.example>",
    "re: portfolio review",
    "hi alex, wanted to get back to you quickly since waiting is the worst.\n\nthe panel really enjoyed your "
    "session. it was a tough call, but the team decided to move\nforward with someone\nelse for this one. "
    "we'd love to stay in touch and i'll keep you in mind for future roles.\n\npia",
    "Thu, 10 Sep 2026 14:57:00 -0700",
)
# the same words from a company no application names stay unread
STRANGER = entry("stranger", "Lee Park <lee@harborlabs.example>", "re: saturday", REPLY["body"], REPLY["date"])


def _import(tmp_path, messages, **options):
    box = mail_corpus.write_mbox(
        tmp_path / "in.mbox",
        {"me": [ME], "timezone": "America/Denver", "applications": [], "contacts": [], "messages": messages},
    )
    tracker = Tracker.create(tmp_path / "t.sqlite", timezone="America/Denver")
    result = import_mail(tracker, box, me=ME, **options)
    return tracker, result


@pytest.mark.parametrize("order", [("ack", "reply"), ("reply", "ack")])
def test_a_reply_from_the_employers_domain_is_read_when_the_import_found_its_application(tmp_path, order):
    """Whichever comes first in the export, the rejection lands on the application, on its day."""
    by_id = {"ack": ACK, "reply": REPLY}
    tracker, result = _import(tmp_path, [by_id[k] for k in order] + [STRANGER], create_applications=True)
    assert tracker.applications["company"].tolist() == ["Mercury"]
    events = tracker.events
    assert events["kind"].tolist() == ["rejection"]
    assert events["on"].astype(str).tolist() == ["2026-09-10"]
    rows = result.messages.set_index("subject")
    assert rows.at["re: saturday", "reason"] == PASSED_OVER  # a company no application names: still unread
    assert result.messages["position"].tolist() == [1, 2, 3]  # one row per message, in the export's order
    tracker.close()


def test_without_creating_applications_nothing_is_read_again(tmp_path):
    """Into an empty tracker without --create-applications nothing is tracked: the reply stays unread."""
    tracker, result = _import(tmp_path, [ACK, REPLY])
    assert result.messages.set_index("subject").at["re: portfolio review", "reason"] == PASSED_OVER
    assert tracker.events.empty
    tracker.close()


def test_passed_over_keeps_company_domains_only_and_finds_them_by_the_trackers_own_test():
    row = lambda sender, position, reason=PASSED_OVER: (  # noqa: E731
        "",
        "",
        None,
        sender,
        "",
        "",
        None,
        "",
        0.0,
        "ignored",
        reason,
        None,
        position,
    )
    passed = PassedOver()
    passed.note(row("pia@mercury.example", 1))
    passed.note(row("friend@gmail.com", 2))  # free mail names no employer
    passed.note(row("news@mercury.example", 3, "list mail or a newsletter (List-Unsubscribe)"))
    passed.note(row("kim.lee@elkgrovecity.example", 4))
    passed.note(row("info@mercury.example", 5))  # a shop's voucher "offer" comes from a role address
    assert passed.positions_from(["Mercury"]) == [1]
    assert passed.positions_from(["City of Elk Grove", "Mercury"]) == [1, 4]  # the name's words in another order
    assert passed.positions_from(["Gmail"]) == []
    assert passed.positions_from([]) == []


def test_a_row_read_again_past_the_listed_limit_comes_off_the_count_of_ignored(tmp_path):
    import pandas as pd

    frame = pd.DataFrame(
        {"position": [1, 3], "date": pd.to_datetime(["2026-01-01", "2026-01-02"], utc=True), "outcome": ["x", "y"]}
    )
    read = (
        "",
        "",
        "2026-01-03T00:00:00+00:00",
        "a@b.example",
        "s",
        "B",
        None,
        "rejection",
        0.9,
        "unmatched",
        "r",
        None,
        2,
        "h",
    )
    more = Counter({PASSED_OVER: 1, "other": 4})
    out = again.patched(frame, {2: (read, [])}, more, "UTC")
    assert out["position"].tolist() == [1, 2, 3]
    assert more == Counter({"other": 4})


def test_a_subject_naming_a_job_title_and_its_noun_is_read_from_a_stranger(tmp_path):
    """A small employer's first mail names the job only as "the Program Manager role" (no hiring stem,
    its text's "opening" neither): it is read, and starts its application; "Saturday plans" is not."""
    ask = entry(
        "ask",
        "Yola Brightwater <yola@healthyteens.example>",
        "Quick call about the Program Manager role?",
        "Hi Alex,\n\nThanks for sending your materials for our Program Manager, Capacity Building opening. Could you "
        "do a 30 minute Zoom on Tuesday afternoon?\n\nYola\n\nYola Brightwater\nDeputy Director\nHealthy Teens",
        "Thu, 03 Apr 2025 13:10:00 -0400",
    )
    chat = entry("chat", "Sam Lee <sam@harborlabs.example>", "Saturday plans", ask["body"], ask["date"])
    tracker, result = _import(tmp_path, [ask, chat], create_applications=True)
    assert tracker.applications["company"].tolist() == ["Healthy Teens"]
    assert result.messages.set_index("subject").at["Saturday plans", "reason"] == PASSED_OVER
    tracker.close()
