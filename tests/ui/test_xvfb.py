"""The installed ``migradesk`` on a real X server (Xvfb), driven with real input events (xdotool):
typed Spanish text survives a SIGKILL, and a second launch brings the first window forward
instead of opening another one. Skipped only where Xvfb or xdotool are missing (``make test``
installs both)."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from migradesk.domain.city import City, Region
from migradesk.storage import Store
from migradesk.storage.store import DATABASE_NAME

from .processes import WAIT_S, stop, wait_for

pytestmark = pytest.mark.skipif(
    shutil.which("Xvfb") is None or shutil.which("xdotool") is None,
    reason="needs Xvfb and xdotool (make test installs them)",
)

CITY = City(
    id="11111111-1111-4111-8111-111111111111",
    city_id="11111111-1111-4111-8111-111111111111",
    name="Humahuaca",
    province="Jujuy",
    region=Region.NOROESTE,
)
# Typed key by key as a user would: accents, ñ and Ñ, ¿ ¡, ü, ç, a dash, upper-case accents.
TYPED = "Añatuya — Ñandú ¿Qué pasó? ¡Sí! Único: güiro, ç, ÁÉÍÓÚ"
MIGRADESK = Path(sys.executable).with_name("migradesk")  # the installed command


def _keysym(ch: str) -> int:
    """X's keysym of a character: Latin-1 is its code point, the rest Unicode + 0x01000000."""
    return ord(ch) if 0x20 <= ord(ch) <= 0xFF else 0x01000000 + ord(ch)


def spanish_keyboard(display: str, text: str) -> None:
    """Give each character of ``text`` the keyboard lacks (ñ, á, ¿, —…) a key of its own,
    lower and upper case on one key, as a Spanish keyboard has them; xdotool then types them
    as plain key presses (with Shift for Ñ). Left to xdotool, each would be mapped just before
    its key press, and Qt may read the key before the new map: a lost character."""
    x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XDisplayKeycodes.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
    x11.XGetKeyboardMapping.restype = ctypes.POINTER(ctypes.c_ulong)
    x11.XGetKeyboardMapping.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ubyte,
        ctypes.c_int,
        ctypes.POINTER(ctypes.c_int),
    ]
    x11.XChangeKeyboardMapping.argtypes = [
        ctypes.c_void_p,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.c_int,
    ]
    x11.XFree.argtypes = [ctypes.c_void_p]
    x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    dpy = x11.XOpenDisplay(display.encode())
    assert dpy, f"cannot open {display}"
    low, high = ctypes.c_int(), ctypes.c_int()
    x11.XDisplayKeycodes(dpy, ctypes.byref(low), ctypes.byref(high))
    count, per = high.value - low.value + 1, ctypes.c_int()
    table = x11.XGetKeyboardMapping(dpy, low.value, count, ctypes.byref(per))
    width = per.value
    # On a key's first two levels (what a plain or shifted press gives); the others need
    # modifiers xdotool may not press.
    present = {table[k * width + j] for k in range(count) for j in range(min(width, 2))}
    free = [
        low.value + k for k in range(count) if not any(table[k * width + j] for j in range(width))
    ]
    x11.XFree(table)
    wanted = [ch for ch in dict.fromkeys(text.lower()) if _keysym(ch) not in present]
    assert len(wanted) <= len(free), "not enough free keys"
    for ch, keycode in zip(wanted, free, strict=False):
        pair = (ctypes.c_ulong * 2)(_keysym(ch), _keysym(ch.upper()))
        x11.XChangeKeyboardMapping(dpy, keycode, 2, pair, 1)
    x11.XSync(dpy, 0)
    x11.XCloseDisplay(dpy)


