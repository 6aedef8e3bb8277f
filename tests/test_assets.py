"""The resources live at the top of the source tree and ship inside the package."""

from __future__ import annotations

import tomllib
from pathlib import Path

from migradesk.assets import resource, resources_dir

ROOT = Path(__file__).resolve().parent.parent


def test_resources_are_found_from_the_source_tree() -> None:
    assert resources_dir() == ROOT / "resources"
    assert resource("questionnaire", "v1.json").is_file()


def test_every_package_of_the_source_tree_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "migradesk").rglob("__init__.py")
    }
    assert on_disk | {"migradesk.resources"} == set(config["packages"])
    assert config["package-dir"] == {"migradesk.resources": "resources"}
