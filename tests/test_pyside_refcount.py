"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a Qt method that
returns nothing, and the interpreter aborts after a few thousand calls. Guard the pin."""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 20_000

PROBE = f"""
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
widget = QWidget()
before = sys.getrefcount(None)
for _ in range({CALLS}):
    widget.setEnabled(True)   # returns None
    widget.setToolTip("x")    # returns None
after = sys.getrefcount(None)
print(before - after)
"""


def test_calling_void_qt_methods_does_not_leak_none_references():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, f"the interpreter aborted: {result.stderr[-500:]}"
    lost = int(result.stdout.strip().splitlines()[-1])
    # A healthy build loses none; the broken one loses one per call (40,000 here).
    assert lost < 100, f"{lost} references to None were lost in {2 * CALLS} calls"
