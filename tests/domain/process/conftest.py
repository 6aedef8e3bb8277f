"""The process model's tests build city files with ``citykit.Builder``."""

from __future__ import annotations

import pytest

from .citykit import Builder


@pytest.fixture
def city() -> Builder:
    return Builder()
