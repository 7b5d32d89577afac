"""The import wizard, driven through its pages on a fresh database; its pages rendered in Dutch."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QWizard

from desktop_crm.db.connection import database
from desktop_crm.services import import_feed
from desktop_crm.ui import worker
from desktop_crm.ui.windows.import_wizard import ImportWizard

CSV = ("Bedrijfsnaam;Voornaam;Tussenvoegsel;Achternaam;E-mailadres;Telefoon;Postcode;Plaats;Categorie\n"
       "Bakkerij Jansen;Jan;v.d.;Berg;jan@jansen.nl;020-1234567;1234ab;Utrecht;Klant\n"
       "Bakkerij Jansen;Marieke;;de Vries;marieke@@jansen;;1234 AB;Utrecht;Klant\n"
       "Café ’t Hoekje;Sören;;Ñúñez;soren@hoekje.nl;;3511 AA;Utrecht;Stamgast\n")


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError(f"unexpected dialog: {args[1:3]}")

    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    monkeypatch.setattr(QDialog, "exec", refuse)


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "klanten.csv"
    path.write_bytes(CSV.encode("cp1252"))
    return path


def _wizard(qtbot, path: Path) -> ImportWizard:  # noqa: ANN001
    wizard = ImportWizard(path=path)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _to(qtbot, wizard: ImportWizard, page: int) -> None:  # noqa: ANN001
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == page, timeout=15_000)


@pytest.mark.parametrize("reader", ["here", "helper process"])
def test_import_wizard_start_to_finish(crm, qtbot, tmp_path: Path, monkeypatch, reader: str) -> None:
    if reader == "helper process":  # as for a large file: read in a helper process, from the worker thread
        monkeypatch.setattr(import_feed, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(import_feed, "last_helper_peak_mb", None)
    wizard = _wizard(qtbot, _file(tmp_path))
    _to(qtbot, wizard, ImportWizard.MAPPING)
    page = wizard.mapping_page
    assert page.table.rowCount() == 9
    assert [c.currentData() for c in page.combos] == ["company", "first_name", "middle_name", "last_name", "email",
                                                      "phone", "postal_code", "city", "category"]
    assert "Windows-1252" in page.detected.text()
    _to(qtbot, wizard, ImportWizard.OPTIONS)
    wizard.options_page.skip_bad.setChecked(True)
    _to(qtbot, wizard, ImportWizard.PREVIEW)
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: wizard.state.preview is not None, timeout=15_000)
    result = wizard.state.preview
    assert result.created == {"company": 2, "person": 2} and result.bad_rows == 1
    assert preview.problems_model.rowCount() >= 1 and preview.values.rowCount() == 1  # "Stamgast" is new
    assert database.obj.execute_sql("SELECT count(*) FROM person").fetchone() == (0,)  # nothing written yet
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    _to(qtbot, wizard, ImportWizard.RESULT)
    assert database.obj.execute_sql("SELECT count(*) FROM person WHERE deleted_at IS NULL").fetchone() == (2,)
    assert (tmp_path / "klanten - problems.csv").exists()
    if reader == "helper process":  # the helper really read the file (it reports its memory when done)
        assert import_feed.last_helper_peak_mb is not None or sys.platform == "win32"
    link = wizard.result_page.link.text()
    assert "klanten.csv" in link and "href" in link
    opened = []
    wizard.open_selection.connect(opened.append)
    wizard.result_page._open(link.split('href="')[1].split('"')[0])
    assert opened == [wizard.state.result.selection_ids["person"]]
    wizard.result_page.undo.click()
    qtbot.waitUntil(lambda: bool(wizard.result_page.note.text()), timeout=15_000)
    assert database.obj.execute_sql("SELECT count(*) FROM person WHERE deleted_at IS NULL").fetchone() == (0,)


def test_all_or_nothing_blocks_the_import_and_a_bad_file_says_why(crm, qtbot, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, _file(tmp_path))
    _to(qtbot, wizard, ImportWizard.MAPPING)
    _to(qtbot, wizard, ImportWizard.OPTIONS)
    _to(qtbot, wizard, ImportWizard.PREVIEW)
    qtbot.waitUntil(lambda: wizard.state.preview is not None, timeout=15_000)
    assert not wizard.preview_page.isComplete()
    assert "go back" in wizard.preview_page.summary.text()

    junk = tmp_path / "junk.csv"
    junk.write_bytes(bytes(range(256)) * 20)
    other = _wizard(qtbot, junk)
    other.next()
    qtbot.waitUntil(lambda: bool(other.file_page.message.text()) and not other.file_page.loading, timeout=15_000)
    worker.wait_idle()
    assert other.currentId() == ImportWizard.FILE and "not a text file" in other.file_page.message.text()


def test_cancel_during_the_import_changes_nothing(crm, qtbot, tmp_path: Path, monkeypatch) -> None:
    from desktop_crm.services import importer

    monkeypatch.setattr(importer, "CHUNK", 5)
    path = tmp_path / "veel.csv"
    path.write_text("Voornaam;Achternaam;E-mail\n" + "".join(f"Jan{i};Jansen;j{i}@x.nl\n" for i in range(60)),
                    encoding="utf-8")
    wizard = _wizard(qtbot, path)
    _to(qtbot, wizard, ImportWizard.MAPPING)
    _to(qtbot, wizard, ImportWizard.OPTIONS)
    _to(qtbot, wizard, ImportWizard.PREVIEW)
    qtbot.waitUntil(lambda: wizard.state.preview is not None, timeout=15_000)
    original = importer._Importer._chunk

    def slow(self, batch):
        wizard.task.progress.cancel()  # the user presses Cancel while the import runs
        original(self, batch)

    monkeypatch.setattr(importer._Importer, "_chunk", slow)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.task is None, timeout=15_000)
    assert wizard.currentId() == ImportWizard.PREVIEW
    assert "cancelled" in wizard.preview_page.summary.text()
    assert database.obj.execute_sql("SELECT count(*) FROM person").fetchone() == (0,)


def test_import_wizard_pages_in_dutch(crm, qtbot, tmp_path: Path, dutch, shots: Path) -> None:
    wizard = _wizard(qtbot, _file(tmp_path))
    wizard.resize(900, 640)
    wizard.file_page.grab().save(str(shots / "import_1_file_nl.png"))
    wizard.grab().save(str(shots / "import_1_wizard_nl.png"))
    _to(qtbot, wizard, ImportWizard.MAPPING)
    assert wizard.mapping_page.combos[2].currentText() == "Tussenvoegsel"
    wizard.grab().save(str(shots / "import_2_mapping_nl.png"))
    _to(qtbot, wizard, ImportWizard.OPTIONS)
    wizard.options_page.skip_bad.setChecked(True)
    wizard.grab().save(str(shots / "import_3_options_nl.png"))
    _to(qtbot, wizard, ImportWizard.PREVIEW)
    qtbot.waitUntil(lambda: wizard.state.preview is not None, timeout=15_000)
    wizard.grab().save(str(shots / "import_4_preview_nl.png"))
    wizard.preview_page.tabs.setCurrentIndex(1)
    wizard.grab().save(str(shots / "import_4_preview_values_nl.png"))
    _to(qtbot, wizard, ImportWizard.RESULT)
    wizard.grab().save(str(shots / "import_5_result_nl.png"))
    assert wizard.windowTitle() == "Bedrijven en personen importeren"
    assert not dutch.missing, sorted(dutch.missing)


def test_the_summary_says_one_row_and_many_rows_in_dutch(qapp, dutch) -> None:
    from desktop_crm.services.importer import ImportResult
    from desktop_crm.ui.windows.import_pages import summary_html

    one = ImportResult(file="klanten.csv", rows=1, bad_rows=1)
    many = ImportResult(file="klanten.csv", rows=12_500, bad_rows=3)
    assert "1 regel gelezen uit klanten.csv." in summary_html(one, preview=True, skip_bad=True)
    assert "1 regel met problemen wordt overgeslagen" in summary_html(one, preview=True, skip_bad=True)
    text = summary_html(many, preview=False, skip_bad=True)
    assert "12.500 regels gelezen uit klanten.csv." in text and "3 regels met problemen zijn overgeslagen" in text
    assert "1 regel heeft problemen" in summary_html(one, preview=True, skip_bad=False)
    assert not dutch.missing, dutch.missing


def test_the_summary_says_one_row_and_many_rows_in_english(qapp) -> None:
    from desktop_crm.services.importer import ImportResult
    from desktop_crm.ui.windows.import_pages import summary_html

    one = ImportResult(file="a.csv", rows=1, bad_rows=1)
    assert "1 row read from a.csv." in summary_html(one, preview=False, skip_bad=True)
    assert "1 row with problems was left out" in summary_html(one, preview=False, skip_bad=True)
    assert "12,500 rows read from a.csv." in summary_html(ImportResult(file="a.csv", rows=12_500), preview=True,
                                                          skip_bad=True)
