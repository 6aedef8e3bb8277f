"""The frozen bundle for the packaging tests (packaging/README.md)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the bundlekit helpers, beside the tests

from bundlekit import BUNDLE


@pytest.fixture(scope="session")
def bundle() -> Path:
    if not (BUNDLE / "migradesk").is_file():
        pytest.fail(f"no bundle in {BUNDLE}: `make bundle-test` builds it, then runs these tests")
    return BUNDLE
