"""The choices for a mailing from a person selection: subscription type, e-mail or post, file format.

What the mailing leaves out (not subscribed, no address, the same address twice) is worked out by
``services.mailing`` when the file is written; this dialog only asks.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.entities import ListItem


@dataclass(frozen=True)
class MailingChoice:
    type_id: int
    channel: str  # "email" or "post"
    fmt: str  # "csv" or "xlsx"
    delimiter: str  # for csv

    @property
    def suffix(self) -> str:
        return ".xlsx" if self.fmt == "xlsx" else ".csv"


class MailingDialog(QDialog):
    def __init__(self, types: list[ListItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mailing"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Members who are not subscribed, who have no address, and addresses that occur "
                               "twice are left out."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.type_combo = QComboBox()
        for item in types:
            self.type_combo.addItem(item.name, item.id)
        form.addRow(self.tr("Subscription"), self.type_combo)
        self.by_email = QRadioButton(self.tr("E-mail: one message per e-mail address"))
        self.by_post = QRadioButton(self.tr("Post: one letter per person per postal address"))
        self.by_email.setChecked(True)
        self.channels = QButtonGroup(self)
        self.channels.addButton(self.by_email)
        self.channels.addButton(self.by_post)
        channel_box = QVBoxLayout()
        channel_box.addWidget(self.by_email)
        channel_box.addWidget(self.by_post)
        form.addRow(self.tr("Send by"), channel_box)
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("CSV for Excel, semicolons"), ("csv", ";"))
        self.format_combo.addItem(self.tr("CSV, commas"), ("csv", ","))
        self.format_combo.addItem(self.tr("Excel workbook"), ("xlsx", ";"))
        form.addRow(self.tr("File"), self.format_combo)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> MailingChoice:
        fmt, delimiter = self.format_combo.currentData()
        return MailingChoice(int(self.type_combo.currentData()), "post" if self.by_post.isChecked() else "email",
                             fmt, delimiter)
