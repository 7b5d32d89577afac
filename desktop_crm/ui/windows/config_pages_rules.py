"""The configuration wizard's pages 7-9: leads (seed 001), the fields to show and require (seed 000's
"only what your team needs today", seed 003's "mandatory or optional per field"), and privacy (AVG)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
)

from desktop_crm.domain import configuration as cfg
from desktop_crm.domain.entities import GroupRole, ListKind
from desktop_crm.ui.widgets.field_rules_grid import FieldRulesGrid
from desktop_crm.ui.widgets.subscriptions_editor import source_label
from desktop_crm.ui.windows.config_widgets import KEY_ROLE, ConfigPage, ListEditor, heading, note


class LeadsPage(ConfigPage):
    STEP = 7
    KINDS = (ListKind.LEAD_STATUS,)

    def build(self) -> None:
        self.enabled = QCheckBox()
        self.enabled.setObjectName("worksWithLeads")
        self.enabled.toggled.connect(self._enabled_changed)
        self.categories_title = heading()
        self.categories = QListWidget()
        self.categories.itemChanged.connect(self._category_changed)
        self.none_note = note()
        self.statuses_title = heading()
        self.statuses = ListEditor(self.state, ListKind.LEAD_STATUS, ("name", "is_default", "description"))
        self.body.addWidget(self.enabled)
        self.body.addWidget(self.categories_title)
        self.body.addWidget(self.categories, 1)
        self.body.addWidget(self.none_note)
        self.body.addWidget(self.statuses_title)
        self.body.addWidget(self.statuses, 2)

    def page_title(self) -> str:
        # translate, not tr: the Dutch is the same word, and PySide would then also ask the base class context.
        return QCoreApplication.translate("LeadsPage", "Leads")

    def retranslate(self) -> None:
        self.why.setText(self.tr(
            "A lead is a person at a potential customer whom you follow up until they buy or drop out. Lead status "
            "can only be switched on for categories in a group with the role Potential customer. Every new lead "
            "starts with the default status; the statuses are the steps of your follow-up, in order, and their "
            "descriptions are shown wherever a status is chosen."))
        self.enabled.setText(self.tr("We work with leads"))
        self.categories_title.setText(self.tr("Categories whose persons get a lead status"))
        self.none_note.setText(self.tr(
            "No category is in a group with the role Potential customer; give a group that role on the "
            "Segmentation page first."))
        self.statuses_title.setText(self.tr("Lead statuses, in order"))
        self.statuses.retranslate()

    def refresh(self) -> None:
        self.enabled.setChecked(self.draft.works_with_leads)
        self.categories.blockSignals(True)
        self.categories.clear()
        for category in self.draft.visible(ListKind.CATEGORY):
            if self.draft.group_role(category) != GroupRole.PROSPECT:
                continue
            item = QListWidgetItem(category.name, self.categories)
            item.setData(KEY_ROLE, category.key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if category.lead_enabled else Qt.CheckState.Unchecked)
        self.categories.blockSignals(False)
        self.none_note.setVisible(self.categories.count() == 0)
        self.categories.setEnabled(self.draft.works_with_leads)
        self.statuses.refresh()

    def set_category(self, name: str, enabled: bool) -> None:
        """Tick or untick a category as the user would."""
        for row in range(self.categories.count()):
            item = self.categories.item(row)
            if item.text() == name:
                item.setCheckState(Qt.CheckState.Checked if enabled else Qt.CheckState.Unchecked)
                return
        raise KeyError(name)

    def _enabled_changed(self, on: bool) -> None:
        self.draft.works_with_leads = on
        self.categories.setEnabled(on)

    def _category_changed(self, item: QListWidgetItem) -> None:
        category = self.draft.find(ListKind.CATEGORY, item.data(KEY_ROLE))
        if category is not None:
            category.lead_enabled = item.checkState() == Qt.CheckState.Checked


class FieldsPage(ConfigPage):
    STEP = 8

    def build(self) -> None:
        self.grid = FieldRulesGrid(compact=True)
        self.grid.toggled.connect(self._toggled)
        self.advice = note()
        self.body.addWidget(self.grid, 1)
        self.body.addWidget(self.advice)

    def page_title(self) -> str:
        return self.tr("Fields")

    def retranslate(self) -> None:
        self.why.setText(self.tr(
            "People dislike screens full of things they do not need, so show only the fields your team needs "
            "today; you can show more later. Decide per field whether it is mandatory or optional: a mandatory "
            "field is always shown, and the cards and the import check it."))
        self.advice.setText(self.tr("Hiding a field keeps what is already filled in; it only leaves the cards."))
        self.grid.retranslate()
        self.refresh()

    def refresh(self) -> None:
        for kind in self.grid.models:
            self.grid.show_rules(kind, self.draft.fields.get(kind, {}).items())

    def _toggled(self, kind: str, name: str, rule: str, checked: bool) -> None:
        choice = self.draft.fields[kind][name]
        if rule == "shown":
            choice.shown = checked
            if not checked:
                choice.required = False
        else:
            choice.required = checked
            if checked:
                choice.shown = True
        self.refresh()


class PrivacyPage(ConfigPage):
    STEP = 9

    def build(self) -> None:
        self.data_title = heading()
        self.personal_data = QPlainTextEdit()
        self.personal_data.setObjectName("personalData")
        self.personal_data.setTabChangesFocus(True)
        self.personal_data.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.personal_data.textChanged.connect(
            lambda: setattr(self.draft.privacy, "personal_data", self.personal_data.toPlainText()))
        self.types_title = heading()
        self.types = ListEditor(self.state, ListKind.SUBSCRIPTION_TYPE, ("name", "purpose", "legal_basis"),
                                read_only=frozenset({"name"}), movable=False, editable_list=False)
        self.no_types = note()
        self.retention = QSpinBox()
        self.retention.setObjectName("retention")
        self.retention.setRange(1, cfg.MAX_RETENTION_MONTHS)
        self.retention.valueChanged.connect(lambda v: setattr(self.draft.privacy, "retention_months", v))
        self.source = QComboBox()
        self.source.setObjectName("consentSource")
        self.source.currentIndexChanged.connect(self._source_changed)
        self.form = QFormLayout()
        self.retention_label, self.source_label = QLabel(), QLabel()
        self.retention_label.setWordWrap(True)
        self.form.addRow(self.retention_label, self.retention)
        self.form.addRow(self.source_label, self.source)
        self.body.addWidget(self.data_title)
        self.body.addWidget(self.personal_data)
        self.body.addWidget(self.types_title)
        self.body.addWidget(self.types, 1)
        self.body.addWidget(self.no_types)
        self.body.addLayout(self.form)

    def page_title(self) -> str:
        return self.tr("Privacy (GDPR)")

    def retranslate(self) -> None:
        self.why.setText(self.tr(
            "Under the GDPR (AVG) you must know which personal data you keep and why, and on which legal basis you "
            "send people messages: their consent, a contract with them, or your legitimate interest. Keep personal "
            "data no longer than needed; the program proposes to remove persons you have had no contact with for "
            "the period you choose here."))
        self.data_title.setText(self.tr("Which personal data you keep, and why"))
        self.personal_data.setPlaceholderText(self.tr(
            "For example: names, positions, business e-mail addresses and phone numbers of our contacts, to serve "
            "our customers and follow up quotations."))
        self.types_title.setText(self.tr("Purpose and legal basis per subscription type"))
        self.no_types.setText(self.tr("There are no subscription types yet (page 6)."))
        self.retention_label.setText(self.tr("Propose to remove persons without contact after:"))
        self.retention.setSuffix(" " + self.tr("months"))
        self.source_label.setText(self.tr("Source recorded with a new consent:"))
        self.source.blockSignals(True)
        self.source.clear()
        for code in cfg.CONSENT_SOURCES:
            self.source.addItem(source_label(code), code)
        self.source.setCurrentIndex(max(0, self.source.findData(self.draft.privacy.consent_source)))
        self.source.blockSignals(False)
        self.types.retranslate()

    def refresh(self) -> None:
        if self.personal_data.toPlainText() != self.draft.privacy.personal_data:
            self.personal_data.setPlainText(self.draft.privacy.personal_data)
        self.retention.setValue(self.draft.privacy.retention_months)
        self.source.setCurrentIndex(max(0, self.source.findData(self.draft.privacy.consent_source)))
        self.types.refresh()
        self.no_types.setVisible(self.types.model.rowCount() == 0)

    def _source_changed(self, _index: int) -> None:
        code = self.source.currentData()
        if code:
            self.draft.privacy.consent_source = code
