"""The workspace's start-up: the real ``migradesk`` command on an IOM desktop's replica shows
the panel with its table filled (the "content" mark of ``MIGRADESK_STARTUP_MARKS``) without
the sync stack: the online tabs import it at their first request, not while they are built."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import WorkspaceDir


def test_the_filled_table_shows_without_importing_the_network_stack(
    workspace_dir: WorkspaceDir, tmp_path: Path
) -> None:
    data_dir = workspace_dir("admin")  # every tab, the online ones too
    done = subprocess.run(
        [str(Path(sys.executable).with_name("migradesk")), "--data-dir", str(data_dir)],
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "MIGRADESK_STARTUP_MARKS": "1",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["interactive", "content", "loaded"], lines
    loaded = lines[-1].split()[1:]
    assert "requests" not in loaded, loaded
