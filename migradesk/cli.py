"""The `migradesk` command: the desktop app by default, and headless subcommands.

Every failure is one line of Spanish on stderr and an exit status: 2 for a problem of the input
or the environment (argparse's usage errors too), 1 for a sync that did not finish, 130 when
interrupted, 70 for an unexpected error (its details go to the log file, never a traceback on
the terminal).
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from migradesk import logs, oserrors, paths, version
from migradesk.cli_es import SpanishParser, typed
from migradesk.errors import KnownError

if TYPE_CHECKING:
    from migradesk.sync.cancel import Cancel

log = logging.getLogger("migradesk.cli")

# Exit statuses (README: "Headless commands").
EXIT_ERROR = 2  # the input or the environment: the message says what to do
EXIT_UNEXPECTED = 70  # a bug (sysexits' EX_SOFTWARE): details in the log
EXIT_INTERRUPTED = 130  # the shell's code for Ctrl+C


LANGUAGES = ("es", "en")  # migradesk.ui.i18n.LANGUAGES (not imported: Qt would load)


def _scale(text: str) -> float:
    value = float(text.replace(",", ".").removesuffix("%"))
    if value > 10:  # "125" or "125%": a percentage
        value /= 100
    if not 1 <= value <= 3:
        raise ValueError(text)
    return value


def _data_dir_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="carpeta de datos (por defecto MIGRADESK_DATA_DIR o la carpeta del usuario)",
    )


class _VersionAction(argparse.Action):
    """``--version``: the number is read only when asked for (see ``migradesk.version``)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(
            option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="mostrar la versión"
        )

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        print(f"MigraDesk {version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = SpanishParser(
        prog="migradesk",
        description="MigraDesk: la certificación MigraCiudades de su ciudad, en su equipo.",
    )
    parser.add_argument("--version", action=_VersionAction)
    _data_dir_option(parser)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="abrir la ciudad de demostración (en su propia carpeta, aparte de sus datos)",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="idioma de la interfaz en esta ejecución: es (español) o en (inglés); sin él, el "
        "elegido en Preferencias, o al primer inicio el del sistema",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMANDO")

    demo = commands.add_parser(
        "demo",
        help="escribir la ciudad de demostración, completa (sin --data-dir: en su carpeta "
        "propia, aparte de sus datos)",
    )
    _data_dir_option(demo)

    export = commands.add_parser("export", help="exportar un documento de la ciudad a PDF")
    export.add_argument(
        "kind",
        choices=list(_export_kinds()),
        metavar="DOCUMENTO",
        help="uno de: " + ", ".join(_export_kinds()),
    )
    _data_dir_option(export)
    export.add_argument("-o", "--output", required=True, metavar="ARCHIVO.pdf")
    export.add_argument("--city", metavar="ID", help="la ciudad, si la carpeta tiene varias")
    export.add_argument(
        "--version",
        type=typed(int, "un número entero"),
        metavar="N",
        dest="report_version",
        help="reporte: la versión N en lugar del texto de trabajo",
    )
    export.add_argument(
        "--comments", action="store_true", help="reporte: agregar los comentarios de OIM como anexo"
    )
    export.add_argument(
        "--run", metavar="run.json", help="selection: la corrida de selección a exportar"
    )

    select = commands.add_parser(
        "select", help="seleccionar las ciudades (sección 3 de la guía) desde un CSV"
    )
    select.add_argument("--candidates", required=True, metavar="ARCHIVO.csv")
    select.add_argument("--out", required=True, metavar="CARPETA", help="carpeta de resultados")
    select.add_argument(
        "--regions", metavar="ARCHIVO.csv", help="porcentaje de nacidos en el extranjero por región"
    )
    select.add_argument("--parameters", metavar="ARCHIVO.json", help="parámetros ajustados")
    select.add_argument("--decisions", metavar="ARCHIVO.csv", help="decisiones de OIM y DNM")
    select.add_argument("--title", metavar="TEXTO", help="nombre de la convocatoria")

    login = commands.add_parser("login", help="conectar este equipo con el servidor de OIM")
    _data_dir_option(login)
    login.add_argument("server", metavar="URL", help="dirección del servidor (https://…)")
    login.add_argument("username", metavar="USUARIO")
    login.add_argument(
        "--password-stdin", action="store_true", help="leer la contraseña de la entrada estándar"
    )
    login.add_argument("--ca-bundle", metavar="ARCHIVO", help="certificados de confianza propios")
    login.add_argument(
        "--insecure-token-file",
        action="store_true",
        help="sin llavero del sistema: guardar la sesión en un archivo sin cifrar (0600)",
    )

    campaigns = commands.add_parser(
        "campaigns", help="las convocatorias de la OIM que reciben inscripciones hoy"
    )
    _data_dir_option(campaigns)
    campaigns.add_argument("server", metavar="URL", help="dirección del servidor (https://…)")
    campaigns.add_argument("--ca-bundle", metavar="ARCHIVO", help="certificados de confianza")

    apply = commands.add_parser(
        "apply",
        help="enviar la inscripción a una convocatoria y pedir la cuenta de la ciudad "
        "(o, con --status, ver cómo sigue)",
    )
    _data_dir_option(apply)
    apply.add_argument("server", metavar="URL", nargs="?", help="dirección del servidor")
    apply.add_argument("--status", action="store_true", help="el estado de la solicitud enviada")
    apply.add_argument("--campaign", metavar="ID", help="la convocatoria (migradesk campaigns)")
    apply.add_argument("--username", metavar="USUARIO", help="el usuario que pide")
    apply.add_argument("--contact-name", metavar="NOMBRE", help="quién pide el acceso")
    apply.add_argument("--contact-email", metavar="CORREO")
    apply.add_argument("--contact-post", metavar="CARGO", default="")
    apply.add_argument("--contact-phone", metavar="TELÉFONO", default="")
    apply.add_argument("--city", metavar="ID", help="la ciudad, si la carpeta tiene varias")
    apply.add_argument(
        "--password-stdin", action="store_true", help="leer la contraseña de la entrada estándar"
    )
    apply.add_argument("--ca-bundle", metavar="ARCHIVO", help="certificados de confianza")

    sync = commands.add_parser("sync", help="enviar los cambios y recibir los de OIM")
    _data_dir_option(sync)

    status = commands.add_parser(
        "status", help="dónde está la ciudad y qué sigue (para la mesa de ayuda)"
    )
    _data_dir_option(status)
    status.add_argument("--city", metavar="ID", help="la ciudad, si la carpeta tiene varias")

    shots = commands.add_parser(
        "screenshots", help="guardar una imagen de cada página en OUT/<página>.png y salir"
    )
    _data_dir_option(shots)
    shots.add_argument("--out", required=True, metavar="OUT", help="carpeta de las imágenes")
    shots.add_argument(
        "--workspace-demo",
        action="store_true",
        help="el espacio de trabajo de OIM sobre un servidor de demostración en este equipo "
        "(necesita el servidor: pip install -e '.[server]')",
    )
    shots.add_argument(
        "--scale",
        type=typed(_scale, "una escala entre 1 y 3, por ejemplo 1.25"),
        default=1.0,
        metavar="ESCALA",
        help="escala de la pantalla, como la de Windows (1.25 = 125 %%; por defecto 1)",
    )
    shots.add_argument(
        "--lang",
        dest="shots_lang",
        choices=LANGUAGES,
        default="es",
        help="idioma de las imágenes: es (por defecto) o en",
    )

    backup = commands.add_parser(
        "backup", help="hacer una copia de seguridad de los datos (en la carpeta «copias»)"
    )
    _data_dir_option(backup)
    backup.add_argument(
        "-o", "--output", metavar="ARCHIVO", help="guardar la copia en otro lugar (un pendrive)"
    )

    restore = commands.add_parser(
        "restore", help="restaurar una copia (sin ARCHIVO: lista las copias disponibles)"
    )
    _data_dir_option(restore)
    restore.add_argument(
        "source",
        nargs="?",
        metavar="ARCHIVO",
        help="la copia a restaurar: un archivo, o su número en la lista",
    )
    return parser


