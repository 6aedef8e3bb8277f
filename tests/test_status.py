"""`migradesk status`: the next action for a new city and for the demo city, in Spanish, from a
real data dir, run as a user would."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from migradesk.demo import write_demo
from migradesk.domain.register import search
from migradesk.status import status
from migradesk.storage import Store


def _migradesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "migradesk.cli", *args], capture_output=True, text=True, timeout=120
    )


def test_a_new_city_is_told_to_complete_its_application(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        store.save(search("Quilmes", "Buenos Aires")[0].to_city())
    done = _migradesk("status", "--data-dir", str(tmp_path))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Quilmes (Buenos Aires) · región Gran Buenos Aires"
    assert lines[1] == "Etapa actual: Inscripción (sin iniciar)"
    assert "Lo próximo: Completar el formulario de inscripción y la carta de intención" in (
        done.stdout
    )
    assert "  A cargo de: la ciudad" in lines
    assert "  Plazo: cuando OIM fije la fecha" in lines
    assert "  Dónde: Inscripción" in lines
    assert "  Autoevaluación: borrador" in lines


def test_the_demo_city_has_its_monitoring_due(tmp_path: Path) -> None:
    today = date(2026, 11, 25)
    write_demo(tmp_path, today)
    text = status(tmp_path, today=today)
    assert "Etapa actual: Fase 6 · Implementación y monitoreo (en curso)" in text
    assert "Ciudad certificada el 26/10/2026." in text
    assert "Lo próximo: Informar el avance de la acción «" in text
    assert "  Plazo: venció el " in text and "  Dónde: Fase 6 · Implementación y monitoreo" in text
    assert "Pendientes y vencidos:" in text
    assert "  Plan de acción: validado por OIM" in text
    assert "Cambios por enviar: " in text


def test_a_folder_without_data_is_a_plain_message(tmp_path: Path) -> None:
    done = _migradesk("status", "--data-dir", str(tmp_path / "nada"))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "No hay datos de MigraDesk en la carpeta" in done.stderr
