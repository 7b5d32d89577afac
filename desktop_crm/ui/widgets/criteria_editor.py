"""The criteria editor: rows of field, operator and value, in groups that match all (AND) or any (OR).

Each row's operator combo offers what fits its field, and its value editor fits field and operator:
a multi-pick of list values (by id), text, a number or a number range, a date or date range, "in the
last/next N days/weeks/months", "this/last/next week/month/quarter/year", yes/no, or a Dutch postal
code range. ``criteria()`` returns the domain tree; ``problems()`` what keeps it from running.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt, Signal
from PySide6.QtGui import QIntValidator, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from desktop_crm.domain import criteria as cr
from desktop_crm.domain.criteria import Condition, Criteria, Group, Kind, Match, Op, Span
from desktop_crm.i18n import tr_message
from desktop_crm.services import lists


def tr_criteria(text: str) -> str:
    return QCoreApplication.translate("Criteria", text)


class ListPicker(QToolButton):
    """Pick several items of a list: a button that shows the choice and opens a checklist. Drawn as
    a combo box, like the field and operator beside it (a tool button's menu arrow is a small mark in
    its corner, under the text)."""

    changed = Signal()

    def __init__(self, kind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.list = QListWidget()
        self.list.setMinimumWidth(240)
        for item in lists.items(kind):
            entry = QListWidgetItem(item.name + (" " + self.tr("(hidden)") if item.hidden else ""))
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            if item.description:
                entry.setToolTip(item.description)
            self.list.addItem(entry)
        self.list.setMaximumHeight(min(320, 24 * max(3, self.list.count()) + 8))
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.list)
        menu.addAction(action)
        self.setMenu(menu)
        self.list.itemChanged.connect(self._changed)
        self._changed()

    def _combo_option(self) -> QStyleOptionComboBox:
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = False
        option.frame = True
        if self.isDown() or self.menu().isVisible():
            option.state |= QStyle.StateFlag.State_On | QStyle.StateFlag.State_Sunken
        return option

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        option = self._combo_option()
        text = self.fontMetrics().size(Qt.TextFlag.TextSingleLine, self.text())
        height = max(text.height(), 14) + 2  # as QComboBox works out its own
        return self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option,
                                             QSize(min(text.width(), 240), height), self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(60, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QStylePainter(self)
        option = self._combo_option()
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        option.currentText = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, field.width())
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def value(self) -> tuple[int, ...]:
        return tuple(self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                     if self.list.item(i).checkState() == Qt.CheckState.Checked)

    def set_value(self, ids: object) -> None:
        wanted = set(ids or ())  # type: ignore[call-overload]
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._changed()

    def _changed(self, *_: object) -> None:
        names = [self.list.item(i).text() for i in range(self.list.count())
                 if self.list.item(i).checkState() == Qt.CheckState.Checked]
        self.setText(", ".join(names) if names else self.tr("Choose…"))
        self.setToolTip("\n".join(names))
        self.changed.emit()


def _to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ValueEditor(QWidget):
    """The value part of a row, built for one field and operator."""

    changed = Signal()

    def __init__(self, spec: cr.FieldSpec, op: Op, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec, self.op = spec, op
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.parts: list[QWidget] = []
        kind = spec.kind
        if op in cr.NO_VALUE_OPS:
            layout.addStretch(1)
        elif op in cr.LIST_OPS:
            self._add(ListPicker(spec.list_kind, self), stretch=1)
        elif op in cr.SPAN_OPS:
            spin = QSpinBox()
            spin.setRange(1, 9999)
            spin.setValue(7)
            self._add(spin)
            units = QComboBox()
            for unit in cr.SPAN_UNITS:
                units.addItem(tr_criteria(cr.UNIT_LABELS[unit]), unit)
            self._add(units, stretch=1)
        elif op in cr.PERIOD_OPS:
            periods = QComboBox()
            for unit in cr.PERIOD_UNITS:
                periods.addItem(tr_criteria(cr.PERIOD_PHRASES[(str(op), unit)]), unit)
            self._add(periods, stretch=1)
        elif kind == Kind.BOOL:
            yes_no = QComboBox()
            yes_no.addItem(self.tr("yes"), "yes")  # text data: PySide6 mishandles bool item data
            yes_no.addItem(self.tr("no"), "no")
            self._add(yes_no, stretch=1)
        elif kind == Kind.DATE:
            for _ in range(2 if op == Op.BETWEEN else 1):
                edit = QDateEdit(_to_qdate(date.today()))
                edit.setCalendarPopup(True)
                edit.setDisplayFormat("dd-MM-yyyy")
                self._add(edit, stretch=1)
                if op == Op.BETWEEN and len(self.parts) == 1:
                    layout.addWidget(QLabel(self.tr("and")))
        elif kind == Kind.NUMBER:
            if op == Op.BETWEEN:
                for placeholder in (self.tr("from"), self.tr("to")):
                    edit = QLineEdit()
                    edit.setValidator(QIntValidator(0, 1_000_000_000, edit))
                    edit.setPlaceholderText(placeholder)
                    self._add(edit, stretch=1)
            else:
                spin = QSpinBox()
                spin.setRange(0, 1_000_000_000)
                self._add(spin, stretch=1)
        else:
            edit = QLineEdit()
            if kind == Kind.POSTAL and op == Op.BETWEEN:
                edit.setPlaceholderText(self.tr("3500 AA-3599 ZZ"))
            self._add(edit, stretch=1)

    def _add(self, widget: QWidget, stretch: int = 0) -> None:
        self.parts.append(widget)
        self.layout().addWidget(widget, stretch)
        for signal in ("changed", "textChanged", "valueChanged", "currentIndexChanged", "dateChanged"):
            sig = getattr(widget, signal, None)
            if sig is not None:
                sig.connect(lambda *_: self.changed.emit())
                break

    def value(self) -> object:
        op, kind, parts = self.op, self.spec.kind, self.parts
        if op in cr.NO_VALUE_OPS:
            return None
        if op in cr.LIST_OPS:
            return parts[0].value()  # type: ignore[attr-defined]
        if op in cr.SPAN_OPS:
            return Span(parts[0].value(), parts[1].currentData())  # type: ignore[attr-defined]
        if kind == Kind.BOOL:
            return parts[0].currentData() == "yes"  # type: ignore[attr-defined]
        if op in cr.PERIOD_OPS:
            return parts[0].currentData()  # type: ignore[attr-defined]
        if kind == Kind.DATE:
            days = tuple(_from_qdate(p.date()) for p in parts)  # type: ignore[attr-defined]
            return days if op == Op.BETWEEN else days[0]
        if kind == Kind.NUMBER:
            if op == Op.BETWEEN:
                texts = [p.text().strip() for p in parts]  # type: ignore[attr-defined]
                return tuple(int(t) if t else None for t in texts)
            return parts[0].value()  # type: ignore[attr-defined]
        text = parts[0].text().strip()  # type: ignore[attr-defined]
        if kind == Kind.POSTAL and op == Op.BETWEEN:
            return cr.parse_postal_range(text) or ((text, "") if text else None)
        return text

    def set_value(self, value: object) -> None:
        op, kind, parts = self.op, self.spec.kind, self.parts
        if op in cr.NO_VALUE_OPS or value is None:
            return
        if op in cr.LIST_OPS:
            parts[0].set_value(value)  # type: ignore[attr-defined]
        elif op in cr.SPAN_OPS and isinstance(value, Span):
            parts[0].setValue(value.n)  # type: ignore[attr-defined]
            parts[1].setCurrentIndex(parts[1].findData(value.unit))  # type: ignore[attr-defined]
        elif kind == Kind.BOOL:
            parts[0].setCurrentIndex(parts[0].findData("yes" if value else "no"))  # type: ignore[attr-defined]
        elif op in cr.PERIOD_OPS:
            parts[0].setCurrentIndex(parts[0].findData(value))  # type: ignore[attr-defined]
        elif kind == Kind.DATE:
            for part, day in zip(parts, value if isinstance(value, tuple) else (value,), strict=False):
                part.setDate(_to_qdate(day))  # type: ignore[attr-defined]
        elif kind == Kind.NUMBER:
            if op == Op.BETWEEN:
                for part, n in zip(parts, value, strict=False):  # type: ignore[call-overload]
                    part.setText("" if n is None else str(n))  # type: ignore[attr-defined]
            else:
                parts[0].setValue(int(value))  # type: ignore[attr-defined, call-overload]
        elif kind == Kind.POSTAL and op == Op.BETWEEN and isinstance(value, tuple):
            parts[0].setText(cr.format_postal_range(value))  # type: ignore[attr-defined, arg-type]
        else:
            parts[0].setText(str(value))  # type: ignore[attr-defined]


class CriteriaRow(QWidget):
    """One criterion: field, operator, value, and a button that removes it."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = QComboBox()
        self.field.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for spec in cr.fields_of(target):
            self.field.addItem(tr_criteria(spec.label), spec.key)
        self.op = QComboBox()
        self.op.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.remove = QToolButton()
        self.remove.setText("−")
        self.remove.setToolTip(self.tr("Remove this criterion"))
        self.remove.setAccessibleName(self.tr("Remove this criterion"))
        self.editor: ValueEditor | None = None
        layout.addWidget(self.field)
        layout.addWidget(self.op)
        layout.addStretch(0)
        layout.addWidget(self.remove)
        self.field.currentIndexChanged.connect(self._field_changed)
        self.op.currentIndexChanged.connect(self._op_changed)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self._field_changed()

    def spec(self) -> cr.FieldSpec:
        found = cr.field_spec(self.target, self.field.currentData())
        assert found is not None
        return found

    def _field_changed(self, *_: object) -> None:
        spec = self.spec()
        self.op.blockSignals(True)
        self.op.clear()
        for op in spec.ops:
            self.op.addItem(tr_criteria(cr.OP_LABELS[op]), str(op))
        self.op.blockSignals(False)
        self._op_changed()

    def _op_changed(self, *_: object) -> None:
        layout = self.layout()
        if self.editor is not None:
            layout.removeWidget(self.editor)
            self.editor.hide()
            self.editor.deleteLater()
        self.editor = ValueEditor(self.spec(), Op(self.op.currentData()), self)
        self.editor.setMinimumWidth(220)
        layout.insertWidget(2, self.editor, 1)
        self.editor.changed.connect(lambda: self.changed.emit())
        self.changed.emit()

    def condition(self) -> Condition:
        assert self.editor is not None
        return Condition(self.spec().key, Op(self.op.currentData()), self.editor.value())

    def set_condition(self, condition: Condition) -> None:
        self.field.setCurrentIndex(self.field.findData(condition.field))
        self.op.setCurrentIndex(self.op.findData(str(condition.op)))
        assert self.editor is not None
        self.editor.set_value(condition.value)


