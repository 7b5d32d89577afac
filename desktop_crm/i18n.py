"""Interface language: choosing it, installing Qt translators, and translating domain messages.

Every visible string goes through Qt's translation system. Our texts live in
``resources/translations/desktop_crm_{nl,en}.ts`` (sources) and ``.qm`` (compiled); Qt's own
``qtbase_nl.qm`` is loaded too so standard buttons and dialogs are Dutch.
``python resources/translations/update.py`` refreshes the ``.ts`` files from the code and builds
the ``.qm`` files.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from desktop_crm.domain.entities import FIELD_LABELS
from desktop_crm.domain.errors import CrmError, ValidationFailed
from desktop_crm.domain.messages import QT_TRANSLATE_NOOP, Message

LANGUAGES = {"nl": "Nederlands", "en": "English"}
_installed: list[QTranslator] = []


def resources_dir() -> Path:
    """``resources/`` beside the package (source tree) or inside a frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundle) / "resources"] if bundle else []
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    candidates.append(Path(__file__).resolve().parent / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def translations_dir() -> Path:
    return resources_dir() / "translations"


def system_language() -> str:
    """'nl' for a Dutch (or Flemish) system locale, else 'en'."""
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


def chosen_language(explicit: str | None = None) -> str:
    """The language asked for on the command line, else the user's choice, else the system's."""
    if explicit in LANGUAGES:
        return explicit  # type: ignore[return-value]
    saved = QSettings().value("language", "")
    if saved in LANGUAGES:
        return str(saved)
    return system_language()


def install(language: str) -> None:
    """Install the translators for ``language`` on the running Q(Core)Application."""
    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication([])
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"desktop_crm_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    if language != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands) if language == "nl"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def tr_field(name: str) -> str:
    """A field's label in the interface language."""
    return QCoreApplication.translate("Fields", FIELD_LABELS.get(name, name))


def tr_message(message: Message) -> str:
    """A domain message in the interface language, with its parameters filled in."""
    params = {}
    for key, value in message.params.items():
        # Labels and list names are themselves translatable texts of the "Fields" context.
        params[key] = QCoreApplication.translate("Fields", value) if key in ("label", "list") else value
    return QCoreApplication.translate("Messages", message.text).format(**params)


def tr_error(exc: CrmError) -> str:
    if isinstance(exc, ValidationFailed):
        return " ".join(tr_message(e.message) for e in exc.errors)
    return tr_message(exc.message)


_FILE_ERRORS = {
    "foreign": QT_TRANSLATE_NOOP("FileErrors", "{path} is not a Desktop CRM database ({detail}). It was not changed."),
    "newer": QT_TRANSLATE_NOOP(
        "FileErrors", "{path} was written by a newer version of Desktop CRM (schema version {found}; this version "
        "knows up to {supported}). Update the app to open it; the file was not changed."),
    "damaged": QT_TRANSLATE_NOOP("FileErrors", "{path} is damaged ({detail}). It was not changed; restore a backup."),
    "missing": QT_TRANSLATE_NOOP("FileErrors", "{path} does not exist. Create it with \"desktop-crm init\"."),
    "error": QT_TRANSLATE_NOOP("FileErrors", "{path} cannot be opened: {detail}"),
}


def tr_file_error(exc: Exception) -> str:
    """Why a database file could not be opened, for a message box or the command line."""
    kind = getattr(exc, "kind", "error")
    text = QCoreApplication.translate("FileErrors", _FILE_ERRORS.get(kind, _FILE_ERRORS["error"]))
    return text.format(path=getattr(exc, "path", ""), detail=getattr(exc, "detail", ""),
                       found=getattr(exc, "found", "?"), supported=getattr(exc, "supported", "?"))
