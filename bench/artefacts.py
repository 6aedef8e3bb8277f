"""Size of what a user downloads: each artefact that can be built here, compressed.

    python -m bench artefacts [--no-build]      (make bundle first, unless --no-build)

Rows:
- the Linux .deb (xz), the artefact with a target: <= 60 MB;
- the Windows installer, estimated: packaging/windows/migradesk.nsi compiled by makensis (LZMA,
  solid) over the *Linux* bundle, which has the same exclusions (a Windows bundle cannot be built
  here; Windows' own is smaller: Qt uses the system's ICU there and no X11/GLib libraries come
  along);
- the bundle folder as a .tar.xz (what a macOS/portable zip compares to);
- what takes the space: the bundle's parts, each compressed alone with xz (packaging/README.md
  quotes this table).
"""

from __future__ import annotations

import argparse
import io
import lzma
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.table import Row, print_table

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "migradesk"
INTERNAL = BUNDLE / "_internal"
TARGET_MB = 60.0
MB = 1024 * 1024


def _version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _xz_size(paths: list[Path]) -> int:
    """Bytes of a .tar.xz of ``paths`` (xz preset 6, as dpkg-deb uses)."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for path in paths:
            tar.add(path, arcname=str(path.relative_to(BUNDLE)), recursive=False)
    return len(lzma.compress(buffer.getvalue(), preset=6))


# The bundle's parts, first match wins (paths relative to _internal/).
PARTS: list[tuple[str, Callable[[str], bool]]] = [
    ("Python modules, compiled (.pyc), of the app and its libraries", lambda p: p.endswith(".pyc")),
    ("Qt: ICU data and libraries (Unicode, collation)", lambda p: "/libicu" in p),
    ("Qt: Core, Gui, Widgets, Network, Svg, DBus, XcbQpa", lambda p: "PySide6/Qt/lib/" in p),
    (
        "Qt: plugins and translations",
        lambda p: p.startswith(("PySide6/Qt/plugins", "PySide6/Qt/tr")),
    ),
    (
        "PySide6/shiboken6 bindings",
        lambda p: p.startswith(("PySide6/", "shiboken6/", "libpyside", "libshiboken")),
    ),
    (
        "Python runtime (libpython, stdlib extensions)",
        lambda p: p.startswith(("libpython", "python3", "base_library")),
    ),
    ("cryptography (keyring's Secret Service on Linux)", lambda p: p.startswith("cryptography")),
    ("pydantic-core", lambda p: p.startswith("pydantic_core")),
    ("Pillow (reportlab's images)", lambda p: p.startswith(("PIL", "pillow"))),
    (
        "SQLAlchemy, MarkupSafe, charset-normalizer (C speedups)",
        lambda p: p.startswith(("sqlalchemy", "markupsafe", "charset_normalizer")),
    ),
    (
        "MigraDesk resources (fonts, register, icons) and migrations",
        lambda p: p.startswith("migradesk/"),
    ),
    ("system libraries (X11/xcb, GLib, fontconfig, OpenSSL, krb5…)", lambda p: p.startswith("lib")),
    ("other", lambda p: True),
]


def breakdown() -> list[Row]:
    groups: dict[str, list[Path]] = {name: [] for name, _ in PARTS}
    groups["other"].append(BUNDLE / "migradesk")  # PyInstaller's bootloader
    for path in _files(INTERNAL):
        relative = path.relative_to(INTERNAL).as_posix()
        name = next(name for name, matches in PARTS if matches(relative))
        groups[name].append(path)
    rows = []
    for name, paths in groups.items():
        if paths:
            raw = sum(p.stat().st_size for p in paths) / MB
            rows.append(
                Row(f"bundle part: {name} ({raw:.1f} MB raw)", _xz_size(paths) / MB, "MB xz")
            )
    return sorted(rows, key=lambda r: -r.value)


def nsis_estimate(work: Path) -> float | None:
    makensis = shutil.which("makensis")
    if makensis is None:
        return None
    out = work / "installer.exe"
    subprocess.run(
        [
            makensis,
            "-V1",
            f"-DVERSION={_version()}",
            f"-DBUNDLE={BUNDLE}",
            f"-DOUTFILE={out}",
            str(ROOT / "packaging" / "windows" / "migradesk.nsi"),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return out.stat().st_size / MB


def run(build: bool = True) -> list[Row]:
    if build:
        subprocess.run(["make", "bundle"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    deb = DIST / f"migradesk_{_version()}_amd64.deb"
    if not deb.is_file():
        raise SystemExit(f"{deb.name} is missing: run `make bundle` (or drop --no-build)")
    size = deb.stat().st_size / MB
    rows = [
        Row(f"artefact: {deb.name}", size, "MB", f"<= {TARGET_MB:g} MB", size <= TARGET_MB),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        estimate = nsis_estimate(Path(tmp))
    if estimate is not None:
        rows.append(
            Row("artefact: Windows installer, estimated over the Linux bundle", estimate, "MB")
        )
    bundle_raw = sum(p.stat().st_size for p in _files(BUNDLE)) / MB
    rows.append(
        Row(
            f"bundle folder dist/migradesk ({bundle_raw:.0f} MB raw) as .tar.xz",
            _xz_size(_files(BUNDLE)) / MB,
            "MB",
        )
    )
    rows.extend(breakdown())
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="measure what dist/ holds")
    args = parser.parse_args()
    print_table(run(build=not args.no_build))
    return 0


if __name__ == "__main__":
    sys.exit(main())
