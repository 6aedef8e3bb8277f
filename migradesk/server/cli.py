"""The ``migradesk-server`` command: init-db, serve, add-city, add-user, reset-password,
revoke-tokens, list-cities, list-users, demo."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from migradesk import __version__
from migradesk.domain.base import DomainError, Role
from migradesk.domain.city import Region

if TYPE_CHECKING:
    import sqlalchemy as sa

DB_ENV = "MIGRADESK_SERVER_DB"  # same as migradesk.server.app.DB_ENV (app imports FastAPI)
DATA_DIR_ENV = "MIGRADESK_SERVER_DATA_DIR"
THREADS_ENV = "MIGRADESK_SERVER_THREADS"  # same as migradesk.server.app.THREADS_ENV
DATABASE_NAME = "migradesk-server.sqlite3"
DEFAULT_PORT = 8765

log = logging.getLogger("migradesk.server")


class CliError(Exception):
    pass


def data_dir(explicit: str | None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return Path(platformdirs.user_data_dir("MigraDeskServer", "OIM"))


def database_url(args: argparse.Namespace) -> str:
    """--db, else MIGRADESK_SERVER_DB, else a SQLite file in the data dir."""
    url: str | None = args.db or os.environ.get(DB_ENV)
    if url:
        return url
    folder = data_dir(args.data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder.resolve() / DATABASE_NAME}"


def _database_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help=f"URL de la base de datos: sqlite:///ARCHIVO o postgresql+psycopg://… (o {DB_ENV})",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=f"carpeta de la base SQLite por defecto (o {DATA_DIR_ENV})",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="migradesk-server",
        description="Servidor MigraDesk de la OIM: cuentas, ciudades, sincronización y revisión.",
    )
    parser.add_argument("--version", action="version", version=f"migradesk-server {__version__}")
    _database_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMANDO", required=True)

    def command(name: str, help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help)
        _database_options(sub)
        return sub

    command("init-db", "crear o actualizar el esquema de la base de datos")

    serve = command("serve", "iniciar el servidor HTTP (antes actualiza el esquema)")
    serve.add_argument(
        "--host", default="127.0.0.1", help="dirección en la que escuchar (por defecto 127.0.0.1)"
    )
    serve.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"puerto (por defecto {DEFAULT_PORT})"
    )
    serve.add_argument(
        "--workers", type=int, default=1, help="cantidad de procesos (por defecto 1)"
    )
    serve.add_argument(
        "--threads",
        type=int,
        default=4,
        help="hilos por proceso para las solicitudes (por defecto 4)",
    )
    serve.add_argument(
        "--forwarded-allow-ips",
        metavar="IPS",
        help="confiar en X-Forwarded-For de estos proxies (por ejemplo 127.0.0.1)",
    )
    serve.add_argument(
        "--log-level",
        default="info",
        choices=["debug", "info", "warning"],
        help="detalle del registro de actividad (por defecto info)",
    )

    add_city = command(
        "add-city", "agregar una ciudad (por nombre y provincia, o por código INDEC)"
    )
    add_city.add_argument("name", metavar="NOMBRE", help="nombre del gobierno local")
    add_city.add_argument("province", metavar="PROVINCIA", help="provincia o jurisdicción")
    add_city.add_argument(
        "--indec-code", default="", help="tomar la ciudad del registro, por su código INDEC"
    )
    add_city.add_argument(
        "--region", choices=[r.value for r in Region], help="la región de la ciudad, según la guía"
    )

    add_user = command("add-user", "crear una cuenta")
    add_user.add_argument("username", metavar="USUARIO")
    add_user.add_argument(
        "--role", required=True, choices=[r.value for r in Role], help="el rol de la cuenta"
    )
    add_user.add_argument(
        "--city",
        action="append",
        default=[],
        metavar="ID_O_NOMBRE_DE_CIUDAD",
        help="la ciudad de la cuenta (focal_point, official); repetir para varias",
    )
    add_user.add_argument(
        "--password-stdin", action="store_true", help="leer la contraseña de la entrada estándar"
    )

    reset = command(
        "reset-password", "poner una contraseña nueva (y cerrar las sesiones de la cuenta)"
    )
    reset.add_argument("username", metavar="USUARIO")
    reset.add_argument(
        "--password-stdin", action="store_true", help="leer la contraseña de la entrada estándar"
    )
    reset.add_argument(
        "--keep-tokens", action="store_true", help="no cerrar las sesiones de los dispositivos"
    )

    revoke = command("revoke-tokens", "cerrar la sesión de una cuenta en todos sus dispositivos")
    revoke.add_argument("username", metavar="USUARIO")

    command("list-cities", "listar las ciudades")
    command("list-users", "listar las cuentas")
    command(
        "demo",
        "crear una ciudad de demostración con un punto focal y una cuenta de revisión; "
        "mostrar sus contraseñas",
    )
    return parser


def read_password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        password = line[:-1] if line.endswith("\n") else line
        if not password:
            raise CliError("No llegó ninguna contraseña por la entrada estándar.")
        return password
    first = getpass.getpass("Contraseña: ")
    if getpass.getpass("Repita la contraseña: ") != first:
        raise CliError("Las contraseñas no coinciden.")
    return first


def _sessions(count: int) -> str:
    """How many device sessions were closed, as a phrase."""
    if count == 1:
        return "se cerró 1 sesión de dispositivo"
    return f"se cerraron {count} sesiones de dispositivo"


def _engine(url: str) -> sa.Engine:
    from migradesk.server import db

    try:
        return db.create_engine(url)
    except ValueError:
        raise CliError(
            "La URL de la base de datos no es válida: use sqlite:///ARCHIVO o "
            "postgresql+psycopg://…"
        ) from None


def _newer_schema(revision: str) -> CliError:
    return CliError(
        f"El esquema de la base de datos ({revision}) es más nuevo que este servidor: "
        "actualice migradesk-server."
    )


def _upgrade(engine: sa.Engine) -> bool:
    """db.upgrade, with its refusal as a Spanish sentence."""
    from migradesk.server import db

    try:
        return db.upgrade(engine)
    except db.DatabaseNotReady:
        raise _newer_schema(str(db.current_revision(engine))) from None


def _check_schema(engine: sa.Engine) -> None:
    """db.check_schema, with its refusal as a Spanish sentence."""
    from alembic.script import ScriptDirectory

    from migradesk.server import db

    try:
        db.check_schema(engine)
    except db.DatabaseNotReady:
        revision = db.current_revision(engine)
        if revision is None:
            raise CliError(
                "La base de datos todavía no tiene el esquema del servidor: "
                "ejecute `migradesk-server init-db`."
            ) from None
        script = ScriptDirectory.from_config(db.migrations_config())
        if revision not in {rev.revision for rev in script.walk_revisions()}:
            raise _newer_schema(revision) from None
        raise CliError(
            f"El esquema de la base de datos está en la revisión {revision} y este servidor "
            f"necesita la {db.head_revision()}: ejecute `migradesk-server init-db`."
        ) from None


def _now() -> datetime:
    return datetime.now(UTC)


@contextlib.contextmanager
def _connection(
    args: argparse.Namespace, *, write: bool = True, upgrade: bool = False
) -> Iterator[sa.Connection]:
    """One transaction on the command's database: migrated first (``upgrade``) or else
    required to be current; the engine is disposed of afterwards."""
    from migradesk.server import db

    engine = _engine(database_url(args))
    try:
        if upgrade:
            _upgrade(engine)
        else:
            _check_schema(engine)
        with (db.write if write else db.read)(engine) as conn:
            yield conn
    finally:
        engine.dispose()


def cmd_init_db(args: argparse.Namespace) -> int:
    from migradesk.server import db

    engine = _engine(database_url(args))
    try:
        changed = _upgrade(engine)
    finally:
        engine.dispose()
    shown = engine.url.render_as_string(hide_password=True)
    what = "quedó en" if changed else "ya estaba en"
    print(f"El esquema de la base de datos {shown} {what} la revisión {db.head_revision()}.")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from migradesk.server import db

    url = database_url(args)
    engine = _engine(url)
    try:
        if _upgrade(engine):
            log.info("esquema de la base de datos actualizado a la revisión %s", db.head_revision())
    finally:
        engine.dispose()
    if args.workers < 1 or args.threads < 1:
        raise CliError("--workers y --threads deben ser al menos 1.")
    os.environ[DB_ENV] = url  # the workers build their app from these (create_app_from_env)
    os.environ[THREADS_ENV] = str(args.threads)
    log.info(
        "sirviendo %s en http://%s:%d con %d proceso(s)",
        engine.url.render_as_string(hide_password=True),
        args.host,
        args.port,
        args.workers,
    )
    options: dict[str, object] = {}
    if args.forwarded_allow_ips:
        options.update(proxy_headers=True, forwarded_allow_ips=args.forwarded_allow_ips)
    else:
        options.update(proxy_headers=False)
    uvicorn.run(
        "migradesk.server.app:create_app_from_env",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        access_log=True,
        log_level=args.log_level,
        server_header=False,
        **options,  # type: ignore[arg-type]
    )
    return 0


def cmd_add_city(args: argparse.Namespace) -> int:
    from migradesk.server import cities

    city = cities.build_city(
        args.name,
        args.province,
        indec_code=args.indec_code,
        region=Region(args.region) if args.region else None,
    )
    with _connection(args, upgrade=True) as conn:
        info = cities.create_city(conn, city, _now())
    print(f"Ciudad {info.name} ({info.province}) agregada con el id {info.id}")
    return 0


def cmd_add_user(args: argparse.Namespace) -> int:
    from migradesk.server import accounts
    from migradesk.server.auth import Passwords
    from migradesk.server.settings import Settings

    password = read_password(args.password_stdin)
    settings = Settings()
    with _connection(args, upgrade=True) as conn:
        info = accounts.create_user(
            conn,
            Passwords(settings.argon2),
            settings,
            username=args.username,
            password=password,
            role=Role(args.role),
            city_ids=args.city,
            now=_now(),
        )
    if len(info.city_ids) == 1:
        where = f", con la ciudad {info.city_ids[0]}"
    elif info.city_ids:
        where = f", con las ciudades {', '.join(info.city_ids)}"
    else:
        where = ""
    print(f"Usuario {info.username} ({info.role}) creado{where}.")
    return 0


def cmd_reset_password(args: argparse.Namespace) -> int:
    from migradesk.server import accounts
    from migradesk.server.auth import Passwords
    from migradesk.server.settings import Settings

    password = read_password(args.password_stdin)
    settings = Settings()
    with _connection(args) as conn:
        revoked = accounts.set_password(
            conn,
            Passwords(settings.argon2),
            settings,
            args.username,
            password,
            _now(),
            revoke=not args.keep_tokens,
        )
    if args.keep_tokens:
        print(f"Contraseña de {args.username} cambiada; sus sesiones siguen abiertas.")
    else:
        print(f"Contraseña de {args.username} cambiada; {_sessions(revoked)}.")
    return 0


def cmd_revoke_tokens(args: argparse.Namespace) -> int:
    from migradesk.server import accounts

    with _connection(args) as conn:
        revoked = accounts.revoke_tokens(conn, args.username, _now())
    print(f"Cuenta {args.username}: {_sessions(revoked)}.")
    return 0


def cmd_list_cities(args: argparse.Namespace) -> int:
    from migradesk.server import cities

    with _connection(args, write=False) as conn:
        found = cities.list_cities(conn)
    for city in found:
        print(f"{city.id}  {city.name} ({city.province})  seq={city.seq}")
    return 0


def cmd_list_users(args: argparse.Namespace) -> int:
    from migradesk.server import accounts

    with _connection(args, write=False) as conn:
        found = accounts.list_users(conn)
    for user in found:
        state = "  (desactivada)" if user.disabled else ""
        print(f"{user.username}  {user.role}  {' '.join(user.city_ids)}{state}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from migradesk.demo.campaign import STAGE_NAMES
    from migradesk.server import demo
    from migradesk.server.auth import Passwords
    from migradesk.server.settings import Settings

    settings = Settings()
    with _connection(args, upgrade=True) as conn:
        seeded = demo.seed(conn, Passwords(settings.argon2), settings, _now(), date.today())
    print(f"Ciudad de demostración: {seeded.city_name} ({seeded.city_id})")
    if seeded.records_loaded:
        print(f"  {seeded.records_loaded} registros de su ficha cargados")
    if seeded.campaign:
        print(f"Convocatoria «{demo.CAMPAIGN}»: {len(seeded.campaign)} ciudades")
        for member in seeded.campaign:
            stage = STAGE_NAMES[member.stage]
            print(f"  {member.name:<24} {stage:<36} punto focal: {member.focal_point}")
    print("Cuentas (OIM: demo.revisor y demo.admin; CIPPEC: demo.cippec):")
    width = max(len(name) for name in seeded.credentials)
    for username, password in seeded.credentials.items():
        print(f"  usuario {username:<{width}}  contraseña {password}")
    return 0


COMMANDS = {
    "init-db": cmd_init_db,
    "serve": cmd_serve,
    "add-city": cmd_add_city,
    "add-user": cmd_add_user,
    "reset-password": cmd_reset_password,
    "revoke-tokens": cmd_revoke_tokens,
    "list-cities": cmd_list_cities,
    "list-users": cmd_list_users,
    "demo": cmd_demo,
}


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    parser = build_parser()
    args = parser.parse_args(argv)
    for name in ("db", "data_dir"):
        if not hasattr(args, name):
            setattr(args, name, None)
    import sqlalchemy as sa

    from migradesk.server.accounts import AccountError
    from migradesk.server.db import DatabaseNotReady

    try:
        return COMMANDS[args.command](args)
    except (CliError, AccountError, DomainError, DatabaseNotReady, ValueError) as exc:
        print(f"migradesk-server: {exc}", file=sys.stderr)
        return 2
    except sa.exc.OperationalError as exc:
        print(f"migradesk-server: no se puede usar la base de datos: {exc.orig}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
