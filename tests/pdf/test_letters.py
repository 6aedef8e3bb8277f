from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from migradesk.domain.application import Application
from migradesk.domain.city import City, Region
from migradesk.domain.cityfile import CityFile
from migradesk.domain.people import FocalPoint
from migradesk.pdf import letters
from migradesk.pdf.errors import MissingDataError


def test_letter_of_intent(rendered: Callable[[str], Path], text_of: Callable[[Path], str]) -> None:
    path = rendered("letter-of-intent")
    text = text_of(path)
    for expected in (
        "MUNICIPALIDAD DE SANTA ROSA DEL CERRO",
        "Santa Rosa del Cerro, 13 de septiembre de 2025",
        "OIM – ONU Migración",
        "Ref.: Carta de intención",
        "manifestar de manera expresa la voluntad",
        "“Punto Focal” a Ramiro Andrés Guanuco, Secretario de Desarrollo Social",
        "Elsa Noemí Vilte",
        "Intendenta",
        "Página 1 de 1",
    ):
        assert expected in text
    assert len(PdfReader(path).pages) == 1


def test_confirmation_note(rendered: Callable[[str], Path], text_of: Callable[[Path], str]) -> None:
    text = text_of(rendered("confirmation-note"))
    assert "confirmo la adhesión de la Municipalidad de Santa Rosa del Cerro" in text
    assert "seis fases" in text and "Fase 6: Implementación y monitoreo" in text
    assert "ratifico la designación de Ramiro Andrés Guanuco" in text
    assert "13 de octubre de 2025" in text


def test_substitution_note(rendered: Callable[[str], Path], text_of: Callable[[Path], str]) -> None:
    text = text_of(rendered("focal-point-change"))
    for expected in (
        "Ramiro Andrés Guanuco, Secretario de Desarrollo Social, deja de desempeñar",
        "a partir del 29 de enero de 2026",
        "Motivo: Cambio de gestión",
        "Nombre y apellido: Lucía Fernanda Sajama",
        "Cargo: Directora de Desarrollo Comunitario",
        "lsajama@santarosadelcerro.gob.ar",
        "Santa Rosa del Cerro, 27 de enero de 2026",
    ):
        assert expected in text


def _bare_city() -> City:
    city_id = "33333333-3333-4333-8333-333333333333"
    return City(
        id=city_id, city_id=city_id, name="Tilcara", province="Jujuy", region=Region.NOROESTE
    )


def test_missing_data_names_every_field(tmp_path: Path, today: date) -> None:
    file = CityFile.from_records(_bare_city(), [])
    with pytest.raises(MissingDataError) as raised:
        letters.render_letter_of_intent(file, tmp_path / "carta.pdf", today=today)
    message = str(raised.value)
    assert message.startswith("No se puede generar la carta de intención.")
    assert "Falta el nombre del/la intendente/a" in message
    assert "Falta designar el Punto Focal" in message
    assert list(tmp_path.iterdir()) == []


def test_missing_contact_and_no_substitution(today: date) -> None:
    city = _bare_city()
    app = Application(city_id=city.id, mayor_name="Ana Cruz", mayor_title="Intendenta")
    first = FocalPoint(
        city_id=city.id, name="Juan Pérez", post="Secretario", since=date(2026, 1, 1)
    )
    file = CityFile.from_records(city, [app, first])
    with pytest.raises(MissingDataError, match="No hay un reemplazo del Punto Focal"):
        letters.substitution_note(file, today)
    ended, new = (
        FocalPoint(
            city_id=city.id,
            name="Juan Pérez",
            post="Secretario",
            since=date(2026, 1, 1),
            until=date(2026, 6, 1),
            reason_for_leaving="",
        ),
        FocalPoint(city_id=city.id, name="Eva Díaz", post="Directora", since=date(2026, 6, 1)),
    )
    file = CityFile.from_records(city, [app, ended, new])
    with pytest.raises(MissingDataError) as raised:
        letters.substitution_note(file, today)
    assert raised.value.missing == [
        "Falta el contacto (correo electrónico o teléfono) del nuevo Punto Focal",
        "Falta el motivo de la sustitución",
    ]
    # Optional lines of a template disappear with their empty data: no blanks in a letter.
    letter = letters.letter_of_intent(CityFile.from_records(city, [app, first]), today)
    assert letter.values["pf_correo"] == ""
    assert letter.on == today
