"""The layers, enforced: the import-linter contracts in pyproject.toml run with the tests."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold() -> None:
    exe = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    proc = subprocess.run([exe, "--config", str(ROOT / "pyproject.toml")], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "3 kept, 0 broken" in proc.stdout


def test_core_layers_import_without_qt() -> None:
    """domain, db and services load in a process where PySide6 cannot be imported at all."""
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import desktop_crm.domain.lead_rules, desktop_crm.db.models, desktop_crm.services.companies\n"
        "import desktop_crm.services.persons, desktop_crm.services.database\n"
        "print('ok')"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.stdout.strip() == "ok", proc.stderr
