"""SCAFFOLD ONLY: the page shown for Fase 2–6 until their modules exist (issue 3, part B)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from migradesk.ui.pages import spec
from migradesk.ui.pages.base import Page
from migradesk.ui.session import Session
from migradesk.ui.widgets.forms import Card, label


class PlaceholderPage(Page):
    PAGE_ID = ""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        card = Card(self.tr("En preparación"))
        card.body.addWidget(
            label(
                self.tr(
                    "Esta etapa todavía no está disponible en esta versión de MigraDesk. "
                    "Sus datos de las otras etapas están guardados en este equipo."
                ),
                "muted",
            )
        )
        self.content.addWidget(card)
        self.finish()

    def title(self) -> str:
        return spec(self.PAGE_ID).title


def placeholder_for(page_id: str) -> type[Page]:
    return type(f"Placeholder_{page_id}", (PlaceholderPage,), {"PAGE_ID": page_id})
