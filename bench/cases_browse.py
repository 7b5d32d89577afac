"""Bench cases for issue 4's lists and quick search, next to raw sqlite3 on the same file.

Importing this module registers its cases in ``bench.cases.CASES``; the runner must import it (one
line in ``bench/cases.py`` or the runner). The cases only read the file. Targets at 100,000
companies / 1,000,000 persons (issue 4), app side and raw baseline:

- ``quick_search_median`` / ``_p95`` / ``_max``: ``services.search.quick_search(q, 20)`` for 20
  typical queries; the median / 95th percentile / worst of the 20. Raw: the same two FTS5
  statements (same MATCH text, same LIMIT) through sqlite3. Target < 50 ms and <= 1.5x raw.
- ``person_list_first_screen``: a ``RecordListModel`` of all persons sorted by last name, its first
  keyset page and ``data()`` of a 40-row screen. Raw: the same keyset statement. Target < 200 ms.
- ``person_list_widget_first_frame``: the whole ``RecordListWidget`` built, sorted, shown and
  painted offscreen. Target < 200 ms.
- ``person_list_fetch_more_p95``: 30 successive ``fetchMore`` calls (keyset pages of 100 rows while
  scrolling), 95th percentile. Raw: the same keyset statement after the last key. Target < 16 ms.
- ``person_list_jump_page_p95``: with all ids loaded, 30 jumps to random rows whose page is not
  cached (100 rows read by id), 95th percentile. Raw: the same statement. Target < 16 ms.
- ``person_list_all_ids``, ``person_count``, ``person_groups_lead_status``: what runs on the worker
  thread (every id in order, the COUNT, the GROUP BY), next to the same statements raw.
- ``person_list_rss`` / ``_rss_peak``: MB resident (VmRSS / VmHWM) of a fresh process showing the
  person list, all ids loaded and scrolled through. Target < 400 MB.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from bench.cases import Case, Context, _app_open, add_case, close_all, raw_connect  # noqa: E402
from desktop_crm.db import queries  # noqa: E402
from desktop_crm.db import search as fts  # noqa: E402
from desktop_crm.services import browse, search  # noqa: E402
from desktop_crm.services.browse import ListSpec  # noqa: E402

QUERIES = (
    "berg", "jan", "amst", "dijk", "de vries", "van den berg", "jansen", "bakker", "muller", "visser",
    "utrecht", "rotterdam", "1012", "1234 ab", "020", "06 12", "info@", "bouw", "installatie", "j jansen",
)
LIMIT = 20
FIRST_SCREEN_ROWS = 40
PAGES = 30
SORT = ListSpec("person", sort="last_name")


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _raw(ctx: Context):
    con = ctx.scratch.get("browse_raw")
    if con is None:
        con = ctx.scratch["browse_raw"] = raw_connect(ctx.path)
    return con


def _teardown(ctx: Context) -> None:
    con = ctx.scratch.pop("browse_raw", None)
    if con is not None:
        con.close()
    close_all(ctx)


def _qt():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _wait(predicate, timeout: float = 60.0) -> None:
    from desktop_crm.ui import worker

    app = _qt()
    deadline = time.perf_counter() + timeout
    while not predicate():
        if time.perf_counter() > deadline:
            raise TimeoutError("the list did not load in time")
        worker.pool().waitForDone(20)
        app.processEvents()


# --- quick search ------------------------------------------------------------------------------------


def _search_times_raw(ctx: Context) -> list[float]:
    con = _raw(ctx)
    times = []
    for text in QUERIES:
        match = fts.match_expression(text)
        fetch = (LIMIT + 1) * (10 if match.short_words else 1)
        started = time.perf_counter()
        if match:
            con.execute(fts.COMPANY_HITS_SQL, (match.expression, fetch)).fetchall()
            con.execute(fts.PERSON_HITS_SQL, (match.expression, fetch)).fetchall()
        times.append(time.perf_counter() - started)
    return times


def _search_times_app(ctx: Context) -> list[float]:
    _app_open(ctx)
    times = []
    for text in QUERIES:
        started = time.perf_counter()
        search.quick_search(text, LIMIT)
        times.append(time.perf_counter() - started)
    return times


add_case(Case("quick_search_median", "ms", lambda ctx: statistics.median(_search_times_app(ctx)),
              lambda ctx: statistics.median(_search_times_raw(ctx)), teardown=_teardown,
              note="median of 20 typical queries: services.search.quick_search vs the same FTS5 statements raw"))
add_case(Case("quick_search_p95", "ms", lambda ctx: _p95(_search_times_app(ctx)),
              lambda ctx: _p95(_search_times_raw(ctx)), teardown=_teardown,
              note="95th percentile of the same 20 queries"))


def _search_worst(ctx: Context) -> float:
    times = _search_times_app(ctx)
    ctx.scratch["search_worst"] = sorted(zip(times, QUERIES, strict=True))[-3:]
    return max(times)


add_case(Case("quick_search_max", "ms", _search_worst, lambda ctx: max(_search_times_raw(ctx)), teardown=_teardown,
              note="the slowest of the 20 queries"))


# --- the person list -----------------------------------------------------------------------------------


def _raw_first_page(ctx: Context) -> float:
    con = _raw(ctx)
    sql, params = queries.keyset_sql(SORT, None)
    started = time.perf_counter()
    con.execute(sql, [*params, browse.PAGE_SIZE]).fetchall()
    return time.perf_counter() - started


def _first_screen(ctx: Context) -> float:
    from desktop_crm.ui import worker
    from desktop_crm.ui.models.record_list_model import RecordListModel

    _app_open(ctx)
    _qt()
    started = time.perf_counter()
    model = RecordListModel("person", start=False)
    model.set_spec(SORT)
    visible = [i for i, c in enumerate(model.columns) if c.visible]
    for row in range(min(FIRST_SCREEN_ROWS, model.rowCount())):
        for column in visible:
            model.data(model.index(row, column))
    elapsed = time.perf_counter() - started
    worker.wait_idle()  # the count and the ids it queued; not part of the first screen
    _qt().processEvents()
    assert model.complete and model.rowCount() >= min(ctx.persons, FIRST_SCREEN_ROWS)
    model.deleteLater()
    return elapsed


add_case(Case("person_list_first_screen", "ms", _first_screen, _raw_first_page, teardown=_teardown,
              note="RecordListModel sorted by last name + first keyset page + data() of a 40-row screen vs "
                   "the keyset statement raw"))


def _widget_first_frame(ctx: Context) -> float:
    from PySide6.QtCore import Qt

    from desktop_crm import i18n
    from desktop_crm.ui import worker
    from desktop_crm.ui.widgets.record_list import RecordListWidget

    _app_open(ctx)
    app = _qt()
    if not ctx.scratch.get("browse_i18n"):
        i18n.install("nl")
        ctx.scratch["browse_i18n"] = True
    started = time.perf_counter()
    widget = RecordListWidget("person")
    widget.table.sortByColumn(widget.model.column_index("last_name"), Qt.SortOrder.AscendingOrder)
    widget.resize(1280, 800)
    widget.show()
    widget.grab()  # paints every visible cell
    app.processEvents()
    elapsed = time.perf_counter() - started
    worker.wait_idle()
    app.processEvents()
    widget.close()
    widget.deleteLater()
    app.processEvents()
    return elapsed


add_case(Case("person_list_widget_first_frame", "ms", _widget_first_frame, teardown=_teardown,
              note="RecordListWidget('person') built, sorted by last name, shown and painted offscreen"))


def _raw_next_pages(ctx: Context) -> float:
    con = _raw(ctx)
    times, after = [], None
    for _ in range(PAGES + 1):
        sql, params = queries.keyset_sql(SORT, after)
        started = time.perf_counter()
        rows = con.execute(sql, [*params, browse.PAGE_SIZE]).fetchall()
        times.append(time.perf_counter() - started)
        if not rows:
            break  # a small database ends before PAGES pages
        after = (rows[-1][-1], rows[-1][0])
    return _p95(times[1:] or times)


def _fetch_more(ctx: Context) -> float:
    from PySide6.QtCore import QModelIndex

    from desktop_crm.ui import worker
    from desktop_crm.ui.models.record_list_model import RecordListModel

    _app_open(ctx)
    _qt()
    model = RecordListModel("person", start=False)
    model.set_spec(SORT)
    times = []
    root = QModelIndex()
    for _ in range(PAGES):
        if not model.canFetchMore(root):
            break
        started = time.perf_counter()
        model.fetchMore(root)
        last = model.rowCount() - 1
        for column in range(len(model.columns)):  # paint the last row of the new page
            model.data(model.index(last, column))
        times.append(time.perf_counter() - started)
    worker.wait_idle()
    _qt().processEvents()
    model.deleteLater()
    return _p95(times) if times else 0.0


add_case(Case("person_list_fetch_more_p95", "ms", _fetch_more, _raw_next_pages, teardown=_teardown,
              note="95th percentile of 30 fetchMore keyset pages (100 rows) while scrolling vs the same "
                   "keyset statement raw"))


def _loaded_model(ctx: Context):
    from desktop_crm.ui.models.record_list_model import RecordListModel

    model = ctx.scratch.get("browse_loaded")
    if model is None:
        _app_open(ctx)
        _qt()
        model = RecordListModel("person", start=False)
        model.set_spec(SORT)
        _wait(lambda: model.complete)
        ctx.scratch["browse_loaded"] = model
    return model


def _jump_rows(ctx: Context) -> list[int]:
    rng = random.Random(len(ctx.scratch.setdefault("browse_jumps", [])))
    rows = [rng.randrange(max(1, ctx.persons)) for _ in range(PAGES)]
    ctx.scratch["browse_jumps"].append(rows)
    return rows


def _raw_jump(ctx: Context) -> float:
    model = _loaded_model(ctx)
    con = _raw(ctx)
    times = []
    for row in _jump_rows(ctx):
        start = row - row % browse.PAGE_SIZE
        ids = list(model.ids()[start:start + browse.PAGE_SIZE])
        sql = queries.rows_by_id_sql("person", len(ids))
        started = time.perf_counter()
        con.execute(sql, ids).fetchall()
        times.append(time.perf_counter() - started)
    return _p95(times)


def _jump(ctx: Context) -> float:
    model = _loaded_model(ctx)
    model.cache.clear()
    times = []
    for row in _jump_rows(ctx):
        started = time.perf_counter()
        for column in range(len(model.columns)):
            model.data(model.index(row, column))
        times.append(time.perf_counter() - started)
    return _p95(times)


def _jump_teardown(ctx: Context) -> None:
    model = ctx.scratch.pop("browse_loaded", None)
    if model is not None:
        model.deleteLater()
    ctx.scratch.pop("browse_jumps", None)
    _teardown(ctx)


add_case(Case("person_list_jump_page_p95", "ms", _jump, _raw_jump, teardown=_jump_teardown,
              note="all ids loaded: 95th percentile of 30 jumps to random rows (a page of 100 rows read by id) "
                   "vs the same statement raw"))


def _timed_raw(sql_params) -> object:
    def measure(ctx: Context) -> float:
        sql, params = sql_params()
        con = _raw(ctx)
        started = time.perf_counter()
        con.execute(sql, params).fetchall()
        return time.perf_counter() - started
    return measure


def _timed_app(fn) -> object:
    def measure(ctx: Context) -> float:
        _app_open(ctx)
        started = time.perf_counter()
        fn()
        return time.perf_counter() - started
    return measure


add_case(Case("person_list_all_ids", "ms", _timed_app(lambda: browse.sorted_ids(SORT)),
              _timed_raw(lambda: queries.sorted_ids_sql(SORT)), teardown=_teardown,
              note="every person id in last-name order (the worker's part of opening the list)"))
add_case(Case("person_count", "ms", _timed_app(lambda: browse.count(SORT)), _timed_raw(lambda: queries.count_sql(SORT)),
              teardown=_teardown, note="the list's COUNT (on the worker)"))
add_case(Case("person_groups_lead_status", "ms", _timed_app(lambda: browse.groups(SORT, "lead_status")),
              _timed_raw(lambda: queries.groups_sql(SORT, "lead_status")), teardown=_teardown,
              note="groups by lead status with counts (on the worker)"))


# --- memory ---------------------------------------------------------------------------------------------

_RSS_SCRIPT = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtWidgets import QApplication
from desktop_crm import i18n
from desktop_crm.services import database
from desktop_crm.ui import worker
from desktop_crm.ui.widgets.record_list import RecordListWidget
app = QApplication([])
i18n.install("nl")
database.open_db(Path(sys.argv[1]), create=False)
widget = RecordListWidget("person")
order = widget.table.horizontalHeader().sortIndicatorOrder()
widget.table.sortByColumn(widget.model.column_index("last_name"), order)
widget.resize(1280, 800)
widget.show()
deadline = time.time() + 120
while not widget.model.complete and time.time() < deadline:
    worker.pool().waitForDone(20)
    app.processEvents()
for fraction in (0.25, 0.5, 0.75, 1.0):
    row = max(0, int(widget.model.rowCount() * fraction) - 1)
    widget.table.scrollTo(widget.model.index(row, 0))
    widget.grab()
    app.processEvents()
status = Path("/proc/self/status").read_text()
fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
print(int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024, widget.model.rowCount())
"""


def _rss(ctx: Context) -> float:
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.run([sys.executable, "-c", _RSS_SCRIPT, str(ctx.path)], capture_output=True, text=True,
                          cwd=root, timeout=300)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr)
    rss, peak, rows = proc.stdout.split()
    ctx.scratch["browse_rss_peak_mb"] = float(peak)
    ctx.scratch["browse_rss_rows"] = int(rows)
    return float(rss)


add_case(Case("person_list_rss", "MB", _rss,
              note="VmRSS of a fresh process with the person list open (all ids loaded, scrolled through)"))


def _rss_peak(ctx: Context) -> float:
    peak = ctx.scratch.pop("browse_rss_peak_mb", None)
    if peak is None:
        _rss(ctx)
        peak = ctx.scratch.pop("browse_rss_peak_mb")
    return float(peak)  # type: ignore[arg-type]


add_case(Case("person_list_rss_peak", "MB", _rss_peak, note="VmHWM (peak resident) of the same process"))
