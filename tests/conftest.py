"""Shared fixtures. Qt runs offscreen: these machines have no screen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from migradesk.domain.city import City, Region
from migradesk.storage import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "data") as opened:
        yield opened


@pytest.fixture
def city() -> City:
    return City(
        id="11111111-1111-4111-8111-111111111111",
        city_id="11111111-1111-4111-8111-111111111111",
        name="Humahuaca",
        province="Jujuy",
        region=Region.NOROESTE,
    )
