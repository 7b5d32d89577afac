"""The main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from desktop_crm import APP_DISPLAY_NAME
from desktop_crm.services import database


class MainWindow(QMainWindow):
    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.setWindowTitle(f"{APP_DISPLAY_NAME} — {db_path.name}")
        self.resize(1100, 720)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.db_label = QLabel(self.tr("Database: {path}").format(path=db_path), central)
        self.db_label.setObjectName("dbLabel")
        self.db_label.setWordWrap(True)
        layout.addWidget(self.db_label)
        layout.addStretch(1)
        self.setCentralWidget(central)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        self.db_status = QLabel(self)
        self.statusBar().addPermanentWidget(self.db_status)
        self.refresh_status()
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def refresh_status(self) -> None:
        counts = database.record_counts()
        self.db_status.setText(self.tr("{companies} companies, {persons} persons — {path}").format(
            companies=counts["companies"], persons=counts["persons"], path=self.db_path))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
