"""The certificate of the process: one page in the guide's words, only for a certified city."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from migradesk.domain.review import Certification
from migradesk.pdf.certificate import render_certificate
from migradesk.pdf.errors import MissingDataError
from migradesk.pdf.export import export_file

from .conftest import pdf_text

sys.path.insert(0, str(Path(__file__).parents[1] / "domain" / "process"))
import citykit

TODAY = date(2026, 11, 25)


def test_a_certified_city_gets_one_page_that_certifies_the_process(tmp_path: Path) -> None:
    city = citykit.Builder().planned()
    city.add(
        Certification(
            id=Certification.id_for(city.city.id),
            city_id=city.city.id,
            certified_on=date(2026, 10, 26),
            ceremony_place="Cabildo de Humahuaca",
        )
    )
    out = export_file("certificate", city.file(), tmp_path / "certificado.pdf", today=TODAY)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert width > height  # landscape
    assert (
        reader.metadata is not None
        and reader.metadata.title == "Certificado MigraCiudades Argentina"
    )
    text = pdf_text(out)
    assert "OIM – ONU Migración certifica que el gobierno local de Humahuaca (Jujuy)" in text
    assert "Fase 4 · Priorización, plan de acción y workshop de planeamiento estratégico" in text
    assert "Entregado en acto público en Cabildo de Humahuaca, el 26 de octubre de 2026." in text
    assert "Punto Focal: Luz Mamani" in text
    # What the seal means, in the guide's words: the process, not the quality of the policies.
    assert "no mide la calidad de las políticas o planes de acción" in text
    assert "Página" not in text


def test_no_certificate_before_the_requirements_hold_and_the_ceremony_is_set(
    tmp_path: Path,
) -> None:
    city = citykit.Builder().reported()
    with pytest.raises(MissingDataError) as refused:
        render_certificate(city.file(), tmp_path / "x.pdf", today=TODAY)
    message = str(refused.value)
    assert "Falta: Plan de acción validado por OIM" in message
    assert "OIM todavía no fijó la fecha de la ceremonia de certificación" in message
    assert not (tmp_path / "x.pdf").exists()
