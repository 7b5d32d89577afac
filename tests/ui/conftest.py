"""GUI fixtures: an isolated QSettings store, a language switcher, the main window on a fresh database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from desktop_crm import i18n
from desktop_crm.ui.app import application


@pytest.fixture(scope="session")
def qapp_cls():
    from PySide6.QtWidgets import QApplication

    return QApplication


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory, qapp) -> Iterator[None]:
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    application()
    yield
    QSettings().clear()


# Qt's own helper classes whose texts come from Qt's catalogue (qtbase_nl), not ours.
QT_CONTEXTS = {"CloseButton"}


class RecordingTranslator(QTranslator):
    """Records every lookup of our own contexts that has no translation."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        assert self.load(str(path))
        self.missing: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802 - Qt override
        result = super().translate(context, source, disambiguation, n)
        ours = context and context not in QT_CONTEXTS and not (context.startswith("Q") and context[1:2].isupper())
        if not result and ours:
            self.missing.add((context, source))
        return result or None  # a null QString lets Qt ask the next translator


@pytest.fixture
def dutch(qapp) -> Iterator[RecordingTranslator]:
    """The interface in Dutch; the fixture's ``missing`` lists texts shown without a Dutch translation."""
    i18n.install("nl")
    recorder = RecordingTranslator(i18n.translations_dir() / "desktop_crm_nl.qm")
    QCoreApplication.installTranslator(recorder)
    yield recorder
    QCoreApplication.removeTranslator(recorder)
    i18n.install("en")


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where screenshots go (kept under /tmp/desktop-crm-shots too when that folder exists)."""
    keep = Path("/tmp/desktop-crm-shots")
    return keep if keep.is_dir() else tmp_path
