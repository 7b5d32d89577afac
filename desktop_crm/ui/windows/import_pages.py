"""The pages of the import wizard: file, mapping, matching, preview, result.

Every page reads and writes the wizard's ``ImportState``; file reading, the preview and the import
itself run on the worker thread (``ui.worker``), so the window never freezes on a large file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop_crm import i18n
from desktop_crm.domain.entities import LIST_LABELS, ListKind
from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.import_mapping import TARGET_LABELS
from desktop_crm.domain.messages import QT_TRANSLATE_NOOP
from desktop_crm.services import importer, lists
from desktop_crm.services.importer import ImportResult, RowProblem
from desktop_crm.ui import worker

SAMPLE_ROWS = 5
MAX_MATCH_ROWS = 300

KIND_CHOICES = (None, "person", "company")
REGION_NAMES = {
    "NL": QT_TRANSLATE_NOOP("Regions", "the Netherlands"), "BE": QT_TRANSLATE_NOOP("Regions", "Belgium"),
    "DE": QT_TRANSLATE_NOOP("Regions", "Germany"), "GB": QT_TRANSLATE_NOOP("Regions", "the United Kingdom"),
    "FR": QT_TRANSLATE_NOOP("Regions", "France"), "US": QT_TRANSLATE_NOOP("Regions", "the United States"),
}
REGIONS = tuple(REGION_NAMES)
ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 (BOM)", "utf-16": "UTF-16", "utf-16-le": "UTF-16 LE",
                  "utf-16-be": "UTF-16 BE", "utf-32": "UTF-32", "cp1252": "Windows-1252", "cp850": "DOS (850)",
                  "mac_roman": "Mac Roman", "iso8859_15": "ISO-8859-15"}


def number(value: int) -> str:
    return QLocale().toString(value)


def target_label(target: str) -> str:
    return QCoreApplication.translate("Import", TARGET_LABELS[target])


def error_text(exc: Exception) -> str:
    return i18n.tr_error(exc) if isinstance(exc, CrmError) else str(exc)


class FilePage(QWizardPage):
    """Which file, and what its rows are."""

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.loading = False
        self.setTitle(self.tr("Choose the file to import"))
        self.setSubTitle(self.tr("A CSV file from a spreadsheet or an address book, an Excel workbook (.xlsx) or "
                                 "vCards (.vcf). The encoding and the separator are found by themselves."))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("File to import"))
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        form = QFormLayout()
        self.kind = QComboBox()
        for label in (self.tr("Guess from the column names"), self.tr("Persons, with their companies"),
                      self.tr("Companies")):
            self.kind.addItem(label)
        form.addRow(self.tr("The rows are"), self.kind)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("message")
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the file to import"), self.path.text(),
            self.tr("Address files (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;All files (*)"))
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.path.text().strip()) and not self.loading

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        path = Path(self.path.text().strip())
        kind = KIND_CHOICES[self.kind.currentIndex()]
        if self.state.table is not None and self.state.path == path and self.state.kind_choice == kind:
            return True
        self.loading = True
        self.completeChanged.emit()
        self.message.setText(self.tr("Reading the file…"))

        def job():
            table = importer.open_file(path)
            mapping = importer.suggest_mapping(table, kind)
            sample = []
            for row in table.rows():
                sample.append(row.values)
                if len(sample) >= SAMPLE_ROWS:
                    break
            return table, mapping, sample

        worker.run_task(job, on_done=lambda r: self._loaded(path, kind, r), on_error=self._failed)
        return False

    def _loaded(self, path: Path, kind: str | None, result) -> None:
        self.loading = False
        self.state.path, self.state.kind_choice = path, kind
        self.state.table, self.state.mapping, self.state.sample = result
        self.state.preview = None
        self.message.setText("")
        self.completeChanged.emit()
        self.wizard().next()

    def _failed(self, exc: Exception) -> None:
        self.loading = False
        self.state.table = None
        self.message.setText(error_text(exc))
        self.completeChanged.emit()


class MappingPage(QWizardPage):
    """A row per column of the file: its name, example values, and what it becomes."""

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Which column is what?"))
        self.setSubTitle(self.tr("The columns were recognised by their names. Change what is wrong; columns set to "
                                 "\"(do not import)\" are left out. This choice is remembered for files with the "
                                 "same columns."))
        layout = QVBoxLayout(self)
        self.detected = QLabel()
        self.detected.setWordWrap(True)
        layout.addWidget(self.detected)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Examples"),
                                              self.tr("Import as")])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Phone numbers without a country code are from")))
        self.region = QComboBox()
        for code in REGIONS:
            self.region.addItem(QCoreApplication.translate("Regions", REGION_NAMES[code]), code)
        row.addWidget(self.region)
        row.addStretch(1)
        load = QPushButton(self.tr("Load mapping…"))
        load.clicked.connect(self._load)
        save = QPushButton(self.tr("Save mapping…"))
        save.clicked.connect(self._save)
        row.addWidget(load)
        row.addWidget(save)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        table, mapping = self.state.table, self.state.mapping
        info = {"csv": self.tr("CSV file, {encoding}, separator {separator}"), "xlsx": self.tr("Excel workbook"),
                "vcard": self.tr("vCards")}[table.format]
        separator = {";": self.tr("semicolon"), ",": self.tr("comma"), "\t": self.tr("tab"),
                     "|": self.tr("vertical bar")}.get(table.delimiter, table.delimiter)
        encoding = ENCODING_NAMES.get(table.encoding, table.encoding)
        self.detected.setText(info.format(encoding=encoding, separator=separator))
        self.table.setRowCount(len(mapping.headers))
        self.combos = []
        targets = list(TARGET_LABELS)
        for column, header in enumerate(mapping.headers):
            item = QTableWidgetItem(header)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(column, 0, item)
            examples = " | ".join(v for v in (r[column] for r in self.state.sample if column < len(r)) if v.strip())
            example = QTableWidgetItem(" ".join(examples.split())[:120])
            example.setFlags(example.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(column, 1, example)
            combo = QComboBox()
            for target in targets:
                combo.addItem(target_label(target), target)
            combo.setCurrentIndex(targets.index(mapping.targets[column]))
            combo.currentIndexChanged.connect(lambda _, c=column, box=combo: self._changed(c, box))
            self.table.setCellWidget(column, 2, combo)
            self.combos.append(combo)
        self.region.setCurrentIndex(max(0, self.region.findData(mapping.region)))
        self.message.setText("")

    def _changed(self, column: int, combo: QComboBox) -> None:
        self.state.mapping.set_target(column, combo.currentData())
        self.state.preview = None

    def set_target(self, column: int, target: str) -> None:
        """For tests and keyboard users: choose what column ``column`` becomes."""
        self.combos[column].setCurrentIndex(self.combos[column].findData(target))

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        mapping = self.state.mapping
        mapping.region = self.region.currentData()
        used = set(mapping.targets)
        if not used & {"first_name", "last_name", "full_name", "company", "email"}:
            self.message.setText(self.tr("Choose at least one column with a name, a company name or an e-mail "
                                         "address."))
            return False
        return True

    def _load(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Load mapping"), "",
                                                self.tr("Import mappings (*.json)"))
        if not chosen:
            return
        try:
            self.state.mapping = importer.load_mapping(chosen, self.state.table.headers)
        except CrmError as exc:
            self.message.setText(error_text(exc))
            return
        self.initializePage()

    def _save(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save mapping"), "mapping.json",
                                                self.tr("Import mappings (*.json)"))
        if chosen:
            self.state.mapping.region = self.region.currentData()
            try:
                importer.save_mapping(self.state.mapping, chosen)
            except OSError as exc:
                self.message.setText(str(exc))


class OptionsPage(QWizardPage):
    """What happens to matches and to rows with problems."""

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Records that are already there"))
        self.setSubTitle(self.tr("Each row is matched with the companies and persons in the database: by e-mail "
                                 "address, KvK number, or name and postal code. Rows that match nothing are added."))
        layout = QVBoxLayout(self)
        match = QGroupBox(self.tr("When a row matches a record"))
        box = QVBoxLayout(match)
        self.on_match = QButtonGroup(self)
        for index, (key, label) in enumerate((
                ("fill", self.tr("Fill in its empty fields only")),
                ("overwrite", self.tr("Overwrite its fields with the values from the file")),
                ("skip", self.tr("Leave it as it is")))):
            radio = QRadioButton(label)
            radio.setProperty("choice", key)
            self.on_match.addButton(radio, index)
            box.addWidget(radio)
        self.on_match.button(0).setChecked(True)
        layout.addWidget(match)
        bad = QGroupBox(self.tr("Rows with problems"))
        box = QVBoxLayout(bad)
        self.all_or_nothing = QRadioButton(self.tr("Import nothing when a row has a problem (all or nothing)"))
        self.skip_bad = QRadioButton(self.tr("Import the good rows; write the rows with problems to a report:"))
        self.all_or_nothing.setChecked(True)
        box.addWidget(self.all_or_nothing)
        box.addWidget(self.skip_bad)
        row = QHBoxLayout()
        self.report = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.report, 1)
        row.addWidget(browse)
        box.addLayout(row)
        layout.addWidget(bad)
        self.create_values = QCheckBox(self.tr("Add values that are not in a list yet (categories, interests…)"))
        self.create_values.setChecked(True)
        layout.addWidget(self.create_values)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        if not self.report.text() and self.state.path is not None:
            path = self.state.path
            suffix = self.tr("problems")
            self.report.setText(str(path.with_name(f"{path.stem} - {suffix}.csv")))
        button = next(b for b in self.on_match.buttons() if b.property("choice") == self.state.mapping.on_match)
        button.setChecked(True)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Report of the rows with problems"),
                                                self.report.text(), self.tr("CSV files (*.csv)"))
        if chosen:
            self.report.setText(chosen)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        state = self.state
        state.mapping.on_match = self.on_match.checkedButton().property("choice")
        state.skip_bad_rows = self.skip_bad.isChecked()
        state.report_path = Path(self.report.text()) if self.skip_bad.isChecked() and self.report.text() else None
        state.create_list_values = self.create_values.isChecked()
        state.preview = None
        return True


class ProblemsModel(QAbstractTableModel):
    """The problems of a preview: row, field, what is wrong (errors first)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems: list[RowProblem] = []

    def reset(self, problems: list[RowProblem]) -> None:
        self.beginResetModel()
        self.problems = sorted(problems, key=lambda p: (not p.error, p.row))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (QCoreApplication.translate("ImportWizard", "Row"),
                    QCoreApplication.translate("ImportWizard", "Field"),
                    QCoreApplication.translate("ImportWizard", "Problem"))[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.problems):
            return None
        problem = self.problems[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return str(problem.row)
            if index.column() == 1:
                return i18n.tr_field(problem.field)
            return i18n.tr_message(problem.message)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            if problem.error:
                return QCoreApplication.translate("ImportWizard", "The row is not imported")
            return QCoreApplication.translate("ImportWizard", "The row is imported")
        return None


LIST_OF = {"category": ListKind.CATEGORY, "business": ListKind.BUSINESS, "lead_status": ListKind.LEAD_STATUS,
           "company_interest": ListKind.COMPANY_INTEREST, "person_interest": ListKind.PERSON_INTEREST}
ROW_ACTIONS = ("", "skip", "fill", "overwrite", "new")


class PreviewPage(QWizardPage):
    """What the import will do, before anything is written; unknown list values and matches can be
    changed here, then previewed again."""

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.task = None
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Nothing has been written yet. Check what the import will do."))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        self.progress = QProgressBar()
        layout.addWidget(self.progress)
        self.tabs = QTabWidget()
        self.problems_model = ProblemsModel(self)
        self.problems = QTableView()
        self.problems.setModel(self.problems_model)
        self.problems.verticalHeader().setVisible(False)
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.problems, self.tr("Problems"))
        self.values = QTableWidget(0, 4)
        self.values.setHorizontalHeaderLabels([self.tr("List"), self.tr("Value in the file"), self.tr("Rows"),
                                               self.tr("Becomes")])
        self.values.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.values.verticalHeader().setVisible(False)
        self.tabs.addTab(self.values, self.tr("New list values"))
        self.matches = QTableWidget(0, 3)
        self.matches.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Matches"), self.tr("What happens")])
        self.matches.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.matches.verticalHeader().setVisible(False)
        self.tabs.addTab(self.matches, self.tr("Matches"))
        layout.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.again = QPushButton(self.tr("Preview again"))
        self.again.clicked.connect(self.run_preview)
        row.addWidget(self.again)
        layout.addLayout(row)
        self.value_combos: list[tuple[str, str, QComboBox]] = []
        self.match_combos: list[tuple[int, QComboBox]] = []

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        if self.state.preview is None:
            self.run_preview()
        else:
            self._show(self.state.preview)

    def cleanupPage(self) -> None:  # noqa: N802 - Qt override
        if self.task is not None:
            self.task.progress.cancel()

    def _collect_choices(self) -> None:
        for kind, text, combo in self.value_combos:
            item = combo.currentData()
            if item is None:
                self.state.list_values.pop((kind, text), None)
            else:
                self.state.list_values[(kind, text)] = item
        for row, combo in self.match_combos:
            action = combo.currentData()
            if action:
                self.state.row_actions[row] = action
            else:
                self.state.row_actions.pop(row, None)

    def run_preview(self) -> None:
        self._collect_choices()
        self.state.preview = None
        self.completeChanged.emit()
        self.summary.setText(self.tr("Reading every row…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.again.setEnabled(False)
        options = self.state.options()

        def job(progress):
            return importer.preview(self.state.table, options, progress=progress.report)

        self.task = worker.run_task(job, with_progress=True, on_done=self._done, on_error=self._failed,
                                    on_progress=self._progressed)

    def _progressed(self, done: int, total: int) -> None:
        self.summary.setText(self.tr("Reading every row… {count}").format(count=number(done)))

    def _done(self, result: ImportResult) -> None:
        self.task = None
        self.state.preview = result
        self._show(result)
        self.completeChanged.emit()

    def _failed(self, exc: Exception) -> None:
        self.task = None
        self.progress.hide()
        self.again.setEnabled(True)
        self.summary.setText(error_text(exc))
        self.completeChanged.emit()

    def _show(self, result: ImportResult) -> None:
        self.progress.hide()
        self.again.setEnabled(True)
        self.summary.setText(summary_html(result, preview=True, skip_bad=self.state.skip_bad_rows))
        self.problems_model.reset(result.problems)
        self.problems.resizeColumnToContents(0)
        self.problems.resizeColumnToContents(1)
        self._fill_values(result)
        self._fill_matches(result)
        self.tabs.setTabText(0, self.tr("Problems ({count})").format(count=result.problem_count))
        self.tabs.setTabText(1, self.tr("New list values ({count})").format(
            count=sum(len(v) for v in result.unknown_values.values())))
        self.tabs.setTabText(2, self.tr("Matches ({count})").format(count=len(result.matches)))

    def _fill_values(self, result: ImportResult) -> None:
        rows = [(kind, text, count) for kind, values in result.unknown_values.items() for text, count in values.items()]
        self.values.setRowCount(len(rows))
        self.value_combos = []
        for index, (kind, text, count) in enumerate(rows):
            list_kind = LIST_OF[kind]
            for column, value in enumerate((QCoreApplication.translate("Fields", LIST_LABELS[list_kind]), text,
                                            str(count))):
                self.values.setItem(index, column, QTableWidgetItem(value))
            combo = QComboBox()
            combo.addItem(self.tr("A new item \"{value}\"").format(value=text), None)
            for item in lists.items(list_kind, include_hidden=False):
                combo.addItem(self.tr("Existing: {name}").format(name=item.name), item.id)
            chosen = self.state.list_values.get((kind, text))
            if chosen is not None:
                combo.setCurrentIndex(max(0, combo.findData(chosen)))
            self.values.setCellWidget(index, 3, combo)
            self.value_combos.append((kind, text, combo))
        self.values.resizeColumnsToContents()

    def _fill_matches(self, result: ImportResult) -> None:
        shown = result.matches[:MAX_MATCH_ROWS]
        from desktop_crm.services import duplicates

        labels = {kind: duplicates.labels(kind, [m.record_id for m in shown if m.kind == kind])
                  for kind in ("company", "person")}
        self.matches.setRowCount(len(shown))
        self.match_combos = []
        names = {"": self.tr("As chosen for all"), "skip": self.tr("Leave it as it is"),
                 "fill": self.tr("Fill in empty fields"), "overwrite": self.tr("Overwrite"),
                 "new": self.tr("Add as a new record")}
        for index, match in enumerate(shown):
            self.matches.setItem(index, 0, QTableWidgetItem(str(match.row)))
            self.matches.setItem(index, 1, QTableWidgetItem(labels[match.kind].get(match.record_id, "")))
            combo = QComboBox()
            for action in ROW_ACTIONS:
                combo.addItem(names[action], action)
            combo.setCurrentIndex(ROW_ACTIONS.index(self.state.row_actions.get(match.row, "")))
            self.matches.setCellWidget(index, 2, combo)
            self.match_combos.append((match.row, combo))
        self.matches.resizeColumnToContents(0)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        result = self.state.preview
        if result is None:
            return False
        if result.bad_rows and not self.state.skip_bad_rows:
            return False
        return result.imported_rows > 0

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        self._collect_choices()
        return self.wizard().start_import()


class ImportSummary(QObject):
    """The summary's lines with a count: through ``self.tr`` with the count, so that lupdate gives
    them plural forms (it does not for ``QCoreApplication.translate``). ``%Ln``: the count grouped
    as the language writes numbers."""

    def rows_read(self, count: int, file: str) -> str:
        return self.tr("%Ln row(s) read from {file}.", "", count).format(file=file)

    def skipped(self, count: int) -> str:
        return self.tr("%Ln row(s) skipped as chosen.", "", count)

    def bad_will_be_left_out(self, count: int) -> str:
        return self.tr("%Ln row(s) with problems will be left out and written to the report.", "", count)

    def bad_were_left_out(self, count: int) -> str:
        return self.tr("%Ln row(s) with problems were left out and written to the report.", "", count)

    def bad_rows_block(self, count: int) -> str:
        return self.tr("%Ln row(s) have problems. Nothing can be imported like this: go back and choose to skip "
                       "them, or correct the file.", "", count)

    def duplicates(self, count: int) -> str:
        return self.tr("%Ln new record(s) look like records that are already there; see Problems.", "", count)


def summary_html(result: ImportResult, *, preview: bool, skip_bad: bool) -> str:
    """What an import will do (preview) or did, in a few lines."""
    n = number
    say = ImportSummary()
    lines = [say.rows_read(result.rows, result.file)]
    lines.append(QCoreApplication.translate(
        "ImportWizard", "Companies: {new} new, {updated} updated, {same} unchanged.").format(
        new=n(result.created["company"]), updated=n(result.updated["company"]), same=n(result.unchanged["company"])))
    lines.append(QCoreApplication.translate(
        "ImportWizard", "Persons: {new} new, {updated} updated, {same} unchanged.").format(
        new=n(result.created["person"]), updated=n(result.updated["person"]), same=n(result.unchanged["person"])))
    if result.skipped_rows:
        lines.append(say.skipped(result.skipped_rows))
    if result.bad_rows and skip_bad:
        lines.append(say.bad_will_be_left_out(result.bad_rows) if preview else say.bad_were_left_out(result.bad_rows))
    elif result.bad_rows:
        lines.append("<b>" + say.bad_rows_block(result.bad_rows) + "</b>")
    if result.duplicates:
        lines.append(say.duplicates(len(result.duplicates)))
    return "<br>".join(lines)
