"""The page frame every document shares: A4 templates, running header, "Página N de M",
draft watermark, bookmarks and table of contents, metadata, and the build into a safe write."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
)

from migradesk import __version__
from migradesk.domain.city import City
from migradesk.pdf import fonts
from migradesk.pdf.output import atomic_output
from migradesk.pdf.spanish import long_date
from migradesk.pdf.theme import (
    ACCENT,
    ALERT,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    RULE,
    Grid,
    Styles,
)

PORTRAIT = "portrait"
LANDSCAPE = "landscape"
COVER = "cover"
LETTER = "letter"
CERTIFICATE = "certificate"  # landscape, a border and nothing else (pdf/certificate.py)

PROJECT = "MigraCiudades Argentina"
_MARGINS = {LANDSCAPE: 15 * mm, COVER: 25 * mm, LETTER: 25 * mm, CERTIFICATE: 30 * mm}
Progress = Callable[[float], None]


def municipality(city: City) -> str:
    """How the local government names itself on paper: "Municipalidad de …", "Comuna de …"."""
    kind = city.government_type.strip()
    if not kind or kind.casefold() in ("municipio", "municipalidad"):
        return f"Municipalidad de {city.name}"
    if kind.casefold().startswith("partido"):
        return f"Municipalidad de {city.name}"
    return f"{kind} de {city.name}"


def province_line(city: City) -> str:
    name = city.province.strip()
    if name.casefold().startswith(("provincia", "ciudad autónoma")):
        return name
    return f"Provincia de {name}"


@dataclasses.dataclass
class PageState:
    """What the decoration of the current page shows; changed by :class:`SetPage` flowables."""

    header: str = ""
    watermark: tuple[str, str] | None = None  # ("BORRADOR", "Versión 2 · 25/11/2026")
    template: str = PORTRAIT


class SetPage(Flowable):  # type: ignore[misc]
    """A zero-size marker: from here on, pages get this header (and watermark, or none)."""

    def __init__(self, header: str, watermark: tuple[str, str] | None = None) -> None:
        super().__init__()
        self.header = header
        self.watermark = watermark
        self.width = self.height = 0

    def wrap(self, *args: Any) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class Heading(Paragraph):  # type: ignore[misc]
    """A heading that becomes a PDF bookmark and, in the dossier, a table-of-contents entry."""

    def __init__(self, text: str, style: Any, level: int | None, *, toc: bool = True) -> None:
        super().__init__(escape(text), style)
        self.plain = text
        self.level = level
        self.toc = toc
        self.toc_key: str | None = None  # set by contents_table()


class TocMark(Flowable):  # type: ignore[misc]
    """An invisible heading: a bookmark and contents entry for a page without a printed title."""

    def __init__(self, text: str, level: int, *, toc: bool = True) -> None:
        super().__init__()
        self.plain = text
        self.level = level
        self.toc = toc
        self.toc_key: str | None = None
        self.width = self.height = 0

    def wrap(self, *args: Any) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class DocInfo:
    """The metadata of one PDF and what its pages say about the city (or, for a document of the
    whole programme such as the selection results, about its author and scope)."""

    def __init__(
        self,
        city: City | None,
        title: str,
        today: date,
        *,
        subject: str = "",
        author: str = "",
        place: str = "",
    ) -> None:
        self.city = city
        self.title = title
        self.today = today
        self.subject = subject or f"{PROJECT}: {title}"
        self.author = author or (municipality(city) if city is not None else "")
        self.place = place or (f"{city.name}, {city.province}" if city is not None else "")
        self.keywords = [PROJECT] if city is None else [PROJECT, city.name, city.province]
        self.contact = ""  # the municipality's address and phone, at the foot of its letters


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Keeps every page until the end, so that the footer can say "Página N de M"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self.md_number = True
        self.md_page_refs: dict[str, int | None] = {}
        self.md_margin = MARGIN_X
        self.md_letter = False

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            if self.md_number:
                self._page_number(total)
            super().showPage()
        for key, page in self.md_page_refs.items():
            # The contents page referred to these forms before their pages were laid out.
            self.beginForm(key, -60, -4, 2, 14)
            self.setFont(fonts.SANS, 9)
            self.setFillColor(INK)
            self.drawRightString(0, 0, "—" if page is None else str(page))
            self.endForm()
        super().save()

    def _page_number(self, total: int) -> None:
        width = self._pagesize[0]
        self.saveState()
        self.setFont(fonts.SANS, 8)
        self.setFillColor(MUTED)
        y = MARGIN_BOTTOM - (10.5 if self.md_letter else 9) * mm
        self.drawRightString(width - self.md_margin, y, f"Página {self._pageNumber} de {total}")
        self.restoreState()


class MigraDoc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(
        self,
        target: Any,
        info: DocInfo,
        *,
        state: PageState | None = None,
        first_template: str = PORTRAIT,
    ) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=info.title,
            author=info.author,
            subject=info.subject,
            creator=f"MigraDesk {__version__}",
            keywords=info.keywords,
            lang="es-AR",
            initialFontName=fonts.SANS,
        )
        self.info = info
        self.toc_keys: list[str] = []
        self.initial_state = state or PageState()
        self.state = dataclasses.replace(self.initial_state)
        self._last_level = -1
        self._heading_count = 0
        # Contents entries → page numbers, drawn at the end as PDF forms (see PageRef).
        self.page_refs: dict[str, int | None] = {}
        templates = [
            self._template(PORTRAIT, A4, MARGIN_TOP),
            self._template(LANDSCAPE, landscape(A4), 20 * mm),
            self._template(COVER, A4, 30 * mm),
            self._template(LETTER, A4, 38 * mm),
            self._template(CERTIFICATE, landscape(A4), 26 * mm),
        ]
        # The first page uses the first template of the list.
        templates.sort(key=lambda t: t.id != first_template)
        self.addPageTemplates(templates)

    def _template(self, name: str, size: tuple[float, float], top: float) -> PageTemplate:
        width, height = size
        margin_x = _MARGINS.get(name, MARGIN_X)
        frame = Frame(
            margin_x,
            MARGIN_BOTTOM,
            width - 2 * margin_x,
            height - top - MARGIN_BOTTOM,
            id=name,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        return PageTemplate(id=name, frames=[frame], pagesize=size, onPageEnd=self._decorate)

    # Build hooks

    def beforeDocument(self) -> None:
        # A document template may be built more than once: start each build from the same state.
        self.state = dataclasses.replace(self.initial_state)
        self._last_level = -1
        self._heading_count = 0
        self.page_refs.clear()
        self.page_refs.update(dict.fromkeys(self.toc_keys))
        self.canv.md_page_refs = self.page_refs

    def handle_pageBegin(self) -> None:
        super().handle_pageBegin()
        self.state.template = self.pageTemplate.id

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, SetPage):
            self.state.header = flowable.header
            self.state.watermark = flowable.watermark
        elif isinstance(flowable, Heading | TocMark) and flowable.level is not None:
            level = min(flowable.level, self._last_level + 1)
            self._last_level = level
            self._heading_count += 1
            key = flowable.toc_key or f"h{self._heading_count}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.plain, key, level=level, closed=level > 0)
            if flowable.toc_key is not None:
                self.page_refs[flowable.toc_key] = self.page

    # Page decoration, drawn after the page's content

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        template = self.pageTemplate.id
        width, height = canvas._pagesize
        canvas.md_number = template not in (COVER, CERTIFICATE)
        if template == CERTIFICATE:
            self._border(canvas, width, height)
            return
        canvas.saveState()
        margin_x = _MARGINS.get(template, MARGIN_X)
        canvas.md_margin = margin_x
        canvas.md_letter = template == LETTER
        if template == LETTER:
            self._letterhead(canvas, width, height)
        elif template != COVER:
            self._header(canvas, width, height, margin_x)
        if template != COVER:
            canvas.setFillColor(MUTED)
            if template == LETTER:
                canvas.setFont(fonts.SANS, 7.5)
                canvas.drawCentredString(width / 2, MARGIN_BOTTOM - 5 * mm, self.info.contact)
            else:
                canvas.setFont(fonts.SANS, 8)
                footer = f"MigraDesk · {long_date(self.info.today)}"
                canvas.drawString(margin_x, MARGIN_BOTTOM - 9 * mm, footer)
        if self.state.watermark:
            self._watermark(canvas, width, height, *self.state.watermark)
        canvas.restoreState()

    def _header(self, canvas: Canvas, width: float, height: float, margin_x: float) -> None:
        y = height - 13 * mm
        canvas.setFont(fonts.face(fonts.SANS, bold=True), 8)
        canvas.setFillColor(ACCENT)
        left = PROJECT
        canvas.drawString(margin_x, y, left)
        offset = canvas.stringWidth(left + "  ", fonts.face(fonts.SANS, bold=True), 8)
        canvas.setFont(fonts.SANS, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(margin_x + offset, y, self.state.header or self.info.title)
        canvas.drawRightString(width - margin_x, y, self.info.place)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(margin_x, y - 2.5 * mm, width - margin_x, y - 2.5 * mm)

    def _letterhead(self, canvas: Canvas, width: float, height: float) -> None:
        city = self.info.city
        assert city is not None, "a letter is always a city's"
        canvas.setFillColor(ACCENT)
        canvas.setFont(fonts.face(fonts.SERIF, bold=True), 13)
        canvas.drawCentredString(width / 2, height - 20 * mm, municipality(city).upper())
        canvas.setFont(fonts.face(fonts.SERIF, italic=True), 10)
        canvas.setFillColor(MUTED)
        canvas.drawCentredString(width / 2, height - 25.5 * mm, province_line(city))
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        canvas.line(60 * mm, height - 29 * mm, width - 60 * mm, height - 29 * mm)

    def _border(self, canvas: Canvas, width: float, height: float) -> None:
        canvas.saveState()
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(2)
        canvas.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)
        canvas.setLineWidth(0.6)
        canvas.rect(15 * mm, 15 * mm, width - 30 * mm, height - 30 * mm)
        canvas.restoreState()

    def _watermark(self, canvas: Canvas, width: float, height: float, big: str, small: str) -> None:
        canvas.setFillColor(ALERT)
        canvas.setFillAlpha(0.11)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(40 if width < height else 28)
        canvas.setFont(fonts.face(fonts.SANS, bold=True), 84)
        canvas.drawCentredString(0, 0, big)
        canvas.setFillAlpha(0.22)
        canvas.setFont(fonts.face(fonts.SANS, bold=True), 16)
        canvas.drawCentredString(0, -26, small)


class PageRef(Flowable):  # type: ignore[misc]
    """The page number of a contents entry, right-aligned: a form filled in when the PDF is saved,
    so the dossier is laid out once (no second pass to learn the page numbers)."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, 11

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.translate(self.width, 3.2)
        self.canv.doForm(self.key)
        self.canv.restoreState()


