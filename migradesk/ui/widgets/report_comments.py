"""The comments on one anchor (an indicator's answer, a report section, an action), shown beside
it: IOM's and CIPPEC's, each as its own, with the passage it quotes, and the city's answers.

The city answers the latest comment; IOM and CIPPEC (in their workspace) add comments of their
own, quoting the passage selected in the text when there is one (``passage_source``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from migradesk.domain.base import CITY_ROLES, Role
from migradesk.domain.review import REVIEWER_ROLES, Comment

from migradesk.ui import style
from migradesk.ui.formats import fmt_date
from migradesk.ui.session import Session
from migradesk.ui.widgets.forms import data_label, label, multiline
from migradesk.ui.widgets.sending import now_on

_SHEET = f"""
QFrame#comment {{ background: {style.WARN_SOFT}; border: 1px solid #ecd0a4; border-radius: 4px; }}
QFrame#partnerComment {{
    background: {style.ACCENT_SOFT}; border: 1px solid #bcd2e8; border-radius: 4px;
}}
QFrame#reply {{ background: {style.WINDOW}; border: 1px solid {style.BORDER}; border-radius: 4px; }}
"""


class CommentsPanel(QFrame):
    """The comments anchored to ``anchor_id`` (oldest first)."""

    def __init__(self, session: Session, anchor_kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.anchor_kind = anchor_kind
        self.anchor_id = ""
        # IOM's workspace sets these: the text selected where the comment is anchored (a report
        # section's), and the name a comment is signed with.
        self.passage_source: Callable[[], str] | None = None
        self.author_source: Callable[[], str] | None = None
        self.setStyleSheet(_SHEET)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.heading = label(self.tr("Comentarios de OIM y CIPPEC"), "cardTitle")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.items = QVBoxLayout()
        self.items.setSpacing(6)
        layout.addLayout(self.items)
        self.reply = multiline(2)
        self.reply_button = QPushButton()
        self.reply_button.clicked.connect(self._send)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.reply_button)
        layout.addWidget(self.reply)
        layout.addLayout(row)
        layout.addStretch(1)
        self.comments: list[Comment] = []
        self._texts()

    @property
    def reviewing(self) -> bool:
        """IOM or CIPPEC look at the city's file: they comment, the city answers."""
        return self.session.role in REVIEWER_ROLES

    def _texts(self) -> None:
        if self.reviewing:
            partner = self.session.role == Role.PARTNER
            self.reply.setPlaceholderText(
                self.tr("Comentario de CIPPEC para la ciudad…")
                if partner
                else self.tr("Comentario de OIM para la ciudad…")
            )
            self.reply.setAccessibleName(self.tr("Nuevo comentario"))
            self.reply_button.setText(self.tr("Comentar"))
        else:
            self.reply.setPlaceholderText(self.tr("Responder a OIM…"))
            self.reply.setAccessibleName(self.tr("Respuesta a OIM"))
            self.reply_button.setText(self.tr("Responder"))

    def organisation(self, role: Role) -> str:
        if role is Role.PARTNER:
            return self.tr("CIPPEC")
        if role in REVIEWER_ROLES:
            return self.tr("OIM")
        return self.tr("la ciudad")

    def show_anchor(self, anchor_id: str) -> None:
        self.anchor_id = anchor_id
        self._texts()
        file = self.session.file
        self.comments = [] if file is None else file.comments_on(anchor_id)
        while self.items.count():
            item = self.items.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        if not self.comments:
            self.items.addWidget(label(self.tr("Todavía no hay comentarios aquí."), "muted"))
        for comment in self.comments:
            box = QFrame()
            box.setObjectName(
                "partnerComment"
                if comment.author_role is Role.PARTNER
                else "comment"
                if comment.author_role in REVIEWER_ROLES
                else "reply"
            )
            inner = QVBoxLayout(box)
            inner.setContentsMargins(8, 6, 8, 6)
            inner.setSpacing(2)
            meta = (
                self.tr("%1 · %2 (%3)")
                .replace("%1", fmt_date(comment.created_at.date()))
                .replace("%3", self.organisation(comment.author_role))
            )
            inner.addWidget(data_label(meta.replace("%2", comment.author), "muted"))
            if comment.passage.strip():
                quote = data_label(f"«{comment.passage.strip()}»", "muted")
                quote_font = quote.font()
                quote_font.setItalic(True)
                quote.setFont(quote_font)
                inner.addWidget(quote)
            inner.addWidget(data_label(comment.body))
            self.items.addWidget(box)
        can_write = self.reviewing or (
            self.session.role in CITY_ROLES and self._answerable() is not None
        )
        can_write = can_write and bool(anchor_id)
        self.reply.setVisible(can_write)
        self.reply_button.setVisible(can_write)

    def _answerable(self) -> Comment | None:
        """The latest comment by IOM or CIPPEC, if any: the city's replies answer it."""
        reviewers = [c for c in self.comments if c.author_role in REVIEWER_ROLES]
        return reviewers[-1] if reviewers else None

    def _send(self) -> None:
        file = self.session.file
        body = self.reply.toPlainText().strip()
        if file is None or not body:
            return
        if self.reviewing:
            target = None
            author = self.author_source() if self.author_source else ""
            passage = self.passage_source() if self.passage_source else ""
        else:
            target = self._answerable()
            if target is None:
                return
            focal_point = file.focal_point
            author = focal_point.name if focal_point is not None else self.tr("Punto focal")
            passage = ""
        comment = Comment(
            city_id=file.city.id,
            anchor_kind=self.anchor_kind,
            anchor_id=self.anchor_id,
            author=author or self.organisation(_role(self.session.role)),
            author_role=_role(self.session.role),
            body=body,
            created_at=now_on(self.session.today()),
            reply_to=target.id if target is not None else None,
            passage=" ".join(passage.split())[:2000],
        )
        self.reply.clear()
        self.session.save([comment], initiator=self)
        self.reply.setFocus(Qt.FocusReason.OtherFocusReason)


def _role(value: str) -> Role:
    """The signed-in account's role, which a comment must carry (an unknown one: the store
    refuses the comment with the reason, as the server would)."""
    return Role(value) if value in {r.value for r in Role} else Role.FOCAL_POINT
