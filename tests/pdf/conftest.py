"""Fixtures for the PDF tests: the demo city's file, each document rendered once per session."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from migradesk.demo import demo_records
from migradesk.domain.city import City
from migradesk.domain.cityfile import CityFile
from migradesk.domain.questionnaire import Questionnaire, load_questionnaire

TODAY = date(2026, 11, 25)


def flat(text: str) -> str:
    """Extracted text with every run of whitespace as one space (lines wrap anywhere)."""
    return re.sub(r"\s+", " ", text).strip()


@functools.cache
def _extract(path: Path, mtime_ns: int) -> tuple[str, ...]:
    return tuple(flat(page.extract_text() or "") for page in PdfReader(path).pages)


def pdf_pages(path: Path) -> list[str]:
    """Text extraction is the slow part of these tests: once per file (and version of it)."""
    return list(_extract(path, path.stat().st_mtime_ns))


def pdf_text(path: Path) -> str:
    return " ".join(pdf_pages(path))


@pytest.fixture(scope="session")
def text_of() -> Callable[[Path], str]:
    """The whole text of a PDF, whitespace flattened."""
    return pdf_text


@pytest.fixture(scope="session")
def pages_of() -> Callable[[Path], list[str]]:
    """The text of each page of a PDF, whitespace flattened."""
    return pdf_pages


@pytest.fixture(scope="session")
def today() -> date:
    return TODAY


@pytest.fixture(scope="session")
def questionnaire() -> Questionnaire:
    return load_questionnaire()


@pytest.fixture(scope="session")
def demo_file() -> CityFile:
    records = demo_records(TODAY)
    city = next(r for r in records if isinstance(r, City))
    return CityFile.from_records(city, records)


@pytest.fixture(scope="session")
def dossier_progress() -> list[float]:
    """What the dossier's progress callback reported while ``rendered("dossier")`` was built."""
    return []


@pytest.fixture(scope="session")
def rendered(
    tmp_path_factory: pytest.TempPathFactory,
    demo_file: CityFile,
    questionnaire: Questionnaire,
    dossier_progress: list[float],
) -> Callable[[str], Path]:
    """``rendered(name)``: the demo city's document of that name, built on first use."""
    from migradesk.pdf import action_plan, dossier, letters, monitoring, report, self_assessment

    folder = tmp_path_factory.mktemp("pdfs")
    builders: dict[str, Callable[[Path], Path]] = {
        "self-assessment": lambda out: self_assessment.render_self_assessment(
            demo_file, questionnaire, out, today=TODAY
        ),
        "report-working": lambda out: report.render_report(
            demo_file, questionnaire, out, today=TODAY, with_comments=True
        ),
        "report-v1": lambda out: report.render_report(
            demo_file, questionnaire, out, today=TODAY, version=1
        ),
        "report-final": lambda out: report.render_report(
            demo_file, questionnaire, out, today=TODAY, version=2
        ),
        "action-plan": lambda out: action_plan.render_action_plan(
            demo_file, questionnaire, out, today=TODAY
        ),
        "monitoring": lambda out: monitoring.render_monitoring(
            demo_file, questionnaire, out, today=TODAY
        ),
        "letter-of-intent": lambda out: letters.render_letter_of_intent(
            demo_file, out, today=TODAY
        ),
        "confirmation-note": lambda out: letters.render_confirmation_note(
            demo_file, out, today=TODAY
        ),
        "focal-point-change": lambda out: letters.render_substitution_note(
            demo_file, out, today=TODAY
        ),
        "dossier": lambda out: dossier.render_dossier(
            demo_file, questionnaire, out, today=TODAY, progress=dossier_progress.append
        ),
    }
    cache: dict[str, Path] = {}

    def get(name: str) -> Path:
        if name not in cache:
            cache[name] = builders[name](folder / f"{name}.pdf")
        return cache[name]

    return get
