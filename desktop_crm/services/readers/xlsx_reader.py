"""Excel workbooks (.xlsx) with openpyxl in read-only mode: rows are streamed, never loaded whole.

Cells become text the way the user sees them: whole numbers without ".0" (a phone number typed as
a number keeps its digits), dates as dd-mm-jjjj, booleans as 1/0.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator
from pathlib import Path

from desktop_crm.services.readers import NO_HEADER, NOT_XLSX, ReadError, SourceRow, Table


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.strftime("%d-%m-%Y")
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


def _load(path: Path):
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ReadError(NOT_XLSX, path, detail=str(exc) or type(exc).__name__) from exc
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on a damaged file
        raise ReadError(NOT_XLSX, path, detail=str(exc) or type(exc).__name__) from exc


def sheet_names(path: Path) -> list[str]:
    wb = _load(path)
    try:
        return list(wb.sheetnames)
    finally:
        wb.close()


def open_xlsx(path: Path, *, sheet: str | None = None) -> Table:
    wb = _load(path)
    try:
        names = list(wb.sheetnames)
    finally:
        wb.close()
    if sheet is not None and sheet not in names:
        raise ReadError(NOT_XLSX, path, detail=f"no sheet {sheet!r}")
    chosen = sheet or (names[0] if names else "")

    def raw_rows() -> Iterator[tuple[int, list[str]]]:
        book = _load(path)
        try:
            ws = book[chosen]
            try:
                for number, row in enumerate(ws.iter_rows(values_only=True), start=1):
                    yield number, [cell_text(v).strip() if isinstance(v, str) else cell_text(v) for v in row]
            except (zipfile.BadZipFile, KeyError, ValueError) as exc:
                raise ReadError(NOT_XLSX, path, detail=str(exc)) from exc
        finally:
            book.close()

    headers: list[str] | None = None
    header_number = 0
    if chosen:
        for number, row in raw_rows():
            if any(row):
                headers, header_number = row, number
                break
    if headers is None:
        raise ReadError(NO_HEADER, path)
    while headers and not headers[-1]:
        headers.pop()
    headers = [h or f"Column {i + 1}" for i, h in enumerate(headers)]
    width = len(headers)

    def data_rows() -> Iterator[SourceRow]:
        for number, row in raw_rows():
            if number <= header_number or not any(c.strip() for c in row):
                continue
            if len(row) < width:
                row = row + [""] * (width - len(row))
            yield SourceRow(number, row[:width], [c for c in row[width:] if c.strip()])

    return Table(path=path, format="xlsx", headers=headers, open_rows=data_rows, sheet=chosen)
