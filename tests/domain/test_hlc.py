"""The hybrid logical clock that orders journal entries across PCs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_crm.domain.hlc import HlcTimestamp, HybridLogicalClock

MAX_COUNTER = 0xFFFF  # four hex digits in the encoded form
MAX_WALL = 10**13 - 1  # thirteen decimal digits: good until the year 2286


class FakeWall:
    """A PC clock the test sets by hand."""

    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def _clock(node: str = "a", ms: int = 1_700_000_000_000) -> tuple[HybridLogicalClock, FakeWall]:
    wall = FakeWall(ms)
    return HybridLogicalClock(node, wall_clock=wall), wall


def test_timestamps_follow_the_wall_clock_when_it_moves_forward() -> None:
    clock, wall = _clock(ms=1000)
    assert clock.now() == HlcTimestamp(1000, 0, "a")
    wall.ms = 1005
    assert clock.now() == HlcTimestamp(1005, 0, "a")


def test_same_millisecond_increments_the_counter() -> None:
    clock, _ = _clock(ms=1000)
    stamps = [clock.now() for _ in range(5)]
    assert [(t.wall_ms, t.counter) for t in stamps] == [(1000, 0), (1000, 1), (1000, 2), (1000, 3), (1000, 4)]


def test_clock_jumping_back_does_not_make_time_go_backwards() -> None:
    clock, wall = _clock(ms=50_000)
    first = clock.now()
    wall.ms = 10_000  # the PC's clock was corrected by 40 seconds
    later = [clock.now() for _ in range(100)]
    assert all(t > first for t in later)
    assert later == sorted(later) and len(set(later)) == len(later)
    assert all(t.wall_ms == 50_000 for t in later)  # stays at the highest time seen
    wall.ms = 60_000
    assert clock.now() == HlcTimestamp(60_000, 0, "a")


@given(walls=st.lists(st.integers(0, 10**12), min_size=1, max_size=60))
def test_now_is_strictly_increasing_whatever_the_wall_clock_does(walls: list[int]) -> None:
    wall = FakeWall(0)
    clock = HybridLogicalClock("n1", wall_clock=wall)
    previous = None
    for ms in walls:
        wall.ms = ms
        ts = clock.now()
        assert ts.wall_ms >= ms  # never behind the PC's clock
        assert ts.wall_ms <= max(walls) + 1
        if previous is not None:
            assert ts > previous
            assert ts.encode() > previous.encode()
        previous = ts


def test_counter_overflow_moves_into_the_next_millisecond() -> None:
    clock, _ = _clock(ms=2000)
    stamps = [clock.now() for _ in range(MAX_COUNTER + 3)]
    assert stamps[MAX_COUNTER] == HlcTimestamp(2000, MAX_COUNTER, "a")
    assert stamps[MAX_COUNTER + 1] == HlcTimestamp(2001, 0, "a")
    assert stamps[MAX_COUNTER + 2] == HlcTimestamp(2001, 1, "a")
    encoded = [t.encode() for t in stamps]
    assert encoded == sorted(encoded) and len(set(encoded)) == len(encoded)
    assert all(len(e) == len(encoded[0]) for e in encoded)  # the counter never grows past 4 digits


def test_restart_continues_after_the_persisted_timestamp() -> None:
    last = HlcTimestamp(9_000, 7, "a")
    wall = FakeWall(5_000)  # PC clock behind the last stored timestamp
    clock = HybridLogicalClock("a", last=last, wall_clock=wall)
    assert clock.now() == HlcTimestamp(9_000, 8, "a")


def test_encode_has_fixed_width_and_decodes_back() -> None:
    ts = HlcTimestamp(1_700_000_000_123, 42, "pc-01")
    assert ts.encode() == "1700000000123-002a-pc-01"
    assert HlcTimestamp.decode(ts.encode()) == ts
    assert HlcTimestamp(5, 0, "x").encode() == "0000000000005-0000-x"


timestamps = st.builds(HlcTimestamp, wall_ms=st.integers(0, MAX_WALL), counter=st.integers(0, MAX_COUNTER),
                       node=st.text(max_size=12))


@given(timestamps)
def test_encode_decode_round_trip(ts: HlcTimestamp) -> None:
    assert HlcTimestamp.decode(ts.encode()) == ts


@given(a=timestamps, b=timestamps)
def test_encoded_strings_sort_like_the_timestamps(a: HlcTimestamp, b: HlcTimestamp) -> None:
    assert (a < b) == (a.encode() < b.encode())
    assert (a == b) == (a.encode() == b.encode())
    # SQLite compares TEXT as UTF-8 bytes: same order.
    assert (a < b) == (a.encode().encode("utf-8") < b.encode().encode("utf-8"))


@given(st.lists(timestamps, max_size=30))
def test_sorting_encoded_strings_sorts_the_timestamps(stamps: list[HlcTimestamp]) -> None:
    assert [HlcTimestamp.decode(e) for e in sorted(t.encode() for t in stamps)] == sorted(stamps)


def test_receive_from_a_node_far_ahead() -> None:
    clock, wall = _clock("a", ms=1_000)
    remote = HlcTimestamp(9_000_000, 5, "b")
    merged = clock.receive(remote)
    assert merged > remote
    assert merged.node == "a"
    assert merged.wall_ms == remote.wall_ms
    # Local events after it stay after the remote one, although the local PC clock is far behind.
    following = clock.now()
    assert following > merged > remote
    wall.ms = 9_000_000 + 10
    assert clock.now() == HlcTimestamp(9_000_010, 0, "a")


def test_receive_from_a_node_behind_keeps_local_time() -> None:
    clock, _ = _clock("a", ms=50_000)
    local = clock.now()
    merged = clock.receive(HlcTimestamp(10, 3, "b"))
    assert merged > local
    assert merged.wall_ms == 50_000


def test_receive_same_millisecond_takes_the_larger_counter() -> None:
    clock, _ = _clock("a", ms=7_000)
    for _ in range(3):
        clock.now()  # local counter at 2
    merged = clock.receive(HlcTimestamp(7_000, 40, "b"))
    assert merged == HlcTimestamp(7_000, 41, "a")
    merged = clock.receive(HlcTimestamp(7_000, 1, "c"))
    assert merged == HlcTimestamp(7_000, 42, "a")


def test_receive_with_a_full_counter_moves_to_the_next_millisecond() -> None:
    clock, _ = _clock("a", ms=100)
    merged = clock.receive(HlcTimestamp(5_000, MAX_COUNTER, "b"))
    assert merged == HlcTimestamp(5_001, 0, "a")
    assert merged > HlcTimestamp(5_000, MAX_COUNTER, "zzz")


events = st.one_of(
    st.tuples(st.just("now"), st.integers(0, 10**9)),
    st.tuples(st.just("receive"), st.integers(0, 10**9), st.integers(0, MAX_COUNTER), st.sampled_from("bcd")),
)


@given(st.lists(events, min_size=1, max_size=40))
def test_happened_before_is_kept_across_nodes(steps: list[tuple]) -> None:
    """Every timestamp a node issues is greater than everything it issued or received before, and
    never behind its own PC clock."""
    wall = FakeWall(0)
    clock = HybridLogicalClock("a", wall_clock=wall)
    seen: list[HlcTimestamp] = []
    for step in steps:
        wall.ms = step[1]
        if step[0] == "now":
            ts = clock.now()
        else:
            remote = HlcTimestamp(step[1] + step[2] % 1000, step[2], step[3])
            ts = clock.receive(remote)
            assert ts > remote
            seen.append(remote)
        assert ts.node == "a"
        assert ts.wall_ms >= wall.ms
        assert all(ts > s for s in seen)
        seen.append(ts)
