"""Candidate areas from section 5 of the report: its list items, read as CommonMark."""

from __future__ import annotations

from migradesk.ui.pages.fase4_sources import report_items


def test_an_item_opening_in_bold_is_titled_by_it() -> None:
    text = (
        "### Áreas\n\n1. **Datos**: registrar la nacionalidad\n   en salud.\n"
        "2. **Capacitación**, ya.\n"
    )
    assert report_items(text) == [
        ("Datos", "Registrar la nacionalidad en salud."),  # its second line belongs to it
        ("Capacitación", "Capacitación, ya."),
    ]


def test_other_items_by_their_first_clause_nested_too() -> None:
    text = "- Salud sin barreras: en los CAPS.\n  - Registro *propio*; pronto\n- 2\\*3 veces"
    assert report_items(text) == [
        ("Salud sin barreras", "Salud sin barreras: en los CAPS."),
        ("Registro propio", "Registro propio; pronto"),
        ("2*3 veces", ""),
    ]


def test_without_a_list_each_paragraph_outside_quotes() -> None:
    text = "### Título\n\nUn párrafo escrito\nen dos líneas.\n\n> Una cita\n\nOtro párrafo"
    assert report_items(text) == [
        ("Un párrafo escrito en dos líneas", "Un párrafo escrito en dos líneas."),
        ("Otro párrafo", ""),
    ]
