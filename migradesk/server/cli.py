"""The ``migradesk-server`` command: init-db, serve, add-city, add-user, reset-password,
revoke-tokens, list-cities, list-users, demo."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

import platformdirs

from migradesk import __version__
from migradesk.domain.base import DomainError, Role
from migradesk.domain.city import Region

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
        help=f"database URL: sqlite:///FILE or postgresql+psycopg://… (or {DB_ENV})",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=f"folder of the default SQLite database (or {DATA_DIR_ENV})",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="migradesk-server",
        description="IOM's MigraDesk server: accounts, cities, sync and review API.",
    )
    parser.add_argument("--version", action="version", version=f"migradesk-server {__version__}")
    _database_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help)
        _database_options(sub)
        return sub

    command("init-db", "create or upgrade the database schema")

    serve = command("serve", "run the HTTP server (upgrades the schema first)")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"default {DEFAULT_PORT}")
    serve.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    serve.add_argument(
        "--threads", type=int, default=4, help="request threads per worker (default 4)"
    )
    serve.add_argument(
        "--forwarded-allow-ips",
        metavar="IPS",
        help="trust X-Forwarded-For from these proxy addresses (e.g. 127.0.0.1)",
    )
    serve.add_argument("--log-level", default="info", choices=["debug", "info", "warning"])

    add_city = command("add-city", "add a city (by name and province, or by INDEC code)")
    add_city.add_argument("name", help="the local government's name")
    add_city.add_argument("province")
    add_city.add_argument("--indec-code", default="", help="take the city from the register")
    add_city.add_argument("--region", choices=[r.value for r in Region], help="the guide's region")

    add_user = command("add-user", "create an account")
    add_user.add_argument("username")
    add_user.add_argument("--role", required=True, choices=[r.value for r in Role])
    add_user.add_argument(
        "--city",
        action="append",
        default=[],
        metavar="CITY_ID_OR_NAME",
        help="the account's city (focal_point, official); repeat for several",
    )
    add_user.add_argument("--password-stdin", action="store_true", help="read the password")

    reset = command("reset-password", "set a new password (and revoke the account's tokens)")
    reset.add_argument("username")
    reset.add_argument("--password-stdin", action="store_true", help="read the password")
    reset.add_argument("--keep-tokens", action="store_true", help="do not log devices out")

    revoke = command("revoke-tokens", "log an account out of every device")
    revoke.add_argument("username")

    command("list-cities", "list the cities")
    command("list-users", "list the accounts")
    command("demo", "seed a demo city, a focal point and a reviewer; print their passwords")
    return parser


def read_password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        password = line[:-1] if line.endswith("\n") else line
        if not password:
            raise CliError("no password on standard input")
        return password
    first = getpass.getpass("Password: ")
    if getpass.getpass("Repeat the password: ") != first:
        raise CliError("the passwords differ")
    return first


def _now() -> datetime:
    return datetime.now(UTC)


def cmd_init_db(args: argparse.Namespace) -> int:
    from migradesk.server import db

    url = database_url(args)
    engine = db.create_engine(url)
    try:
        changed = db.upgrade(engine)
    finally:
        engine.dispose()
    what = "created/upgraded to" if changed else "already at"
    print(
        f"Database {engine.url.render_as_string(hide_password=True)} {what} {db.head_revision()}."
    )
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from migradesk.server import db

    url = database_url(args)
    engine = db.create_engine(url)
    try:
        if db.upgrade(engine):
            log.info("database schema upgraded to %s", db.head_revision())
    finally:
        engine.dispose()
    if args.workers < 1 or args.threads < 1:
        raise CliError("--workers and --threads must be at least 1")
    os.environ[DB_ENV] = url  # the workers build their app from these (create_app_from_env)
    os.environ[THREADS_ENV] = str(args.threads)
    log.info(
        "serving %s on http://%s:%d with %d worker(s)",
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
    from migradesk.server import cities, db

    city = cities.build_city(
        args.name,
        args.province,
        indec_code=args.indec_code,
        region=Region(args.region) if args.region else None,
    )
    engine = db.create_engine(database_url(args))
    try:
        db.upgrade(engine)
        with db.write(engine) as conn:
            info = cities.create_city(conn, city, _now())
    finally:
        engine.dispose()
    print(f"City {info.name} ({info.province}) added: {info.id}")
    return 0


def cmd_add_user(args: argparse.Namespace) -> int:
    from migradesk.server import accounts, db
    from migradesk.server.auth import Passwords
    from migradesk.server.settings import Settings

    password = read_password(args.password_stdin)
    settings = Settings()
    engine = db.create_engine(database_url(args))
    try:
        db.upgrade(engine)
        with db.write(engine) as conn:
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
    finally:
        engine.dispose()
    where = f" for {', '.join(info.city_ids)}" if info.city_ids else ""
    print(f"User {info.username} ({info.role}) created{where}.")
    return 0


def cmd_reset_password(args: argparse.Namespace) -> int:
    from migradesk.server import accounts, db
    from migradesk.server.auth import Passwords
    from migradesk.server.settings import Settings

    password = read_password(args.password_stdin)
    settings = Settings()
    engine = db.create_engine(database_url(args))
    try:
        db.check_schema(engine)
        with db.write(engine) as conn:
            revoked = accounts.set_password(
                conn,
                Passwords(settings.argon2),
                settings,
                args.username,
                password,
                _now(),
                revoke=not args.keep_tokens,
            )
    finally:
        engine.dispose()
    print(f"Password of {args.username} changed; {revoked} device token(s) revoked.")
    return 0


def cmd_revoke_tokens(args: argparse.Namespace) -> int:
    from migradesk.server import accounts, db

    engine = db.create_engine(database_url(args))
    try:
        db.check_schema(engine)
        with db.write(engine) as conn:
            revoked = accounts.revoke_tokens(conn, args.username, _now())
    finally:
        engine.dispose()
    print(f"{revoked} device token(s) of {args.username} revoked.")
    return 0


def cmd_list_cities(args: argparse.Namespace) -> int:
    from migradesk.server import cities, db

    engine = db.create_engine(database_url(args))
    try:
        db.check_schema(engine)
        with db.read(engine) as conn:
            found = cities.list_cities(conn)
    finally:
        engine.dispose()
    for city in found:
        print(f"{city.id}  {city.name} ({city.province})  seq={city.seq}")
    return 0


def cmd_list_users(args: argparse.Namespace) -> int:
    from migradesk.server import accounts, db

    engine = db.create_engine(database_url(args))
    try:
        db.check_schema(engine)
        with db.read(engine) as conn:
            found = accounts.list_users(conn)
    finally:
        engine.dispose()
    for user in found:
        state = "  (disabled)" if user.disabled else ""
        print(f"{user.username}  {user.role}  {' '.join(user.city_ids)}{state}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from migradesk.server import db, demo
    from migradesk.server.auth import Passwords
    from migradesk.server.settings import Settings

    settings = Settings()
    engine = db.create_engine(database_url(args))
    try:
        db.upgrade(engine)
        with db.write(engine) as conn:
            seeded = demo.seed(conn, Passwords(settings.argon2), settings, _now(), date.today())
    finally:
        engine.dispose()
    print(f"Demo city: {seeded.city_name} ({seeded.city_id})")
    if seeded.records_loaded:
        print(f"  {seeded.records_loaded} records of its file loaded")
    for username, password in seeded.credentials.items():
        print(f"  user {username:<18} password {password}")
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
        print(f"migradesk-server: cannot use the database: {exc.orig}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
