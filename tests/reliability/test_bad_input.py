"""Broken files against opening, checking, inspecting and restoring: never an unhandled exception,
never a change to the given file, never a change to the database when a restore is refused."""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop_crm import cli
from desktop_crm.db import migrations
from desktop_crm.domain.entities import Company
from desktop_crm.domain.errors import CrmError
from desktop_crm.services import backup, companies, database
from desktop_crm.services.backup import RestoreRefused
from desktop_crm.services.database import DatabaseFileError
from tests.reliability.helpers import checksum

SIDE = ("-wal", "-shm", "-journal")


class Good(bytes):
    """The bytes of a healthy database, shown short when hypothesis reports an example."""

    def __repr__(self) -> str:
        return f"<{len(self)} bytes of a healthy backup>"


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The bytes of a small, healthy database in rollback-journal mode (as a backup is)."""
    folder = tmp_path_factory.mktemp("good")
    live = folder / "live.sqlite"
    database.open_db(live)
    for name in ("Alfa", "Beta", "Gamma"):
        companies.save_company(Company(name=name, city="Utrecht"))
    copy = backup.backup_now(folder / "good.sqlite")
    database.close()
    return Good(copy.read_bytes())


def _sqlite_file(path: Path, *statements: str, wal: bool = False) -> None:
    con = sqlite3.connect(path)
    if wal:
        con.execute("PRAGMA journal_mode=WAL")
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.close()


def corpus(folder: Path, good: bytes) -> dict[str, Path]:
    """A small set of the broken files users actually meet."""
    rng = random.Random(8)
    files: dict[str, bytes | Callable[[Path], None]] = {
        "empty": b"",
        "random-bytes": bytes(rng.randrange(256) for _ in range(5000)),
        "csv": "naam;plaats\nBakkerij Bolletje;Utrecht\nSlagerij Wörst;Gouda\n".encode("cp1252"),
        "zero-header": b"\x00" * 8192,
        "magic-then-zeros": b"SQLite format 3\x00" + b"\x00" * 8176,
        "truncated-60": good[:60],
        "truncated-1000": good[:1000],
        "truncated-half": good[: len(good) // 2],
        "pages-overwritten": good[:4096 * 3] + b"\x5a" * (4096 * 3) + good[4096 * 6:],
        "header-overwritten": b"\x00" * 100 + good[100:],
        "foreign-sqlite": lambda p: _sqlite_file(p, "CREATE TABLE notes (body TEXT)", "INSERT INTO notes VALUES ('x')"),
        "foreign-sqlite-wal": lambda p: _sqlite_file(p, "CREATE TABLE notes (body TEXT)", wal=True),
        "empty-sqlite": lambda p: _sqlite_file(p, "PRAGMA user_version = 0"),
        "newer-schema": lambda p: (p.write_bytes(good), _sqlite_file(
            p, f"PRAGMA user_version = {migrations.latest_version() + 1}")),
    }
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for name, content in files.items():
        path = folder / f"{name}.sqlite"
        if callable(content):
            content(path)
        else:
            path.write_bytes(content)
        out[name] = path
    folder_path = folder / "a-folder.sqlite"
    folder_path.mkdir()
    out["a-folder"] = folder_path
    out["missing"] = folder / "missing.sqlite"
    return out


def fingerprint(path: Path) -> tuple:
    """The file's bytes and which side files exist beside it."""
    data = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else path.exists()
    return data, tuple(Path(f"{path}{s}").exists() for s in SIDE)


@pytest.fixture
def broken(tmp_path: Path, good: bytes) -> dict[str, Path]:
    return corpus(tmp_path / "corpus", good)


def test_inspecting_broken_files_never_raises_nor_changes_them(broken: dict[str, Path]) -> None:
    for name, path in broken.items():
        before = fingerprint(path)
        details = backup.inspect_backup(path, full=True)
        assert not details.ok, name
        assert details.problem in {"missing", "folder", "empty", "foreign", "damaged", "newer"}, (name, details)
        assert fingerprint(path) == before, name


