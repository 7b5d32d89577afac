"""Record identifiers: UUID version 7 (RFC 9562), time-ordered."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_crm.domain import ids
from desktop_crm.domain.ids import new_uuid, uuid7, uuid7_time_ms

T0 = 1_900_000_000_000  # a fixed time in 2030, later than any real clock in these tests


@pytest.fixture(autouse=True)
def fresh_generator(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts as a fresh process; the real generator state is put back afterwards so
    identifiers made by other tests do not jump to 2030."""
    monkeypatch.setattr(ids, "_last_ms", 0)
    monkeypatch.setattr(ids, "_last_seq", 0)
    yield


def test_new_uuid_is_a_canonical_version_7_string() -> None:
    text = new_uuid()
    assert len(text) == 36
    assert text == text.lower()
    parsed = uuid.UUID(text)
    assert str(parsed) == text
    assert parsed.version == 7
    assert parsed.variant == uuid.RFC_4122
    assert text[14] == "7"  # version nibble, where people look for it
    assert text[19] in "89ab"  # RFC variant bits 10xx


def test_new_uuid_carries_the_current_time() -> None:
    before = int(time.time() * 1000)
    value = new_uuid()
    after = int(time.time() * 1000)
    assert before <= uuid7_time_ms(value) <= after


def test_uuid7_time_ms_reads_the_given_time() -> None:
    u = uuid7(now_ms=T0)
    assert uuid7_time_ms(u) == T0
    assert uuid7_time_ms(str(u)) == T0


def test_ten_thousand_in_one_millisecond_are_strictly_increasing() -> None:
    values = [uuid7(now_ms=T0) for _ in range(10_000)]
    assert all(v.version == 7 and v.variant == uuid.RFC_4122 for v in values)
    assert all(a.int < b.int for a, b in zip(values, values[1:], strict=False))
    texts = [str(v) for v in values]
    assert texts == sorted(texts)  # the database orders by the text
    assert len(set(texts)) == len(texts)
    # The 12-bit counter runs out after at most 4096 per millisecond; it borrows the next ones
    # instead of wrapping, so the time stays close to the real one.
    times = [uuid7_time_ms(v) for v in values]
    assert times[0] == T0
    assert T0 + 1 <= times[-1] <= T0 + 10_000 // 3072 + 1


def test_clock_stepping_back_keeps_order() -> None:
    first = uuid7(now_ms=T0)
    second = uuid7(now_ms=T0 - 60_000)
    assert second.int > first.int
    assert uuid7_time_ms(second) == T0


def test_a_later_millisecond_uses_the_later_time() -> None:
    uuid7(now_ms=T0)
    later = uuid7(now_ms=T0 + 5)
    assert uuid7_time_ms(later) == T0 + 5


@settings(max_examples=50)
@given(st.lists(st.integers(0, 2**48 - 1), min_size=1, max_size=40))
def test_increasing_for_any_sequence_of_clock_readings(readings: list[int]) -> None:
    ids._last_ms, ids._last_seq = 0, 0
    values = [uuid7(now_ms=ms) for ms in readings]
    assert all(a.int < b.int for a, b in zip(values, values[1:], strict=False))
    for ms, value in zip(readings, values, strict=True):
        assert value.version == 7 and value.variant == uuid.RFC_4122
        assert uuid7_time_ms(value) >= ms  # never earlier than the clock said


def test_random_part_differs_between_values() -> None:
    values = {uuid7(now_ms=T0).int & ((1 << 62) - 1) for _ in range(100)}
    assert len(values) == 100


def test_unique_and_ordered_across_threads() -> None:
    results: list[list[uuid.UUID]] = [[] for _ in range(4)]

    def make(out: list[uuid.UUID]) -> None:
        for _ in range(500):
            out.append(uuid7(now_ms=T0))

    threads = [threading.Thread(target=make, args=(out,)) for out in results]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    everything = [u for out in results for u in out]
    assert len(set(everything)) == 2000
    for out in results:
        assert all(a.int < b.int for a, b in zip(out, out[1:], strict=False))


def test_new_uuids_in_bulk_continue_the_sequence_and_carry_over_a_full_millisecond(monkeypatch) -> None:
    """An import takes its identifiers thousands at a time: they are version 7, strictly increasing,
    after those made before and before those made after, also past the 4,096 a millisecond's counter holds."""
    monkeypatch.setattr(ids.time, "time", lambda: T0 / 1000)  # a clock that stands still
    before = new_uuid()
    bulk = ids.new_uuids(5000)
    after = new_uuid()
    seq = [before, *bulk, after]
    assert len(set(seq)) == len(seq) == 5002
    assert all(a < b for a, b in zip(seq, seq[1:], strict=False))
    assert all(uuid.UUID(u).version == 7 and str(uuid.UUID(u)) == u for u in seq)
    assert uuid7_time_ms(bulk[0]) == T0 and uuid7_time_ms(after) > T0  # carried into the next milliseconds
    assert ids.new_uuids(0) == []
