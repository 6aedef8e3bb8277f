"""The workspace's fixtures: a data dir holding the demonstration campaign as an IOM (or a
partner) desktop has it after its first sync, written once per session and copied per test."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from migradesk.demo.campaign import write_workspace

from ..conftest import TODAY

WorkspaceDir = Callable[[str], Path]


@pytest.fixture(scope="session")
def workspace_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return {}


@pytest.fixture
def workspace_dir(
    workspace_templates: dict[str, Path],
    tmp_path_factory: pytest.TempPathFactory,
    tmp_path: Path,
) -> WorkspaceDir:
    """``workspace_dir("reviewer")``: a copy of the campaign signed in with that role."""

    def make(role: str) -> Path:
        template = workspace_templates.get(role)
        if template is None:
            template = tmp_path_factory.mktemp(f"espacio-{role}") / "data"
            write_workspace(template, TODAY, role=role, username=f"demo.{role}")
            workspace_templates[role] = template
        target = tmp_path / f"espacio-{role}"
        shutil.copytree(template, target)
        return target

    return make
