"""What the company card and the person card share: loading, dirty tracking, saving with field
errors next to their fields, the stale-save question, delete with undo, the read-only notice, and
refreshing when the record changed elsewhere.

A card is a QWidget the main window hosts (in a tab). Its texts use the literal context
"RecordCard" (not ``self.tr``, which would first look them up under the subclass's name).
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_crm import i18n
from desktop_crm.domain import messages as m
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.entities import ListKind
from desktop_crm.domain.errors import CrmError, FieldError, NotFound, StaleRecord, ValidationFailed
from desktop_crm.domain.messages import Message
from desktop_crm.services import session
from desktop_crm.services.fields import shown_fields
from desktop_crm.ui import icons
from desktop_crm.ui.hub import hub
from desktop_crm.ui.widgets.company_picker import CompanyPicker
from desktop_crm.ui.widgets.field_error import FieldErrorLabel
from desktop_crm.ui.widgets.interests_editor import InterestsEditor
from desktop_crm.ui.widgets.list_combo import ListCombo

_SKIP = {"id", "uuid", "version"}
_LIST_KINDS = {k.value for k in ListKind}

RELOAD, OVERWRITE, CANCEL = "reload", "overwrite", "cancel"


def _tr(text: str) -> str:
    """Only for texts marked elsewhere with QCoreApplication.translate("RecordCard", ...)."""
    return QCoreApplication.translate("RecordCard", text)


class RecordCard(QWidget):
    """Base of CompanyCard and PersonCard. Subclasses build the form and implement the hooks at
    the end of this class."""

    kind = ""
    saved = Signal(str, int)  # kind, id: after every successful save (the first one gives the id)
    deleted = Signal(object)  # ChangeSet; its ``undo`` is the token for services.trash.undo_delete
    title_changed = Signal(str)
    dirty_changed = Signal(bool)

    def __init__(self, record_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record_id = record_id
        self._loaded: Any = None
        self._loading = False
        self._dirty = False
        self._deleted = False
        self._gone = False
        self._publishing = False
        self._read_only = not session.can_edit()
        self._editors: dict[str, QWidget] = {}
        self._errors: dict[str, FieldErrorLabel] = {}

        self.title_label = QLabel(self)
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_action = QAction(icons.icon("save"),
                                   QCoreApplication.translate("RecordCard", "Save"), self)
        self.save_action.triggered.connect(self.save)
        self.delete_action = QAction(icons.icon("delete"),
                                     QCoreApplication.translate("RecordCard", "Delete"), self)
        self.delete_action.triggered.connect(self.delete)
        self.save_button = QPushButton(self.save_action.icon(), self.save_action.text(), self)
        self.save_button.clicked.connect(self.save_action.trigger)
        self.delete_button = QPushButton(self.delete_action.icon(), self.delete_action.text(), self)
        self.delete_button.clicked.connect(self.delete_action.trigger)

        self.read_only_banner = self._banner(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.notice = self._banner(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.general_error = FieldErrorLabel(self)

        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.save_button)
        header.addWidget(self.delete_button)
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addLayout(header)
        self.main_layout.addWidget(self.read_only_banner)
        self.main_layout.addWidget(self.notice)
        self.main_layout.addWidget(self.general_error)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.tabs = QTabWidget(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.scroll)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.main_layout.addWidget(self.splitter, 1)
        hub().data_changed.connect(self._on_data_changed)

    # -- building (for subclasses) ----------------------------------------------------------------

    def _banner(self, icon: QStyle.StandardPixmap) -> QFrame:
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setAutoFillBackground(True)
        frame.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        frame.setForegroundRole(QPalette.ColorRole.ToolTipText)
        layout = QHBoxLayout(frame)
        layout.setContentsMargins(8, 4, 8, 4)
        picture = QLabel(frame)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        picture.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        text = QLabel(frame)
        text.setWordWrap(True)
        layout.addWidget(picture)
        layout.addWidget(text, 1)
        frame.text = text  # type: ignore[attr-defined]
        frame.setVisible(False)
        return frame

    def set_form(self, form: QWidget) -> None:
        """The fields, in the upper part of the card (scrolls when the card is small)."""
        self.scroll.setWidget(form)
        self._sized = False

    def new_form_layout(self) -> QFormLayout:
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setHorizontalSpacing(max(layout.horizontalSpacing(), 12))
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return layout

    def notes_editor(self) -> QPlainTextEdit:
        notes = QPlainTextEdit(self)
        notes.setTabChangesFocus(True)
        notes.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        notes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        line = notes.fontMetrics().lineSpacing()
        notes.setMinimumHeight(line * 3 + 12)
        notes.setMaximumHeight(line * 5 + 12)
        return notes

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        form = self.scroll.widget()
        if form is not None and not getattr(self, "_sized", True):
            # The whole form in view when the card is tall enough; the tabs get the rest.
            self._sized = True
            wanted = form.sizeHint().height() + 2 * self.scroll.frameWidth() + 2
            total = sum(self.splitter.sizes()) or self.splitter.height()
            top = min(wanted, max(total - 180, total // 2))
            self.splitter.setSizes([top, max(total - top, 1)])

    def register_field(self, name: str, editor: QWidget, error: FieldErrorLabel) -> None:
        """``editor`` edits field ``name``: its errors show in ``error``; edits mark the card dirty."""
        self._editors[name] = editor
        self._errors[name] = error
        self.watch(editor, name)

    def watch(self, widget: QWidget, name: str | None = None) -> None:
        """Edits of ``widget`` make the card dirty (and clear the error of field ``name``)."""
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            signal = widget.textChanged
        elif isinstance(widget, QCheckBox):
            signal = widget.toggled
        elif isinstance(widget, ListCombo):
            signal = widget.value_changed
        elif isinstance(widget, InterestsEditor):
            signal = widget.changed
        elif isinstance(widget, CompanyPicker):
            widget.edit.textChanged.connect(lambda *_: self._edited(name))
            signal = widget.company_changed
        else:
            raise TypeError(type(widget))
        signal.connect(lambda *_: self._edited(name))

    # -- the public interface ---------------------------------------------------------------------

    def is_dirty(self) -> bool:
        if self._deleted or self._gone or self._loaded is None or self._read_only:
            return False
        return self._values(self.collect()) != self._values(self._loaded)

    def is_read_only(self) -> bool:
        return self._read_only

    def title(self) -> str:
        return self.title_label.text()

    def reload(self) -> None:
        """Read the record again, dropping unsaved changes."""
        if self.record_id is None:
            self._load(self.new_record())
            return
        try:
            record = self.fetch(self.record_id)
        except NotFound:
            self._mark_gone()
            return
        self._gone = False
        self._load(record)

    def save(self) -> bool:
        """Validate and save; errors show next to their fields. True when saved (or nothing to save)."""
        if self._read_only or self._deleted or self._gone:
            return False
        if self.record_id is not None and not self.is_dirty():
            return True  # nothing changed: nothing to write
        self.clear_errors()
        problems = self.precheck()
        if problems:
            self.show_errors(problems)
            return False
        return self._write(self.collect())

    def maybe_close(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; True when closing may go on."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self, QCoreApplication.translate("RecordCard", "Unsaved changes"),
            QCoreApplication.translate("RecordCard", "Save the changes to \"{title}\"?").format(title=self.title()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self._load(self._loaded)
            return True
        return False

    def delete(self) -> bool:
        """Ask, then delete (soft); publishes the ChangeSet and emits ``deleted`` with it."""
        if self._read_only or self.record_id is None or self._deleted:
            return False
        answer = QMessageBox.question(
            self, QCoreApplication.translate("RecordCard", "Delete"), self.delete_question(),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            changes = self.delete_record(self.record_id)
        except CrmError as exc:
            self._warn(i18n.tr_error(exc))
            return False
        self._deleted = True
        self._show_notice(QCoreApplication.translate("RecordCard", "Deleted. Undo brings it back."))
        self._update_actions()
        self._publish(changes)
        self.deleted.emit(changes)
        return True

    def ask_stale(self) -> str:
        """Someone saved the record in between: RELOAD, OVERWRITE or CANCEL."""
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("RecordCard", "Changed elsewhere"),
                          i18n.tr_message(Message(m.STALE_RECORD)), QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(QCoreApplication.translate(
            "RecordCard", "Overwrite keeps your changes and takes the other changes for the fields you did not "
            "edit."))
        reload_button = box.addButton(QCoreApplication.translate("RecordCard", "Reload"),
                                      QMessageBox.ButtonRole.DestructiveRole)
        overwrite_button = box.addButton(QCoreApplication.translate("RecordCard", "Overwrite"),
                                         QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(overwrite_button)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is reload_button:
            return RELOAD
        if clicked is overwrite_button:
            return OVERWRITE
        return CANCEL

    # -- errors -------------------------------------------------------------------------------------

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each error under its field (in the interface language); the first bad field gets focus."""
        self.clear_errors()
        general = []
        first: QWidget | None = None
        for error in errors:
            text = i18n.tr_message(error.message)
            label = self._errors.get(error.field)
            if label is None or not self._editors[error.field].isVisibleTo(self):
                general.append(text)
                continue
            label.show_error(text if not label.message() else f"{label.message()} {text}")
            if first is None:
                first = self._editors[error.field]
        if general:
            self.general_error.show_error(" ".join(general))
        if first is not None:
            self.scroll.ensureWidgetVisible(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
        self.general_error.clear()

    def error_text(self, name: str) -> str:
        """The error shown under field ``name`` ("" when none)."""
        label = self._errors.get(name)
        return label.message() if label else ""

    # -- internals --------------------------------------------------------------------------------

    def _values(self, record: Any) -> dict[str, object]:
        return {f.name: getattr(record, f.name) for f in fields(record) if f.name not in _SKIP}

    def _start(self) -> None:
        """Call at the end of the subclass's constructor."""
        self.apply_field_rules()
        if self._read_only:
            actor = session.current()
            reason = i18n.tr_message(Message(m.READ_ONLY_ASSOCIATE, {"name": actor.name}))
            self.read_only_banner.text.setText(  # type: ignore[attr-defined]
                QCoreApplication.translate("RecordCard", "Read only: {reason}").format(reason=reason))
            self.read_only_banner.setVisible(True)
            self.set_editable(False)
        self.reload()

    def _load(self, record: Any) -> None:
        self._loading = True
        try:
            self._loaded = record
            self.fill(record)
        finally:
            self._loading = False
        self.clear_errors()
        if not self._deleted and not self._gone:
            self.notice.setVisible(False)
        self.title_label.setText(self.title_of(record))
        self.setWindowTitle(self.title_label.text())
        self.title_changed.emit(self.title_label.text())
        self._set_dirty(False)

    def _write(self, record: Any) -> bool:
        try:
            saved, changes = self.save_record(record)
        except ValidationFailed as exc:
            self.show_errors(exc.errors)
            return False
        except StaleRecord:
            choice = self.ask_stale()
            if choice == RELOAD:
                self.reload()
            elif choice == OVERWRITE:
                try:
                    current = self.fetch(self.record_id)  # type: ignore[arg-type]
                except NotFound:
                    self._mark_gone()
                    return False
                mine = {k: v for k, v in self._values(record).items() if v != getattr(self._loaded, k)}
                self._loaded = current
                return self._write(replace(current, **mine))
            return False
        except NotFound:
            self._mark_gone()
            return False
        except CrmError as exc:
            self._warn(i18n.tr_error(exc))
            return False
        self.record_id = saved.id
        self.after_save(saved)
        self._load(self.fetch(saved.id))
        self._publish(changes)
        self.saved.emit(self.kind, saved.id)
        return True

    def _publish(self, changes: ChangeSet) -> None:
        """Tell every screen; this card already shows the change, so it does not reload itself."""
        self._publishing = True
        try:
            hub().publish(changes)
        finally:
            self._publishing = False

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.title() or QCoreApplication.translate("RecordCard", "Save"), text)

    def _edited(self, name: str | None) -> None:
        if self._loading:
            return
        if name and name in self._errors:
            self._errors[name].clear()
        self._set_dirty(self.is_dirty())

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self._update_actions()
        if changed:
            self.dirty_changed.emit(dirty)

    def _update_actions(self) -> None:
        live = not self._read_only and not self._deleted and not self._gone
        self.save_action.setEnabled(live and (self._dirty or self.record_id is None))
        self.delete_action.setEnabled(live and self.record_id is not None)
        self.save_button.setEnabled(self.save_action.isEnabled())
        self.delete_button.setEnabled(self.delete_action.isEnabled())
        if self._read_only:
            reason = QCoreApplication.translate("RecordCard", "You may view this record but not change it.")
            for widget in (self.save_button, self.delete_button):
                widget.setToolTip(reason)

    def _show_notice(self, text: str) -> None:
        self.notice.text.setText(text)  # type: ignore[attr-defined]
        self.notice.setVisible(True)

    def _mark_gone(self) -> None:
        self._gone = True
        self._show_notice(i18n.tr_message(Message(m.RECORD_NOT_FOUND)))
        self._update_actions()

    def _on_data_changed(self, changes: ChangeSet) -> None:
        if self._publishing:
            return
        try:
            if self.record_id is not None and self.record_id in changes.ids(self.kind):
                if self._deleted:
                    return
                if self.is_dirty():
                    self._show_notice(QCoreApplication.translate(
                        "RecordCard", "Someone else changed this record. Saving will ask what to do."))
                else:
                    self.reload()
            if any(kind in _LIST_KINDS for kind in changes.changed):
                self.lists_changed(changes)
            if changes.touches("field_rules"):
                self.apply_field_rules()
            self.other_changes(changes)
        except CrmError:
            self._mark_gone()

    def apply_field_rules(self) -> None:
        """Hide the fields an administrator chose not to show (Settings > Field rules). Their editors
        keep the loaded values, so a save keeps the data; rows this hid come back when shown again."""
        shown = shown_fields(self.kind)
        hidden = {name for name in self._editors if name not in shown}
        for name in hidden | getattr(self, "_hidden_by_rules", set()):
            self._set_row_visible(self._editors[name], name not in hidden)
        self._hidden_by_rules = hidden
        interests = getattr(self, "interests", None)
        if interests is not None and self.tabs.indexOf(interests) >= 0:
            self.tabs.setTabVisible(self.tabs.indexOf(interests), "interest_ids" in shown)

    def _set_row_visible(self, editor: QWidget, visible: bool) -> None:
        form = self.scroll.widget()
        for layout in form.findChildren(QFormLayout) if form is not None else []:
            for row in range(layout.rowCount()):
                item = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
                widget = item.widget() if item is not None else None
                if widget is not None and (widget is editor or widget.isAncestorOf(editor)):
                    layout.setRowVisible(row, visible)
                    return

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """A card shown in its own window asks before closing with unsaved changes; a card in a tab
        is asked by the main window (``maybe_close``) before it removes the tab."""
        if not self.isVisible() or self.maybe_close():
            event.accept()
        else:
            event.ignore()

    # -- hooks for subclasses ---------------------------------------------------------------------

    def new_record(self) -> Any:
        raise NotImplementedError

    def fetch(self, record_id: int) -> Any:
        raise NotImplementedError

    def fill(self, record: Any) -> None:
        raise NotImplementedError

    def collect(self) -> Any:
        """The record as the widgets show it (id, uuid and version from the loaded one)."""
        raise NotImplementedError

    def save_record(self, record: Any) -> tuple[Any, ChangeSet]:
        raise NotImplementedError

    def delete_record(self, record_id: int) -> ChangeSet:
        raise NotImplementedError

    def title_of(self, record: Any) -> str:
        raise NotImplementedError

    def delete_question(self) -> str:
        raise NotImplementedError

    def set_editable(self, editable: bool) -> None:
        raise NotImplementedError

    def precheck(self) -> list[FieldError]:
        """Problems the services cannot see (e.g. a company name typed but not chosen)."""
        return []

    def after_save(self, record: Any) -> None:
        """The record got its id (first save): tabs that need one can be filled."""

    def lists_changed(self, changes: ChangeSet) -> None:
        """An administrator's list changed: refresh combos, keeping the values."""

    def other_changes(self, changes: ChangeSet) -> None:
        """Other records changed (e.g. the person's company)."""
