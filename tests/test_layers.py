"""The layering rule ui -> desktop -> db, checked with import-linter's contracts in setup.cfg."""

from __future__ import annotations

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
