"""The configuration assistant ("Configuratie-assistent"): the configuration-preparation questions of
seed 000 (with seed 001's leads and seed 003's checklist) as a 12-step wizard.

It opens by itself on the first start of an empty database (``first_start``, called by ``ui.app`` after
the sign-in and before the main window) and from Settings > General (``ConfigurationSection``). It works
on a draft read with ``services.configuration.current_configuration()``: nothing is written until Finish,
which applies the draft in one transaction on the worker thread, then loads demo data if asked (also on
the worker, with a progress dialog), and leaves opening an import to the caller (``follow_up``). Cancel
writes nothing. Switching the language on the first page re-translates the wizard at once; the choice is
kept (QSettings "language") only on Finish.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from desktop_crm import i18n
from desktop_crm.domain import configuration as cfg
from desktop_crm.domain.changes import ChangeSet
from desktop_crm.domain.configuration import Draft
from desktop_crm.domain.entities import ListKind
from desktop_crm.domain.errors import CrmError
from desktop_crm.services import configuration as config
from desktop_crm.services import demo, session
from desktop_crm.ui import worker
from desktop_crm.ui.hub import hub
from desktop_crm.ui.windows.config_checklist import ChecklistPage, open_saved_report
from desktop_crm.ui.windows.config_finish import DEMO_COMPANIES, DEMO_PERSONS, DataPage, SummaryPage
from desktop_crm.ui.windows.config_pages import (
    AssociatesPage,
    BusinessPage,
    InterestsPage,
    SegmentationPage,
    SubscriptionsPage,
    WelcomePage,
)
from desktop_crm.ui.windows.config_pages_rules import FieldsPage, LeadsPage, PrivacyPage
from desktop_crm.ui.windows.config_widgets import STEPS, ConfigPage, WizardState

PAGES: tuple[type[ConfigPage], ...] = (WelcomePage, AssociatesPage, SegmentationPage, BusinessPage, InterestsPage,
                                       SubscriptionsPage, LeadsPage, FieldsPage, PrivacyPage, ChecklistPage,
                                       DataPage, SummaryPage)

# Qt's own button texts, translated by Qt's catalogue (qtbase_nl); set again after a language switch because
# QWizard does not re-translate its buttons itself. Passed through variables so lupdate leaves them to Qt.
_QT_CONTEXT = "QWizard"
_QT_BUTTONS = ((QWizard.WizardButton.BackButton, "< &Back"), (QWizard.WizardButton.NextButton, "&Next >"),
               (QWizard.WizardButton.FinishButton, "&Finish"), (QWizard.WizardButton.CancelButton, "Cancel"))


def import_wizard_class() -> type | None:
    """The import wizard, when that part of the app is there."""
    try:
        from desktop_crm.ui.windows.import_wizard import ImportWizard
    except ImportError:
        return None
    return ImportWizard


class StepList(QListWidget):
    """The steps down the side, the current one marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("steps")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setSpacing(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.current = 0

    def set_titles(self, titles: list[str]) -> None:
        self.clear()
        for n, title in enumerate(titles, 1):
            item = QListWidgetItem(f"{n}. {title}", self)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.mark(self.current)
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        widest = max((metrics.horizontalAdvance(self.item(r).text()) for r in range(self.count())), default=0)
        self.setFixedWidth(widest + 2 * self.frameWidth() + 24)

    def mark(self, step: int) -> None:
        self.current = step
        for row in range(self.count()):
            item = self.item(row)
            font = QFont(self.font())
            font.setBold(row + 1 == step)
            item.setFont(font)
            item.setForeground(self.palette().text() if row + 1 <= step else self.palette().placeholderText())


class ConfigWizard(QWizard):
    """The 12 steps. ``applied(ChangeSet)`` is emitted once the configuration is saved; ``follow_up`` is
    "import" when the user asked to import a file next (the caller opens the import)."""

    applied = Signal(object)

    def __init__(self, parent: QWidget | None = None, draft: Draft | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        language = language or i18n.chosen_language()
        self.original_language = language
        if draft is None:
            draft = config.current_configuration(language)
            if draft.first_run:
                cfg.relabel_defaults(draft, language)  # a new database was filled in the system's language
        draft.language = language
        actor = session.current()
        self.state = WizardState(draft, actor_id=actor.id, database_empty=not config.has_records(),
                                 can_import=import_wizard_class() is not None)
        self.follow_up: str | None = None
        self.open_import_when_done = False  # from Settings: open the import right away; at the first start the
        # app opens it once the main window shows (``first_start``'s result)
        self.changes: ChangeSet | None = None
        self.busy = False
        self.progress: QProgressDialog | None = None
        self.setObjectName("configWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.pages: list[ConfigPage] = []
        for page_class in PAGES:
            page = page_class(self.state)
            self.setPage(page_class.STEP, page)
            self.pages.append(page)
        self.steps = StepList()
        self.setSideWidget(self.steps)
        self.currentIdChanged.connect(self.steps.mark)
        self.retranslate()
        self.resize(1040, 740)

    @property
    def draft(self) -> Draft:
        return self.state.draft

    def page_of(self, page_class: type[ConfigPage]) -> ConfigPage:
        return next(p for p in self.pages if isinstance(p, page_class))

    # --- language ---------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Configuration assistant"))
        for button, text in _QT_BUTTONS:
            self.setButtonText(button, QCoreApplication.translate(_QT_CONTEXT, text))
        self.steps.set_titles([page.page_title() for page in self.pages])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        """Switch the interface language now; on a new database the standard lists follow it."""
        if language not in i18n.LANGUAGES or language == self.draft.language:
            return
        self.draft.language = language
        if self.draft.first_run:
            cfg.relabel_defaults(self.draft, language)
        i18n.install(language)  # every widget gets a LanguageChange event and re-translates itself
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.retranslate()

    # --- finishing ----------------------------------------------------------------------------------------------
    def summary(self) -> SummaryPage:
        page = self.page_of(SummaryPage)
        assert isinstance(page, SummaryPage)
        return page

    def accept(self) -> None:
        """Finish: save the configuration (one transaction, on the worker), then the data step."""
        if self.busy:
            return
        problems = cfg.problems(self.draft)
        if problems:
            self.summary().show_problem(problems[0])
            return
        self._set_busy(True)
        draft, actor = self.draft, session.current()
        worker.run_task(lambda: config.apply_configuration(draft, actor), on_done=self._applied,
                        on_error=self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton,
                       QWizard.WizardButton.CancelButton):
            self.button(button).setEnabled(not busy)
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QGuiApplication.restoreOverrideCursor()

    def _applied(self, changes: ChangeSet) -> None:
        self._set_busy(False)
        self.changes = changes
        QSettings().setValue("language", self.draft.language)
        self.original_language = self.draft.language
        everything = ChangeSet().merge(changes)
        for kind in ListKind:
            everything.add(kind.value)
        hub().publish(everything)
        self.applied.emit(changes)
        if self.draft.data == "demo" and self.state.database_empty:
            self._load_demo()
            return
        self.follow_up = "import" if self.draft.data == "import" and self.state.can_import else None
        super().accept()
        if self.follow_up == "import" and self.open_import_when_done:
            parent = self.parentWidget()
            open_import(parent.window() if parent is not None else None)

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        text = i18n.tr_error(exc) if isinstance(exc, CrmError) else str(exc)
        self.summary().show_problem(self.tr("Nothing was saved: {error}").format(error=text))

    def _load_demo(self) -> None:
        self._set_busy(True)
        QGuiApplication.restoreOverrideCursor()
        total = DEMO_COMPANIES + DEMO_PERSONS
        dialog = QProgressDialog(self.tr("Loading demo data…"), "", 0, total, self)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress = dialog
        worker.run_task(lambda progress: demo.generate(DEMO_COMPANIES, DEMO_PERSONS, progress=progress.report),
                        with_progress=True, on_done=self._demo_done, on_error=self._demo_failed,
                        on_progress=lambda done, _total: dialog.setValue(min(done, total)))

    def _close_progress(self) -> None:
        self.busy = False
        for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton,
                       QWizard.WizardButton.CancelButton):
            self.button(button).setEnabled(True)
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _demo_done(self, _result: object) -> None:
        self._close_progress()
        hub().publish(ChangeSet().add("company").add("person"))
        super().accept()

    def _demo_failed(self, exc: Exception) -> None:
        self._close_progress()
        text = i18n.tr_error(exc) if isinstance(exc, CrmError) else str(exc)
        QMessageBox.warning(self, self.windowTitle(), self.tr(
            "The configuration was saved, but the demo data could not be loaded: {error}").format(error=text))
        super().accept()

    def reject(self) -> None:
        """Cancel: nothing is written; the language goes back to what it was."""
        if self.busy:
            return
        if self.draft.language != self.original_language:
            self.draft.language = self.original_language
            i18n.install(self.original_language)
            self.retranslate()
        super().reject()


# --- where it opens from -----------------------------------------------------------------------------------------


def open_import(window: QWidget | None) -> QWidget | None:
    """Open the import wizard next to ``window`` (after Finish with "import a file now"): the main window's
    own File > Import when it has one, else the import wizard by itself."""
    own = getattr(window, "import_file", None)
    if callable(own):
        own()
        return None
    wizard_class = import_wizard_class()
    if wizard_class is None:
        return None
    wizard = wizard_class(window)
    show_selection = getattr(window, "show_selection", None)
    if show_selection is not None and hasattr(wizard, "open_selection"):
        wizard.open_selection.connect(show_selection)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.show()
    return wizard


def first_start(parent: QWidget | None = None) -> Callable[[QWidget], object] | None:
    """On an empty database that was never configured, run the assistant (modal) before the main window.
    Returns what to do once the main window shows (open the import), or None."""
    if not config.needs_first_run() or not session.is_administrator():
        return None
    wizard = ConfigWizard(parent)
    wizard.exec()
    follow_up = wizard.follow_up
    wizard.deleteLater()
    return open_import if follow_up == "import" else None


def open_config_wizard(parent: QWidget | None = None) -> ConfigWizard | None:
    """The assistant from Settings (administrators only; the settings window checked that already)."""
    if not session.is_administrator():
        return None
    wizard = ConfigWizard(parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open_import_when_done = True
    wizard.setWindowModality(Qt.WindowModality.ApplicationModal)
    wizard.show()
    return wizard


class ConfigurationSection(QGroupBox):
    """Settings > General: run the assistant again, or open the saved checklist report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("configurationSection")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.wizard_button = QPushButton()
        self.wizard_button.setObjectName("configWizardButton")
        self.report_button = QPushButton()
        self.wizard_button.clicked.connect(lambda: open_config_wizard(self))
        self.report_button.clicked.connect(lambda: open_saved_report(self, i18n.chosen_language()))
        row = QHBoxLayout()
        row.addWidget(self.wizard_button)
        row.addWidget(self.report_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Configuration assistant"))
        self.text.setText(self.tr("Go through the configuration questions again: segmentation, industries, "
                                  "interests, subscriptions, leads, fields and privacy. It starts from the current "
                                  "configuration and changes it; nothing is saved until you click Finish."))
        self.wizard_button.setText(self.tr("Configuration assistant…"))
        self.report_button.setText(self.tr("Checklist report…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


assert len(PAGES) == STEPS
