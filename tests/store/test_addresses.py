"""The user's own addresses: stored lower-case, once each, all or none."""

import pytest

from followup_kit.errors import InputError
from followup_kit.store.addresses import add_my_addresses, my_addresses, normalise_address, remove_my_address


def test_add_list_remove(tracker):
    assert my_addresses(tracker) == ()
    assert add_my_addresses(tracker, "Sam@Example.ORG") == ("sam@example.org",)
    assert add_my_addresses(tracker, ["sam@example.org", "<mailto:sam.work@example.com>"]) == (
        "sam.work@example.com",
        "sam@example.org",
    )
    assert remove_my_address(tracker, "sam@example.org") is True
    assert remove_my_address(tracker, "sam@example.org") is False
    assert my_addresses(tracker) == ("sam.work@example.com",)


def test_a_bad_address_stores_none_of_them(tracker):
    with pytest.raises(InputError, match=r"field .address., value .sam at example\.org.: not a mail address"):
        add_my_addresses(tracker, ["ok@example.org", "sam at example.org"])
    assert my_addresses(tracker) == ()


@pytest.mark.parametrize("bad", ["", "sam", "@example.org", "sam@", "sam@example", "a@b@example.org", None])
def test_not_addresses(bad):
    with pytest.raises(InputError, match="not a mail address"):
        normalise_address(bad)
