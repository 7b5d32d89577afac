"""Numbered schema migrations, run in order on open, each in its own transaction.

A module ``NNNN_name.py`` defines ``migrate(execute)``; after it runs, ``PRAGMA user_version``
is set to NNNN in the same transaction, so a crash leaves the file at the version before.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from types import ModuleType


def available() -> list[tuple[int, ModuleType]]:
    found = []
    for info in pkgutil.iter_modules(__path__):
        number, _, _ = info.name.partition("_")
        if number.isdigit():
            found.append((int(number), importlib.import_module(f"{__name__}.{info.name}")))
    found.sort(key=lambda pair: pair[0])
    numbers = [n for n, _ in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise RuntimeError(f"migrations are not numbered 1..N without gaps: {numbers}")
    return found


def latest_version() -> int:
    return len(available())


Executor = Callable[[str], object]