@pytest.fixture
def display() -> Iterator[str]:
    """An X server of this test's own, on a display number far from the usual ones (another
    test or engineer may run an Xvfb on :0 or :99 at the same time)."""
    rng = random.Random(os.getpid())
    for _ in range(20):
        number = rng.randrange(300, 900)
        if Path(f"/tmp/.X{number}-lock").exists():
            continue
        server = subprocess.Popen(
            # -noreset: no reset when the last client leaves (which would drop the keyboard
            # map set below and refuse connections for a moment)
            ["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp", "-noreset"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        socket = Path(f"/tmp/.X11-unix/X{number}")
        wait_for(lambda s=server, p=socket: s.poll() is not None or p.exists(), "Xvfb to start")
        if server.poll() is not None:
            continue  # taken meanwhile: another number
        try:
            spanish_keyboard(f":{number}", TYPED)  # before any app reads the keyboard's map
            yield f":{number}"
        finally:
            server.terminate()
            server.wait(timeout=20)
        return
    raise AssertionError("no free display for Xvfb")


class Desktop:
    """The X session of a test: launches ``migradesk`` and sends it real input."""

    def __init__(self, display: str, tmp_path: Path) -> None:
        self.data_dir = tmp_path / "data"
        clean = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND"))}
        self.env = {**clean, "DISPLAY": display, "XDG_CONFIG_HOME": str(tmp_path / "config")}
        self.started: list[subprocess.Popen[bytes]] = []
        self.log = tmp_path / "migradesk.out"  # what the apps printed, shown when a wait fails

    def launch(self) -> subprocess.Popen[bytes]:
        with self.log.open("ab") as log:
            process = subprocess.Popen(
                [str(MIGRADESK), "--data-dir", str(self.data_dir)],
                env=self.env,
                stdout=log,
                stderr=log,
            )
        self.started.append(process)
        return process

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=WAIT_S
        )
        return done.stdout.strip()

    def windows(self) -> list[str]:
        """Visible top-level windows of MigraDesk."""
        return self.xdotool("search", "--onlyvisible", "--name", "MigraDesk").split()

    def top_window(self) -> str:
        """The visible top-level window on top of the others (the X server's stacking order,
        bottom to top, is the order xdotool finds them in)."""
        found = self.xdotool("search", "--onlyvisible", "--name", "MigraDesk|Otra aplicación")
        return found.split()[-1] if found else ""

    def title(self, window: str) -> str:
        return self.xdotool("getwindowname", window)

    def window_showing(self, text: str) -> str:
        found: list[str] = []

        def shown() -> bool:
            found[:] = [w for w in self.windows() if text in self.title(w)]
            return bool(found)

        wait_for(
            shown,
            f"a MigraDesk window showing {text!r}",
            explain=lambda: (
                f"windows {[self.title(w) for w in self.windows()]}, "
                f"exit codes {[p.poll() for p in self.started]}, output {self.printed()!r}"
            ),
        )
        return found[0]

    def printed(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""

    def type(self, text: str) -> None:
        """Real key presses, one per character, on a Spanish keyboard (``spanish_keyboard``):
        each named by its keysym, an upper-case letter as Shift + its key."""
        self.xdotool("key", "--delay", "40", *key_names(text))

    def stop(self) -> None:
        stop(self.started)


def key_names(text: str) -> list[str]:
    """xdotool's names of the keys that type ``text`` ("ntilde", "shift+ntilde", "U2014"…)."""
    x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    x11.XKeysymToString.restype = ctypes.c_char_p
    x11.XKeysymToString.argtypes = [ctypes.c_ulong]
    names = []
    for ch in text:
        shifted = ch.isupper() and not ch.isascii()
        name = x11.XKeysymToString(_keysym(ch.lower() if shifted else ch)).decode()
        names.append(f"shift+{name}" if shifted else name)
    return names


@pytest.fixture
def desktop(display: str, tmp_path: Path) -> Iterator[Desktop]:
    session = Desktop(display, tmp_path)
    with Store.open(session.data_dir) as store:
        store.save(CITY)
    yield session
    session.stop()


def stored_name(data_dir: Path) -> str:
    path = data_dir / DATABASE_NAME
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return str(conn.execute("SELECT name FROM city").fetchone()[0])


def test_typed_spanish_text_survives_a_kill(desktop: Desktop) -> None:
    first = desktop.launch()
    window = desktop.window_showing("Humahuaca")
    desktop.xdotool("windowfocus", "--sync", window)
    desktop.xdotool("key", "Down")  # the steps have the focus: Inscripción
    desktop.window_showing("Inscripción")
    # Tab: the page's scrolling column; Tab: its first field, the city's name (all selected).
    desktop.xdotool("key", "Tab", "Tab")
    desktop.type(TYPED)

    # Autosaved after the pause: then the power goes.
    wait_for(
        lambda: stored_name(desktop.data_dir) == TYPED,
        "the typed name to be saved",
        explain=lambda: f"stored: {stored_name(desktop.data_dir)!r}",
    )
    first.send_signal(signal.SIGKILL)
    first.wait()

    again = desktop.launch()  # the killed app's lock is stale: this one starts
    window = desktop.window_showing(TYPED)  # every character, in the window's title
    assert again.poll() is None
    assert stored_name(desktop.data_dir) == TYPED
    with contextlib.closing(sqlite3.connect(desktop.data_dir / DATABASE_NAME)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


OTHER_APP = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("Otra aplicación")
label.setWindowTitle("Otra aplicación")
label.resize(900, 700)
label.show()
app.exec()
"""


def test_a_second_launch_raises_the_first_window(desktop: Desktop) -> None:
    first = desktop.launch()
    window = desktop.window_showing("Humahuaca")
    # Another application's window over it.
    other = subprocess.Popen([sys.executable, "-c", OTHER_APP], env=desktop.env)
    desktop.started.append(other)
    wait_for(lambda: desktop.top_window() not in ("", window), "the other window on top")
    other_window = desktop.top_window()
    assert desktop.title(other_window) == "Otra aplicación"

    second = subprocess.run(
        [str(MIGRADESK), "--data-dir", str(desktop.data_dir)],
        env=desktop.env,
        capture_output=True,
        text=True,
        timeout=WAIT_S,
    )
    assert second.returncode == 0, second.stderr
    assert "ya está abierto" in second.stderr
    wait_for(lambda: desktop.top_window() == window, "the MigraDesk window on top")
    assert desktop.windows() == [window]  # no second window
    assert first.poll() is None
