"""The page registry: navigator ids → the page class, imported when first shown.

The page of a step lives in ``migradesk/ui/pages/<id>.py`` and defines one ``Page`` subclass
with ``PAGE_ID = "<id>"``.
"""

from __future__ import annotations

import importlib
import inspect
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication

from migradesk.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from migradesk.ui.pages.base import Page
    from migradesk.ui.session import Session


class PageSpec(NamedTuple):  # not a dataclass: ``dataclasses`` loads after the first paint
    id: str
    title_source: str  # Spanish; shown through translate("pages", …)
    shortcut: str = ""

    @property
    def title(self) -> str:
        return QCoreApplication.translate("pages", self.title_source)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("inicio", QT_TRANSLATE_NOOP("pages", "Inicio")),
    PageSpec("inscripcion", QT_TRANSLATE_NOOP("pages", "Inscripción")),
    PageSpec("punto_focal", QT_TRANSLATE_NOOP("pages", "Punto focal")),
    PageSpec("fase1", QT_TRANSLATE_NOOP("pages", "Fase 1 · Capacitación")),
    PageSpec("fase2", QT_TRANSLATE_NOOP("pages", "Fase 2 · Autoevaluación")),
    PageSpec("fase3", QT_TRANSLATE_NOOP("pages", "Fase 3 · Reporte de evaluación")),
    PageSpec("fase4", QT_TRANSLATE_NOOP("pages", "Fase 4 · Plan de acción")),
    PageSpec("fase5", QT_TRANSLATE_NOOP("pages", "Fase 5 · Certificación")),
    PageSpec("fase6", QT_TRANSLATE_NOOP("pages", "Fase 6 · Implementación y monitoreo")),
)
PAGE_IDS = tuple(p.id for p in PAGES)


def spec(page_id: str) -> PageSpec:
    return next(p for p in PAGES if p.id == page_id)


def page_class(page_id: str) -> type[Page]:
    """The class of ``page_id``, defined in ``pages/<id>.py``."""
    from migradesk.ui.pages.base import Page

    module_name = f"{__name__}.{page_id}"
    module = importlib.import_module(module_name)
    for _name, value in inspect.getmembers(module, inspect.isclass):
        if issubclass(value, Page) and page_id == value.PAGE_ID:
            return value
    raise LookupError(f"{module_name} defines no Page with PAGE_ID = {page_id!r}")


def create_page(page_id: str, session: Session, complete: bool = True) -> Page:
    """A page of ``session``'s city; ``complete=False``: its construction continues in
    ``Page.build_step()`` (the prebuilder, one step per turn of the event loop)."""
    page = page_class(page_id)(session)
    if complete:
        page.complete()
    return page