def cmd_demo(data_dir: Path) -> int:
    from migradesk.demo import write_demo

    city_id = write_demo(data_dir)
    print(f"Ciudad de demostración escrita en {data_dir} (id {city_id}).")
    return 0


def cmd_backup(data_dir: Path, output: str | None) -> int:
    from migradesk.backup_command import backup

    made = backup(data_dir, Path(output) if output else None)
    print(f"Copia de seguridad guardada en {made}")
    return 0


def cmd_restore(data_dir: Path, source: str | None) -> int:
    from migradesk import backup_command
    from migradesk.storage import backups
    from migradesk.storage.errors import StorageError, StorageProblem

    found = backups.listing(data_dir)
    if source is None:
        if not found:
            print(f"No hay copias de seguridad en {backups.folder(data_dir)}.")
            return 0
        print(f"Copias en {backups.folder(data_dir)} (la más reciente primero):")
        for n, copy in enumerate(found, 1):
            print(f"{n:3}. {backup_command.describe(copy)}")
        print("Para restaurar una: migradesk restore NÚMERO (o la ruta de un archivo).")
        return 0
    if source.isdigit() and not Path(source).exists():
        number = int(source)
        if not 1 <= number <= len(found):
            raise StorageError(
                f"No hay una copia número {number}: vea la lista con «migradesk restore»."
            )
        chosen = found[number - 1].path
    else:
        chosen = Path(source)
    preview = backup_command.preview(data_dir, chosen)
    from migradesk.ui.single_instance import without_the_app  # (Qt's lock file)

    with without_the_app(data_dir) as free:
        if not free:
            raise StorageError(
                "MigraDesk está abierto con esta carpeta de datos: ciérrelo y vuelva a "
                "restaurar (o use Archivo ▸ Restaurar una copia…). No se cambió nada.",
                StorageProblem.LOCKED,
            )
        done = backup_command.restore(data_dir, chosen)
    print(f"Copia restaurada: {chosen}")
    for line in backup_command.consequences(preview):
        print(line)
    if done.set_aside is not None:
        print(f"El archivo anterior quedó en {done.set_aside}")
    return 0


