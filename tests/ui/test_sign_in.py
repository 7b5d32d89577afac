"""Who is working: asked on a shared PC (with an optional password), remembered on a laptop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desktop_crm.domain.entities import AssociateRole
from desktop_crm.services import associates, session
from desktop_crm.ui.windows.sign_in_dialog import REMEMBERED_KEY, SignInDialog, ensure_signed_in


@pytest.fixture
def team(crm):  # noqa: ANN001, ANN201
    anna, _ = associates.add_associate("Anna de Wit", AssociateRole.USER, login="anna")
    bram, _ = associates.add_associate("Bram Smit", AssociateRole.READ_ONLY)
    associates.set_password(anna.id, "tulp123")
    return anna, bram


def answer_dialog(qtbot, act) -> None:  # noqa: ANN001
    """When the sign-in dialog is up, ``act(dialog)`` on it."""
    def find() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SignInDialog):
            act(dialog)
        else:
            QTimer.singleShot(20, find)

    QTimer.singleShot(0, find)


def no_dialog(monkeypatch) -> None:  # noqa: ANN001
    def fail(self) -> int:  # noqa: ANN001
        raise AssertionError("the sign-in dialog was shown")

    monkeypatch.setattr(SignInDialog, "exec", fail)


def test_password_is_checked_and_a_wrong_one_refused(team, qtbot, dutch) -> None:
    anna, bram = team
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    dialog.select(anna.id)
    assert dialog.password.isVisibleTo(dialog)
    dialog.password.setText("roos")
    dialog.try_sign_in()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.error.text()
    assert session.current().name != "Anna de Wit" and dialog.password.text() == ""
    dialog.password.setText("tulp123")
    dialog.try_sign_in()
    assert dialog.result() == QDialog.DialogCode.Accepted and session.current().name == "Anna de Wit"
    assert not dutch.missing, dutch.missing


def test_associate_without_password_signs_in_directly(team, qtbot) -> None:
    _, bram = team
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    dialog.select(bram.id)
    assert not dialog.password.isVisibleTo(dialog)
    dialog.try_sign_in()
    assert session.current().name == "Bram Smit" and not session.can_edit()


def test_shared_pc_asks_every_time(team, qtbot) -> None:
    anna, bram = team
    associates.set_workplace(associates.SHARED)

    def sign_in_as_bram(dialog: SignInDialog) -> None:
        dialog.select(bram.id)
        dialog.try_sign_in()

    answer_dialog(qtbot, sign_in_as_bram)
    assert ensure_signed_in(None)
    assert session.current().name == "Bram Smit"
    assert not QSettings().value(REMEMBERED_KEY)  # nothing remembered on a shared PC
    answer_dialog(qtbot, lambda dialog: dialog.reject())
    assert not ensure_signed_in(None)


def test_laptop_asks_once_then_remembers(team, qtbot, monkeypatch) -> None:
    anna, _ = team

    def sign_in_as_anna(dialog: SignInDialog) -> None:
        dialog.select(anna.id)
        dialog.password.setText("tulp123")
        dialog.try_sign_in()

    answer_dialog(qtbot, sign_in_as_anna)
    assert ensure_signed_in(None)
    assert QSettings().value(REMEMBERED_KEY) == anna.uuid
    session.sign_out()
    no_dialog(monkeypatch)
    assert ensure_signed_in(None)
    assert session.current().name == "Anna de Wit"


def test_laptop_with_one_associate_does_not_ask(crm, qtbot, monkeypatch) -> None:
    no_dialog(monkeypatch)
    assert ensure_signed_in(None)
    (only,) = associates.associates()
    assert session.current().id == only.id and QSettings().value(REMEMBERED_KEY) == only.uuid


def test_sign_in_dialog_in_dutch(team, qtbot, dutch, shots: Path) -> None:
    anna, _ = team
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    dialog.select(anna.id)
    dialog.password.setText("fout")
    dialog.try_sign_in()
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Wie is er aan het werk?"
    dialog.grab().save(str(shots / "sign_in_nl.png"))
    assert not dutch.missing, dutch.missing
