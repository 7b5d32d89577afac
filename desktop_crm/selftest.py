"""``desktop-crm --selftest``: does this installation work? Offscreen, no window, nothing of the user's touched.

It opens a new database in a temporary folder, creates a company (Dutch postal code and phone number:
the validation and phonenumbers' data), finds it with the quick search, deletes it and checks that the
search no longer finds it; it loads the Dutch translation and checks that one of our texts and one of
Qt's own (``qtbase_nl.qm``) come out in Dutch; it loads the application icon, builds (without showing)
the About dialog, whose licence list reads the bundled packages' metadata, and uses each bundled
library once. ``packaging/build.py`` runs it on the standalone build, so a missing module, data file,
Qt plugin or translation fails the build instead of a user's first start.

Each step prints one line; the exit code is 0 when all passed, 1 when one failed (the rest is skipped).
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from desktop_crm import APP_NAME, __version__

COMPANY_NAME = "Zelftest Bakkerij Müller"
# A text of ours and one of Qt's, with the Dutch each must become.
OUR_TEXT = ("Fields", "City", "Plaats")
QT_TEXT = ("QPlatformTheme", "Cancel", "Annuleren")


class SelftestFailed(Exception):
    pass


def _expect(condition: bool, what: str) -> None:
    if not condition:
        raise SelftestFailed(what)


def _find(text: str) -> list[int]:
    """Company ids the quick search finds for ``text`` (or, in a build without it, a name selection)."""
    try:
        from desktop_crm.services.search import quick_search
    except ImportError:
        import json

        from desktop_crm.services import selections

        criteria = selections.criteria_of_json("company", json.dumps(
            {"match": "all", "rows": [{"field": "name", "op": "contains", "value": text}]}))
        return selections.member_ids(criteria)
    return [hit.id for hit in quick_search(text).companies]


def step_database(folder: Path) -> str:
    from desktop_crm.services import database

    path = folder / "selftest.sqlite"
    result = database.open_db(path, language="nl")
    _expect(result.created, "the temporary database was not created")
    report = database.check(path, quick=True)
    _expect(report.ok, f"integrity check: {report.integrity}")
    return f"{path.name}, schema version {report.schema_version}"


def step_records() -> str:
    from desktop_crm.domain.entities import Company
    from desktop_crm.services import companies

    company, _ = companies.save_company(Company(name=COMPANY_NAME, postal_code="3511ab", city="Utrecht",
                                                phone="030 123 4567"))
    _expect(company.id is not None, "the company got no id")
    _expect(company.postal_code == "3511 AB", f"postal code written as {company.postal_code!r}")
    _expect(company.phone == "+31 30 123 4567", f"phone written as {company.phone!r}")
    found = _find("zelftest muller")
    _expect(found == [company.id], f"search for 'zelftest muller' found {found}, not [{company.id}]")
    changes = companies.delete_company(company.id)  # type: ignore[arg-type]
    _expect(changes.undo is not None, "the delete cannot be undone")
    after = _find("zelftest muller")
    _expect(after == [], f"the deleted company is still found: {after}")
    return f"created, found and deleted {COMPANY_NAME!r}"


def step_import(folder: Path) -> str:
    """A CSV read in the import's helper process (a second copy of this program, in a frozen build)."""
    from desktop_crm.domain.import_mapping import guess_mapping
    from desktop_crm.services import import_feed
    from desktop_crm.services.readers import open_table

    path = folder / "selftest.csv"
    path.write_bytes("Bedrijfsnaam;Voornaam;Achternaam;Postcode\r\nBakkerij Müller;Zoë;Çelik;3511ab\r\n"
                     .encode("cp1252"))
    table = open_table(path)
    chunks = list(import_feed.helper_chunks(table, guess_mapping(table.headers), {}, 10, fallback=False,
                                            lead_chunks=0))  # every row from the helper, none built here
    records = [record for chunk in chunks for _, record in chunk]
    _expect(len(records) == 1, f"the helper process read {len(records)} rows, not 1")
    company, person = records[0].company, records[0].person
    _expect((company.get("name"), company.get("postal_code"), person.get("first_name"), person.get("last_name"))
            == ("Bakkerij Müller", "3511 AB", "Zoë", "Çelik"), f"the helper process read {records[0]}")
    return "a Windows-1252 CSV read and checked in the helper process"


