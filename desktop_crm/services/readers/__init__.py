"""Reading the files small businesses have: CSV, XLSX and vCard, each as a table of text cells.

``open_table(path)`` looks at the file's content (not only its extension) and returns a ``Table``:
its headers and a ``rows()`` generator that reads the file again on each call, one row at a time,
so memory stays flat however large the file is. vCards become a table with fixed columns
(``vcard_reader.HEADERS``) so the same mapping step serves every format.

A file that cannot be read raises ``ReadError`` with a translatable message; nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from desktop_crm.domain.errors import CrmError
from desktop_crm.domain.messages import QT_TRANSLATE_NOOP, Message

EMPTY_FILE = QT_TRANSLATE_NOOP("Messages", "The file {file} is empty.")
NOT_TEXT = QT_TRANSLATE_NOOP(
    "Messages", "{file} is not a text file that can be imported (CSV, Excel XLSX or vCard).")
NO_FILE = QT_TRANSLATE_NOOP("Messages", "The file {file} cannot be read: {detail}")
BAD_CSV = QT_TRANSLATE_NOOP(
    "Messages", "Row {row} of {file} cannot be read: {detail}. Check that every quote (\") is closed.")
FIELD_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Messages", "Row {row} of {file} holds a value of more than {max} characters; this does not look like a list "
    "of addresses. Check the file, or a quote (\") that is never closed.")
NOT_XLSX = QT_TRANSLATE_NOOP("Messages", "{file} is not a valid Excel workbook (.xlsx): {detail}")
OLD_XLS = QT_TRANSLATE_NOOP(
    "Messages", "{file} is an old Excel 97-2003 workbook (.xls). Save it in Excel as .xlsx or as CSV and import that.")
NO_HEADER = QT_TRANSLATE_NOOP("Messages", "{file} has no header row with column names.")
NO_CARDS = QT_TRANSLATE_NOOP("Messages", "{file} holds no vCards (BEGIN:VCARD ... END:VCARD).")

MAX_FIELD = 1_000_000  # characters in one cell


class ReadError(CrmError):
    """The file cannot be read as a table; nothing was imported."""

    def __init__(self, text: str, path: Path | str, **params: object) -> None:
        super().__init__(Message(text, {"file": Path(path).name, **params}))


@dataclass
class SourceRow:
    """One data row: its number as a spreadsheet shows it (the header is row 1), the cells (as many as
    the header has columns; missing cells are ""), and any cells beyond the header."""

    number: int
    values: list[str]
    extra: list[str] = field(default_factory=list)


@dataclass
class Table:
    path: Path
    format: str  # "csv", "xlsx", "vcard"
    headers: list[str]
    open_rows: Callable[[], Iterator[SourceRow]]
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""

    def rows(self) -> Iterator[SourceRow]:
        """The data rows, read from the file again on every call."""
        return self.open_rows()

    def describe(self) -> dict[str, str]:
        return {"format": self.format, "encoding": self.encoding, "delimiter": self.delimiter, "sheet": self.sheet}


def sniff_format(path: Path) -> str:
    """"csv", "xlsx", "xls" or "vcard", from the first bytes (the extension only breaks a tie)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        raise ReadError(NO_FILE, path, detail=exc.strerror or str(exc)) from exc
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    text = head.lstrip(b"\xef\xbb\xbf").replace(b"\x00", b"").lstrip()
    if text[:11].upper() == b"BEGIN:VCARD":
        return "vcard"
    if path.suffix.lower() in (".vcf", ".vcard") and b"BEGIN:VCARD" in text.upper():
        return "vcard"
    return "csv"


def open_table(path: Path | str, *, encoding: str | None = None, delimiter: str | None = None,
               sheet: str | None = None) -> Table:
    """The file as a table; ``encoding``, ``delimiter`` and ``sheet`` override what is detected."""
    path = Path(path)
    if not path.is_file():
        raise ReadError(NO_FILE, path, detail="not found")
    if path.stat().st_size == 0:
        raise ReadError(EMPTY_FILE, path)
    kind = sniff_format(path)
    if kind == "xls":
        raise ReadError(OLD_XLS, path)
    if kind == "xlsx":
        from desktop_crm.services.readers.xlsx_reader import open_xlsx

        return open_xlsx(path, sheet=sheet)
    if kind == "vcard":
        from desktop_crm.services.readers.vcard_reader import open_vcard

        return open_vcard(path)
    from desktop_crm.services.readers.csv_reader import open_csv

    return open_csv(path, encoding=encoding, delimiter=delimiter)