def contents_table(story: Sequence[Flowable], doc_keys: list[str]) -> Flowable:
    """A table of contents of the story's headings (levels 0–2), with page numbers."""
    styles = (Styles.toc0, Styles.toc1, Styles.toc2)
    rows: list[list[Flowable]] = []
    commands: list[tuple[Any, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]
    for flowable in story:
        if not isinstance(flowable, Heading | TocMark) or not flowable.toc:
            continue
        if flowable.level is None or flowable.level > 2:
            continue
        key = f"toc{len(doc_keys)}"
        flowable.toc_key = key
        doc_keys.append(key)
        rows.append([Paragraph(escape(flowable.plain), styles[flowable.level]), PageRef(key)])
        if flowable.level == 0:
            index = len(rows) - 1
            commands.append(("LINEBELOW", (0, index), (-1, index), 0.5, RULE))
            commands.append(("TOPPADDING", (0, index), (-1, index), 8))
    table = Grid(rows, colWidths=["*", 14 * mm], hAlign="LEFT")
    table.setStyle(commands)
    return table


class _ProgressMap:
    """reportlab's (kind, value) notifications → a monotonic 0–1 fraction for the app's bar."""

    # Share of the bar for each layout pass (documents are laid out once; a template that needs
    # more passes gets half of what is left for each further pass).
    PASS_SHARES = (1.0,)

    def __init__(self, report: Progress, start: float, end: float) -> None:
        self.report = report
        self.start = start
        self.end = end
        self.passes = 0
        self.total = 1
        self.last = start

    def __call__(self, kind: str, value: int) -> None:
        if kind == "PASS":
            self.passes = value
        elif kind == "SIZE_EST":
            self.total = max(1, value)
        elif kind == "PROGRESS":
            index = max(0, self.passes - 1)
            done = sum(self._share(i) for i in range(index))
            fraction = done + self._share(index) * min(1.0, value / self.total)
            self._emit(self.start + (self.end - self.start) * fraction)

    def _share(self, index: int) -> float:
        if index < len(self.PASS_SHARES):
            return self.PASS_SHARES[index]
        left = 1.0 - sum(self.PASS_SHARES)
        return left / float(2 ** (index - len(self.PASS_SHARES) + 1))

    def _emit(self, value: float) -> None:
        if value > self.last + 0.005:
            self.last = value
            self.report(value)


def build_pdf(
    story: Sequence[Flowable],
    info: DocInfo,
    out: Path,
    *,
    state: PageState | None = None,
    contents: list[str] | None = None,
    first_template: str = PORTRAIT,
    progress: Progress | None = None,
    progress_from: float = 0.0,
) -> Path:
    """Lay out a story and write it to ``out`` atomically; returns ``out``."""
    fonts.register(fonts.SANS)
    with atomic_output(out) as sink:
        buffer = io.BytesIO()
        doc = MigraDoc(buffer, info, state=state, first_template=first_template)
        doc.toc_keys = contents or []
        if progress is not None:
            doc.setProgressCallBack(_ProgressMap(progress, progress_from, 0.97))
        doc.build(list(story), canvasmaker=_NumberedCanvas)
        sink.write(buffer.getvalue())
    if progress is not None:
        progress(1.0)
    return out
