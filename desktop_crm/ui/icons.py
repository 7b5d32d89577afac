"""The program's own line icons: ``resources/icons/actions/NAME.svg``.

The files are drawn in one ink colour (``INK``); it is swapped for the palette's text colour when an
icon is made, so the icons suit a light and a dark theme alike (a coloured badge, such as the green
"+" of a new record, keeps its colour). Each icon holds pixmaps in the sizes a toolbar, a list and a
high-DPI screen ask for; Qt greys them out itself for a disabled action. Where a file is missing or
unreadable (a broken install), the style's own icon stands in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyle

from desktop_crm import i18n

INK = "#1f2933"  # the colour the SVG files are drawn in
SIZES = (16, 22, 24, 32, 44, 48, 64)  # 44 and 64: a 22- and 32-pixel icon on a screen at 200 %
_SP = QStyle.StandardPixmap
FALLBACKS = {  # each icon, and the style's icon that stands in for it when its file cannot be drawn
    "companies": _SP.SP_DirHomeIcon, "persons": _SP.SP_FileDialogContentsView,
    "selections": _SP.SP_FileDialogDetailedView, "leads": _SP.SP_ArrowRight, "settings": _SP.SP_FileDialogInfoView,
    "new-company": _SP.SP_FileIcon, "new-person": _SP.SP_FileDialogNewFolder, "save": _SP.SP_DialogSaveButton,
    "delete": _SP.SP_TrashIcon, "undo": _SP.SP_ArrowBack, "add": _SP.SP_FileDialogNewFolder,
    "up": _SP.SP_ArrowUp, "down": _SP.SP_ArrowDown,
}
NAMES = tuple(FALLBACKS)


def icons_dir() -> Path:
    return i18n.resources_dir() / "icons" / "actions"


def svg_icon(name: str, ink: str | None = None) -> QIcon:
    """The icon drawn from ``NAME.svg`` in ``ink`` (default: the palette's text colour); a null
    QIcon when the file is missing or not an SVG."""
    try:
        text = (icons_dir() / f"{name}.svg").read_text(encoding="utf-8")
    except OSError:
        return QIcon()
    if ink is None:
        ink = QApplication.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText).name()
    renderer = QSvgRenderer(QByteArray(text.replace(INK, ink).encode("utf-8")))
    if not renderer.isValid():
        return QIcon()
    icon = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def icon(name: str) -> QIcon:
    """``svg_icon(name)``, or the style's icon in ``FALLBACKS`` when the file cannot be drawn."""
    found = svg_icon(name)
    if found.isNull():
        style = QApplication.style()
        return style.standardIcon(FALLBACKS[name]) if style is not None else QIcon()
    return found
