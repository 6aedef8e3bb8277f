"""The `migradesk` command, run as a user would, in a subprocess."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader


def _migradesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "migradesk.cli", *args], capture_output=True, text=True, timeout=120
    )


def test_demo_then_export_a_letter(tmp_path: Path) -> None:
    data = tmp_path / "datos"
    assert _migradesk("demo", "--data-dir", str(data)).returncode == 0
    out = tmp_path / "carta.pdf"
    done = _migradesk("export", "letter-of-intent", "--data-dir", str(data), "-o", str(out))
    assert done.returncode == 0, done.stderr
    text = PdfReader(out).pages[0].extract_text()
    assert "Santa Rosa del Cerro" in text


def test_errors_are_plain_messages_not_tracebacks(tmp_path: Path) -> None:
    (tmp_path / "migradesk.sqlite3").write_bytes(b"basura" * 1000)
    done = _migradesk("demo", "--data-dir", str(tmp_path))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "dañado" in done.stderr


def test_unknown_export_is_refused_with_the_choices(tmp_path: Path) -> None:
    done = _migradesk("export", "receta", "--data-dir", str(tmp_path), "-o", "x.pdf")
    assert done.returncode == 2
    assert "dossier" in done.stderr


# Sync and sign-in from the terminal: every message Spanish, every request ending

import os  # noqa: E402
import signal  # noqa: E402
import time  # noqa: E402
from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent / "sync"))
import synckit  # noqa: E402

NO_KEYRING = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "migradesk.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.PIPE,
        text=True,
        env=NO_KEYRING,
    )


def test_ctrl_c_cancels_a_sync_cleanly(tmp_path: Path) -> None:
    drip = synckit.DripServer(every=2.0)
    try:
        data = synckit.signed_in_dir(tmp_path / "datos", tmp_path / "plantilla", drip.url, 2)
        before = synckit.outbox_ids(data)
        sync = _start("sync", "--data-dir", str(data))
        assert drip.requested.wait(60), sync.communicate()
        assert not synckit.lock_is_free(data)
        pressed = time.monotonic()
        sync.send_signal(signal.SIGINT)
        _out, err = sync.communicate(timeout=20)
        assert time.monotonic() - pressed < 3
    finally:
        drip.close()
    assert sync.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert "Sincronización cancelada" in err and f"Cambios por enviar: {len(before)}" in err
    assert synckit.lock_is_free(data) and synckit.outbox_ids(data) == before


def test_login_to_an_unreachable_server_is_quick_and_in_spanish(tmp_path: Path) -> None:
    closed = synckit.free_port()
    started = time.monotonic()
    login = _start("login", f"http://127.0.0.1:{closed}", "ana", "--password-stdin")
    _out, err = login.communicate("una-clave\n", timeout=60)
    assert time.monotonic() - started < 10  # was 55 s of silent retries
    assert login.returncode == 2
    assert f"No se pudo conectar con el servidor 127.0.0.1:{closed}" in err
    assert "ConnectionError" not in err and "HTTPConnectionPool" not in err


@pytest.fixture
def corrupt_gzip_server() -> Iterator[str]:
    server = synckit.BrokenServer(always="/gzip")
    yield server.url
    server.close()


def test_a_corrupt_gzip_answer_is_said_in_spanish(tmp_path: Path, corrupt_gzip_server: str) -> None:
    data = synckit.signed_in_dir(tmp_path / "datos", tmp_path / "plantilla", corrupt_gzip_server, 1)
    done = subprocess.run(
        [sys.executable, "-m", "migradesk.cli", "sync", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        env=NO_KEYRING,
    )
    assert done.returncode == 1
    assert "llegó dañada (compresión inválida)" in done.stderr, done.stderr
    assert "ContentDecodingError" not in done.stderr and "Traceback" not in done.stderr
    assert "Cambios por enviar: 2" in done.stderr
    log = (data / "registros" / "sincronizacion.log").read_text(encoding="utf-8")
    assert "ContentDecodingError" in log  # the technical cause stays for support


CANDIDATES = (
    "codigo,nombre,provincia,fronteriza,cabecera,poblacion_2010,nacidos_extranjero_2010,"
    "fuente_nacidos_extranjero,organismo,programas,convenios,medidas_sistematicas,"
    "demanda_emergente\n"
    "060427,,,,,,,,no,incipiente,no,no,si\n"
    "020000,,,,,,,,consolidada,consolidada,incipiente,si,no\n"
    "X1,Pueblo Nuevo,Salta,si,no,5000,100,OIM: Censo 2010,no,no,no,no,si\n"
)
REGIONS = "region,nacidos_extranjero_2010,poblacion_2010,fuente\nNoroeste,150000,5000000,INDEC\n"


def test_select_writes_results_csv_pdf_and_the_run(tmp_path: Path) -> None:
    (tmp_path / "candidatas.csv").write_text(CANDIDATES, encoding="utf-8")
    (tmp_path / "regiones.csv").write_text(REGIONS, encoding="utf-8")
    out = tmp_path / "resultados"
    done = _migradesk(
        "select",
        "--candidates",
        str(tmp_path / "candidatas.csv"),
        "--regions",
        str(tmp_path / "regiones.csv"),
        "--out",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    assert "3 ciudades seleccionadas" in done.stdout
    assert sorted(p.name for p in out.iterdir()) == ["results.csv", "results.pdf", "run.json"]
    rows = (out / "results.csv").read_text(encoding="utf-8-sig").splitlines()
    assert rows[0].startswith("region;puesto;codigo;nombre")
    assert any(";Pueblo Nuevo;" in row for row in rows)
    assert "La Matanza" in PdfReader(out / "results.pdf").pages[0].extract_text()

    # The stored run exports again, as PDF or CSV.
    again = tmp_path / "otra.csv"
    done = _migradesk("export", "selection", "--run", str(out / "run.json"), "-o", str(again))
    assert done.returncode == 0, done.stderr
    assert again.read_bytes() == (out / "results.csv").read_bytes()
    done = _migradesk("export", "selection", "--run", str(out / "run.json"), "-o", str(again))
    pdf = tmp_path / "otra.pdf"
    done = _migradesk("export", "selection", "--run", str(out / "run.json"), "-o", str(pdf))
    assert done.returncode == 0, done.stderr
    assert PdfReader(pdf).metadata.title == "Resultados de la selección de ciudades"


def test_select_refuses_a_bad_row_and_writes_nothing(tmp_path: Path) -> None:
    bad = CANDIDATES.replace("Salta,si,no,5000", "Salta,si,no,cinco mil")
    (tmp_path / "candidatas.csv").write_text(bad, encoding="utf-8")
    out = tmp_path / "resultados"
    done = _migradesk("select", "--candidates", str(tmp_path / "candidatas.csv"), "--out", str(out))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert (
        "candidatas.csv, fila 4, columna poblacion_2010: «cinco mil» no es un número entero"
        in done.stderr
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["candidatas.csv"]


def test_login_during_a_lockout_says_why_and_until_when_at_once(tmp_path: Path) -> None:
    """A real server locks the account after 5 wrong passwords (429, Retry-After: 900); the
    right password then got 8 silent waits of 600 s. Now: the server's reason and the time."""
    import re

    import requests

    live = synckit.LiveServer(f"sqlite:///{tmp_path / 'servidor.sqlite3'}", tmp_path / "srv.log")
    try:
        wrong = {"username": "punto.focal", "password": "otra-clave-cualquiera"}
        for _ in range(5):
            answer = requests.post(live.url + "/api/v1/auth/login", json=wrong, timeout=30)
            assert answer.status_code == 401
        started = time.monotonic()
        data = str(tmp_path / "datos")
        login = _start("login", live.url, "punto.focal", "--password-stdin", "--data-dir", data)
        _out, err = login.communicate(synckit.PASSWORD + "\n", timeout=60)
        took = time.monotonic() - started
    finally:
        live.close()
    assert took < 8, took
    assert login.returncode == 2, err
    assert "Demasiados intentos fallidos" in err, err
    assert re.search(r"Puede intentar de nuevo a partir de las \d\d:\d\d \(en 15 min\)", err)
