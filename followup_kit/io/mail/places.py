"""Places that are never an employer: a street of an address line, a country or a world region, a city.

A signature's last lines say where its writer sits ("EY Talent Acquisition | India", "Beyond
Recruitment | Auckland", "167B Victoria Street West"); :mod:`~followup_kit.io.mail.platforms`
refuses such a name as an employer.  Countries come from Babel's CLDR names in the kit's mail
languages, cities from the tz database's zone names, both offline and read on first use.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: A street in a signature's address line: "167B Victoria Street West", "O'Halloran Road".
STREET = re.compile(
    r"^\d+[A-Za-z]?(?:[/-]\d+[A-Za-z]?)?\s+(?:[A-Z][\w'-]*\s+){1,4}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|"
    r"Place|Pl|Terrace|Tce|Parade|Pde|Boulevard|Blvd|Way|Court|Ct|Crescent|Cres|Highway|Hwy|Square|Sq|"
    r"Freeway|Fwy|Parkway|Pkwy|Expressway|Expy|Trail|Trl|Loop|Circle|Cir|Pike|Turnpike|Close|Grove|Plaza|Row)\b"
    # a street without its number, as a signature's address line opens: "O'Halloran Road", "Rue Saint-Jacques"
    r"|^(?:[A-Z][\w'’-]*\s+){1,3}(?:Street|Road|Avenue|Lane|Boulevard|Quay|Parade|Terrace|Crescent|Highway)$"
    r"|^(?i:rue|avenue|boulevard|calle|avenida|avda\.?|paseo|plaza|carrer|rua|via|viale|piazza|corso|largo|straße|"
    r"strasse|weg)\s"
    # a street and its number the German, Dutch or Nordic way: "Dachauer Straße 665", "Leopoldstraße 244",
    # "Herengracht 12", "Sveavägen 44"
    r"|^[\w'’. -]{0,40}?(?i:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|laan|straat|plein|kade|gracht|"
    r"gatan|vägen|vagen|vej|gade)\s+\d+\s?[a-zA-Z]?\b"
)
#: Languages whose names of countries and regions are refused as employers (the kit's mail languages).
PLACE_LANGUAGES = ("en", "de", "fr", "es", "nl", "sv", "da", "nb", "it", "pt")


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Casefolded names of countries and world regions in :data:`PLACE_LANGUAGES`, from Babel's CLDR data."""
    from babel import Locale  # only when a name is checked: keeps ``import followup_kit`` light

    return frozenset(name.casefold() for code in PLACE_LANGUAGES for name in Locale.parse(code).territories.values())


def is_place(name: str) -> bool:
    """True for the name of a country or a world region ("India", "Deutschland", "EMEA" is not one):
    a signature's "EY Talent Acquisition | India" names where the team sits, not an employer.

    >>> is_place("India"), is_place("Indien"), is_place("Indeed")
    (True, True, False)
    """
    return " ".join((name or "").split()).casefold() in _places()


@lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    """Casefolded names of the cities that name the time zones of the tz database ("Auckland", "Sydney",
    "New York"): the standard library's list, offline; Antarctica's research stations are left out."""
    import zoneinfo

    skip = ("Etc/", "Antarctica/", "SystemV/")
    zones = (z for z in zoneinfo.available_timezones() if "/" in z and not z.startswith(skip))
    return frozenset(z.rsplit("/", 1)[-1].replace("_", " ").casefold() for z in zones)


def is_city(name: str) -> bool:
    """True for a city that names a time zone: a signature's "Beyond Recruitment | Auckland" or
    "Talent Partner - Sydney" names where its writer sits.

    >>> is_city("Auckland"), is_city("New York"), is_city("Beyond")
    (True, True, False)
    """
    return " ".join((name or "").split()).casefold() in _cities()
