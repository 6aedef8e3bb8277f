"""When each city last reached the server: the latest use of a device token of its accounts
(a sync, a login). Tokens record their use at most hourly (``auth.touch_token``): so is this."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

import sqlalchemy as sa

from migradesk.server.db import tokens, user_cities


def last_seen(conn: sa.Connection, city_ids: Iterable[str]) -> dict[str, datetime]:
    """City id → when a desktop of the city last talked to the server (absent: never)."""
    wanted = list(city_ids)
    if not wanted:
        return {}
    used = sa.func.coalesce(tokens.c.last_used_at, tokens.c.created_at)
    query = (
        sa.select(user_cities.c.city_id, sa.func.max(used).label("seen"))
        .join(tokens, tokens.c.user_id == user_cities.c.user_id)
        .where(user_cities.c.city_id.in_(wanted))
        .group_by(user_cities.c.city_id)
    )
    return {row.city_id: row.seen for row in conn.execute(query) if row.seen is not None}
