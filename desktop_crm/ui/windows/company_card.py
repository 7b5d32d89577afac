"""The company card: all company fields, and the tabs Contactpersonen, Interesses and Historie."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm import i18n
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.entities import Company, ListKind
from desktop_crm.services import companies, fields, pickers
from desktop_crm.ui.hub import hub
from desktop_crm.ui.widgets.duplicate_hint import DuplicateHint
from desktop_crm.ui.widgets.field_error import with_error
from desktop_crm.ui.widgets.history_view import HistoryView
from desktop_crm.ui.widgets.interests_editor import InterestsEditor
from desktop_crm.ui.widgets.list_combo import ListCombo
from desktop_crm.ui.windows.card_base import RecordCard

TEXT_FIELDS = ("name", "department", "kvk", "vat", "street", "postal_code", "city", "country", "phone", "email",
               "website")
NUMBER_FIELDS = ("employees", "branches")
LIST_FIELDS = {"category_id": ListKind.CATEGORY, "business_id": ListKind.BUSINESS,
               "our_contact_id": ListKind.ASSOCIATE}
LEFT = ("name", "department", "category_id", "business_id", "kvk", "vat", "our_contact_id", "employees", "branches")
RIGHT = ("street", "postal_code", "city", "country", "phone", "email", "website")
ID_ROLE = Qt.ItemDataRole.UserRole


class CompanyPersonsList(QWidget):
    """A simple read-only list of a company's persons (when the main window gives no richer view);
    double-click opens a person."""

    def __init__(self, company_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.company_id = company_id
        self._stale = True
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([i18n.tr_field("name"), i18n.tr_field("position"),
                                              i18n.tr_field("email")])
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        hub().data_changed.connect(self._on_changed)

    def refresh(self) -> None:
        self._stale = False
        self.model.removeRows(0, self.model.rowCount())
        for person in pickers.company_persons(self.company_id):
            name = person.name if not person.left_company else self.tr("{name} (left)").format(name=person.name)
            row = [QStandardItem(name), QStandardItem(person.position), QStandardItem(person.email)]
            row[0].setData(person.id, ID_ROLE)
            self.model.appendRow(row)

    def names(self) -> list[str]:
        return [self.model.item(r, 0).text() for r in range(self.model.rowCount())]

    def _open(self, index) -> None:  # noqa: ANN001 - QModelIndex
        person_id = self.model.item(index.row(), 0).data(ID_ROLE)
        hub().open_record.emit("person", int(person_id))

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("person") or changes.touches("company"):
            self._stale = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh()


class CompanyCard(RecordCard):
    """``CompanyCard(company_id=None, parent=None, persons_view_factory=None)``; see RecordCard for
    the signals and ``save``/``maybe_close``/``delete``."""

    kind = "company"

    def __init__(self, company_id: int | None = None, parent: QWidget | None = None,
                 persons_view_factory: Callable[[int], QWidget] | None = None) -> None:
        super().__init__(company_id, parent)
        self.persons_view_factory = persons_view_factory
        self.persons_view: QWidget | None = None
        required = fields.required_fields("company") | {"name"}
        self.edits: dict[str, QLineEdit] = {}
        self.combos: dict[str, ListCombo] = {}
        self.labels: dict[str, QLabel] = {}

        form = QWidget(self)
        grid = QGridLayout(form)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        left, right = self.new_form_layout(), self.new_form_layout()
        for layout, names in ((left, LEFT), (right, RIGHT)):
            for name in names:
                self._add_row(layout, name, name in required)
        self.notes = self.notes_editor()
        box, error = with_error(self.notes, form)
        self.labels["notes"] = self._label("notes", "notes" in required, self.notes)
        right.addRow(self.labels["notes"], box)
        self.register_field("notes", self.notes, error)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        legend = QLabel(self.tr("Fields marked * are required."), form)
        legend.setEnabled(False)
        grid.addWidget(legend, 1, 0, 1, 2)
        self.duplicate_hint = DuplicateHint("company", form)  # issue 7: a likely duplicate while typing
        grid.addWidget(self.duplicate_hint, 2, 0, 1, 2)
        for name in ("name", "kvk", "email", "phone", "postal_code"):
            self.edits[name].textChanged.connect(self._look_for_duplicates)
        self.set_form(form)

        self.interests = InterestsEditor(ListKind.COMPANY_INTEREST, self)
        self.watch(self.interests)
        self.history_view = HistoryView(self)
        self.persons_tab = QWidget(self)
        self.persons_tab_layout = QVBoxLayout(self.persons_tab)
        self.persons_placeholder = QLabel(self.tr("Save the company first; then you can add its contact persons."),
                                          self.persons_tab)
        self.persons_placeholder.setWordWrap(True)
        self.persons_placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.persons_tab_layout.addWidget(self.persons_placeholder)
        self.tabs.addTab(self.persons_tab, self.tr("Contact persons"))
        self.tabs.addTab(self.interests, i18n.tr_field("interest_ids"))
        self.tabs.addTab(self.history_view, self.tr("History"))

        order = [self._editors[n] for n in (*LEFT, *RIGHT)] + [self.notes, self.save_button, self.delete_button,
                                                                self.tabs]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._start()

    # -- building ---------------------------------------------------------------------------------

    def _label(self, name: str, required: bool, buddy: QWidget) -> QLabel:
        label = QLabel(i18n.tr_field(name) + (" *" if required else ""), self)
        label.setBuddy(buddy)
        if required:
            label.setToolTip(self.tr("Required"))
        return label

    def _add_row(self, layout: QFormLayout, name: str, required: bool) -> None:
        editor: QWidget
        if name in LIST_FIELDS:
            editor = self.combos[name] = ListCombo(LIST_FIELDS[name], True, self)
        else:
            editor = self.edits[name] = QLineEdit(self)
            if name in NUMBER_FIELDS:
                editor.setValidator(QIntValidator(0, 99_999_999, editor))
            if name == "postal_code":
                editor.setPlaceholderText("1234 AB")
            elif name == "kvk":
                editor.setPlaceholderText("12345678")
            elif name == "country":
                editor.setPlaceholderText(self.tr("Netherlands"))
        box, error = with_error(editor, self)
        self.labels[name] = self._label(name, required, editor)
        layout.addRow(self.labels[name], box)
        self.register_field(name, editor, error)

    def _look_for_duplicates(self) -> None:
        if not self._loading and not self.is_read_only():
            names = ("name", "kvk", "email", "phone", "postal_code", "country")
            self.duplicate_hint.update_values({n: self.edits[n].text() for n in names}, exclude=self.record_id)

    # -- RecordCard hooks ---------------------------------------------------------------------------

    def new_record(self) -> Company:
        return Company()

    def fetch(self, record_id: int) -> Company:
        return companies.get_company(record_id)

    def fill(self, record: Company) -> None:
        for name, edit in self.edits.items():
            value = getattr(record, name)
            edit.setText("" if value is None else str(value))
            edit.setCursorPosition(0)  # show the start of a long value
        for name, combo in self.combos.items():
            combo.reload(getattr(record, name))
        self.notes.setPlainText(record.notes)
        self.interests.set_checked(record.interest_ids)
        self.history_view.set_record(self.kind, record.id)
        self._ensure_persons_view(record.id)

    def collect(self) -> Company:
        base = self._loaded or Company()
        values: dict[str, object] = {}
        for name in TEXT_FIELDS:
            values[name] = self.edits[name].text()
        for name in NUMBER_FIELDS:
            text = self.edits[name].text().strip()
            values[name] = int(text) if text.isdigit() else None
        for name, combo in self.combos.items():
            values[name] = combo.value()
        return Company(id=base.id, uuid=base.uuid, version=base.version, notes=self.notes.toPlainText(),
                       interest_ids=self.interests.checked_ids(), **values)  # type: ignore[arg-type]

    def save_record(self, record: Company) -> tuple[Company, ChangeSet]:
        return companies.save_company(record)

    def delete_record(self, record_id: int) -> ChangeSet:
        return companies.delete_company(record_id)

    def title_of(self, record: Company) -> str:
        return record.name or self.tr("New company")

    def delete_question(self) -> str:
        count = len(pickers.company_persons(self.record_id)) if self.record_id is not None else 0
        if count:
            return self.tr("Delete the company \"{name}\"? Its contact persons ({count}) are deleted with it. "
                           "You can undo this.").format(name=self.title(), count=count)
        return self.tr("Delete the company \"{name}\"? You can undo this.").format(name=self.title())

    def set_editable(self, editable: bool) -> None:
        for edit in self.edits.values():
            edit.setReadOnly(not editable)
        for combo in self.combos.values():
            combo.setEnabled(editable)
        self.notes.setReadOnly(not editable)
        self.interests.set_read_only(not editable)

    def after_save(self, record: Company) -> None:
        self._ensure_persons_view(record.id)

    def lists_changed(self, changes: ChangeSet) -> None:
        was = self._loading
        self._loading = True
        try:
            for name, combo in self.combos.items():
                if changes.touches(LIST_FIELDS[name].value):
                    combo.reload(combo.value())
            if changes.touches(ListKind.COMPANY_INTEREST.value):
                self.interests.reload()
        finally:
            self._loading = was

    # -- the persons tab --------------------------------------------------------------------------

    def _ensure_persons_view(self, company_id: int | None) -> None:
        if company_id is None or self.persons_view is not None:
            return
        if self.persons_view_factory is not None:
            self.persons_view = self.persons_view_factory(company_id)
        else:
            self.persons_view = CompanyPersonsList(company_id, self.persons_tab)
        self.persons_placeholder.setVisible(False)
        self.persons_tab_layout.addWidget(self.persons_view)
