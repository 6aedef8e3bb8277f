"""The mayor's letters to IOM, from the templates in ``resources/templates``.

- *Carta de intención*: the will to take part; names the focal point (name and post).
- *Nota de confirmación*: adhesion to the six phases; ratifies the focal point.
- *Nota de sustitución del Punto Focal*: name, post and contact of the replacement, and why.

Missing data is an error that names every field to fill (:class:`MissingDataError`), never a
letter with blanks: the letter goes to the mayor to be signed and sent as it is printed. The only
thing left to the pen is the signature (and the seal) above the printed name.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Mapping
from datetime import date
from functools import cache
from pathlib import Path
from string import Template
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    Spacer,
)

from migradesk.assets import resource
from migradesk.domain.application import Application
from migradesk.domain.cityfile import CityFile
from migradesk.domain.people import FocalPoint
from migradesk.pdf import fonts
from migradesk.pdf.errors import MissingDataError, PdfExportError
from migradesk.pdf.layout import (
    LETTER,
    DocInfo,
    PageState,
    Progress,
    SetPage,
    build_pdf,
    municipality,
)
from migradesk.pdf.spanish import long_date
from migradesk.pdf.theme import ACCENT, INK, Grid, Styles

fonts.register(fonts.SERIF)

INTENT = "carta_intencion"
CONFIRMATION = "nota_confirmacion"
SUBSTITUTION = "nota_sustitucion"

DOCUMENT_NAMES = {
    INTENT: "la carta de intención",
    CONFIRMATION: "la nota de confirmación",
    SUBSTITUTION: "la nota de sustitución del Punto Focal",
}

_PLACEHOLDER = re.compile(r"\$(\w+)|\$\{(\w+)\}")


@dataclasses.dataclass(frozen=True)
class LetterTemplate:
    name: str
    header: Mapping[str, str]
    blocks: tuple[str, ...]

    @property
    def title(self) -> str:
        return self.header["titulo"]


@cache
def load_template(name: str) -> LetterTemplate:
    try:
        source = resource("templates", f"{name}.txt").read_text(encoding="utf-8")
    except OSError as exc:
        raise PdfExportError(f"Falta la plantilla {name}.txt de MigraDesk: {exc}") from None
    head, separator, body = source.partition("\n---\n")
    if not separator:
        raise PdfExportError(f"La plantilla {name}.txt no tiene la línea «---» tras el encabezado.")
    header: dict[str, str] = {}
    for line in head.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, colon, value = line.partition(":")
        if not colon:
            raise PdfExportError(f"La plantilla {name}.txt tiene un encabezado inválido: {line!r}")
        header[key.strip()] = value.strip()
    for key in ("titulo", "asunto", "destinatario", "saludo", "cierre"):
        if key not in header:
            raise PdfExportError(f"La plantilla {name}.txt no define «{key}».")
    blocks = tuple(b.strip() for b in re.split(r"\n\s*\n", body) if b.strip())
    return LetterTemplate(name, header, blocks)


@dataclasses.dataclass(frozen=True)
class Letter:
    """A letter ready to lay out: which template, the values, the date."""

    template: LetterTemplate
    values: Mapping[str, str]
    on: date


def _fill(line: str, values: Mapping[str, str]) -> str | None:
    """Substitute escaped values; None for an optional line ("?…") with an empty value."""
    optional = line.startswith("?")
    if optional:
        line = line[1:].lstrip()
    names = [a or b for a, b in _PLACEHOLDER.findall(line)]
    if optional and any(not values.get(n, "").strip() for n in names):
        return None
    safe = {k: escape(v) for k, v in values.items()}
    return Template(line).substitute(safe)


def _body(letter: Letter) -> list[Flowable]:
    story: list[Flowable] = []
    for block in letter.template.blocks:
        lines = [ln.strip() for ln in block.splitlines()]
        if all(ln.startswith("- ") for ln in lines):
            items = [_fill(ln[2:], letter.values) for ln in lines]
            story.append(
                ListFlowable(
                    [ListItem(Paragraph(i, Styles.letter_item)) for i in items if i is not None],
                    bulletType="bullet",
                    start="•",
                    bulletFontName=fonts.SERIF,
                    bulletFontSize=10,
                    bulletColor=ACCENT,
                    leftIndent=18 * mm,
                    bulletDedent="auto",
                    spaceAfter=7,
                )
            )
            continue
        filled = _fill(" ".join(lines), letter.values)
        if filled is not None:
            # An e-mail address cannot break: justified, it would stretch its line's spaces.
            style = Styles.letter_left if "@" in filled else Styles.letter
            story.append(Paragraph(filled, style))
    return story


def _signature(values: Mapping[str, str]) -> Flowable:
    block = Grid(
        [
            [Paragraph(escape(values["intendente_nombre"]), Styles.letter_sign)],
            [Paragraph(escape(values["intendente_cargo"]), Styles.letter_sign)],
            [Paragraph(escape(values["gobierno"]), Styles.letter_sign)],
        ],
        colWidths=[80 * mm],
    )
    block.setStyle(
        [
            ("LINEABOVE", (0, 0), (-1, 0), 0.7, INK),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("TOPPADDING", (0, 0), (-1, 0), 4),
        ]
    )
    outer = Grid([["", block]], colWidths=[80 * mm, 80 * mm], hAlign="LEFT")
    outer.setStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    return outer


def letter_story(letter: Letter) -> list[Flowable]:
    """The flowables of one letter, on the letterhead template (the caller starts the page)."""
    header = letter.template.header
    values = letter.values
    story: list[Flowable] = [
        Paragraph(
            f"{escape(values['lugar'])}, {escape(long_date(letter.on))}", Styles.letter_right
        ),
        Spacer(1, 8 * mm),
    ]
    for line in header["destinatario"].split("|"):
        story.append(Paragraph(line.strip(), Styles.letter_plain))
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph(f"Ref.: {escape(header['asunto'])}", Styles.letter_ref))
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph(escape(header["saludo"]), Styles.letter_plain))
    story.append(Spacer(1, 3 * mm))
    story.extend(_body(letter))
    closing = Paragraph(escape(header["cierre"]), Styles.letter)
    story.append(KeepTogether([closing, Spacer(1, 20 * mm), _signature(values)]))
    return story


def municipal_contact(file: CityFile) -> str:
    application = file.application
    if application is None:
        return ""
    parts = [
        application.municipal_address,
        application.municipal_phone,
        application.municipal_email,
    ]
    return " · ".join(p.strip() for p in parts if p.strip())


# --- Data ------------------------------------------------------------------------------------


def _term_on(history: list[FocalPoint], day: date | None) -> FocalPoint | None:
    """The focal point in post on a day (a letter names the one of its date)."""
    if day is not None:
        for fp in history:
            if (fp.since is None or fp.since <= day) and (fp.until is None or day < fp.until):
                return fp
    return None


def _common(file: CityFile, missing: list[str]) -> dict[str, str]:
    city = file.city
    application = file.application or Application(city_id=city.id)
    if not city.name.strip():
        missing.append("Falta el nombre de la ciudad")
    if not city.province.strip():
        missing.append("Falta la provincia de la ciudad")
    if not application.mayor_name.strip():
        missing.append("Falta el nombre del/la intendente/a")
    if not application.mayor_title.strip():
        missing.append("Falta el cargo del/la intendente/a (por ejemplo, «Intendenta»)")
    return {
        "ciudad": city.name.strip(),
        "lugar": city.name.strip(),
        "provincia": city.province.strip(),
        "gobierno": municipality(city),
        "intendente_nombre": application.mayor_name.strip(),
        "intendente_cargo": application.mayor_title.strip(),
    }


def _focal_values(
    fp: FocalPoint | None, missing: list[str], who: str = "Punto Focal"
) -> dict[str, str]:
    if fp is None:
        missing.append(f"Falta designar el {who} (nombre y cargo)")
        return {}
    if not fp.name.strip():
        missing.append(f"Falta el nombre del {who}")
    if not fp.post.strip():
        missing.append(f"Falta el cargo del {who}")
    return {
        "pf_nombre": fp.name.strip(),
        "pf_cargo": fp.post.strip(),
        "pf_area": fp.area.strip(),
        "pf_correo": fp.email.strip(),
        "pf_telefono": fp.phone.strip(),
    }


def _check(kind: str, missing: list[str]) -> None:
    if missing:
        raise MissingDataError(DOCUMENT_NAMES[kind], missing)


def letter_of_intent(file: CityFile, today: date) -> Letter:
    application = file.application
    on = (application.letter_signed_on if application else None) or today
    missing: list[str] = []
    values = _common(file, missing)
    history = file.focal_point_history
    fp = _term_on(history, on) or file.focal_point or (history[0] if history else None)
    values.update(_focal_values(fp, missing))
    _check(INTENT, missing)
    return Letter(load_template(INTENT), values, on)


def confirmation_note(file: CityFile, today: date) -> Letter:
    application = file.application
    on = (application.confirmation_sent_on if application else None) or today
    missing: list[str] = []
    values = _common(file, missing)
    fp = _term_on(file.focal_point_history, on) or file.focal_point
    values.update(_focal_values(fp, missing))
    _check(CONFIRMATION, missing)
    return Letter(load_template(CONFIRMATION), values, on)


def substitutions(file: CityFile) -> list[tuple[FocalPoint, FocalPoint]]:
    """(outgoing, incoming) pairs of the focal point history, oldest first."""
    history = file.focal_point_history
    pairs = []
    for before, after in itertools.pairwise(history):
        if before.until is not None:
            pairs.append((before, after))
    return pairs


def substitution_note(file: CityFile, today: date, incoming: FocalPoint | None = None) -> Letter:
    """The note for one substitution (by default the latest)."""
    pairs = substitutions(file)
    if incoming is not None:
        pairs = [p for p in pairs if p[1].id == incoming.id]
    if not pairs:
        raise MissingDataError(
            DOCUMENT_NAMES[SUBSTITUTION],
            [
                "No hay un reemplazo del Punto Focal registrado: registre primero a la persona "
                "que asume el rol (con la fecha y el motivo del cambio)"
            ],
        )
    outgoing, new = pairs[-1]
    on = new.substitution_letter_on or today
    missing: list[str] = []
    values = _common(file, missing)
    values.update(_focal_values(new, missing, "nuevo Punto Focal"))
    if not (new.email.strip() or new.phone.strip()):
        missing.append("Falta el contacto (correo electrónico o teléfono) del nuevo Punto Focal")
    reason = outgoing.reason_for_leaving.strip()
    if not reason:
        missing.append("Falta el motivo de la sustitución")
    elif reason[-1] not in ".!?…":
        reason += "."
    if not outgoing.name.strip():
        missing.append("Falta el nombre del Punto Focal anterior")
    replaced_on = new.since or outgoing.until
    values.update(
        {
            "anterior_nombre": outgoing.name.strip(),
            "anterior_cargo": outgoing.post.strip() or "Punto Focal",
            "motivo": reason,
            "fecha_reemplazo": long_date(replaced_on) if replaced_on else "",
        }
    )
    if replaced_on is None:
        missing.append("Falta la fecha del reemplazo")
    _check(SUBSTITUTION, missing)
    return Letter(load_template(SUBSTITUTION), values, on)


def render_letter(
    file: CityFile, letter: Letter, out: Path, *, progress: Progress | None = None
) -> Path:
    info = DocInfo(file.city, letter.template.title, letter.on)
    info.subject = letter.template.header["asunto"]
    info.contact = municipal_contact(file)
    story = [SetPage(letter.template.title), *letter_story(letter)]
    return build_pdf(
        story,
        info,
        out,
        state=PageState(header=letter.template.title),
        first_template=LETTER,
        progress=progress,
    )


def render_letter_of_intent(file: CityFile, out: Path, *, today: date) -> Path:
    return render_letter(file, letter_of_intent(file, today), out)


def render_confirmation_note(file: CityFile, out: Path, *, today: date) -> Path:
    return render_letter(file, confirmation_note(file, today), out)


def render_substitution_note(file: CityFile, out: Path, *, today: date) -> Path:
    return render_letter(file, substitution_note(file, today), out)
