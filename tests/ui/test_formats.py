"""Numbers and numeric dates es-AR in both languages; the month's name in the window's."""

from __future__ import annotations

from datetime import date

from migradesk.ui import i18n
from migradesk.ui.formats import fmt_date, fmt_int, fmt_long_date, fmt_short_month


def test_month_names_follow_the_interface_language() -> None:
    day = date(2026, 10, 26)
    i18n.install("es")
    assert fmt_long_date(day) == "26 de octubre de 2026"
    assert fmt_short_month(day) == "oct 2026"
    i18n.install("en")  # the fixture puts Spanish back
    assert fmt_long_date(day) == "26 October 2026"
    assert fmt_short_month(day) == "Oct 2026"
    assert fmt_date(day) == "26/10/2026" and fmt_int(12345) == "12.345"  # es-AR still
