"""CSV from any spreadsheet or address book: encoding, separator and header detected, streamed.

Encodings: a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32); without one, UTF-16 is
recognised by its zero bytes, UTF-8 is checked over the whole file (streamed), and anything else is
one of the Western 8-bit code pages (Windows-1252 unless charset-normalizer clearly prefers another),
which is what Excel writes under a Dutch or German Windows. Separators: comma, semicolon, tab or
pipe, chosen by how consistently each splits the first rows into the header's number of columns;
Excel's ``sep=;`` first line is honoured. Quoted fields may hold separators and line breaks; CR, LF
and CRLF line ends may be mixed.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from pathlib import Path

from desktop_crm.services.readers import (
    BAD_CSV,
    EMPTY_FILE,
    FIELD_TOO_LARGE,
    MAX_FIELD,
    NO_HEADER,
    NOT_TEXT,
    ReadError,
    SourceRow,
    Table,
)

SAMPLE = 256 * 1024
CANDIDATES = (";", ",", "\t", "|")
_WESTERN = ["cp1252", "iso8859_15", "latin_1", "cp850", "mac_roman"]

csv.field_size_limit(MAX_FIELD)


def _bom(head: bytes) -> str | None:
    if head.startswith(codecs.BOM_UTF32_LE) or head.startswith(codecs.BOM_UTF32_BE):
        return "utf-32"
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    sample = head[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > len(odd) * 0.3 and even.count(0) < len(even) * 0.05:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.3 and odd.count(0) < len(odd) * 0.05:
        return "utf-16-be"
    return None


def _is_utf8(path: Path) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as fh:
        try:
            while chunk := fh.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return False
    return True


def detect_encoding(path: Path, head: bytes) -> str:
    bom = _bom(head)
    if bom:
        return bom
    utf16 = _utf16_without_bom(head)
    if utf16:
        return utf16
    if b"\x00" in head:
        raise ReadError(NOT_TEXT, path)
    if _is_utf8(path):
        return "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(head, cp_isolation=_WESTERN).best()
    name = best.encoding if best is not None else "cp1252"
    return "cp1252" if name in ("latin_1", "iso8859_1", "cp1252", "iso8859_15") else name


def _check_text(path: Path, text: str) -> None:
    if not text.strip():
        raise ReadError(EMPTY_FILE, path)
    controls = sum(1 for c in text if c < " " and c not in "\t\r\n\f" or c == "\ufffd" or c == "\x7f")
    if "\x00" in text or controls > max(2, len(text) // 100):
        raise ReadError(NOT_TEXT, path)


def _sep_line(text: str) -> str | None:
    first = text.split("\n", 1)[0].strip().strip('"')
    if first.lower().startswith("sep=") and len(first) == 5:
        return first[4]
    return None


def detect_delimiter(text: str) -> str:
    """The separator that splits the sample's first rows most consistently into the header's width."""
    best, best_score = ",", 0.0
    sample = text[:SAMPLE]
    # Only whole lines: the sample may end in the middle of a quoted field.
    cut = max(sample.rfind("\n"), sample.rfind("\r"))
    if cut > 0 and len(text) > len(sample):
        sample = sample[:cut]
    for candidate in CANDIDATES:
        try:
            rows = []
            for row in csv.reader(io.StringIO(sample, newline=""), delimiter=candidate):
                if any(cell.strip() for cell in row):
                    rows.append(len(row))
                if len(rows) >= 50:
                    break
        except csv.Error:
            continue
        if not rows or rows[0] < 2:
            continue
        width = rows[0]
        body = rows[1:] or rows
        consistent = sum(1 for n in body if n == width) / len(body)
        score = consistent * 10 + min(width, 50) / 50
        if score > best_score:
            best, best_score = candidate, score
    return best


def open_csv(path: Path, *, encoding: str | None = None, delimiter: str | None = None) -> Table:
    with path.open("rb") as fh:
        head = fh.read(SAMPLE)
    if not head.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ReadError(EMPTY_FILE, path)
    enc = encoding or detect_encoding(path, head)
    errors = "strict" if enc.startswith("utf") else "replace"
    text = head.decode(enc, errors="ignore")
    _check_text(path, text)
    skip_sep_line = _sep_line(text)
    delim = delimiter or skip_sep_line or detect_delimiter(text)

    def reader() -> Iterator[tuple[int, list[str]]]:
        with path.open("r", encoding=enc, errors=errors, newline="") as fh:
            if skip_sep_line:
                fh.readline()
            rows = csv.reader(fh, delimiter=delim, strict=True)
            number = 1 if skip_sep_line else 0
            try:
                for row in rows:
                    number += 1
                    yield number, row
            except csv.Error as exc:
                detail = str(exc)
                if "field larger than field limit" in detail:
                    raise ReadError(FIELD_TOO_LARGE, path, row=number + 1, max=f"{MAX_FIELD:,}") from exc
                raise ReadError(BAD_CSV, path, row=number + 1, detail=detail) from exc
            except UnicodeDecodeError as exc:
                raise ReadError(NOT_TEXT, path) from exc

    headers: list[str] | None = None
    header_number = 0
    for number, row in reader():
        if any(cell.strip() for cell in row):
            headers, header_number = row, number
            break
    if headers is None:
        raise ReadError(NO_HEADER, path)
    headers = [h.strip().strip("\ufeff") or f"Column {i + 1}" for i, h in enumerate(headers)]
    while len(headers) > 1 and headers[-1] == f"Column {len(headers)}":
        headers.pop()  # a trailing separator on the header line
    width = len(headers)

    def data_rows() -> Iterator[SourceRow]:
        for number, row in reader():
            if number <= header_number or not any(cell.strip() for cell in row):
                continue
            if len(row) < width:
                row = row + [""] * (width - len(row))
            extra = [c for c in row[width:] if c.strip()]
            yield SourceRow(number, row[:width], extra)

    return Table(path=path, format="csv", headers=headers, open_rows=data_rows, encoding=enc, delimiter=delim)
