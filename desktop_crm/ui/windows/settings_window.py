"""Settings ("Instellingen"), for administrators only: a page per list, the field rules, and general
settings (shared PC or laptop). ``open_settings(parent)`` checks the role first.

The main window opens it with ``open_settings(self)``; the window is non-modal and stays alive as a
child of its parent. Other settings (backups, for instance) can be added to the General page with
``SettingsWindow.general.add_section(widget)``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.entities import ListKind
from desktop_crm.domain.errors import CrmError
from desktop_crm.i18n import tr_error
from desktop_crm.services import associates, field_rules, session
from desktop_crm.ui.hub import hub
from desktop_crm.ui.models.list_items_model import associate_role_labels
from desktop_crm.ui.widgets.field_rules_grid import FieldRulesGrid
from desktop_crm.ui.windows.settings_pages import ListPage, list_title

LIST_PAGES = (ListKind.CATEGORY_GROUP, ListKind.CATEGORY, ListKind.BUSINESS, ListKind.COMPANY_INTEREST,
              ListKind.PERSON_INTEREST, ListKind.SUBSCRIPTION_TYPE, ListKind.LEAD_STATUS, ListKind.ASSOCIATE)
PAGE_ROLE = Qt.ItemDataRole.UserRole + 1


def _title_font(widget: QWidget) -> QFont:
    font = QFont(widget.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.25)
    return font


class FieldRulesPage(QWidget):
    """Per field of companies and persons: shown or not, mandatory or not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Field rules"))
        title.setFont(_title_font(title))
        intro = QLabel(self.tr("Choose which fields the cards show and which must be filled in. A mandatory field "
                               "is always shown. The cards, the import and the command line all check the mandatory "
                               "fields. Hiding a field keeps what is already filled in."))
        intro.setWordWrap(True)
        self.grid = FieldRulesGrid()
        self.grid.toggled.connect(self._toggled)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.grid, 1)
        self.reload()
        hub().data_changed.connect(self._on_data_changed)

    def reload(self) -> None:
        for kind in self.grid.models:
            self.grid.show_rules(kind, ((rule.name, rule) for rule in field_rules.field_rules(kind)))

    def _toggled(self, kind: str, name: str, rule: str, checked: bool) -> None:
        try:
            options = {"shown": checked} if rule == "shown" else {"required": checked}
            changes = field_rules.set_field_rule(kind, name, **options)
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Field rules"), tr_error(exc))
            self.reload()
            return
        self.reload()
        hub().publish(changes)

    def _on_data_changed(self, changes: ChangeSet) -> None:
        if changes.touches(field_rules.CHANGE_KIND):
            self.reload()


class GeneralPage(QWidget):
    """Shared PC or laptop; later also other general settings (``add_section``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("General"))
        title.setFont(_title_font(title))
        box = QGroupBox(self.tr("Who is working"))
        self.laptop = QRadioButton(self.tr("Laptop or own PC: remember who works here, and do not ask"))
        self.shared = QRadioButton(self.tr("Shared PC: ask who is working every time the app starts"))
        note = QLabel(self.tr("On a shared PC each associate chooses their name at the start, with their password if "
                              "they have one. Every change is recorded with the name of who made it."))
        note.setWordWrap(True)
        group = QButtonGroup(self)
        group.addButton(self.laptop)
        group.addButton(self.shared)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.laptop)
        box_layout.addWidget(self.shared)
        box_layout.addWidget(note)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(title)
        self._layout.addWidget(box)
        self._layout.addStretch(1)
        self.reload()
        self.shared.toggled.connect(self._changed)

    def add_section(self, widget: QWidget) -> None:
        """Add another group of settings below the ones there are (before the stretch)."""
        self._layout.insertWidget(self._layout.count() - 1, widget)

    def reload(self) -> None:
        shared = associates.workplace() == associates.SHARED
        self.shared.blockSignals(True)
        self.shared.setChecked(shared)
        self.laptop.setChecked(not shared)
        self.shared.blockSignals(False)

    def _changed(self, shared: bool) -> None:
        try:
            hub().publish(associates.set_workplace(associates.SHARED if shared else associates.LAPTOP))
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("General"), tr_error(exc))
            self.reload()


class SettingsWindow(QDialog):
    """The settings: navigation on the left, one page on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.navigator = QListWidget()
        self.navigator.setObjectName("settingsNavigator")
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self._header(self.tr("Lists"))
        for kind in LIST_PAGES:
            self._add_page(kind.value, list_title(kind), ListPage(kind))
        self._header(self.tr("Other"))
        self.field_rules = FieldRulesPage()
        self._add_page("field_rules", self.tr("Field rules"), self.field_rules)
        self.general = GeneralPage()
        self._add_page("general", self.tr("General"), self.general)
        from desktop_crm.ui.windows.config_wizard import ConfigurationSection  # the configuration assistant

        self.general.add_section(ConfigurationSection())
        self.navigator.setFixedWidth(max(190, self.navigator.sizeHintForColumn(0) + 24))
        self.navigator.currentItemChanged.connect(self._show)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.navigator)
        row.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.resize(980, 620)
        geometry = QSettings().value("settings_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.show_page(str(QSettings().value("settings_window/page", ListKind.CATEGORY.value)))

    def _header(self, text: str) -> None:
        item = QListWidgetItem(text, self.navigator)
        font = QFont(self.navigator.font())
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not selectable, not greyed

    def _add_page(self, key: str, label: str, page: QWidget) -> None:
        item = QListWidgetItem("    " + label, self.navigator)
        item.setData(PAGE_ROLE, key)
        self.pages[key] = page
        self.stack.addWidget(page)

    def _show(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        key = item.data(PAGE_ROLE) if item is not None else None
        if key in self.pages:
            self.stack.setCurrentWidget(self.pages[key])

    def show_page(self, key: str) -> QWidget:
        """Show the page ``key`` (a list kind's value, "field_rules" or "general") and return it."""
        if key not in self.pages:
            key = ListKind.CATEGORY.value
        for row in range(self.navigator.count()):
            if self.navigator.item(row).data(PAGE_ROLE) == key:
                self.navigator.setCurrentRow(row)
        return self.pages[key]

    def page(self, key: ListKind | str) -> QWidget:
        return self.pages[key.value if isinstance(key, ListKind) else key]

    def done(self, result: int) -> None:
        settings = QSettings()
        settings.setValue("settings_window/geometry", self.saveGeometry())
        current = self.navigator.currentItem()
        if current is not None:
            settings.setValue("settings_window/page", current.data(PAGE_ROLE))
        super().done(result)


def open_settings(parent: QWidget | None = None) -> SettingsWindow | None:
    """Open the settings for an administrator; anyone else gets a message saying why not (None)."""
    actor = session.current()
    if not session.is_administrator(actor):
        role = associate_role_labels().get(actor.role, actor.role)
        QMessageBox.information(parent, QCoreApplication.translate("SettingsWindow", "Settings"),
                                QCoreApplication.translate(
                                    "SettingsWindow", "Only an administrator can change the settings. You are "
                                    "signed in as {name} ({role}).").format(name=actor.name, role=role))
        return None
    window = SettingsWindow(parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
