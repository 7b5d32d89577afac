"""``desktop-crm --selftest`` from the source tree: the same check packaging/build.py runs on the build."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_crm import selftest

ROOT = Path(__file__).resolve().parents[2]


def _command() -> list[str]:
    script = Path(sys.executable).parent / ("desktop-crm.exe" if os.name == "nt" else "desktop-crm")
    if script.exists():
        return [str(script)]
    found = shutil.which("desktop-crm")
    return [found] if found else [sys.executable, "-m", "desktop_crm.cli"]


def test_selftest_passes_without_a_display_and_leaves_the_user_alone(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               DESKTOP_CRM_DB=str(tmp_path / "users-own.sqlite"), QT_QPA_PLATFORM="xcb")
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run([*_command(), "--selftest"], cwd=ROOT, env=env, capture_output=True, text=True,
                            encoding="utf-8", timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for step in ("database", "records", "libraries", "qt"):
        assert any(line.startswith(f"selftest {step}: ok") for line in lines), result.stdout
    assert lines[-1].startswith("selftest: all passed")
    assert "'Cancel' -> 'Annuleren'" in result.stdout  # Qt's own Dutch (qtbase_nl.qm) was loaded
    assert not (tmp_path / "users-own.sqlite").exists()  # $DESKTOP_CRM_DB is not the selftest's
    assert not home.exists() or not any(home.rglob("*.sqlite"))


def test_a_failing_step_is_reported_in_one_line_and_exits_1(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(folder: Path) -> str:
        raise selftest.SelftestFailed("the file system said no")

    monkeypatch.setattr(selftest, "step_database", broken)
    lines: list[str] = []
    assert selftest.run(lines.append) == 1
    assert lines[-1] == "selftest database: FAILED: the file system said no"
    assert not any("records" in line for line in lines)  # later steps do not run on a broken base


def test_an_unexpected_error_names_its_type(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(folder: Path) -> str:
        raise ModuleNotFoundError("No module named 'desktop_crm.db.migrations.0001_initial'")

    monkeypatch.setattr(selftest, "step_database", broken)
    lines: list[str] = []
    assert selftest.run(lines.append) == 1
    assert lines[-1].startswith("selftest database: FAILED: ModuleNotFoundError: No module named")
