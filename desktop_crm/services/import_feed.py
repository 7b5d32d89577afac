"""An import's rows, read and built in chunks; for a large file in a second process.

Half of an import's work per row needs nothing from the database: reading the file (CSV, XLSX or
vCard parsing) and ``RowBuilder.build`` (Dutch names, phone numbers, e-mail and postal code checks).
For a large file that half runs in a helper process, on the other CPU core, while this process
matches and writes the previous chunk: chunks come through a bounded queue, so at most ``QUEUED``
chunks are in flight and memory stays flat however large the file is. Small files (most imports)
are read here: starting a process costs more than it saves. Starting one takes some 0.4 s, so this
process builds the first ``LEAD_CHUNKS`` chunks itself meanwhile and the helper begins after them.

The helper only reads the file; the database is never touched outside the import's own transaction
and thread. When the import stops early (cancel, an error) the helper is stopped with it. A file
that turns out unreadable halfway raises the same ``ReadError`` as reading it here would.
"""

from __future__ import annotations

import logging
import marshal
import multiprocessing
import queue as queue_module
import sys
import time
import traceback
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.import_mapping import Mapping
from desktop_crm.domain.import_rows import Problem, RowBuilder, RowRecord
from desktop_crm.domain.messages import Message
from desktop_crm.services.readers import ReadError, SourceRow, Table, open_table

Chunk = list[tuple[SourceRow, RowRecord]]
_log = logging.getLogger(__name__)

PARALLEL_MIN_BYTES = 2_000_000  # about 15,000 rows of a typical CSV; below this, one process is faster
QUEUED = 3  # chunks read ahead by the helper process
LEAD_CHUNKS = 2  # chunks this process builds itself while the helper process starts (~0.4 s)
_POLL_SECONDS = 0.5  # how often a wait for the helper checks that it is still alive
last_helper_peak_mb: float | None = None  # the peak memory the last helper reported (bench: flat memory)
last_helper_cpu_seconds: float | None = None  # the CPU time the last helper reported using (bench)


class FeedFailed(RuntimeError):
    """The helper process stopped without an answer (it crashed or was killed)."""


def chunks(table: Table, mapping: Mapping, required: dict[str, Iterable[str]], size: int,
           skip: frozenset[int] = frozenset(), parallel: bool | None = None, cells: bool = True) -> Iterator[Chunk]:
    """The table's rows as (row, record) chunks of ``size``; rows numbered in ``skip`` come with a
    ``None`` record (not built: the user chose to skip them). ``parallel``: None decides by the
    file's size; True or False force it (tests). ``cells``: False when the caller never looks at a
    good row's cells (only bad rows go into a report), so the helper need not send them."""
    if parallel is None:
        parallel = _worth_a_process(table)
    if parallel and _reopenable(table):
        return helper_chunks(table, mapping, required, size, skip, cells=cells)
    return _build(table.rows(), RowBuilder(mapping, required), size, skip)


def _worth_a_process(table: Table) -> bool:
    try:
        return table.path.is_file() and table.path.stat().st_size >= PARALLEL_MIN_BYTES
    except OSError:
        return False


def _reopenable(table: Table) -> bool:
    """Whether the helper can open the file the way ``table`` reads it (a table made by ``open_table``)."""
    return table.format in ("csv", "xlsx", "vcard") and table.path.is_file()


def _build(rows: Iterable[SourceRow], builder: RowBuilder, size: int, skip: frozenset[int],
           slim: bool = False) -> Iterator[Chunk]:
    """Chunks of (row, record); ``slim``: a good row comes without its cells (they are only needed
    for the report of bad rows), which halves what goes through the queue."""
    chunk: Chunk = []
    for row in rows:
        if row.number in skip:
            chunk.append((row, None))  # type: ignore[arg-type]
        else:
            record = builder.build(row.values, row.extra)
            record.add_keys()
            if slim and record.ok:
                row = SourceRow(row.number, [])
            chunk.append((row, record))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _produce(out: multiprocessing.Queue, path: str, encoding: str, delimiter: str, sheet: str,
             mapping: Mapping, required: dict[str, list[str]], size: int, skip: frozenset[int], slim: bool,
             lead: int = 0) -> None:
    """The helper process: every chunk after the first ``lead`` rows (the importing process builds
    those), then ("done", peak memory, CPU seconds used), or an error when reading fails."""
    try:
        table = open_table(Path(path), encoding=encoding or None, delimiter=delimiter or None, sheet=sheet or None)
        for chunk in _build(islice(table.rows(), lead, None), RowBuilder(mapping, required), size, skip, slim):
            try:
                out.put(("packed", pack(chunk)))
            except ValueError:  # a value marshal does not take: as objects (slower to load, same result)
                out.put(("chunk", chunk))
        out.put(("done", _peak_rss_mb(), time.process_time()))
    except CrmError as exc:
        out.put(("crm_error", type(exc).__name__, exc.message))
    except BaseException:  # noqa: BLE001 - reported to the importing process, which raises it
        out.put(("failed", traceback.format_exc()))


