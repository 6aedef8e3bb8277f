"""The Linux .deb (packaging/linux/build_deb.py), built from the frozen bundle and unpacked.

Marked ``bundle`` (it packs dist/migradesk). Built here without compression: the layout is what
is checked; `make bundle` builds the real, xz-compressed artefact the same way.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bundlekit import ROOT, pyproject_version

pytestmark = pytest.mark.bundle


@pytest.fixture(scope="module")
def deb(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("deb")
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "linux" / "build_deb.py"),
            "--bundle",
            str(bundle),
            "--out",
            str(out),
            "--compression",
            "none",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return Path(done.stdout.strip())


def _field(deb: Path, name: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "--field", str(deb), name], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_named_and_versioned_after_pyproject(deb: Path) -> None:
    assert deb.name == f"migradesk_{pyproject_version()}_amd64.deb"
    assert _field(deb, "Package") == "migradesk"
    assert _field(deb, "Version") == pyproject_version()
    depends = _field(deb, "Depends")
    assert "libc6 (>= 2." in depends
    assert "libgl1" in depends


def test_unpacked_it_runs_and_has_its_desktop_entry_and_icons(deb: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    assert (root / "usr/bin/migradesk").readlink() == Path("/opt/migradesk/migradesk")
    done = subprocess.run(
        [str(root / "opt/migradesk/migradesk"), "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.stdout.strip() == f"MigraDesk {pyproject_version()}", done.stderr

    entry = root / "usr/share/applications/migradesk.desktop"
    text = entry.read_text(encoding="utf-8")
    assert "Exec=/usr/bin/migradesk" in text
    assert "Icon=migradesk" in text
    validate = shutil.which("desktop-file-validate")
    if validate:
        checked = subprocess.run([validate, str(entry)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr
    icons = root / "usr/share/icons/hicolor"
    assert (icons / "48x48/apps/migradesk.png").is_file()
    assert (icons / "256x256/apps/migradesk.png").is_file()
    assert (icons / "scalable/apps/migradesk.svg").is_file()
