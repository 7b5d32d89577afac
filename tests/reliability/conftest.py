"""GUI tests in this folder get what tests/ui/conftest.py gives there: an isolated QSettings store."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture
def gui(qapp, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    from PySide6.QtCore import QSettings

    from desktop_crm.ui.app import application

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    application()
    yield
    QSettings().clear()


@pytest.fixture
def no_stray_boxes(gui, monkeypatch) -> Iterator[list[str]]:
    """Message boxes a test did not expect are recorded and closed instead of blocking the run forever
    (a modal loop in C++ never lets pytest-timeout in). The list must be empty at the end."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    strays: list[str] = []
    for name in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(
            lambda parent, title, text, *a, _n=name, **k: strays.append(f"{_n}: {text}")
            or QMessageBox.StandardButton.Cancel))
    seen: dict[int, int] = {}

    def sweep() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen[id(box)] = seen.get(id(box), 0) + 1
            if seen[id(box)] > 30:  # 3 s on screen and nobody answered
                strays.append(f"unanswered: {box.text()}")
                box.reject()

    timer = QTimer()
    timer.timeout.connect(sweep)
    timer.start(100)
    yield strays
    timer.stop()
