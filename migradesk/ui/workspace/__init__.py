"""IOM's workspace in the same window: signing in with an IOM account (reviewer, admin) or the
partner's (CIPPEC) turns the window into it.

- ``controller``: the window's workspace mode — the panel of every city, and a city opened
  read-only with IOM's review actions;
- ``snapshot``: what the panel shows, computed on the DB worker from the replica of every city;
- ``view`` and its pages: the cities at a glance (``cities_page``), the timeline across cities,
  the "Por revisar" queue, the dates (in bulk), the administration (admins);
- ``city_review``: a city's pages as IOM sees them: read-only, comments anchored to what they are
  about, each deliverable's review actions, the certification.
"""

from __future__ import annotations

# The roles that turn the window into the workspace (``domain.base.WORKSPACE_ROLES``, as plain
# strings: this is read before the domain loads; a test keeps them equal).
WORKSPACE_ROLE_VALUES = frozenset({"reviewer", "admin", "partner"})


def is_workspace_role(role: str) -> bool:
    return role in WORKSPACE_ROLE_VALUES
