"""When Qt cannot start its platform plugin: what is missing, in Spanish, and how to fix it.

Qt's own answer is a fatal "Could not load the Qt platform plugin "xcb"" and an abort (a core
dump), often blaming the wrong library. ``ui/app.py`` catches that fatal message and calls
``explain``: this module finds the system libraries the plugin cannot load (``ldd``), names the
Debian/Ubuntu packages that hold them, writes the explanation to stderr and, when a desktop is
there, shows it with a desktop tool that does not need Qt (zenity, kdialog, xmessage or
notify-send). No Qt here: it runs while Qt is failing.

``python -m migradesk.qt_platform packages`` prints the packages missing for the plugins Qt
would try on this machine (``make run`` installs them as root with apt, or names them).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

# Exit status of the app when it cannot open its window (not a crash: nothing was touched).
EXIT_NO_DISPLAY = 3

# The libraries Qt's Linux platform plugins (xcb, wayland) and QtGui need, by the Debian
# package that ships each one (the plugin's NEEDED entries, Debian 12 / Ubuntu names).
PACKAGES: Mapping[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}

DIALOG_TITLE = "MigraDesk no puede abrir su ventana"


def plugins_dir() -> Path | None:
    """Qt's platform plugins as PySide6 ships them (None when PySide6 is not found)."""
    try:
        import importlib.util

        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent / "Qt" / "plugins" / "platforms"
    return folder if folder.is_dir() else None


def candidates(environ: Mapping[str, str] | None = None) -> list[str]:
    """The platform plugins Qt tries on this machine, in order: QT_QPA_PLATFORM's list, else
    Wayland first in a Wayland session (as Qt does), and X11 (xcb)."""
    env = os.environ if environ is None else environ
    chosen = [p.split(":")[0].strip() for p in env.get("QT_QPA_PLATFORM", "").split(";")]
    chosen = [p for p in chosen if p]
    if chosen:
        return chosen
    if env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"):
        return ["wayland", "xcb"]
    return ["xcb"]


def plugin_file(plugin: str, environ: Mapping[str, str] | None = None) -> Path | None:
    """The plugin's library, where Qt looks for it (QT_QPA_PLATFORM_PLUGIN_PATH first)."""
    env = os.environ if environ is None else environ
    folders = [Path(p) for p in env.get("QT_QPA_PLATFORM_PLUGIN_PATH", "").split(os.pathsep) if p]
    shipped = plugins_dir()
    for folder in [*folders, *([shipped] if shipped else [])]:
        path = folder / f"libq{plugin}.so"
        if path.exists():
            return path
    return None


def _loaded() -> set[str]:
    """Libraries this process has loaded already (they satisfy a plugin's needs by name)."""
    try:
        maps = Path("/proc/self/maps").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return set()
    return {Path(line.split()[-1]).name for line in maps.splitlines() if "/" in line}


