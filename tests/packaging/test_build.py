"""The standalone build: packaging/build.py builds it and runs its --selftest; the result runs on its own.

Slow (a minute or more) and needs PyInstaller, so it runs only with CRM_BUILD=1 (``.ci/run`` then installs
PyInstaller and runs this file): ``CRM_BUILD=1 pytest tests/packaging/test_build.py``.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.skipif(os.environ.get("CRM_BUILD") != "1", reason="the build runs only with CRM_BUILD=1"),
    pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None, reason="PyInstaller is not installed"),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the build is tested on Linux"),
    pytest.mark.timeout(1800),
]


def test_build_then_run_the_built_app(tmp_path: Path) -> None:
    dist, work = tmp_path / "dist", tmp_path / "build"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    built = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(dist),
                            "--work", str(work)], cwd=ROOT, env=env, capture_output=True, text=True,
                           encoding="utf-8", errors="replace", timeout=1700, check=False)
    assert built.returncode == 0, built.stdout[-4000:] + built.stderr[-4000:]
    assert "selftest: all passed" in built.stdout

    program = dist / "desktop-crm" / "desktop-crm"
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    # Without the source tree or the venv on any path: the folder carries everything.
    clean = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen",
             "LANG": "C.UTF-8"}
    reported = subprocess.run([str(program), "--version"], cwd=tmp_path, env=clean, capture_output=True, text=True,
                              timeout=120, check=False)
    assert reported.stdout.strip() == f"desktop-crm {version}"
    again = subprocess.run([str(program), "--selftest"], cwd=tmp_path, env=clean, capture_output=True, text=True,
                           encoding="utf-8", timeout=300, check=False)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "(standalone build)" in again.stdout

    internal = dist / "desktop-crm" / "_internal"
    names = {p.name for p in internal.rglob("*") if p.is_file()}
    assert {"desktop_crm_nl.qm", "qtbase_nl.qm", "qt_nl.qm", "libxcb-cursor.so.0"} <= names
    assert not any(n.startswith(("libQt6Qml", "libQt6Quick", "libQt6Pdf", "libQt6WebEngine")) for n in names)
    assert not any(n.startswith("qtbase_") and not n.endswith(("_nl.qm", "_en.qm")) for n in names)
    share = dist / "desktop-crm" / "share"
    assert (share / "applications" / "nl.desktopcrm.DesktopCRM.desktop").exists()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "nl.desktopcrm.DesktopCRM.png").exists()
