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
from collections.abc import Callable, Iterator  # noqa: E402

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


@pytest.mark.slow
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


# Every failure of every command: one line of Spanish and an exit status, never a traceback

from migradesk import cli, logs  # noqa: E402


@pytest.fixture
def run_cli(
    capsys: pytest.CaptureFixture[str],
) -> Iterator[Callable[..., tuple[int, str, str]]]:
    """``migradesk ARGS`` in this process: (status, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        try:
            status = cli.main(list(args))
        except SystemExit as exit_:  # argparse's usage errors and --help
            status = int(exit_.code or 0)
        out, err = capsys.readouterr()
        return status, out, err

    yield run
    logs.stop()


def _one_spanish_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    line = lines[0]
    assert line.startswith("migradesk"), line
    assert "Traceback" not in line and "error:" not in line and "usage" not in line, line
    for english in ("argument ", "invalid", "required", "expected", "unrecognized", "choose"):
        assert english not in line, line
    return line


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from datetime import date

    from migradesk.demo import write_demo

    folder = tmp_path_factory.mktemp("cli") / "demo"
    write_demo(folder, date(2026, 11, 25))
    return folder


def _failures(tmp: Path, demo: Path) -> list[tuple[list[str], int, str]]:
    """(arguments, exit status, a phrase of the message) for each way a command fails."""
    a_file = tmp / "un-archivo"
    a_file.write_text("x")
    empty = tmp / "vacia"
    empty.mkdir()
    junk = tmp / "basura.sqlite3"
    junk.write_text("no es una copia")
    d = ["--data-dir", str(demo)]
    return [
        (["--nope"], 2, "argumentos que no se reconocen: --nope"),
        (["exportar"], 2, "'exportar' no es una de las opciones"),
        (["demo", "--data-dir", str(a_file)], 2, "No se puede crear la carpeta de datos"),
        (["export"], 2, "faltan estos argumentos: DOCUMENTO, -o/--output"),
        (["export", "receta", *d, "-o", "x.pdf"], 2, "'receta' no es una de las opciones"),
        (["export", "report", *d, "-o", "x.pdf", "--version", "dos"], 2, "se espera un número"),
        (["export", "dossier", "--data-dir", str(empty), "-o", "x.pdf"], 2, "No hay datos"),
        (["export", "dossier", *d, "-o", str(tmp / "no" / "x.pdf")], 2, "no existe"),
        (["export", "selection", "-o", "x.pdf"], 2, "--run"),
        (["select", "--out", str(tmp)], 2, "faltan estos argumentos: --candidates"),
        (["select", "--candidates", str(tmp / "no.csv"), "--out", str(tmp)], 2, "No existe"),
        (["login", "ftp://oim", "ana", *d, "--password-stdin"], 2, "no es válida"),
        (["login", "https://oim.example"], 2, "faltan estos argumentos: USUARIO"),
        (["sync", *d], 1, "todavía no está conectado a un servidor"),
        (["campaigns", *d], 2, "faltan estos argumentos: URL"),
        (["campaigns", "ftp://oim", *d], 2, "no es válida"),
        (["apply", *d, "https://oim.example"], 2, "Faltan datos de la solicitud"),
        (["apply", *d, "--status"], 2, "solicitud"),
        (["status", "--data-dir", str(empty)], 2, "No hay datos de MigraDesk"),
        (["status", *d, "--city", "otra"], 2, "otra"),
        (["screenshots", *d], 2, "faltan estos argumentos: --out"),
        (["screenshots", *d, "--out", str(a_file / "x")], 2, "no es una carpeta"),
        (["backup", "--data-dir", str(empty)], 2, "no hay nada que copiar"),
        (["backup", *d, "-o", str(tmp / "no" / "copia.sqlite3")], 2, "no existe"),
        (["restore", *d, "7"], 2, "No hay una copia número 7"),
        (["restore", *d, str(junk)], 2, "no es una base de datos de MigraDesk"),
        (["restore", *d, str(tmp / "no-existe.sqlite3")], 2, "no existe"),
    ]


def test_every_failure_of_every_command_is_one_spanish_line(
    run_cli: Callable[..., tuple[int, str, str]], demo_data: Path, tmp_path: Path
) -> None:
    failures = _failures(tmp_path, demo_data)
    subparsers = cli.build_parser()._subparsers._group_actions[0]  # type: ignore[union-attr]
    assert set(subparsers.choices) <= {args[0] for args, *_ in failures}  # every command's
    for args, status, phrase in failures:
        got, out, err = run_cli(*args)
        assert got == status, (args, out, err)
        line = _one_spanish_line(err)
        assert phrase in line, (args, line)


def test_help_and_usage_are_spanish(run_cli: Callable[..., tuple[int, str, str]]) -> None:
    status, out, _err = run_cli("--help")
    assert status == 0
    assert out.startswith("uso: migradesk") and "opciones:" in out and "comandos:" in out
    assert "mostrar esta ayuda y salir" in out and "usage" not in out and "options:" not in out
    status, out, _err = run_cli("export", "--help")
    assert "argumentos:" in out and "positional arguments" not in out


def test_a_running_sync_or_the_open_app_stops_a_restore_which_changes_nothing(
    run_cli: Callable[..., tuple[int, str, str]], demo_data: Path, tmp_path: Path
) -> None:
    from migradesk.storage import backups
    from migradesk.sync.lock import SyncLock

    status, out, _err = run_cli("backup", "--data-dir", str(demo_data))
    assert status == 0 and "copias" in out
    with SyncLock(demo_data):
        status, _out, err = run_cli("restore", "--data-dir", str(demo_data), "1")
    assert status == 2 and "sincronización en curso" in _one_spanish_line(err)
    from migradesk.ui import single_instance

    app = single_instance.claim(demo_data)  # the desktop app open on that data dir
    assert app is not None
    try:
        status, _out, err = run_cli("restore", "--data-dir", str(demo_data), "1")
    finally:
        app.release()
    assert status == 2 and "MigraDesk está abierto" in _one_spanish_line(err)
    assert [b.reason for b in backups.listing(demo_data)] == [backups.Reason.MANUAL]
    status, out, _err = run_cli("restore", "--data-dir", str(demo_data))
    assert status == 0 and "  1. " in out and "hecha por usted" in out


def test_the_demo_folder_is_never_signed_in_nor_synced(
    run_cli: Callable[..., tuple[int, str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``migradesk demo`` writes to <data>/demostracion; sync, sign-in and access requests there
    are refused in one Spanish line before a password is asked or a server is called."""
    from migradesk.storage import Store
    from migradesk.storage.sync import sync_settings

    data = tmp_path / "datos"
    monkeypatch.setenv("MIGRADESK_DATA_DIR", str(data))
    assert run_cli("demo")[0] == 0
    demo = data / "demostracion"
    closed = f"http://127.0.0.1:{synckit.free_port()}"
    d = ["--data-dir", str(demo)]
    for args in (
        ["sync", *d],
        ["login", closed, "ana", "--password-stdin", *d],
        ["campaigns", closed, *d],
        ["apply", *d, "--status"],
    ):
        status, out, err = run_cli(*args)
        assert status == 2, (args, out, err)
        line = _one_spanish_line(err)
        assert "ciudad de demostración, que no se sincroniza nunca" in line, line
    with Store.open(demo) as store:
        assert sync_settings.load(store) is None


