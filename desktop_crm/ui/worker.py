"""Database work off the GUI thread: one background thread, results back on the GUI thread.

``run_task(fn, on_done, on_error)`` queues ``fn`` on a single worker thread (SQLite connections stay
on the thread that opened them; peewee opens one per thread) and calls ``on_done(result)`` or
``on_error(exc)`` on the GUI thread. ``Progress`` lets long work report and be cancelled.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop_crm.services import database

_pool: QThreadPool | None = None


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setExpiryTimeout(-1)
    return _pool


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Progress:
    """Passed to long tasks: ``report(done, total)``; ``cancelled`` turns True when the user cancels."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> bool:
        self._signals.progress.emit(done, total)
        return not self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], with_progress: bool) -> None:
        super().__init__()
        self.signals = _Signals()
        self.progress = Progress(self.signals)
        self._fn = fn
        self._with_progress = with_progress
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self._fn(self.progress) if self._with_progress else self._fn()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread to report
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)
        finally:
            database.end_thread()


_running: set[Task] = set()


def _late_safe(callback: Callable[..., None]) -> Callable[..., None]:
    """A result may arrive after the screen that asked for it was closed and deleted; then there is
    nothing left to update, so PySide's "already deleted" / "has been deleted" errors are dropped
    (anything else still raises)."""

    def call(*args: object) -> None:
        try:
            callback(*args)
        except RuntimeError as exc:
            if "already deleted" not in str(exc) and "has been deleted" not in str(exc):
                raise

    return call


def run_task(fn: Callable[..., Any], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[Exception], None] | None = None, *, with_progress: bool = False,
             on_progress: Callable[[int, int], None] | None = None) -> Task:
    """Run ``fn`` on the worker thread; callbacks run on the GUI thread."""
    task = Task(fn, with_progress)
    _running.add(task)

    def finish(_: object = None) -> None:
        _running.discard(task)

    if on_done:
        task.signals.done.connect(_late_safe(on_done))
    if on_error:
        task.signals.failed.connect(_late_safe(on_error))
    if on_progress:
        task.signals.progress.connect(_late_safe(on_progress))
    task.signals.done.connect(finish)
    task.signals.failed.connect(finish)
    pool().start(task)
    return task


def wait_idle(msecs: int = 30_000) -> bool:
    """Block until queued work is done (tests, and before closing the database)."""
    return pool().waitForDone(msecs)
