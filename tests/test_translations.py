"""Dutch and English are kept complete: every text in the code has a finished Dutch translation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ts_files_match_the_code_and_dutch_is_complete() -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "resources/translations/update.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
