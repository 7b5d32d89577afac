"""The models' count of queries in flight: busy on the first start, idle after the last finish."""

from __future__ import annotations

from desktop_crm.ui.models.loading import LoadingCounter


def test_reports_busy_once_and_idle_after_the_last_query() -> None:
    seen: list[bool] = []
    counter = LoadingCounter(seen.append)
    assert not counter.busy
    counter.start()
    counter.start()  # a second query while busy: no second report
    assert counter.busy and seen == [True]
    counter.finish()
    assert counter.busy and seen == [True]
    counter.finish()
    assert not counter.busy and seen == [True, False]


def test_an_extra_finish_never_counts_below_zero() -> None:
    seen: list[bool] = []
    counter = LoadingCounter(seen.append)
    counter.finish()  # e.g. an error callback after a reset: reports idle again, stays at zero
    assert not counter.busy and seen == [False]
    counter.start()
    assert counter.busy and seen == [False, True]
