"""The layering rule ui -> desktop -> db, checked with import-linter's contracts in setup.cfg."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_are_kept():
    script = "from importlinter.cli import lint_imports; raise SystemExit(lint_imports(config_filename='setup.cfg', no_cache=True))"
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "4 kept, 0 broken" in result.stdout


def test_the_printing_and_spreadsheet_libraries_load_only_when_used():
    """reportlab, segno and openpyxl would add a fifth to the time before the window shows."""
    code = ("import sys, ui.main_window; "
            "print(sorted(m for m in ('reportlab', 'segno', 'openpyxl') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "[]"
