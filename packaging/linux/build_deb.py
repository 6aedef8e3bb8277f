"""Build the Linux .deb from the frozen bundle: ``python packaging/linux/build_deb.py``.

Reads ``dist/migradesk/`` (``make bundle`` builds it first) and writes
``dist/migradesk_<version>_amd64.deb`` (the version is pyproject's), laid out as:

    /opt/migradesk/                       the bundle, as PyInstaller made it
    /usr/bin/migradesk                    a link to /opt/migradesk/migradesk
    /usr/share/applications/migradesk.desktop
    /usr/share/icons/hicolor/<n>x<n>/apps/migradesk.png, …/scalable/apps/migradesk.svg

``Depends`` lists what the bundle takes from the system: the C library (the newest GLIBC symbol
version any bundled binary needs), OpenGL/EGL (graphics drivers are never bundled), libxcb and a
font. Needs ``dpkg-deb`` (Debian, Ubuntu) and ``objdump`` (binutils).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
HERE = Path(__file__).resolve().parent
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def deb_name(ver: str) -> str:
    return f"migradesk_{ver}_amd64.deb"


def _elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def glibc_needed(folder: Path) -> str:
    """The newest ``GLIBC_x.y`` symbol version that a binary of ``folder`` imports."""
    versions: set[tuple[int, ...]] = set()
    files = _elf_files(folder)
    for start in range(0, len(files), 50):
        out = subprocess.run(
            ["objdump", "-T", *map(str, files[start : start + 50])],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for match in re.finditer(r"\(GLIBC_(\d+(?:\.\d+)+)\)", out):
            versions.add(tuple(int(p) for p in match.group(1).split(".")))
    return ".".join(map(str, max(versions)))


def control(ver: str, installed_kb: int, glibc: str) -> str:
    depends = ", ".join(
        [
            f"libc6 (>= {glibc})",
            "libgl1",
            "libegl1",
            "libxcb1",
            "fonts-dejavu-core | fonts-liberation | fonts-freefont-ttf",
        ]
    )
    return (
        "Package: migradesk\n"
        f"Version: {ver}\n"
        "Architecture: amd64\n"
        "Maintainer: MigraDesk team <migradesk@example.org>\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {depends}\n"
        # Sessions are kept in the desktop's Secret Service (keyring); without one, the app asks
        # before falling back to a file.
        "Recommends: gnome-keyring\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Homepage: https://argentina.iom.int/\n"
        "Description: MigraCiudades Argentina certification, offline, for focal points\n"
        " MigraDesk guides a city's focal point through the MigraCiudades Argentina\n"
        " certification of local migration governance (IOM - UN Migration). It keeps\n"
        " the city's file on this computer and syncs with IOM's server when online.\n"
    )


def _copy_bundle(bundle: Path, target: Path) -> None:
    shutil.copytree(bundle, target, symlinks=True)
    for path in [target, *target.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        executable = path.is_dir() or mode & 0o111
        path.chmod(0o755 if executable else 0o644)


def build(bundle: Path, out_dir: Path, compression: str = "xz") -> Path:
    ver = version()
    if not (bundle / "migradesk").is_file():
        raise SystemExit(f"no bundle at {bundle}: run `make bundle` first")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "root"
        _copy_bundle(bundle, root / "opt" / "migradesk")
        (root / "usr" / "bin").mkdir(parents=True)
        (root / "usr" / "bin" / "migradesk").symlink_to("/opt/migradesk/migradesk")
        apps = root / "usr" / "share" / "applications"
        apps.mkdir(parents=True)
        shutil.copy(HERE / "migradesk.desktop", apps / "migradesk.desktop")
        icons = ROOT / "resources" / "icons"
        hicolor = root / "usr" / "share" / "icons" / "hicolor"
        for size in ICON_SIZES:
            folder = hicolor / f"{size}x{size}" / "apps"
            folder.mkdir(parents=True)
            shutil.copy(icons / f"migradesk-{size}.png", folder / "migradesk.png")
        (hicolor / "scalable" / "apps").mkdir(parents=True)
        shutil.copy(icons / "migradesk.svg", hicolor / "scalable" / "apps" / "migradesk.svg")
        for path in [*apps.iterdir(), *hicolor.rglob("*.*")]:
            path.chmod(0o644)
        for folder in [root / "usr", *(root / "usr").rglob("*")]:
            if folder.is_dir():
                folder.chmod(0o755)
        installed_kb = sum(p.lstat().st_size for p in root.rglob("*")) // 1024
        debian = root / "DEBIAN"
        debian.mkdir(mode=0o755)
        (debian / "control").write_text(
            control(ver, installed_kb, glibc_needed(root / "opt")), encoding="utf-8"
        )
        out_dir.mkdir(parents=True, exist_ok=True)
        deb = out_dir / deb_name(ver)
        env = {**os.environ, "SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH", "0")}
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(root), str(deb)],
            check=True,
            stdout=subprocess.DEVNULL,
            env=env,
        )
    return deb


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "migradesk")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument(
        "--compression",
        choices=("xz", "gzip", "none"),
        default="xz",
        help="xz for the artefact (smallest); none for a quick layout check (the tests)",
    )
    args = parser.parse_args()
    print(build(args.bundle, args.out, args.compression))
    return 0


if __name__ == "__main__":
    sys.exit(main())