def _export_kinds() -> tuple[str, ...]:
    return (
        "self-assessment",
        "report",
        "action-plan",
        "monitoring",
        "letter-of-intent",
        "confirmation-note",
        "focal-point-change",
        "dossier",
        "selection",
    )


def cmd_export(data_dir: Path, args: argparse.Namespace) -> int:
    from migradesk.pdf.export import export

    if args.kind == "selection":
        from migradesk.selection_command import SelectionFileError, export_run

        if not args.run:
            raise SelectionFileError("Indique la corrida a exportar: --run CARPETA/run.json.")
        print(f"Escrito: {export_run(Path(args.run), Path(args.output))}")
        return 0

    out = export(
        args.kind,
        data_dir,
        Path(args.output),
        city_id=args.city,
        report_version=args.report_version,
        with_comments=args.comments,
    )
    print(f"PDF escrito: {out}")
    return 0


def cmd_select(args: argparse.Namespace) -> int:
    from migradesk.selection_command import DEFAULT_TITLE, select_files, summary

    run, written = select_files(
        Path(args.candidates),
        Path(args.out),
        regions=Path(args.regions) if args.regions else None,
        parameters=Path(args.parameters) if args.parameters else None,
        decisions=Path(args.decisions) if args.decisions else None,
        title=args.title or DEFAULT_TITLE,
    )
    for line in summary(run):
        print(line)
    print("Escrito: " + ", ".join(str(path) for path in written))
    return 0


def cmd_login(data_dir: Path, args: argparse.Namespace) -> int:
    import getpass

    from migradesk.sync.commands import login
    from migradesk.sync.transport import check_server_url

    check_server_url(args.server)  # a wrong address is said before asking for the password
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("Contraseña: ")
    print(f"Conectando con {args.server}…", file=sys.stderr, flush=True)
    account = login(
        data_dir,
        args.server,
        args.username,
        password,
        ca_bundle=args.ca_bundle,
        allow_insecure_file=args.insecure_token_file,
    )
    from migradesk.domain.base import role_name

    print(f"Sesión iniciada como {account.username} ({role_name(account.role)}).")
    return 0


