"""The application icon, and the About dialog: name, version, the database in use, and the licences of
the libraries that ship with the app.

The icon files are made from ``resources/icons/desktop-crm.svg`` by ``packaging/make_icons.py``; the
licences are read from the installed packages' metadata (``importlib.metadata``; the standalone build
carries that metadata), with a table of the known ones for packages whose metadata does not say.
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_crm import APP_DISPLAY_NAME, APP_NAME, __version__, i18n
from desktop_crm.services import database

# Reverse-DNS id: the Linux .desktop file and AppStream id, the Flatpak app id and the macOS bundle id.
APP_ID = "nl.desktopcrm.DesktopCRM"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# Licences (SPDX) of the libraries we ship, for packages whose metadata does not name one. PySide6 and
# shiboken6 are offered under LGPL-3.0, GPL-2.0 or GPL-3.0: we use and ship them under the LGPL-3.0.
KNOWN_LICENCES = {
    "pyside6-essentials": "LGPL-3.0-only",
    "shiboken6": "LGPL-3.0-only",
    "peewee": "MIT",
    "platformdirs": "MIT",
    "phonenumbers": "Apache-2.0",
    "openpyxl": "MIT",
    "et-xmlfile": "MIT",
    "rapidfuzz": "MIT",
    "charset-normalizer": "MIT",
}
_CLASSIFIER_LICENCES = {
    "MIT License": "MIT",
    "Apache Software License": "Apache-2.0",
    "BSD License": "BSD",
    "GNU Lesser General Public License v3 (LGPLv3)": "LGPL-3.0",
    "Python Software Foundation License": "PSF-2.0",
}


def icons_dir() -> Path:
    return i18n.resources_dir() / "icons"


def app_icon() -> QIcon:
    """The application icon in every size there is (window, taskbar, task switcher, About dialog)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = icons_dir() / f"{APP_NAME}-{size}.png"
        if path.exists():
            icon.addFile(str(path), QSize(size, size))
    return icon


# --- what we ship --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(requirement: str) -> str | None:
    """The distribution name of a ``Requires-Dist`` line, or None for an optional ("extra") one."""
    if "extra ==" in requirement.replace("extra==", "extra =="):
        return None
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    return match.group(1) if match else None


def _licence_of(dist: metadata.Distribution, name: str) -> str:
    known = KNOWN_LICENCES.get(_normalise(name))
    if known:
        return known
    meta = dist.metadata
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 40:
        return text
    for classifier in meta.get_all("Classifier") or []:
        if classifier.startswith("License ::"):
            last = classifier.split("::")[-1].strip()
            return _CLASSIFIER_LICENCES.get(last, last)
    return "?"


def bundled_components() -> list[Component]:
    """Python, Qt, and every library the app depends on (with what those depend on), sorted by name."""
    try:
        requirements = metadata.requires(APP_NAME) or []
    except metadata.PackageNotFoundError:
        requirements = []
    wanted = [n for r in requirements if (n := _requirement_name(r))]
    wanted += [name for name in KNOWN_LICENCES if name not in {_normalise(n) for n in wanted}]
    seen: dict[str, Component] = {}
    while wanted:
        name = wanted.pop(0)
        key = _normalise(name)
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        shown = (dist.metadata.get("Name") or name).replace("_", "-")
        seen[key] = Component(shown, dist.version, _licence_of(dist, name))
        wanted += [n for r in dist.requires or [] if (n := _requirement_name(r))]
    components = sorted(seen.values(), key=lambda c: c.name.lower())
    return [Component("Python", platform.python_version(), "PSF-2.0"),
            Component("Qt", qVersion(), "LGPL-3.0-only"), *components]


# --- the dialog ----------------------------------------------------------------------------------------------


class AboutDialog(QDialog):
    def __init__(self, db_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Desktop CRM"))
        self.setWindowIcon(app_icon())

        icon = QLabel(self)
        icon.setObjectName("aboutIcon")
        icon.setPixmap(app_icon().pixmap(QSize(64, 64)))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        name = QLabel(f"<h2>{APP_DISPLAY_NAME}</h2>", self)
        name.setObjectName("aboutName")
        self.version_label = QLabel(self.tr("Version {version}").format(version=__version__), self)
        self.version_label.setObjectName("aboutVersion")
        summary = QLabel(self.tr("Companies, persons and leads for small businesses. Offline, in one file on "
                                 "this computer."), self)
        summary.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(name)
        heading.addWidget(self.version_label)
        heading.addWidget(summary)
        heading.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(heading, 1)

        form = QFormLayout()
        db_path = db_path or database.current_path()
        self.database_label = QLabel(str(db_path) if db_path else self.tr("No database is open."), self)
        self.database_label.setObjectName("aboutDatabase")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.database_label.setWordWrap(True)
        form.addRow(self.tr("Database:"), self.database_label)

        self.licences = QTreeWidget(self)
        self.licences.setObjectName("aboutLicences")
        self.licences.setRootIsDecorated(False)
        self.licences.setHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        self.licences.setAlternatingRowColors(True)
        for component in bundled_components():
            QTreeWidgetItem(self.licences, [component.name, component.version, component.licence])
        header = self.licences.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        note = QLabel(self.tr("Qt and PySide6 are used under the GNU Lesser General Public License version 3. "
                              "Their libraries are separate files in the installation folder, so you can "
                              "replace them with your own build."), self)
        note.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        about_qt = buttons.addButton(self.tr("About Qt"), QDialogButtonBox.ButtonRole.ActionRole)
        about_qt.clicked.connect(lambda: QApplication.aboutQt())
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Included libraries and their licences:"), self))
        layout.addWidget(self.licences, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, 520)


def show_about(parent: QWidget | None = None, db_path: Path | None = None) -> AboutDialog:
    """Open the About dialog (window-modal; it deletes itself when closed)."""
    dialog = AboutDialog(db_path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
