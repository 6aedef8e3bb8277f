"""The Windows installer script (packaging/windows/migradesk.nsi), compiled here with makensis
against a small stand-in of the Windows bundle (a Windows bundle cannot be built on Linux; CI's
Windows runner installs, upgrades and uninstalls the real one: .github/workflows/installers.yml).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from bundlekit import ROOT, pyproject_version

from migradesk import paths

SCRIPT = ROOT / "packaging" / "windows" / "migradesk.nsi"
MAKENSIS = shutil.which("makensis")
SEVEN_ZIP = shutil.which("7z")


def _section(name: str) -> str:
    text = SCRIPT.read_text(encoding="utf-8")
    match = re.search(rf'^Section "{re.escape(name)}".*?^SectionEnd', text, re.M | re.S)
    assert match, name
    return match.group(0)


@pytest.fixture(scope="module")
def installer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if MAKENSIS is None:
        pytest.skip("makensis (apt: nsis) is not installed")
    work = tmp_path_factory.mktemp("nsis")
    stand_in = work / "migradesk"
    (stand_in / "_internal" / "PySide6").mkdir(parents=True)
    (stand_in / "migradesk.exe").write_bytes(b"MZ stand-in for PyInstaller's migradesk.exe")
    (stand_in / "_internal" / "base_library.zip").write_bytes(b"stand-in")
    (stand_in / "_internal" / "PySide6" / "Qt6Core.dll").write_bytes(b"stand-in")
    out = work / f"MigraDesk-{pyproject_version()}-instalador.exe"
    done = subprocess.run(
        [
            MAKENSIS,
            "-WX",  # a warning fails the build
            "-V2",
            f"-DVERSION={pyproject_version()}",
            f"-DBUNDLE={stand_in}",
            f"-DOUTFILE={out}",
            str(SCRIPT),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return out


def test_it_compiles_into_a_windows_program(installer: Path) -> None:
    assert installer.read_bytes()[:2] == b"MZ"


@pytest.mark.skipif(SEVEN_ZIP is None, reason="7z (apt: p7zip-full) is not installed")
def test_it_carries_the_bundle_and_an_uninstaller(installer: Path) -> None:
    assert SEVEN_ZIP is not None
    listing = subprocess.run(
        [SEVEN_ZIP, "l", str(installer)], capture_output=True, text=True, check=True
    ).stdout
    for name in ("migradesk.exe", "_internal/base_library.zip", "_internal/PySide6/Qt6Core.dll"):
        assert name in listing, name
    assert "desinstalar.exe" in listing
    assert "NSIS-3 Unicode" in listing


def test_per_user_without_administrator_rights() -> None:
    text = SCRIPT.read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in text
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP}"' in text
    assert "HKLM" not in text and "$PROGRAMFILES" not in text  # both need an administrator
    assert "SetShellVarContext all" not in text
    assert '!insertmacro MUI_LANGUAGE "Spanish"' in text
    assert 'CreateShortCut "$SMPROGRAMS\\${APP}.lnk"' in _section("${APP}")


def test_uninstall_and_upgrade_remove_the_program_and_keep_the_data() -> None:
    text = SCRIPT.read_text(encoding="utf-8")
    # The data folder the script names is the one the app uses on Windows (platformdirs:
    # %LOCALAPPDATA%\<author>\<app>), outside the install folder.
    assert f'!define DATA_DIR "$LOCALAPPDATA\\{paths.APP_AUTHOR}\\{paths.APP_NAME}"' in text
    macro = re.search(r"!macro RemoveProgramFiles(.*?)!macroend", text, re.S)
    assert macro
    removed = [line.strip() for line in macro.group(1).strip().splitlines()]
    assert removed == [
        'RMDir /r "$INSTDIR\\_internal"',
        'Delete "$INSTDIR\\${EXE}"',
        'Delete "$INSTDIR\\desinstalar.exe"',
        'Delete "$SMPROGRAMS\\${APP}.lnk"',
        'Delete "$DESKTOP\\${APP}.lnk"',
    ]
    uninstall = _section("Uninstall")
    install = _section("${APP}")
    for section in (install, uninstall):
        deletes = [line for line in section.splitlines() if re.match(r"\s*(RMDir|Delete)\b", line)]
        assert all("/r" not in line for line in deletes), deletes  # only the macro recurses
        assert "DATA_DIR" not in "".join(deletes)
    assert 'RMDir "$INSTDIR"' in uninstall  # without /r: only when empty
    # An upgrade goes where the previous version is.
    assert 'InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"' in text