def test_restoring_broken_files_is_refused_and_changes_nothing(broken: dict[str, Path], crm: Path) -> None:
    companies.save_company(Company(name="Mijn bedrijf"))
    backups_before = len(backup.list_backups())
    for name, path in broken.items():
        before, live = fingerprint(path), checksum(crm)
        with pytest.raises(RestoreRefused) as info:
            backup.restore(path)
        assert str(path) in str(info.value), name
        assert fingerprint(path) == before, name
        assert checksum(crm) == live, name
    assert len(backup.list_backups()) == backups_before  # refused before anything was copied
    assert [c for c in crm.parent.iterdir() if c.name.startswith(".dcrm")] == []  # no temporary copies left


def test_opening_broken_files_explains_and_changes_nothing(broken: dict[str, Path]) -> None:
    for name, path in broken.items():
        before = fingerprint(path)[0]
        try:
            database.open_db(path, create=False)
        except (DatabaseFileError, CrmError):
            refused = True  # with a message
        else:
            refused = False
        finally:
            database.close()
        # An empty file (or SQLite file without tables) becomes a new database, as "init" would; a file
        # whose damage lies beyond its header opens (the check after start finds it). Everything else
        # is refused, untouched.
        assert refused == (name not in ("empty", "empty-sqlite", "pages-overwritten")), name
        if refused:
            assert fingerprint(path)[0] == before, name
    assert not database.check(broken["pages-overwritten"]).ok


def test_cli_on_broken_files_is_one_line_exit_1(broken: dict[str, Path], tmp_path: Path, capsys) -> None:
    live = tmp_path / "live.sqlite"
    assert cli.main(["--db", str(live), "init", "--lang", "nl"]) == 0
    live_before = checksum(live)
    capsys.readouterr()
    for name, path in broken.items():
        for args in (["--db", str(live), "restore", str(path)], ["--db", str(path), "check"],
                     ["--db", str(path), "backup", str(tmp_path / "b")]):
            code = cli.main(args)
            err = capsys.readouterr().err
            if args[-1] == "check" and name == "pages-overwritten":
                assert code == 1  # opens; the report on stdout names the damage
                continue
            assert code == 1, (name, args, err)
            assert err.count("\n") == 1 and "Traceback" not in err, (name, err)
    assert checksum(live) == live_before


def mutate(good: bytes, cuts: list[tuple[int, int]], length: int | None) -> bytes:
    data = bytearray(good)
    for offset, value in cuts:
        data[offset % len(data)] = value
    return bytes(data[:length] if length is not None else data)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(
    st.binary(max_size=3000),
    st.binary(max_size=3000).map(lambda b: b"SQLite format 3\x00" + b),
    st.tuples(st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)), min_size=1, max_size=30),
              st.one_of(st.none(), st.integers(0, 300_000))).map(lambda t: ("mutate", t)),
))
def test_any_bytes_at_all(good: bytes, data) -> None:  # noqa: ANN001 - bytes or a mutation
    content = mutate(good, *data[1]) if isinstance(data, tuple) else data
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input.sqlite"
        path.write_bytes(content)
        before = fingerprint(path)
        details = backup.inspect_backup(path, full=True)
        assert fingerprint(path) == before
        if details.ok:  # a mutation in unused space: then it really is a usable database
            con = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
            try:
                assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            finally:
                con.close()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@example(cuts=[(2076475, 128)], length=None)  # broken UTF-8 inside the integrity report: found by hypothesis
@given(cuts=st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)), min_size=1, max_size=40),
       length=st.one_of(st.none(), st.integers(0, 300_000)))
def test_restoring_a_mutated_backup_is_all_or_nothing(good: bytes, cuts, length) -> None:  # noqa: ANN001
    with tempfile.TemporaryDirectory() as folder:
        live = Path(folder) / "live.sqlite"
        database.open_db(live)
        try:
            companies.save_company(Company(name="Mijn bedrijf"))
            before = checksum(live)
            source = Path(folder) / "backup.sqlite"
            source.write_bytes(mutate(good, cuts, length))
            source_before = fingerprint(source)
            try:
                result = backup.restore(source)
            except RestoreRefused:
                assert checksum(live) == before
            else:
                assert result.counts["companies"] == 3  # the backup's content, whole
                assert database.check(live).ok
                database.open_db(live, create=False)
            assert fingerprint(source) == source_before
        finally:
            database.close()
        shutil.rmtree(Path(folder) / "backups", ignore_errors=True)
