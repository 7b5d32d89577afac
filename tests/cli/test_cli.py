"""The command line: init, check, errors as one line without a traceback."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_crm import cli


def run(*args: str, env_db: Path | None = None, monkeypatch=None) -> int:
    return cli.main(list(args))


def test_init_creates_then_refuses_to_change(tmp_path: Path, capsys) -> None:
    path = tmp_path / "nieuw.sqlite"
    assert cli.main(["--db", str(path), "init", "--lang", "nl"]) == 0
    assert path.exists()
    con = sqlite3.connect(path)
    names = [r[0] for r in con.execute("SELECT name FROM lead_status ORDER BY rank")]
    con.close()
    assert names == ["Open", "Contact opnemen", "Gekwalificeerd", "Gediskwalificeerd", "Opnieuw benaderen"]
    before = path.read_bytes()
    assert cli.main(["--db", str(path), "init"]) == 0
    assert "nothing was changed" in capsys.readouterr().out
    assert path.read_bytes() == before


def test_init_in_english_uses_superoffice_terms(tmp_path: Path) -> None:
    path = tmp_path / "en.sqlite"
    assert cli.main(["--db", str(path), "init", "--lang", "en"]) == 0
    con = sqlite3.connect(path)
    names = [r[0] for r in con.execute("SELECT name FROM lead_status ORDER BY rank")]
    groups = [r[0] for r in con.execute("SELECT name FROM category_group ORDER BY rank")]
    con.close()
    assert names == ["Open", "Contacting", "Qualified", "Disqualified", "Re-nurture"]
    assert groups[0] == "Potential customer"


def test_check_reports_version_counts_and_integrity(tmp_path: Path, capsys) -> None:
    path = tmp_path / "c.sqlite"
    cli.main(["--db", str(path), "init", "--lang", "nl"])
    capsys.readouterr()
    assert cli.main(["--db", str(path), "check"]) == 0
    out = capsys.readouterr().out
    from desktop_crm.db import migrations

    assert f"schema version: {migrations.latest_version()}" in out and "integrity:      ok" in out
    assert "lead_status:" in out


def test_check_never_creates_a_missing_file(tmp_path: Path, capsys) -> None:
    path = tmp_path / "absent.sqlite"
    assert cli.main(["--db", str(path), "check"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not exist" in err
    assert not path.exists()


def test_check_fails_on_a_corrupt_file(tmp_path: Path, capsys) -> None:
    path = tmp_path / "kapot.sqlite"
    cli.main(["--db", str(path), "init"])
    data = bytearray(path.read_bytes())
    # Overwrite the middle of the file (table pages) with garbage.
    for i in range(4096 * 3, min(len(data), 4096 * 6)):
        data[i] = 0x5A
    path.write_bytes(bytes(data))
    capsys.readouterr()
    assert cli.main(["--db", str(path), "check"]) == 1


def test_environment_variable_chooses_the_file(tmp_path: Path, monkeypatch, capsys) -> None:
    path = tmp_path / "env.sqlite"
    monkeypatch.setenv("DESKTOP_CRM_DB", str(path))
    assert cli.main(["init"]) == 0
    assert path.exists()


def test_foreign_file_is_one_line_error_without_traceback(tmp_path: Path) -> None:
    path = tmp_path / "adressen.csv"
    path.write_text("a;b\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "desktop_crm.cli", "--db", str(path), "check"],
                          capture_output=True, text=True, env={"LANG": "C", "PATH": "", "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 1
    assert proc.stderr.strip().count("\n") == 0
    assert "not a Desktop CRM database" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("args", [["demo", "--persons", "-3"], ["demo", "--companies", "veel"]])
def test_bad_arguments_exit_2(args: list[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["--db", str(tmp_path / "x.sqlite"), *args])
    assert info.value.code == 2


def test_help_lists_the_commands(capsys) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    for command in ("init", "check", "demo", "gui"):
        assert command in out
