"""The configuration wizard's pages 11 and 12: what to do with data (start empty, import a file, demo
data: all after the configuration is saved), and the summary of everything Finish will write."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QRadioButton, QTextBrowser

from desktop_crm.domain.configuration import PlannedChange
from desktop_crm.domain.entities import ListKind
from desktop_crm.i18n import LANGUAGES, tr_field
from desktop_crm.services import configuration as config
from desktop_crm.ui.models.list_items_model import associate_role_labels, group_role_labels
from desktop_crm.ui.widgets.subscriptions_editor import source_label
from desktop_crm.ui.windows.config_widgets import ConfigPage, basis_labels, note
from desktop_crm.ui.windows.settings_pages import list_title

DEMO_COMPANIES, DEMO_PERSONS = 50, 250


class DataPage(ConfigPage):
    STEP = 11

    def build(self) -> None:
        self.empty = QRadioButton()
        self.import_file = QRadioButton()
        self.demo = QRadioButton()
        for name, button in (("startEmpty", self.empty), ("importFile", self.import_file), ("loadDemo", self.demo)):
            button.setObjectName(name)
        self.group = QButtonGroup(self)
        for code, button in (("empty", self.empty), ("import", self.import_file), ("demo", self.demo)):
            self.group.addButton(button)
            button.toggled.connect(lambda on, c=code: on and setattr(self.draft, "data", c))
        self.import_note = note()
        self.demo_note = note()
        self.body.addWidget(self.empty)
        self.body.addWidget(self.import_file)
        self.body.addWidget(self.import_note)
        self.body.addWidget(self.demo)
        self.body.addWidget(self.demo_note)
        self.body.addStretch(1)

    def page_title(self) -> str:
        return self.tr("Your data")

    def retranslate(self) -> None:
        self.why.setText(self.tr(
            "A CRM is as good as the data in it. Start empty and enter companies as they come, import the file you "
            "keep them in now, or first try things out with demo data. An import or demo data comes after the "
            "configuration is saved, so the data lands in your lists straight away."))
        self.empty.setText(self.tr("Start empty"))
        self.import_file.setText(self.tr("Import a file now (Excel, CSV or vCard)"))
        self.import_note.setText(self.tr("The import opens when you click Finish; it lets you check everything "
                                         "before anything is written."))
        self.demo.setText(self.tr("Load demo data to try things out ({companies} companies, {persons} persons)")
                          .format(companies=DEMO_COMPANIES, persons=DEMO_PERSONS))
        self.demo_note.setText(self.tr("Demo data can only be loaded into an empty database.")
                               if not self.state.database_empty else
                               self.tr("Demo data are made-up Dutch companies and persons; delete them before you "
                                       "start for real, or start a new database."))

    def refresh(self) -> None:
        can_import, can_demo = self.state.can_import, self.state.database_empty
        self.import_file.setVisible(can_import)
        self.import_note.setVisible(can_import)
        self.demo.setEnabled(can_demo)
        if (self.draft.data == "import" and not can_import) or (self.draft.data == "demo" and not can_demo):
            self.draft.data = "empty"
        {"empty": self.empty, "import": self.import_file, "demo": self.demo}[self.draft.data].setChecked(True)


class SummaryPage(ConfigPage):
    STEP = 12

    def build(self) -> None:
        self.browser = QTextBrowser()
        self.browser.setObjectName("summary")
        self.body.addWidget(self.browser, 1)
        self.changes: list[PlannedChange] = []

    def page_title(self) -> str:
        return self.tr("Summary")

    def retranslate(self) -> None:
        self.why.setText(self.tr(
            "Check what will happen. Finish saves everything at once: if anything cannot be saved, nothing is. "
            "Cancel leaves everything as it was."))
        if self.changes or self.browser.toPlainText():
            self.browser.setHtml(self.summary_html(self.changes))

    def refresh(self) -> None:
        self.changes = config.plan(self.draft)
        self.browser.setHtml(self.summary_html(self.changes))

    def section_title(self, section: str) -> str:
        if section in {k.value for k in ListKind}:
            return list_title(ListKind(section))
        titles = {
            "settings": self.tr("General"),
            "privacy": self.tr("Privacy (GDPR)"),
            "company": self.tr("Fields of companies"),
            "person": self.tr("Fields of persons"),
            "data": self.tr("Your data"),
        }
        if section in titles:
            return titles[section]
        # translate, not tr: the Dutch is the same word (see LeadsPage.page_title)
        return QCoreApplication.translate("SummaryPage", "Checklist") if section == "checklist" else section

    def describe(self, change: PlannedChange) -> str:
        """One change in words, in the interface language."""
        c = change
        q = {"name": c.name, "old": c.old, "new": c.new, "count": c.count}
        if c.section == "settings":
            return self._setting(c)
        if c.section in ("company", "person"):
            return {"show": self.tr("Show {field}"), "hide": self.tr("Hide {field}"),
                    "require": self.tr("Make {field} mandatory"),
                    "optional": self.tr("Make {field} optional")}[c.op].format(field=tr_field(c.name))
        if c.section == "privacy":
            if c.op == "personal_data":
                return self.tr("Which personal data we keep, and why: {new}").format(**q)
            if c.op == "retention":
                return self.tr("Propose to remove persons without contact after {new} months").format(**q)
            return self.tr("Source recorded with a new consent: {new}").format(new=source_label(c.new))
        if c.section == "checklist":
            return self.tr("Save the checklist report: {count} quick win(s), {new} to take up later").format(**q)
        if c.section == "data":
            if c.op == "demo":
                return self.tr("Then load demo data ({companies} companies, {persons} persons)").format(
                    companies=DEMO_COMPANIES, persons=DEMO_PERSONS)
            return self.tr("Then open the import of a file")
        if c.op == "role":
            labels = associate_role_labels() if c.section == ListKind.ASSOCIATE.value else group_role_labels()
            q["new"] = labels.get(c.new, c.new)
        if c.op == "basis":
            q["new"] = basis_labels().get(c.new, c.new)
        texts = {
            "add": self.tr("Add \"{name}\""),
            "rename": self.tr("Rename \"{old}\" to \"{new}\""),
            "describe": self.tr("Description of \"{name}\": {new}"),
            "show": self.tr("Show \"{name}\" again"),
            "delete": self.tr("Delete \"{name}\" (not in use)"),
            "merge": self.tr("Merge \"{name}\" into \"{new}\": its {count} record(s) move over"),
            "hide": self.tr("Hide \"{name}\": its {count} record(s) keep it"),
            "order": self.tr("A new order"),
            "role": self.tr("Role of \"{name}\": {new}"),
            "group": self.tr("\"{name}\" in the group \"{new}\""),
            "lead_on": self.tr("Lead status on for \"{name}\""),
            "lead_off": self.tr("Lead status off for \"{name}\""),
            "default": self.tr("\"{name}\" is the status new leads start with"),
            "purpose": self.tr("Purpose of \"{name}\": {new}"),
            "basis": self.tr("Legal basis of \"{name}\": {new}"),
            "login": self.tr("Login of \"{name}\": {new}"),
            "password": self.tr("A new password for \"{name}\""),
        }
        text = texts.get(c.op, c.op).format(**q)
        if c.op == "add" and c.new:
            text += ": " + c.new
        return text

    def _setting(self, c: PlannedChange) -> str:
        if c.op == "organisation":
            return self.tr("Name of the organisation: {new}").format(new=c.new) if c.new else self.tr(
                "No organisation name")
        if c.op == "language":
            return self.tr("Language: {new}").format(new=LANGUAGES.get(c.new, c.new))
        if c.op == "workplace":
            return self.tr("The CRM runs on one shared PC") if c.new == "shared" else self.tr(
                "The CRM runs on a laptop or own PC")
        return self.tr("We work with leads") if c.new == "1" else self.tr("We do not work with leads")

    def summary_html(self, changes: list[PlannedChange]) -> str:
        if not changes:
            return "<p>" + escape(self.tr("Nothing changes: the configuration stays as it is.")) + "</p>"
        sections: dict[str, list[PlannedChange]] = {}
        for change in changes:
            sections.setdefault(change.section, []).append(change)
        parts = []
        for section, items in sections.items():
            lines = "".join(f"<li>{escape(self.describe(c))}</li>" for c in items)
            parts.append(f"<h3>{escape(self.section_title(section))}</h3><ul>{lines}</ul>")
        return "".join(parts)
