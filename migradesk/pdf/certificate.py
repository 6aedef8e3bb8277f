"""IOM's certificate of the process (Phase 5), in the guide's words: one landscape page.

The guide: "Las ciudades que hayan cumplimentado todas las fases … recibirán un sello de
certificación por parte de OIM – ONU Migración. El acto de certificación se realizará en una
ceremonia pública …" and "esta certificación no medirá la calidad de las políticas o planes de
acción elegidos para implementar, sino que servirá para reconocer que los gobiernos locales
participaron y transitaron un proceso de fortalecimiento de sus capacidades para mejorar la
gobernanza migratoria local". The certificate says exactly that, never more.

It exists only for a certified city: every requirement of Phase 5 met (the process model's
``checklist``) and the ceremony's date set by IOM; otherwise a :class:`MissingDataError` names
what is missing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from migradesk.domain.cityfile import CityFile
from migradesk.domain.process import checklist
from migradesk.domain.process.steps import TITLES as STEP_TITLES
from migradesk.pdf import fonts
from migradesk.pdf.errors import MissingDataError
from migradesk.pdf.layout import CERTIFICATE, DocInfo, PageState, Progress, build_pdf, municipality
from migradesk.pdf.spanish import long_date
from migradesk.pdf.theme import ACCENT, BOLD, INK, MUTED, Grid

fonts.register(fonts.SERIF)
SERIF_BOLD = fonts.face(fonts.SERIF, bold=True)
SERIF_ITALIC = fonts.face(fonts.SERIF, italic=True)

TITLE = "Certificado MigraCiudades Argentina"
DOCUMENT = "el certificado"
ISSUER = "OIM – ONU Migración"
CERTIFIES = (
    "OIM – ONU Migración certifica que el gobierno local de {city} ({province}) participó y "
    "transitó el proceso de certificación de capacidades para la mejora de la gobernanza "
    "migratoria local del proyecto MigraCiudades Argentina, y cumplimentó todas sus fases:"
)
# The guide's own sentence on what the seal means (Fase 5).
SCOPE = (
    "Esta certificación no mide la calidad de las políticas o planes de acción elegidos para "
    "implementar, sino que reconoce que el gobierno local participó y transitó un proceso de "
    "fortalecimiento de sus capacidades para mejorar la gobernanza migratoria local."
)
PHASES = ("fase1", "fase2", "fase3", "fase4")
NOT_CERTIFIED = "OIM todavía no fijó la fecha de la ceremonia de certificación"
UNMET = "Falta: {requirement}"


def _style(name: str, **kw: object) -> ParagraphStyle:
    return ParagraphStyle(name, **{"fontName": fonts.SANS, "textColor": INK, **kw})


class _Styles:
    issuer = _style(
        "CertIssuer", fontName=BOLD, fontSize=11, leading=14, textColor=ACCENT, alignment=TA_CENTER
    )
    title = _style(
        "CertTitle",
        fontName=SERIF_BOLD,
        fontSize=30,
        leading=36,
        textColor=ACCENT,
        alignment=TA_CENTER,
        spaceAfter=2,
    )
    city = _style(
        "CertCity", fontName=SERIF_BOLD, fontSize=22, leading=28, textColor=INK, alignment=TA_CENTER
    )
    body = _style("CertBody", fontName=fonts.SERIF, fontSize=12, leading=17, alignment=TA_CENTER)
    phase = _style(
        "CertPhase", fontName=fonts.SERIF, fontSize=10.5, leading=14, alignment=TA_CENTER
    )
    scope = _style(
        "CertScope",
        fontName=SERIF_ITALIC,
        fontSize=9.5,
        leading=13,
        textColor=MUTED,
        alignment=TA_CENTER,
    )
    sign = _style("CertSign", fontSize=9, leading=12, alignment=TA_CENTER, spaceAfter=0)


def missing(file: CityFile, today: date) -> list[str]:
    """What the city lacks before its certificate exists (empty: it is certified)."""
    found = [
        UNMET.format(requirement=item.title) for item in checklist(file, today) if not item.met
    ]
    seal = file.certification
    if seal is None or seal.certified_on is None:
        found.append(NOT_CERTIFIED)
    return found


def certificate_story(file: CityFile, today: date) -> list[Flowable]:
    problems = missing(file, today)
    if problems:
        raise MissingDataError(DOCUMENT, problems)
    seal = file.certification
    assert seal is not None and seal.certified_on is not None
    city = file.city
    focal = file.focal_point
    story: list[Flowable] = [
        Paragraph(ISSUER.upper(), _Styles.issuer),
        Spacer(1, 5 * mm),
        Paragraph("Certificado", _Styles.title),
        Paragraph("MigraCiudades Argentina", _Styles.issuer),
        Spacer(1, 9 * mm),
        Paragraph(escape(municipality(city)), _Styles.city),
        Spacer(1, 6 * mm),
        Paragraph(escape(CERTIFIES.format(city=city.name, province=city.province)), _Styles.body),
        Spacer(1, 2 * mm),
    ]
    for step in PHASES:
        story.append(Paragraph(escape(STEP_TITLES[step]), _Styles.phase))
    place = seal.ceremony_place.strip()
    where = f" en {place}" if place else ""
    story += [
        Spacer(1, 5 * mm),
        Paragraph(
            escape(f"Entregado en acto público{where}, el {long_date(seal.certified_on)}."),
            _Styles.body,
        ),
    ]
    if focal is not None and focal.name.strip():
        story.append(Paragraph(escape(f"Punto Focal: {focal.name.strip()}"), _Styles.phase))
    story += [Spacer(1, 6 * mm), Paragraph(escape(SCOPE), _Styles.scope), Spacer(1, 16 * mm)]
    story.append(_signatures())
    return story


def _signatures() -> Flowable:
    line = [
        [Paragraph(ISSUER, _Styles.sign)],
        [Paragraph("MigraCiudades Argentina", _Styles.sign)],
    ]
    block = Grid(line, colWidths=[80 * mm])
    block.setStyle(
        [
            ("LINEABOVE", (0, 0), (-1, 0), 0.7, INK),
            ("TOPPADDING", (0, 0), (-1, 0), 4),
            ("TOPPADDING", (0, 1), (-1, -1), 1),
        ]
    )
    return block


def render_certificate(
    file: CityFile, out: Path, *, today: date, progress: Progress | None = None
) -> Path:
    story = certificate_story(file, today)
    seal = file.certification
    on = seal.certified_on if seal is not None and seal.certified_on else today
    info = DocInfo(file.city, TITLE, on, author=ISSUER)
    return build_pdf(
        story, info, out, state=PageState(header=TITLE), first_template=CERTIFICATE,
        progress=progress,
    )  # fmt: skip
