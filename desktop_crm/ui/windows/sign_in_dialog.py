"""Who is working: the sign-in at start-up.

``ensure_signed_in(parent)`` is what the app's start-up calls. On a laptop (the General setting) it
signs in the associate remembered in QSettings without asking, or the only associate there is; it
asks once otherwise and remembers the answer. On a shared PC it asks every time: a list of the
associates and, for those who have one, their password. False means the user cancelled (quit).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.errors import CrmError
from desktop_crm.i18n import tr_error
from desktop_crm.services import associates
from desktop_crm.services.associates import AssociateInfo
from desktop_crm.ui.models.list_items_model import associate_role_labels

REMEMBERED_KEY = "sign_in/associate_uuid"
ID_ROLE = Qt.ItemDataRole.UserRole


class SignInDialog(QDialog):
    """Choose who you are; type your password if you have one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.signed_in: AssociateInfo | None = None
        self.setWindowTitle(self.tr("Who is working?"))
        self.choices = {a.id: a for a in associates.sign_in_choices()}
        intro = QLabel(self.tr("Choose your name. Every change you make is recorded with it."))
        intro.setWordWrap(True)
        self.names = QListWidget()
        self.names.setObjectName("associates")
        labels = associate_role_labels()
        for info in self.choices.values():
            item = QListWidgetItem(self.tr("{name} — {role}").format(name=info.name, role=labels[info.role.value]))
            item.setData(ID_ROLE, info.id)
            self.names.addItem(item)
        self.password_label = QLabel(self.tr("Password:"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label.setBuddy(self.password)
        self.error = QLabel()
        self.error.setObjectName("signInError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        self.names.currentItemChanged.connect(lambda *_: self._update())
        self.names.itemDoubleClicked.connect(lambda _item: self.try_sign_in())

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.names, 1)
        layout.addWidget(self.password_label)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(420, 380)
        remembered = associates.associate_id_by_uuid(str(QSettings().value(REMEMBERED_KEY, "") or ""))
        self.select(remembered if remembered in self.choices else next(iter(self.choices), None))

    def select(self, associate_id: int | None) -> None:
        for row in range(self.names.count()):
            if self.names.item(row).data(ID_ROLE) == associate_id:
                self.names.setCurrentRow(row)

    def current(self) -> AssociateInfo | None:
        item = self.names.currentItem()
        return self.choices.get(item.data(ID_ROLE)) if item is not None else None

    def _update(self) -> None:
        info = self.current()
        needs = bool(info and info.has_password)
        self.password_label.setVisible(needs)
        self.password.setVisible(needs)
        self.password.clear()
        self.error.clear()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(info is not None)
        if needs:
            self.password.setFocus()

    def try_sign_in(self) -> None:
        info = self.current()
        if info is None:
            return
        try:
            associates.sign_in(info.id, self.password.text())
        except CrmError as exc:
            self.error.setText(tr_error(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.signed_in = info
        self.accept()


def remember(info: AssociateInfo) -> None:
    QSettings().setValue(REMEMBERED_KEY, info.uuid)


def ensure_signed_in(parent: QWidget | None = None) -> bool:
    """Make sure someone is signed in before the main window opens; False when the user cancelled."""
    laptop = associates.workplace() == associates.LAPTOP
    if laptop:
        if associates.sign_in_remembered(str(QSettings().value(REMEMBERED_KEY, "") or "")) is not None:
            return True
        choices = associates.sign_in_choices()
        if len(choices) == 1 and not choices[0].has_password:
            associates.sign_in(choices[0].id)
            remember(choices[0])
            return True
    if not associates.sign_in_choices():
        return True  # nobody to choose: the session falls back to the first administrator
    dialog = SignInDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.signed_in is None:
        return False
    if laptop:
        remember(dialog.signed_in)
    return True