@contextmanager
def _ctrl_c_cancels(cancel: Cancel) -> Iterator[None]:
    """The first Ctrl+C cancels cleanly (the exchange in flight is aborted, the lock released,
    the outbox kept); a second one interrupts at once."""

    def handler(_signum: int, _frame: object) -> None:
        if cancel.cancelled:
            raise KeyboardInterrupt
        print("Cancelando la sincronización…", file=sys.stderr, flush=True)
        cancel.cancel()

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def cmd_campaigns(data_dir: Path, args: argparse.Namespace) -> int:
    from migradesk.sync.access import open_campaigns

    found = open_campaigns(data_dir, args.server, ca_bundle=args.ca_bundle)
    if not found:
        print("No hay convocatorias abiertas hoy.")
    for campaign in found:
        print(f"{campaign.id}  {campaign.name} (hasta el {campaign.deadline:%d/%m/%Y})")
    return 0


def cmd_apply(data_dir: Path, args: argparse.Namespace) -> int:
    import getpass

    from migradesk.sync import access
    from migradesk.wire.access_protocol import RequestState

    if args.status:
        ticket, status = access.request_status(data_dir)
        print(f"Solicitud de acceso de {status.city_name}: {status.state_label}.")
        if status.reason:
            print(f"Motivo: {status.reason}")
        if status.state is RequestState.APPROVED:
            print(f"Inicie sesión: migradesk login {ticket.server_url} {ticket.username}")
        return 0
    missing = [
        option
        for option, value in (
            ("URL", args.server),
            ("--campaign", args.campaign),
            ("--username", args.username),
            ("--contact-name", args.contact_name),
            ("--contact-email", args.contact_email),
        )
        if not value
    ]
    if missing:
        raise access.AccessError("Faltan datos de la solicitud: " + ", ".join(missing) + ".")
    campaigns = {c.id: c for c in access.open_campaigns(data_dir, args.server)}
    if args.campaign not in campaigns:
        raise access.AccessError(
            f"La convocatoria «{args.campaign}» no recibe inscripciones hoy "
            "(vea «migradesk campaigns URL»)."
        )
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("Contraseña que pide: ")
        if getpass.getpass("Repítala: ") != password:
            raise access.AccessError("Las contraseñas no coinciden.")
    from pydantic import ValidationError

    from migradesk.wire.access_protocol import Contact

    try:
        contact = Contact(
            name=args.contact_name,
            email=args.contact_email,
            post=args.contact_post,
            phone=args.contact_phone,
        )
    except ValidationError:
        raise access.AccessError("Revise el nombre y el correo de contacto.") from None
    ticket = access.request_access(
        data_dir,
        args.server,
        campaigns[args.campaign],
        args.username,
        password,
        contact,
        city_id=args.city,
        ca_bundle=args.ca_bundle,
    )
    print(
        f"Solicitud enviada a la convocatoria «{ticket.campaign_name}». La OIM la revisará; "
        "vea cómo sigue con «migradesk apply --status»."
    )
    return 0


def cmd_sync(data_dir: Path) -> int:
    from migradesk.sync.backoff import Backoff
    from migradesk.sync.cancel import Cancel
    from migradesk.sync.commands import sync
    from migradesk.sync.errors import ErrorKind

    cancel = Cancel()
    with _ctrl_c_cancels(cancel):
        # Someone is at the terminal: short waits, and a server asking for a long one is said.
        report = sync(data_dir, backoff=Backoff.interactive(), cancel=cancel)
    waiting = f"Cambios por enviar: {report.pending_after}."
    if report.error_kind is ErrorKind.CANCELLED:
        return _fail(f"{report.error} {waiting}", EXIT_INTERRUPTED)
    if not report.ok:
        return _fail(f"la sincronización no terminó: {report.error} {waiting}", 1)
    print(
        f"Sincronizado: {report.pushed} enviados, {report.pulled} recibidos, "
        f"{report.conflicts} en conflicto, {report.rejected} rechazados; "
        f"{report.pending_after} por enviar."
    )
    if report.other_city:
        print(
            f"Atención: {report.other_city} registros recibidos llevan el identificador de un "
            "registro de otra de sus ciudades. Se guardaron solo en su ciudad; la otra no "
            "cambió. Avise a OIM para que los revise."
        )
    return 0


