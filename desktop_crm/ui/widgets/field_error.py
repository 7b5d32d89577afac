"""An error shown under the field it concerns: the style's warning icon and the message."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget


class FieldErrorLabel(QWidget):
    """Hidden until ``show_error``; the text wraps so long messages are never clipped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setObjectName("fieldErrorText")
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        self.setVisible(False)

    def show_error(self, text: str) -> None:
        self.text.setText(text)
        self.setToolTip(text)
        self.setVisible(True)

    def clear(self) -> None:
        self.text.clear()
        self.setVisible(False)

    def message(self) -> str:
        return self.text.text() if not self.isHidden() else ""


def with_error(editor: QWidget, parent: QWidget | None = None) -> tuple[QWidget, FieldErrorLabel]:
    """``editor`` with an error label under it, for a form row."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(editor)
    error = FieldErrorLabel(box)
    layout.addWidget(error)
    return box, error
