"""What an action changed, so every open screen can refresh only what it shows."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ChangeSet:
    """Record kinds ("company", "person", a list kind...) and the ids that changed in each.

    ``undo`` is the transaction id that an undo of this action would revert (deletes), or None.
    """

    changed: dict[str, set[int]] = field(default_factory=dict)
    undo: str | None = None

    def add(self, kind: str, *ids: int) -> ChangeSet:
        self.changed.setdefault(kind, set()).update(ids)
        return self

    def merge(self, other: ChangeSet) -> ChangeSet:
        for kind, ids in other.changed.items():
            self.add(kind, *ids)
        self.undo = other.undo or self.undo
        return self

    def touches(self, kind: str) -> bool:
        return kind in self.changed

    def ids(self, kind: str) -> set[int]:
        return self.changed.get(kind, set())

    def __bool__(self) -> bool:
        return bool(self.changed)