def test_an_unexpected_error_is_one_line_and_its_traceback_goes_to_the_log(
    run_cli: Callable[..., tuple[int, str, str]],
    demo_data: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*_args: object) -> int:
        raise RuntimeError("un error de programación")

    monkeypatch.setattr(cli, "cmd_export", broken)
    status, _out, err = run_cli("export", "dossier", "--data-dir", str(demo_data), "-o", "x.pdf")
    assert status == cli.EXIT_UNEXPECTED
    line = _one_spanish_line(err)
    log = demo_data / "registros" / "migradesk.log"
    assert f"error inesperado; los detalles quedaron en {log}" in line
    assert "RuntimeError: un error de programación" in log.read_text(encoding="utf-8")
    assert "Traceback" in log.read_text(encoding="utf-8")

    def interrupted(*_args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "cmd_export", interrupted)
    status, _out, err = run_cli("export", "dossier", "--data-dir", str(demo_data), "-o", "x.pdf")
    assert status == cli.EXIT_INTERRUPTED and "interrumpido" in _one_spanish_line(err)


def test_a_read_only_data_folder_is_one_line_for_export_too(tmp_path: Path) -> None:
    """The issue's run: `migradesk export` in a read-only data folder printed a traceback."""
    sys.path.insert(0, str(Path(__file__).parent / "storage"))
    from faultfs import build_shim, faulty_disk

    with faulty_disk(tmp_path, build_shim(tmp_path)) as disk:
        if not disk.available("read-only"):
            pytest.skip("no way to make read-only media here")
        data = disk.data_dir
        assert _migradesk("demo", "--data-dir", str(data)).returncode == 0
        export = ["export", "dossier", "--data-dir", str(data), "-o", str(tmp_path / "x.pdf")]
        with disk.failing("read-only"):
            done = subprocess.run(
                [sys.executable, "-m", "migradesk.cli", *export],
                capture_output=True,
                text=True,
                timeout=120,
                env=disk.env(),
            )
    assert done.returncode == 2
    line = _one_spanish_line(done.stderr)
    assert "no admite escritura" in line and "dañado" not in line
