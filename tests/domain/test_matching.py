"""Matching the way people type: accents, case and punctuation forgiven, the best first."""

from __future__ import annotations

from migradesk.domain.matching import fold, key, rank, ranked, span


def test_fold_ignores_accents_case_and_spaces() -> None:
    assert fold("  Vacunación  EN   Córdoba ") == "vacunacion en cordoba"
    assert fold("Añatuya") == "anatuya"
    assert fold("1° de Mayo") == fold("1º de mayo")


def test_rank_orders_same_start_word_and_inside() -> None:
    query = key("rosa")
    assert rank(query, key("Rosa")) == 0
    assert rank(query, key("Rosario")) == 1
    assert rank(query, key("Santa Rosa")) == 2
    assert rank(query, key("(Rosa) del Cerro")) == 2  # punctuation is not a word
    assert rank(query, key("Barrosa")) == 3
    assert rank(query, key("Posadas")) is None
    assert rank(key(""), key("Rosa")) is None
    assert rank(key(" - "), key("a - b")) == 3  # no word in the query: only "contains"


def test_ranked_is_best_first_then_alphabetical_then_in_order() -> None:
    items = ["Campaña de VACUNACIÓN", "Vacunación", "vacunacion", "Plan de vacunación", "Otro"]
    assert ranked("vacunacion", items, key) == [
        "Vacunación",
        "vacunacion",
        "Campaña de VACUNACIÓN",
        "Plan de vacunación",
    ]
    assert ranked("", items, key) == []


def test_span_finds_the_query_in_the_text_as_written() -> None:
    text = "Campaña de  VACUNACIÓN en fincas"
    start, end = span("vacunacion en", text) or (0, 0)
    assert text[start:end] == "VACUNACIÓN en"
    assert span("  Campana ", text) == (0, 7)
    assert span("straße", "Die STRASSE") == (4, 11)  # "ß" folds to "ss"
    start, end = span("strasse", "Die Straße") or (0, 0)
    assert "Die Straße"[start:end] == "Straße"
    assert span("", text) is None and span("trigo", text) is None
