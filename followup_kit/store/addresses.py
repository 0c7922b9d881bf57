"""The user's own mail addresses, stored in the tracker (table ``my_addresses``).

Calendar and mail importers leave these addresses out of the people met and read
mail from them as sent by the user.  Addresses are stored lower-case.

Examples
--------
>>> import tempfile, pathlib
>>> from followup_kit import Tracker
>>> t = Tracker.create(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite", timezone="UTC")
>>> add_my_addresses(t, ["Sam@Example.org", "sam.work@example.com"])
('sam.work@example.com', 'sam@example.org')
>>> remove_my_address(t, "SAM@example.org")
True
>>> my_addresses(t)
('sam.work@example.com',)
>>> t.close()
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from followup_kit.errors import InputError

#: A plausible mail address: one ``@``, no spaces, a dot in the domain.  Deliverability is not checked.
_ADDRESS = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+$")


def normalise_address(value, *, field: str = "address") -> str:
    """``value`` as a stored address (trimmed, ``mailto:`` and angle brackets removed, lower-case).

    Examples
    --------
    >>> normalise_address(" <MAILTO:Jo@Example.ORG> ")
    'jo@example.org'
    >>> normalise_address("jo at example.org")
    Traceback (most recent call last):
    ...
    followup_kit.errors.InputError: field 'address', value 'jo at example.org': not a mail address (write it as name@domain)
    """
    text = str(value).strip() if value is not None else ""
    inner = text.strip("<>").strip()
    if inner.lower().startswith("mailto:"):
        inner = inner[7:]
    inner = inner.lower()
    if not _ADDRESS.match(inner):
        raise InputError("not a mail address (write it as name@domain)", field=field, value=value)
    return inner


def my_addresses(tracker) -> tuple[str, ...]:
    """The user's addresses stored in ``tracker``, sorted."""
    rows = tracker.execute("SELECT address FROM my_addresses ORDER BY address")
    return tuple(r[0] for r in rows)


def add_my_addresses(tracker, addresses: Iterable[str]) -> tuple[str, ...]:
    """Store addresses as the user's own (all or none; known ones are kept once); returns them all."""
    if isinstance(addresses, str):
        addresses = [addresses]
    clean = [normalise_address(a) for a in addresses]
    with tracker.transaction() as c:
        c.executemany("INSERT OR IGNORE INTO my_addresses(address) VALUES (?)", [(a,) for a in clean])
    return my_addresses(tracker)


def remove_my_address(tracker, address: str) -> bool:
    """Forget one of the user's addresses; False if it was not stored."""
    clean = normalise_address(address)
    with tracker.transaction() as c:
        return c.execute("DELETE FROM my_addresses WHERE address = ?", (clean,)).rowcount > 0
