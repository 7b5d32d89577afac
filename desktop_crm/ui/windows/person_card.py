"""The person card: the company (a picker and a link that opens it), the category inherited from
the company, the lead status exactly when the lead rules say (seed 002), the person's fields with
their own address, and the tabs Interesses, Abonnementen and Historie."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_crm import i18n
from desktop_crm.domain import messages as m
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.entities import ListKind, Person
from desktop_crm.domain.errors import FieldError
from desktop_crm.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop_crm.domain.names import full_name
from desktop_crm.services import fields, lists, persons, pickers
from desktop_crm.ui.widgets.company_picker import CompanyPicker
from desktop_crm.ui.widgets.duplicate_hint import DuplicateHint
from desktop_crm.ui.widgets.field_error import with_error
from desktop_crm.ui.widgets.history_view import HistoryView
from desktop_crm.ui.widgets.interests_editor import InterestsEditor
from desktop_crm.ui.widgets.list_combo import ListCombo
from desktop_crm.ui.widgets.subscriptions_editor import SubscriptionsEditor
from desktop_crm.ui.windows.card_base import RecordCard

COMPANY_NOT_CHOSEN = QT_TRANSLATE_NOOP("Messages", "Choose a company from the list, or leave the field empty.")
ADDRESS = ("street", "postal_code", "city", "country")
TEXT_FIELDS = ("salutation", "first_name", "middle_name", "last_name", "position", "email", "phone", "mobile", *ADDRESS)
LEFT = ("company_id", "category", "lead_status_id", "salutation", "first_name", "middle_name", "last_name")
RIGHT = ("position", "email", "phone", "mobile", "left_company")


class PersonCard(RecordCard):
    """``PersonCard(person_id=None, parent=None, company_id=None)``: a new person can start at a
    company. See RecordCard for the signals and ``save``/``maybe_close``/``delete``."""

    kind = "person"

    def __init__(self, person_id: int | None = None, parent: QWidget | None = None,
                 company_id: int | None = None) -> None:
        super().__init__(person_id, parent)
        self._start_company = company_id
        self._lead_visible = False
        required = fields.required_fields("person")
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}

        form = QWidget(self)
        grid = QGridLayout(form)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        self.company_picker = CompanyPicker(self)
        self.category_label = QLabel(self)
        self.category_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.category_label.setToolTip(i18n.tr_message(Message(m.CATEGORY_ON_PERSON)))
        self.lead_status = ListCombo(ListKind.LEAD_STATUS, False, self)
        self.left_company = QCheckBox(i18n.tr_field("left_company"), self)
        self.left_form, right_form = self.new_form_layout(), self.new_form_layout()
        self.lead_box: QWidget | None = None
        for layout, names in ((self.left_form, LEFT), (right_form, RIGHT)):
            for name in names:
                self._add_row(layout, name, name in required)
        # The person's own address, under the name (the right-hand column has the notes).
        self.address_heading = QLabel(self.tr("Address"), self)
        bold = QFont(self.address_heading.font())
        bold.setBold(True)
        self.address_heading.setFont(bold)
        self.address_heading.setContentsMargins(0, 6, 0, 0)
        self.left_form.addRow(self.address_heading)
        for name in ADDRESS:
            self._add_row(self.left_form, name, name in required)
        self.notes = self.notes_editor()
        box, error = with_error(self.notes, form)
        self.labels["notes"] = self._label("notes", "notes" in required, self.notes)
        right_form.addRow(self.labels["notes"], box)
        self.register_field("notes", self.notes, error)
        for column, layout in enumerate((self.left_form, right_form)):
            # Each column from the top: in the shorter one the space left over goes below its last
            # row (the notes would otherwise grow a gap above them).
            stack = QVBoxLayout()
            stack.addLayout(layout)
            stack.addStretch(1)
            grid.addLayout(stack, 0, column)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        if required:
            legend = QLabel(self.tr("Fields marked * are required."), form)
            legend.setEnabled(False)
            grid.addWidget(legend, 1, 0, 1, 2)
        self.duplicate_hint = DuplicateHint("person", form)  # issue 7: a likely duplicate while typing
        grid.addWidget(self.duplicate_hint, 2, 0, 1, 2)
        for name in ("first_name", "middle_name", "last_name", "email", "phone", "mobile"):
            self.edits[name].textChanged.connect(self._look_for_duplicates)
        self.company_picker.company_changed.connect(lambda *_: self._look_for_duplicates())
        self.set_form(form)
        self.company_picker.company_changed.connect(self._on_company_picked)

        self.interests = InterestsEditor(ListKind.PERSON_INTEREST, self)
        self.watch(self.interests)
        self.subscriptions = SubscriptionsEditor(self, publish=self._publish)
        self.history_view = HistoryView(self)
        self.tabs.addTab(self.interests, i18n.tr_field("interest_ids"))
        self.tabs.addTab(self.subscriptions, i18n.tr_field("subscriptions"))
        self.tabs.addTab(self.history_view, self.tr("History"))

        order = [self.company_picker.edit, self.company_picker.link, self.lead_status,
                 *(self.edits[n] for n in ("salutation", "first_name", "middle_name", "last_name", *ADDRESS,
                                           "position", "email", "phone", "mobile")),
                 self.left_company, self.notes, self.save_button, self.delete_button, self.tabs]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._start()

    # -- building ---------------------------------------------------------------------------------

    def _label(self, name: str, required: bool, buddy: QWidget | None) -> QLabel:
        text = i18n.tr_field("category_id") if name == "category" else i18n.tr_field(name)
        label = QLabel(text + (" *" if required else ""), self)
        if buddy is not None:
            label.setBuddy(buddy)
        if required:
            label.setToolTip(self.tr("Required"))
        return label

    def _add_row(self, layout: QFormLayout, name: str, required: bool) -> None:
        editor: QWidget
        if name == "company_id":
            editor = self.company_picker
        elif name == "category":
            self.labels[name] = self._label(name, False, None)
            layout.addRow(self.labels[name], self.category_label)
            return
        elif name == "lead_status_id":
            editor = self.lead_status
        elif name == "left_company":
            editor = self.left_company
        else:
            editor = self.edits[name] = QLineEdit(self)
            if name == "middle_name":
                # An example tussenvoegsel: the same in every language (and its self.tr() would be
                # "translated" to itself, which PySide treats as untranslated).
                editor.setPlaceholderText("van der")
            elif name == "postal_code":
                editor.setPlaceholderText("1234 AB")
            elif name == "country":  # the company card's text: empty means the Netherlands
                editor.setPlaceholderText(QCoreApplication.translate("CompanyCard", "Netherlands"))
        box, error = with_error(editor, self)
        if name == "left_company":
            layout.addRow("", box)
        else:
            self.labels[name] = self._label(name, required, editor)
            layout.addRow(self.labels[name], box)
        if name == "lead_status_id":
            self.lead_box = box
        self.register_field(name, editor, error)

    def apply_field_rules(self) -> None:
        """The field rules, and the Address heading only while any address field is shown."""
        super().apply_field_rules()
        shown = fields.shown_fields(self.kind)
        self.left_form.setRowVisible(self.address_heading, any(name in shown for name in ADDRESS))

    # -- the lead rules on the card ---------------------------------------------------------------

    def lead_status_shown(self) -> bool:
        """Whether the Leadstatus row is on the card (rule 3)."""
        return self._lead_visible

    def _apply_company(self, company_id: int | None, mode: str) -> None:
        """Show the company's category and re-evaluate the lead status field for it.

        ``mode`` is "load" (the stored record), "pick" (the user chose another company on the card)
        or "external" (the company's category changed elsewhere)."""
        summary = pickers.company_summary(company_id)
        if summary is None or not summary.category_name:
            self.category_label.setText(self.tr("(none)") if company_id is not None else self.tr("(no company)"))
        elif summary.group_name:
            self.category_label.setText(f"{summary.category_name} ({summary.group_name})")
        else:
            self.category_label.setText(summary.category_name)
        loaded: Person = self._loaded or Person()
        visible, editable = persons.lead_status_state(Person(company_id=company_id))
        status: int | None
        if mode == "load" or (mode == "pick" and (company_id == loaded.company_id or not visible)):
            # The stored value (kept untouched while hidden, rule 5); a new lead starts Open.
            status = loaded.lead_status_id
            if status is None and loaded.id is None and visible:
                status = lists.default_lead_status()
            self.lead_status.reload(status)
        elif visible and not self._lead_visible:
            # Entering a lead-enabled category: the person starts Open (rule 4).
            self.lead_status.reload(lists.default_lead_status())
        # Between two lead-enabled categories the chosen value stays.
        self._lead_visible = visible
        if self.lead_box is not None:
            self.left_form.setRowVisible(self.lead_box, visible)
        self.lead_status.setEnabled(editable and not self._read_only)

    def _on_company_picked(self, company_id: int | None) -> None:
        if not self._loading:
            self._apply_company(company_id, "pick")

    # -- RecordCard hooks ---------------------------------------------------------------------------

    def _look_for_duplicates(self) -> None:
        if not self._loading and not self.is_read_only():
            names = ("first_name", "middle_name", "last_name", "email", "phone", "mobile")
            values: dict[str, object] = {n: self.edits[n].text() for n in names}
            values["company_id"] = self.company_picker.company_id()
            self.duplicate_hint.update_values(values, exclude=self.record_id)

    def new_record(self) -> Person:
        """A new person, at the company the card was opened for; a new lead starts Open."""
        visible = persons.lead_status_state(Person(company_id=self._start_company))[0]
        return Person(company_id=self._start_company, lead_status_id=lists.default_lead_status() if visible else None)

    def fetch(self, record_id: int) -> Person:
        return persons.get_person(record_id)

    def fill(self, record: Person) -> None:
        summary = pickers.company_summary(record.company_id)
        self.company_picker.set_company(record.company_id, summary.name if summary else "", notify=False)
        self._apply_company(record.company_id, "load")
        for name, edit in self.edits.items():
            edit.setText(getattr(record, name))
            edit.setCursorPosition(0)
        self.left_company.setChecked(record.left_company)
        self.notes.setPlainText(record.notes)
        self.interests.set_checked(record.interest_ids)
        self.subscriptions.set_person(record.id)
        self.history_view.set_record(self.kind, record.id)

    def collect(self) -> Person:
        base: Person = self._loaded or Person()
        if self._lead_visible:
            status = self.lead_status.value()
        else:
            status = base.lead_status_id  # hidden: the stored value, untouched
        return Person(id=base.id, uuid=base.uuid, version=base.version, company_id=self.company_picker.company_id(),
                      lead_status_id=status, left_company=self.left_company.isChecked(),
                      notes=self.notes.toPlainText(), interest_ids=self.interests.checked_ids(),
                      **{name: self.edits[name].text() for name in TEXT_FIELDS})

    def is_dirty(self) -> bool:
        if super().is_dirty():
            return True
        # A company name typed but not (yet) chosen is an unsaved change too.
        return (not self._read_only and not self._deleted and self._loaded is not None
                and not self.company_picker.is_valid())

    def precheck(self) -> list[FieldError]:
        if not self.company_picker.is_valid():
            return [FieldError("company_id", Message(COMPANY_NOT_CHOSEN))]
        return []

    def save_record(self, record: Person) -> tuple[Person, ChangeSet]:
        return persons.save_person(record)

    def delete_record(self, record_id: int) -> ChangeSet:
        return persons.delete_person(record_id)

    def title_of(self, record: Person) -> str:
        return full_name(record.first_name, record.middle_name, record.last_name) or self.tr("New person")

    def delete_question(self) -> str:
        return self.tr("Delete \"{name}\"? You can undo this.").format(name=self.title())

    def set_editable(self, editable: bool) -> None:
        for edit in self.edits.values():
            edit.setReadOnly(not editable)
        self.company_picker.set_read_only(not editable)
        self.lead_status.setEnabled(editable and self._lead_visible)
        self.left_company.setEnabled(editable)
        self.notes.setReadOnly(not editable)
        self.interests.set_read_only(not editable)
        self.subscriptions.set_read_only(not editable)

    def lists_changed(self, changes: ChangeSet) -> None:
        was = self._loading
        self._loading = True
        try:
            if changes.touches(ListKind.LEAD_STATUS.value):
                self.lead_status.reload(self.lead_status.value())
            if changes.touches(ListKind.PERSON_INTEREST.value):
                self.interests.reload()
            if changes.touches(ListKind.SUBSCRIPTION_TYPE.value):
                self.subscriptions.refresh()
        finally:
            self._loading = was
        if changes.touches(ListKind.CATEGORY.value) or changes.touches(ListKind.CATEGORY_GROUP.value):
            self._apply_company(self.company_picker.company_id(), "external")

    def other_changes(self, changes: ChangeSet) -> None:
        """The company's category may have moved: show it and re-evaluate the lead status field."""
        company_id = self.company_picker.company_id()
        if company_id is not None and company_id in changes.ids("company"):
            was = self._loading
            self._loading = True
            try:
                self._apply_company(company_id, "external")
            finally:
                self._loading = was
        if self.record_id is not None and self.record_id in changes.ids("subscription"):
            self.subscriptions.refresh()