def step_libraries() -> str:
    import io

    import charset_normalizer
    import openpyxl
    from rapidfuzz import fuzz

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["naam", "plaats"])
    sheet.append([COMPANY_NAME, "Utrecht"])
    out = io.BytesIO()
    book.save(out)
    _expect(out.getvalue()[:2] == b"PK", "openpyxl wrote no XLSX")
    _expect(fuzz.ratio("Jansen", "Janssen") > 80, "rapidfuzz gave a wrong similarity")
    best = charset_normalizer.from_bytes("Bakkerij Müller; Café Ærø".encode("cp1252")).best()
    _expect(best is not None and "Müller" in str(best), "charset-normalizer did not read Windows-1252")
    return "openpyxl, rapidfuzz, charset-normalizer"


def step_qt() -> str:
    from PySide6.QtCore import QCoreApplication, qVersion
    from PySide6.QtNetwork import QLocalServer
    from PySide6.QtWidgets import QApplication

    from desktop_crm import i18n
    from desktop_crm.ui.about_dialog import AboutDialog, app_icon

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    _expect(app.platformName() == "offscreen", f"Qt platform {app.platformName()!r}")
    i18n.install("nl")
    try:
        context, source, dutch = OUR_TEXT
        ours = QCoreApplication.translate(context, source)
        _expect(ours == dutch, f"our Dutch translation: {source!r} became {ours!r}, not {dutch!r}")
        context, source, dutch = QT_TEXT
        theirs = QCoreApplication.translate(context, source)
        _expect(theirs == dutch, f"Qt's Dutch translation (qtbase_nl.qm): {source!r} became {theirs!r}")
    finally:
        i18n.install("en")
    icon = app_icon()
    _expect(not icon.isNull() and len(icon.availableSizes()) >= 4, f"application icon in {i18n.resources_dir()}")
    from desktop_crm.ui import icons

    missing = [name for name in icons.NAMES if icons.svg_icon(name).isNull()]
    _expect(not missing, f"the toolbar and navigator icons (QtSvg, {icons.icons_dir()}): {missing} not drawn")
    _expect(QLocalServer is not None, "QtNetwork")
    dialog = AboutDialog(Path("selftest.sqlite"))  # widgets, and the libraries' metadata; never shown
    try:
        rows = {dialog.licences.topLevelItem(i).text(0).lower(): dialog.licences.topLevelItem(i).text(2)
                for i in range(dialog.licences.topLevelItemCount())}
    finally:
        dialog.deleteLater()
    _expect(rows.get("peewee") == "MIT" and rows.get("qt") == "LGPL-3.0-only",
            f"the About dialog's licences: {rows}")
    return f"Qt {qVersion()} offscreen, Dutch: {OUR_TEXT[1]!r} -> {OUR_TEXT[2]!r}, {QT_TEXT[1]!r} -> {QT_TEXT[2]!r}"


def run(out: Callable[[str], None] | None = None) -> int:
    """Run every step; 0 when all passed."""
    write = out or _print
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no window, no display needed
    started = time.perf_counter()
    frozen = " (standalone build)" if getattr(sys, "frozen", False) else ""
    write(f"desktop-crm {__version__}{frozen}, Python {platform.python_version()}, {platform.system()}")
    from desktop_crm.services import database

    with tempfile.TemporaryDirectory(prefix=f"{APP_NAME}-selftest-") as name:
        folder = Path(name)
        steps: list[tuple[str, Callable[[], str]]] = [
            ("database", lambda: step_database(folder)),
            ("records", step_records),
            ("import", lambda: step_import(folder)),
            ("libraries", step_libraries),
            ("qt", step_qt),
        ]
        try:
            for label, step in steps:
                try:
                    detail = step()
                except Exception as exc:  # a failed step is reported, whatever it raised
                    reason = str(exc) if isinstance(exc, SelftestFailed) else f"{type(exc).__name__}: {exc}"
                    write(f"selftest {label}: FAILED: {reason}")
                    return 1
                write(f"selftest {label}: ok ({detail})")
        finally:
            database.close()  # Windows cannot remove an open file
    write(f"selftest: all passed in {time.perf_counter() - started:.1f} s")
    return 0


def _print(line: str) -> None:
    stream = sys.stdout
    if stream is not None:  # a windowed build on Windows has no console
        print(line, file=stream, flush=True)


if __name__ == "__main__":
    sys.exit(run())
