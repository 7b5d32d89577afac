"""How many queries a model has running on the worker, and telling when that turns busy or idle."""

from __future__ import annotations

from collections.abc import Callable


class LoadingCounter:
    """Counts queries in flight; calls ``on_change(True)`` when the first starts and ``on_change(False)``
    when the last finishes (a model passes its ``loading_changed.emit``)."""

    def __init__(self, on_change: Callable[[bool], object]) -> None:
        self._on_change = on_change
        self._pending = 0

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def start(self) -> None:
        self._pending += 1
        if self._pending == 1:
            self._on_change(True)

    def finish(self) -> None:
        """One query ended (a result or an error); never counts below zero."""
        self._pending = max(0, self._pending - 1)
        if self._pending == 0:
            self._on_change(False)
