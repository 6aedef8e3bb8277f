"""The `migradesk` command, run as a user would, in a subprocess."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader


def _migradesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "migradesk.cli", *args], capture_output=True, text=True, timeout=120
    )


def test_demo_then_export_a_letter(tmp_path: Path) -> None:
    data = tmp_path / "datos"
    assert _migradesk("demo", "--data-dir", str(data)).returncode == 0
    out = tmp_path / "carta.pdf"
    done = _migradesk("export", "letter-of-intent", "--data-dir", str(data), "-o", str(out))
    assert done.returncode == 0, done.stderr
    text = PdfReader(out).pages[0].extract_text()
    assert "Santa Rosa del Cerro" in text


def test_errors_are_plain_messages_not_tracebacks(tmp_path: Path) -> None:
    (tmp_path / "migradesk.sqlite3").write_bytes(b"basura" * 1000)
    done = _migradesk("demo", "--data-dir", str(tmp_path))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "dañado" in done.stderr


def test_unknown_export_is_refused_with_the_choices(tmp_path: Path) -> None:
    done = _migradesk("export", "receta", "--data-dir", str(tmp_path), "-o", "x.pdf")
    assert done.returncode == 2
    assert "dossier" in done.stderr
