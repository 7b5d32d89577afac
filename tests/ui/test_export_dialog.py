"""Exporting a list from the main window's File menu: the file dialog, the export on the worker, the
message afterwards (in Dutch, with one record and with more)."""

from __future__ import annotations

import threading
from pathlib import Path

from desktop_crm.domain.entities import Person
from desktop_crm.services import export, persons
from desktop_crm.ui import worker
from desktop_crm.ui.windows import export_dialog


def test_export_records_writes_on_the_worker_and_says_how_many_in_dutch(crm, qtbot, dutch, tmp_path: Path,
                                                                        monkeypatch) -> None:
    from PySide6.QtWidgets import QWidget

    anna, _ = persons.save_person(Person(first_name="Anna", last_name="Bakker"))
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "personen"
    choices = export_dialog.formats()
    assert choices[0][1] == "CSV voor Excel, puntkomma's (*.csv)"
    monkeypatch.setattr(export_dialog.QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), choices[0][1]))
    told: list[str] = []
    monkeypatch.setattr(export_dialog.QMessageBox, "information", lambda parent, title, text: told.append(text))
    threads = []
    real = export.export_csv
    monkeypatch.setattr(export, "export_csv",
                        lambda *a, **k: threads.append(threading.current_thread()) or real(*a, **k))
    export_dialog.export_records(parent, "person", [anna.id])
    qtbot.waitUntil(lambda: bool(told), timeout=15_000)
    worker.wait_idle()
    assert told == [f"1 record weggeschreven naar {target}.csv."]
    assert threads and threads[0] is not threading.main_thread()
    assert "Bakker" in (tmp_path / "personen.csv").read_text(encoding="utf-8-sig")
    persons.save_person(Person(first_name="Bram", last_name="Bos"))
    export_dialog.export_records(parent, "person", None)  # every person
    qtbot.waitUntil(lambda: len(told) == 2, timeout=15_000)
    assert told[1] == f"2 records weggeschreven naar {target}.csv."
    assert not dutch.missing, dutch.missing