def missing_libraries(plugin: str, environ: Mapping[str, str] | None = None) -> list[str]:
    """System libraries the plugin (or a library it loads) cannot find, by soname: ``ldd``'s
    "not found", less what this process has loaded already (Qt's own, when Qt is running)."""
    path = plugin_file(plugin, environ)
    ldd = shutil.which("ldd")
    if path is None or ldd is None or not sys.platform.startswith("linux"):
        return []
    try:
        out = subprocess.run(
            [ldd, str(path)], capture_output=True, text=True, timeout=20, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    loaded = _loaded()
    found = re.findall(r"^\s*(\S+)\s*=>\s*not found", out, flags=re.MULTILINE)
    return [name for name in dict.fromkeys(found) if name not in loaded]


def packages_for(libraries: Sequence[str]) -> list[str]:
    """Debian packages holding ``libraries`` (those in the table)."""
    return list(dict.fromkeys(PACKAGES[name] for name in libraries if name in PACKAGES))


def missing_packages(environ: Mapping[str, str] | None = None) -> list[str]:
    """Packages to install so that one of the plugins Qt would try can load: none when one of
    them loads already (e.g. Wayland), else those of the last one tried (X11's xcb)."""
    found: list[str] = []
    for plugin in candidates(environ):
        if plugin in ("offscreen", "minimal"):
            return []
        libraries = missing_libraries(plugin, environ)
        if not libraries:
            return []
        found = packages_for(libraries)
    return found


def explanation(plugin: str, libraries: Sequence[str], environ: Mapping[str, str]) -> str:
    """The message for the user, in Spanish: what is missing and how to fix it."""
    lines = [
        f"MigraDesk no puede abrir su ventana: Qt no pudo iniciar su complemento de pantalla "
        f"«{plugin}».",
    ]
    if libraries:
        packages = packages_for(libraries)
        own = [name for name in libraries if name.startswith("libQt6")]
        lines.append("Faltan estas bibliotecas: " + ", ".join(libraries) + ".")
        if packages:
            lines += [
                "Para instalar las del sistema (Debian, Ubuntu y derivadas), en una terminal:",
                "    sudo apt-get install " + " ".join(packages),
                "(en otras distribuciones, los paquetes que contienen esas bibliotecas).",
            ]
        if own:
            lines.append(
                "Las bibliotecas libQt6… vienen con MigraDesk: reinstale MigraDesk (o, en una "
                "copia de desarrollo, vuelva a ejecutar «make run»)."
            )
        other = [n for n in libraries if n not in PACKAGES and not n.startswith("libQt6")]
        if other:
            lines.append(
                "Para " + ", ".join(other) + ": instale el paquete del sistema que la contiene."
            )
    elif plugin == "xcb" and not environ.get("DISPLAY"):
        lines += [
            "No hay una pantalla gráfica disponible (la variable DISPLAY está vacía).",
            "Abra MigraDesk desde el escritorio. Sin pantalla, use los comandos sin ventana "
            "(por ejemplo «migradesk export» o «migradesk sync»).",
        ]
    elif plugin == "wayland" and not environ.get("WAYLAND_DISPLAY"):
        lines += [
            "No hay una sesión Wayland disponible (la variable WAYLAND_DISPLAY está vacía).",
            "Pruebe con QT_QPA_PLATFORM=xcb o abra MigraDesk desde el escritorio.",
        ]
    else:
        display = environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY") or "?"
        lines += [
            f"La pantalla «{display}» no respondió o no acepta la conexión.",
            "Abra MigraDesk desde el escritorio de la sesión que está usando, o reinicie la "
            "sesión.",
        ]
    lines.append("Sus datos no se modificaron.")
    return "\n".join(lines)


def plugin_of(messages: Sequence[str], environ: Mapping[str, str]) -> str:
    """The plugin Qt's messages name as failing (else the first one it would try)."""
    for message in messages:
        found = re.search(r'platform plugin "([^"]+)"', message)
        if found:
            return found.group(1)
    return candidates(environ)[0]


def show_without_qt(text: str, environ: Mapping[str, str]) -> str | None:
    """Show ``text`` in a dialog of the desktop (not Qt's); returns the tool used, if any.
    The dialog outlives this process: the app exits at once."""
    if not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY")):
        return None
    tools: list[tuple[str, list[str]]] = [
        ("zenity", ["--error", "--no-markup", f"--title={DIALOG_TITLE}", f"--text={text}"]),
        ("kdialog", ["--title", DIALOG_TITLE, "--error", text]),
        ("xmessage", ["-center", "-title", DIALOG_TITLE, text]),
        ("notify-send", ["--urgency=critical", DIALOG_TITLE, text]),
    ]
    for name, args in tools:
        path = shutil.which(name, path=environ.get("PATH"))
        if path is None:
            continue
        try:
            subprocess.Popen(
                [path, *args],
                env=dict(environ),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        except OSError:
            continue
        return name
    return None


def explain(messages: Sequence[str], environ: Mapping[str, str] | None = None) -> str:
    """Tell the user why the window cannot open (stderr and, if possible, a desktop dialog);
    returns the text. Qt's own messages go to stderr too, after it, for a bug report."""
    env = os.environ if environ is None else environ
    plugin = plugin_of(messages, env)
    text = explanation(plugin, missing_libraries(plugin, env), env)
    sys.stderr.write(text + "\n")
    if messages:
        sys.stderr.write("\nMensajes de Qt:\n" + "\n".join(messages) + "\n")
    sys.stderr.flush()
    show_without_qt(text, env)
    return text


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["packages"]:
        print(" ".join(missing_packages()))
        return 0
    print("uso: python -m migradesk.qt_platform packages", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
