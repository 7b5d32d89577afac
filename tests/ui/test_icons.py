"""The program's own icons: drawn from resources/icons/actions in the palette's text colour, used by the
main window's navigator and toolbar, and the style's icon where a file is missing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from desktop_crm.ui import icons
from tests.ui.test_main_window import window_for


def _image(icon, size: int = 22) -> QImage:  # noqa: ANN001
    return icon.pixmap(size, size).toImage().convertToFormat(QImage.Format.Format_ARGB32)


def _inked(image: QImage) -> set[str]:
    """The opaque colours of an icon's pixels (anti-aliased edges left out)."""
    return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
            if image.pixelColor(x, y).alpha() == 255}


def test_every_icon_file_is_listed_and_draws(qapp) -> None:
    files = {path.stem for path in icons.icons_dir().glob("*.svg")}
    assert files == set(icons.NAMES)
    for name in icons.NAMES:
        icon = icons.svg_icon(name)
        assert not icon.isNull(), name
        assert {s.width() for s in icon.availableSizes()} >= {16, 22, 32, 64}, name
        assert _inked(_image(icon, 48)), f"{name} draws nothing"


def test_icons_take_the_ink_they_are_given(qapp) -> None:
    red = _inked(_image(icons.svg_icon("persons", "#ff0000"), 48))
    assert red == {"#ff0000"}
    # The badge of a new record keeps its own green; the person is drawn in the ink.
    badge = _inked(_image(icons.svg_icon("new-person", "#0000ff"), 48))
    assert "#0000ff" in badge and "#2f855a" in badge


def test_icons_follow_a_dark_palette(qapp) -> None:
    original = QApplication.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    QApplication.setPalette(dark)
    try:
        assert _inked(_image(icons.svg_icon("settings"), 48)) == {"#eeeeee"}
    finally:
        QApplication.setPalette(original)


def test_a_missing_icon_file_falls_back_to_the_style(qapp, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(icons, "icons_dir", lambda: tmp_path)
    assert icons.svg_icon("companies").isNull()
    (tmp_path / "companies.svg").write_text("<svg not really", encoding="utf-8")
    assert icons.svg_icon("companies").isNull()
    fallback = icons.icon("companies")
    assert not fallback.isNull()


def test_the_main_window_uses_them(crm: Path, qtbot) -> None:
    window = window_for(qtbot, crm)
    for row, name in enumerate(("companies", "persons", "selections", "leads", "settings")):
        assert _image(window.navigator.item(row).icon()) == _image(icons.svg_icon(name)), name
    for action, name in ((window.new_company_action, "new-company"), (window.new_person_action, "new-person"),
                         (window.save_action, "save"), (window.delete_action, "delete"),
                         (window.undo_action, "undo")):
        assert _image(action.icon()) == _image(icons.svg_icon(name)), name
