"""The main window: a navigator, the lists, open cards in tabs, quick search, undo, bulk update."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_crm import APP_DISPLAY_NAME
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.entities import ListKind
from desktop_crm.domain.errors import CrmError
from desktop_crm.i18n import tr_error
from desktop_crm.services import database, session, undo
from desktop_crm.ui import icons, worker
from desktop_crm.ui.hub import hub

VIEWS = ("companies", "persons", "selections", "leads", "settings")


class MainWindow(QMainWindow):
    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.undo_stack: list[tuple[str, str]] = []  # (description, transaction id), newest last
        self.setWindowTitle(f"{APP_DISPLAY_NAME} — {db_path.name}")
        self.resize(1280, 800)
        self._build_views()
        self._build_actions()
        self._build_status_bar()
        hub().data_changed.connect(self._on_data_changed)
        hub().open_record.connect(self.open_record)
        hub().status_message.connect(self._show_message)
        self._apply_role()
        self._restore_state()
        self.refresh_status()

    # --- building -------------------------------------------------------------------------------------------
    def _build_views(self) -> None:
        from desktop_crm.ui.widgets.record_list import RecordListWidget

        self.navigator = QListWidget()
        self.navigator.setObjectName("navigator")
        self.navigator.setIconSize(QSize(22, 22))
        labels = (self.tr("Companies"), self.tr("Persons"), self.tr("Selections"), self.tr("Leads"),
                  self.tr("Settings"))
        for name, label in zip(VIEWS, labels, strict=True):  # each view's icon has the view's name
            QListWidgetItem(icons.icon(name), label, self.navigator)
        # Wide enough for the longest (translated) label and its icon, never squeezed by the splitter.
        self.navigator.setMinimumWidth(self.navigator.sizeHintForColumn(0) + 2 * self.navigator.frameWidth() + 12)
        self.navigator.setMaximumWidth(max(220, self.navigator.minimumWidth()))

        self.stack = QStackedWidget()
        self.company_list = RecordListWidget("company")
        self.person_list = RecordListWidget("person")
        self.lead_list = RecordListWidget("person", leads_only=True)
        from desktop_crm.ui.windows.selections_page import SelectionsPage

        self.selections_page = SelectionsPage()
        self.settings_page = self._settings_page()
        for page in (self.company_list, self.person_list, self.selections_page, self.lead_list, self.settings_page):
            self.stack.addWidget(page)
        self.navigator.currentRowChanged.connect(self.show_view)

        self.cards = QTabWidget()
        self.cards.setTabsClosable(True)
        self.cards.setMovable(True)
        self.cards.setDocumentMode(True)
        self.cards.tabCloseRequested.connect(self.close_card_at)
        self.cards.currentChanged.connect(lambda _: self._update_actions())

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.cards)
        # The pages' own minimum widths add up to more than a 1366-pixel laptop screen; these explicit
        # minimums keep the window usable there (the user widens a pane with the splitter).
        self.stack.setMinimumWidth(400)
        self.cards.setMinimumWidth(460)
        self.splitter.setCollapsible(0, False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([170, 640, 470])
        self.setCentralWidget(self.splitter)

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _settings_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.settings_note = QLabel(self.tr("Lists, field rules and associates are maintained by an administrator."))
        self.settings_note.setWordWrap(True)
        layout.addWidget(self.settings_note)
        self.open_settings_button = QPushButton(self.tr("Open settings…"))
        self.open_settings_button.clicked.connect(self.open_settings)
        layout.addWidget(self.open_settings_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _action(self, text: str, slot, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                icon: str | None = None) -> QAction:
        """``icon``: the name of one of the program's icons (``ui.icons``)."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(icons.icon(icon))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        from desktop_crm.ui.widgets.quick_search import QuickSearchField

        self.new_company_action = self._action(self.tr("New &company"), self.new_company, QKeySequence.StandardKey.New,
                                               "new-company")
        self.new_person_action = self._action(self.tr("New &person"), self.new_person, "Ctrl+Shift+N",
                                              "new-person")
        self.save_action = self._action(self.tr("&Save"), self.save_card, QKeySequence.StandardKey.Save,
                                        "save")
        self.delete_action = self._action(self.tr("&Delete"), self.delete_current, QKeySequence.StandardKey.Delete,
                                          "delete")
        self.close_card_action = self._action(self.tr("Close card"), self.close_current_card,
                                              QKeySequence.StandardKey.Close)
        self.undo_action = self._action(self.tr("&Undo"), self.undo_last, QKeySequence.StandardKey.Undo,
                                        "undo")
        self.find_action = self._action(self.tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find)
        self.bulk_action = self._action(self.tr("&Bulk update…"), self.bulk_update, "Ctrl+B")
        self.bulk_interests_action = self._action(self.tr("&Interests in bulk…"), self.bulk_interests)
        self.next_action = self._action(self.tr("&Next record"), lambda: self.step_record(1), "Alt+Down")
        self.previous_action = self._action(self.tr("P&revious record"), lambda: self.step_record(-1), "Alt+Up")
        self.import_action = self._action(self.tr("&Import…"), self.import_file, "Ctrl+I")
        self.export_action = self._action(self.tr("&Export…"), self.export_list, "Ctrl+E")
        self.duplicates_action = self._action(self.tr("Find &duplicates…"), self.find_duplicates)
        self.backups_action = self._action(self.tr("&Backups…"), self.open_backups)
        self.backups_action.setObjectName("backupsAction")
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.about_action = self._action(self.tr("&About Desktop CRM"), self.about)
        self.view_actions = []
        for index in range(len(VIEWS)):
            item = self.navigator.item(index)
            action = self._action(item.text(), lambda _=False, i=index: self.navigator.setCurrentRow(i),
                                  f"Ctrl+{index + 1}")
            self.view_actions.append(action)

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        for action in (self.new_company_action, self.new_person_action, self.save_action, self.close_card_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backups_action)
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        for action in (self.undo_action, self.delete_action, self.find_action, self.bulk_action,
                       self.bulk_interests_action, self.duplicates_action):
            edit_menu.addAction(action)
        view_menu = menu.addMenu(self.tr("&View"))
        for action in self.view_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.next_action)
        view_menu.addAction(self.previous_action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_company_action, self.new_person_action, self.save_action, self.delete_action,
                       self.undo_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        self.search = QuickSearchField(self)
        self.search.setMinimumWidth(320)
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setFlat(True)
        self.undo_button.clicked.connect(self.undo_last)
        self.undo_button.hide()
        bar.addPermanentWidget(self.undo_button)
        self.role_label = QLabel()
        bar.addPermanentWidget(self.role_label)
        self.db_status = QLabel()
        self.db_status.setObjectName("dbStatus")
        bar.addPermanentWidget(self.db_status)

    # --- state ------------------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = settings.value("main_window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        for name, widget in self._lists().items():
            state = settings.value(f"lists/{name}")
            if state:
                widget.restore_state(state)
        view = settings.value("main_window/view", "companies")
        self.navigator.setCurrentRow(VIEWS.index(view) if view in VIEWS else 0)

    def _lists(self) -> dict:
        return {"companies": self.company_list, "persons": self.person_list, "leads": self.lead_list}

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        for index in range(self.cards.count() - 1, -1, -1):
            if not self.cards.widget(index).maybe_close():
                event.ignore()
                return
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/splitter", self.splitter.saveState())
        settings.setValue("main_window/view", VIEWS[max(0, self.navigator.currentRow())])
        for name, widget in self._lists().items():
            settings.setValue(f"lists/{name}", widget.save_state())
        # A closed window no longer answers the hub (another window may open records meanwhile).
        for signal, slot in ((hub().data_changed, self._on_data_changed), (hub().open_record, self.open_record),
                             (hub().status_message, self._show_message)):
            signal.disconnect(slot)
        super().closeEvent(event)

    def _apply_role(self) -> None:
        editable = session.can_edit()
        for action in (self.new_company_action, self.new_person_action, self.delete_action, self.bulk_action,
                       self.bulk_interests_action, self.undo_action, self.import_action, self.duplicates_action):
            action.setEnabled(editable)
        actor = session.current()
        if not editable:
            self.role_label.setText(self.tr("{name}: read only").format(name=actor.name))
            self.role_label.setToolTip(self.tr("You can view everything but change nothing."))
        else:
            self.role_label.setText(actor.name)
        self.open_settings_button.setEnabled(session.is_administrator())
        self._update_actions()

    def _update_actions(self) -> None:
        # The card area takes room only while a card is open.
        self.cards.setVisible(self.cards.count() > 0)
        card = self.current_card()
        editable = session.can_edit()
        self.save_action.setEnabled(editable and card is not None)
        self.close_card_action.setEnabled(card is not None)

    # --- views and records -------------------------------------------------------------------------------------
    def show_view(self, index: int) -> None:
        if index < 0:
            return
        self.stack.setCurrentIndex(index)
        for i, action in enumerate(self.view_actions):
            action.setCheckable(True)
            action.setChecked(i == index)
        self.refresh_status()

    def current_list(self):
        widget = self.stack.currentWidget()
        return widget if hasattr(widget, "selected_ids") else None

    def current_card(self):
        return self.cards.currentWidget()

    def open_record(self, kind: str, record_id: int) -> None:
        for index in range(self.cards.count()):
            card = self.cards.widget(index)
            if card.kind == kind and card.record_id == record_id:
                self.cards.setCurrentIndex(index)
                return
        self._add_card(self._make_card(kind, record_id))

    def _make_card(self, kind: str, record_id: int | None, company_id: int | None = None):
        if kind == "company":
            from desktop_crm.ui.widgets.record_list import RecordListWidget
            from desktop_crm.ui.windows.company_card import CompanyCard

            return CompanyCard(record_id, persons_view_factory=lambda cid: RecordListWidget("person", company_id=cid))
        from desktop_crm.ui.windows.person_card import PersonCard

        return PersonCard(record_id, company_id=company_id)

    def _add_card(self, card) -> None:
        first = self.cards.count() == 0
        index = self.cards.addTab(card, card.windowTitle() or self.tr("New"))
        card.title_changed.connect(lambda title, c=card: self.cards.setTabText(self.cards.indexOf(c), title))
        card.deleted.connect(lambda changes, c=card: self._card_deleted(c, changes))
        self.cards.setCurrentIndex(index)
        self._update_actions()
        if first:
            # The first card gets the room its form needs; the list keeps the rest.
            nav, total = self.splitter.sizes()[0], sum(self.splitter.sizes())
            wanted = max(card.minimumSizeHint().width() + 24, self.cards.minimumWidth())
            card_width = min(wanted, (total - nav) * 3 // 5)
            self.splitter.setSizes([nav, total - nav - card_width, card_width])

    def new_company(self) -> None:
        self._add_card(self._make_card("company", None))

    def new_person(self) -> None:
        card = self.current_card()
        company_id = card.record_id if card is not None and card.kind == "company" else None
        self._add_card(self._make_card("person", None, company_id))

    def save_card(self) -> None:
        card = self.current_card()
        if card is not None:
            card.save()

    def close_card_at(self, index: int) -> bool:
        card = self.cards.widget(index)
        if card is None or not card.maybe_close():
            return False
        self.cards.removeTab(index)
        card.deleteLater()
        self._update_actions()
        return True

    def close_current_card(self) -> None:
        if self.cards.count():
            self.close_card_at(self.cards.currentIndex())

    def delete_current(self) -> None:
        """Delete the open card's record, or the selected rows of the list in view."""
        card = self.current_card()
        if card is not None and (self.cards.hasFocus() or self.cards.isAncestorOf(self.focusWidget())):
            card.delete()
            return
        lst = self.current_list()
        ids = lst.selected_ids() if lst is not None else []
        if not ids:
            if card is not None:
                card.delete()
            return
        kind = lst.kind
        text = (self.tr("Delete %n company(s) and their persons?", "", len(ids)) if kind == "company"
                else self.tr("Delete %n person(s)?", "", len(ids)))
        answer = QMessageBox.question(self, self.tr("Delete"), text + "\n" + self.tr("You can undo this."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        from desktop_crm.services import trash

        try:
            changes = trash.delete_records({kind: ids})
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Delete"), tr_error(exc))
            return
        self.remember_undo(self.tr("Delete"), changes)
        hub().publish(changes)

    def _card_deleted(self, card, changes: ChangeSet) -> None:
        self.remember_undo(self.tr("Delete"), changes)
        index = self.cards.indexOf(card)
        if index >= 0:
            self.cards.removeTab(index)
            card.deleteLater()

    def step_record(self, step: int) -> None:
        lst = self.current_list()
        if lst is not None and hasattr(lst, "step"):
            record_id = lst.step(step)
            if record_id is not None:
                self.open_record(lst.kind, record_id)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- undo and bulk --------------------------------------------------------------------------------------------
    def remember_undo(self, description: str, changes: ChangeSet) -> None:
        if not changes.undo:
            return
        self.undo_stack.append((description, changes.undo))
        self.undo_button.setText(self.tr("Undo: {what}").format(what=description))
        self.undo_button.show()
        self.statusBar().showMessage(self.tr("{what} done. Ctrl+Z undoes it.").format(what=description), 10_000)

    def undo_last(self) -> None:
        if not self.undo_stack:
            self.statusBar().showMessage(self.tr("Nothing to undo."), 4000)
            return
        description, tx = self.undo_stack.pop()
        try:
            changes = undo.undo_any(tx)
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Undo"), tr_error(exc))
            return
        hub().publish(changes)
        self.statusBar().showMessage(self.tr("Undone: {what}").format(what=description), 6000)
        if self.undo_stack:
            self.undo_button.setText(self.tr("Undo: {what}").format(what=self.undo_stack[-1][0]))
        else:
            self.undo_button.hide()

    def bulk_update(self) -> None:
        from desktop_crm.ui.windows.bulk_update_dialog import BulkUpdateDialog

        lst = self.current_list()
        ids = lst.selected_ids() if lst is not None else []
        if not ids:
            QMessageBox.information(self, self.tr("Bulk update"), self.tr("Select the rows to change first."))
            return
        dialog = BulkUpdateDialog(lst.kind, ids, self)
        if dialog.exec() and dialog.result_ is not None:
            self.remember_undo(self.tr("Bulk update"), dialog.result_.changes)

    def bulk_interests(self) -> None:
        from desktop_crm.ui.windows.bulk_interests_dialog import BulkInterestsDialog

        lst = self.current_list()
        ids = lst.selected_ids() if lst is not None else []
        if not ids:
            QMessageBox.information(self, self.tr("Bulk update"), self.tr("Select the rows to change first."))
            return
        dialog = BulkInterestsDialog(lst.kind, ids, self)
        if dialog.exec() and getattr(dialog, "result_", None) is not None:
            self.remember_undo(self.tr("Interests in bulk"), dialog.result_.changes)

    # --- import, export, duplicates ------------------------------------------------------------------------------
    def import_file(self) -> None:
        from desktop_crm.ui.windows.import_wizard import ImportWizard

        wizard = ImportWizard(self)
        wizard.open_selection.connect(self.show_selection)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()

    def show_selection(self, selection_id: int) -> None:
        self.navigator.setCurrentRow(VIEWS.index("selections"))
        self.selections_page.reload(selection_id)

    def export_list(self) -> None:
        """Export the selected rows of the list in view, or the whole (filtered) list."""
        from desktop_crm.ui.windows.export_dialog import export_records

        lst = self.current_list()
        if lst is None:
            QMessageBox.information(self, self.tr("Export"), self.tr("Open the list of companies or persons first."))
            return
        ids = lst.selected_ids()
        # Several rows selected: those; otherwise the whole list as it is filtered now.
        export_records(self, lst.kind, ids if len(ids) > 1 else None, lst.model.spec)

    def find_duplicates(self) -> None:
        from desktop_crm.ui.windows.duplicates_window import DuplicatesWindow

        lst = self.current_list()
        window = DuplicatesWindow(lst.kind if lst is not None else "person")
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.setWindowFlag(Qt.WindowType.Window)
        window.setParent(self, Qt.WindowType.Window)
        window.resize(900, 600)
        window.show()

    def open_settings(self) -> None:
        from desktop_crm.ui.windows.settings_window import open_settings

        self.settings_window = open_settings(self)

    # --- backups -----------------------------------------------------------------------------------------------------
    def open_backups(self) -> QDialog:
        """File > Backups…: the backups dialog; a restore first closes the cards, then every screen reloads."""
        from desktop_crm.ui.windows.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self)
        dialog.before_restore = self.close_all_cards
        dialog.restored.connect(lambda _result: self.show_restored_data())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def close_all_cards(self) -> bool:
        """Close every open card before a restore, asking about unsaved input; False when the user cancels."""
        for index in range(self.cards.count() - 1, -1, -1):
            if not self.close_card_at(index):
                return False
        return True

    def show_restored_data(self) -> None:
        """After a restore every screen shows the restored data: cards left open are closed (their records may
        not exist any more), lists and counts reload."""
        for index in range(self.cards.count() - 1, -1, -1):
            card = self.cards.widget(index)
            self.cards.removeTab(index)
            card.deleteLater()
        everything = ChangeSet().add("company").add("person")
        for kind in ListKind:
            everything.add(kind.value)
        hub().publish(everything)
        self.refresh_status()

    def about(self) -> None:
        from desktop_crm.ui.about_dialog import show_about

        show_about(self, self.db_path)

    # --- refresh ---------------------------------------------------------------------------------------------------
    def _on_data_changed(self, changes: ChangeSet) -> None:
        QTimer.singleShot(0, self.refresh_status)

    def refresh_status(self) -> None:
        """Counts for the status bar, counted on the worker thread (a COUNT over 1M rows takes a while)."""
        worker.run_task(database.live_counts, on_done=self._show_counts, on_error=lambda exc: None)

    def _show_counts(self, counts: dict[str, int]) -> None:
        locale = QLocale()
        self.db_status.setText(self.tr("{companies} companies, {persons} persons — {path}").format(
            companies=locale.toString(counts["companies"]), persons=locale.toString(counts["persons"]),
            path=self.db_path))
