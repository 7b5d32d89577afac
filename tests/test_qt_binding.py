"""The Qt binding we pin must survive what a day of use does: many thousands of signal emits."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QCoreApplication, QObject, Signal
class Source(QObject):
    changed = Signal(object)
app = QCoreApplication([])
source = Source()
source.changed.connect(lambda value: None)
for i in range(5000):
    source.changed.emit(i)
print("survived")
"""


def test_signal_emit_does_not_corrupt_reference_counts() -> None:
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and "survived" in proc.stdout, proc.stderr[-500:]