def helper_chunks(table: Table, mapping: Mapping, required: dict[str, Iterable[str]], size: int,
                  skip: frozenset[int] = frozenset(), *, cells: bool = True, fallback: bool = True,
                  lead_chunks: int = LEAD_CHUNKS) -> Iterator[Chunk]:
    """``chunks`` from a helper process; when it cannot start, read here (``fallback``) or raise
    ``FeedFailed`` (the self-test: a build whose helper process does not start is broken). The first
    ``lead_chunks`` chunks are built here while the helper starts (0: every row comes from the helper)."""
    context = multiprocessing.get_context("spawn")  # no fork of a process with Qt and threads
    out = context.Queue(maxsize=QUEUED)
    lead = lead_chunks * size  # built here while the helper starts: it begins after them
    process = context.Process(
        target=_produce, name="desktop-crm-import-reader", daemon=True,
        args=(out, str(table.path), table.encoding, table.delimiter, table.sheet, mapping,
              {k: list(v) for k, v in required.items()}, size, skip, not cells, lead))
    try:
        process.start()
    except OSError as exc:  # no processes allowed, no executable to start...
        if not fallback:
            raise FeedFailed(f"The import's reader process could not start: {exc}") from exc
        _log.warning("The import's reader process could not start (%s); reading in this process.", exc)
        yield from _build(table.rows(), RowBuilder(mapping, required), size, skip)
        return
    first = True
    try:
        if lead:
            yield from _build(islice(table.rows(), lead), RowBuilder(mapping, required), size, skip)
        while True:
            try:
                message = _next(out, process)
            except FeedFailed:
                if not first or not fallback:
                    raise
                # The helper could not even start (a script without the ``if __name__ == "__main__"``
                # guard that spawn needs, a frozen build without freeze_support...): read here instead.
                _log.warning("The import's reader process did not start; reading in this process.")
                yield from _build(islice(table.rows(), lead, None), RowBuilder(mapping, required), size, skip)
                return
            first = False
            if message[0] == "packed":
                yield unpack(message[1])
            elif message[0] == "chunk":
                yield message[1]
            elif message[0] == "done":
                global last_helper_peak_mb, last_helper_cpu_seconds
                last_helper_peak_mb, last_helper_cpu_seconds = message[1], message[2]
                return
            elif message[0] == "crm_error":
                raise _crm_error(message[1], message[2])
            else:
                raise FeedFailed(f"Reading the file failed in the helper process:\n{message[1]}")
    finally:
        if process.is_alive():
            process.terminate()
        process.join(timeout=5)
        out.cancel_join_thread()
        out.close()


def pack(chunk: Chunk) -> bytes:
    """A chunk as plain values in ``marshal``'s format: loading it (``unpack``) takes half the time of
    unpickling the objects, and it is loaded in the importing process, which is the busier one. Both
    processes run the same Python, which is all marshal asks. ValueError for a value it does not take."""
    return marshal.dumps([
        (row.number, row.values, row.extra, None) if record is None else
        (row.number, row.values, row.extra, (record.company, record.person,
                                             [(p.field, p.message.text, p.message.params, p.error)
                                              for p in record.problems],
                                             record.company_key, record.person_key, record.company_sig,
                                             record.person_log))
        for row, record in chunk])


def unpack(data: bytes) -> Chunk:
    out: Chunk = []
    for number, values, extra, parts in marshal.loads(data):
        if parts is None:
            out.append((SourceRow(number, values, extra), None))  # type: ignore[arg-type]
            continue
        company, person, problems, company_key, person_key, company_sig, person_log = parts
        record = RowRecord(company, person, [Problem(f, Message(text, params), error)
                                             for f, text, params, error in problems] if problems else [],
                           company_key, person_key, company_sig, person_log)
        out.append((SourceRow(number, values, extra), record))
    return out


def _next(out: multiprocessing.Queue, process: multiprocessing.process.BaseProcess) -> tuple:
    while True:
        try:
            return out.get(timeout=_POLL_SECONDS)
        except queue_module.Empty:
            if not process.is_alive():
                try:  # it may have put its last message just before it ended
                    return out.get(timeout=_POLL_SECONDS)
                except queue_module.Empty:
                    raise FeedFailed(f"The import's reader process ended unexpectedly "
                                     f"(exit code {process.exitcode}).") from None


def _peak_rss_mb() -> float | None:
    """This process's peak resident memory in MB (None where the OS does not say)."""
    try:  # Linux: this program's own high-water mark (ru_maxrss would include the parent's from before exec)
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KB elsewhere


def _crm_error(kind: str, message) -> CrmError:
    error_type = ReadError if kind == "ReadError" else CrmError
    error = error_type.__new__(error_type)
    CrmError.__init__(error, message)
    return error
