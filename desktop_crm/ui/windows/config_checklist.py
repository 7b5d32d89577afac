"""The configuration wizard's page 10 (optional): seed 003's checklist, grouped by its four areas; each
package wish marked in use (yes/no), necessary or desirable, and impact low/medium/high; the quick wins
and the items for later derived from it. And the report dialog that shows the result and exports it as
HTML or PDF (``open_saved_report`` opens the one the wizard saved, from Settings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain import checklist as cl
from desktop_crm.services import checklist_report
from desktop_crm.services import configuration as config
from desktop_crm.ui.windows.config_widgets import ConfigPage

NUMBER_ROLE = Qt.ItemDataRole.UserRole  # the wish's number (or the goal's key) on its row
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # the answer in columns 1-3
COLUMNS = 4


def answer_options(column: int) -> list[tuple[str, object]]:
    none = ("—", None)
    if column == 1:
        return [none, (QCoreApplication.translate("ConfigWizard", "yes"), True),
                (QCoreApplication.translate("ConfigWizard", "no"), False)]
    if column == 2:
        return [none, (QCoreApplication.translate("ConfigWizard", "necessary"), cl.NECESSARY),
                (QCoreApplication.translate("ConfigWizard", "desirable"), cl.DESIRABLE)]
    return [none, (QCoreApplication.translate("ConfigWizard", "low"), cl.LOW),
            (QCoreApplication.translate("ConfigWizard", "medium"), cl.MEDIUM),
            (QCoreApplication.translate("ConfigWizard", "high"), cl.HIGH)]


def answer_label(column: int, value: object) -> str:
    return next((label for label, v in answer_options(column) if v == value and v is not None), "")


class AnswerDelegate(QStyledItemDelegate):
    """A combo box for the in use / need / impact columns of a package wish; long texts wrap."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        view = self.parent()
        if index.column() != 0 or not isinstance(view, QTreeWidget):
            return size
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        extra = 48 if index.data(Qt.ItemDataRole.CheckStateRole) is not None else 12
        spanned = view.isFirstColumnSpanned(index.row(), index.parent())
        width = (view.viewport().width() if spanned else view.columnWidth(0)) - view.indentation() * (depth + 1) - extra
        if width <= 50:
            return size
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        rect = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(size.width(), max(size.height(), rect.height() + 6))

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                     index: QModelIndex | QPersistentModelIndex) -> QWidget | None:
        if index.column() == 0 or not isinstance(index.siblingAtColumn(0).data(NUMBER_ROLE), int):
            return None
        combo = QComboBox(parent)
        for label, value in answer_options(index.column()):
            combo.addItem(label, value)
        combo.activated.connect(lambda _=0, c=combo: (self.commitData.emit(c), self.closeEditor.emit(c)))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        value = index.data(VALUE_ROLE)
        editor.setCurrentIndex(next((n for n in range(editor.count()) if editor.itemData(n) == value), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802 - Qt override
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), VALUE_ROLE)
        model.setData(index, answer_label(index.column(), editor.currentData()), Qt.ItemDataRole.DisplayRole)


