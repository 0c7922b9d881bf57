"""Tests for followup_kit.followups.policy."""

import dataclasses

import pytest

from followup_kit.errors import InputError
from followup_kit.followups.policy import (
    PER_APPLICATION_FIELDS,
    FollowUpPolicy,
    parse_overrides,
)


def test_defaults_follow_the_published_advice():
    p = FollowUpPolicy()
    assert p.thank_you_hours == 24  # source article
    assert p.status_check_fallback_business_days == 5  # Indeed
    assert 1 <= p.status_check_buffer_business_days <= 2  # Indeed: 1-2 business days after the date
    assert p.second_check_after_days == 7  # at most one a week
    assert p.max_status_checks == 2  # stop after two
    assert p.linkedin_note_limit == 200
    assert FollowUpPolicy(linkedin_premium=True).linkedin_note_limit == 300
    assert p.country == "US" and p.timezone is None and p.send_hour == 9


def test_every_setting_cites_a_source():
    for f in dataclasses.fields(FollowUpPolicy):
        assert f.metadata["source"], f.name
    table = FollowUpPolicy.sources()
    assert list(table.index) == [f.name for f in dataclasses.fields(FollowUpPolicy)]


def test_policy_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        FollowUpPolicy().send_hour = 8


def test_with_overrides_from_json_and_dict():
    p = FollowUpPolicy()
    assert p.with_overrides('{"thank_you_hours": 12}').thank_you_hours == 12
    assert p.with_overrides({"timezone": "Europe/Berlin"}).timezone == "Europe/Berlin"
    assert p.with_overrides(None) is p
    assert p.with_overrides("") is p


@pytest.mark.parametrize(
    "overrides, match",
    [
        ({"thank_you_hour": 12}, "field 'thank_you_hour'.*not a policy setting"),
        ({"send_hour": "9"}, "field 'send_hour'.*from 0 to 23"),
        ({"send_hour": True}, "field 'send_hour'"),
        ({"max_status_checks": 3}, "from 0 to 2"),
        ({"second_check_after_days": 3}, "from 7 to 60"),
        ({"linkedin_premium": "yes"}, "true or false"),
        ({"timezone": "Mars/Olympus"}, "not a time zone"),
        ("{not json", "not valid JSON"),
        ("[1, 2]", "must be a mapping"),
    ],
)
def test_invalid_overrides_are_named(overrides, match):
    with pytest.raises(InputError, match=match):
        FollowUpPolicy().with_overrides(overrides)


def test_per_application_overrides_refuse_kit_wide_settings():
    assert "thank_you_hours" in PER_APPLICATION_FIELDS
    with pytest.raises(InputError, match="cannot differ between applications"):
        parse_overrides({"country": "DE"}, allowed=PER_APPLICATION_FIELDS)
