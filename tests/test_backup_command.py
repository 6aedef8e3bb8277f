"""`migradesk backup` then `migradesk restore`, against a real `migradesk-server`: the copy comes
back whole (every record, the outbox), and the next sync converges with the server without
applying anything twice, although the server had already received the copy's changes and more."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).parent / "sync"))
import synckit

from migradesk import backup_command
from migradesk.domain.assessment import IndicatorAnswer
from migradesk.storage import Store, backups
from migradesk.storage.schema import RECORD_TABLES, outbox


def _migradesk(*args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "migradesk.cli", *args], capture_output=True, text=True, timeout=120
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


def _state(data: Path) -> tuple[dict[str, Any], list[tuple[Any, ...]]]:
    """Every record row of every kind, and the outbox as stored."""
    with Store.open(data) as store, store.engine.connect() as conn:
        records = {
            f"{cls.KIND}/{row['city_id']}/{row['id']}": dict(row)
            for cls, table in RECORD_TABLES.items()
            for row in conn.execute(sa.select(table)).mappings()
        }
        queued = [tuple(row) for row in conn.execute(sa.select(outbox).order_by(outbox.c.seq))]
    return records, queued


def _answer(n: int) -> str:
    return IndicatorAnswer.id_for(synckit.CITY.id, "1", f"a{n:02d}")


def test_backup_then_restore_keeps_everything_and_converges_with_the_server(
    tmp_path: Path,
) -> None:
    live = synckit.LiveServer(f"sqlite:///{tmp_path / 'servidor.sqlite3'}", tmp_path / "srv.log")
    try:
        data = synckit.signed_in_dir(
            tmp_path / "datos",
            tmp_path / "plantilla",
            live.url,
            3,
            token=live.tokens["punto.focal"],
        )
        made = _migradesk("backup", "--data-dir", str(data))
        assert made.returncode == 0, made.stderr
        copy = Path(made.stdout.strip().rsplit(" ", 1)[-1])
        at_backup = _state(data)
        assert len(at_backup[1]) == 4  # the city and three answers, waiting

        # After the copy: the changes reach the server, and more work follows and is sent.
        assert _migradesk("sync", "--data-dir", str(data)).returncode == 0
        with Store.open(data) as store:
            first = store.get(IndicatorAnswer, _answer(1), synckit.CITY.id)
            assert first is not None
            first.measure_description = "Corregida después de la copia"
            store.save(first)
            later = IndicatorAnswer.blank(synckit.CITY.id, "1", "a09")
            later.measure_description = "Nueva después de la copia"
            store.save(later)
        assert _migradesk("sync", "--data-dir", str(data)).returncode == 0
        seq_before = live.inspect.seq(synckit.CITY.id)
        applied_before = live.inspect.answered(_client_id(data))

        listed = _migradesk("restore", "--data-dir", str(data))
        assert "1. " in listed.stdout and "hecha por usted" in listed.stdout
        restored = _migradesk("restore", "--data-dir", str(data), "1")
        assert restored.returncode == 0, restored.stderr
        said = restored.stdout
        assert "4 cambios de la copia se enviarán a OIM en la próxima sincronización" in said
        assert "los que OIM ya había recibido no se aplican dos veces" in said
        assert "vuelve con la próxima sincronización" in said
        assert _state(data) == at_backup  # every record and the outbox, as in the copy
        kept = [b for b in backups.listing(data) if b.reason is backups.Reason.RESTORE]
        assert len(kept) == 1 and backups.contents(kept[0].path).pending == 0

        synced = _migradesk("sync", "--data-dir", str(data))
        assert synced.returncode == 0, synced.stderr
        assert "4 enviados" in synced.stdout and "0 por enviar" in synced.stdout
        # The server answered the copy's changes from its records: nothing applied twice.
        assert live.inspect.seq(synckit.CITY.id) == seq_before
        assert live.inspect.answered(_client_id(data)) == applied_before
        fields = live.inspect.records(synckit.CITY.id)[_answer(1)][2]
        assert fields["measure_description"] == "Corregida después de la copia"
        with Store.open(data) as store:
            synckit.assert_outbox_empty(store)
            synckit.assert_converged(live.inspect, store, synckit.CITY.id)
            again = store.get(IndicatorAnswer, _answer(9), synckit.CITY.id)
            assert again is not None and again.measure_description == "Nueva después de la copia"
    finally:
        live.close()
    assert copy.exists()


def _client_id(data: Path) -> str:
    with Store.open(data) as store:
        return store.client_id


def test_the_preview_says_what_is_sent_again_and_what_stays_aside(tmp_path: Path) -> None:
    data = synckit.signed_in_dir(tmp_path / "datos", tmp_path / "plantilla", "http://127.0.0.1:9")
    copy = backup_command.backup(data)
    with Store.open(data) as store:
        answer = IndicatorAnswer.blank(synckit.CITY.id, "1", "a01")
        answer.measure_description = "Sin enviar, después de la copia"
        store.save(answer)
    preview = backup_command.preview(data, copy)
    assert preview.copy.pending == 1 and preview.left_aside == 1
    lines = backup_command.consequences(preview)
    assert any(line.startswith("1 cambio de la copia se enviará a OIM") for line in lines)
    assert "1 cambio de este equipo que todavía no se envió no está en la copia" in lines[-2]
    assert any("se guarda aparte" in line for line in lines)