class ChecklistPage(ConfigPage):
    STEP = 10

    def build(self) -> None:
        self.checklist = self.draft.checklist or cl.Checklist()
        self.skip = QRadioButton()
        self.fill = QRadioButton()
        self.skip.setObjectName("skipChecklist")
        self.fill.setObjectName("fillChecklist")
        group = QButtonGroup(self)
        group.addButton(self.skip)
        group.addButton(self.fill)
        (self.fill if self.draft.checklist is not None else self.skip).setChecked(True)
        self.fill.toggled.connect(self._fill_toggled)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(COLUMNS)
        self.tree.setItemDelegate(AnswerDelegate(self.tree))
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.CurrentChanged
                                  | QAbstractItemView.EditTrigger.SelectedClicked
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        for column in range(1, COLUMNS):
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.tree.header().sectionResized.connect(lambda column, *_: column == 0 and self.tree.doItemsLayout())
        self.tree.itemChanged.connect(self._item_changed)
        self.result = QLabel()
        self.result.setObjectName("checklistResult")
        self.result.setWordWrap(True)
        self.report_button = QPushButton()
        self.report_button.clicked.connect(self.show_report)
        choice = QHBoxLayout()
        choice.addWidget(self.fill)
        choice.addWidget(self.skip)
        choice.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.result, 1)
        bottom.addWidget(self.report_button)
        self.body.addLayout(choice)
        self.body.addWidget(self.tree, 1)
        self.body.addLayout(bottom)
        self._loading = False
        self.items: dict[int, QTreeWidgetItem] = {}
        self.goals: dict[str, QTreeWidgetItem] = {}

    def page_title(self) -> str:
        return self.tr("What do you need from a CRM?")

    def retranslate(self) -> None:
        self.why.setText(self.tr(
            "This step is optional. TNO's checklist helps decide what your organisation needs from a CRM, in four "
            "areas. Tick your goals, and mark each function you care about: already in use or not, necessary or "
            "desirable, and its impact on your organisation (think of the time it takes and what it yields). The "
            "assistant lists the quick wins (necessary, low impact: start with these) and what to take up later "
            "(desirable, high impact), and saves them as a report you can open again under Settings."))
        self.fill.setText(self.tr("Fill in the checklist"))
        self.skip.setText(self.tr("Skip this step"))
        self.report_button.setText(self.tr("Show report…"))
        self.tree.setHeaderLabels([self.tr("Function"), self.tr("In use"), self.tr("Need"),
                                   QCoreApplication.translate("ChecklistPage", "Impact")])  # Dutch: the same word
        metrics = self.tree.fontMetrics()
        for column in range(1, COLUMNS):
            texts = [label for label, _ in answer_options(column)] + [self.tree.headerItem().text(column)]
            self.tree.setColumnWidth(column, max(metrics.horizontalAdvance(t) for t in texts) + 40)
        self.rebuild()

    def rebuild(self) -> None:
        """The tree in the draft's language: areas, their goals, their package wishes."""
        language = self.draft.language
        self._loading = True
        self.tree.clear()
        self.items.clear()
        self.goals.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for area in cl.AREAS:
            top = QTreeWidgetItem(self.tree, [area.title.get(language)])
            top.setFont(0, bold)
            top.setFirstColumnSpanned(True)
            goals = QTreeWidgetItem(top, [self.tr("With CRM I want to:")])
            goals.setFirstColumnSpanned(True)
            for goal in cl.goals_of(area.key):
                row = QTreeWidgetItem(goals, [goal.text.get(language)])
                row.setData(0, NUMBER_ROLE, goal.key)
                row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(0, Qt.CheckState.Checked if goal.key in self.checklist.goals else
                                  Qt.CheckState.Unchecked)
                row.setFirstColumnSpanned(True)
                self.goals[goal.key] = row
            wishes = QTreeWidgetItem(top, [self.tr("Package wishes")])
            wishes.setFirstColumnSpanned(True)
            parent, group = wishes, None
            for item in cl.items_of(area.key):
                if item.group != group:
                    group = item.group
                    parent = QTreeWidgetItem(wishes, [group.get(language)]) if group is not None else wishes
                    parent.setFirstColumnSpanned(True)
                answer = self.checklist.answers.get(item.number, cl.Answer())
                row = QTreeWidgetItem(parent, [f"{item.number}. {item.text.get(language)}"])
                row.setData(0, NUMBER_ROLE, item.number)
                row.setToolTip(0, item.text.get(language))
                row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable)
                for column, value in ((1, answer.in_use), (2, answer.need), (3, answer.impact)):
                    row.setData(column, VALUE_ROLE, value)
                    row.setText(column, answer_label(column, value))
                self.items[item.number] = row
            top.setExpanded(True)
            goals.setExpanded(True)
            wishes.setExpanded(True)
            for n in range(wishes.childCount()):
                wishes.child(n).setExpanded(True)
        self._loading = False
        self.tree.setEnabled(self.fill.isChecked())
        self.update_result()

    def refresh(self) -> None:
        self.update_result()

    def set_answer(self, number: int, in_use: bool | None = None, need: int | None = None,
                   impact: int | None = None) -> None:
        """Mark a package wish as the user would with the combo boxes."""
        row = self.items[number]
        for column, value in ((1, in_use), (2, need), (3, impact)):
            row.setData(column, VALUE_ROLE, value)
            row.setText(column, answer_label(column, value))

    def set_goal(self, key: str, ticked: bool = True) -> None:
        self.goals[key].setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def _item_changed(self, row: QTreeWidgetItem, column: int) -> None:
        if self._loading:
            return
        key = row.data(0, NUMBER_ROLE)
        if isinstance(key, str) and column == 0:
            if row.checkState(0) == Qt.CheckState.Checked:
                self.checklist.goals.add(key)
            else:
                self.checklist.goals.discard(key)
        elif isinstance(key, int) and column in (1, 2, 3):
            answer = self.checklist.answer(key)
            value = row.data(column, VALUE_ROLE)
            if column == 1:
                answer.in_use = value if isinstance(value, bool) else None
            elif column == 2:
                answer.need = value if value in (cl.NECESSARY, cl.DESIRABLE) else None
            else:
                answer.impact = value if value in (cl.LOW, cl.MEDIUM, cl.HIGH) else None
        self.update_result()

    def _fill_toggled(self, on: bool) -> None:
        self.tree.setEnabled(on)
        self.update_result()

    def update_result(self) -> None:
        filling = self.fill.isChecked()
        self.draft.checklist = self.checklist if filling else None
        self.report_button.setEnabled(filling)
        if not filling:
            self.result.setText(self.tr("The checklist is skipped; you can fill it in when you run this assistant "
                                        "again."))
            return
        wins, later = cl.quick_wins(self.checklist), cl.later_items(self.checklist)
        self.result.setText(self.tr("Quick wins: {wins}. To take up later: {later}.").format(
            wins=len(wins), later=len(later)))

    def show_report(self) -> ReportDialog:
        dialog = ReportDialog(self.checklist, self.draft.language, self.draft.organisation, "", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


class ReportDialog(QDialog):
    """The checklist report, to read and to export as HTML or PDF."""

    def __init__(self, checklist: cl.Checklist, language: str, organisation: str = "", saved_at: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.html = checklist_report.report_html(checklist, language, organisation, saved_at)
        self.checklist, self.language, self.organisation, self.saved_at = checklist, language, organisation, saved_at
        self.setWindowTitle(self.tr("Checklist report"))
        self.browser = QTextBrowser()
        self.browser.setHtml(self.html)
        self.html_button = QPushButton(self.tr("Export as HTML…"))
        self.pdf_button = QPushButton(self.tr("Export as PDF…"))
        self.html_button.clicked.connect(lambda: self._export("html"))
        self.pdf_button.clicked.connect(lambda: self._export("pdf"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.html_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 640)

    def export_html(self, path: Path) -> Path:
        return checklist_report.write_html(Path(path), self.checklist, self.language, self.organisation,
                                           self.saved_at)

    def export_pdf(self, path: Path) -> Path:
        """The same HTML, printed to an A4 PDF by Qt."""
        path = Path(path)
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setTitle(self.windowTitle())
        writer.setResolution(150)
        document = QTextDocument()
        document.setHtml(self.html)
        document.print_(writer)
        del writer  # finishes the file
        return path

    def _export(self, kind: str) -> None:
        filters = {"html": self.tr("Web page (*.html)"), "pdf": self.tr("PDF document (*.pdf)")}
        name = self.tr("crm-checklist") + "." + kind
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export the report"), str(Path.home() / name),
                                                filters[kind])
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        try:
            (self.export_html if kind == "html" else self.export_pdf)(path)
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), self.tr("The report could not be saved: {error}").format(
                error=exc.strerror or exc))


def open_saved_report(parent: QWidget | None = None, language: str = "nl") -> ReportDialog | None:
    """The checklist report the wizard saved; a message when there is none yet."""
    saved = config.saved_checklist()
    if saved is None:
        QMessageBox.information(parent, QCoreApplication.translate("ConfigWizard", "Checklist report"),
                                QCoreApplication.translate(
                                    "ConfigWizard", "No checklist has been saved yet. Fill it in with the "
                                    "configuration assistant (step 10)."))
        return None
    dialog = ReportDialog(saved.checklist, language, saved.organisation, saved.saved_at, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog

