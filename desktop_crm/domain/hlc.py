"""A hybrid logical clock (Kulkarni et al., 2014) for ordering journal entries.

Each timestamp is (wall milliseconds, counter, node). It never goes backwards on one node, even
when the PC's clock jumps back, and merging a timestamp received from another node keeps the
"happened before" order. The string form sorts in the same order as the tuple, so the database can
order by it directly.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

_MAX_COUNTER = 0xFFFF


@dataclass(frozen=True, order=True)
class HlcTimestamp:
    wall_ms: int
    counter: int
    node: str

    def encode(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:04x}-{self.node}"

    @classmethod
    def decode(cls, text: str) -> HlcTimestamp:
        wall, counter, node = text.split("-", 2)
        return cls(int(wall), int(counter, 16), node)


class HybridLogicalClock:
    """Issues timestamps for one node; ``last`` is persisted so a restart continues after it."""

    def __init__(self, node: str, last: HlcTimestamp | None = None,
                 wall_clock: Callable[[], int] | None = None) -> None:
        self.node = node
        self.last = last or HlcTimestamp(0, 0, node)
        self._wall = wall_clock or (lambda: int(time.time() * 1000))

    def now(self) -> HlcTimestamp:
        """A timestamp for a local event, greater than every timestamp issued or received before."""
        wall = self._wall()
        if wall > self.last.wall_ms:
            ts = HlcTimestamp(wall, 0, self.node)
        else:
            ts = self._bump(self.last.wall_ms, self.last.counter)
        self.last = ts
        return ts

    def receive(self, remote: HlcTimestamp) -> HlcTimestamp:
        """Merge a timestamp from another node (for sync) and return the local timestamp after it."""
        wall = self._wall()
        top = max(wall, self.last.wall_ms, remote.wall_ms)
        if top == self.last.wall_ms and top == remote.wall_ms:
            counter = max(self.last.counter, remote.counter)
            ts = self._bump(top, counter)
        elif top == self.last.wall_ms:
            ts = self._bump(top, self.last.counter)
        elif top == remote.wall_ms:
            ts = self._bump(top, remote.counter)
        else:
            ts = HlcTimestamp(top, 0, self.node)
        self.last = ts
        return ts

    def _bump(self, wall: int, counter: int) -> HlcTimestamp:
        if counter >= _MAX_COUNTER:
            return HlcTimestamp(wall + 1, 0, self.node)
        return HlcTimestamp(wall, counter + 1, self.node)
