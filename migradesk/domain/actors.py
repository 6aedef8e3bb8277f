"""Who moves the process (the guide's actors), and which accounts act for whom."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from migradesk.domain.base import CITY_ROLES, IOM_ROLES, PARTNER_ROLES
from migradesk.domain.phrases import Phrase, T, phrase


class Actor(StrEnum):
    """The guide's actors. Values are stable (the calendar's owners use the first two)."""

    CITY = "ciudad"  # the focal point and the officials
    IOM = "oim"  # OIM – ONU Migración: reviews, dates, certification
    CIPPEC = "cippec"  # the technical partner: workshops and the report
    DNM = "dnm"  # Dirección Nacional de Migraciones: co-selects, decides ties


# How each actor is named inside a sentence ("A cargo de …").
ACTOR_NAMES: dict[Actor, str] = {
    Actor.CITY: T("la ciudad"),
    Actor.IOM: T("OIM"),
    Actor.CIPPEC: T("CIPPEC"),
    Actor.DNM: T("la DNM"),
}
AND = T("{first} y {second}")
OR = T("{first} o {second}")


def actors_of(role: str) -> frozenset[Actor]:
    """The actors an account of ``role`` acts for: a city's accounts for the city, IOM's
    reviewers for IOM, the partner's accounts for CIPPEC (its comments on the report and their
    validation are its own). Administrators manage accounts and cities: they act for nobody
    in the process *(ours: reviews are the reviewers')*."""
    if role in CITY_ROLES:
        return frozenset({Actor.CITY})
    if role in IOM_ROLES:
        return frozenset({Actor.IOM})
    if role in PARTNER_ROLES:
        return frozenset({Actor.CIPPEC})
    return frozenset()


def actor_names(actors: Iterable[Actor], joiner: str = AND) -> Phrase:
    """'OIM y CIPPEC', 'la ciudad' (``joiner``: AND or OR), in the order given."""
    names = [phrase(ACTOR_NAMES[a]) for a in actors]
    if not names:
        raise ValueError("no actors")
    joined = names[-1]
    for name in reversed(names[:-1]):
        joined = phrase(joiner, first=name, second=joined)
    return joined
