"""One place that tells every open screen what changed (Anki's OpChanges idea).

A service returns a ChangeSet; whoever called it passes that to ``hub().publish(changes)``; lists and
cards connect to ``data_changed`` and refresh only when the ChangeSet touches what they show.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop_crm.domain.changes import ChangeSet


class Hub(QObject):
    data_changed = Signal(object)  # ChangeSet
    open_record = Signal(str, int)  # kind ("company" / "person"), id
    status_message = Signal(str)

    def publish(self, changes: ChangeSet) -> None:
        if changes:
            self.data_changed.emit(changes)


_hub: Hub | None = None


def hub() -> Hub:
    global _hub
    if _hub is None:
        _hub = Hub()
    return _hub