class GroupBox(QFrame):
    """A group of rows that match all (AND) or any (OR)."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, target: str, removable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.match = QComboBox()
        self.match.addItem(self.tr("All of these (AND)"), str(Match.ALL))
        self.match.addItem(self.tr("Any of these (OR)"), str(Match.ANY))
        self.match.setToolTip(self.tr("Rows combine with AND; switch a group to OR to match any of its rows."))
        head.addWidget(QLabel(self.tr("Match")))
        head.addWidget(self.match)
        head.addStretch(1)
        self.add_row_button = QPushButton(self.tr("Add criterion"))
        head.addWidget(self.add_row_button)
        if removable:
            remove = QPushButton(self.tr("Remove group"))
            remove.clicked.connect(lambda: self.remove_requested.emit(self))
            head.addWidget(remove)
        layout.addLayout(head)
        self.rows_layout = QVBoxLayout()
        layout.addLayout(self.rows_layout)
        self.rows: list[CriteriaRow] = []
        self.match.currentIndexChanged.connect(lambda *_: self.changed.emit())
        self.add_row_button.clicked.connect(lambda: self.add_row())

    def add_row(self, condition: Condition | None = None) -> CriteriaRow:
        row = CriteriaRow(self.target, self)
        if condition is not None:
            row.set_condition(condition)
        row.changed.connect(lambda: self.changed.emit())
        row.remove_requested.connect(self.remove_row)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        self.changed.emit()
        return row

    def remove_row(self, row: CriteriaRow) -> None:
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self.changed.emit()

    def group(self) -> Group:
        return Group(Match(self.match.currentData()), tuple(r.condition() for r in self.rows))

    def set_match(self, match: Match) -> None:
        self.match.setCurrentIndex(self.match.findData(str(match)))


class CriteriaEditor(QWidget):
    """Groups of criteria rows for one target; the groups themselves combine with AND."""

    changed = Signal()

    def __init__(self, target: str = "person", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.groups_layout = QVBoxLayout()
        layout.addLayout(self.groups_layout)
        foot = QHBoxLayout()
        self.add_group_button = QPushButton(self.tr("Add group"))
        self.add_group_button.setToolTip(self.tr("A group of rows that can match any of its rows (OR)"))
        foot.addWidget(self.add_group_button)
        foot.addStretch(1)
        layout.addLayout(foot)
        layout.addStretch(1)
        self.groups: list[GroupBox] = []
        self.add_group_button.clicked.connect(lambda: self.add_group(Match.ANY).add_row())
        self.set_target(target)

    def add_group(self, match: Match = Match.ALL) -> GroupBox:
        box = GroupBox(self.target, removable=bool(self.groups), parent=self)
        box.set_match(match)
        box.changed.connect(lambda: self.changed.emit())
        box.remove_requested.connect(self._remove_group)
        self.groups.append(box)
        self.groups_layout.addWidget(box)
        self.changed.emit()
        return box

    def _remove_group(self, box: GroupBox) -> None:
        self.groups.remove(box)
        self.groups_layout.removeWidget(box)
        box.hide()
        box.deleteLater()
        self.changed.emit()

    def clear(self) -> None:
        for box in list(self.groups):
            self.groups_layout.removeWidget(box)
            box.hide()
            box.deleteLater()
        self.groups.clear()

    def set_target(self, target: str) -> None:
        """Start over with one empty group for ``target`` ("company" or "person")."""
        self.target = target
        self.clear()
        self.add_group()
        self.changed.emit()

    def criteria(self) -> Criteria:
        groups = [box.group() for box in self.groups]
        first, rest = groups[0], [g for g in groups[1:] if g.items]
        if not rest:
            return Criteria(self.target, first)
        if first.match == Match.ALL:
            return Criteria(self.target, Group(Match.ALL, first.items + tuple(rest)))
        return Criteria(self.target, Group(Match.ALL, (first, *rest)))

    def set_criteria(self, criteria: Criteria) -> None:
        self.target = criteria.target
        self.clear()
        root = criteria.root
        plain = tuple(i for i in root.items if isinstance(i, Condition))
        nested = [i for i in root.items if isinstance(i, Group)]
        if root.match == Match.ANY and nested:
            groups = [Group(Match.ANY, tuple(cr.iter_conditions(root)))]  # deeper nesting is flattened
        elif not nested:
            groups = [Group(root.match, plain)]
        elif plain:
            groups = [Group(Match.ALL, plain), *nested]
        else:
            groups = nested
        for group in groups:
            box = self.add_group(group.match)
            for condition in cr.iter_conditions(group):
                box.add_row(condition)
        self.changed.emit()

    def problems(self) -> list[str]:
        return [tr_message(m) for m in cr.validate(self.criteria())]
