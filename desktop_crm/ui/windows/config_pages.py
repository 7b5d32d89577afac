"""The configuration wizard's pages 1-6: welcome (language, organisation), associates, segmentation,
industries, interests and subscriptions. Each explains why the question matters (seed 000) and edits
the wizard's draft only."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)

from desktop_crm.domain import configuration as cfg
from desktop_crm.domain.entities import ListKind
from desktop_crm.i18n import LANGUAGES
from desktop_crm.ui.windows.config_widgets import ConfigPage, ListEditor, heading, note


class WelcomePage(ConfigPage):
    STEP = 1

    def build(self) -> None:
        self.intro = note()
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():  # each language in its own words
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.draft.language)))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.organisation = QLineEdit(self.draft.organisation)
        self.organisation.setObjectName("organisation")
        self.organisation.textChanged.connect(self._organisation_changed)
        self.form = QFormLayout()
        self.language_label = QLabel()
        self.organisation_label = QLabel()
        self.form.addRow(self.language_label, self.language)
        self.form.addRow(self.organisation_label, self.organisation)
        self.later = note()
        self.body.addWidget(self.intro)
        self.body.addLayout(self.form)
        self.body.addWidget(self.later)
        self.body.addStretch(1)

    def page_title(self) -> str:
        return self.tr("Welcome")

    def retranslate(self) -> None:
        self.why.setText(self.tr(
            "Before you import data, decide how you will work with the CRM: how you divide your customers, which "
            "industries, interests and subscriptions you record, and which fields your team fills in. Everything "
            "you record can later be a search criterion for call lists and mailings, so it pays to decide now which "
            "criteria you want to segment by."))
        self.intro.setText(self.tr(
            "This assistant asks the questions one page at a time and starts from what is there now. Nothing is "
            "saved until you click Finish on the last page; Cancel leaves everything as it was. You can change "
            "every answer later under Settings, or run this assistant again."))
        self.language_label.setText(self.tr("Language of the program:"))
        self.organisation_label.setText(self.tr("Name of your organisation:"))
        self.organisation.setPlaceholderText(self.tr("For example: Bakkerij de Vries"))
        self.later.setText(self.tr("The language also decides the names of the standard lists on the next pages."))

    def refresh(self) -> None:
        self.organisation.setText(self.draft.organisation)

    def _organisation_changed(self, text: str) -> None:
        self.draft.organisation = text

    def _language_chosen(self, _index: int) -> None:
        code = self.language.currentData()
        wizard = self.wizard()
        if wizard is not None and hasattr(wizard, "set_language"):
            wizard.set_language(code)
        else:
            self.draft.language = code


class AssociatesPage(ConfigPage):
    STEP = 2
    KINDS = (ListKind.ASSOCIATE,)

    def build(self) -> None:
        self.editor = ListEditor(self.state, ListKind.ASSOCIATE, ("name", "login", "role", "password"),
                                 movable=False)
        self.roles = note()
        self.box = QGroupBox()
        self.laptop = QRadioButton()
        self.shared = QRadioButton()
        group = QButtonGroup(self)
        group.addButton(self.laptop)
        group.addButton(self.shared)
        box_layout = QVBoxLayout(self.box)
        box_layout.addWidget(self.laptop)
        box_layout.addWidget(self.shared)
        self.shared.toggled.connect(lambda on: setattr(self.draft, "workplace", "shared" if on else "laptop"))
        self.body.addWidget(self.editor, 1)
        self.body.addWidget(self.roles)
        self.body.addWidget(self.box)

    def page_title(self) -> str:
        return self.tr("Who works with the CRM")

    def retranslate(self) -> None:
        self.why.setText(self.tr(
            "Decide per associate who may view data and who may add or change it. Every change is recorded with "
            "the name of whoever made it, so everyone works under their own name. Someone who looks after the "
            "CRM (an administrator) sets the rules and keeps the data clean."))
        self.roles.setText(self.tr(
            "Administrator: everything, the settings too. User: adds and changes companies and persons. Read only: "
            "may look, not change. A password is optional; type one in the Password column to set it."))
        self.box.setTitle(self.tr("Where the CRM runs"))
        self.laptop.setText(self.tr("A laptop or own PC: remember who works here, and do not ask"))
        self.shared.setText(self.tr("One shared PC: ask who is working every time the program starts"))
        self.editor.retranslate()

    def refresh(self) -> None:
        self.editor.refresh()
        shared = self.draft.workplace == "shared"
        self.shared.setChecked(shared)
        self.laptop.setChecked(not shared)


class SegmentationPage(ConfigPage):
    STEP = 3
    KINDS = (ListKind.CATEGORY_GROUP, ListKind.CATEGORY)

    def build(self) -> None:
        self.groups_title = heading()
        self.groups = ListEditor(self.state, ListKind.CATEGORY_GROUP, ("name", "role", "description"))
        self.categories_title = heading()
        self.categories = ListEditor(self.state, ListKind.CATEGORY, ("name", "group", "description"))
        self.groups.changed.connect(self.categories.refresh)
        self.body.addWidget(self.groups_title)
        self.body.addWidget(self.groups, 2)
        self.body.addWidget(self.categories_title)
        self.body.addWidget(self.categories, 3)

    def page_title(self) -> str:
        return self.tr("Segmentation")

    def retranslate(self) -> None:
        self.why.setText(self.tr(
            "Categories divide companies into your main target groups, such as customer, prospect, supplier or "
            "partner; every company has one, and its persons share it. Category groups bring categories together. "
            "You can select on both for call lists and mailings, so choose the divisions you really want to "
            "segment by. Only the categories of a group with the role Potential customer can use lead status."))
        self.groups_title.setText(self.tr("Category groups"))
        self.categories_title.setText(self.tr("Categories"))
        self.groups.retranslate()
        self.categories.retranslate()

    def refresh(self) -> None:
        self.groups.refresh()
        self.categories.refresh()


class BusinessPage(ConfigPage):
    STEP = 4
    KINDS = (ListKind.BUSINESS,)

    def build(self) -> None:
        self.editor = ListEditor(self.state, ListKind.BUSINESS, ("name", "description"))
        self.body.addWidget(self.editor, 1)

    def page_title(self) -> str:
        return self.tr("Industries")

    def retranslate(self) -> None:
        self.why.setText(self.tr(
            "The industry (Business) of a company lets you select companies per sector, for example transport, "
            "IT, services or manufacturing. Start from the list below and make it fit your market. Keep it short, "
            "so that everyone makes the same choice for the same kind of company."))
        self.editor.retranslate()

    def refresh(self) -> None:
        self.editor.refresh()


class InterestsPage(ConfigPage):
    STEP = 5
    KINDS = (ListKind.COMPANY_INTEREST, ListKind.PERSON_INTEREST)

    def build(self) -> None:
        self.company_title = heading()
        self.company = ListEditor(self.state, ListKind.COMPANY_INTEREST, ("name", "description"),
                                  examples=lambda: cfg.examples(ListKind.COMPANY_INTEREST, self.draft.language))
        self.person_title = heading()
        self.person = ListEditor(self.state, ListKind.PERSON_INTEREST, ("name", "description"),
                                 examples=lambda: cfg.examples(ListKind.PERSON_INTEREST, self.draft.language))
        self.body.addWidget(self.company_title)
        self.body.addWidget(self.company, 1)
        self.body.addWidget(self.person_title)
        self.body.addWidget(self.person, 1)

    def page_title(self) -> str:
        return self.tr("Interests")

    def retranslate(self) -> None:
        self.why.setText(self.tr(
            "Interests record what a company or a person cares about, so you can approach them with the right "
            "offer. On companies they are often the kinds of customer relationship or product lines, such as a "
            "maintenance contract or new products. On persons they are often their role (decision maker, "
            "technical contact) or personal interests for keeping in touch (golf, wine). A company or person can "
            "have several."))
        self.company_title.setText(self.tr("Interests of companies"))
        self.person_title.setText(self.tr("Interests of persons"))
        self.company.retranslate()
        self.person.retranslate()

    def refresh(self) -> None:
        self.company.refresh()
        self.person.refresh()


class SubscriptionsPage(ConfigPage):
    STEP = 6
    KINDS = (ListKind.SUBSCRIPTION_TYPE,)

    def build(self) -> None:
        self.editor = ListEditor(self.state, ListKind.SUBSCRIPTION_TYPE, ("name", "description"),
                                 examples=lambda: cfg.examples(ListKind.SUBSCRIPTION_TYPE, self.draft.language))
        self.consent = note()
        self.body.addWidget(self.editor, 1)
        self.body.addWidget(self.consent)

    def page_title(self) -> str:
        return self.tr("Subscriptions")

    def retranslate(self) -> None:
        self.why.setText(self.tr(
            "Subscription types are what you send people: a newsletter, invitations to events, product updates. "
            "They are used a lot for selections and mailings, so add the ones your business sends."))
        self.consent.setText(self.tr(
            "Consent is recorded per person: when, how (the source) and on which legal basis. Unsubscribing keeps "
            "that history as proof under the GDPR (AVG), so a type that is in use can be hidden but not merged. "
            "The purpose and legal basis of each type follow on the privacy page."))
        self.editor.retranslate()

    def refresh(self) -> None:
        self.editor.refresh()