def cmd_screenshots(
    data_dir: Path, out: Path, scale: float, language: str, workspace_demo: bool = False
) -> int:
    from migradesk.ui.screenshots import render_all

    if workspace_demo:
        import importlib.util

        from migradesk.domain.base import DomainError

        if importlib.util.find_spec("fastapi") is None:
            raise DomainError(
                "--workspace-demo necesita el servidor de MigraDesk: pip install -e '.[server]'."
            )
    for path in render_all(
        data_dir, out, scale=scale, language=language, workspace_demo=workspace_demo
    ):
        print(path)
    return 0


def cmd_gui(data_dir: Path, demo: bool, explicit: bool, language: str | None = None) -> int:
    """The desktop app. ``explicit``: the data dir was given (--data-dir, MIGRADESK_DATA_DIR);
    otherwise a folder chosen in the app after an error at start is used, if any. ``language``:
    this run's (--lang)."""
    from migradesk.ui import settings, single_instance

    if not explicit and settings.DATA_FOLDER.get():
        data_dir = Path(settings.DATA_FOLDER.get())
    instance = single_instance.claim(data_dir)  # one app per data dir: before anything writes
    if instance is None:  # the app already running there was brought to the front
        return 0
    from migradesk.ui.app import run_app

    return int(run_app(data_dir, instance, demo=demo, language=language))


def main(argv: Sequence[str] | None = None) -> int:
    logs.silence_terminal()
    args = build_parser().parse_args(argv)
    data_dir = paths.data_dir(args.data_dir)
    if args.command == "demo" and not args.data_dir:
        data_dir = paths.demo_dir(data_dir)  # the demo never goes into the user's own data
    if args.command not in (None, "select"):  # (the desktop sets its log up once it shows)
        logs.setup(data_dir, create=False)
    try:
        return _run(args, data_dir)
    except KeyboardInterrupt:
        return _fail("interrumpido; lo ya guardado está a salvo.", EXIT_INTERRUPTED)
    except OSError as exc:
        log.warning("%s: %s", args.command, exc)
        return _fail(oserrors.message(exc))
    except Exception as exc:
        if isinstance(exc, KnownError):
            return _fail(exc.user_message)
        log.exception("unexpected error in migradesk %s", args.command or "(app)")
        where = logs.current() or logs.setup(data_dir) or "(no se pudo escribir el registro)"
        return _fail(
            f"error inesperado; los detalles quedaron en {where}. Envíe ese archivo a OIM.",
            EXIT_UNEXPECTED,
        )


def _fail(message: str, status: int = EXIT_ERROR) -> int:
    print(f"migradesk: {' '.join(message.split())}", file=sys.stderr)
    return status


# Commands that would sign in, ask a server or write an account: never on the demo's folder.
SYNCING = ("login", "sync", "campaigns", "apply")


def _run(args: argparse.Namespace, data_dir: Path) -> int:
    if args.command in SYNCING:  # said before a password is asked or anything is read
        from migradesk.sync.demo_guard import refuse_demo

        refuse_demo(data_dir)
    if args.command == "demo":
        return cmd_demo(data_dir)
    if args.command == "backup":
        return cmd_backup(data_dir, args.output)
    if args.command == "restore":
        return cmd_restore(data_dir, args.source)
    if args.command == "export":
        return cmd_export(data_dir, args)
    if args.command == "select":
        return cmd_select(args)
    if args.command == "login":
        return cmd_login(data_dir, args)
    if args.command == "sync":
        return cmd_sync(data_dir)
    if args.command == "campaigns":
        return cmd_campaigns(data_dir, args)
    if args.command == "apply":
        return cmd_apply(data_dir, args)
    if args.command == "status":
        from migradesk.status import status

        print(status(data_dir, args.city))
        return 0
    if args.command == "screenshots":
        return cmd_screenshots(
            data_dir, Path(args.out), args.scale, args.shots_lang, args.workspace_demo
        )
    explicit = bool(args.data_dir or paths.from_environment())
    return cmd_gui(data_dir, args.demo, explicit, args.lang)


if __name__ == "__main__":
    sys.exit(main())
