"""IOM's comments on one anchor (an indicator's answer, a report section), shown beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from migradesk.domain.base import Role
from migradesk.domain.review import Comment

from migradesk.ui import style
from migradesk.ui.formats import fmt_date
from migradesk.ui.session import Session
from migradesk.ui.widgets.forms import data_label, label, multiline
from migradesk.ui.widgets.sending import now_on

_SHEET = f"""
QFrame#comment {{ background: {style.WARN_SOFT}; border: 1px solid #ecd0a4; border-radius: 4px; }}
QFrame#reply {{ background: {style.WINDOW}; border: 1px solid {style.BORDER}; border-radius: 4px; }}
"""


class CommentsPanel(QFrame):
    """The comments anchored to ``anchor_id`` (oldest first); the city answers the last one."""

    def __init__(self, session: Session, anchor_kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.anchor_kind = anchor_kind
        self.anchor_id = ""
        self.setStyleSheet(_SHEET)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.heading = label(self.tr("Comentarios de OIM"), "cardTitle")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.items = QVBoxLayout()
        self.items.setSpacing(6)
        layout.addLayout(self.items)
        self.reply = multiline(2)
        self.reply.setPlaceholderText(self.tr("Responder a OIM…"))
        self.reply.setAccessibleName(self.tr("Respuesta a OIM"))
        self.reply_button = QPushButton(self.tr("Responder"))
        self.reply_button.clicked.connect(self._send_reply)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.reply_button)
        layout.addWidget(self.reply)
        layout.addLayout(row)
        layout.addStretch(1)
        self.comments: list[Comment] = []

    def show_anchor(self, anchor_id: str) -> None:
        self.anchor_id = anchor_id
        file = self.session.file
        self.comments = [] if file is None else file.comments_on(anchor_id)
        while self.items.count():
            item = self.items.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        if not self.comments:
            self.items.addWidget(label(self.tr("OIM no dejó comentarios aquí."), "muted"))
        for comment in self.comments:
            box = QFrame()
            box.setObjectName("reply" if comment.author_role is not Role.REVIEWER else "comment")
            inner = QVBoxLayout(box)
            inner.setContentsMargins(8, 6, 8, 6)
            inner.setSpacing(2)
            meta = self.tr("%1 · %2").replace("%1", fmt_date(comment.created_at.date()))
            inner.addWidget(data_label(meta.replace("%2", comment.author), "muted"))
            inner.addWidget(data_label(comment.body))
            self.items.addWidget(box)
        can_reply = self._answerable() is not None
        self.reply.setVisible(can_reply)
        self.reply_button.setVisible(can_reply)

    def _answerable(self) -> Comment | None:
        """The latest comment by IOM, if any: replies are attached to it."""
        reviewer = [c for c in self.comments if c.author_role is Role.REVIEWER]
        return reviewer[-1] if reviewer else None

    def _send_reply(self) -> None:
        target = self._answerable()
        file = self.session.file
        body = self.reply.toPlainText().strip()
        if target is None or file is None or not body:
            return
        focal_point = file.focal_point
        comment = Comment(
            city_id=file.city.id,
            anchor_kind=self.anchor_kind,
            anchor_id=self.anchor_id,
            author=focal_point.name if focal_point is not None else self.tr("Punto focal"),
            author_role=_role(self.session.role),
            body=body,
            created_at=now_on(self.session.today()),
            reply_to=target.id,
        )
        self.reply.clear()
        self.session.save([comment], initiator=self)
        self.reply.setFocus(Qt.FocusReason.OtherFocusReason)


def _role(value: str) -> Role:
    """The signed-in account's role, which a comment must carry (an unknown one: the store
    refuses the comment with the reason, as the server would)."""
    return Role(value) if value in {r.value for r in Role} else Role.FOCAL_POINT
