from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader

from migradesk.domain.cityfile import CityFile
from migradesk.domain.questionnaire import Questionnaire, measure_share
from migradesk.pdf.self_assessment import TITLE, summarise


def test_every_answered_indicator_is_printed(
    rendered: Callable[[str], Path],
    text_of: Callable[[Path], str],
    demo_file: CityFile,
    questionnaire: Questionnaire,
) -> None:
    text = text_of(rendered("self-assessment"))
    answers = demo_file.answers(questionnaire.version)
    answered = [i for i in questionnaire.indicators() if answers.get(i.id) and answers[i.id].answer]
    assert answered
    for indicator in answered:
        assert indicator.question in text, indicator.id
        answer = answers[indicator.id]
        if answer.has_measures:
            assert " ".join(answer.measure_description.split()) in text, indicator.id
    for dimension in questionnaire.dimensions:
        assert dimension.label in text
    assert TITLE in text
    assert "Resumen" in text and "Proporción" in text


def test_summary_matches_the_domain_share(
    demo_file: CityFile, questionnaire: Questionnaire
) -> None:
    answers = demo_file.answers(questionnaire.version)
    codes = {k: a.answer for k, a in answers.items()}
    shares = measure_share(questionnaire, codes)
    for summary in summarise(questionnaire, answers):
        assert summary.share == shares[summary.dimension.code]
        assert summary.answered <= summary.indicators


def test_first_page_and_metadata(rendered: Callable[[str], Path]) -> None:
    reader = PdfReader(rendered("self-assessment"))
    pages = len(reader.pages)
    assert pages > 8
    first = reader.pages[0].extract_text()
    assert f"Página 1 de {pages}" in first
    assert "Santa Rosa del Cerro" in first and "25 de noviembre de 2026" in first
    assert reader.metadata is not None
    assert reader.metadata.title == TITLE
    assert reader.metadata.author == "Municipalidad de Santa Rosa del Cerro"
    assert "MigraCiudades Argentina" in (reader.metadata.subject or "")
    assert reader.pages[0].mediabox.width < reader.pages[0].mediabox.height  # A4 portrait
