"""The import's rows read and built in a helper process (large files): the same result as reading
them here, errors and cancels handled, the helper never outliving the import."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from desktop_crm.db.connection import database
from desktop_crm.services import database as services_database
from desktop_crm.services import import_feed, importer
from desktop_crm.services.bulk import Cancelled
from desktop_crm.services.importer import ImportOptions
from desktop_crm.services.readers import ReadError


def _file(tmp_path: Path, n: int, *, broken_at: int | None = None) -> Path:
    path = tmp_path / "klanten.csv"
    with path.open("w", encoding="cp1252", newline="") as fh:
        fh.write("Bedrijfsnaam;Postcode;Voornaam;Tussenvoegsel;Achternaam;E-mailadres;Telefoon\r\n")
        for i in range(n):
            email = "geen-adres" if i == 7 else f"p{i}@bedrijf{i % 9}.nl"  # row 9: an invalid e-mail address
            fh.write(f"Bedrijf {i % 9};{1000 + i % 9}ab;Zoë{i};v.d.;Berg;{email};020-555{i % 10000:04d}\r\n")
            if broken_at == i:
                fh.write('"never closed;x\r\n' + "y" * 2_000_000)
    return path


def _database() -> tuple:
    db = database.obj
    return tuple(db.execute_sql(sql).fetchall() for sql in (
        "SELECT name, postal_code FROM company ORDER BY id",
        "SELECT first_name, middle_name, last_name, email, phone, company_id FROM person ORDER BY id"))


def _run(path: Path, parallel: bool, **options) -> importer.ImportResult:
    table = importer.open_file(path)
    return importer.run_import(table, ImportOptions(mapping=importer.suggest_mapping(table), skip_bad_rows=True,
                                                    parallel=parallel, **options))


def _no_helpers_left() -> bool:
    return not [p for p in multiprocessing.active_children() if p.name == "desktop-crm-import-reader"]


def test_helper_process_gives_the_same_import(crm, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(importer, "CHUNK", 50)
    path = _file(tmp_path, 230)
    outcomes = []
    for parallel, name in ((True, "there.sqlite"), (False, "here.sqlite")):
        services_database.close()
        services_database.open_db(tmp_path / name, language="nl")
        result = _run(path, parallel=parallel, row_actions={12: "skip"})
        outcomes.append((result.rows, result.created, result.bad_rows, result.skipped_rows,
                         [(p.row, p.field, p.message.english()) for p in result.problems], _database()))
    there, here = outcomes
    assert there == here
    assert there[:4] == (230, {"company": 9, "person": 228}, 1, 1)
    assert (9, "email", "\"geen-adres\" is not a valid e-mail address.") in there[4]
    assert there[5][1][0][:4] == ("Zoë0", "van der", "Berg", "p0@bedrijf0.nl")  # cp1252 read right
    assert _no_helpers_left()


def test_an_unreadable_part_raises_the_read_error_and_writes_nothing(crm, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(importer, "CHUNK", 50)
    path = _file(tmp_path, 200, broken_at=150)
    with pytest.raises(ReadError) as caught:
        _run(path, parallel=True)
    assert "cannot be read" in str(caught.value) or "more than" in str(caught.value)
    assert _database() == ([], []) and _no_helpers_left()


def test_cancel_stops_the_helper_and_writes_nothing(crm, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(importer, "CHUNK", 20)
    path = _file(tmp_path, 400)
    table = importer.open_file(path)
    with pytest.raises(Cancelled):
        importer.run_import(table, ImportOptions(mapping=importer.suggest_mapping(table), parallel=True),
                            progress=lambda done, total: done < 40)
    assert _database() == ([], []) and _no_helpers_left()


def test_small_files_are_read_here(tmp_path: Path) -> None:
    table = importer.open_file(_file(tmp_path, 10))
    assert not import_feed._worth_a_process(table)
    (tmp_path / "big.csv").write_bytes(table.path.read_bytes() * 40_000)
    assert import_feed._worth_a_process(importer.open_file(tmp_path / "big.csv"))


def test_a_helper_that_cannot_start_means_reading_here(crm, tmp_path: Path, monkeypatch) -> None:
    """Where no process can be started, the import still works (in this process); the self-test's strict
    mode says so instead."""
    import multiprocessing.context

    def refuse(self) -> None:  # noqa: ANN001
        raise OSError("no processes here")

    monkeypatch.setattr(multiprocessing.context.SpawnProcess, "start", refuse)
    monkeypatch.setattr(import_feed, "last_helper_peak_mb", None)
    path = _file(tmp_path, 60)
    result = _run(path, parallel=True)
    assert result.created == {"company": 9, "person": 59} and result.bad_rows == 1
    assert import_feed.last_helper_peak_mb is None  # no helper reported: it was read here
    table = importer.open_file(path)
    with pytest.raises(import_feed.FeedFailed):
        list(import_feed.helper_chunks(table, importer.suggest_mapping(table), {}, 10, fallback=False))


def test_a_packed_chunk_loads_as_the_same_rows_and_records() -> None:
    """The helper sends chunks in marshal's format: every part of a record comes back equal, skipped
    rows stay skipped, and a value marshal refuses is said (the helper then sends objects)."""
    from desktop_crm.domain.import_rows import Problem, RowRecord
    from desktop_crm.domain.messages import Message
    from desktop_crm.services.readers import SourceRow

    chunk = [
        (SourceRow(2, ["Bakkerij", "Zoë"], []), RowRecord(
            {"name": "Bakkerij", "employees": 12, "interests": ["Golf", "Wijn"]}, {"first_name": "Zoë"},
            [Problem("email", Message("\"{value}\" is not a valid e-mail address.", {"value": "x@"}), True)],
            "bakkerij", "\x1fzoe\x1f", b"\x00\xff" * 8)),
        (SourceRow(3, ["", ""], ["extra"]), None),
        (SourceRow(4, [], []), RowRecord({}, {"last_name": "Berg", "phone": None}, [], "", "berg\x1f\x1f", b"")),
    ]
    back = import_feed.unpack(import_feed.pack(chunk))
    assert back == chunk
    assert back[0][1].problems[0].english() == "\"x@\" is not a valid e-mail address."
    with pytest.raises(ValueError):
        import_feed.pack([(SourceRow(5, [], []), RowRecord({"name": object()}))])


def test_without_lead_chunks_every_row_comes_from_the_helper(crm, tmp_path: Path, monkeypatch) -> None:
    """The self-test's way: nothing is built in this process, so the rows prove the helper read them."""
    def not_here(*args, **kwargs):  # noqa: ANN002, ANN003
        raise AssertionError("built in the importing process")

    path = _file(tmp_path, 25)
    table = importer.open_file(path)
    mapping = importer.suggest_mapping(table)
    monkeypatch.setattr(import_feed, "_build", not_here)
    monkeypatch.setattr(import_feed, "last_helper_peak_mb", None)
    chunks = list(import_feed.helper_chunks(table, mapping, {}, 10, fallback=False, lead_chunks=0))
    assert [len(c) for c in chunks] == [10, 10, 5]
    assert chunks[0][0][1].person["first_name"] == "Zoë0" and import_feed.last_helper_peak_mb is not None
    assert _no_helpers_left()
