"""The migradesk-server command, in-process: accounts, passwords, tokens, demo, errors."""

from __future__ import annotations

import io
import re
import subprocess
import sys

import pytest
import sqlalchemy as sa

from migradesk.server import cli, db, selection_store


@pytest.fixture
def url(database_url: str) -> str:
    return database_url


def _run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *args: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_accounts_passwords_and_tokens_from_the_command_line(
    url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = _run(capsys, monkeypatch, "init-db", "--db", url)
    assert code == 0 and f"ya estaba en la revisión {db.head_revision()}" in out
    code, out, _ = _run(capsys, monkeypatch, "add-city", "Humahuaca", "Jujuy", "--db", url)
    assert code == 0
    [city_id] = re.findall(r"agregada con el id (\S+)", out)
    args = ("add-user", "ana", "--role", "focal_point", "--city", city_id, "--password-stdin")
    code, out, _ = _run(capsys, monkeypatch, *args, "--db", url, stdin="clave-de-ana-larga\n")
    assert code == 0 and "Usuario ana (focal_point) creado, con la ciudad" in out

    engine = db.create_engine(url)
    try:
        with db.write(engine) as conn:  # two devices logged in
            for n in range(2):
                conn.execute(
                    sa.insert(db.tokens).values(
                        user_id=1,
                        token_hash=f"{n}" * 64,
                        created_at=db.utcnow(),
                        expires_at=db.utcnow(),
                    )
                )
        code, out, _ = _run(capsys, monkeypatch, "revoke-tokens", "ana", "--db", url)
        assert code == 0 and "se cerraron 2 sesiones de dispositivo" in out
        code, out, _ = _run(
            capsys,
            monkeypatch,
            "reset-password",
            "ana",
            "--password-stdin",
            "--db",
            url,
            stdin="otra-clave-de-ana\n",
        )
        assert code == 0 and "Contraseña de ana cambiada" in out
        with db.read(engine) as conn:
            stored = conn.execute(sa.select(db.users.c.password_hash)).scalar_one()
        assert stored.startswith("$argon2id$") and "otra-clave" not in stored
    finally:
        engine.dispose()
    code, out, _ = _run(capsys, monkeypatch, "list-users", "--db", url)
    assert out.startswith("ana  focal_point  " + city_id)
    code, out, _ = _run(capsys, monkeypatch, "list-cities", "--db", url)
    assert "Humahuaca (Jujuy)  seq=1" in out


@pytest.mark.parametrize(
    ("args", "stdin", "words"),
    [
        (
            ["add-user", "x", "--role", "focal_point", "--city", "Nada"],
            "clave-larga-1\n",
            "No existe ninguna ciudad",
        ),
        (["add-user", "x", "--role", "reviewer"], "corta\n", "al menos 10 caracteres"),
        (["add-user", "x", "--role", "reviewer"], "", "ninguna contraseña"),
        (["reset-password", "nadie"], "clave-larga-1\n", "No existe el usuario «nadie»"),
        (["add-city", "Villa", "Atlántida"], "", "No se reconoce la provincia «Atlántida»"),
    ],
)
def test_mistakes_get_a_message_and_exit_code_2(
    url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    stdin: str,
    words: str,
) -> None:
    if args[0] != "add-city":
        args = [*args, "--password-stdin"]
    code, _, err = _run(capsys, monkeypatch, *args, "--db", url, stdin=stdin)
    assert code == 2 and err.startswith("migradesk-server: ") and words in err


def test_add_city_by_indec_code_uses_the_register(
    url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    register = pytest.importorskip("migradesk.domain.register")
    entry = register.load_register()[0]
    code, out, _ = _run(
        capsys, monkeypatch, "add-city", "x", "x", "--indec-code", entry.code, "--db", url
    )
    assert code == 0 and f"Ciudad {entry.name} ({entry.province}) agregada" in out
    assert entry.to_city().id in out


def test_add_city_by_name_takes_the_register_s_region_and_id_partido_aware(
    url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Quilmes is one of the 24 partidos of Gran Buenos Aires, not Pampeana."""
    from migradesk.domain.city import Region
    from migradesk.domain.register import search
    from migradesk.server import cities

    [quilmes] = search("Quilmes", "Buenos Aires", limit=1)
    code, out, _ = _run(capsys, monkeypatch, "add-city", "Quilmes", "Buenos Aires", "--db", url)
    assert code == 0 and quilmes.to_city().id in out
    engine = db.create_engine(url)
    try:
        with db.read(engine) as conn:
            stored = cities.get_city(conn, quilmes.to_city().id)
            record = conn.execute(
                sa.select(db.records.c.fields).where(db.records.c.id == stored.id)
            ).scalar_one()
    finally:
        engine.dispose()
    assert record["region"] == Region.GRAN_BUENOS_AIRES.value
    assert stored.indec_code == quilmes.code
    # A name the register lacks still gets the partido-aware region.
    assert cities.build_city("Tigre", "Provincia de Buenos Aires").region is (
        Region.GRAN_BUENOS_AIRES
    )
    assert cities.build_city("Pueblo Nuevo Inventado", "Buenos Aires").region is Region.PAMPEANA


def test_demo_seeds_a_city_a_campaign_of_ten_and_the_accounts_and_can_run_again(
    url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, first, _ = _run(capsys, monkeypatch, "demo", "--db", url)
    assert code == 0 and "Ciudad de demostración:" in first
    assert "Convocatoria «MigraCiudades Argentina (demostración)»: 10 ciudades" in first
    assert "Tilcara                  lista para certificar" in first
    passwords = dict(re.findall(r"usuario (\S+)\s+contraseña (\S+)", first))
    assert {"demo.puntofocal", "demo.revisor", "demo.cippec", "demo.admin"} < set(passwords)
    assert {"demo.tilcara", "demo.villa.maria", "demo.quilmes"} < set(passwords)
    assert len(passwords) == 4 + 10
    code, second, _ = _run(capsys, monkeypatch, "demo", "--db", url)
    assert code == 0
    again = dict(re.findall(r"usuario (\S+)\s+contraseña (\S+)", second))
    assert again.keys() == passwords.keys() and again != passwords  # fresh passwords
    assert "registros de su ficha cargados" not in second  # loaded once
    engine = db.create_engine(url)
    try:
        with db.read(engine) as conn:
            cities = conn.execute(sa.select(sa.func.count()).select_from(db.cities)).scalar_one()
            records = conn.execute(sa.select(sa.func.count()).select_from(db.records)).scalar_one()
            [summary] = selection_store.list_runs(conn)
            run = selection_store.get_run(conn, summary.id)
    finally:
        engine.dispose()
    assert cities == 11 and records >= 11
    # The demo's selection run scores and selects the cities the Census 2010 figures cover (Gran
    # Buenos Aires, with the register's regional reference); the rest say what IOM must enter.
    assert (summary.candidates, summary.selected) == (9, 2)
    chosen = {r.candidate.name for r in run.outcome.results if r.score is not None}
    assert chosen == {"La Matanza", "Morón"}
    assert {run.outcome.result(key).candidate.name for key in run.outcome.selected} == chosen
    unscored = [r for r in run.outcome.results if r.score is None]
    assert len(unscored) == 7
    assert all("falta población nacida en el extranjero 2010" in r.reasons[0] for r in unscored)


def test_the_entry_point_runs_as_a_module() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "migradesk.server.cli", "--help"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0
    for command in ("init-db", "serve", "add-city", "add-user", "reset-password", "demo"):
        assert command in done.stdout
