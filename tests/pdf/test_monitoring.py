import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from migradesk.domain.cityfile import CityFile
from migradesk.domain.plan_figures import plan_rows


def test_status_overdue_and_updates(
    rendered: Callable[[str], Path],
    text_of: Callable[[Path], str],
    demo_file: CityFile,
    today: date,
) -> None:
    text = text_of(rendered("monitoring"))
    rows = plan_rows(demo_file, today)
    overdue = [r for r in rows if r.overdue]
    assert overdue, "the demo has overdue actions"
    for heading in (
        "Resumen",
        "Estado de las acciones",
        "Acciones vencidas",
        "Últimas actualizaciones",
    ):
        assert heading in text
    assert "Vencida" in text
    for row in overdue:
        assert " ".join(row.action.title.split()) in text
    latest = max(u.reported_on for r in rows for u in r.updates)
    assert latest.strftime("%d/%m/%Y") in text
    assert re.search(rf"\b{len(rows)} ?acciones en el plan", text)
